/**
 * Building blocks shared by the dashboards and the overview: a grid builder that keeps the grid
 * rectangular, and the sections both are made of (title band, section title, text, key-value row, table
 * with a header, status cell, legend, counts table with its chart). Each block writes at a row and returns
 * the next free row.
 */

import type { Box, ChartSpec, Grid, GridCell } from "./grid";
import type { MessageKey, Translate } from "./i18n";
import type { RedFlag } from "./schedule";
import { HEADER_BG as SECTION_BG, TITLE_BG, TITLE_COLOR } from "./style";
import { type Phase, STATUSES, type Status } from "./vocab";

/** Default row height of a sheet in pixels (charts reserve rows by it). */
export const ROW_PX = 21;
export const TABLE_HEADER_BG = "#eeeeee";
export const MUTED_COLOR = "#666666";
/** A red flag: strong red with white text, unlike any status colour. */
export const RED_FLAG_BG = "#cc0000";
export const RED_FLAG_COLOR = "#ffffff";
export const TITLE_SIZE = 14;
export const SECTION_SIZE = 11;
/** Small enough for "Achter op schema" to fit one line of a narrow column. */
export const LEGEND_SIZE = 8;

/** A horizontal slice of the grid: `span` columns starting at `col`. */
export interface Frame {
  col: number;
  span: number;
}

export class GridBuilder {
  private readonly cells: GridCell[][] = [];
  private readonly merges: Box[] = [];
  private readonly charts: ChartSpec[] = [];

  constructor(readonly colWidths: readonly number[]) {}

  /** Pixel width of `span` columns from `col`. */
  widthOf(f: Frame): number {
    return this.colWidths.slice(f.col, f.col + f.span).reduce((s, w) => s + w, 0);
  }

  set(row: number, col: number, c: GridCell): void {
    if (col < 0 || col >= this.colWidths.length) throw new RangeError(`column ${col} outside the grid`);
    this.reserve(row + 1);
    this.cells[row]![col] = c;
  }

  /** `c` at the frame's top-left, merged across the frame and `rows` rows; covered cells share its background. */
  spanned(row: number, f: Frame, c: GridCell, rows = 1): void {
    for (let r = row; r < row + rows; r++)
      for (let i = 0; i < f.span; i++) this.set(r, f.col + i, c.bg ? { v: null, bg: c.bg } : { v: null });
    this.set(row, f.col, c);
    if (f.span > 1 || rows > 1) this.merges.push({ row, col: f.col, numRows: rows, numCols: f.span });
  }

  /** Makes sure the grid has at least `rows` rows. */
  reserve(rows: number): void {
    while (this.cells.length < rows) {
      const row: GridCell[] = [];
      for (let c = 0; c < this.colWidths.length; c++) row.push({ v: null });
      this.cells.push(row);
    }
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  build(opts: { frozenRows?: number; hiddenGridlines?: boolean } = {}): Grid {
    return {
      rows: this.cells.map((r) => r.slice()),
      merges: this.merges.slice(),
      colWidths: this.colWidths.slice(),
      frozenRows: opts.frozenRows ?? 0,
      hiddenGridlines: opts.hiddenGridlines ?? true,
      filter: null,
      charts: this.charts.slice(),
    };
  }
}

/** A coloured band: `title` left across `titleFrame`, `right` right-aligned across `rightFrame`. */
export function titleBand(
  b: GridBuilder,
  row: number,
  titleFrame: Frame,
  title: string,
  rightFrame: Frame,
  right: string,
): number {
  const look = { bg: TITLE_BG, color: TITLE_COLOR, bold: true, valign: "middle" } as const;
  b.spanned(row, titleFrame, { v: title, ...look, size: TITLE_SIZE });
  b.spanned(row, rightFrame, { v: right, ...look, align: "right" });
  return row + 1;
}

export function sectionTitle(b: GridBuilder, row: number, f: Frame, text: string): number {
  b.spanned(row, f, { v: text, bold: true, bg: SECTION_BG, size: SECTION_SIZE, valign: "middle" });
  return row + 1;
}

/** Wrapped text across the frame; `empty` (muted, italic) when the text is blank. */
export function textRow(
  b: GridBuilder,
  row: number,
  f: Frame,
  text: string,
  empty: string,
  look: Omit<GridCell, "v"> = {},
): number {
  b.spanned(row, f, text.trim() === "" ? mutedCell(empty) : { v: text, wrap: true, valign: "top", ...look });
  return row + 1;
}

/** Average width of a character of 10 pt Arial in Dutch prose, rounded up so estimates err on the tall side. */
const CHAR_PX = 6.8;
/** Height of a line of 10 pt text. */
const LINE_PX = 17;
/** Cell padding, horizontal and vertical. */
const PAD_PX = 6;

/**
 * Rows of ROW_PX a wrapped text of 10 pt needs at `widthPx`. Sheets does not grow rows for a cell merged
 * over several rows, so a text block merged that way must reserve its height up front.
 */
export function estimateRows(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - PAD_PX) / CHAR_PX));
  const lines = text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
  return Math.max(1, Math.ceil((lines * LINE_PX + PAD_PX) / ROW_PX));
}

