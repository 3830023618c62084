/**
 * Simple `onEdit` trigger: stamps `Laatst bijgewerkt` on the edited rows of `Activiteiten` (core/edit.ts
 * decides which). Runs without authorization (LIMITED mode), touches only the current spreadsheet: two
 * reads and one write, whatever the shape of the edit.
 */
import { type EditedRange, editMayNeedStamp, planStamp, stampWrite, UPDATED_FORMAT } from "../core/edit";

export function stampEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const edit: EditedRange = {
    tab: sheet.getName(),
    row: range.getRow(),
    col: range.getColumn(),
    numRows: range.getNumRows(),
    numCols: range.getNumColumns(),
  };
  if (!editMayNeedStamp(edit)) return;
  const lastCol = sheet.getLastColumn();
  if (lastCol < 1) return;
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0] ?? [];
  const first = Math.max(2, edit.row);
  const last = edit.row + edit.numRows - 1;
  const rows = sheet.getRange(first, 1, last - first + 1, lastCol).getValues();
  const plan = planStamp(edit, header, first, rows);
  if (!plan) return;
  const write = stampWrite(plan, first, rows, now);
  sheet
    .getRange(write.row, write.col, write.values.length, 1)
    .setNumberFormat(UPDATED_FORMAT)
    .setValues(write.values);
}
