/**
 * A render grid as Sheets API requests (spreadsheets.batchUpdate), so that a whole generated tab — values,
 * the formats that differ from a plain cell, merges, widths, filter, protection — is written in one call,
 * whatever its size, and sent only where a cell differs from a plain one (a plain cell costs nothing).
 * Charts come as addChart requests after the cells they show (chartRequest).
 *
 * Pure: types from @types/google-apps-script only, no Google globals.
 */

import { memberBytes, numberBytes, payloadBytes, textBytes } from "./batches";
import { isDateValue, zonedParts } from "./dates";
import { type Box, type ChartSpec, columnWidthGroups, type Grid, type GridCell } from "./grid";
import { rectangles } from "./rectangles";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;

/** The size a plain cell's text has (Sheets' default font size). */
const DEFAULT_FONT_SIZE = 10;
/** The most characters a Sheets cell holds ("Your input contains more than the maximum of 50000 characters in a single cell"). */
export const MAX_CELL_TEXT = 50_000;

/** A text that fits one cell (or `max` characters): cut with "…" when longer (the writer's limit, never an error). */
export function fitCellText(text: string, max = MAX_CELL_TEXT): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max - 1;
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return { text: `${text.slice(0, end)}…`, cut: true };
}

/** An API colour (red, green, blue from 0 to 1; the APIs leave a component of 0 out) as `#rrggbb`. */
export function hexOfColor(c: { red?: number; green?: number; blue?: number }): string {
  const part = (x: number | undefined) =>
    Math.round(Math.min(Math.max(x ?? 0, 0), 1) * 255)
      .toString(16)
      .padStart(2, "0");
  return `#${part(c.red)}${part(c.green)}${part(c.blue)}`;
}

/** `#rrggbb` (or `#rgb`) as the API's colour: red, green, blue from 0 to 1. */
export function apiColor(hex: string): Color | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((x) => x + x).join("") : m[1]!;
  const part = (i: number) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: part(0), green: part(2), blue: part(4) };
}

