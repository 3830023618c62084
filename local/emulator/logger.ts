/**
 * Logger and console: lines go to `ctx.log`, never to the real stdout.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/reference/base/console
 *
 * `ctx.log` gets one entry per call: the message itself for Logger.log, console.log and console.info;
 * prefixed "[warn] " for console.warn and "[error] " for console.error, so a reader can tell the level.
 */
import type { EmuContext } from "./context";
import { isDate } from "./values";

/** Strings stay as they are; other objects are shown as JSON (Errors by their text). */
export function logString(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return String(value);
  if (isDate(value) || value === null || typeof value !== "object") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

class Logger implements Partial<GoogleAppsScript.Base.Logger> {
  readonly _self: GoogleAppsScript.Base.Logger;
  /** Messages since the last clear(), for getLog(). */
  private readonly _lines: string[] = [];

  constructor(private readonly _ctx: EmuContext) {
    this._self = _ctx.rt.expose(this, "Logger");
  }

  /** log(data) or log(format, ...values) where each %s takes the next value. */
  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let message = logString(format);
    if (values.length > 0 && typeof format === "string") {
      let i = 0;
      message = format.replace(/%s/g, (spec) => (i < values.length ? logString(values[i++]) : spec));
    }
    this._lines.push(message);
    this._ctx.log.push(message);
    return this._self;
  }

  getLog(): string {
    return this._lines.join("\n");
  }

  clear(): void {
    this._lines.length = 0;
  }
}

/** Node-like format: %s %d %i %f %o %O %j %%, and the values left over appended with spaces. */
export function consoleFormat(args: unknown[]): string {
  if (args.length === 0) return "";
  const [first, ...rest] = args;
  if (typeof first !== "string") return args.map(logString).join(" ");
  let i = 0;
  const head = first.replace(/%[sdifoOj%]/g, (spec) => {
    if (spec === "%%") return "%";
    if (i >= rest.length) return spec;
    const v = rest[i++];
    if (spec === "%d" || spec === "%i") return String(spec === "%i" ? Math.trunc(Number(v)) : Number(v));
    if (spec === "%f") return String(Number(v));
    return logString(v);
  });
  return [head, ...rest.slice(i).map(logString)].join(" ");
}

class ConsoleService {
  private readonly _timers = new Map<string, number>();

  constructor(private readonly _ctx: EmuContext) {}

  /** What Apps Script prints for its console object is not known. */
  _toString(): string {
    throw new Error("Not emulated: console.toString");
  }

  log(...args: unknown[]): void {
    this._ctx.log.push(consoleFormat(args));
  }

  info(...args: unknown[]): void {
    this._ctx.log.push(consoleFormat(args));
  }

  warn(...args: unknown[]): void {
    this._ctx.log.push(`[warn] ${consoleFormat(args)}`);
  }

  error(...args: unknown[]): void {
    this._ctx.log.push(`[error] ${consoleFormat(args)}`);
  }

  /** Timers read the emulated clock. */
  time(label: string): void {
    this._timers.set(String(label), this._ctx.now().getTime());
  }

  timeEnd(label: string): void {
    const start = this._timers.get(String(label));
    if (start === undefined) return;
    this._timers.delete(String(label));
    this._ctx.log.push(`${label}: ${this._ctx.now().getTime() - start}ms`);
  }
}

export function createLogger(ctx: EmuContext): GoogleAppsScript.Base.Logger {
  return new Logger(ctx)._self;
}

export function createConsole(ctx: EmuContext): Console {
  return ctx.rt.expose(new ConsoleService(ctx), "console");
}
