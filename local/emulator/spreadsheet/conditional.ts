/**
 * ConditionalFormatRule, its builder and BooleanCondition, for text and custom-formula conditions.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
 * Rules are evaluated by Sheets, not by the emulator: it keeps them as data (ConditionalFormatRuleData).
 */
import type { EmuContext } from "../context";
import {
  EmuObject,
  type GBooleanCondition,
  type GConditionalFormatRule,
  type GConditionalFormatRuleBuilder,
  unwrap,
} from "./base";
import { normalizeColor } from "./colors";
import { BooleanCriteria, enumOut } from "./enums";
import { checkBoolean, checkString, notEmulated, signatureError } from "./errors";
import type { ConditionalFormatRuleData } from "./model";
import { EmuRange } from "./range";
import type { EmuSheet } from "./sheet";

type Condition = ConditionalFormatRuleData["condition"];
type Format = ConditionalFormatRuleData["format"];

export class EmuBooleanCondition extends EmuObject<GBooleanCondition> implements Partial<GBooleanCondition> {
  constructor(
    ctx: EmuContext,
    readonly _condition: Condition,
    readonly _format: Format,
  ) {
    super(ctx, "BooleanCondition");
  }
  /** The class Apps Script prints for the condition of a conditional format rule. */
  _toString() {
    return "ConditionalFormatBooleanCondition";
  }
  getCriteriaType() {
    return enumOut<GoogleAppsScript.Spreadsheet.BooleanCriteria>(BooleanCriteria, this._condition.type);
  }
  getCriteriaValues() {
    return [...this._condition.values];
  }
  getBackground() {
    return this._format.background ?? null;
  }
  getFontColor() {
    return this._format.fontColor ?? null;
  }
  getBold() {
    return this._format.bold ?? null;
  }
}

function rangesOf(sheet: EmuSheet | null, data: ConditionalFormatRuleData) {
  return sheet ? data.ranges.map((b) => sheet._range(b.row + 1, b.col + 1, b.numRows, b.numCols)._proxy) : [];
}

export class EmuConditionalFormatRule
  extends EmuObject<GConditionalFormatRule>
  implements Partial<GConditionalFormatRule>
{
  /** `_sheet`: the sheet the rule's ranges are on (null for a rule built without ranges). */
  constructor(
    ctx: EmuContext,
    readonly _sheet: EmuSheet | null,
    readonly _data: ConditionalFormatRuleData,
  ) {
    super(ctx, "ConditionalFormatRule");
  }
  getRanges() {
    return rangesOf(this._sheet, this._data);
  }
  getBooleanCondition() {
    return new EmuBooleanCondition(this._ctx, this._data.condition, this._data.format)._proxy;
  }
}

export class EmuConditionalFormatRuleBuilder
  extends EmuObject<GConditionalFormatRuleBuilder>
  implements Partial<GConditionalFormatRuleBuilder>
{
  _condition: Condition | null = null;
  _format: Format = {};
  _ranges: ConditionalFormatRuleData["ranges"] = [];

  constructor(
    ctx: EmuContext,
    public _sheet: EmuSheet | null,
  ) {
    super(ctx, "ConditionalFormatRuleBuilder");
  }

  private _when(method: string, type: string, values: unknown[]): GConditionalFormatRuleBuilder {
    for (const v of values) checkString(`ConditionalFormatRuleBuilder.${method}`, values, v);
    this._condition = { type, values: values as string[] };
    return this._proxy;
  }
  whenTextEqualTo(text: string) {
    return this._when("whenTextEqualTo", "TEXT_EQUAL_TO", [text]);
  }
  whenTextContains(text: string) {
    return this._when("whenTextContains", "TEXT_CONTAINS", [text]);
  }
  whenFormulaSatisfied(formula: string) {
    return this._when("whenFormulaSatisfied", "CUSTOM_FORMULA", [formula]);
  }
  whenCellEmpty() {
    return this._when("whenCellEmpty", "CELL_EMPTY", []);
  }

  private _setFormat<K extends keyof Format>(key: K, value: Format[K] | null): GConditionalFormatRuleBuilder {
    const next = { ...this._format };
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
    this._format = next;
    return this._proxy;
  }
  setBackground(color: string | null) {
    return this._setFormat("background", color === null ? null : normalizeColor(String(color)));
  }
  setFontColor(color: string | null) {
    return this._setFormat("fontColor", color === null ? null : normalizeColor(String(color)));
  }
  setBold(bold: boolean | null) {
    if (bold !== null) checkBoolean("ConditionalFormatRuleBuilder.setBold", [bold], bold);
    return this._setFormat("bold", bold);
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    const raw = Array.isArray(ranges) ? ranges.map((r) => unwrap(r, EmuRange)) : null;
    if (!raw || raw.some((r) => !r)) throw signatureError("ConditionalFormatRuleBuilder.setRanges", [ranges]);
    this._ranges = (raw as EmuRange[]).map((r) => r._box());
    this._sheet = (raw[0] as EmuRange | undefined)?._sheet ?? this._sheet;
    return this._proxy;
  }
  build() {
    if (!this._condition) throw notEmulated("ConditionalFormatRuleBuilder.build without a condition");
    return new EmuConditionalFormatRule(this._ctx, this._sheet, structuredClone(this._data()))._proxy;
  }

  private _data(): ConditionalFormatRuleData {
    return {
      ranges: this._ranges,
      condition: this._condition ?? { type: "", values: [] },
      format: this._format,
    };
  }
}
