/**
 * Simple `onEdit` trigger: stamps `Laatst bijgewerkt` on the edited rows of `Activiteiten` (core/edit.ts
 * decides which). Runs without authorization (LIMITED mode), touches only the current spreadsheet: two
 * reads and one write per block of adjacent rows.
 */
import { adjacentGroups } from "../core/adjacent";
import { type EditedRange, editMayNeedStamp, planStamp, UPDATED_FORMAT } from "../core/edit";

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
  for (const group of adjacentGroups(plan.rows, (a, b) => b === a + 1)) {
    sheet
      .getRange(group[0]!, plan.col, group.length, 1)
      .setNumberFormat(UPDATED_FORMAT)
      .setValues(group.map(() => [now]));
  }
}
