/**
 * `describeWorkbook`: what the local run (and a dialog) may ask the add-on about the open workbook instead
 * of knowing it itself: the tabs it must have, what it lacks, and the names of the tabs the add-on makes.
 * Reads only tab names and each tab's first rows (where its header row is); changes nothing.
 */
import { translator } from "../core/i18n";
import { structureMessages } from "../core/summaries";
import { DASHBOARD_PREFIX } from "../core/tabnames";
import { ALL_TABS, HEADER_SEARCH_ROWS, missingStructure, REQUIRED_TABS, sourceTabNames } from "../core/tabs";
import { langOf } from "./workbook";

export interface WorkbookDescription {
  /** The source tabs a workbook must have. */
  requiredTabs: string[];
  /**
   * Of those, the ones this workbook lacks; the tabs whose header row is below row 1 (the row it is on);
   * the required columns the other tabs lack.
   */
  missing: {
    tabs: string[];
    headers: { tab: string; row: number }[];
    columns: { tab: string; column: string }[];
  };
  /** The misplaced header rows and missing columns said as `Werkblad inrichten` says them, in the workbook's language. */
  messages: string[];
  /** The tabs the add-on generates, and the prefix of a project's dashboard tab. */
  generatedTabs: { name: string; hidden: boolean }[];
  dashboardPrefix: string;
  /** The workbook's language (`Taal`, as the add-on reads it). */
  lang: "nl" | "en";
}

export function describeWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookDescription {
  const sheets = ss.getSheets();
  const sources = sourceTabNames(sheets.map((sheet) => sheet.getName()));
  const tabs = sheets.map((sheet) => {
    const name = sheet.getName();
    // Only a source tab's rows are looked at: the others are known by their name.
    if (!sources.has(name)) return { name, header: [] };
    const lastCol = sheet.getLastColumn();
    const rows = lastCol > 0 ? Math.min(Math.max(sheet.getLastRow(), 1), HEADER_SEARCH_ROWS) : 0;
    const top = rows > 0 ? sheet.getRange(1, 1, rows, lastCol).getValues() : [];
    return { name, header: top[0] ?? [], top };
  });
  const missing = missingStructure(tabs);
  const lang = langOf(ss);
  const t = translator(lang);
  return {
    requiredTabs: REQUIRED_TABS.map((tab) => tab.name),
    missing,
    messages: structureMessages(missing, t),
    generatedTabs: ALL_TABS.filter((t) => t.kind === "generated").map((t) => ({
      name: t.name,
      hidden: t.hidden === true,
    })),
    dashboardPrefix: DASHBOARD_PREFIX,
    lang,
  };
}
