/**
 * The Ui of the editor (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs.
 * https://developers.google.com/apps-script/reference/base/ui
 * https://developers.google.com/apps-script/reference/base/menu
 * https://developers.google.com/apps-script/reference/base/prompt-response
 *
 * Nothing is shown: menus are recorded in ctx.ui.menus, everything else in ctx.ui.events, and alerts and
 * prompts are answered by ctx.ui.responder (by default the affirmative button).
 */
import type { EmuContext, MenuItemRecord, MenuRecord, UiQuestion } from "./context";
import { releaseAllLocks } from "./lock";
import { EmuObject, unwrap } from "./spreadsheet/base";
import { Button, ButtonSet, enumArg, enumOut } from "./spreadsheet/enums";
import { checkString, signatureError } from "./spreadsheet/errors";

type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;
type GPromptResponse = GoogleAppsScript.Base.PromptResponse;
type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

/** The buttons of each ButtonSet; the dialog's close button (CLOSE) is always there too. */
const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

class EmuMenu extends EmuObject<GMenu> implements Partial<GMenu> {
  readonly _items: (MenuItemRecord | null)[] = [];
  /** The record this menu last added to the Ui: a later addToUi replaces it. */
  _record: MenuRecord | null = null;

  constructor(
    ctx: EmuContext,
    readonly _kind: "addon" | "custom",
    readonly _caption: string,
  ) {
    super(ctx, "Menu");
  }
  addItem(caption: string, functionName: string) {
    checkString("Menu.addItem", [caption, functionName], caption);
    checkString("Menu.addItem", [caption, functionName], functionName);
    this._items.push({ caption, functionName });
    return this._proxy;
  }
  addSeparator() {
    this._items.push(null);
    return this._proxy;
  }
  /** Sub-menu items are recorded flattened, as "Sub > Item". */
  addSubMenu(menu: GMenu) {
    const sub = unwrap(menu, EmuMenu);
    if (!sub) throw signatureError("Menu.addSubMenu", [menu]);
    for (const item of sub._items) {
      this._items.push(
        item && { caption: `${sub._caption} > ${item.caption}`, functionName: item.functionName },
      );
    }
    return this._proxy;
  }
  addToUi() {
    const record: MenuRecord = { kind: this._kind, caption: this._caption, items: [...this._items] };
    const menus = this._ctx.ui.menus;
    const i = this._record ? menus.indexOf(this._record) : -1;
    if (i >= 0) menus[i] = record;
    else menus.push(record);
    this._record = record;
  }
}

class EmuPromptResponse extends EmuObject<GPromptResponse> implements Partial<GPromptResponse> {
  constructor(
    ctx: EmuContext,
    readonly _button: ButtonName,
    readonly _text: string,
  ) {
    super(ctx, "PromptResponse");
  }
  getResponseText() {
    return this._text;
  }
  getSelectedButton() {
    return enumOut<GoogleAppsScript.Base.Button>(Button, this._button);
  }
}

class EmuUi extends EmuObject<GUi> implements Partial<GUi> {
  readonly Button = Button as unknown as GUi["Button"];
  readonly ButtonSet = ButtonSet as unknown as GUi["ButtonSet"];

  constructor(ctx: EmuContext) {
    super(ctx, "Ui");
  }

  /** The add-on's menu under Extensions; its caption is the add-on's name, which the Ui does not know. */
  createAddonMenu() {
    return new EmuMenu(this._ctx, "addon", "")._proxy;
  }
  createMenu(caption: string) {
    checkString("Ui.createMenu", [caption], caption);
    return new EmuMenu(this._ctx, "custom", caption)._proxy;
  }

  /** (prompt), (prompt, buttons) or (title, prompt, buttons); buttons default to OK. */
  _question(kind: UiQuestion["kind"], args: unknown[]): { q: UiQuestion; button: ButtonName; text: string } {
    const method = kind === "alert" ? "Ui.alert" : "Ui.prompt";
    let title = "";
    let prompt: unknown;
    let buttons: unknown = ButtonSet.OK;
    if (args.length === 1) [prompt] = args;
    else if (args.length === 2) [prompt, buttons] = args;
    else if (args.length === 3) [title, prompt, buttons] = args as [string, unknown, unknown];
    else throw signatureError(method, args);
    if (typeof title !== "string" || typeof prompt !== "string") throw signatureError(method, args);
    const set = enumArg(ButtonSet, buttons, method, args);
    const q: UiQuestion = { kind, title, prompt, buttons: set };
    // "Jdbc connections and LockService locks don't persist across the suspension" while a dialog is open:
    // https://developers.google.com/apps-script/reference/base/ui#alert(String)
    releaseAllLocks(this._ctx);
    const answer = this._ctx.ui.responder(q);
    const button = answer.button as ButtonName;
    if (button !== "CLOSE" && !BUTTONS[set].includes(button)) {
      throw new Error(`Ui responder answered ${answer.button} to a ${set} ${kind}`);
    }
    return { q, button, text: answer.text ?? "" };
  }

  alert(...args: unknown[]) {
    const { q, button } = this._question("alert", args);
    this._ctx.ui.events.push({
      kind: "alert",
      title: q.title,
      prompt: q.prompt,
      buttons: q.buttons,
      response: button,
    });
    return enumOut<GoogleAppsScript.Base.Button>(Button, button);
  }

  /** The text typed is returned whatever the button (as in Apps Script). */
  prompt(...args: unknown[]) {
    const { q, button, text } = this._question("prompt", args);
    this._ctx.ui.events.push({
      kind: "prompt",
      title: q.title,
      prompt: q.prompt,
      buttons: q.buttons,
      response: button,
      text,
    });
    return new EmuPromptResponse(this._ctx, button, text)._proxy;
  }

  _show(kind: "sidebar" | "modal" | "modeless", method: string, html: unknown, title?: unknown): void {
    const out = html as Partial<GHtmlOutput> | null;
    if (!out || typeof out.getContent !== "function") throw signatureError(method, [html, title]);
    if (kind !== "sidebar" && typeof title !== "string") throw signatureError(method, [html, title]);
    const size = kind === "sidebar" ? {} : { width: out.getWidth!(), height: out.getHeight!() };
    this._ctx.ui.events.push({
      kind,
      title: kind === "sidebar" ? out.getTitle!() : (title as string),
      html: out.getContent(),
      ...size,
    });
  }
  /** A sidebar takes its title from the HtmlOutput and is always 300 px wide (its width is not recorded). */
  showSidebar(userInterface: GHtmlOutput) {
    this._show("sidebar", "Ui.showSidebar", userInterface);
  }
  showModalDialog(userInterface: GHtmlOutput, title: string) {
    this._show("modal", "Ui.showModalDialog", userInterface, title);
  }
  showModelessDialog(userInterface: GHtmlOutput, title: string) {
    this._show("modeless", "Ui.showModelessDialog", userInterface, title);
  }
}

const uis = new WeakMap<EmuContext, GUi>();

/** The Ui of the execution (one per context). */
export function createUi(ctx: EmuContext): GUi {
  let ui = uis.get(ctx);
  if (!ui) {
    ui = new EmuUi(ctx)._proxy;
    uis.set(ctx, ui);
  }
  return ui;
}