/** Days since 30-12-1899 of the calendar day a date shows in `timeZone` (Sheets' date serial). */
export function dateSerial(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone) ?? { year: 1899, month: 12, day: 30 };
  return Math.round((Date.UTC(p.year!, p.month! - 1, p.day!) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** dateSerial in one zone, each instant worked out once (a tab repeats the same few dates). */
class DateSerials {
  private readonly found = new Map<number, number>();

  constructor(private readonly timeZone: string) {}

  of(date: Date): number {
    const ms = date.getTime();
    let serial = this.found.get(ms);
    if (serial === undefined) {
      serial = dateSerial(date, this.timeZone);
      this.found.set(ms, serial);
    }
    return serial;
  }
}

/**
 * Everything of a cell that its formats depend on, in one shape: its look, and whether its value is a date or
 * a fraction (those get a number format). Read once per distinct look, then compared with the cells below.
 */
class Style {
  readonly bg: string | undefined;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly wrap: boolean;
  readonly size: number | undefined;
  readonly color: string | undefined;
  readonly align: GridCell["align"];
  readonly valign: GridCell["valign"];
  readonly numberFormat: string | undefined;
  readonly kind: "" | "fraction" | "date";

  constructor(c: GridCell, kind: Style["kind"] = valueKind(c.v)) {
    this.bg = c.bg;
    this.bold = !!c.bold;
    this.italic = !!c.italic;
    this.wrap = !!c.wrap;
    this.size = c.size;
    this.color = c.color;
    this.align = c.align;
    this.valign = c.valign;
    this.numberFormat = c.numberFormat;
    this.kind = kind;
  }

  /** Whether cell `c`, whose value is of `kind`, has this style (and so the same formats). */
  fits(c: GridCell, kind: Style["kind"]): boolean {
    return (
      c.bg === this.bg &&
      !!c.bold === this.bold &&
      !!c.italic === this.italic &&
      !!c.wrap === this.wrap &&
      c.size === this.size &&
      c.color === this.color &&
      c.align === this.align &&
      c.valign === this.valign &&
      c.numberFormat === this.numberFormat &&
      kind === this.kind
    );
  }

  get key(): string {
    const flags = `${this.bold ? 1 : 0}${this.italic ? 1 : 0}${this.wrap ? 1 : 0}`;
    return `${this.bg ?? ""}|${flags}|${this.size ?? ""}|${this.color ?? ""}|${this.align ?? ""}|${this.valign ?? ""}|${this.numberFormat ?? ""}|${this.kind}`;
  }
}

function valueKind(v: GridCell["v"]): Style["kind"] {
  if (typeof v === "number") return Number.isInteger(v) ? "" : "fraction";
  return typeof v === "object" && isDateValue(v) ? "date" : "";
}

/** The number format a style needs beyond Sheets' automatic one, or null. */
function numberFormat(s: Style): GoogleAppsScript.Sheets.Schema.NumberFormat | null {
  if (s.numberFormat)
    return { type: /[dmy]/i.test(s.numberFormat) ? "DATE" : "NUMBER", pattern: s.numberFormat };
  if (s.kind === "date") return { type: "DATE", pattern: "dd-mm-yyyy" };
  if (s.kind === "fraction") return { type: "NUMBER", pattern: "0.##" };
  return null;
}

/** The formats that differ from a plain cell, or null when there are none. */
function formatOf(s: Style): CellFormat | null {
  const format: CellFormat = {};
  const bg = s.bg ? apiColor(s.bg) : null;
  if (bg) format.backgroundColor = bg;
  const text: GoogleAppsScript.Sheets.Schema.TextFormat = {};
  if (s.bold) text.bold = true;
  if (s.italic) text.italic = true;
  if (s.size && s.size !== DEFAULT_FONT_SIZE) text.fontSize = s.size;
  const fg = s.color ? apiColor(s.color) : null;
  if (fg && s.color !== "#000000") text.foregroundColor = fg;
  if (Object.keys(text).length > 0) format.textFormat = text;
  if (s.wrap) format.wrapStrategy = "WRAP";
  if (s.align) format.horizontalAlignment = s.align.toUpperCase();
  // Wrapped text reads from the top; other cells keep Sheets' own placement unless the grid says otherwise.
  const valign = s.valign ?? (s.wrap ? "top" : undefined);
  if (valign) format.verticalAlignment = valign.toUpperCase();
  const nf = numberFormat(s);
  if (nf) format.numberFormat = nf;
  return Object.keys(format).length > 0 ? format : null;
}

/** A cell's formats as sent, and how many format fields they set (a text format's fields one by one). */
interface Look {
  format: CellFormat;
  fields: number;
  /** payloadBytes of the format's JSON (core/batches.ts). */
  bytes: number;
}

/** The format fields that place text in a cell: a tab's tables share them over whole blocks of cells. */
const LAYOUT_KEYS = ["wrapStrategy", "verticalAlignment", "horizontalAlignment"] as const;
const LAYOUT_FIELDS = `userEnteredFormat(${LAYOUT_KEYS.join(",")})`;
/** Every other format field a grid cell can have. */
const LOOK_FIELDS = "userEnteredFormat(backgroundColor,textFormat,numberFormat)";

/** A format split in two: its layout (written per block of cells alike) and the rest (per cell or run). */
interface SplitLook {
  /** The layout fields, as a key ("" when none) and as sent. */
  layoutKey: string;
  layout: Look | null;
  rest: Look | null;
}

/**
 * How many styles a column remembers: a table's column has one below its header, the Status column one per
 * status, so nearly every cell is only compared with these.
 */
const RECENT_STYLES = 6;

/** A style a column met, and its look. */
interface Met {
  style: Style;
  look: SplitLook;
}

/**
 * The formats of one write, made once per distinct style: cells that look alike share one CellFormat object
 * (a generated tab has a few dozen styles over its many cells), so equal formats are the same object.
 */
class Looks {
  private readonly byStyle = new Map<string, Look | null>();
  private readonly byFormat = new Map<string, Look>();

  of(style: Style): Look | null {
    const key = style.key;
    let look = this.byStyle.get(key);
    if (look === undefined) {
      const format = formatOf(style);
      look = format === null ? null : this.shared(format);
      this.byStyle.set(key, look);
    }
    return look;
  }

  /**
   * The split looks of a grid's cells. A cell with the style of one its column met lately (most of a table)
   * takes that one's look; only a style new to the column is looked up by its key.
   */
  ofGrid(rows: readonly (readonly GridCell[])[]): SplitLook[][] {
    const recent: Met[][] = [];
    const out: SplitLook[][] = [];
    // Index loops: every action runs this cold over its hundreds of thousands of cells.
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const looks: SplitLook[] = [];
      for (let i = 0; i < row.length; i++) {
        if (recent.length <= i) recent.push([]);
        looks.push(this.lookOf(row[i]!, recent[i]!));
      }
      out.push(looks);
    }
    return out;
  }

  /** The look of cell `c`, whose column met the styles `met` lately (most recent first; updated here). */
  private lookOf(c: GridCell, met: Met[]): SplitLook {
    const kind = valueKind(c.v);
    for (let k = 0; k < met.length; k++) if (met[k]!.style.fits(c, kind)) return met[k]!.look;
    const style = new Style(c, kind);
    const look = this.split(this.of(style));
    met.unshift({ style, look });
    if (met.length > RECENT_STYLES) met.pop();
    return look;
  }

  private readonly splits = new Map<Look, SplitLook>();
  private static readonly NONE: SplitLook = { layoutKey: "", layout: null, rest: null };

  /** A look's layout and the rest, each shared like the looks themselves. */
  split(look: Look | null): SplitLook {
    if (look === null) return Looks.NONE;
    let split = this.splits.get(look);
    if (split === undefined) {
      const layout: CellFormat = {};
      const rest: CellFormat = {};
      for (const [k, v] of Object.entries(look.format))
        if ((LAYOUT_KEYS as readonly string[]).includes(k)) (layout as Record<string, unknown>)[k] = v;
        else (rest as Record<string, unknown>)[k] = v;
      const hasLayout = Object.keys(layout).length > 0;
      split = {
        layoutKey: hasLayout ? JSON.stringify(layout) : "",
        layout: hasLayout ? this.shared(layout) : null,
        rest: Object.keys(rest).length > 0 ? this.shared(rest) : null,
      };
      this.splits.set(look, split);
    }
    return split;
  }

  private shared(format: CellFormat): Look {
    const key = JSON.stringify(format);
    let look = this.byFormat.get(key);
    if (look === undefined) {
      look = { format, fields: formatFields(format), bytes: payloadBytes(key) };
      this.byFormat.set(key, look);
    }
    return look;
  }
}

/** A cell with no value, format or note: one object for all of them (the API call only reads it). */
const NOTHING: CellData = Object.freeze({});

/** A cell's value and note for the API, with `format` (null: none) in between, as cellData sends them. */
function apiCell(c: GridCell, format: CellFormat | null, dates: DateSerials, cutNote: string): CellData {
  let value: GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined;
  let note = c.note ?? "";
  if (c.formula !== undefined) value = { formulaValue: c.formula };
  else if (typeof c.v === "string") {
    if (c.v.length > MAX_CELL_TEXT) {
      value = { stringValue: fitCellText(c.v).text };
      note = [note, cutNote].filter((n) => n !== "").join("\n");
    } else if (c.v !== "") value = { stringValue: c.v };
  } else if (typeof c.v === "number") value = { numberValue: c.v };
  else if (typeof c.v === "boolean") value = { boolValue: c.v };
  else if (isDateValue(c.v)) value = { numberValue: dates.of(c.v) };
  if (value === undefined && format === null && !note) return NOTHING;
  const data: CellData = {};
  if (value !== undefined) data.userEnteredValue = value;
  if (format !== null) data.userEnteredFormat = format;
  if (note) data.note = note.length > MAX_CELL_TEXT ? fitCellText(note).text : note;
  return data;
}

/**
 * payloadBytes (core/batches.ts) of the JSON of a CellData that apiCell made with `look`'s format: the same
 * number as measuring the JSON, counted from the parts (a tab's cells are megabytes of JSON at 10,000
 * activities, and their formats are a few shared objects).
 */
function cellBytes(d: CellData, look: Look | null): number {
  let bytes = 2;
  let members = 0;
  const value = d.userEnteredValue;
  if (value !== undefined) {
    members++;
    bytes += memberBytes("userEnteredValue") + 2;
    if (value.stringValue !== undefined) bytes += memberBytes("stringValue") + textBytes(value.stringValue);
    else if (value.formulaValue !== undefined)
      bytes += memberBytes("formulaValue") + textBytes(value.formulaValue);
    else if (value.numberValue !== undefined)
      bytes += memberBytes("numberValue") + numberBytes(value.numberValue);
    else bytes += memberBytes("boolValue") + (value.boolValue ? 4 : 5);
  }
  if (look !== null) {
    members++;
    bytes += memberBytes("userEnteredFormat") + look.bytes;
  }
  if (d.note !== undefined) {
    members++;
    bytes += memberBytes("note") + textBytes(d.note);
  }
  return members > 1 ? bytes + members - 1 : bytes;
}

/** payloadBytes of `{"values":[]}`: a row without its cells and the commas between them. */
const ROW_BYTES = memberBytes("values") + 4;

/** The value and note attributes a CellData sends (its formats are counted by their Look). */
const valueAttributes = (d: CellData) => (d.userEnteredValue ? 1 : 0) + (d.note !== undefined ? 1 : 0);

/**
 * One cell for the API: its value (text always as text — the API never reads a stringValue as a formula),
 * and only the formats that differ from a plain cell. `attributes` counts what is sent, for the bench.
 */
export function cellData(
  c: GridCell,
  timeZone: string,
  cutNote = "",
): { data: CellData; attributes: number } {
  const look = new Looks().of(new Style(c));
  const data = apiCell(c, look?.format ?? null, new DateSerials(timeZone), cutNote);
  return { data, attributes: valueAttributes(data) + (look?.fields ?? 0) };
}

export interface GridWrite {
  /** The requests that write the grid into sheet `sheetId` (an empty sheet of the grid's size). */
  requests: Request[];
  /** Cell attributes sent (values, formats, notes), for the benchmark's cost model. */
  attributes: number;
  /** The updateCells request's payloadBytes per row (core/batches.ts's splitBatches takes them). */
  rowBytes: Map<Request, number[]>;
}

/**
 * Rows of one column with the same format from this many on are formatted once (repeatCell). A request
 * costs about what 40–70 cell attributes cost (bench/cost-model.ts: 0.5–10 ms a request, 0.0125–0.15 ms an
 * attribute) and repeatCell touches its cells again, so a short run is cheaper per cell: the Status column's
 * colours change every few rows, a table column's wrap and alignment run its whole length.
 */
export const FORMAT_RUN = 20;

/** How many format fields a CellFormat sets (a text format's fields counted one by one). */
function formatFields(f: CellFormat): number {
  return Object.keys(f).length + (f.textFormat ? Object.keys(f.textFormat).length - 1 : 0);
}

/** The layout: one repeatCell per rectangle of cells with the same wrap and alignments. */
function layoutRequests(looks: SplitLook[][], sheetId: number): { requests: Request[]; attributes: number } {
  const requests: Request[] = [];
  let attributes = 0;
  for (const rect of rectangles(looks.map((row) => row.map((l) => l.layoutKey || null)))) {
    const layout = looks[rect.row]![rect.col]!.layout!;
    requests.push({
      repeatCell: {
        range: gridRange(sheetId, { row: rect.row, col: rect.col, numRows: rect.rows, numCols: rect.cols }),
        cell: { userEnteredFormat: layout.format },
        fields: LAYOUT_FIELDS,
      },
    });
    attributes += layout.fields;
  }
  return { requests, attributes };
}

/**
 * The rest of the formats, once for a run of at least FORMAT_RUN rows of a column alike (tables are uniform
 * per column below their header); `cells` marks (row by row, `width` a row) the cells a run formats.
 */
function runRequests(
  looks: SplitLook[][],
  width: number,
  sheetId: number,
): { requests: Request[]; attributes: number; cells: Uint8Array } {
  const requests: Request[] = [];
  let attributes = 0;
  const restAt = (r: number, c: number) => looks[r]![c]?.rest ?? null;
  const height = looks.length;
  const cells = new Uint8Array(height * width);
  for (let c = 0; c < width; c++) {
    let start = 0;
    while (start < height) {
      const look = restAt(start, c);
      let end = start + 1;
      while (end < height && restAt(end, c) === look) end++;
      if (look && end - start >= FORMAT_RUN) {
        for (let r = start; r < end; r++) cells[r * width + c] = 1;
        requests.push({
          repeatCell: {
            range: gridRange(sheetId, { row: start, col: c, numRows: end - start, numCols: 1 }),
            cell: { userEnteredFormat: look.format },
            fields: LOOK_FIELDS,
          },
        });
        attributes += look.fields;
      }
      start = end;
    }
  }
  return { requests, attributes, cells };
}

/** The updateCells rows: each cell's value, note and the formats no run writes; each row's payloadBytes. */
function cellRows(
  grid: readonly (readonly GridCell[])[],
  looks: SplitLook[][],
  inRun: Uint8Array,
  width: number,
  dates: DateSerials,
  cutNote: string,
): { rows: GoogleAppsScript.Sheets.Schema.RowData[]; rowBytes: number[]; attributes: number } {
  const rows: GoogleAppsScript.Sheets.Schema.RowData[] = [];
  const rowBytes: number[] = [];
  let attributes = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    const rowLooks = looks[r]!;
    const values: CellData[] = [];
    let bytes = ROW_BYTES + Math.max(0, row.length - 1);
    for (let i = 0; i < row.length; i++) {
      const look = i < width && inRun[r * width + i] === 1 ? null : rowLooks[i]!.rest;
      const data = apiCell(row[i]!, look === null ? null : look.format, dates, cutNote);
      attributes += valueAttributes(data) + (look === null ? 0 : look.fields);
      bytes += cellBytes(data, look);
      values.push(data);
    }
    rowBytes.push(bytes);
    rows.push({ values });
  }
  return { rows, rowBytes, attributes };
}

