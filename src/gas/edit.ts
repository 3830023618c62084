/**
 * Simple `onEdit` trigger: stamps `Laatst bijgewerkt` on the edited rows of `Activiteiten`.
 * Runs without authorization (LIMITED mode), touches only the current spreadsheet, two reads and one write.
 */
import { runs } from "../core/runs";
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
  const stamped = rows.flatMap((row, i) =>
    row.some((v, c) => !own.has(c) && v !== "" && v !== null) ? [first + i] : [],
  );
  // Only rows with content get a stamp; other cells are never written back (one call per run of rows).
  for (const run of runs(stamped, (a, b) => b === a + 1)) {
    sheet
      .getRange(run[0]!, updated + 1, run.length, 1)
      .setNumberFormat(UPDATED_FORMAT)
      .setValues(run.map(() => [now]));
  }
}
