/**
 * Base of every emulated Apps Script object: it is handed to the add-on only as its counting, strict proxy
 * (`_proxy`, created once). Fields start with `_` so that the proxy does not expose them as API.
 * Methods run on the raw object (the proxy applies them to its target), so a method returns `this._proxy`,
 * never `this`.
 */
import type { EmuContext } from "../context";

export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GSpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type GConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
export type GConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
export type GBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
export type GEmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
export type GEmbeddedChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export type GFilter = GoogleAppsScript.Spreadsheet.Filter;

export abstract class EmuObject<G> {
  readonly _proxy: G;
  /** The raw object, reachable through the proxy (for unwrapping arguments). */
  readonly _self: this;

  constructor(
    readonly _ctx: EmuContext,
    readonly _className: string,
  ) {
    this._self = this;
    this._proxy = _ctx.rt.expose<object, G>(this, _className);
  }
}

/** The emulator object behind an argument, when it is one of class `cls`; otherwise null. */
export function unwrap<T>(v: unknown, cls: abstract new (...args: never[]) => T): T | null {
  if (v === null || typeof v !== "object") return null;
  const self = (v as { _self?: unknown })._self;
  return self instanceof cls ? self : null;
}
