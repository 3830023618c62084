/**
 * The API's shapes and the spreadsheet model's: colours (RGB floats 0..1 <-> "#rrggbb"), GridRange and
 * DimensionRange (0-based, end exclusive, an omitted end meaning "to the end of the sheet") <-> the model's
 * boxes, and SheetProperties as the API answers them.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#Color
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#GridRange
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
 */
import { type Box, boxToA1WithSheet } from "../spreadsheet/a1";
import { notEmulated } from "../spreadsheet/errors";
import type { SheetData } from "../spreadsheet/model";
import { InvalidRequest, SHEETS_API_ERRORS } from "./errors";

export type Color = GoogleAppsScript.Sheets.Schema.Color;
export type ColorStyle = GoogleAppsScript.Sheets.Schema.ColorStyle;
export type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type SheetProperties = GoogleAppsScript.Sheets.Schema.SheetProperties;

/** Google's APIs read omitted numbers as 0 and omitted booleans as false. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function isIndex(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

/** Refuses any key of `obj` outside `known`: what the emulator does not model must not be dropped silently. */
export function onlyKeys(obj: object, known: readonly string[], what: string): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue;
    if (!known.includes(k)) throw notEmulated(`${what}.${k}`);
  }
}

// ---- colours ------------------------------------------------------------------------------------------

/**
 * "#rrggbb" of a Color: each channel a float 0..1 (an omitted one is 0, so `{}` is black). Alpha other than 1
 * is refused (Sheets does not keep transparency in cell colours).
 */
