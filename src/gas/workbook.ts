/** Finding tabs and reading them: one getName per tab, one read per tab. */
import type { Lang } from "../core/i18n";
import { findTabName, SETTINGS, type TabDef } from "../core/tabs";
import { settingsFrom } from "../core/validate";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's tabs by name, read once. */
export function indexSheets(ss: Spreadsheet): Map<string, Sheet> {
  return new Map(ss.getSheets().map((s) => [s.getName(), s] as const));
}

/** The tab of `tab` (case- and accent-insensitive), or null. */
export function findSheet(byName: ReadonlyMap<string, Sheet>, tab: TabDef): Sheet | null {
  const name = findTabName([...byName.keys()], tab);
  return name === undefined ? null : (byName.get(name) ?? null);
}

/** All values of a sheet, in one call; [] for an empty sheet. */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The `Taal` setting, read the way validation reads `Instellingen` (defaults to Dutch). */
export function langOf(ss: Spreadsheet): Lang {
  const sheet = findSheet(indexSheets(ss), SETTINGS);
  if (!sheet) return "nl";
  const values = readValues(sheet);
  const display = values.map((row) => row.map((v) => String(v)));
  return settingsFrom({ name: sheet.getName(), values, display }, { today: "2000-01-01" }).settings.lang;
}
