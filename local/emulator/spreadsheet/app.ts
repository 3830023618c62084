/**
 * The SpreadsheetApp and Charts globals.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * https://developers.google.com/apps-script/reference/charts/charts
 */
import type { EmuContext } from "../context";
import { createUi } from "../ui";
import { EmuObject, type GSheet, type GSpreadsheet, type GSpreadsheetApp, unwrap } from "./base";
import { EmuConditionalFormatRuleBuilder } from "./conditional";
import {
  BooleanCriteria,
  BorderStyle,
  ChartType,
  DataValidationCriteria,
  ProtectionType,
  WrapStrategy,
} from "./enums";
import { checkIntegers, checkString, gasError, SHEETS_ERRORS, signatureError } from "./errors";
import { DEFAULT_COLS, DEFAULT_ROWS } from "./model";
import { EmuSheet } from "./sheet";
import { EmuSpreadsheet } from "./spreadsheet";
import { EmuDataValidationBuilder } from "./validation";

class EmuSpreadsheetApp extends EmuObject<GSpreadsheetApp> implements Partial<GSpreadsheetApp> {
  readonly DataValidationCriteria =
    DataValidationCriteria as unknown as GSpreadsheetApp["DataValidationCriteria"];
  readonly BooleanCriteria = BooleanCriteria as unknown as GSpreadsheetApp["BooleanCriteria"];
  readonly ProtectionType = ProtectionType as unknown as GSpreadsheetApp["ProtectionType"];
  readonly WrapStrategy = WrapStrategy as unknown as GSpreadsheetApp["WrapStrategy"];
  readonly BorderStyle = BorderStyle as unknown as GSpreadsheetApp["BorderStyle"];

  constructor(ctx: EmuContext) {
    super(ctx, "SpreadsheetApp");
  }

  _view(id: string | null | undefined): EmuSpreadsheet | null {
    const data = id ? this._ctx.account.data.spreadsheets[id] : undefined;
    return data ? EmuSpreadsheet._of(this._ctx, data) : null;
  }

  /** The spreadsheet the add-on runs in; null when there is none (as for a standalone script). */
  getActiveSpreadsheet() {
    return (this._view(this._ctx.account.data.activeSpreadsheetId)?._proxy ?? null) as GSpreadsheet;
  }
  getActive() {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet() {
    const ss = this._view(this._ctx.account.data.activeSpreadsheetId);
    return (ss ? ss.getActiveSheet() : null) as GSheet;
  }
  setActiveSheet(sheet: GSheet, restoreSelection?: boolean) {
    const s = unwrap(sheet, EmuSheet);
    if (!s) throw signatureError("SpreadsheetApp.setActiveSheet", [sheet]);
    return s._ss.setActiveSheet(sheet, restoreSelection);
  }
  openById(id: string) {
    checkString("SpreadsheetApp.openById", [id], id);
    const ss = this._view(id);
    if (!ss) throw gasError(SHEETS_ERRORS.openById);
    return ss._proxy;
  }
  openByUrl(url: string) {
    checkString("SpreadsheetApp.openByUrl", [url], url);
    const id = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
    const ss = this._view(id);
    if (!ss) throw gasError(SHEETS_ERRORS.openByUrl);
    return ss._proxy;
  }
  /** A new spreadsheet in the account (not made active), with one sheet of `rows` x `columns`. */
  create(name: string, rows: number = DEFAULT_ROWS, columns: number = DEFAULT_COLS) {
    checkString("SpreadsheetApp.create", [name, rows, columns], name);
    checkIntegers("SpreadsheetApp.create", [name, rows, columns], rows, columns);
    const data = this._ctx.account.createSpreadsheet(name);
    const first = data.sheets[0]!;
    first.maxRows = rows;
    first.maxCols = columns;
    return EmuSpreadsheet._of(this._ctx, data)._proxy;
  }
  getUi() {
    return createUi(this._ctx);
  }
  /** Nothing is pending in the emulator: every change is applied at once. */
  flush() {}
  newDataValidation() {
    return new EmuDataValidationBuilder(this._ctx, this._view(this._ctx.account.data.activeSpreadsheetId))
      ._proxy;
  }
  newConditionalFormatRule() {
    return new EmuConditionalFormatRuleBuilder(this._ctx, null)._proxy;
  }
}

export function createSpreadsheetApp(ctx: EmuContext): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return new EmuSpreadsheetApp(ctx)._proxy;
}

class EmuCharts extends EmuObject<GoogleAppsScript.Charts.Charts> {
  readonly ChartType = ChartType as unknown as GoogleAppsScript.Charts.Charts["ChartType"];
  constructor(ctx: EmuContext) {
    super(ctx, "Charts");
  }
}

/** Only the enums an embedded chart needs (`Charts.ChartType.PIE`); chart builders are not emulated. */
export function createCharts(ctx: EmuContext): GoogleAppsScript.Charts.Charts {
  return new EmuCharts(ctx)._proxy;
}
