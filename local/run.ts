/**
 * Runs dist/Code.js exactly as pushed, in a Node `vm` context whose globals are the emulated services.
 * Like Apps Script, every execution (a trigger, a menu click) loads the script into a fresh global scope;
 * the account (spreadsheets, properties) is what persists between executions.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import type { AdvancedService, UiState } from "./emulator/context";
import { type Account, createExecutionContext, createGlobals, newUiState } from "./emulator/index";
import { releaseAllLocks } from "./emulator/lock";
import type { AuthMode, FaultSpec } from "./emulator/runtime";
import { makeEnum } from "./emulator/spreadsheet/enums";

export interface ExecutionResult<T = unknown> {
  /** What the called function returned (menu actions return { outcome, message, details }). */
  value: T | undefined;
  /** Set when the function threw: the error's message as the user would see it. */
  error?: string;
  calls: Record<string, number>;
  totalCalls: number;
  /**
   * What the calls that report their work did, summed per method and measure (EmuRuntime.usageTotals):
   * `{ "Sheets.Spreadsheets.batchUpdate.requests": 4, "Sheets.Spreadsheets.batchUpdate.cells": 1200, … }`.
   */
  usage?: Record<string, number>;
}

export interface RunnerOptions {
  account: Account;
  /** Folder with Code.js and the HTML files (default: dist/ of this checkout). */
  distDir?: string;
  /** Fixed run date "YYYY-MM-DD": the add-on's `new Date()` is that day at 09:00 Europe/Amsterdam. */
  today?: string;
}

export class AddonRunner {
  readonly ui: UiState = newUiState();
  readonly log: string[] = [];
  /** Faults injected into every following execution (counted from its start). */
  faults: FaultSpec[] = [];
  private readonly script: vm.Script;
  private readonly files: Record<string, string>;
  private readonly fixedNow: number | null;
  /** The manifest's OAuth scopes (dist/appsscript.json), which the emulated services hold calls to. */
  private readonly scopes: string[] | undefined;
  /** The manifest's advanced services: only those get a global. */
  private readonly advancedServices: AdvancedService[] | undefined;

