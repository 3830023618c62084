/**
 * The HTML pages (src/ui/): how a page is evaluated, the summary dialog after every action, and the jump of
 * the pages' buttons (google.script.run.goToRange). The `Instellingen…` sidebar and Help are gas/settings.ts
 * (a feature file). The models are built in core/screens; this file evaluates the templates and shows them.
 * Pages print every value with `<?= ?>` (escaped); `<?!= ?>` only includes the add-on's own files.
 */
import type { FailureReport } from "../core/errors";
import { translator } from "../core/i18n";
import { failureScreen, missingTabMessage, type SummaryScreen, summaryScreen } from "../core/screens/summary";
import type { ActionOutput } from "../core/summaries";
import { langOf } from "./workbook";

type Lang = "nl" | "en";

/** The add-on's own HTML files, for `<?!= include("Styles") ?>` in a template. */
function include(name: string): string {
  return HtmlService.createHtmlOutputFromFile(name).getContent();
}

/** An add-on page (src/ui/<file>.html) evaluated with its model and language. */
export function page(file: string, model: unknown, lang: Lang): GoogleAppsScript.HTML.HtmlOutput {
  const template = HtmlService.createTemplateFromFile(file);
  const vars = template as unknown as Record<string, unknown>;
  vars.model = model;
  vars.lang = lang;
  vars.include = include;
  return template.evaluate();
}

const SUMMARY_SIZE = { width: 520, height: 460 };

/** The dialog at the end of an action. */
export function showSummary(title: string, out: ActionOutput, lang: Lang): void {
  showSummaryScreen(summaryScreen(title, out.message, out.facts ?? {}, translator(lang)), lang);
}

/** The dialog of an action that broke off. */
export function showFailure(title: string, report: FailureReport, lang: Lang): void {
  showSummaryScreen(failureScreen(title, report, translator(lang)), lang);
}

function showSummaryScreen(model: SummaryScreen, lang: Lang): void {
  const html = page("Summary", model, lang).setWidth(SUMMARY_SIZE.width).setHeight(SUMMARY_SIZE.height);
  SpreadsheetApp.getUi().showModalDialog(html, model.title);
}

/** Jumps to a tab (and a cell of it), for the buttons of the pages. */
export function goToRange(tab: string, a1: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = typeof tab === "string" ? ss.getSheetByName(tab) : null;
  if (!sheet) throw new Error(missingTabMessage(String(tab), translator(langOf(ss))));
  const cell = typeof a1 === "string" && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1) ? a1 : "A1";
  if (sheet.isSheetHidden()) sheet.showSheet();
  sheet.getRange(cell).activate();
}
