/**
 * A1 notation: column letters, cell and range references, sheet-name quoting; absolute R1C1 cells.
 * https://developers.google.com/sheets/api/guides/concepts#cell
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
 */
import { gasError, notEmulated, SHEETS_ERRORS } from "./errors";
import type { MergeData } from "./model";

/** A rectangle of cells, 0-based (the model's MergeData shape). */
export type Box = MergeData;

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" -> 1, "aa" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A sheet name as it appears before `!`: quoted when it holds anything but letters, digits and `_`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A parsed reference; missing parts (whole columns `A:B`, whole rows `1:3`) are null. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([1-9][0-9]*)?$/;
/** An absolute R1C1 cell, `R5C3` (row 5, column 3). */
const R1C1_CELL = /^R([1-9][0-9]*)C([1-9][0-9]*)$/i;
/** Other R1C1 references: relative (`R[1]C[-2]`, `RC[1]`) or open (`R2C`). */
const R1C1_OTHER = /^R(\[-?\d+\]|\d*)C(\[-?\d+\]|\d*)$/i;

/**
 * Splits `'My tab'!A1:B2` into sheet name and reference; throws "Range not found" on anything else. An empty
 * sheet name (`!C2:E5`) means none. Absolute R1C1 cells and pairs of them (`R5C3`, `R2C2:R4C5`) are read as
 * Apps Script reads them; a text that is valid A1 is A1 (`RC1` is column RC, row 1). Relative R1C1 and R1C1
 * mixed with A1 throw "Not emulated".
 */
export function parseA1(notation: string): A1Ref {
  const bang = /^(?:'((?:[^']|'')+)'|([^'!]*))!(.+)$/.exec(notation.trim());
  const sheetName = bang ? (bang[1]?.replace(/''/g, "'") ?? (bang[2] || null)) : null;
  const ref = bang ? bang[3]! : notation.trim();
  const [a, b, extra] = ref.split(":");
  if (a === undefined || extra !== undefined) throw gasError(SHEETS_ERRORS.rangeNotFound);
  const r1c1 = parseR1C1(a, b, notation);
  if (r1c1) return { sheetName, ...r1c1 };
  const start = PART.exec(a);
  const end = b === undefined ? start : PART.exec(b);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) {
    throw gasError(SHEETS_ERRORS.rangeNotFound);
  }
  // A single reference must name a cell; a pair must agree on which dimensions it names.
  if (b === undefined && (!start[1] || !start[2])) throw gasError(SHEETS_ERRORS.rangeNotFound);
  if (b !== undefined && ((!start[1] && end[1]) || (start[1] && !end[1]) || (!start[2] && end[2]))) {
    throw gasError(SHEETS_ERRORS.rangeNotFound);
  }
  return {
    sheetName,
    startCol: start[1] ? columnNumber(start[1]) : null,
    startRow: start[2] ? Number(start[2]) : null,
    endCol: end[1] ? columnNumber(end[1]) : null,
    endRow: end[2] ? Number(end[2]) : null,
  };
}

/** The corners of `R5C3` or `R2C2:R4C5`; null when neither part is R1C1. */
function parseR1C1(a: string, b: string | undefined, notation: string): Omit<A1Ref, "sheetName"> | null {
  const parts = b === undefined ? [a] : [a, b];
  const isA1 = (p: string) => /[A-Za-z0-9]/.test(p) && PART.test(p);
  const kinds = parts.map((p) =>
    isA1(p) ? "a1" : R1C1_CELL.test(p) ? "r1c1" : R1C1_OTHER.test(p) ? "other" : "bad",
  );
  if (!kinds.includes("r1c1") && !kinds.includes("other")) return null;
  if (!kinds.every((k) => k === "r1c1")) {
    if (kinds.includes("bad")) throw gasError(SHEETS_ERRORS.rangeNotFound);
    throw notEmulated(`a range in relative R1C1 notation or R1C1 mixed with A1 ("${notation}")`);
  }
  const [start, end] = parts.map((p) => R1C1_CELL.exec(p)!.slice(1).map(Number) as [number, number]);
  const last = end ?? start!;
  return { startRow: start![0], startCol: start![1], endRow: last[0], endCol: last[1] };
}

/** 1-based rectangle plus how the reference was written (for getA1Notation). */
export interface ResolvedA1 {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** "A:B" (whole columns) or "1:3" (whole rows). */
  form: "cells" | "columns" | "rows";
}

/** Fills in open ends from the sheet's size and orders the corners (Sheets accepts `B2:A1`). */
export function resolveA1(ref: A1Ref, maxRows: number, maxCols: number): ResolvedA1 {
  const r1 = ref.startRow ?? 1;
  const r2 = ref.endRow ?? maxRows;
  const c1 = ref.startCol ?? 1;
  const c2 = ref.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const form = ref.startRow === null ? "columns" : ref.startCol === null ? "rows" : "cells";
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1, form };
}

/** A1 notation of a 1-based rectangle, e.g. "A1", "A1:B2", "A:B", "1:3". */
export function formatA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  form: ResolvedA1["form"] = "cells",
): string {
  const c1 = columnLetters(col);
  const c2 = columnLetters(col + numCols - 1);
  if (form === "columns") return `${c1}:${c2}`;
  if (form === "rows") return `${row}:${row + numRows - 1}`;
  if (numRows === 1 && numCols === 1) return `${c1}${row}`;
  return `${c1}${row}:${c2}${row + numRows - 1}`;
}

/** A 0-based box as A1 with the sheet name, e.g. `'Projecten'!A2:A10` (for data validation ranges). */
export function boxToA1WithSheet(sheetName: string, box: Box): string {
  return `${quoteSheetName(sheetName)}!${formatA1(box.row + 1, box.col + 1, box.numRows, box.numCols)}`;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/** Whether `inner` lies completely inside `outer`. */
export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
