/**
 * The `onEdit` stamp (PRODUCT.md §2.1): which rows of `Activiteiten` get `Laatst bijgewerkt` after an edit.
 * Pure: gas/edit.ts reads the header and the edited rows, asks this, and writes the stamps.
 */
import { contentRule } from "./cells";
import { ACTIVITIES_TAB, matchColumns } from "./tabs";
import { normalizeHeader } from "./vocab";

/** The number format of the stamp. */
export const UPDATED_FORMAT = "dd-mm-yyyy hh:mm";

export interface EditedRange {
  /** The tab's name. */
  tab: string;
  /** 1-based first row and column, and the size of the edited range. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Whether an edit can need a stamp at all, before anything is read: `Activiteiten` below its header. */
export function editMayNeedStamp(edit: EditedRange): boolean {
  return (
    normalizeHeader(edit.tab) === normalizeHeader(ACTIVITIES_TAB.name) && edit.row + edit.numRows - 1 >= 2
  );
}

export interface StampPlan {
  /** 1-based column of `Laatst bijgewerkt`. */
  col: number;
  /** 1-based sheet rows to stamp, ascending. */
  rows: number[];
}

/**
 * The rows to stamp: the edited rows (below the header) that have content by the same rule validation
 * uses; none when the tab has no `Laatst bijgewerkt` column or when only that column itself was edited.
 * `rows` holds the edited rows' values from `firstRow` on (whole rows, from column A).
 */
export function planStamp(
  edit: EditedRange,
  header: readonly unknown[],
  firstRow: number,
  rows: readonly (readonly unknown[])[],
): StampPlan | null {
  if (!editMayNeedStamp(edit)) return null;
  const cols = matchColumns(ACTIVITIES_TAB, header);
  if (cols.updated < 0) return null;
  if (edit.col === cols.updated + 1 && edit.numCols === 1) return null;
  const hasContent = contentRule(ACTIVITIES_TAB, cols);
  const stamped = rows.flatMap((row, i) => (firstRow + i >= 2 && hasContent(row) ? [firstRow + i] : []));
  return stamped.length === 0 ? null : { col: cols.updated + 1, rows: stamped };
}

/**
 * The one write of a stamp plan: the block of the stamp column from the first to the last stamped row, the
 * stamped rows getting `now` and the rows between keeping what they hold (as read in `rows`, which start at
 * sheet row `firstRow` and span the whole row). One call whatever the edit's shape.
 */
export function stampWrite(
  plan: StampPlan,
  firstRow: number,
  rows: readonly (readonly unknown[])[],
  now: Date,
): { row: number; col: number; values: unknown[][] } {
  const top = plan.rows[0]!;
  const bottom = plan.rows[plan.rows.length - 1]!;
  const stamped = new Set(plan.rows);
  const values: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const kept = rows[r - firstRow]?.[plan.col - 1];
    values.push([stamped.has(r) ? now : (kept ?? "")]);
  }
  return { row: top, col: plan.col, values };
}
