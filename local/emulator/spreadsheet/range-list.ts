/**
 * RangeList: the same operation on each of its ranges.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
import { EmuObject, type GRangeList } from "./base";
import type { EmuRange } from "./range";

export class EmuRangeList extends EmuObject<GRangeList> implements Partial<GRangeList> {
  constructor(readonly _ranges: EmuRange[]) {
    super(_ranges[0]!._ctx, "RangeList");
  }
  _each(fn: (r: EmuRange) => unknown): GRangeList {
    for (const r of this._ranges) fn(r);
    return this._proxy;
  }
  getRanges() {
    return this._ranges.map((r) => r._proxy);
  }
  activate() {
    return this._each((r) => r.activate());
  }
  breakApart() {
    return this._each((r) => r.breakApart());
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    return this._each((r) => r.clear(options));
  }
  clearContent() {
    return this._each((r) => r.clearContent());
  }
  clearFormat() {
    return this._each((r) => r.clearFormat());
  }
  clearNote() {
    return this._each((r) => r.clearNote());
  }
  clearDataValidations() {
    return this._each((r) => r.clearDataValidations());
  }
  insertCheckboxes(...args: unknown[]) {
    return this._each((r) => r.insertCheckboxes(...args));
  }
  removeCheckboxes() {
    return this._each((r) => r.removeCheckboxes());
  }
  setBackground(color: string | null) {
    return this._each((r) => r.setBackground(color));
  }
  setFontColor(color: string | null) {
    return this._each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null) {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null) {
    return this._each((r) => r.setFontStyle(fontStyle));
  }
  setFontSize(size: number) {
    return this._each((r) => r.setFontSize(size));
  }
  setNumberFormat(numberFormat: string) {
    return this._each((r) => r.setNumberFormat(numberFormat));
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null) {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null) {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setNote(note: string | null) {
    return this._each((r) => r.setNote(note));
  }
  setValue(value: unknown) {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: string) {
    return this._each((r) => r.setFormula(formula));
  }
  setWrap(isWrapEnabled: boolean) {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setBorder(...args: unknown[]) {
    return this._each((r) => r.setBorder(...args));
  }
}
