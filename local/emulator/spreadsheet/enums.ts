/**
 * Apps Script enums. In Apps Script an enum value is an object, not a string: `String(v)` and `v.toString()`
 * give its name (e.g. "SHEET"), `v.name()` too, `v.ordinal()` its position, and it compares by identity
 * (`response === ui.Button.YES`). A comparison with a plain string (`=== "YES"`) is false there, and so it is
 * here. https://developers.google.com/apps-script/reference/spreadsheet/protection-type
 */
import { signatureError } from "./errors";

export class EnumValue {
  constructor(
    readonly _type: string,
    readonly _name: string,
    readonly _ordinal: number,
  ) {
    Object.freeze(this);
  }
  toString(): string {
    return this._name;
  }
  name(): string {
    return this._name;
  }
  ordinal(): number {
    return this._ordinal;
  }
  toJSON(): string {
    return this._name;
  }
}

export type EmuEnum<K extends string> = Readonly<Record<K, EnumValue>>;

/** `type` is the qualified name Apps Script uses in messages, e.g. "SpreadsheetApp.ProtectionType". */
export function makeEnum<const K extends string>(type: string, names: readonly K[]): EmuEnum<K> {
  const e = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    e[n] = new EnumValue(type, n, i);
  });
  return Object.freeze(e);
}

/** The name of an enum argument of the given enum; anything else throws the signature error of `method`. */
export function enumArg<K extends string>(
  e: EmuEnum<K>,
  v: unknown,
  method: string,
  args: ArrayLike<unknown>,
): K {
  if (v instanceof EnumValue && (e as Record<string, EnumValue>)[v._name] === v) return v._name as K;
  throw signatureError(method, args);
}

/** An enum value handed to the add-on, typed as the declared (numeric) enum of @types/google-apps-script. */
export function enumOut<T>(e: EmuEnum<string>, name: string): T {
  const v = (e as Record<string, EnumValue>)[name];
  if (!v) throw new Error(`Unknown enum name ${name}`);
  return v as unknown as T;
}

export const DataValidationCriteria = makeEnum("SpreadsheetApp.DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);

export const BooleanCriteria = makeEnum("SpreadsheetApp.BooleanCriteria", [
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);

export const ProtectionType = makeEnum("SpreadsheetApp.ProtectionType", ["RANGE", "SHEET"]);
export const WrapStrategy = makeEnum("SpreadsheetApp.WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"]);
export const BorderStyle = makeEnum("SpreadsheetApp.BorderStyle", [
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
]);

export const ChartType = makeEnum("Charts.ChartType", [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
]);

export const Button = makeEnum("Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = makeEnum("ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
