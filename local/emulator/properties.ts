/**
 * PropertiesService: string key-value stores scoped to the script, the user, or the active document.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/properties/properties
 *
 * The stores live in `ctx.account.data.properties`, so they survive saving and loading the account.
 */
import type { EmuContext } from "./context";

/** Quotas: https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

/** Error texts Apps Script uses for the two limits. */
export const PROPERTY_ERRORS = {
  valueTooLarge: "Argument too large: value",
  storeFull: "You have exceeded the property storage quota. Please remove some properties and try again.",
} as const;

/** Own-property test that works with the ES2020 lib (Object.hasOwn is ES2022). */
const hasOwn = (o: object, key: string): boolean => Object.getOwnPropertyDescriptor(o, key) !== undefined;

type Store = Record<string, string>;

const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");

/** Size of a store as the quota counts it: keys and values, in UTF-8 bytes. */
function storeBytes(store: Store): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += utf8Length(k) + utf8Length(v);
  return n;
}

class Properties implements Partial<GoogleAppsScript.Properties.Properties> {
  readonly _self: GoogleAppsScript.Properties.Properties;

  constructor(
    ctx: EmuContext,
    private readonly _store: Store,
  ) {
    this._self = ctx.rt.expose(this, "Properties");
  }

  getProperty(key: string): string | null {
    const k = String(key);
    return hasOwn(this._store, k) ? this._store[k]! : null;
  }

  getProperties(): Record<string, string> {
    return { ...this._store };
  }

  getKeys(): string[] {
    return Object.keys(this._store);
  }

  setProperty(key: string, value: unknown): GoogleAppsScript.Properties.Properties {
    return this.setProperties({ [String(key)]: value });
  }

  /** Writes all values or none: a value or the store over its limit throws before anything changes. */
  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers = false,
  ): GoogleAppsScript.Properties.Properties {
    const next: Store = deleteAllOthers ? {} : { ...this._store };
    for (const [k, raw] of Object.entries(properties)) {
      const v = String(raw);
      if (utf8Length(v) > PROPERTY_VALUE_MAX_BYTES) throw new Error(PROPERTY_ERRORS.valueTooLarge);
      next[k] = v;
    }
    if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) throw new Error(PROPERTY_ERRORS.storeFull);
    for (const k of Object.keys(this._store)) delete this._store[k];
    Object.assign(this._store, next);
    return this._self;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    delete this._store[String(key)];
    return this._self;
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    for (const k of Object.keys(this._store)) delete this._store[k];
    return this._self;
  }
}

class PropertiesService implements Partial<GoogleAppsScript.Properties.PropertiesService> {
  constructor(private readonly _ctx: EmuContext) {}

  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return new Properties(this._ctx, this._ctx.account.data.properties.script)._self;
  }

  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return new Properties(this._ctx, this._ctx.account.data.properties.user)._self;
  }

  /** Null when the script runs outside a document, as documented. */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    const id = this._ctx.account.data.activeSpreadsheetId;
    if (!id) return null as unknown as GoogleAppsScript.Properties.Properties;
    const stores = this._ctx.account.data.properties.document;
    stores[id] ??= {};
    return new Properties(this._ctx, stores[id]!)._self;
  }
}

export function createPropertiesService(ctx: EmuContext): GoogleAppsScript.Properties.PropertiesService {
  return ctx.rt.expose(new PropertiesService(ctx), "PropertiesService");
}
