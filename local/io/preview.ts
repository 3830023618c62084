/**
 * `index.html` (PRODUCT.md §8): a self-contained preview of the `Overzicht` tab and every `Dashboard …` tab
 * of an emulated spreadsheet, drawn from the model alone (values, look, merges, widths, embedded charts as
 * inline SVG). No scripts, no external URLs; every value is escaped and every colour checked before it
 * reaches a style attribute. Prints one tab per A4 landscape page.
 */
import type {
  CellData,
  ChartData,
  MergeData,
  SheetData,
  SpreadsheetData,
} from "../emulator/spreadsheet/model";

export interface PreviewOptions {
  title: string;
  /** The run's date, `yyyy-mm-dd` (shown as dd-mm-yyyy) or any text. */
  today: string;
}

const OVERVIEW_TAB = "Overzicht";
const DASHBOARD_PREFIX = "Dashboard ";
/** Sheets' defaults. */
const DEFAULT_COL_PX = 100;
const DEFAULT_ROW_PX = 21;
const DEFAULT_FONT_PT = 10;
/** A4 landscape (297 × 210 mm) minus 8 mm margins all round, at 96 px per inch. */
const PRINT_WIDTH_PX = 1062;
const PRINT_HEIGHT_PX = 733;
/** A tab that would need a smaller zoom to fit one page is printed over several pages instead. */
const MIN_PRINT_ZOOM = 0.6;
/** Estimating text height: average character width and line height per point of font size. */
const CHAR_PX_PER_PT = 0.68;
const LINE_PX_PER_PT = 1.7;
const CELL_PAD_PX = 6;
const DEFAULT_CHART = { width: 400, height: 240 };
/** Google Charts' default series colours. */
const PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00"];

