/**
 * Range: a view over a rectangle of a SheetData. Rows and columns are 1-based here, as in
 * Apps Script; the model is 0-based.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import { isDate, toHostDate } from "../values";
import { type Box, boxContains, boxesIntersect, formatA1, type ResolvedA1 } from "./a1";
import {
  type Attr,
  BACKGROUND,
  FONT_COLOR,
  FONT_SIZE,
  FONT_STYLE,
  FONT_WEIGHT,
  HORIZONTAL_ALIGNMENT,
  NOTE,
  NUMBER_FORMAT,
  VERTICAL_ALIGNMENT,
  WRAP,
  WRAP_STRATEGY,
} from "./attrs";
import { EmuObject, type GDataValidation, type GRange, unwrap } from "./base";
import { normalizeColor } from "./colors";
import { displayOf } from "./display";
import { BorderStyle, enumArg } from "./enums";
import { checkGrid, checkIntegers, checkString, gasError, SHEETS_ERRORS, signatureError } from "./errors";
import { CONTENT_KEYS, cellAt, clearKeys, ensureCell, FORMAT_AND_VALIDATION_KEYS, hasContent } from "./grid";
import { type Content, contentOf } from "./input";
import type { CellData, CellValue, DataValidationData } from "./model";
import { EmuFilter, EmuProtection } from "./protection";
import type { EmuSheet } from "./sheet";
import { EmuDataValidation, validationOf } from "./validation";

type Cell = CellData | null | undefined;

function setContent(cell: CellData, content: Content): void {
  clearKeys(cell, CONTENT_KEYS);
  if (content.v !== undefined) cell.v = content.v;
  if (content.f !== undefined) cell.f = content.f;
}

/** A value as getValue(s) returns it: "" for empty, a fresh Date for a date. */
function readValue(cell: Cell): CellValue {
  const v = cell?.v;
  if (v === undefined) return "";
  return isDate(v) ? toHostDate(v) : v;
}

export class EmuRange extends EmuObject<GRange> implements Partial<GRange> {
  constructor(
    readonly _sheet: EmuSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    readonly _form: ResolvedA1["form"] = "cells",
  ) {
    super(_sheet._ctx, "Range");
  }

  // ---- internals --------------------------------------------------------------------------------------

  /** The 0-based box of this range. */
  _box(): Box {
    return { row: this._row - 1, col: this._col - 1, numRows: this._numRows, numCols: this._numCols };
  }

  /** fn(cell) for every cell, row by row, as a fresh grid. */
  _read<T>(fn: (cell: Cell, r: number, c: number) => T): T[][] {
    const data = this._sheet._data;
    const out: T[][] = new Array(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const r = this._row - 1 + i;
      const line = data.cells[r];
      const row: T[] = new Array(this._numCols);
      for (let j = 0; j < this._numCols; j++) row[j] = fn(line?.[this._col - 1 + j], r, this._col - 1 + j);
      out[i] = row;
    }
    return out;
  }

  _readFirst<T>(fn: (cell: Cell) => T): T {
    return fn(cellAt(this._sheet._data, this._row - 1, this._col - 1));
  }

  /** fn(cell) on every cell, creating cells as needed. */
  _write(fn: (cell: CellData, i: number, j: number) => void): GRange {
    const data = this._sheet._data;
    for (let i = 0; i < this._numRows; i++) {
      for (let j = 0; j < this._numCols; j++)
        fn(ensureCell(data, this._row - 1 + i, this._col - 1 + j), i, j);
    }
    return this._proxy;
  }

  /** fn on existing cells only (for clearing). */
  _visit(fn: (cell: CellData) => void): GRange {
    const data = this._sheet._data;
    for (let i = 0; i < this._numRows; i++) {
      const line = data.cells[this._row - 1 + i];
      if (!line) continue;
      for (let j = 0; j < this._numCols; j++) {
        const cell = line[this._col - 1 + j];
        if (cell) fn(cell);
      }
    }
    return this._proxy;
  }

  /** A grid argument of a set*s method, checked against the range's shape with Sheets' error texts. */
  _checkGrid(method: string, grid: unknown): unknown[][] {
    checkGrid(`Range.${method}`, [grid], grid);
    if (grid.length !== this._numRows) throw gasError(SHEETS_ERRORS.rowsMismatch(grid.length, this._numRows));
    for (const row of grid) {
      if (row.length !== this._numCols)
        throw gasError(SHEETS_ERRORS.columnsMismatch(row.length, this._numCols));
    }
    return grid;
  }

