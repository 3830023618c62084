/**
 * Runs one menu action: one document lock per click, a toast while it works, a summary or error dialog
 * at the end, and a result the local runner reads. Apps Script ignores the return value.
 */
import { type Lang, type MessageKey, type Translate, toLang, translator } from "../core/i18n";

export type Outcome = "ok" | "unavailable" | "error";

export interface ActionResult {
  outcome: Outcome;
  message: string;
  /** Structured facts for the local runner (Apps Script ignores them). */
  details?: Record<string, unknown>;
}

/** What an action's body returns: the summary shown to the user and optional details. */
export interface ActionOutput {
  message: string;
  details?: Record<string, unknown>;
}

export interface RunEnv {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui: GoogleAppsScript.Base.Ui;
  lang: Lang;
  t: Translate;
  /** The run's date and time. */
  now: Date;
}

const LANG_PROPERTY = "netwerkplan.taal";

/** The language of the last run, kept so that onOpen can label the menu without reading the sheet. */
export function rememberedLang(): Lang {
  try {
    return toLang(PropertiesService.getDocumentProperties()?.getProperty(LANG_PROPERTY));
  } catch (_e) {
    return "nl";
  }
}

export function rememberLang(lang: Lang): void {
  PropertiesService.getDocumentProperties()?.setProperty(LANG_PROPERTY, lang);
}

export function runAction(
  titleKey: MessageKey,
  readLang: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => Lang,
  body: (env: RunEnv) => ActionOutput,
): ActionResult {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let lang = rememberedLang();
  let t = translator(lang);
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(500)) {
    const message = t(lock ? "action.busy" : "action.noDocument");
    ui.alert(t("app.title"), message, ui.ButtonSet.OK);
    return { outcome: "error", message };
  }
  try {
    lang = readLang(ss);
    if (lang !== rememberedLang()) rememberLang(lang);
    t = translator(lang);
    const { message, details } = body({ ss, ui, lang, t, now: new Date() });
    ui.alert(t(titleKey), message, ui.ButtonSet.OK);
    return details ? { outcome: "ok", message, details } : { outcome: "ok", message };
  } catch (e) {
    const detail = describe(e, t);
    const message = t("action.failed", { action: t(titleKey), error: detail });
    // Only the error's kind goes to the log: cell values may hold personal data.
    console.error(`Netwerkplan: ${titleKey} failed (${errorName(e)})`);
    ui.alert(t("app.title"), message, ui.ButtonSet.OK);
    return { outcome: "error", message };
  } finally {
    lock.releaseLock();
  }
}

/** A menu action whose feature is not built yet: says so, changes nothing. */
export function unavailable(titleKey: MessageKey): ActionResult {
  const t = translator(rememberedLang());
  const message = t("action.unavailable", { action: t(titleKey) });
  const ui = SpreadsheetApp.getUi();
  ui.alert(t("app.title"), message, ui.ButtonSet.OK);
  return { outcome: "unavailable", message };
}

/** Google's own error texts that a coordinator may meet, said in the user's language. */
const KNOWN_ERRORS: readonly [RegExp, MessageKey][] = [
  [/^Exceeded maximum execution time/, "error.timeout"],
  [/^Service invoked too many times/, "error.quota"],
  [/protected cell or object/i, "error.protected"],
  [/^Service (Spreadsheets|Documents|Calendar) (timed out|failed)/, "error.serviceBusy"],
];

// Errors may come from another realm (service objects), so no `instanceof Error` here.
function describe(e: unknown, t: Translate): string {
  const text = isErrorLike(e) ? e.message : String(e);
  const known = KNOWN_ERRORS.find(([re]) => re.test(text));
  return known ? `${t(known[1])} (${text.replace(/[.\s]+$/, "")})` : text.replace(/[.\s]+$/, "");
}

function errorName(e: unknown): string {
  return isErrorLike(e) ? e.name : typeof e;
}

function isErrorLike(e: unknown): e is { name: string; message: string } {
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string";
}
