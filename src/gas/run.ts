/**
 * Runs one menu action: one document lock per click, a toast while it works, a summary or error dialog
 * at the end, and a result the local runner reads. Apps Script ignores the return value.
 */
import { errorKind, failureReport } from "../core/errors";
import { type Lang, type MessageKey, type Translate, translator } from "../core/i18n";
import { actionName } from "../core/menu";
import type { ActionOutput } from "../core/summaries";
import { showFailure, showSummary } from "./screens";
import { rememberedLang, rememberLang } from "./workbook";

/** How a click ended. */
export type ActionOutcome = "ok" | "error";

export interface ActionResult {
  outcome: ActionOutcome;
  message: string;
  /** Structured facts for the local runner (Apps Script ignores them). */
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

export interface RunOptions {
  /** Whether the summary dialog follows the body (default: always); false when the body showed its own page. */
  summary?: (out: ActionOutput) => boolean;
}

export function runAction(
  titleKey: MessageKey,
  readLang: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => Lang,
  body: (env: RunEnv) => ActionOutput,
  opts: RunOptions = {},
): ActionResult {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let lang = rememberedLang();
  let t = translator(lang);
  /** The action's name in the run's language (known once Instellingen is read). */
  const title = () => actionName(t(titleKey));
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
    const out = body({ ss, ui, lang, t, now: new Date() });
    if (opts.summary?.(out) ?? true) showSummary(title(), out, lang);
    const { message, details } = out;
    return details ? { outcome: "ok", message, details } : { outcome: "ok", message };
  } catch (e) {
    const report = failureReport(title(), e, t);
    // Only the error's kind goes to the log: cell values may hold personal data.
    console.error(`Netwerkplan: ${titleKey} failed (${errorKind(e)})`);
    showFailure(title(), report, lang);
    return { outcome: "error", message: report.message };
  } finally {
    lock.releaseLock();
  }
}
