/**
 * The requests that write cells: updateCells, repeatCell, appendCells; mergeCells; setDataValidation.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#mergecellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
 *
 * Every cell a request covers counts as one cell written (Batch.cells), cleared ones included, and as many
 * cell fields as the mask reaches attributes of the model (Batch.cellFields). A setDataValidation is one rule
 * on a range, as SpreadsheetApp's Range.setDataValidation is one write: it writes no cell fields.
 */
import { type Box, boxContains, boxesIntersect } from "../spreadsheet/a1";
import { CONTENT_KEYS, cellAt, clearKeys, ensureCell, lastRowWithContent } from "../spreadsheet/grid";
import type { SheetData } from "../spreadsheet/model";
import { type Batch, refuse } from "./batch";
import { type CellMask, type CellTarget, cellMask, parseCell, validationRule, writeCell } from "./cells";
import { InvalidRequest, SHEETS_API_ERRORS } from "./errors";
import { boxOf, checkInGrid, isIndex, isObject, onlyKeys, sheetIdOf } from "./shapes";

type RowData = GoogleAppsScript.Sheets.Schema.RowData;
type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;

function rowsOf(rows: unknown, what: string): (ApiCell | undefined)[][] {
  if (rows === undefined || rows === null) return [];
  if (!Array.isArray(rows)) refuse(`${what}.rows that is not a list`);
  return (rows as RowData[]).map((row) => {
    if (row === undefined || row === null) return [];
    if (!isObject(row)) refuse(`${what}.rows[] that is not a RowData`);
    onlyKeys(row, ["values"], `${what}.rows[]`);
    const values = row.values ?? [];
    if (!Array.isArray(values)) refuse(`${what}.rows[].values that is not a list`);
    return values as (ApiCell | undefined)[];
  });
}

function count(b: Batch, mask: CellMask, cells: number): void {
  b.cells += cells;
  b.cellFields += cells * mask.attrs.size;
}

export function updateCells(b: Batch, r: GoogleAppsScript.Sheets.Schema.UpdateCellsRequest): void {
  onlyKeys(r, ["rows", "fields", "start", "range"], "updateCells");
  const mask = cellMask(r.fields, "updateCells");
  const rows = rowsOf(r.rows, "updateCells");
  if (r.start && r.range) refuse("updateCells with both start and range");
  if (r.start) {
    onlyKeys(r.start, ["sheetId", "rowIndex", "columnIndex"], "updateCells.start");
    const sheet = b.writable(b.grid(sheetIdOf(r.start, "updateCells.start")));
    const row0 = r.start.rowIndex ?? 0;
    const col0 = r.start.columnIndex ?? 0;
    if (!isIndex(row0) || !isIndex(col0))
      refuse("updateCells.start with indexes that are not non-negative integers");
    const width = Math.max(0, ...rows.map((v) => v.length));
    if (rows.length > 0 && width > 0) {
      checkInGrid(sheet, { row: row0, col: col0, numRows: rows.length, numCols: width });
    }
    const t: CellTarget = { ss: b.ss, sheet };
    let n = 0;
    rows.forEach((values, i) => {
      values.forEach((given, j) => {
        writeCell(t, row0 + i, col0 + j, parseCell(given, mask, t), mask);
        n++;
      });
    });
    count(b, mask, n);
    return;
  }
  if (!r.range) refuse("updateCells without start or range");
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "updateCells.range")));
  const box = boxOf(sheet, r.range, "updateCells.range");
  if (rows.length > box.numRows) refuse("updateCells with more rows than its range");
  for (const values of rows) {
    if (values.length > box.numCols) {
      throw new InvalidRequest(
        SHEETS_API_ERRORS.beyondLastColumn(box.col + box.numCols, box.col + box.numCols - 1),
      );
    }
  }
  // Cells of the range that `rows` does not reach have the masked fields cleared.
  const t: CellTarget = { ss: b.ss, sheet };
  const cleared = parseCell(undefined, mask, t);
  for (let i = 0; i < box.numRows; i++) {
    for (let j = 0; j < box.numCols; j++) {
      const given = rows[i]?.[j];
      writeCell(t, box.row + i, box.col + j, given ? parseCell(given, mask, t) : cleared, mask);
    }
  }
  count(b, mask, box.numRows * box.numCols);
}

/** One CellData, written into every cell of the range (a whole column's format in one request). */
export function repeatCell(b: Batch, r: GoogleAppsScript.Sheets.Schema.RepeatCellRequest): void {
  onlyKeys(r, ["range", "cell", "fields"], "repeatCell");
  const mask = cellMask(r.fields, "repeatCell");
  if (!r.range) refuse("repeatCell without a range");
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "repeatCell.range")));
  const box = boxOf(sheet, r.range, "repeatCell.range");
  const t: CellTarget = { ss: b.ss, sheet };
  const parsed = parseCell(r.cell, mask, t);
  for (let i = 0; i < box.numRows; i++) {
    for (let j = 0; j < box.numCols; j++) writeCell(t, box.row + i, box.col + j, parsed, mask);
  }
  count(b, mask, box.numRows * box.numCols);
}

