/** One tab as an HTML table: used range, merges, cell looks, charts over their anchor cells, print zoom. */
import type { CellData, ChartData, MergeData, SheetData } from "../../emulator/spreadsheet/model";
import { chartHtml, chartSize } from "./charts";
import { esc, safeColour } from "./markup";
import type { ValueFormatter } from "./values";

/** Sheets' defaults. */
const DEFAULT_COL_PX = 100;
const DEFAULT_ROW_PX = 21;
export const DEFAULT_FONT_PT = 10;
/** A4 landscape (297 × 210 mm) minus 8 mm margins all round, at 96 px per inch. */
const PRINT_WIDTH_PX = 1062;
const PRINT_HEIGHT_PX = 733;
/** A tab that would need a smaller zoom to fit one page is printed over several pages instead. */
const MIN_PRINT_ZOOM = 0.6;
/** Estimating text height: average character width and line height per point of font size. */
const CHAR_PX_PER_PT = 0.68;
const LINE_PX_PER_PT = 1.7;
const CELL_PAD_PX = 6;

interface Used {
  rows: number;
  cols: number;
}

/** Rows and columns up to the last cell, merge or chart anchor (charts get rows for their height). */
function usedRange(s: SheetData): Used {
  let rows = 0;
  let cols = 0;
  s.cells.forEach((row, r) => {
    row?.forEach((c, col) => {
      if (c && Object.keys(c).length > 0) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, col + 1);
      }
    });
  });
  for (const m of s.merges) {
    rows = Math.max(rows, m.row + m.numRows);
    cols = Math.max(cols, m.col + m.numCols);
  }
  for (const ch of s.charts) {
    const { height } = chartSize(ch);
    rows = Math.max(rows, ch.position.row + Math.ceil((ch.position.offsetY + height) / DEFAULT_ROW_PX));
    cols = Math.max(cols, ch.position.col + 1);
  }
  return { rows: Math.min(rows, s.maxRows), cols: Math.min(cols, s.maxCols) };
}

/** A hidden column takes no width (Sheets shows only a marker). */
function colWidth(s: SheetData, c: number): number {
  if (s.hiddenCols?.[c]) return 0;
  return s.colWidths[c] ?? DEFAULT_COL_PX;
}

function sheetWidth(s: SheetData, cols: number): number {
  let w = 0;
  for (let c = 0; c < cols; c++) w += colWidth(s, c);
  return Math.max(w, 1);
}

/**
 * The print zoom of a tab: fit the page width, and the page height too when that keeps the text readable
 * (the height is estimated from the model: wrapped text per column width, explicit row heights).
 */
export function printZoom(s: SheetData): number {
  const used = usedRange(s);
  const byWidth = PRINT_WIDTH_PX / sheetWidth(s, used.cols);
  const byHeight = PRINT_HEIGHT_PX / estimatedHeight(s, used);
  return Math.min(1, byWidth, byHeight >= MIN_PRINT_ZOOM ? byHeight : 1);
}

function estimatedHeight(s: SheetData, used: Used): number {
  const tall = new Set(s.merges.filter((m) => m.numRows > 1).map((m) => `${m.row},${m.col}`));
  const spans = new Map(s.merges.map((m) => [`${m.row},${m.col}`, m.numCols]));
  let total = 0;
  for (let r = 0; r < used.rows; r++) {
    if (s.hiddenRows?.[r]) continue;
    let h = s.rowHeights[r] ?? DEFAULT_ROW_PX;
    s.cells[r]?.forEach((c, col) => {
      if (!c || c.v === undefined || tall.has(`${r},${col}`)) return;
      const pt = c.fs ?? DEFAULT_FONT_PT;
      let width = 0;
      for (let i = 0; i < (spans.get(`${r},${col}`) ?? 1); i++) width += colWidth(s, col + i);
      const perLine = Math.max(1, Math.floor((width - CELL_PAD_PX) / (pt * CHAR_PX_PER_PT)));
      const lines = String(c.v)
        .split("\n")
        .reduce((n, para) => n + (c.wrap ? Math.max(1, Math.ceil(para.length / perLine)) : 1), 0);
      h = Math.max(h, lines * pt * LINE_PX_PER_PT + CELL_PAD_PX);
    });
    total += h;
  }
  return Math.max(total, 1);
}

