/**
 * Embedded charts as inline SVG (pie, bar, column, line), drawn from the chart's first range: first column
 * labels, next columns series, first row headers.
 */
import type { ChartData, SheetData } from "../../emulator/spreadsheet/model";
import { clip, esc, fmtNumber, num, safeColour } from "./markup";
import type { ValueFormatter } from "./values";

const DEFAULT_CHART = { width: 400, height: 240 };
/** Google Charts' default series colours. */
const PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00"];

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

export function chartSize(ch: ChartData): { width: number; height: number } {
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

export function chartHtml(s: SheetData, ch: ChartData, fmt: ValueFormatter): string {
  const { width, height } = chartSize(ch);
  const title = typeof ch.options.title === "string" ? ch.options.title : "";
  const data = chartTable(s, ch, fmt);
  const colours = chartColours(ch);
  const colour = (i: number) => colours[i % colours.length]!;
  const box: Plot = { x: 10, y: title ? 30 : 10, w: width - 20, h: height - (title ? 40 : 20) };
  const type = String(ch.type).toUpperCase();
  let body: string;
  if (type === "PIE") body = pie(data, box, colour);
  else if (type === "BAR") body = bars(data, box, colour, true, pointColours(ch));
  else if (type === "LINE") body = lines(data, box, colour);
  else body = bars(data, box, colour, false, pointColours(ch));
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

/** The first series' colour per data point (the API's styleOverrides), or null when the chart has none. */
function pointColours(ch: ChartData): ((row: number) => string | null) | null {
  if (!ch.pointColors) return null;
  const given = ch.pointColors.map((c) => (c === null ? null : safeColour(c)));
  return (row) => given[row] ?? null;
}

/**
 * Grouped bars: one group per row label, one bar per series (vertical columns or horizontal bars). With a
 * colour per point, each bar of the first series has its own colour and there is no legend (as Google draws
 * a chart with NO_LEGEND: the labels are on the axis).
 */
function bars(
  d: ChartTable,
  p: Plot,
  colour: (i: number) => string,
  horizontal: boolean,
  points: ((row: number) => string | null) | null,
): string {
  const fill = (g: number, s: number) => (s === 0 && points ? (points(g) ?? colour(s)) : colour(s));
  const legendH = points ? 0 : d.series.length * LEGEND_ROW;
  const max = Math.max(1, ...d.values.flat());
  const groups = Math.max(1, d.labels.length);
  const per = Math.max(1, d.series.length);
  const out: string[] = [];
  if (horizontal) {
    // Room for the longest label (clip's 6 px a character) up to half the chart, at least a third of it.
    const longest = Math.max(0, ...d.labels.map((l) => l.length));
    const labelW = Math.min(Math.max(p.w / 3, Math.min(120, longest * 6 + 6)), p.w / 2);
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
          `<rect class="bar" x="${num(plot.x)}" y="${num(y)}" width="${num(w)}" height="${num(barH)}" fill="${fill(g, s)}"><title>${esc(l)}: ${fmtNumber(v)}</title></rect>`,
          `<text x="${num(plot.x + w + 3)}" y="${num(y + barH / 2 + 4)}" font-size="10">${fmtNumber(v)}</text>`,
        );
      });
    });
    out.push(axis(plot.x, plot.y, plot.x, plot.y + plot.h));
    if (!points) out.push(legendSvg(p.x, p.y + p.h - legendH + 2, d.series, colour, p.w / 6));
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
          `<rect class="bar" x="${num(x)}" y="${num(base - h)}" width="${num(barW)}" height="${num(h)}" fill="${fill(g, s)}"><title>${esc(l)}: ${fmtNumber(v)}</title></rect>`,
          `<text x="${num(x + barW / 2)}" y="${num(base - h - 3)}" font-size="10" text-anchor="middle">${fmtNumber(v)}</text>`,
        );
      });
    });
    out.push(axis(plot.x, base, plot.x + plot.w, base), yMax(plot.x - 4, plot.y, max));
    if (!points) out.push(legendSvg(p.x, base + 22, d.series, colour, p.w / 6));
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
