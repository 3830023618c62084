/**
 * Stable activity IDs (PRODUCT.md §2.1): `A-0001`, `A-0002`, … assigned once to rows that have content but
 * an empty ID cell, numbered after both the highest ID ever issued (kept by the caller, e.g. in document
 * properties) and the highest `A-n` in the sheet, so an ID is never reused, not even after its row was
 * deleted. Pure and total.
 */
import { contentRule, isBlank } from "./cells";
import { isDateValue } from "./dates";
import type { RawTab } from "./records";
import { ACTIVITIES_TAB, matchColumns } from "./tabs";

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
  const values = Array.isArray(activities.values) ? activities.values : [];
  const cols = matchColumns(ACTIVITIES_TAB, Array.isArray(values[0]) ? values[0] : []);
  const col = cols.id ?? -1;
  if (col < 0) return { updates: [], lastIssued: last };
  // Every row counts here, also one whose only content is its ID.
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const n = Array.isArray(row) ? idNumber(row[col]) : null;
    if (n !== null && n > last) last = n;
  }
  // The rows validation reads (cells.ts's one rule for "a row") that have no ID yet.
  const hasContent = contentRule(ACTIVITIES_TAB, cols);
  const updates: IdAssignment["updates"] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row) || !hasContent(row) || !isBlank(row[col])) continue;
    last += 1;
    updates.push({ row: r + 1, id: formatId(last) });
  }
  return { updates, lastIssued: last };
}

/** The 0-based columns of `ID` and `Onderwerp` that the write guard reads again (-1 when absent). */
export function idGuardColumns(activities: RawTab): { id: number; subject: number } {
  const cols = matchColumns(ACTIVITIES_TAB, activities.values[0] ?? []);
  return { id: cols.id, subject: cols.subject };
}

/** The block of rows the guard reads again: from the first to the last row that gets an ID. */
export function idGuardRows(updates: readonly { row: number }[]): { first: number; count: number } | null {
  if (updates.length === 0) return null;
  const first = updates[0]!.row;
  return { first, count: updates[updates.length - 1]!.row - first + 1 };
}

const sameCell = (a: unknown, b: unknown): boolean => {
  const time = (v: unknown) => (isDateValue(v) ? v.getTime() : v);
  return time(a) === time(b);
};

/**
 * The lock keeps other runs out, not partners' typing: rows may have been inserted or deleted since the
 * tab was read. IDs may be written only when, just before writing, every target row still has an empty
 * ID and the same Onderwerp as when it was read; otherwise the run writes none and the next run assigns
 * them. `idsNow` and `subjectsNow` are the two columns read again over idGuardRows (empty arrays for a
 * column the tab lacks).
 */
export function idsStillFit(
  before: RawTab,
  updates: readonly { row: number }[],
  cols: { id: number; subject: number },
  idsNow: readonly unknown[],
  subjectsNow: readonly unknown[],
): boolean {
  const block = idGuardRows(updates);
  if (block === null || cols.id < 0) return false;
  return updates.every((u) => {
    const i = u.row - block.first;
    const subjectBefore = cols.subject < 0 ? undefined : (before.values[u.row - 1]?.[cols.subject] ?? "");
    return isBlank(idsNow[i]) && (cols.subject < 0 || sameCell(subjectsNow[i], subjectBefore));
  });
}

/** The tab as read, with the new IDs in it (values and what partners see), for the rest of the run. */
export function withIds(raw: RawTab, col: number, updates: readonly { row: number; id: string }[]): RawTab {
  const values = raw.values.map((r) => [...r]);
  const display = raw.display.map((r) => [...r]);
  for (const u of updates) {
    const r = u.row - 1;
    while ((values[r]?.length ?? 0) <= col) values[r]?.push("");
    while ((display[r]?.length ?? 0) <= col) display[r]?.push("");
    values[r]![col] = u.id;
    display[r]![col] = u.id;
  }
  return { ...raw, values, display };
}

/**
 * The writes of new IDs: the ID column from the first to the last row that gets one, every other row written
 * back as it was just read again (`idsNow`), so one write however scattered the rows without an ID are. A
 * row between is written back only when its cell is empty or holds an ID: anything else (a text that
 * SpreadsheetApp would read as a formula, number or date, a formula's value, a number, a date) would not come
 * back as it was, so the write stops before that row and goes on after it.
 */
export function idWrites(
  updates: readonly { row: number; id: string }[],
  idsNow: readonly unknown[],
): { first: number; values: unknown[][] }[] {
  const block = idGuardRows(updates);
  if (block === null) return [];
  const byRow = new Map(updates.map((u) => [u.row, u.id]));
  const out: { first: number; values: unknown[][] }[] = [];
  let current: { first: number; values: unknown[][] } | null = null;
  for (let i = 0; i < block.count; i++) {
    const row = block.first + i;
    const now = idsNow[i] ?? "";
    const value = byRow.get(row) ?? (now === "" || idNumber(now) !== null ? now : null);
    if (value === null) {
      current = null;
      continue;
    }
    if (!current) {
      current = { first: row, values: [] };
      out.push(current);
    }
    current.values.push([value]);
  }
  return out;
}
