/**
 * Stable activity IDs (PRODUCT.md §2.1): `A-0001`, `A-0002`, … assigned once to rows that have content but
 * an empty ID cell, numbered after both the highest ID ever issued (kept by the caller, e.g. in document
 * properties) and the highest `A-n` in the sheet, so an ID is never reused, not even after its row was
 * deleted. Pure and total.
 */
import { isBlank, readTab } from "./cells";
import type { RawTab } from "./records";
import { ACTIVITIES } from "./tabs";

export interface IdAssignment {
  /** 1-based sheet rows and the ID to write there, in sheet order. */
  updates: { row: number; id: string }[];
  /** The highest number issued or present so far: store it for the next run. */
  lastIssued: number;
}

const ID = /^\s*A-(\d{1,15})\s*$/i;

/** `A-0001`: at least four digits. */
export function formatId(n: number): string {
  return `A-${String(n).padStart(4, "0")}`;
}

/** The number of an `A-n` id, or null. */
export function idNumber(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = ID.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : null;
}

export function assignIds(activities: RawTab, lastIssued: number): IdAssignment {
  let last = Number.isSafeInteger(lastIssued) && lastIssued > 0 ? lastIssued : 0;
  const read = readTab(ACTIVITIES, activities);
  const col = read.cols.id ?? -1;
  if (col < 0) return { updates: [], lastIssued: last };
  const values = Array.isArray(activities.values) ? activities.values : [];
  // Every row counts here, also one whose only content is its ID.
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const n = Array.isArray(row) ? idNumber(row[col]) : null;
    if (n !== null && n > last) last = n;
  }
  const updates: IdAssignment["updates"] = [];
  for (const { row, cells } of read.rows) {
    if (!isBlank(cells.id?.v)) continue;
    last += 1;
    updates.push({ row, id: formatId(last) });
  }
  return { updates, lastIssued: last };
}
