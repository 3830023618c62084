/**
 * Sheet: a view over one SheetData of a spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { type ResolvedA1, resolveA1 } from "./a1";
import { EmuObject, type GConditionalFormatRule, type GEmbeddedChart, type GSheet, unwrap } from "./base";
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from "./charts";
import { normalizeColor } from "./colors";
import { EmuConditionalFormatRule } from "./conditional";
import { enumArg, ProtectionType } from "./enums";
import {
  checkBoolean,
  checkIntegers,
  checkString,
  gasError,
  notEmulated,
  SHEETS_ERRORS,
  signatureError,
} from "./errors";
import {
  type Axis,
  CONTENT_KEYS,
  clearKeys,
  ensureCell,
  FORMAT_KEYS,
  gridCells,
  inheritFormats,
  lastColumnWithContent,
  lastRowWithContent,
  MAX_CELLS,
  shiftSheet,
} from "./grid";
import { contentOf } from "./input";
import type { CellData, SheetData } from "./model";
import { EmuFilter, EmuProtection } from "./protection";
import { EmuRange } from "./range";
import { EmuRangeList } from "./range-list";
import type { EmuSpreadsheet } from "./spreadsheet";

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class EmuSheet extends EmuObject<GSheet> implements Partial<GSheet> {
  constructor(
    readonly _ss: EmuSpreadsheet,
    readonly _data: SheetData,
  ) {
    super(_ss._ctx, "Sheet");
  }

  /**
   * A checked range, 1-based, with Apps Script's errors for bad coordinates (checked when the range is
   * requested, as Apps Script does, not when it is used).
   */
  _range(
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    form?: "cells" | "columns" | "rows",
  ): EmuRange {
    if (row < 1) throw gasError(SHEETS_ERRORS.startRowTooSmall);
    if (col < 1) throw gasError(SHEETS_ERRORS.startColumnTooSmall);
    if (numRows < 1) throw gasError(SHEETS_ERRORS.rowsAtLeastOne);
    if (numCols < 1) throw gasError(SHEETS_ERRORS.columnsAtLeastOne);
    if (row + numRows - 1 > this._data.maxRows || col + numCols - 1 > this._data.maxCols) {
      throw gasError(SHEETS_ERRORS.outsideSheet);
    }
    return new EmuRange(
      this,
      Math.trunc(row),
      Math.trunc(col),
      Math.trunc(numRows),
      Math.trunc(numCols),
      form,
    );
  }

  /** A1 notation on this sheet (a `Tab!` prefix names the sheet to use). */
  _rangeByA1(a1: string): EmuRange {
    const ref = this._ss._parseA1(a1);
    if (ref.sheetName !== null && ref.sheetName.toLowerCase() !== this._data.name.toLowerCase()) {
      return this._ss._rangeByA1(a1);
    }
    return this._rangeOfA1(resolveA1(ref, this._data.maxRows, this._data.maxCols), a1);
  }

  /**
   * The range of a resolved A1 reference. Sheets gives a range for A1 notation beyond the grid too (gas-fakes'
   * live tests read getRange("RC1") back as "RC1" on a 26-column sheet); the emulator cannot model one.
   */
  _rangeOfA1(r: ResolvedA1, a1: string): EmuRange {
    const { maxRows, maxCols } = this._data;
    if (r.row + r.numRows - 1 > maxRows || r.col + r.numCols - 1 > maxCols) {
      throw notEmulated(
        `a range in A1 notation beyond the sheet's ${maxRows} rows and ${maxCols} columns ("${a1}")`,
      );
    }
    return this._range(r.row, r.col, r.numRows, r.numCols, r.form);
  }

  // ---- identity ---------------------------------------------------------------------------------------

  getName() {
    return this._data.name;
  }
  getSheetName() {
    return this._data.name;
  }
  setName(name: string) {
    checkString("Sheet.setName", [name], name);
    this._ss._checkNewName(name, this._data);
    this._data.name = name;
    return this._proxy;
  }
  getSheetId() {
    return this._data.id;
  }
  /** 1-based position among the spreadsheet's sheets. */
  getIndex() {
    return this._ss._data.sheets.indexOf(this._data) + 1;
  }
  getParent() {
    return this._ss._proxy;
  }
  activate() {
    this._ss._data.activeSheetId = this._data.id;
    return this._proxy;
  }

  // ---- ranges -----------------------------------------------------------------------------------------

  getRange(...args: unknown[]) {
    const [a, column, numRows = 1, numColumns = 1] = args;
    if (args.length === 1 && typeof a === "string") return this._rangeByA1(a)._proxy;
    if (args.length < 2 || args.length > 4) throw signatureError("Sheet.getRange", args);
    checkIntegers("Sheet.getRange", args, a, column, numRows, numColumns);
    return this._range(a as number, column as number, numRows as number, numColumns as number)._proxy;
  }
  getRangeList(a1Notations: string[]) {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      throw signatureError("Sheet.getRangeList", [a1Notations]);
    return new EmuRangeList(a1Notations.map((a1) => this._rangeByA1(String(a1))))._proxy;
  }
  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange() {
    return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()))._proxy;
  }
  getLastRow() {
    return lastRowWithContent(this._data);
  }
  getLastColumn() {
    return lastColumnWithContent(this._data);
  }
  getMaxRows() {
    return this._data.maxRows;
  }
  getMaxColumns() {
    return this._data.maxCols;
  }

  /**
   * Appends after the last row with content; the sheet grows when that row (or the row's length) is beyond
   * its size. Strings are interpreted as typed, like setValues.
   */
  appendRow(rowContents: unknown[]) {
    if (!Array.isArray(rowContents)) throw signatureError("Sheet.appendRow", [rowContents]);
    const row = this.getLastRow();
    if (row + 1 > this._data.maxRows) this._data.maxRows = row + 1;
    if (rowContents.length > this._data.maxCols) this._data.maxCols = rowContents.length;
    const li = this._ss._locale();
    rowContents.forEach((value, c) => {
      const cell = ensureCell(this._data, row, c);
      const content = contentOf(value, cell.nf, li, this._ss._data.timeZone, () =>
        signatureError("Sheet.appendRow", [rowContents]),
      );
      clearKeys(cell, CONTENT_KEYS);
      Object.assign(cell, content);
    });
    return this._proxy;
  }

  // ---- rows and columns -------------------------------------------------------------------------------

  /**
   * Inserts before 0-based index `at`; new rows/columns take the formats (not the content) of the one before
   * them, or of the one after them at the start of the sheet, as the Sheets UI does.
   */
  _insert(axis: Axis, method: string, position: number, howMany: number, after: boolean): GSheet {
    checkIntegers(`Sheet.${method}`, [position, howMany], position, howMany);
    const max = axis === "rows" ? this._data.maxRows : this._data.maxCols;
    if (position < 1 || position > max || howMany < 1) {
      throw gasError(axis === "rows" ? SHEETS_ERRORS.rowsOutOfBounds : SHEETS_ERRORS.columnsOutOfBounds);
    }
    const other = axis === "rows" ? this._data.maxCols : this._data.maxRows;
    if (gridCells(this._ss._data.sheets) + howMany * other > MAX_CELLS)
      throw gasError(SHEETS_ERRORS.tooManyCells);
    const at = after ? position : position - 1;
    shiftSheet(this._data, axis, at, howMany);
    if (at > 0) inheritFormats(this._data, axis, at - 1, at, howMany);
    else inheritFormats(this._data, axis, howMany, 0, howMany);
    return this._proxy;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    return this._insert("rows", "insertRowsAfter", afterPosition, howMany, true);
  }
  insertRowAfter(afterPosition: number) {
    return this._insert("rows", "insertRowAfter", afterPosition, 1, true);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    return this._insert("rows", "insertRowsBefore", beforePosition, howMany, false);
  }
  insertRowBefore(beforePosition: number) {
    return this._insert("rows", "insertRowBefore", beforePosition, 1, false);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    return this._insert("columns", "insertColumnsAfter", afterPosition, howMany, true);
  }
  insertColumnAfter(afterPosition: number) {
    return this._insert("columns", "insertColumnAfter", afterPosition, 1, true);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    return this._insert("columns", "insertColumnsBefore", beforePosition, howMany, false);
  }
  insertColumnBefore(beforePosition: number) {
    return this._insert("columns", "insertColumnBefore", beforePosition, 1, false);
  }

  /** At least one non-frozen row/column must remain (Sheets' error otherwise). */
  _delete(axis: Axis, method: string, position: number, howMany: number): void {
    checkIntegers(`Sheet.${method}`, [position, howMany], position, howMany);
    const rows = axis === "rows";
    const max = rows ? this._data.maxRows : this._data.maxCols;
    const frozen = rows ? this._data.frozenRows : this._data.frozenCols;
    if (position < 1 || howMany < 1 || position + howMany - 1 > max) {
      throw gasError(rows ? SHEETS_ERRORS.rowsOutOfBounds : SHEETS_ERRORS.columnsOutOfBounds);
    }
    if (max - howMany <= frozen)
      throw gasError(rows ? SHEETS_ERRORS.deleteAllRows : SHEETS_ERRORS.deleteAllColumns);
    shiftSheet(this._data, axis, position - 1, -howMany);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this._delete("rows", "deleteRows", rowPosition, howMany);
  }
  deleteRow(rowPosition: number) {
    this._delete("rows", "deleteRow", rowPosition, 1);
    return this._proxy;
  }
  deleteColumns(columnPosition: number, howMany: number) {
    this._delete("columns", "deleteColumns", columnPosition, howMany);
  }
  deleteColumn(columnPosition: number) {
    this._delete("columns", "deleteColumn", columnPosition, 1);
    return this._proxy;
  }

  // ---- clearing ---------------------------------------------------------------------------------------

  _clear(keys: readonly (keyof CellData)[]): GSheet {
    for (const line of this._data.cells) if (line) for (const cell of line) clearKeys(cell, keys);
    return this._proxy;
  }
  /**
   * "Clears the sheet of content and formatting information." Notes and data validation stay: unlike
   * Range.clear, Sheets' Sheet.clear and clearFormats keep them (gas-fakes' live tests, testsheets.js).
   */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }) {
    const o = options ?? {};
    return this._clear([...(o.formatOnly ? [] : CONTENT_KEYS), ...(o.contentsOnly ? [] : FORMAT_KEYS)]);
  }
  clearContents() {
    return this._clear(CONTENT_KEYS);
  }
  clearFormats() {
    return this._clear(FORMAT_KEYS);
  }
  clearNotes() {
    return this._clear(["note"]);
  }

  // ---- view -------------------------------------------------------------------------------------------

  setFrozenRows(rows: number) {
    checkIntegers("Sheet.setFrozenRows", [rows], rows);
    if (rows < 0 || rows > this._data.maxRows) throw gasError(SHEETS_ERRORS.rowsOutOfBounds);
    this._data.frozenRows = rows;
  }
  getFrozenRows() {
    return this._data.frozenRows;
  }
  setFrozenColumns(columns: number) {
    checkIntegers("Sheet.setFrozenColumns", [columns], columns);
    if (columns < 0 || columns > this._data.maxCols) throw gasError(SHEETS_ERRORS.columnsOutOfBounds);
    this._data.frozenCols = columns;
  }
  getFrozenColumns() {
    return this._data.frozenCols;
  }
  /** The last visible sheet cannot be hidden; a hidden active sheet hands "active" to a visible one. */
  hideSheet() {
    const visible = this._ss._data.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._data) throw gasError(SHEETS_ERRORS.hideAllSheets);
    this._data.hidden = true;
    if (this._ss._data.activeSheetId === this._data.id) {
      this._ss._data.activeSheetId = visible.find((s) => s !== this._data)!.id;
    }
    return this._proxy;
  }
  showSheet() {
    this._data.hidden = false;
    return this._proxy;
  }
  isSheetHidden() {
    return this._data.hidden;
  }
  setTabColor(color: string | null) {
    this._data.tabColor = color === null ? null : normalizeColor(String(color));
    return this._proxy;
  }
  getTabColor() {
    return this._data.tabColor;
  }
  setHiddenGridlines(hideGridlines: boolean) {
    checkBoolean("Sheet.setHiddenGridlines", [hideGridlines], hideGridlines);
    this._data.hiddenGridlines = hideGridlines;
    return this._proxy;
  }
  hasHiddenGridlines() {
    return this._data.hiddenGridlines;
  }

  _sizes(axis: Axis, method: string, start: number, count: number, size: number): GSheet {
    checkIntegers(`Sheet.${method}`, [start, count, size], start, count, size);
    const rows = axis === "rows";
    if (start < 1 || count < 1 || start + count - 1 > (rows ? this._data.maxRows : this._data.maxCols)) {
      throw gasError(rows ? SHEETS_ERRORS.rowsOutOfBounds : SHEETS_ERRORS.columnsOutOfBounds);
    }
    const sizes = rows ? this._data.rowHeights : this._data.colWidths;
    for (let i = start - 1; i < start - 1 + count; i++) sizes[i] = size;
    return this._proxy;
  }
  setColumnWidth(columnPosition: number, width: number) {
    return this._sizes("columns", "setColumnWidth", columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    return this._sizes("columns", "setColumnWidths", startColumn, numColumns, width);
  }
  getColumnWidth(columnPosition: number) {
    checkIntegers("Sheet.getColumnWidth", [columnPosition], columnPosition);
    return this._data.colWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number) {
    return this._sizes("rows", "setRowHeight", rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number) {
    return this._sizes("rows", "setRowHeights", startRow, numRows, height);
  }
  getRowHeight(rowPosition: number) {
    checkIntegers("Sheet.getRowHeight", [rowPosition], rowPosition);
    return this._data.rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  /** Whether the user (or a script, e.g. through the Sheets API) hid the 1-based row. */
  isRowHiddenByUser(rowPosition: number) {
    checkIntegers("Sheet.isRowHiddenByUser", [rowPosition], rowPosition);
    return this._data.hiddenRows?.[rowPosition - 1] === true;
  }
  isColumnHiddenByUser(columnPosition: number) {
    checkIntegers("Sheet.isColumnHiddenByUser", [columnPosition], columnPosition);
    return this._data.hiddenCols?.[columnPosition - 1] === true;
  }

  // ---- conditional formats, protection, charts, filter -----------------------------------------------

  getConditionalFormatRules() {
    return this._data.conditionalFormatRules.map(
      (r) => new EmuConditionalFormatRule(this._ctx, this, structuredClone(r))._proxy,
    );
  }
  /** Replaces all of the sheet's rules (documented: "Replaces all currently existing conditional format rules"). */
  setConditionalFormatRules(rules: GConditionalFormatRule[]) {
    const raw = Array.isArray(rules) ? rules.map((r) => unwrap(r, EmuConditionalFormatRule)) : null;
    if (!raw || raw.some((r) => !r)) throw signatureError("Sheet.setConditionalFormatRules", [rules]);
    this._data.conditionalFormatRules = (raw as EmuConditionalFormatRule[]).map((r) =>
      structuredClone(r._data),
    );
  }
  clearConditionalFormatRules() {
    this._data.conditionalFormatRules = [];
  }

  /** The sheet's protection; an existing one is returned rather than a second one created (documented). */
  protect() {
    let data = this._data.protections.find((p) => p.range === null);
    if (!data) {
      data = { range: null, description: "", warningOnly: false };
      this._data.protections.push(data);
    }
    return new EmuProtection(this, data)._proxy;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    const kind = enumArg(ProtectionType, type, "Sheet.getProtections", [type]);
    return this._data.protections
      .filter((p) => (kind === "SHEET" ? p.range === null : p.range !== null))
      .map((p) => new EmuProtection(this, p)._proxy);
  }

  newChart() {
    return new EmuEmbeddedChartBuilder(this)._proxy;
  }
  getCharts() {
    return this._data.charts.map((c) => new EmuEmbeddedChart(this, c, true)._proxy);
  }
  _chartArg(method: string, chart: unknown): EmuEmbeddedChart {
    const c = unwrap(chart, EmuEmbeddedChart);
    if (!c) throw signatureError(`Sheet.${method}`, [chart]);
    return c;
  }
  insertChart(chart: GEmbeddedChart) {
    const c = this._chartArg("insertChart", chart);
    this._data.charts.push({ ...structuredClone(c._data), id: this._ss._data.nextChartId++ });
  }
  /** Replaces the chart with the same id (a chart from getCharts().modify().build()). */
  updateChart(chart: GEmbeddedChart) {
    const c = this._chartArg("updateChart", chart);
    const i = this._data.charts.findIndex((x) => x.id === c._data.id);
    if (i < 0) throw notEmulated("Sheet.updateChart with a chart that is not on this sheet");
    this._data.charts[i] = structuredClone(c._data);
  }
  removeChart(chart: GEmbeddedChart) {
    const c = this._chartArg("removeChart", chart);
    this._data.charts = this._data.charts.filter((x) => x.id !== c._data.id);
  }
  getFilter() {
    return this._data.filter ? new EmuFilter(this)._proxy : null;
  }
}