export function hexOf(c: unknown, what: string): string {
  if (!isObject(c)) throw notEmulated(`${what} that is not a Color`);
  onlyKeys(c, ["red", "green", "blue", "alpha"], what);
  if (c.alpha !== undefined && c.alpha !== null && c.alpha !== 1) throw notEmulated(`${what} with alpha`);
  const channel = (x: unknown) => {
    if (x === undefined || x === null) return 0;
    if (typeof x !== "number" || !(x >= 0 && x <= 1))
      throw notEmulated(`${what} with a channel outside 0..1`);
    return Math.round(x * 255);
  };
  return `#${[c.red, c.green, c.blue].map((x) => channel(x).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour of a `…Color` / `…ColorStyle` pair: the style wins when both are set (documented). */
export function hexOfPair(color: unknown, style: unknown, what: string): string | undefined {
  if (style !== undefined && style !== null) {
    if (!isObject(style)) throw notEmulated(`${what}Style that is not a ColorStyle`);
    onlyKeys(style, ["rgbColor", "themeColor"], `${what}Style`);
    if (style.themeColor !== undefined) throw notEmulated(`${what}Style.themeColor`);
    return hexOf(style.rgbColor ?? {}, `${what}Style.rgbColor`);
  }
  if (color !== undefined && color !== null) return hexOf(color, what);
  return undefined;
}

/** A Color as the API answers it: channels as floats, those that are 0 left out (so black is `{}`). */
export function colorOf(hex: string): Color {
  const out: Color = {};
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  if (r) out.red = r;
  if (g) out.green = g;
  if (b) out.blue = b;
  return out;
}

// ---- ranges -------------------------------------------------------------------------------------------

export type SheetLookup = (sheetId: number) => SheetData;

/** The sheet id a GridRange, GridCoordinate or DimensionRange names (an omitted one is 0). */
export function sheetIdOf(r: { sheetId?: number | undefined }, what: string): number {
  const id = r.sheetId ?? 0;
  if (!Number.isInteger(id)) throw notEmulated(`${what}.sheetId that is not an integer`);
  return id;
}

/** The range in A1 notation with its sheet's name, as the API's messages write it (`Sheet1!A3:C3`). */
export function a1Of(sheet: SheetData, box: Box): string {
  return boxToA1WithSheet(sheet.name, box);
}

/**
 * The box of a GridRange on its sheet; omitted ends reach the end of the sheet. A range beyond the grid fails
 * with the API's "exceeds grid limits"; an empty or inverted range is refused (its text is not known).
 */
export function boxOf(sheet: SheetData, r: GridRange, what: string): Box {
  onlyKeys(r, ["sheetId", "startRowIndex", "endRowIndex", "startColumnIndex", "endColumnIndex"], what);
  const index = (v: number | undefined, fallback: number, field: string) => {
    if (v === undefined || v === null) return fallback;
    if (!isIndex(v)) throw notEmulated(`${what}.${field} that is not a non-negative integer`);
    return v;
  };
  const startRow = index(r.startRowIndex, 0, "startRowIndex");
  const startCol = index(r.startColumnIndex, 0, "startColumnIndex");
  const endRow = index(r.endRowIndex, Math.max(sheet.maxRows, startRow + 1), "endRowIndex");
  const endCol = index(r.endColumnIndex, Math.max(sheet.maxCols, startCol + 1), "endColumnIndex");
  if (endRow <= startRow || endCol <= startCol) throw notEmulated(`${what} that is empty or inverted`);
  const box = { row: startRow, col: startCol, numRows: endRow - startRow, numCols: endCol - startCol };
  checkInGrid(sheet, box);
  return box;
}

/** Fails with the API's "exceeds grid limits" when the box reaches past the sheet's rows or columns. */
export function checkInGrid(sheet: SheetData, box: Box): void {
  if (box.row + box.numRows > sheet.maxRows || box.col + box.numCols > sheet.maxCols) {
    throw new InvalidRequest(SHEETS_API_ERRORS.exceedsGrid(a1Of(sheet, box), sheet.maxRows, sheet.maxCols));
  }
}

/** Whether a GridRange names its sheet alone (no index): the whole sheet. */
export function isWholeSheet(r: GridRange): boolean {
  return (
    r.startRowIndex == null && r.endRowIndex == null && r.startColumnIndex == null && r.endColumnIndex == null
  );
}

/** A box as a GridRange, every index written out. */
export function gridRangeOf(sheetId: number, box: Box): GridRange {
  return {
    sheetId,
    startRowIndex: box.row,
    endRowIndex: box.row + box.numRows,
    startColumnIndex: box.col,
    endColumnIndex: box.col + box.numCols,
  };
}

export interface Span {
  rows: boolean;
  start: number;
  end: number;
}

/** A DimensionRange on its sheet: ROWS or COLUMNS, start and (exclusive) end; an omitted end is the last. */
export function spanOf(
  sheet: SheetData,
  r: GoogleAppsScript.Sheets.Schema.DimensionRange,
  what: string,
  allowPastEnd = false,
): Span {
  onlyKeys(r, ["sheetId", "dimension", "startIndex", "endIndex"], what);
  if (r.dimension !== "ROWS" && r.dimension !== "COLUMNS")
    throw notEmulated(`${what}.dimension "${r.dimension}"`);
  const rows = r.dimension === "ROWS";
  const count = rows ? sheet.maxRows : sheet.maxCols;
  const start = r.startIndex ?? 0;
  const end = r.endIndex ?? count;
  if (!isIndex(start) || !isIndex(end))
    throw notEmulated(`${what} with indexes that are not non-negative integers`);
  if (end <= start) throw notEmulated(`${what} that is empty or inverted`);
  if (!allowPastEnd && end > count)
    throw notEmulated(`${what} past the sheet's last ${rows ? "row" : "column"}`);
  return { rows, start, end };
}

// ---- sheet properties ---------------------------------------------------------------------------------

/** SheetProperties as the API answers them: defaults (no frozen rows, not hidden) left out. */
export function propertiesOf(sheet: SheetData, index: number): SheetProperties {
  const grid: GoogleAppsScript.Sheets.Schema.GridProperties = {
    rowCount: sheet.maxRows,
    columnCount: sheet.maxCols,
  };
  if (sheet.frozenRows) grid.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenCols) grid.frozenColumnCount = sheet.frozenCols;
  if (sheet.hiddenGridlines) grid.hideGridlines = true;
  const out: SheetProperties = {
    sheetId: sheet.id,
    title: sheet.name,
    index,
    sheetType: "GRID",
    gridProperties: grid,
  };
  if (sheet.hidden) out.hidden = true;
  if (sheet.tabColor) {
    out.tabColor = colorOf(sheet.tabColor);
    out.tabColorStyle = { rgbColor: colorOf(sheet.tabColor) };
  }
  return out;
}

/** The sum of rows x columns over all sheets: Sheets holds at most 10,000,000 cells per spreadsheet. */
