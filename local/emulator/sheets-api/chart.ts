/**
 * addChart: an EmbeddedChart over a sheet, kept as the model's ChartData the way SpreadsheetApp's
 * `sheet.insertChart(sheet.newChart()…build())` keeps it, so that the preview draws it and getCharts() reads it.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addchartrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/charts
 *
 * Emulated: basicChart of chartType COLUMN, BAR or LINE (one domain, one or more series, headerCount 1 or
 * left out, legendPosition, stackedType, series colours, the first series' styleOverrides: a colour per data
 * point, kept as ChartData.pointColors) and pieChart (domain, series, legendPosition, pieHole,
 * threeDimensional); spec.title; position.overlayPosition (anchorCell, offsets, width and height).
 * What they become: type "COLUMN" / "BAR" / "LINE" / "PIE"; the source ranges (the domain column followed by
 * adjacent series columns over the same rows become one range, as a single addRange would give); options
 * title, width, height, colors, legend.position, isStacked, pieHole, is3D (Google Charts' option names).
 * The reply echoes the chart with its chartId; the defaults the API adds to the spec are not filled in.
 */
import type { Box } from "../spreadsheet/a1";
import type { ChartData } from "../spreadsheet/model";
import { type Batch, refuse } from "./batch";
import { boxOf, checkInGrid, hexOfPair, isIndex, onlyKeys, sheetIdOf } from "./shapes";

type ApiChartData = GoogleAppsScript.Sheets.Schema.ChartData;
type Reply = GoogleAppsScript.Sheets.Schema.Response;

const LEGEND: Record<string, string> = {
  BOTTOM_LEGEND: "bottom",
  LEFT_LEGEND: "left",
  RIGHT_LEGEND: "right",
  TOP_LEGEND: "top",
  NO_LEGEND: "none",
};

/** The one source range of a ChartData, as { sheetId, box }. */
function sourceOf(b: Batch, d: ApiChartData | undefined, what: string): { sheetId: number; box: Box } {
  if (!d?.sourceRange) refuse(`${what} without a sourceRange`);
  onlyKeys(d, ["sourceRange"], what);
  onlyKeys(d.sourceRange, ["sources"], `${what}.sourceRange`);
  const sources = d.sourceRange.sources ?? [];
  if (sources.length !== 1) refuse(`${what}.sourceRange with ${sources.length} sources`);
  const g = sources[0]!;
  const sheetId = sheetIdOf(g, `${what}.sourceRange.sources[0]`);
  return { sheetId, box: boxOf(b.grid(sheetId), g, `${what}.sourceRange.sources[0]`) };
}

function legend(v: unknown, options: Record<string, unknown>, what: string): void {
  if (v === undefined || v === null || v === "LEGEND_POSITION_UNSPECIFIED") return;
  const position = LEGEND[String(v)];
  if (!position) refuse(`${what}.legendPosition "${String(v)}"`);
  options.legend = { position };
}

/** The domain box followed by adjacent series boxes over the same rows: one range; otherwise each its own. */
function combine(boxes: Box[]): Box[] {
  const [first, ...rest] = boxes;
  let end = first!.col + first!.numCols;
  for (const x of rest) {
    if (x.row !== first!.row || x.numRows !== first!.numRows || x.col !== end) return boxes;
    end += x.numCols;
  }
  return [{ ...first!, numCols: end - first!.col }];
}