/**
 * The requests that fill sheet `sheetId` with `grid`: values and formats, merges, widths, filter. The formats
 * go in two layers that never overwrite each other (each request's field mask names only its own fields):
 * the layout (wrap and alignments) once per rectangle of cells alike, since a tab's tables share it over
 * whole blocks; the rest (colours, bold, number formats) per cell, or once for a run of FORMAT_RUN rows of a
 * column alike. The tab is new and empty, so a field a request leaves out stays Sheets' default.
 */
export function gridRequests(sheetId: number, grid: Grid, timeZone: string, cutNote = ""): GridWrite {
  const looks = new Looks().ofGrid(grid.rows);
  const layouts = layoutRequests(looks, sheetId);
  const width = grid.rows[0]?.length ?? 0;
  const runs = runRequests(looks, width, sheetId);
  const cells = cellRows(grid.rows, looks, runs.cells, width, new DateSerials(timeZone), cutNote);
  const attributes = layouts.attributes + runs.attributes + cells.attributes;
  const requests: Request[] = [];
  const sizes = new Map<Request, number[]>();
  if (cells.rows.length > 0) {
    const update: Request = {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: cells.rows,
        fields: `userEnteredValue,note,${LOOK_FIELDS}`,
      },
    };
    requests.push(update);
    sizes.set(update, cells.rowBytes);
  }
  requests.push(...runs.requests, ...layouts.requests);
  requests.push(...mergeRequests(sheetId, grid.merges, grid.frozenRows));
  for (const w of columnWidthGroups(grid.colWidths)) {
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: "COLUMNS", startIndex: w.col - 1, endIndex: w.col - 1 + w.count },
        properties: { pixelSize: w.width },
        fields: "pixelSize",
      },
    });
  }
  if (grid.filter) requests.push({ setBasicFilter: { filter: { range: gridRange(sheetId, grid.filter) } } });
  for (const chart of grid.charts) requests.push(chartRequest(sheetId, chart));
  return { requests, attributes, rowBytes: sizes };
}

