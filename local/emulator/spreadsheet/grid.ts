/**
 * Operations on a SheetData's cell grid and on everything positioned on it (merges, rules, protections,
 * charts, the filter, row heights, column widths, hidden rows and columns). 0-based indexes throughout.
 */
import type { Box } from "./a1";
import type { CellData, SheetData } from "./model";

/** Google Sheets holds at most 10,000,000 cells per spreadsheet (the sum of rows x columns of its tabs). */
export const MAX_CELLS = 10_000_000;

/** The cells of all tabs' grids: the sum of rows x columns. */
export function gridCells(sheets: readonly SheetData[]): number {
  return sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
}

export function cellAt(sheet: SheetData, row: number, col: number): CellData | null | undefined {
  return sheet.cells[row]?.[col];
}

export function ensureCell(sheet: SheetData, row: number, col: number): CellData {
  let line = sheet.cells[row];
  if (!line) {
    line = [];
    sheet.cells[row] = line;
  }
  let cell = line[col];
  if (!cell) {
    cell = {};
    line[col] = cell;
  }
  return cell;
}

/** A cell "has content" when it holds a value or a formula (what getLastRow / getLastColumn look at). */
export function hasContent(cell: CellData | null | undefined): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== "") || !!cell.f);
}

/** 1-based last row with content; 0 for an empty sheet. */
export function lastRowWithContent(sheet: SheetData): number {
  for (let r = sheet.cells.length - 1; r >= 0; r--) if (sheet.cells[r]?.some(hasContent)) return r + 1;
  return 0;
}

