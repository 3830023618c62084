/**
 * DataValidation and DataValidationBuilder: drop-down lists (of values or of a range) and checkboxes.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 *
 * A rule is an immutable value (its DataValidationData is shared by every cell it is set on); `copy()` gives a
 * builder preset with it. Other criteria (numbers, dates, text, formulas) are not emulated.
 */
import type { EmuContext } from "../context";
import { boxToA1WithSheet } from "./a1";
import { EmuObject, type GDataValidation, type GDataValidationBuilder, unwrap } from "./base";
import { DataValidationCriteria, enumOut } from "./enums";
import { checkBoolean, checkString, notEmulated, signatureError } from "./errors";
import type { DataValidationData } from "./model";
import { EmuRange } from "./range";
import type { EmuSpreadsheet } from "./spreadsheet";

const CRITERIA = { list: "VALUE_IN_LIST", range: "VALUE_IN_RANGE", checkbox: "CHECKBOX" } as const;

function criteriaType(data: DataValidationData): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  const name = data.kind === "other" ? data.criteria : CRITERIA[data.kind];
  if (!name) throw notEmulated("DataValidation criteria of this rule");
  return enumOut(DataValidationCriteria, name);
}

/** [values, showDropdown] / [range, showDropdown] / [] or [checked] or [checked, unchecked]. */
function criteriaValues(data: DataValidationData, ss: EmuSpreadsheet | null): unknown[] {
  switch (data.kind) {
    case "list":
      return [[...(data.values ?? [])], data.showDropdown ?? true];
    case "range":
      return [ss && data.range ? ss._rangeByA1(data.range)._proxy : null, data.showDropdown ?? true];
    case "checkbox":
      if (data.uncheckedValue !== undefined) return [data.checkedValue, data.uncheckedValue];
      return data.checkedValue !== undefined ? [data.checkedValue] : [];
    default:
      return [...(data.values ?? [])];
  }
}

export class EmuDataValidation extends EmuObject<GDataValidation> implements Partial<GDataValidation> {
  constructor(
    ctx: EmuContext,
    readonly _ss: EmuSpreadsheet | null,
    readonly _data: Readonly<DataValidationData>,
  ) {
    super(ctx, "DataValidation");
  }
  getCriteriaType() {
    return criteriaType(this._data);
  }
  getCriteriaValues() {
    return criteriaValues(this._data, this._ss);
  }
  getAllowInvalid() {
    return !this._data.strict;
  }
  getHelpText() {
    return this._data.helpText ?? "";
  }
  copy() {
    return new EmuDataValidationBuilder(this._ctx, this._ss, { ...this._data })._proxy;
  }
}

export class EmuDataValidationBuilder
  extends EmuObject<GDataValidationBuilder>
  implements Partial<GDataValidationBuilder>
{
  /** Allow-invalid and help text live here until a criterion is chosen. */
  _data: DataValidationData;

  constructor(
    ctx: EmuContext,
    public _ss: EmuSpreadsheet | null,
    data?: DataValidationData,
  ) {
    super(ctx, "DataValidationBuilder");
    this._data = data ?? { kind: "other", strict: false };
  }

  private _criterion(data: Omit<DataValidationData, "strict" | "helpText">): GDataValidationBuilder {
    const { strict, helpText } = this._data;
    this._data = { ...data, strict, ...(helpText !== undefined ? { helpText } : {}) };
    return this._proxy;
  }

  requireValueInList(...args: unknown[]) {
    const [values, showDropdown = true] = args;
    if (!Array.isArray(values)) throw signatureError("DataValidationBuilder.requireValueInList", args);
    checkBoolean("DataValidationBuilder.requireValueInList", args, showDropdown);
    return this._criterion({ kind: "list", values: values.map(String), showDropdown });
  }

  requireValueInRange(...args: unknown[]) {
    const [range, showDropdown = true] = args;
    const r = unwrap(range, EmuRange);
    if (!r) throw signatureError("DataValidationBuilder.requireValueInRange", args);
    checkBoolean("DataValidationBuilder.requireValueInRange", args, showDropdown);
    this._ss = r._sheet._ss;
    return this._criterion({
      kind: "range",
      range: boxToA1WithSheet(r._sheet._data.name, r._box()),
      showDropdown,
    });
  }

  requireCheckbox(...args: unknown[]) {
    const data: Omit<DataValidationData, "strict"> = { kind: "checkbox" };
    if (args.length >= 1) data.checkedValue = args[0] as DataValidationData["checkedValue"];
    if (args.length >= 2) data.uncheckedValue = args[1] as DataValidationData["uncheckedValue"];
    return this._criterion(data);
  }

  setAllowInvalid(allowInvalidData: boolean) {
    checkBoolean("DataValidationBuilder.setAllowInvalid", [allowInvalidData], allowInvalidData);
    this._data = { ...this._data, strict: !allowInvalidData };
    return this._proxy;
  }

  setHelpText(helpText: string) {
    checkString("DataValidationBuilder.setHelpText", [helpText], helpText);
    this._data = { ...this._data, helpText };
    return this._proxy;
  }

  /** Null until a criterion is chosen. */
  getCriteriaType() {
    if (this._data.kind === "other" && !this._data.criteria) {
      return null as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
    }
    return criteriaType(this._data);
  }
  getCriteriaValues() {
    return criteriaValues(this._data, this._ss);
  }
  getAllowInvalid() {
    return !this._data.strict;
  }
  getHelpText() {
    return this._data.helpText ?? null;
  }
  build() {
    if (this._data.kind === "other")
      throw notEmulated("DataValidationBuilder.build without a list, range or checkbox");
    return new EmuDataValidation(this._ctx, this._ss, Object.freeze({ ...this._data }))._proxy;
  }
}

/** The rule a range reads back for a cell's stored validation. */
export function validationOf(
  ss: EmuSpreadsheet,
  data: DataValidationData | undefined,
): GDataValidation | null {
  return data ? new EmuDataValidation(ss._ctx, ss, data)._proxy : null;
}
