/**
 * The heart of the emulator: every emulated object is exposed to the add-on through a Proxy that
 *  - counts each call per `<Class>.<method>` (only calls made by the add-on, not the emulator's own
 *    internal calls between emulated objects),
 *  - throws `Not emulated: <Class>.<method>` for any method the emulator does not implement,
 *  - injects faults (the k-th call overall, or the k-th call of one method) with the real error text.
 *
 * `String(obj)` and `obj.toString()` give the Apps Script class name ("Range", "Sheet", "Spreadsheet"), as
 * Apps Script's objects do; an object whose Apps Script text differs (a User gives its email) has a
 * `_toString()`. toString is not a service call: it is not counted, faulted or refused by the AuthMode.
 */

export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

export interface FaultSpec {
  /**
   * `<Class>.<method>`, or a prefix ending in `.*` for every method under it (`Calendar.*`); omitted: any
   * counted call.
   */
  method?: string;
  /** 1-based index of the call (of that method or prefix, or overall) that throws. */
  call: number;
  /** Error text; defaults to the quota text Apps Script uses. */
  message?: string;
  /** Instead of `message`: the error to throw, made for the counted name of the call (`Calendar.Events.get`). */
  error?: (name: string) => Error;
  /**
   * Instead of throwing: something that happens just before that call, outside the add-on (a partner
   * typing in the sheet while the run is busy). The call then proceeds.
   */
  before?: () => void;
  /** Called when the fault fires: the counted name of the call and the error text it throws. */
  fired?: (name: string, message: string) => void;
}

/** Real error texts of Apps Script, for fault injection. */
export const GAS_ERRORS = {
  tooManyCalls: (service: string) => `Service invoked too many times for one day: ${service}.`,
  timeout: "Exceeded maximum execution time",
  lockTimeout: "Lock timeout: another process was holding the lock for too long.",
} as const;

/**
 * What an add-on may touch in AuthMode.NONE (onOpen before the add-on is authorized for the file): building
 * its menu, and services that need no authorization. Anything else throws, as in Apps Script.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
const ALLOWED_IN_NONE =
  /^(SpreadsheetApp\.getUi|Ui\.(createAddonMenu|createMenu)|Menu\.\w+|Logger\.\w+|console\.\w+|Utilities\.\w+)$/;

/**
 * What a simple trigger (onEdit, onOpen in AuthMode.LIMITED) may not touch: other files and services that
 * need the user's authorization. https://developers.google.com/apps-script/guides/triggers#restrictions
 */
const REFUSED_IN_LIMITED =
  /^(SpreadsheetApp\.(openById|openByUrl|open|create)|DocumentApp\.|DriveApp\.|Calendar\.|CalendarApp\.|Sheets\.|GmailApp\.|MailApp\.|UrlFetchApp\.)/;

/**
 * What one counted call did beyond being made, for methods that report it: a Sheets batchUpdate's requests
 * and the cells it wrote. Recorded only when the call succeeded.
 */
export interface CallUsage {
  /** The counted name, e.g. `Sheets.Spreadsheets.batchUpdate`. */
  method: string;
  /** Measure -> amount, e.g. { requests: 3, cells: 1200, cellFields: 4800 }. */
  counts: Record<string, number>;
}

const PASS_THROUGH = new Set<PropertyKey>([
  "valueOf",
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
]);

export class EmuRuntime {
  readonly calls: Record<string, number> = {};
  /** Per call, in order, what the calls that report their work did (see CallUsage). */
  readonly usage: CallUsage[] = [];
  private depth = 0;
  private totalCalls = 0;
  private faults: FaultSpec[] = [];
  authMode: AuthMode = "FULL";

  /** Makes a future call throw. `call` counts from the moment of this call. */
  injectFault(spec: FaultSpec): void {
    const base = spec.method ? this.countOf(spec.method) : this.totalCalls;
    this.faults.push({ ...spec, call: base + spec.call });
  }

  /** Calls so far of one method, or of every method under a `Prefix.*`. */
  private countOf(method: string): number {
    if (!method.endsWith(".*")) return this.calls[method] ?? 0;
    const prefix = method.slice(0, -1);
    let n = 0;
    for (const [name, count] of Object.entries(this.calls)) if (name.startsWith(prefix)) n += count;
    return n;
  }

