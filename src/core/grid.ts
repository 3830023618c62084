/**
 * The render model between core and the Google edge: a generated tab as a rectangle of cells with their
 * look, merges, widths and charts. Core computes it; gas/grid.ts writes it with a constant number of
 * batched calls, whatever its size.
 */
import { adjacentGroups } from "./adjacent";
import { isDateValue } from "./dates";

export type GridValue = string | number | boolean | Date | null;

export interface GridCell {
  /** The value; strings are always written as text, never as a formula. */
  v: GridValue;
  /** A formula built by the add-on itself (e.g. HYPERLINK); wins over `v`. Never from a partner's text. */
  formula?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle" | "bottom";
  numberFormat?: string;
  note?: string;
}

export interface Box {
  /** 0-based. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ChartSpec {
  type: "PIE" | "COLUMN" | "BAR" | "LINE";
  /** The data: first column labels, next columns series; first row headers. */
  range: Box;
  /** Top-left anchor cell, 0-based. */
  position: { row: number; col: number };
  title: string;
  /** Series colours, in order. */
  colors?: string[];
  /**
   * One colour per row of a one-series BAR or COLUMN chart (the Sheets API's per-point style overrides);
   * the chart then has no legend: each bar's label is beside it.
   */
  pointColors?: string[];
  width?: number;
  height?: number;
}

export interface Grid {
  /** Rectangular: every row has the same length. */
  rows: GridCell[][];
  merges: Box[];
  /** Pixels per column; length = row length. */
  colWidths: number[];
  frozenRows: number;
  hiddenGridlines: boolean;
  /** A basic filter over the header row and data. */
  filter: Box | null;
  charts: ChartSpec[];
}

export const cell = (v: GridValue, look?: Omit<GridCell, "v">): GridCell =>
  look === undefined ? { v } : { v, ...look };

// ---------------------------------------------------------------------------
// What the writer sends (gas/grid.ts writes these arrays as they are)

/** Text from a cell is always written as text (PRODUCT.md §7): the leading apostrophe stops Sheets from
 * turning `=…`, `+…`, `-…`, `@…`, numbers or dates typed as text into formulas, numbers or dates. */
export function asText(v: string): string {
  return v === "" ? "" : `'${v}`;
}

/** The value to write: the add-on's own formula, text as text, anything else as it is. */
export function writtenValue(c: GridCell): string | number | boolean | Date {
  if (c.formula !== undefined) return c.formula;
  if (c.v === null) return "";
  return typeof c.v === "string" ? asText(c.v) : c.v;
}

/** "@" keeps text as text; dates as dd-mm-yyyy; whole numbers (counts, row numbers) as "0", others with
 * up to two decimals. */
export function numberFormatOf(c: GridCell): string {
  if (c.numberFormat) return c.numberFormat;
  if (c.formula === undefined && (typeof c.v === "string" || c.v === null)) return "@";
  if (isDateValue(c.v)) return "dd-mm-yyyy";
  return typeof c.v === "number" && !Number.isInteger(c.v) ? "0.##" : "0";
}

/** Every per-cell array of a grid, in the look the writer gives a cell that says nothing. */
export function gridLayers(grid: Grid) {
  const map = <T>(f: (c: GridCell) => T): T[][] => grid.rows.map((row) => row.map(f));
  return {
    values: map(writtenValue),
    backgrounds: map((c) => c.bg ?? null),
    fontWeights: map((c) => (c.bold ? "bold" : "normal")),
    fontStyles: map((c) => (c.italic ? "italic" : "normal")),
    fontColors: map((c) => c.color ?? "#000000"),
    fontSizes: map((c) => c.size ?? 10),
    wraps: map((c) => c.wrap ?? false),
    horizontalAlignments: map((c) => c.align ?? "left"),
    verticalAlignments: map((c) => c.valign ?? "top"),
    numberFormats: map(numberFormatOf),
    /** null when no cell has a note (then no call is made). */
    notes: grid.rows.some((row) => row.some((c) => c.note)) ? map((c) => c.note ?? "") : null,
  };
}

/** Consecutive columns of equal width, one call each: 1-based first column, count, width. */
export function columnWidthGroups(
  widths: readonly number[],
): { col: number; count: number; width: number }[] {
  const columns = widths.map((width, col) => ({ col, width }));
  return adjacentGroups(columns, (a, b) => a.width === b.width).map((g) => ({
    col: g[0]!.col + 1,
    count: g.length,
    width: g[0]!.width,
  }));
}
