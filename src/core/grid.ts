/**
 * The render model between core and the Google edge: a generated tab as a rectangle of cells with their
 * look, merges, widths and charts. Core computes it; gas/grid.ts writes it with a constant number of
 * batched calls, whatever its size.
 */

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
  /** Series or slice colours, in order. */
  colors?: string[];
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

export const cell = (v: GridValue, look: Omit<GridCell, "v"> = {}): GridCell => ({ v, ...look });
