/** Reads the source tabs, each with one data range: values and display values (what the partner sees). */
import type { RawTab } from "../core/records";
import { ACTIVITIES, MEETINGS, MEMBERS, PROJECTS, SETTINGS, type TabDef } from "../core/tabs";
import { findSheet } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SourceTab {
  sheet: Sheet;
  raw: RawTab;
}

export interface SourceTabs {
  activities: SourceTab | null;
  projects: SourceTab | null;
  members: SourceTab | null;
  meetings: SourceTab | null;
  settings: SourceTab | null;
}

function readTab(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabDef,
  sheets: Sheet[],
): SourceTab | null {
  const sheet = findSheet(ss, tab, sheets);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return {
    sheet,
    raw: { name: sheet.getName(), values: range.getValues(), display: range.getDisplayValues() },
  };
}

export function readSourceTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SourceTabs {
  const sheets = ss.getSheets();
  return {
    activities: readTab(ss, ACTIVITIES, sheets),
    projects: readTab(ss, PROJECTS, sheets),
    members: readTab(ss, MEMBERS, sheets),
    meetings: readTab(ss, MEETINGS, sheets),
    settings: readTab(ss, SETTINGS, sheets),
  };
}

export const rawOf = (tabs: SourceTabs) => ({
  activities: tabs.activities?.raw ?? null,
  projects: tabs.projects?.raw ?? null,
  members: tabs.members?.raw ?? null,
  meetings: tabs.meetings?.raw ?? null,
  settings: tabs.settings?.raw ?? null,
});
