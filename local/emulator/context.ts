import type { Account } from "./account";
import type { EmuRuntime } from "./runtime";

/** One thing the Ui showed the user, recorded in order. */
export type UiEvent =
  | { kind: "alert"; title: string; prompt: string; buttons: string; response: string }
  | { kind: "prompt"; title: string; prompt: string; buttons: string; response: string; text: string }
  | { kind: "toast"; title: string; message: string; timeoutSeconds: number }
  | { kind: "sidebar" | "modal" | "modeless"; title: string; html: string; width?: number; height?: number };

/** A question the Ui asks (alert with buttons, prompt); the responder answers it. */
export interface UiQuestion {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  /** ButtonSet name: "OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL". */
  buttons: string;
}

/** The answer: the Button name ("OK", "CANCEL", "YES", "NO", "CLOSE") and, for prompts, the text typed. */
export interface UiAnswer {
  button: string;
  text?: string;
}

export interface MenuItemRecord {
  caption: string;
  functionName: string;
}

export interface MenuRecord {
  /** "addon" for createAddonMenu(), otherwise the menu's caption. */
  kind: "addon" | "custom";
  caption: string;
  /** Items in order; separators as `null`; sub-menus flattened with their caption as prefix "Sub > Item". */
  items: (MenuItemRecord | null)[];
}

export interface UiState {
  events: UiEvent[];
  /** Menus added with addToUi(), in order; a later addToUi of the same menu replaces it. */
  menus: MenuRecord[];
  /** Answers alerts and prompts. Default: the affirmative button (OK or YES), empty text. */
  responder: (q: UiQuestion) => UiAnswer;
}

export interface EmuContext {
  account: Account;
  rt: EmuRuntime;
  /** The emulated clock: `new Date()` inside the add-on is not affected; services use this. */
  now: () => Date;
  ui: UiState;
  /** Lines written through Logger.log / console.*. */
  log: string[];
  /** The project's HTML files as pushed (name without ".html" -> content), for HtmlService.*FromFile. */
  files: Record<string, string>;
  /**
   * The OAuth scopes the project runs with (appsscript.json `oauthScopes`); a service call that needs another
   * scope fails as in Apps Script. Undefined: every scope (fidelity tests of one service).
   */
  scopes?: string[];
  /**
   * The advanced services the manifest enables (appsscript.json `dependencies.enabledAdvancedServices`); such
   * a service's global exists only when listed, under its userSymbol. Undefined: every emulated one, under
   * its usual name (fidelity tests of one service).
   */
  advancedServices?: AdvancedService[];
}

/** One entry of the manifest's `dependencies.enabledAdvancedServices`. */
export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

export function defaultResponder(q: UiQuestion): UiAnswer {
  return { button: q.buttons.startsWith("YES") ? "YES" : "OK", text: "" };
}

export function newUiState(): UiState {
  return { events: [], menus: [], responder: defaultResponder };
}