export function renderPreview(ss: SpreadsheetData, opts: PreviewOptions): string {
  const sheets = [
    ...ss.sheets.filter((s) => s.name === OVERVIEW_TAB),
    ...ss.sheets.filter((s) => s.name.startsWith(DASHBOARD_PREFIX)),
  ];
  const fmt = valueFormatter(ss.timeZone, ss.locale);
  const sections = sheets.map((s, i) => renderSheet(s, `tab-${i + 1}`, fmt));
  const nav = sheets.map((s, i) => `<a href="#tab-${i + 1}">${esc(s.name)}</a>`).join("\n");
  const zooms = sheets
    .map((s, i) => {
      const zoom = printZoom(s);
      return zoom < 1 ? `#tab-${i + 1} .sheet { zoom: ${zoom.toFixed(3)}; }` : "";
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<style>
${CSS}
@media print {
${zooms}
}
</style>
</head>
<body>
<header class="page"><h1>${esc(opts.title)}</h1><p>${esc(displayDay(opts.today))}</p></header>
<nav>
${nav}
</nav>
<main>
${sections.length > 0 ? sections.join("\n") : '<p class="empty">Geen overzicht of dashboards gevonden.</p>'}
</main>
</body>
</html>
`;
}

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #f1f3f4; color: #202124; font-family: Arial, Helvetica, sans-serif; }
header.page { padding: 16px 24px 4px; }
header.page h1 { margin: 0; font-size: 20px; }
header.page p { margin: 4px 0 0; color: #5f6368; }
nav { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; gap: 4px 16px;
  padding: 8px 24px; background: #fff; border-bottom: 1px solid #dadce0; }
nav a { color: #1a73e8; text-decoration: none; }
nav a:hover, nav a:focus { text-decoration: underline; }
main { padding: 16px 24px; }
section.dashboard { margin: 0 0 24px; padding: 12px; background: #fff; border: 1px solid #dadce0;
  border-radius: 4px; overflow-x: auto; }
section.dashboard h2 { margin: 0 0 8px; font-size: 15px; }
.sheet { position: relative; }
table { border-collapse: collapse; table-layout: fixed; font-size: ${DEFAULT_FONT_PT}pt; }
td { padding: 2px 3px; vertical-align: bottom; overflow: hidden; line-height: 1.25; }
table.gridlines td { border: 1px solid #e2e3e3; }
td.overflow { overflow: visible; }
td.note { background-image: linear-gradient(225deg, #f29900 5px, transparent 5px); }
td.anchor { position: relative; overflow: visible; }
.chart { position: absolute; z-index: 2; background: #fff; }
.chart svg { display: block; border: 1px solid #dadce0; }
svg text { font-family: Arial, Helvetica, sans-serif; fill: #202124; }
p.empty { color: #5f6368; }
@page { size: A4 landscape; margin: 8mm; }
@media print {
  body { background: #fff; }
  header.page, nav { display: none; }
  main { padding: 0; }
  section.dashboard { margin: 0; padding: 0; border: 0; overflow: visible; break-after: page; page-break-after: always; }
  section.dashboard:last-of-type { break-after: auto; page-break-after: auto; }
  section.dashboard h2 { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

// ---------------------------------------------------------------------------------------------------------
// Sheets

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

function colWidth(s: SheetData, c: number): number {
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
function printZoom(s: SheetData): number {
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

function renderSheet(s: SheetData, id: string, fmt: ValueFormatter): string {
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
  for (let c = 0; c < used.cols; c++) cols.push(`<col style="width:${colWidth(s, c)}px">`);
  const rows: string[] = [];
  for (let r = 0; r < used.rows; r++) {
    const tds: string[] = [];
    for (let c = 0; c < used.cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      tds.push(cellHtml(s.cells[r]?.[c] ?? undefined, merges.get(key), charts.get(key), fmt));
    }
    const h = s.rowHeights[r] ?? DEFAULT_ROW_PX;
    rows.push(`<tr style="height:${h}px">${tds.join("")}</tr>`);
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

// ---------------------------------------------------------------------------------------------------------
// Values

type ValueFormatter = (c: CellData) => string;

/** What the cell shows: dates dd-mm-yyyy in the spreadsheet's zone, numbers and booleans as Sheets does. */
function valueFormatter(timeZone: string, locale: string): ValueFormatter {
  const dutch = /^nl/i.test(locale);
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
  } catch {
    zone = "UTC";
  }
  const dateParts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return (c) => {
    const v = c.v;
    if (v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "boolean") {
      if (c.dv?.kind === "checkbox") return v ? "☑" : "☐";
      return dutch ? (v ? "WAAR" : "ONWAAR") : v ? "TRUE" : "FALSE";
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return String(v);
      const s = String(Number.isInteger(v) ? v : Number(v.toFixed(10)));
      return dutch ? s.replace(".", ",") : s;
    }
    const ms = Date.prototype.getTime.call(v);
    if (!Number.isFinite(ms)) return "";
    const p = Object.fromEntries(dateParts.formatToParts(ms).map((x) => [x.type, x.value]));
    const day = `${p.day}-${p.month}-${p.year}`;
    return /[hH]/.test(c.nf ?? "") ? `${day} ${p.hour}:${p.minute}` : day;
  };
}

function displayDay(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : s;
}

// ---------------------------------------------------------------------------------------------------------
// Charts

interface ChartTable {
  /** Header of each series. */
  series: string[];
  /** Row labels. */
  labels: string[];
  /** values[row][series]. */
  values: number[][];
}

/** First range of the chart: first column labels, next columns series, first row headers. */
function chartTable(s: SheetData, ch: ChartData, fmt: ValueFormatter): ChartTable {
  const r = ch.ranges[0];
  if (!r || r.numRows < 1 || r.numCols < 1) return { series: [], labels: [], values: [] };
  const at = (row: number, col: number) => s.cells[row]?.[col] ?? undefined;
  const text = (row: number, col: number) => {
    const c = at(row, col);
    return c ? fmt(c) : "";
  };
  const series: string[] = [];
  for (let c = r.col + 1; c < r.col + r.numCols; c++) series.push(text(r.row, c));
  const labels: string[] = [];
  const values: number[][] = [];
  for (let row = r.row + 1; row < r.row + r.numRows; row++) {
    labels.push(text(row, r.col));
    values.push(series.map((_, i) => numberOf(at(row, r.col + 1 + i)?.v)));
  }
  return { series, labels, values };
}

function numberOf(v: unknown): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(v)) return Number(v.replace(",", "."));
  return 0;
}

function chartSize(ch: ChartData): { width: number; height: number } {
  const n = (x: unknown, d: number) => (typeof x === "number" && x >= 50 && x <= 4000 ? x : d);
  return {
    width: n(ch.options.width, DEFAULT_CHART.width),
    height: n(ch.options.height, DEFAULT_CHART.height),
  };
}

function chartColours(ch: ChartData): string[] {
  const given = Array.isArray(ch.options.colors) ? ch.options.colors : [];
  const safe = given.map((c) => safeColour(c)).filter((c): c is string => c !== null);
  return safe.length > 0 ? safe : PALETTE;
}

function chartHtml(s: SheetData, ch: ChartData, fmt: ValueFormatter): string {
  const { width, height } = chartSize(ch);
  const title = typeof ch.options.title === "string" ? ch.options.title : "";
  const data = chartTable(s, ch, fmt);
  const colours = chartColours(ch);
  const colour = (i: number) => colours[i % colours.length]!;
  const box: Plot = { x: 10, y: title ? 30 : 10, w: width - 20, h: height - (title ? 40 : 20) };
  const type = String(ch.type).toUpperCase();
  let body: string;
  if (type === "PIE") body = pie(data, box, colour);
  else if (type === "BAR") body = bars(data, box, colour, true);
  else if (type === "LINE") body = lines(data, box, colour);
  else body = bars(data, box, colour, false);
  const heading = title
    ? `<text x="${width / 2}" y="20" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`
    : "";
  const { offsetX, offsetY } = ch.position;
  return `<div class="chart" style="left:${num(offsetX)}px;top:${num(offsetY)}px"><svg class="chart-${esc(type.toLowerCase())}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title || type)}"><title>${esc(title || type)}</title><rect width="${width}" height="${height}" fill="#fff"/>${heading}${body}</svg></div>`;
}

interface Plot {
  x: number;
  y: number;
  w: number;
  h: number;
}

const LEGEND_ROW = 16;

/** Legend entries stacked from (x, y). */
function legendSvg(x: number, y: number, entries: string[], colour: (i: number) => string, maxChars: number) {
  return entries
    .map(
      (e, i) =>
        `<g class="legend-entry"><rect x="${num(x)}" y="${num(y + i * LEGEND_ROW)}" width="10" height="10" fill="${colour(i)}"/>` +
        `<text x="${num(x + 14)}" y="${num(y + i * LEGEND_ROW + 9)}" font-size="11">${esc(clip(e, maxChars))}</text></g>`,
    )
    .join("");
}

/** Slices of the first series (one per positive value), the legend to the right with each value. */
function pie(d: ChartTable, p: Plot, colour: (i: number) => string): string {
  const vals = d.values.map((v) => Math.max(0, v[0] ?? 0));
  const total = vals.reduce((a, b) => a + b, 0);
  const r = Math.max(10, Math.min(p.h, p.w / 2) / 2 - 4);
  const cx = p.x + r + 4;
  const cy = p.y + p.h / 2;
  const legendX = cx + r + 16;
  const entries = d.labels.map((l, i) => `${l} (${fmtNumber(vals[i] ?? 0)})`);
  const legend = legendSvg(legendX, p.y + 4, entries, colour, Math.floor((p.x + p.w - legendX - 14) / 6));
  if (total <= 0) {
    return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="none" stroke="#dadce0"/>${legend}`;
  }
  const positive = vals.filter((v) => v > 0).length;
  let angle = -Math.PI / 2;
  const slices = vals.map((v, i) => {
    if (v <= 0) return "";
    const label = `<title>${esc(d.labels[i] ?? "")}: ${fmtNumber(v)}</title>`;
    if (positive === 1) {
      return `<circle class="slice" cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${colour(i)}">${label}</circle>`;
    }
    const a2 = angle + (v / total) * 2 * Math.PI;
    const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    const [x2, y2] = [cx + r * Math.cos(a2), cy + r * Math.sin(a2)];
    const large = a2 - angle > Math.PI ? 1 : 0;
    angle = a2;
    return `<path class="slice" d="M${num(cx)},${num(cy)} L${num(x1)},${num(y1)} A${num(r)},${num(r)} 0 ${large} 1 ${num(x2)},${num(y2)} Z" fill="${colour(i)}" stroke="#fff">${label}</path>`;
  });
  return slices.join("") + legend;
}

/** Grouped bars: one group per row label, one bar per series (vertical columns or horizontal bars). */
function bars(d: ChartTable, p: Plot, colour: (i: number) => string, horizontal: boolean): string {
  const legendH = d.series.length * LEGEND_ROW;
  const max = Math.max(1, ...d.values.flat());
  const groups = Math.max(1, d.labels.length);
  const per = Math.max(1, d.series.length);
  const out: string[] = [];
  if (horizontal) {
    const labelW = Math.min(120, p.w / 3);
    const plot = { x: p.x + labelW, y: p.y, w: p.w - labelW - 30, h: p.h - legendH - 4 };
    const band = plot.h / groups;
    const barH = (band * 0.8) / per;
    d.labels.forEach((l, g) => {
      const y0 = plot.y + g * band + band * 0.1;
      out.push(
        `<text x="${num(plot.x - 4)}" y="${num(y0 + band * 0.4 + 4)}" font-size="10" text-anchor="end">${esc(clip(l, labelW / 6))}</text>`,
      );
      d.series.forEach((_, s) => {
        const v = Math.max(0, d.values[g]?.[s] ?? 0);
        const w = (v / max) * plot.w;
        const y = y0 + s * barH;
        out.push(
          `<rect class="bar" x="${num(plot.x)}" y="${num(y)}" width="${num(w)}" height="${num(barH)}" fill="${colour(s)}"><title>${esc(l)}: ${fmtNumber(v)}</title></rect>`,
          `<text x="${num(plot.x + w + 3)}" y="${num(y + barH / 2 + 4)}" font-size="10">${fmtNumber(v)}</text>`,
        );
      });
    });
    out.push(axis(plot.x, plot.y, plot.x, plot.y + plot.h));
    out.push(legendSvg(p.x, p.y + p.h - legendH + 2, d.series, colour, p.w / 6));
  } else {
    const plot = { x: p.x + 24, y: p.y + 12, w: p.w - 24, h: p.h - legendH - 34 };
    const band = plot.w / groups;
    const barW = (band * 0.8) / per;
    const base = plot.y + plot.h;
    d.labels.forEach((l, g) => {
      const x0 = plot.x + g * band + band * 0.1;
      out.push(
        `<text x="${num(x0 + band * 0.4)}" y="${num(base + 14)}" font-size="10" text-anchor="middle">${esc(clip(l, band / 6))}</text>`,
      );
      d.series.forEach((_, s) => {
        const v = Math.max(0, d.values[g]?.[s] ?? 0);
        const h = (v / max) * plot.h;
        const x = x0 + s * barW;
        out.push(
          `<rect class="bar" x="${num(x)}" y="${num(base - h)}" width="${num(barW)}" height="${num(h)}" fill="${colour(s)}"><title>${esc(l)}: ${fmtNumber(v)}</title></rect>`,
          `<text x="${num(x + barW / 2)}" y="${num(base - h - 3)}" font-size="10" text-anchor="middle">${fmtNumber(v)}</text>`,
        );
      });
    });
    out.push(axis(plot.x, base, plot.x + plot.w, base), yMax(plot.x - 4, plot.y, max));
    out.push(legendSvg(p.x, base + 22, d.series, colour, p.w / 6));
  }
  return out.join("");
}

/** One polyline per series with a point per row label. */
function lines(d: ChartTable, p: Plot, colour: (i: number) => string): string {
  const legendH = d.series.length * LEGEND_ROW;
  const plot = { x: p.x + 24, y: p.y + 8, w: p.w - 40, h: p.h - legendH - 30 };
  const max = Math.max(1, ...d.values.flat());
  const n = d.labels.length;
  const xAt = (i: number) => plot.x + (n <= 1 ? plot.w / 2 : (i * plot.w) / (n - 1));
  const yAt = (v: number) => plot.y + plot.h - (Math.max(0, v) / max) * plot.h;
  const base = plot.y + plot.h;
  const out: string[] = [axis(plot.x, base, plot.x + plot.w, base), yMax(plot.x - 4, plot.y, max)];
  d.labels.forEach((l, i) => {
    out.push(
      `<text x="${num(xAt(i))}" y="${num(base + 14)}" font-size="10" text-anchor="middle">${esc(clip(l, Math.max(4, plot.w / Math.max(1, n) / 6)))}</text>`,
    );
  });
  d.series.forEach((name, s) => {
    const pts = d.values.map((v, i) => `${num(xAt(i))},${num(yAt(v[s] ?? 0))}`);
    out.push(
      `<polyline class="line" points="${pts.join(" ")}" fill="none" stroke="${colour(s)}" stroke-width="2"/>`,
    );
    d.values.forEach((v, i) => {
      out.push(
        `<circle class="point" cx="${num(xAt(i))}" cy="${num(yAt(v[s] ?? 0))}" r="3" fill="${colour(s)}"><title>${esc(name)} ${esc(d.labels[i] ?? "")}: ${fmtNumber(v[s] ?? 0)}</title></circle>`,
      );
    });
  });
  out.push(legendSvg(p.x, base + 22, d.series, colour, p.w / 6));
  return out.join("");
}

function axis(x1: number, y1: number, x2: number, y2: number): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="#9aa0a6"/>`;
}

function yMax(x: number, y: number, max: number): string {
  return `<text x="${num(x)}" y="${num(y + 4)}" font-size="10" text-anchor="end">${fmtNumber(max)}</text>`;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa` or a plain colour name; anything else (a CSS injection) is dropped. */
function safeColour(c: unknown): string | null {
  if (typeof c !== "string") return null;
  const s = c.trim();
  return /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(s) || /^[a-z]{3,20}$/i.test(s) ? s : null;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : "0";
}

function fmtNumber(n: number): string {
  return String(Number.isInteger(n) ? n : Math.round(n * 100) / 100);
}

function clip(s: string, max: number): string {
  const m = Math.max(2, Math.floor(max));
  return s.length > m ? `${s.slice(0, m - 1)}…` : s;
}