/**
 * Rows written after the last row with a value ("Appends new cells after the last row with data in a sheet,
 * inserting new rows into the sheet if necessary"); a row wider than the sheet fails with the API's text.
 */
export function appendCells(b: Batch, r: GoogleAppsScript.Sheets.Schema.AppendCellsRequest): void {
  onlyKeys(r, ["sheetId", "rows", "fields"], "appendCells");
  const mask = cellMask(r.fields, "appendCells");
  const rows = rowsOf(r.rows, "appendCells");
  const sheet = b.writable(b.grid(sheetIdOf(r, "appendCells")));
  for (const values of rows) {
    if (values.length > sheet.maxCols) {
      throw new InvalidRequest(SHEETS_API_ERRORS.beyondLastColumn(sheet.maxCols, sheet.maxCols - 1));
    }
  }
  const row0 = lastRowWithContent(sheet);
  if (row0 + rows.length > sheet.maxRows) {
    sheet.maxRows = row0 + rows.length;
    b.checkCellLimit();
  }
  const t: CellTarget = { ss: b.ss, sheet };
  let n = 0;
  rows.forEach((values, i) => {
    values.forEach((given, j) => {
      writeCell(t, row0 + i, j, parseCell(given, mask, t), mask);
      n++;
    });
  });
  count(b, mask, n);
}

const MERGE_TYPES = ["MERGE_ALL", "MERGE_COLUMNS", "MERGE_ROWS"];

/**
 * MERGE_ALL: one merge; MERGE_COLUMNS: one per column; MERGE_ROWS: one per row. As in Sheets, only the top-left
 * value of a merge is kept; a merge may not cut an existing one, nor span frozen and non-frozen rows or columns.
 */
export function mergeCells(b: Batch, r: GoogleAppsScript.Sheets.Schema.MergeCellsRequest): void {
  onlyKeys(r, ["range", "mergeType"], "mergeCells");
  if (!r.range) refuse("mergeCells without a range");
  const type = r.mergeType;
  if (typeof type !== "string" || !MERGE_TYPES.includes(type))
    refuse(`mergeCells.mergeType "${String(type)}"`);
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "mergeCells.range")));
  const box = boxOf(sheet, r.range, "mergeCells.range");
  let pieces: Box[] = [box];
  if (type === "MERGE_COLUMNS")
    pieces = Array.from({ length: box.numCols }, (_, j) => ({ ...box, col: box.col + j, numCols: 1 }));
  if (type === "MERGE_ROWS")
    pieces = Array.from({ length: box.numRows }, (_, i) => ({ ...box, row: box.row + i, numRows: 1 }));
  pieces = pieces.filter((p) => p.numRows > 1 || p.numCols > 1);
  if (pieces.length === 0) refuse("mergeCells of single cells");
  for (const piece of pieces) merge(sheet, piece);
}

function merge(sheet: SheetData, box: Box): void {
  const crosses = (start: number, size: number, frozen: number) => start < frozen && start + size > frozen;
  if (crosses(box.row, box.numRows, sheet.frozenRows))
    throw new InvalidRequest(SHEETS_API_ERRORS.mergeFrozen("rows"));
  if (crosses(box.col, box.numCols, sheet.frozenCols))
    throw new InvalidRequest(SHEETS_API_ERRORS.mergeFrozen("columns"));
  sheet.merges = sheet.merges.filter((m) => {
    if (!boxesIntersect(m, box)) return true;
    if (!boxContains(box, m)) throw new InvalidRequest(SHEETS_API_ERRORS.mergePartial);
    return false;
  });
  for (let i = 0; i < box.numRows; i++) {
    for (let j = 0; j < box.numCols; j++) {
      if (i || j) clearKeys(cellAt(sheet, box.row + i, box.col + j), CONTENT_KEYS);
    }
  }
  sheet.merges.push(box);
}

/**
 * "Sets a data validation rule to every cell in the range. To clear validation in a range, call this with no
 * rule specified." The rule (cells.ts validationRule) replaces whatever validation the cells had; cells that
 * the range covers but that hold nothing else get one, so the whole column has its drop-down.
 */
export function setDataValidation(
  b: Batch,
  r: GoogleAppsScript.Sheets.Schema.SetDataValidationRequest,
): void {
  onlyKeys(r, ["range", "rule"], "setDataValidation");
  if (!r.range) refuse("setDataValidation without a range");
  const sheet = b.writable(b.grid(sheetIdOf(r.range, "setDataValidation.range")));
  const box = boxOf(sheet, r.range, "setDataValidation.range");
  const rule = r.rule == null ? undefined : validationRule(r.rule, b.ss, "setDataValidation.rule");
  for (let i = 0; i < box.numRows; i++) {
    for (let j = 0; j < box.numCols; j++) {
      const row = box.row + i;
      const col = box.col + j;
      if (rule) ensureCell(sheet, row, col).dv = rule;
      else {
        const cell = sheet.cells[row]?.[col];
        if (cell) delete cell.dv;
      }
    }
  }
}
