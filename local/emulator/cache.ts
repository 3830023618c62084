/**
 * CacheService: short-lived string caches scoped to the script, the user, or the active document.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 * https://developers.google.com/apps-script/reference/cache/cache
 *
 * Entries live in `ctx.account.data.cache` with an absolute expiry; "now" is `ctx.now()`, so a test or a
 * runner moves time forward by changing its clock. Expired entries are dropped when they are touched.
 */
import type { EmuContext } from "./context";

export const CACHE_DEFAULT_TTL_SECONDS = 600;
export const CACHE_MAX_TTL_SECONDS = 21600;
export const CACHE_MAX_KEY_LENGTH = 250;
export const CACHE_MAX_VALUE_BYTES = 100 * 1024;

export const CACHE_ERRORS = {
  keyTooLong: "Argument too large: key",
  valueTooLarge: "Argument too large: value",
} as const;

/** Own-property test that works with the ES2020 lib (Object.hasOwn is ES2022). */
const hasOwn = (o: object, key: string): boolean => Object.getOwnPropertyDescriptor(o, key) !== undefined;

type Entry = { value: string; expires: number };
type Store = Record<string, Entry>;

function checkEntry(key: string, value: string): void {
  if (key.length > CACHE_MAX_KEY_LENGTH) throw new Error(CACHE_ERRORS.keyTooLong);
  if (Buffer.byteLength(value, "utf8") > CACHE_MAX_VALUE_BYTES) throw new Error(CACHE_ERRORS.valueTooLarge);
}

/**
 * Seconds an entry lives: the default when absent, at most the documented 6 hours. A ttl below one second
 * is not documented; it is treated as absent.
 */
function ttlSeconds(expirationInSeconds: number | undefined): number {
  if (expirationInSeconds === undefined || !(expirationInSeconds >= 1)) return CACHE_DEFAULT_TTL_SECONDS;
  return Math.min(Math.floor(expirationInSeconds), CACHE_MAX_TTL_SECONDS);
}

class Cache implements Partial<GoogleAppsScript.Cache.Cache> {
  readonly _self: GoogleAppsScript.Cache.Cache;

  constructor(
    private readonly _ctx: EmuContext,
    private readonly _store: Store,
  ) {
    this._self = _ctx.rt.expose(this, "Cache");
  }

  private _live(key: string): Entry | null {
    if (!hasOwn(this._store, key)) return null;
    const entry = this._store[key]!;
    if (entry.expires <= this._ctx.now().getTime()) {
      delete this._store[key];
      return null;
    }
    return entry;
  }

  get(key: string): string | null {
    return this._live(String(key))?.value ?? null;
  }

  /** Only the keys found are in the result. */
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this._live(String(key));
      if (entry) out[String(key)] = entry.value;
    }
    return out;
  }

  put(key: string, value: unknown, expirationInSeconds?: number): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  /** Checks every pair before storing any. */
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    const pairs = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of pairs) checkEntry(k, v);
    const expires = this._ctx.now().getTime() + ttlSeconds(expirationInSeconds) * 1000;
    for (const [k, v] of pairs) this._store[k] = { value: v, expires };
  }

  remove(key: string): void {
    delete this._store[String(key)];
  }

  removeAll(keys: string[]): void {
    for (const key of keys) delete this._store[String(key)];
  }
}

class CacheService implements Partial<GoogleAppsScript.Cache.CacheService> {
  constructor(private readonly _ctx: EmuContext) {}

  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return new Cache(this._ctx, this._ctx.account.data.cache.script)._self;
  }

  getUserCache(): GoogleAppsScript.Cache.Cache {
    return new Cache(this._ctx, this._ctx.account.data.cache.user)._self;
  }

  /** Null when the script runs outside a document, as documented. */
  getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
    const id = this._ctx.account.data.activeSpreadsheetId;
    if (!id) return null;
    const stores = this._ctx.account.data.cache.document;
    stores[id] ??= {};
    return new Cache(this._ctx, stores[id]!)._self;
  }
}

export function createCacheService(ctx: EmuContext): GoogleAppsScript.Cache.CacheService {
  return ctx.rt.expose(new CacheService(ctx), "CacheService");
}