export function addChart(b: Batch, r: GoogleAppsScript.Sheets.Schema.AddChartRequest): Reply {
  onlyKeys(r, ["chart"], "addChart");
  const chart = r.chart ?? {};
  onlyKeys(chart, ["chartId", "spec", "position"], "addChart.chart");
  const spec = chart.spec;
  if (!spec) refuse("addChart without a spec");
  onlyKeys(spec, ["title", "basicChart", "pieChart"], "addChart.chart.spec");
  const options: Record<string, unknown> = {};
  if (spec.title !== undefined && spec.title !== null) options.title = spec.title;
  let type: string;
  let sources: { sheetId: number; box: Box }[];
  let pointColors: (string | null)[] | undefined;
  if (spec.basicChart && !spec.pieChart) {
    const bc = spec.basicChart;
    onlyKeys(
      bc,
      ["chartType", "domains", "series", "headerCount", "legendPosition", "stackedType"],
      "addChart.chart.spec.basicChart",
    );
    if (bc.chartType !== "COLUMN" && bc.chartType !== "BAR" && bc.chartType !== "LINE")
      refuse(`basicChart.chartType "${String(bc.chartType)}"`);
    type = bc.chartType;
    if (bc.headerCount != null && bc.headerCount !== 1) refuse(`basicChart.headerCount ${bc.headerCount}`);
    const domains = bc.domains ?? [];
    if (domains.length !== 1) refuse(`basicChart with ${domains.length} domains`);
    onlyKeys(domains[0]!, ["domain"], "basicChart.domains[0]");
    const series = bc.series ?? [];
    if (series.length === 0) refuse("basicChart without series");
    sources = [sourceOf(b, domains[0]!.domain, "basicChart.domains[0].domain")];
    const colors: string[] = [];
    series.forEach((s, i) => {
      onlyKeys(
        s,
        ["series", "targetAxis", "color", "colorStyle", "styleOverrides"],
        `basicChart.series[${i}]`,
      );
      sources.push(sourceOf(b, s.series, `basicChart.series[${i}].series`));
      const style = (s as { colorStyle?: unknown }).colorStyle;
      const c = hexOfPair(s.color, style, `basicChart.series[${i}].color`);
      if (c) colors.push(c);
      // Not in @types/google-apps-script's BasicChartSeries; in the API's (see the reference above).
      const overrides = (
        s as { styleOverrides?: { index?: number; color?: unknown; colorStyle?: unknown }[] }
      ).styleOverrides;
      if (overrides != null) {
        if (i > 0) refuse("styleOverrides on a series other than the first");
        const rows = sources[1]!.box.numRows - 1;
        const points: (string | null)[] = Array.from({ length: rows }, () => null);
        overrides.forEach((o, k) => {
          const what = `basicChart.series[0].styleOverrides[${k}]`;
          onlyKeys(o, ["index", "color", "colorStyle"], what);
          const index = o.index ?? 0;
          if (!isIndex(index) || index >= rows)
            refuse(`${what}.index ${String(o.index)} outside the series' ${rows} points`);
          const hex = hexOfPair(o.color, o.colorStyle, `${what}.color`);
          if (!hex) refuse(`${what} without a colour`);
          points[index] = hex;
        });
        pointColors = points;
      }
    });
    if (colors.length > 0 && colors.length !== series.length)
      refuse("basicChart with colours for some series only");
    if (colors.length > 0) options.colors = colors;
    legend(bc.legendPosition, options, "basicChart");
    if (bc.stackedType === "STACKED") options.isStacked = true;
    else if (
      bc.stackedType != null &&
      bc.stackedType !== "NOT_STACKED" &&
      bc.stackedType !== "BASIC_CHART_STACKED_TYPE_UNSPECIFIED"
    )
      refuse(`basicChart.stackedType "${bc.stackedType}"`);
  } else if (spec.pieChart && !spec.basicChart) {
    const pc = spec.pieChart;
    onlyKeys(
      pc,
      ["domain", "series", "legendPosition", "pieHole", "threeDimensional"],
      "addChart.chart.spec.pieChart",
    );
    type = "PIE";
    sources = [sourceOf(b, pc.domain, "pieChart.domain"), sourceOf(b, pc.series, "pieChart.series")];
    legend(pc.legendPosition, options, "pieChart");
    if (pc.pieHole != null) {
      if (typeof pc.pieHole !== "number" || pc.pieHole < 0 || pc.pieHole >= 1) refuse("pieChart.pieHole");
      if (pc.pieHole > 0) options.pieHole = pc.pieHole;
    }
    if (pc.threeDimensional === true) options.is3D = true;
  } else {
    return refuse("addChart with a spec other than one basicChart or pieChart");
  }

  const pos = chart.position;
  if (!pos?.overlayPosition) refuse("addChart without position.overlayPosition");
  onlyKeys(pos, ["overlayPosition"], "addChart.chart.position");
  const o = pos.overlayPosition;
  onlyKeys(
    o,
    ["anchorCell", "offsetXPixels", "offsetYPixels", "widthPixels", "heightPixels"],
    "overlayPosition",
  );
  if (!o.anchorCell) refuse("overlayPosition without an anchorCell");
  onlyKeys(o.anchorCell, ["sheetId", "rowIndex", "columnIndex"], "overlayPosition.anchorCell");
  const sheetId = sheetIdOf(o.anchorCell, "overlayPosition.anchorCell");
  const sheet = b.writable(b.grid(sheetId));
  const row = o.anchorCell.rowIndex ?? 0;
  const col = o.anchorCell.columnIndex ?? 0;
  if (!isIndex(row) || !isIndex(col))
    refuse("overlayPosition.anchorCell with negative or fractional indexes");
  checkInGrid(sheet, { row, col, numRows: 1, numCols: 1 });
  if (sources.some((s) => s.sheetId !== sheetId)) refuse("addChart with source ranges on another sheet");
  const pixels = (v: number | undefined, what: string) => {
    if (v == null) return 0;
    if (!isIndex(v)) refuse(`overlayPosition.${what} that is not a non-negative integer`);
    return v;
  };
  const offsetX = pixels(o.offsetXPixels, "offsetXPixels");
  const offsetY = pixels(o.offsetYPixels, "offsetYPixels");
  if (o.widthPixels) options.width = pixels(o.widthPixels, "widthPixels");
  if (o.heightPixels) options.height = pixels(o.heightPixels, "heightPixels");

  let id: number;
  const ids = b.ss.sheets.flatMap((s) => s.charts.map((c) => c.id));
  if (chart.chartId != null) {
    if (!isIndex(chart.chartId)) refuse("addChart.chart.chartId that is not a non-negative integer");
    id = chart.chartId;
    if (ids.includes(id)) refuse("addChart with the chartId of an existing chart");
    b.ss.nextChartId = Math.max(b.ss.nextChartId, id + 1);
  } else {
    id = b.ss.nextChartId++;
    while (ids.includes(id)) id = b.ss.nextChartId++;
  }
  const data: ChartData = {
    id,
    type,
    ranges: combine(sources.map((s) => s.box)),
    position: { row, col, offsetX, offsetY },
    options,
    ...(pointColors ? { pointColors } : {}),
  };
  sheet.charts.push(data);
  const echo = structuredClone({ spec: chart.spec, position: chart.position });
  return { addChart: { chart: { chartId: id, ...echo } } };
}
