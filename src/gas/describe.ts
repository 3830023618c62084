/**
 * `describeWorkbook`: what the local run (and a dialog) may ask the add-on about the open workbook instead
 * of knowing it itself: the tabs it must have, what it lacks, and the names of the tabs the add-on makes.
 * Reads only tab names and header rows; changes nothing.
 */
import { translator } from "../core/i18n";
import { DASHBOARD_PREFIX } from "../core/tabnames";
import { ALL_TABS, missingStructure, REQUIRED_TABS } from "../core/tabs";
import { langOf } from "./workbook";

export interface WorkbookDescription {
  /** The source tabs a workbook must have. */
  requiredTabs: string[];
  /** Of those, the ones this workbook lacks, and the required columns its tabs lack. */
  missing: { tabs: string[]; columns: { tab: string; column: string }[] };
  /** The missing columns said as `Werkblad inrichten` says them, in the workbook's language. */
  messages: string[];
  /** The tabs the add-on generates, and the prefix of a project's dashboard tab. */
  generatedTabs: { name: string; hidden: boolean }[];
  dashboardPrefix: string;
}

export function describeWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookDescription {
  const tabs = ss.getSheets().map((sheet) => {
    const lastCol = sheet.getLastColumn();
    const header = lastCol > 0 ? (sheet.getRange(1, 1, 1, lastCol).getValues()[0] ?? []) : [];
    return { name: sheet.getName(), header };
  });
  const missing = missingStructure(tabs);
  const t = translator(langOf(ss));
  return {
    requiredTabs: REQUIRED_TABS.map((tab) => tab.name),
    missing,
    messages: missing.columns.map((c) => t("error.columnMissing", { tab: c.tab, column: c.column })),
    generatedTabs: ALL_TABS.filter((t) => t.kind === "generated").map((t) => ({
      name: t.name,
      hidden: t.hidden === true,
    })),
    dashboardPrefix: DASHBOARD_PREFIX,
  };
}