/** A box of sheet `sheetId` as the API's GridRange (end indexes exclusive). */
export function gridRange(sheetId: number, b: Box): GoogleAppsScript.Sheets.Schema.GridRange {
  return {
    sheetId,
    startRowIndex: b.row,
    endRowIndex: b.row + b.numRows,
    startColumnIndex: b.col,
    endColumnIndex: b.col + b.numCols,
  };
}

/**
 * The grid's merges as mergeCells requests: one MERGE_ROWS for each block of one-row merges over the same
 * columns on consecutive rows (a dashboard's Voortgang lines, its label-and-text rows) — "Create a merge for
 * each row in the range" (MergeType,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#mergetype) —
 * and one MERGE_ALL for every other merge. The same cells merged alike, in fewer requests. A block never
 * spans the edge of the `frozenRows` (the API refuses to merge frozen with non-frozen rows).
 */
export function mergeRequests(sheetId: number, merges: readonly Box[], frozenRows = 0): Request[] {
  const request = (m: Box, mergeType: "MERGE_ALL" | "MERGE_ROWS"): Request => ({
    mergeCells: { range: gridRange(sheetId, m), mergeType },
  });
  const out: Request[] = [];
  const rows = merges
    .filter((m) => m.numRows === 1 && m.numCols > 1)
    .sort((a, b) => a.col - b.col || a.numCols - b.numCols || a.row - b.row);
  for (let i = 0; i < rows.length; ) {
    const first = rows[i]!;
    let n = 1;
    while (
      i + n < rows.length &&
      rows[i + n]!.col === first.col &&
      rows[i + n]!.numCols === first.numCols &&
      rows[i + n]!.row === first.row + n &&
      rows[i + n]!.row !== frozenRows
    )
      n++;
    out.push(n === 1 ? request(first, "MERGE_ALL") : request({ ...first, numRows: n }, "MERGE_ROWS"));
    i += n;
  }
  for (const m of merges) if (!(m.numRows === 1 && m.numCols > 1)) out.push(request(m, "MERGE_ALL"));
  return out;
}