/**
 * A wrapped text block across the frame, merged over as many rows as it needs (estimateRows), so that it
 * sits beside the rows of the other column instead of stretching one of them.
 */
export function textBlock(b: GridBuilder, row: number, f: Frame, text: string, empty: string): number {
  if (text.trim() === "") return textRow(b, row, f, "", empty);
  const rows = estimateRows(text, b.widthOf(f));
  b.spanned(row, f, { v: text, wrap: true, valign: "top" }, rows);
  return row + rows;
}

export function mutedCell(text: string): GridCell {
  return { v: text, italic: true, color: MUTED_COLOR, wrap: true, valign: "top" };
}

/** Bold label in the frame's first column, the value merged across the rest. */
export function keyValue(
  b: GridBuilder,
  row: number,
  f: Frame,
  label: string,
  value: GridCell,
  labelLook: Omit<GridCell, "v"> = {},
): number {
  b.set(row, f.col, { v: label, bold: true, wrap: true, valign: "top", ...labelLook });
  b.spanned(row, { col: f.col + 1, span: f.span - 1 }, { wrap: true, valign: "top", ...value });
  return row + 1;
}

/** A header row and body rows from column `col`, one grid column per table column; no merges. */
export function table(
  b: GridBuilder,
  row: number,
  col: number,
  header: readonly (string | GridCell)[],
  body: readonly GridCell[][],
): { next: number; box: Box } {
  header.forEach((h, i) => {
    const c = typeof h === "string" ? { v: h } : h;
    b.set(row, col + i, { bg: TABLE_HEADER_BG, bold: true, wrap: true, valign: "bottom", ...c });
  });
  body.forEach((cells, r) => {
    cells.forEach((c, i) => {
      b.set(row + 1 + r, col + i, { wrap: true, valign: "top", ...c });
    });
  });
  return {
    next: row + 1 + body.length,
    box: { row, col, numRows: 1 + body.length, numCols: header.length },
  };
}

/** The word of each status and fase in the run's language. */
export const STATUS_WORDS: Record<Status, MessageKey> = {
  Behaald: "dashboard.status.Behaald",
  "Op schema": "dashboard.status.Op schema",
  Doorlopend: "dashboard.status.Doorlopend",
  "Achter op schema": "dashboard.status.Achter op schema",
};
export const PHASE_WORDS: Record<Phase, MessageKey> = {
  Ontwikkeling: "dashboard.phase.Ontwikkeling",
  Uitvoering: "dashboard.phase.Uitvoering",
  Continue: "dashboard.phase.Continue",
  Afgerond: "dashboard.phase.Afgerond",
};
/** The headers of the action tables. */
export const COLUMN_WORDS = {
  action: "dashboard.col.action",
  owner: "dashboard.col.owner",
  deadline: "dashboard.col.deadline",
  phase: "dashboard.col.phase",
  status: "dashboard.col.status",
  flag: "dashboard.col.flag",
  subject: "dashboard.col.subject",
  project: "dashboard.col.project",
  id: "dashboard.col.id",
} as const satisfies Record<string, MessageKey>;

