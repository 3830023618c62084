/** Reading the workbook: each tab with one batched call. */
import { type Lang, toLang } from "../core/i18n";
import { findTabName, matchColumns, SETTINGS, type TabDef } from "../core/tabs";
import { normalizeHeader } from "../core/vocab";

export function findSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabDef,
  sheets: GoogleAppsScript.Spreadsheet.Sheet[] = ss.getSheets(),
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const name = findTabName(
    sheets.map((s) => s.getName()),
    tab,
  );
  return name === undefined ? null : (sheets.find((s) => s.getName() === name) ?? null);
}

/** All values of a sheet, in one call; [] for an empty sheet. */
export function readValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** `Instellingen` as normalised key -> value (first occurrence wins). Empty when the tab is missing. */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const sheet = findSheet(ss, SETTINGS);
  if (!sheet) return out;
  const values = readValues(sheet);
  const cols = matchColumns(SETTINGS, values[0] ?? []);
  const k = cols.key ?? -1;
  const v = cols.value ?? -1;
  if (k < 0 || v < 0) return out;
  for (const row of values.slice(1)) {
    const key = row[k];
    if (typeof key === "string" && key.trim() !== "" && !out.has(normalizeHeader(key))) {
      out.set(normalizeHeader(key), row[v]);
    }
  }
  return out;
}

export function langOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  return toLang(readSettings(ss).get(normalizeHeader("Taal")));
}
