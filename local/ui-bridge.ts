/**
 * google.script.run for a page driven in a real browser: the page's server calls run the bundle's functions
 * in the emulator, each as one execution of the runner (a fresh global scope, its service calls counted),
 * as Apps Script runs each call from a page.
 * https://developers.google.com/apps-script/guides/html/communication
 *
 *   runner.clickFunction("menuShowSettings");           // the add-on shows its sidebar (recorded)
 *   const bridge = await attachBridge(page, runner);   // before the page loads
 *   await bridge.show(lastPage(runner)!);              // or bridge.show(html): the page, with google.script
 *   await page.click("#save");
 *   await bridge.idle();                               // every server call answered, its handler run
 *   expect(bridge.calls.map((c) => c.name)).toEqual(["saveSettings"]);
 *   expect(bridge.closed).toBe(true);                  // google.script.host.close() was called
 *
 * The client side (argument rules, handlers, host) is in ui-client.ts; this file is the server side: it
 * checks the name, runs the function (AddonRunner.executeFromClient) and turns its return value into what the
 * page gets.
 */
import type { Page } from "playwright-core";
import type { UiEvent } from "./emulator/context";
import type { AuthMode } from "./emulator/runtime";
import { frameSize, isPageEvent, type PageEvent } from "./io/screens";
import type { AddonRunner } from "./run";
import { bridgeClientScript, HOST_BINDING, PENDING, SERVER_BINDING } from "./ui-client";

export interface BridgeOptions {
  /** The auth mode the page's calls run in (default FULL, as after the user authorised the add-on). */
  authMode?: AuthMode;
}

/** One server call of the page. */
export interface ServerCall {
  name: string;
  /** The arguments as the server function received them (after the JSON copy). */
  args: unknown[];
  outcome: "success" | "failure";
  /** What the success handler got. */
  value?: unknown;
  /** The message of the Error the failure handler got. */
  error?: string;
  calls: Record<string, number>;
  totalCalls: number;
}

export type HostAction =
  | { action: "close" | "focusEditor" }
  | { action: "setHeight" | "setWidth"; value: number };

/** The sidebar or dialog the add-on showed last (runner.ui.events), if any. */
export function lastPage(runner: AddonRunner): PageEvent | undefined {
  return runner.ui.events.filter(isPageEvent).pop();
}

/** Where a page shown with bridge.show() lives (never fetched: the bridge answers it). */
export const PAGE_URL = "https://netwerkplan.invalid/userCodeAppPanel";

export class UiBridge {
  /** Every server call of the page, in the order they were answered. */
  readonly calls: ServerCall[] = [];
  /** Every google.script.host call, in order. */
  readonly host: HostAction[] = [];
  private readonly callable: Set<string>;
  private readonly hostListeners: ((a: HostAction) => void)[] = [];
  private shown = 0;

  constructor(
    readonly page: Page,
    readonly runner: AddonRunner,
    functionNames: readonly string[],
    private readonly authMode: AuthMode,
  ) {
    this.callable = new Set(functionNames.filter((n) => !n.endsWith("_")));
  }

  /** True once the page called google.script.host.close(). */
  get closed(): boolean {
    return this.host.some((h) => h.action === "close");
  }

  /** Loads a page (a recorded sidebar or dialog, at its size, or HTML) as Sheets would show it. */
  async show(source: UiEvent | string): Promise<void> {
    let html: string;
    if (typeof source === "string") html = source;
    else if (isPageEvent(source)) {
      html = source.html;
      await this.page.setViewportSize(frameSize(source));
    } else throw new Error(`a ${source.kind} is no page`);
    const url = `${PAGE_URL}?pagina=${++this.shown}`;
    await this.page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await this.page.goto(url, { waitUntil: "load" });
  }

  /** Resolves when no server call of the page is busy: each answered and its handler run. */
  async idle(timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(
      (name) => (globalThis as unknown as Record<string, number>)[name] === 0,
      PENDING,
      { timeout: timeoutMs },
    );
  }

  /** The first host action of that kind, now or when it comes. */
  waitForHost(action: HostAction["action"], timeoutMs = 5_000): Promise<HostAction> {
    const found = this.host.find((h) => h.action === action);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no google.script.host ${action} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.hostListeners.push((a) => {
        if (a.action !== action) return;
        clearTimeout(timer);
        resolve(a);
      });
    });
  }

  /** The server entry: one execution per call; answers JSON text for the page's client. */
  _serve(name: string, argsJson: string): string {
    const args = JSON.parse(argsJson) as unknown[];
    const refuse = (message: string, calls: Record<string, number> = {}, totalCalls = 0) => {
      this.calls.push({ name, args, outcome: "failure", error: message, calls, totalCalls });
      return JSON.stringify({ ok: false, message });
    };
    if (!this.callable.has(name)) return refuse(`Script function not found: ${name}`);
    const r = this.runner.executeFromClient(name, argsJson, this.authMode);
    if (r.error !== undefined) return refuse(r.error, r.calls, r.totalCalls);
    let json: string;
    try {
      json = toClientJson(r.value);
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e), r.calls, r.totalCalls);
    }
    this.calls.push({
      name,
      args,
      outcome: "success",
      value: JSON.parse(json),
      calls: r.calls,
      totalCalls: r.totalCalls,
    });
    return `{"ok":true,"value":${json}}`;
  }

  _recordHost(action: string, value: unknown): void {
    const a = (
      action === "setHeight" || action === "setWidth" ? { action, value: Number(value) } : { action }
    ) as HostAction;
    this.host.push(a);
    for (const listener of this.hostListeners) listener(a);
  }
}

/**
 * What a server function's return value becomes on the page, as JSON text. "The return type is subject to
 * the same restrictions as parameter types" (reference/run#myFunction); what Apps Script then does is not in
 * the reference: a Date anywhere in the value makes the success handler get null, without an error (as
 * scripts that return sheet values with dates report), and undefined arrives as null. Other objects that are
 * not plain (an Apps Script object such as a Range, a Map) throw Not emulated: the page gets a failure.
 */
export function toClientJson(value: unknown): string {
  let hasDate = false;
  const ancestors: unknown[] = [];
  const check = (v: unknown): void => {
    if (v === null || typeof v !== "object") return;
    if (Object.prototype.toString.call(v) === "[object Date]") {
      hasDate = true;
      return;
    }
    if (ancestors.includes(v)) throw new Error("Not emulated: a return value with a circular reference");
    if (!Array.isArray(v) && !isPlainObject(v)) {
      throw new Error(`Not emulated: returning a ${String(v)} to the page`);
    }
    ancestors.push(v);
    for (const item of Object.values(v as object)) check(item);
    ancestors.pop();
  };
  check(value);
  if (hasDate) return "null";
  return JSON.stringify(value) ?? "null";
}

/** A plain object of any realm (the bundle runs in its own vm context). */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Gives `page` the google.script of a sidebar or dialog of the add-on run by `runner`: call it before the
 * page loads (the client is put into every document the page opens, before the document's scripts).
 */
export async function attachBridge(
  page: Page,
  runner: AddonRunner,
  options: BridgeOptions = {},
): Promise<UiBridge> {
  const names = runner.functionNames();
  const bridge = new UiBridge(page, runner, names, options.authMode ?? "FULL");
  await page.exposeFunction(SERVER_BINDING, (name: string, argsJson: string) =>
    bridge._serve(name, argsJson),
  );
  await page.exposeFunction(HOST_BINDING, (action: string, value: unknown) =>
    bridge._recordHost(action, value),
  );
  await page.addInitScript({ content: bridgeClientScript(names) });
  return bridge;
}
