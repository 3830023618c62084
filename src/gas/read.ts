/** Reads the source tabs, each with one data range: values and display values (what the partner sees). */
import type { RawTab } from "../core/records";
import {
  ACTIVITIES_TAB,
  MEETINGS_TAB,
  MEMBERS_TAB,
  PROJECTS_TAB,
  SETTINGS_TAB,
  type TabDef,
} from "../core/tabs";
import { findSheet, type SheetIndex } from "./workbook";

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

function readTab(tab: TabDef, index: SheetIndex): SourceTab | null {
  const sheet = findSheet(index, tab);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return {
    sheet,
    raw: { name: sheet.getName(), values: range.getValues(), display: range.getDisplayValues() },
  };
}

export function readSourceTabs(index: SheetIndex): SourceTabs {
  return {
    activities: readTab(ACTIVITIES_TAB, index),
    projects: readTab(PROJECTS_TAB, index),
    members: readTab(MEMBERS_TAB, index),
    meetings: readTab(MEETINGS_TAB, index),
    settings: readTab(SETTINGS_TAB, index),
  };
}

/** The tabs the meeting actions read: Leden, Vergaderingen and Instellingen. */
export type MeetingSourceTabs = Pick<SourceTabs, "members" | "meetings" | "settings">;

export function readMeetingSourceTabs(index: SheetIndex): MeetingSourceTabs {
  return {
    members: readTab(MEMBERS_TAB, index),
    meetings: readTab(MEETINGS_TAB, index),
    settings: readTab(SETTINGS_TAB, index),
  };
}

export const rawOf = (tabs: SourceTabs) => ({
  activities: tabs.activities?.raw ?? null,
  projects: tabs.projects?.raw ?? null,
  members: tabs.members?.raw ?? null,
  meetings: tabs.meetings?.raw ?? null,
  settings: tabs.settings?.raw ?? null,
});