export function renderSheet(s: SheetData, id: string, fmt: ValueFormatter): string {
  const used = usedRange(s);
  const merges = new Map<string, MergeData>();
  const covered = new Set<string>();
  for (const m of s.merges) {
    merges.set(`${m.row},${m.col}`, m);
    for (let r = m.row; r < m.row + m.numRows; r++)
      for (let c = m.col; c < m.col + m.numCols; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const charts = new Map<string, string[]>();
  for (const ch of s.charts) {
    const key = anchorKey(s, ch);
    charts.set(key, [...(charts.get(key) ?? []), chartHtml(s, ch, fmt)]);
  }

  const width = sheetWidth(s, used.cols);
  const cols: string[] = [];
  for (let c = 0; c < used.cols; c++) {
    const hidden = s.hiddenCols?.[c] ? ";visibility:collapse" : "";
    cols.push(`<col style="width:${colWidth(s, c)}px${hidden}">`);
  }
  const rows: string[] = [];
  for (let r = 0; r < used.rows; r++) {
    const tds: string[] = [];
    for (let c = 0; c < used.cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      tds.push(cellHtml(s.cells[r]?.[c] ?? undefined, merges.get(key), charts.get(key), fmt));
    }
    const h = s.rowHeights[r] ?? DEFAULT_ROW_PX;
    const hidden = s.hiddenRows?.[r] ? ";visibility:collapse" : "";
    rows.push(`<tr style="height:${h}px${hidden}">${tds.join("")}</tr>`);
  }
  const gridlines = s.hiddenGridlines ? "" : ' class="gridlines"';
  return `<section class="dashboard" id="${id}" data-tab="${esc(s.name)}">
<h2>${esc(s.name)}</h2>
<div class="sheet" style="width:${width}px">
<table${gridlines} style="width:${width}px">
<colgroup>${cols.join("")}</colgroup>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>
</section>`;
}

/** The cell a chart floats over: its anchor, or the top-left of the merge that covers it. */
function anchorKey(s: SheetData, ch: ChartData): string {
  const { row, col } = ch.position;
  const m = s.merges.find(
    (x) => row >= x.row && row < x.row + x.numRows && col >= x.col && col < x.col + x.numCols,
  );
  return m ? `${m.row},${m.col}` : `${row},${col}`;
}

function cellHtml(
  c: CellData | undefined,
  merge: MergeData | undefined,
  charts: string[] | undefined,
  fmt: ValueFormatter,
): string {
  const style: string[] = [];
  const classes: string[] = [];
  const attrs: string[] = [];
  if (merge && merge.numRows > 1) attrs.push(`rowspan="${merge.numRows}"`);
  if (merge && merge.numCols > 1) attrs.push(`colspan="${merge.numCols}"`);
  const bg = safeColour(c?.bg);
  if (bg) style.push(`background-color:${bg}`);
  const fc = safeColour(c?.fc);
  if (fc) style.push(`color:${fc}`);
  if (c?.fw === "bold") style.push("font-weight:bold");
  if (c?.fst === "italic") style.push("font-style:italic");
  if (typeof c?.fs === "number" && c.fs > 0 && c.fs < 400) style.push(`font-size:${c.fs}pt`);
  if (c?.ha) style.push(`text-align:${c.ha}`);
  if (c?.va) style.push(`vertical-align:${c.va}`);
  style.push(c?.wrap ? "white-space:pre-wrap;overflow-wrap:anywhere" : "white-space:pre");
  if (!c?.wrap && !c?.clip) classes.push("overflow");
  if (c?.note) {
    classes.push("note");
    attrs.push(`title="${esc(c.note)}"`);
  }
  if (charts) classes.push("anchor");
  if (classes.length) attrs.push(`class="${classes.join(" ")}"`);
  attrs.push(`style="${style.join(";")}"`);
  const text = c ? esc(fmt(c)) : "";
  return `<td ${attrs.join(" ")}>${text}${charts ? charts.join("") : ""}</td>`;
}