  resetCalls(): void {
    for (const k of Object.keys(this.calls)) delete this.calls[k];
    this.usage.length = 0;
    this.totalCalls = 0;
  }

  /** Records what the call `method` did (called by the emulated method itself, once it succeeded). */
  recordUsage(method: string, counts: Record<string, number>): void {
    this.usage.push({ method, counts: { ...counts } });
  }

  /** The usage summed per method and measure: `{ "Sheets.Spreadsheets.batchUpdate.cells": 1200, … }`. */
  usageTotals(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const u of this.usage) {
      for (const [measure, n] of Object.entries(u.counts)) {
        const key = `${u.method}.${measure}`;
        out[key] = (out[key] ?? 0) + n;
      }
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  }

  snapshotCalls(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.calls).sort(([a], [b]) => a.localeCompare(b)));
  }

  get total(): number {
    return this.totalCalls;
  }

  /** Runs `fn` as an internal call: nothing inside it is counted or faulted. */
  internal<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Set when the execution ran out of time: Apps Script stops it, so every later call fails too. */
  private stopped: string | null = null;

  private beforeCall(name: string, className: string): void {
    if (this.depth > 0) return;
    if (this.stopped) throw new Error(this.stopped);
    if (this.authMode === "NONE" && !ALLOWED_IN_NONE.test(name)) {
      throw new Error(`You do not have permission to call ${name}. This add-on is running in AuthMode.NONE.`);
    }
    if (this.authMode === "LIMITED" && REFUSED_IN_LIMITED.test(name)) {
      throw new Error(`You do not have permission to call ${name}. Simple triggers cannot use it.`);
    }
    this.totalCalls++;
    const n = (this.calls[name] ?? 0) + 1;
    this.calls[name] = n;
    const i = this.faults.findIndex((f) => {
      if (!f.method) return f.call === this.totalCalls;
      if (f.method.endsWith(".*"))
        return name.startsWith(f.method.slice(0, -1)) && f.call === this.countOf(f.method);
      return f.method === name && f.call === n;
    });
    if (i >= 0) {
      const f = this.faults[i]!;
      this.faults.splice(i, 1);
      if (f.before) {
        this.internal(f.before);
        return;
      }
      if (f.error) {
        const error = f.error(name);
        f.fired?.(name, error.message);
        throw error;
      }
      const service = className.replace(/App$|Service$/, "").toLowerCase() || "service";
      const message = f.message ?? GAS_ERRORS.tooManyCalls(service);
      f.fired?.(name, message);
      // A run past the time limit is ended by Apps Script: no catch block gets to use a service again.
      if (message === GAS_ERRORS.timeout) this.stopped = message;
      throw new Error(message);
    }
  }

  /**
   * Wraps an emulator object so that the add-on sees the Apps Script class `className`.
   * Public methods are those on the prototype chain (or own function properties) whose names do not start
   * with `_`; anything else the add-on asks for throws `Not emulated`.
   */
  expose<T extends object, G = T>(target: T, className: string): G {
    const rt = this;
    const wrapped = new Map<PropertyKey, unknown>();
    const own = target as { _toString?: () => string };
    const printed = () => (typeof own._toString === "function" ? own._toString() : className);
    const proxy = new Proxy(target, {
      get(t, prop, receiver) {
        if (prop === "toString") return printed;
        if (typeof prop === "symbol" || PASS_THROUGH.has(prop)) return Reflect.get(t, prop, receiver);
        if (prop.startsWith("_")) return Reflect.get(t, prop, receiver);
        const value = Reflect.get(t, prop, receiver);
        if (value === undefined && !(prop in t)) {
          return () => {
            throw new Error(`Not emulated: ${className}.${prop}`);
          };
        }
        if (typeof value !== "function") return value;
        const cached = wrapped.get(prop);
        if (cached) return cached;
        const name = `${className}.${prop}`;
        const fn = function (this: unknown, ...args: unknown[]) {
          rt.beforeCall(name, className);
          rt.depth++;
          try {
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          } finally {
            rt.depth--;
          }
        };
        wrapped.set(prop, fn);
        return fn;
      },
      set(t, prop, value) {
        if (typeof prop === "string" && !prop.startsWith("_")) {
          throw new TypeError(`Cannot set property ${prop} of ${className}`);
        }
        return Reflect.set(t, prop, value);
      },
    });
    return proxy as unknown as G;
  }
}