/** The status word (in the run's language) on the status colour: never colour alone. */
export function statusCell(status: Status, colours: Record<Status, string>, t: Translate): GridCell {
  return { v: t(STATUS_WORDS[status]), bg: colours[status], wrap: true, valign: "top" };
}

/** "Legenda" and the four statuses, each a cell in its colour; `f.span` must be at least 5. */
export function legend(
  b: GridBuilder,
  row: number,
  f: Frame,
  colours: Record<Status, string>,
  t: Translate,
): number {
  b.set(row, f.col, { v: t("dashboard.legend"), bold: true });
  STATUSES.forEach((s, i) => {
    b.set(row, f.col + 1 + i, { ...statusCell(s, colours, t), align: "center", size: LEGEND_SIZE });
  });
  return row + 1;
}

/** A number, muted when zero so the eye goes to the others. */
export function countCell(n: number, look: Omit<GridCell, "v"> = {}): GridCell {
  return { v: n, align: "right", ...(n === 0 ? { color: MUTED_COLOR } : {}), ...look };
}

export interface CountsChart {
  /** Where the chart goes: to the right of the two-column table. */
  frame: Frame;
  title: string;
  height: number;
}

/**
 * A Status | Aantal table (one row per status, its cell in the status colour) with a total row below it,
 * and a bar chart over the table (without the total), each bar in its status colour, to the right of it.
 * A bar chart, not a pie: the Sheets API gives a colour per bar but none per pie slice, and the chart is
 * made in the same atomic batch as its tab. Reserves enough rows for the chart. Returns the next free row.
 */
export function statusCountsWithChart(
  b: GridBuilder,
  row: number,
  col: number,
  counts: Record<Status, number>,
  colours: Record<Status, string>,
  t: Translate,
  chart: CountsChart,
): number {
  const { next, box } = table(
    b,
    row,
    col,
    [t("dashboard.col.status"), { v: t("dashboard.count"), align: "right" }],
    STATUSES.map((s) => [statusCell(s, colours, t), countCell(counts[s])]),
  );
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  b.set(next, col, { v: t("dashboard.total"), bold: true });
  b.set(next, col + 1, countCell(total, { bold: true }));
  return placeChart(b, row, next + 1, {
    type: "BAR",
    range: box,
    position: { row, col: chart.frame.col },
    title: chart.title,
    pointColors: STATUSES.map((s) => colours[s]),
    width: b.widthOf(chart.frame) - CHART_MARGIN_PX,
    height: chart.height,
  });
}

/** Horizontal room left between a chart and the next column. */
export const CHART_MARGIN_PX = 10;

/** Adds the chart (anchored at row `top`) and returns the first row below both the content (`next`) and it. */
export function placeChart(b: GridBuilder, top: number, next: number, spec: ChartSpec): number {
  b.chart(spec);
  const below = top + Math.ceil((spec.height ?? 0) / ROW_PX);
  b.reserve(below);
  return Math.max(next, below);
}

/** Why a project has a red flag: its `Rode vlag` text and the activities Achter op schema, on red. */
export function redFlagCell(flag: RedFlag, t: Translate): GridCell {
  const behind = flag.behind.map((a) => a.subject).join("; ");
  const lines = [flag.text, behind ? t("dashboard.behind", { subjects: behind }) : ""].filter((s) => s);
  return { v: lines.join("\n"), ...RED_FLAG_LOOK };
}

export const RED_FLAG_LOOK = { bg: RED_FLAG_BG, color: RED_FLAG_COLOR, bold: true } as const;
