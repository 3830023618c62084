/**
 * Simple `onEdit` trigger: stamps `Laatst bijgewerkt` on the edited rows of `Activiteiten`.
 * Runs without authorization (LIMITED mode), touches only the current spreadsheet, two reads and one write.
 */
import { ACTIVITIES, matchColumns } from "../core/tabs";
import { normalizeHeader } from "../core/vocab";

export const UPDATED_FORMAT = "dd-mm-yyyy hh:mm";

export function stampEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  if (normalizeHeader(sheet.getName()) !== normalizeHeader(ACTIVITIES.name)) return;
  const first = Math.max(2, range.getRow());
  const last = range.getRow() + range.getNumRows() - 1;
  if (last < first) return;
  const lastCol = sheet.getLastColumn();
  if (lastCol < 1) return;
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0] ?? [];
  const cols = matchColumns(ACTIVITIES, header);
  const updated = cols.updated ?? -1;
  if (updated < 0) return;
  // An edit of only the stamp column itself is not an edit of the activity.
  if (range.getColumn() === updated + 1 && range.getNumColumns() === 1) return;
  const rows = sheet.getRange(first, 1, last - first + 1, lastCol).getValues();
  const own = new Set([updated, cols.id ?? -1]);
  const stamped = rows.map((row) => row.some((v, i) => !own.has(i) && v !== "" && v !== null));
  // Only rows with content get a stamp; other cells are never written back (one call per run of rows).
  let i = 0;
  while (i < stamped.length) {
    if (!stamped[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < stamped.length && stamped[j + 1]) j++;
    sheet
      .getRange(first + i, updated + 1, j - i + 1, 1)
      .setNumberFormat(UPDATED_FORMAT)
      .setValues(Array.from({ length: j - i + 1 }, () => [now]));
    i = j + 1;
  }
}
