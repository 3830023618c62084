/**
 * Protection (of a sheet or a range) and Filter (a sheet's basic filter): views over the sheet's data.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * https://developers.google.com/apps-script/reference/spreadsheet/filter
 * Editors are not modelled (no getEditors, addEditor, canEdit).
 */
import { EmuObject, type GFilter, type GProtection } from "./base";
import { enumOut, ProtectionType } from "./enums";
import { checkBoolean, checkString } from "./errors";
import type { ProtectionData } from "./model";
import type { EmuSheet } from "./sheet";

export class EmuProtection extends EmuObject<GProtection> implements Partial<GProtection> {
  constructor(
    readonly _sheet: EmuSheet,
    readonly _data: ProtectionData,
  ) {
    super(_sheet._ctx, "Protection");
  }
  getDescription() {
    return this._data.description;
  }
  setDescription(description: string) {
    checkString("Protection.setDescription", [description], description);
    this._data.description = description;
    return this._proxy;
  }
  isWarningOnly() {
    return this._data.warningOnly;
  }
  setWarningOnly(warningOnly: boolean) {
    checkBoolean("Protection.setWarningOnly", [warningOnly], warningOnly);
    this._data.warningOnly = warningOnly;
    return this._proxy;
  }
  getProtectionType() {
    return enumOut<GoogleAppsScript.Spreadsheet.ProtectionType>(
      ProtectionType,
      this._data.range ? "RANGE" : "SHEET",
    );
  }
  /** For a sheet protection: a range spanning the entire sheet (documented). */
  getRange() {
    const b = this._data.range;
    const sheet = this._sheet._data;
    return (
      b
        ? this._sheet._range(b.row + 1, b.col + 1, b.numRows, b.numCols)
        : this._sheet._range(1, 1, sheet.maxRows, sheet.maxCols)
    )._proxy;
  }
  remove() {
    const list = this._sheet._data.protections;
    const i = list.indexOf(this._data);
    if (i >= 0) list.splice(i, 1);
  }
}

export class EmuFilter extends EmuObject<GFilter> implements Partial<GFilter> {
  constructor(readonly _sheet: EmuSheet) {
    super(_sheet._ctx, "Filter");
  }
  getRange() {
    const b = this._sheet._data.filter ?? { row: 0, col: 0, numRows: 1, numCols: 1 };
    return this._sheet._range(b.row + 1, b.col + 1, b.numRows, b.numCols)._proxy;
  }
  remove() {
    this._sheet._data.filter = null;
  }
}
