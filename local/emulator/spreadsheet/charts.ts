/**
 * Embedded charts, kept as their specification (ChartData): type, source ranges, position and options.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * https://developers.google.com/apps-script/reference/charts/chart-type
 * A built chart is not on the sheet until `Sheet.insertChart`; its `getChartId()` is null until then.
 */
import type { EmuContext } from "../context";
import { EmuObject, type GEmbeddedChart, type GEmbeddedChartBuilder, unwrap } from "./base";
import { ChartType, enumArg } from "./enums";
import { checkIntegers, checkString, notEmulated, signatureError } from "./errors";
import type { ChartData } from "./model";
import { EmuRange } from "./range";
import type { EmuSheet } from "./sheet";

class EmuChartOptions extends EmuObject<GoogleAppsScript.Charts.ChartOptions> {
  constructor(
    ctx: EmuContext,
    readonly _options: Record<string, unknown>,
  ) {
    super(ctx, "ChartOptions");
  }
  get(option: string): unknown {
    return structuredClone(this._options[option] ?? null);
  }
}

function rangesOf(sheet: EmuSheet, data: ChartData) {
  return data.ranges.map((b) => sheet._range(b.row + 1, b.col + 1, b.numRows, b.numCols)._proxy);
}

export class EmuEmbeddedChart extends EmuObject<GEmbeddedChart> implements Partial<GEmbeddedChart> {
  constructor(
    readonly _sheet: EmuSheet,
    readonly _data: ChartData,
    readonly _inserted: boolean,
  ) {
    super(_sheet._ctx, "EmbeddedChart");
  }
  getChartId() {
    return this._inserted ? this._data.id : null;
  }
  getRanges() {
    return rangesOf(this._sheet, this._data);
  }
  getOptions() {
    return new EmuChartOptions(this._ctx, this._data.options)._proxy;
  }
  modify() {
    return new EmuEmbeddedChartBuilder(this._sheet, structuredClone(this._data))._proxy;
  }
}

/** Identity hashes for the builders' toString, in creation order (Java prints one after the class name). */
let builderHash = 0x1b6d3586;

export class EmuEmbeddedChartBuilder
  extends EmuObject<GEmbeddedChartBuilder>
  implements Partial<GEmbeddedChartBuilder>
{
  readonly _hash = (builderHash++).toString(16);

  constructor(
    readonly _sheet: EmuSheet,
    /** `type` is "" until setChartType; `id` is 0 for a chart that was never inserted. */
    readonly _data: ChartData = {
      id: 0,
      type: "",
      ranges: [],
      position: { row: 0, col: 0, offsetX: 0, offsetY: 0 },
      options: {},
    },
  ) {
    super(_sheet._ctx, "EmbeddedChartBuilder");
  }

  /** Apps Script prints the builder as its Java object, e.g. "com.google…ChartPropertyApiEmbeddedChartBuilder@1b6d3586". */
  _toString() {
    return `com.google.apps.maestro.server.beans.trix.impl.ChartPropertyApiEmbeddedChartBuilder@${this._hash}`;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range) {
    const r = unwrap(range, EmuRange);
    if (!r) throw signatureError("EmbeddedChartBuilder.addRange", [range]);
    this._data.ranges.push(r._box());
    return this._proxy;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this._data.type = enumArg(ChartType, type, "EmbeddedChartBuilder.setChartType", [type]);
    return this._proxy;
  }
  /** Anchor row and column are 1-based, offsets in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    checkIntegers("EmbeddedChartBuilder.setPosition", args, ...args);
    this._data.position = { row: anchorRowPos - 1, col: anchorColPos - 1, offsetX, offsetY };
    return this._proxy;
  }
  setOption(option: string, value: unknown) {
    checkString("EmbeddedChartBuilder.setOption", [option, value], option);
    this._data.options[option] = structuredClone(value);
    return this._proxy;
  }
  build() {
    if (!this._data.type) throw notEmulated("EmbeddedChartBuilder.build without setChartType");
    return new EmuEmbeddedChart(this._sheet, structuredClone(this._data), false)._proxy;
  }
}