  _get<T>(attr: Attr<T, unknown>): T {
    return this._readFirst(attr.get);
  }
  _getAll<T>(attr: Attr<T, unknown>): T[][] {
    return this._read(attr.get);
  }
  _set<In>(attr: Attr<unknown, In>, value: unknown): GRange {
    const v = attr.parse(value);
    return this._write((cell) => attr.set(cell, v));
  }
  _setAll<In>(method: string, attr: Attr<unknown, In>, grid: unknown): GRange {
    const parsed = this._checkGrid(method, grid).map((row) => row.map((v) => attr.parse(v)));
    return this._write((cell, i, j) => attr.set(cell, parsed[i]![j]!));
  }

  _content(method: string, value: unknown, cell: CellData | null | undefined): Content {
    const ss = this._sheet._ss;
    return contentOf(value, cell?.nf, ss._locale(), ss._data.timeZone, () =>
      signatureError(`Range.${method}`, [value]),
    );
  }

  // ---- geometry ---------------------------------------------------------------------------------------

  getA1Notation() {
    return formatA1(this._row, this._col, this._numRows, this._numCols, this._form);
  }
  getRow() {
    return this._row;
  }
  getRowIndex() {
    return this._row;
  }
  getColumn() {
    return this._col;
  }
  getLastRow() {
    return this._row + this._numRows - 1;
  }
  getLastColumn() {
    return this._col + this._numCols - 1;
  }
  getNumRows() {
    return this._numRows;
  }
  getNumColumns() {
    return this._numCols;
  }
  getHeight() {
    return this._numRows;
  }
  getWidth() {
    return this._numCols;
  }
  getSheet() {
    return this._sheet._proxy;
  }
  getGridId() {
    return this._sheet._data.id;
  }
  /** 1-based, relative to the range; outside it: "Cell reference out of range". */
  getCell(row: number, column: number) {
    checkIntegers("Range.getCell", [row, column], row, column);
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw gasError(SHEETS_ERRORS.cellOutOfRange);
    }
    return this._sheet._range(this._row + row - 1, this._col + column - 1, 1, 1)._proxy;
  }
  offset(...args: number[]) {
    const [rowOffset, columnOffset, numRows = this._numRows, numColumns = this._numCols] = args;
    checkIntegers("Range.offset", args, rowOffset, columnOffset, numRows, numColumns);
    return this._sheet._range(this._row + rowOffset!, this._col + columnOffset!, numRows, numColumns)._proxy;
  }

  // ---- values and formulas ----------------------------------------------------------------------------

  getValue() {
    return this._readFirst(readValue);
  }
  getValues() {
    return this._read(readValue);
  }
  setValue(value: unknown) {
    return this._write((cell) => setContent(cell, this._content("setValue", value, cell)));
  }
  setValues(values: unknown[][]) {
    const grid = this._checkGrid("setValues", values);
    return this._write((cell, i, j) => setContent(cell, this._content("setValues", grid[i]![j], cell)));
  }
  getDisplayValue() {
    const ss = this._sheet._ss;
    return this._readFirst((cell) => displayOf(cell, ss._locale(), ss._data.timeZone));
  }
  getDisplayValues() {
    const ss = this._sheet._ss;
    const li = ss._locale();
    return this._read((cell) => displayOf(cell, li, ss._data.timeZone));
  }
  getFormula() {
    return this._readFirst((cell) => cell?.f ?? "");
  }
  getFormulas() {
    return this._read((cell) => cell?.f ?? "");
  }
  /** Like setValue: a text starting with "=" becomes the formula (see input.ts for what is evaluated). */
  setFormula(formula: string) {
    checkString("Range.setFormula", [formula], formula);
    return this.setValue(formula);
  }
  setFormulas(formulas: string[][]) {
    const grid = this._checkGrid("setFormulas", formulas);
    for (const row of grid) for (const f of row) checkString("Range.setFormulas", [formulas], f);
    return this.setValues(grid);
  }
  isBlank() {
    return this._read(hasContent).every((row) => row.every((has) => !has));
  }

  // ---- clearing ---------------------------------------------------------------------------------------

  /**
   * clear(): contents and formats; options as documented ("clearing format also clears data validation
   * rules"). Notes are kept unless `commentsOnly`.
   */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }) {
    const o = options ?? {};
    if (o.commentsOnly) return this.clearNote();
    if (o.validationsOnly) return this.clearDataValidations();
    const keys = [
      ...(o.formatOnly ? [] : CONTENT_KEYS),
      ...(o.contentsOnly ? [] : FORMAT_AND_VALIDATION_KEYS),
    ];
    return this._visit((cell) => clearKeys(cell, keys));
  }
  clearContent() {
    return this._visit((cell) => clearKeys(cell, CONTENT_KEYS));
  }
  clearFormat() {
    return this._visit((cell) => clearKeys(cell, FORMAT_AND_VALIDATION_KEYS));
  }
  clearNote() {
    return this._visit((cell) => clearKeys(cell, ["note"]));
  }
  clearDataValidations() {
    return this._visit((cell) => clearKeys(cell, ["dv"]));
  }

  // ---- formats ----------------------------------------------------------------------------------------

  getBackground() {
    return this._get(BACKGROUND);
  }
  getBackgrounds() {
    return this._getAll(BACKGROUND);
  }
  setBackground(color: string | null) {
    return this._set(BACKGROUND, color);
  }
  setBackgrounds(color: (string | null)[][]) {
    return this._setAll("setBackgrounds", BACKGROUND, color);
  }
  /** Deprecated in Apps Script (use getFontColorObject), still available; "#000000" by default. */
  getFontColor() {
    return this._get(FONT_COLOR);
  }
  getFontColors() {
    return this._getAll(FONT_COLOR);
  }
  setFontColor(color: string | null) {
    return this._set(FONT_COLOR, color);
  }
  setFontColors(colors: unknown[][]) {
    return this._setAll("setFontColors", FONT_COLOR, colors);
  }
  getFontWeight() {
    return this._get(FONT_WEIGHT) as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights() {
    return this._getAll(FONT_WEIGHT) as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null) {
    return this._set(FONT_WEIGHT, fontWeight);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]) {
    return this._setAll("setFontWeights", FONT_WEIGHT, fontWeights);
  }
  getFontStyle() {
    return this._get(FONT_STYLE) as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  getFontStyles() {
    return this._getAll(FONT_STYLE) as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null) {
    return this._set(FONT_STYLE, fontStyle);
  }
  setFontStyles(fontStyles: (GoogleAppsScript.Spreadsheet.FontStyle | null)[][]) {
    return this._setAll("setFontStyles", FONT_STYLE, fontStyles);
  }
  getFontSize() {
    return this._get(FONT_SIZE) as number;
  }
  getFontSizes() {
    return this._getAll(FONT_SIZE) as number[][];
  }
  setFontSize(size: number) {
    return this._set(FONT_SIZE, size);
  }
  setFontSizes(sizes: number[][]) {
    return this._setAll("setFontSizes", FONT_SIZE, sizes);
  }
  getNumberFormat() {
    return this._get(NUMBER_FORMAT) as string;
  }
  getNumberFormats() {
    return this._getAll(NUMBER_FORMAT) as string[][];
  }
  setNumberFormat(numberFormat: string) {
    return this._set(NUMBER_FORMAT, numberFormat);
  }
  setNumberFormats(numberFormats: string[][]) {
    return this._setAll("setNumberFormats", NUMBER_FORMAT, numberFormats);
  }
  getNote() {
    return this._get(NOTE) as string;
  }
  getNotes() {
    return this._getAll(NOTE) as string[][];
  }
  setNote(note: string | null) {
    return this._set(NOTE, note);
  }
  setNotes(notes: (string | null)[][]) {
    return this._setAll("setNotes", NOTE, notes);
  }
  getWrap() {
    return this._get(WRAP);
  }
  getWraps() {
    return this._getAll(WRAP);
  }
  setWrap(isWrapEnabled: boolean) {
    return this._set(WRAP, isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]) {
    return this._setAll("setWraps", WRAP, isWrapEnabled);
  }
  getWrapStrategy() {
    return this._get(WRAP_STRATEGY);
  }
  getWrapStrategies() {
    return this._getAll(WRAP_STRATEGY);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy) {
    return this._set(WRAP_STRATEGY, strategy);
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]) {
    return this._setAll("setWrapStrategies", WRAP_STRATEGY, strategies);
  }
  getHorizontalAlignment() {
    return this._get(HORIZONTAL_ALIGNMENT) as string;
  }
  getHorizontalAlignments() {
    return this._getAll(HORIZONTAL_ALIGNMENT) as string[][];
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null) {
    return this._set(HORIZONTAL_ALIGNMENT, alignment);
  }
  setHorizontalAlignments(alignments: ("left" | "center" | "normal" | "right" | null)[][]) {
    return this._setAll("setHorizontalAlignments", HORIZONTAL_ALIGNMENT, alignments);
  }
  getVerticalAlignment() {
    return this._get(VERTICAL_ALIGNMENT) as string;
  }
  getVerticalAlignments() {
    return this._getAll(VERTICAL_ALIGNMENT) as string[][];
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null) {
    return this._set(VERTICAL_ALIGNMENT, alignment);
  }
  setVerticalAlignments(alignments: ("top" | "middle" | "bottom" | null)[][]) {
    return this._setAll("setVerticalAlignments", VERTICAL_ALIGNMENT, alignments);
  }

  /**
   * Borders are not modelled: the arguments are checked (six booleans or nulls, then optionally a CSS colour
   * or null and a BorderStyle or null) and otherwise ignored.
   */
  setBorder(...args: unknown[]) {
    const method = "Range.setBorder";
    if (args.length !== 6 && args.length !== 8) throw signatureError(method, args);
    if (!args.slice(0, 6).every((a) => a === null || typeof a === "boolean"))
      throw signatureError(method, args);
    if (args.length === 8) {
      const [color, style] = args.slice(6);
      if (color !== null) normalizeColor(String(color));
      if (style !== null) enumArg(BorderStyle, style, method, args);
    }
    return this._proxy;
  }

  // ---- merges -----------------------------------------------------------------------------------------

  /**
   * Merging keeps the top-left value and discards the others (as Sheets does). Existing merges inside the new
   * one are replaced; one that lies only partly inside throws Sheets' error.
   */
  _merge(boxes: Box[]): GRange {
    const sheet = this._sheet._data;
    for (const box of boxes) {
      if (box.numRows === 1 && box.numCols === 1) continue;
      sheet.merges = sheet.merges.filter((m) => {
        if (!boxesIntersect(m, box)) return true;
        if (!boxContains(box, m)) throw gasError(SHEETS_ERRORS.mergePartial);
        return false;
      });
      for (let i = 0; i < box.numRows; i++) {
        for (let j = 0; j < box.numCols; j++) {
          if (i || j) clearKeys(cellAt(sheet, box.row + i, box.col + j), CONTENT_KEYS);
        }
      }
      sheet.merges.push(box);
    }
    return this._proxy;
  }
  merge() {
    return this._merge([this._box()]);
  }
  mergeAcross() {
    const b = this._box();
    return this._merge(Array.from({ length: b.numRows }, (_, i) => ({ ...b, row: b.row + i, numRows: 1 })));
  }
  mergeVertically() {
    const b = this._box();
    return this._merge(Array.from({ length: b.numCols }, (_, j) => ({ ...b, col: b.col + j, numCols: 1 })));
  }
  breakApart() {
    const box = this._box();
    const sheet = this._sheet._data;
    sheet.merges = sheet.merges.filter((m) => {
      if (!boxesIntersect(m, box)) return true;
      if (!boxContains(box, m)) throw gasError(SHEETS_ERRORS.mergePartial);
      return false;
    });
    return this._proxy;
  }
  isPartOfMerge() {
    const box = this._box();
    return this._sheet._data.merges.some((m) => boxesIntersect(m, box));
  }
  /** Merges inside the range or containing at least one of its cells. */
  getMergedRanges() {
    const box = this._box();
    return this._sheet._data.merges
      .filter((m) => boxesIntersect(m, box))
      .map((m) => this._sheet._range(m.row + 1, m.col + 1, m.numRows, m.numCols)._proxy);
  }

  // ---- data validation and checkboxes -----------------------------------------------------------------

  getDataValidation() {
    return this._readFirst((cell) => validationOf(this._sheet._ss, cell?.dv));
  }
  getDataValidations() {
    return this._read((cell) => validationOf(this._sheet._ss, cell?.dv));
  }
  _validationArg(method: string, rule: unknown): DataValidationData | undefined {
    if (rule === null) return undefined;
    const dv = unwrap(rule, EmuDataValidation);
    if (!dv) throw signatureError(`Range.${method}`, [rule]);
    return dv._data;
  }
  setDataValidation(rule: GDataValidation | null) {
    const dv = this._validationArg("setDataValidation", rule);
    return this._write((cell) => setValidation(cell, dv));
  }
  setDataValidations(rules: (GDataValidation | null)[][]) {
    const grid = this._checkGrid("setDataValidations", rules).map((row) =>
      row.map((rule) => this._validationArg("setDataValidations", rule)),
    );
    return this._write((cell, i, j) => setValidation(cell, grid[i]![j]));
  }

  /**
   * Checkbox validation on every cell; the value becomes FALSE (no argument), "" (a custom checked value) or
   * the custom unchecked value, as documented for the three overloads.
   */
  insertCheckboxes(...args: unknown[]) {
    const dv: DataValidationData = { kind: "checkbox", strict: true };
    if (args.length >= 1) dv.checkedValue = args[0] as CellValue;
    if (args.length >= 2) dv.uncheckedValue = args[1] as CellValue;
    const value = args.length === 0 ? false : args.length === 1 ? undefined : (args[1] as CellValue);
    const content: Content = value === undefined || value === "" ? {} : { v: value };
    Object.freeze(dv);
    return this._write((cell) => {
      cell.dv = dv;
      setContent(cell, content);
    });
  }
  /** Removes checkbox validation, and the value when it is the checked or unchecked value. */
  removeCheckboxes() {
    return this._visit((cell) => {
      if (cell.dv?.kind !== "checkbox") return;
      const [checked, unchecked] = checkboxValues(cell.dv);
      if (sameValue(cell.v, checked) || sameValue(cell.v, unchecked)) clearKeys(cell, CONTENT_KEYS);
      delete cell.dv;
    });
  }
  /** true when all are checked, false when all are unchecked, null otherwise or when a cell has no checkbox. */
  isChecked() {
    const states = this._read((cell) => {
      if (cell?.dv?.kind !== "checkbox") return null;
      const [checked] = checkboxValues(cell.dv);
      return sameValue(cell.v, checked);
    }).flat();
    if (states.every((s) => s === true)) return true;
    if (states.every((s) => s === false)) return false;
    return null;
  }
  check() {
    return this._setCheckboxes(0);
  }
  uncheck() {
    return this._setCheckboxes(1);
  }
  _setCheckboxes(which: 0 | 1): GRange {
    return this._visit((cell) => {
      if (cell.dv?.kind !== "checkbox") return;
      const v = checkboxValues(cell.dv)[which];
      setContent(cell, v === "" ? {} : { v });
    });
  }

  // ---- other ------------------------------------------------------------------------------------------

  /** A new range protection; an existing one that overlaps stays (documented). */
  protect() {
    const data = { range: this._box(), description: "", warningOnly: false };
    this._sheet._data.protections.push(data);
    return new EmuProtection(this._sheet, data)._proxy;
  }
  createFilter() {
    const sheet = this._sheet._data;
    if (sheet.filter) throw gasError(SHEETS_ERRORS.filterExists);
    sheet.filter = this._box();
    return new EmuFilter(this._sheet)._proxy;
  }
  getFilter() {
    return this._sheet._data.filter ? new EmuFilter(this._sheet)._proxy : null;
  }
  activate() {
    this._sheet._ss._data.activeSheetId = this._sheet._data.id;
    return this._proxy;
  }
}

function setValidation(cell: CellData, dv: DataValidationData | undefined): void {
  if (dv) cell.dv = dv;
  else delete cell.dv;
}

function checkboxValues(dv: DataValidationData): [CellValue, CellValue] {
  if (dv.checkedValue === undefined) return [true, false];
  return [dv.checkedValue, dv.uncheckedValue ?? ""];
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  return (a ?? "") === b;
}
