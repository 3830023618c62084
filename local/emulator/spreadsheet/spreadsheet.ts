/**
 * Spreadsheet: a view over one SpreadsheetData of the account.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import type { EmuContext } from "../context";
import { type A1Ref, parseA1, resolveA1 } from "./a1";
import { EmuObject, type GSheet, type GSpreadsheet, unwrap } from "./base";
import { enumArg, ProtectionType } from "./enums";
import { checkIntegers, checkString, gasError, notEmulated, SHEETS_ERRORS, signatureError } from "./errors";
import { gridCells, MAX_CELLS } from "./grid";
import { type LocaleInfo, localeInfo } from "./locale";
import { DEFAULT_COLS, DEFAULT_ROWS, newSheetData, type SheetData, type SpreadsheetData } from "./model";
import type { EmuRange } from "./range";
import { EmuRangeList } from "./range-list";
import { EmuSheet } from "./sheet";
import { isTimeZone } from "./time";

const views = new WeakMap<EmuContext, WeakMap<SpreadsheetData, EmuSpreadsheet>>();

export class EmuSpreadsheet extends EmuObject<GSpreadsheet> implements Partial<GSpreadsheet> {
  /** One view per spreadsheet and execution context, created on first use. */
  static _of(ctx: EmuContext, data: SpreadsheetData): EmuSpreadsheet {
    let byData = views.get(ctx);
    if (!byData) {
      byData = new WeakMap();
      views.set(ctx, byData);
    }
    let view = byData.get(data);
    if (!view) {
      view = new EmuSpreadsheet(ctx, data);
      byData.set(data, view);
    }
    return view;
  }

  readonly _sheets = new WeakMap<SheetData, EmuSheet>();

  private constructor(
    ctx: EmuContext,
    readonly _data: SpreadsheetData,
  ) {
    super(ctx, "Spreadsheet");
  }

  _sheet(data: SheetData): EmuSheet {
    let view = this._sheets.get(data);
    if (!view) {
      view = new EmuSheet(this, data);
      this._sheets.set(data, view);
    }
    return view;
  }

  _locale(): LocaleInfo {
    return localeInfo(this._data.locale);
  }

  _activeSheetData(): SheetData {
    return this._data.sheets.find((s) => s.id === this._data.activeSheetId) ?? this._data.sheets[0]!;
  }

  /** Sheet names are unique without regard to case, and at most 100 characters long. */
  _checkNewName(name: string, renamed?: SheetData): void {
    if (name.length > 100) throw gasError(SHEETS_ERRORS.sheetNameTooLong);
    const lower = name.toLowerCase();
    if (this._data.sheets.some((s) => s !== renamed && s.name.toLowerCase() === lower)) {
      throw gasError(SHEETS_ERRORS.sheetExists(name));
    }
  }

  _sheetByName(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this._data.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /**
   * parseA1, except for a sheet's name alone (`Blad1`, `'My tab'`): the Sheets API reads that as the whole
   * sheet; what Apps Script makes of it is not known, so it is refused rather than called "Range not found".
   */
  _parseA1(a1: string): A1Ref {
    try {
      return parseA1(a1);
    } catch (e) {
      const name = a1.trim().replace(/^'((?:[^']|'')+)'$/, (_, quoted: string) => quoted.replace(/''/g, "'"));
      if (this._sheetByName(name)) throw notEmulated(`a range named by a sheet's name alone ("${a1}")`);
      throw e;
    }
  }

  /** `Tab!A1:B2` (or `A1` on the active sheet). */
  _rangeByA1(a1: string): EmuRange {
    const ref = this._parseA1(a1);
    const data = ref.sheetName === null ? this._activeSheetData() : this._sheetByName(ref.sheetName);
    if (!data) throw gasError(SHEETS_ERRORS.rangeNotFound);
    return this._sheet(data)._rangeOfA1(resolveA1(ref, data.maxRows, data.maxCols), a1);
  }

  _sheetArg(method: string, sheet: unknown): EmuSheet {
    const s = unwrap(sheet, EmuSheet);
    if (!s || s._ss !== this) throw signatureError(`Spreadsheet.${method}`, [sheet]);
    return s;
  }

  // ---- identity ---------------------------------------------------------------------------------------

  getId() {
    return this._data.id;
  }
  getName() {
    return this._data.name;
  }
  rename(newName: string) {
    checkString("Spreadsheet.rename", [newName], newName);
    this._data.name = newName;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._data.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this._data.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string) {
    checkString("Spreadsheet.setSpreadsheetTimeZone", [timezone], timezone);
    if (!isTimeZone(timezone)) throw gasError(SHEETS_ERRORS.invalidArgument("timezone"));
    this._data.timeZone = timezone;
  }
  getSpreadsheetLocale() {
    return this._data.locale;
  }
  setSpreadsheetLocale(locale: string) {
    checkString("Spreadsheet.setSpreadsheetLocale", [locale], locale);
    this._data.locale = locale;
  }

  // ---- sheets -----------------------------------------------------------------------------------------

  getSheets() {
    return this._data.sheets.map((s) => this._sheet(s)._proxy);
  }
  getNumSheets() {
    return this._data.sheets.length;
  }
  /** Case-insensitive, like sheet names themselves; null when there is no such sheet. */
  getSheetByName(name: string) {
    checkString("Spreadsheet.getSheetByName", [name], name);
    const data = this._sheetByName(name);
    return data ? this._sheet(data)._proxy : null;
  }
  getSheetById(id: number) {
    const data = this._data.sheets.find((s) => s.id === id);
    return data ? this._sheet(data)._proxy : null;
  }
  getActiveSheet() {
    return this._sheet(this._activeSheetData())._proxy;
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean) {
    const s = this._sheetArg("setActiveSheet", sheet);
    this._data.activeSheetId = s._data.id;
    return s._proxy;
  }
  /** Moves the active sheet to the 1-based position `pos`. */
  moveActiveSheet(pos: number) {
    checkIntegers("Spreadsheet.moveActiveSheet", [pos], pos);
    const sheets = this._data.sheets;
    if (pos < 1 || pos > sheets.length) throw gasError(SHEETS_ERRORS.invalidArgument("pos"));
    const active = this._activeSheetData();
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(pos - 1, 0, active);
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex): sheetIndex is 0-based; without it the
   * sheet goes right after the active sheet. The new sheet (1000 x 26) becomes the active sheet. Without a
   * name it gets the next free default name ("Blad2"… in nl, "Sheet2"… otherwise). Templates are not emulated.
   */
  insertSheet(...args: unknown[]) {
    const method = "Spreadsheet.insertSheet";
    if (args.some((a) => a !== null && typeof a === "object"))
      throw notEmulated("Spreadsheet.insertSheet with options");
    let [name, index] = typeof args[0] === "string" ? [args[0], args[1]] : [undefined, args[0]];
    const rest = typeof args[0] === "string" ? args.slice(2) : args.slice(1);
    if (rest.length > 0 || (index !== undefined && (typeof index !== "number" || !Number.isInteger(index)))) {
      throw signatureError(method, args);
    }
    const sheets = this._data.sheets;
    if (index !== undefined && ((index as number) < 0 || (index as number) > sheets.length)) {
      throw gasError(SHEETS_ERRORS.invalidArgument("sheetIndex"));
    }
    if (name === undefined) name = this._defaultSheetName();
    this._checkNewName(name);
    if (gridCells(sheets) + DEFAULT_ROWS * DEFAULT_COLS > MAX_CELLS)
      throw gasError(SHEETS_ERRORS.tooManyCells);
    const data = newSheetData(this._data.nextSheetId++, name);
    const at = (index as number | undefined) ?? sheets.indexOf(this._activeSheetData()) + 1;
    sheets.splice(at, 0, data);
    this._data.activeSheetId = data.id;
    return this._sheet(data)._proxy;
  }

  _defaultSheetName(): string {
    const prefix = this._data.locale.toLowerCase().startsWith("nl") ? "Blad" : "Sheet";
    for (let n = this._data.sheets.length + 1; ; n++) {
      if (!this._sheetByName(`${prefix}${n}`)) return `${prefix}${n}`;
    }
  }

  /** The last sheet, and the last visible sheet, cannot be deleted. */
  deleteSheet(sheet: GSheet) {
    const s = this._sheetArg("deleteSheet", sheet);
    const sheets = this._data.sheets;
    if (sheets.length === 1) throw gasError(SHEETS_ERRORS.removeAllSheets);
    if (!s._data.hidden && sheets.filter((x) => !x.hidden).length === 1) {
      throw gasError(SHEETS_ERRORS.removeAllVisibleSheets);
    }
    const i = sheets.indexOf(s._data);
    sheets.splice(i, 1);
    if (this._data.activeSheetId === s._data.id) {
      this._data.activeSheetId = (sheets.slice(Math.max(0, i - 1)).find((x) => !x.hidden) ?? sheets[0]!).id;
    }
  }

  // ---- ranges, protections, toast ---------------------------------------------------------------------

  getRange(a1Notation: string) {
    checkString("Spreadsheet.getRange", [a1Notation], a1Notation);
    return this._rangeByA1(a1Notation)._proxy;
  }
  getRangeList(a1Notations: string[]) {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) {
      throw signatureError("Spreadsheet.getRangeList", [a1Notations]);
    }
    return new EmuRangeList(a1Notations.map((a1) => this._rangeByA1(String(a1))))._proxy;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    enumArg(ProtectionType, type, "Spreadsheet.getProtections", [type]);
    return this._data.sheets.flatMap((s) => this._sheet(s).getProtections(type));
  }
  /** Recorded as a Ui event; timeout 5 seconds by default, negative: until dismissed (documented). */
  toast(...args: unknown[]) {
    const [msg, title = "", timeoutSeconds = 5] = args;
    if (args.length < 1 || args.length > 3 || typeof title !== "string")
      throw signatureError("Spreadsheet.toast", args);
    if (timeoutSeconds !== null && typeof timeoutSeconds !== "number")
      throw signatureError("Spreadsheet.toast", args);
    this._ctx.ui.events.push({
      kind: "toast",
      title,
      message: String(msg),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}