/**
 * A chart as an addChart request, so that it is made in the same batch as its tab (no SpreadsheetApp call,
 * no read of the new tab after the batch). The data: the range's first column the labels, each next column
 * a series, its first row the headers. Sheets API: a basicChart (BAR, COLUMN, LINE) colours a series
 * (`colorStyle`) or one of its points (`styleOverrides`); a pieChart colours no slice, hence no PIE here.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartSpec
 */
export function chartRequest(sheetId: number, chart: ChartSpec): Request {
  if (chart.type === "PIE") throw new Error("a PIE chart cannot take its colours through the Sheets API");
  const r = chart.range;
  const column = (c: number) => ({
    sourceRange: { sources: [gridRange(sheetId, { ...r, col: c, numCols: 1 })] },
  });
  const colour = (hex: string | undefined) => {
    const rgbColor = hex === undefined ? null : apiColor(hex);
    return rgbColor ? { colorStyle: { rgbColor } } : {};
  };
  const series = Array.from({ length: Math.max(1, r.numCols - 1) }, (_, i) => ({
    series: column(r.col + 1 + i),
    targetAxis: chart.type === "BAR" ? "BOTTOM_AXIS" : "LEFT_AXIS",
    ...colour(chart.colors?.[i]),
    ...(i === 0 && chart.pointColors
      ? {
          styleOverrides: chart.pointColors.flatMap((hex, index) => {
            const c = colour(hex);
            return "colorStyle" in c ? [{ index, ...c }] : [];
          }),
        }
      : {}),
  }));
  return {
    addChart: {
      chart: {
        spec: {
          title: chart.title,
          basicChart: {
            chartType: chart.type,
            headerCount: 1,
            ...(chart.pointColors ? { legendPosition: "NO_LEGEND" } : {}),
            domains: [{ domain: column(r.col) }],
            series,
          },
        },
        position: {
          overlayPosition: {
            anchorCell: { sheetId, rowIndex: chart.position.row, columnIndex: chart.position.col },
            ...(chart.width ? { widthPixels: chart.width } : {}),
            ...(chart.height ? { heightPixels: chart.height } : {}),
          },
        },
      },
    },
  };
}

/** The size a new sheet for `grid` gets: exactly its rows and columns (at least one of each). */
export function gridSize(grid: Grid): { rowCount: number; columnCount: number } {
  return { rowCount: Math.max(1, grid.rows.length), columnCount: Math.max(1, grid.rows[0]?.length ?? 0) };
}