/** 1-based last column with content; 0 for an empty sheet. */
export function lastColumnWithContent(sheet: SheetData): number {
  let last = 0;
  for (const line of sheet.cells) {
    if (!line) continue;
    for (let c = line.length - 1; c >= last; c--) {
      if (hasContent(line[c])) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

/** A cell's content: its value or formula, and what belongs to the value (error kind, link, rich-text runs). */
export const CONTENT_KEYS = ["v", "f", "err", "link", "runs"] as const;
/** A cell's formats: what Sheet.clearFormats and Sheet.clear clear (they keep data validation, as Sheets does). */
export const FORMAT_KEYS = ["bg", "fw", "fst", "fc", "fs", "nf", "wrap", "clip", "ha", "va"] as const;
/**
 * Formats and data validation: what Range.clearFormat and Range.clear clear ("clearing format also clears
 * data validation rules", Range.clear(options)), and what inserted rows and columns take from their neighbour.
 */
export const FORMAT_AND_VALIDATION_KEYS = [...FORMAT_KEYS, "dv"] as const;

export function clearKeys(cell: CellData | null | undefined, keys: readonly (keyof CellData)[]): void {
  if (cell) for (const k of keys) delete cell[k];
}

// ---- inserting and deleting rows / columns --------------------------------------------------------------

export type Axis = "rows" | "columns";

/**
 * Inserts `count` rows/columns before 0-based index `at` (count > 0), or deletes `-count` of them starting at
 * `at` (count < 0). Boxes that start after the change move; boxes that span an insertion grow; boxes lose their
 * deleted part and disappear when nothing is left.
 */
export function shiftSheet(sheet: SheetData, axis: Axis, at: number, count: number): void {
  if (axis === "rows") {
    if (at < sheet.cells.length) {
      if (count > 0) sheet.cells.splice(at, 0, ...new Array<CellData[]>(count));
      else sheet.cells.splice(at, -count);
    }
    sheet.maxRows += count;
    sheet.rowHeights = shiftSizes(sheet.rowHeights, at, count);
    if (sheet.hiddenRows) sheet.hiddenRows = shiftSizes(sheet.hiddenRows, at, count);
  } else {
    for (const line of sheet.cells) {
      if (!line || line.length <= at) continue;
      if (count > 0) line.splice(at, 0, ...new Array<CellData | undefined>(count));
      else line.splice(at, -count);
    }
    sheet.maxCols += count;
    sheet.colWidths = shiftSizes(sheet.colWidths, at, count);
    if (sheet.hiddenCols) sheet.hiddenCols = shiftSizes(sheet.hiddenCols, at, count);
  }
  const move = (box: Box) => shiftBox(box, axis, at, count);
  sheet.merges = sheet.merges.flatMap((b) => keep(move(b)));
  for (const rule of sheet.conditionalFormatRules) rule.ranges = rule.ranges.flatMap((b) => keep(move(b)));
  sheet.conditionalFormatRules = sheet.conditionalFormatRules.filter((r) => r.ranges.length > 0);
  sheet.protections = sheet.protections.filter((p) => {
    if (!p.range) return true;
    const moved = move(p.range);
    if (moved) p.range = moved;
    return !!moved;
  });
  for (const chart of sheet.charts) {
    chart.ranges = chart.ranges.flatMap((b) => keep(move(b)));
    const anchor = axis === "rows" ? chart.position.row : chart.position.col;
    const shifted = shiftIndex(anchor, at, count);
    if (axis === "rows") chart.position.row = shifted;
    else chart.position.col = shifted;
  }
  sheet.filter = sheet.filter ? move(sheet.filter) : null;
  if (axis === "rows" && count < 0) sheet.frozenRows = shiftCount(sheet.frozenRows, at, count);
  if (axis === "columns" && count < 0) sheet.frozenCols = shiftCount(sheet.frozenCols, at, count);
}

function keep(box: Box | null): Box[] {
  return box ? [box] : [];
}

/** The box after the change, or null when all of it was deleted. */
function shiftBox(box: Box, axis: Axis, at: number, count: number): Box | null {
  const [start, size] = axis === "rows" ? [box.row, box.numRows] : [box.col, box.numCols];
  let newStart = start;
  let newSize = size;
  if (count > 0) {
    if (start >= at) newStart = start + count;
    else if (start + size > at) newSize = size + count;
  } else {
    const delEnd = at - count;
    const overlap = Math.max(0, Math.min(start + size, delEnd) - Math.max(start, at));
    newSize = size - overlap;
    newStart = start >= delEnd ? start + count : Math.min(start, at);
    if (newSize <= 0) return null;
  }
  return axis === "rows"
    ? { ...box, row: newStart, numRows: newSize }
    : { ...box, col: newStart, numCols: newSize };
}

function shiftIndex(i: number, at: number, count: number): number {
  if (count > 0) return i >= at ? i + count : i;
  return i >= at - count ? i + count : Math.min(i, at);
}

/** A count of leading rows/columns (frozen) after a deletion. */
function shiftCount(n: number, at: number, count: number): number {
  const deletedInside = Math.max(0, Math.min(n, at - count) - at);
  return n - deletedInside;
}

/** Per-index values (sizes, hidden flags) after the change; deleted indexes lose theirs. */
function shiftSizes<T>(sizes: Record<number, T>, at: number, count: number): Record<number, T> {
  const out: Record<number, T> = {};
  for (const [k, v] of Object.entries(sizes)) {
    const i = Number(k);
    if (count < 0 && i >= at && i < at - count) continue;
    out[shiftIndex(i, at, count)] = v;
  }
  return out;
}

/** Copies the formats (not content, not notes) of row/column `from` to the `count` ones starting at `to`. */
export function inheritFormats(sheet: SheetData, axis: Axis, from: number, to: number, count: number): void {
  const copy = (src: CellData | null | undefined): CellData | undefined => {
    if (!src) return undefined;
    const out: CellData = {};
    for (const k of FORMAT_AND_VALIDATION_KEYS) if (src[k] !== undefined) Object.assign(out, { [k]: src[k] });
    return Object.keys(out).length ? out : undefined;
  };
  if (axis === "rows") {
    const source = sheet.cells[from];
    if (!source) return;
    for (let i = 0; i < count; i++) {
      const line = source.map(copy);
      if (line.some(Boolean)) sheet.cells[to + i] = line as CellData[];
    }
  } else {
    for (const line of sheet.cells) {
      if (!line) continue;
      const formats = copy(line[from]);
      if (!formats) continue;
      for (let i = 0; i < count; i++) line[to + i] = { ...formats };
    }
  }
}