  constructor(private readonly opts: RunnerOptions) {
    const dir = opts.distDir ?? path.resolve(__dirname, "../../dist");
    const codeFile = path.join(dir, "Code.js");
    this.script = new vm.Script(fs.readFileSync(codeFile, "utf8"), { filename: "Code.js" });
    this.files = Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".html"))
        .map((f) => [f.replace(/\.html$/, ""), fs.readFileSync(path.join(dir, f), "utf8")]),
    );
    this.fixedNow = opts.today ? amsterdamMorning(opts.today) : null;
    const manifest = path.join(dir, "appsscript.json");
    const parsed = fs.existsSync(manifest)
      ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as {
          oauthScopes?: string[];
          dependencies?: { enabledAdvancedServices?: AdvancedService[] };
        })
      : undefined;
    this.scopes = parsed?.oauthScopes;
    this.advancedServices = parsed ? (parsed.dependencies?.enabledAdvancedServices ?? []) : undefined;
  }

  get account(): Account {
    return this.opts.account;
  }

  /** The current time of the run (fixed with --today). */
  now(): Date {
    return this.fixedNow === null ? new Date() : new Date(this.fixedNow);
  }

  /** One execution: a fresh global scope, the function called by name, locks released at the end. */
  execute<T = unknown>(
    fnName: string,
    args: unknown[] | ((globals: Record<string, unknown>) => unknown[]) = [],
    authMode: AuthMode = "FULL",
  ): ExecutionResult<T> {
    return this.run<T>(fnName, (globals) => (typeof args === "function" ? args(globals) : args), authMode);
  }

  /**
   * One execution asked for by a page (google.script.run): the arguments arrive as JSON text and are parsed
   * inside the execution, so the function gets plain objects and arrays of its own realm, copies of what the
   * page sent. A private function (name ending in `_`) cannot be called this way.
   * https://developers.google.com/apps-script/guides/html/communication#private_functions
   */
  executeFromClient<T = unknown>(
    fnName: string,
    argsJson: string,
    authMode: AuthMode = "FULL",
  ): ExecutionResult<T> {
    if (fnName.endsWith("_")) {
      return { value: undefined, error: `Script function not found: ${fnName}`, calls: {}, totalCalls: 0 };
    }
    return this.run<T>(
      fnName,
      (_globals, sandbox) => {
        const parsed = (vm.runInContext("JSON.parse", sandbox) as (text: string) => unknown)(argsJson);
        if (!Array.isArray(parsed)) throw new Error("the arguments of a client call are a JSON array");
        return parsed;
      },
      authMode,
    );
  }

  /** The script's top-level functions, as Apps Script lists them for google.script.run (private ones too). */
  functionNames(): string[] {
    const ctx = createExecutionContext({ account: this.opts.account, files: this.files });
    const globals = createGlobals(ctx);
    const services = new Set(Object.keys(globals));
    const sandbox = vm.createContext(globals, { name: "Apps Script load" });
    this.script.runInContext(sandbox);
    return Object.keys(sandbox)
      .filter((k) => !services.has(k) && typeof (sandbox as Record<string, unknown>)[k] === "function")
      .sort();
  }

  private run<T>(
    fnName: string,
    makeArgs: (globals: Record<string, unknown>, sandbox: vm.Context) => unknown[],
    authMode: AuthMode,
  ): ExecutionResult<T> {
    const ctx = createExecutionContext({
      account: this.opts.account,
      ui: this.ui,
      now: () => this.now(),
      files: this.files,
      authMode,
      log: this.log,
    });
    if (this.scopes) ctx.scopes = this.scopes;
    if (this.advancedServices) ctx.advancedServices = this.advancedServices;
    const globals = createGlobals(ctx);
    const sandbox = vm.createContext(globals, { name: "Apps Script execution" });
    let callArgs: unknown[];
    try {
      callArgs = ctx.rt.internal(() => makeArgs(globals, sandbox));
    } catch (e) {
      return { value: undefined, error: messageOf(e), calls: {}, totalCalls: 0 };
    }
    for (const f of this.faults) ctx.rt.injectFault(f);
    if (this.fixedNow !== null) fixClock(sandbox, this.fixedNow);
    try {
      this.script.runInContext(sandbox);
      const fn = (sandbox as Record<string, unknown>)[fnName];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${fnName}`);
      const value = (fn as (...a: unknown[]) => T)(...callArgs);
      return { value, calls: ctx.rt.snapshotCalls(), totalCalls: ctx.rt.total, usage: ctx.rt.usageTotals() };
    } catch (e) {
      return {
        value: undefined,
        error: messageOf(e),
        calls: ctx.rt.snapshotCalls(),
        totalCalls: ctx.rt.total,
        usage: ctx.rt.usageTotals(),
      };
    } finally {
      releaseAllLocks(ctx);
    }
  }

  /** Opens the spreadsheet: runs onOpen with the given auth mode and returns the add-on menu items. */
  open(authMode: AuthMode = "FULL"): ExecutionResult {
    return this.execute("onOpen", [{ authMode: AUTH_MODES[authMode] }], authMode);
  }

  /** A user's edit of `a1` in tab `sheetName`: runs the simple trigger onEdit as Sheets does. */
  edit(sheetName: string, a1: string): ExecutionResult {
    return this.execute(
      "onEdit",
      (g) => {
        const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
        const source = app.getActiveSpreadsheet();
        const sheet = source.getSheetByName(sheetName);
        if (!sheet) throw new Error(`no sheet ${sheetName}`);
        return [
          { authMode: AUTH_MODES.LIMITED, source, range: sheet.getRange(a1), triggerUid: "0", user: null },
        ];
      },
      "LIMITED",
    );
  }

  /** The add-on menu's items as the user sees them. */
  menuItems(): { caption: string; functionName: string }[] {
    const menu = [...this.ui.menus].reverse().find((m) => m.kind === "addon");
    return (menu?.items ?? []).filter((i): i is { caption: string; functionName: string } => i !== null);
  }

  /** Clicks a menu item by its caption. */
  click(caption: string): ExecutionResult & { functionName: string } {
    const item = this.menuItems().find((i) => i.caption === caption);
    if (!item) throw new Error(`No menu item "${caption}"`);
    return { ...this.execute(item.functionName), functionName: item.functionName };
  }

  /** Clicks the menu item that calls `functionName`; its caption is what the user sees (nl or en). */
  clickFunction(functionName: string): ExecutionResult & { caption: string } {
    const item = this.menuItems().find((i) => i.functionName === functionName);
    if (!item) throw new Error(`No menu item calls ${functionName}`);
    return { ...this.execute(item.functionName), caption: item.caption };
  }
}

function messageOf(e: unknown): string {
  return e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
}

/** ScriptApp.AuthMode values as trigger events carry them (enum objects that print as their name). */
const AUTH_MODES = makeEnum("ScriptApp.AuthMode", ["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);

/** 09:00 in Europe/Amsterdam on the given day, as epoch milliseconds. */
export function amsterdamMorning(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a date: ${day}`);
  const utcGuess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9, 0, 0);
  // Offset of Amsterdam at that moment (+1 or +2 hours).
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(utcGuess));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 9);
  return utcGuess - (hour - 9) * 3600_000;
}

/** Makes `new Date()` and `Date.now()` inside the execution return the fixed time. */
function fixClock(sandbox: vm.Context, fixed: number): void {
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      const fixed = ${fixed};
      class FixedDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
        static now() { return fixed; }
      }
      globalThis.Date = FixedDate;
    })();`,
    sandbox,
  );
}
