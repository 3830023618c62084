/**
 * Fidelity tests: what the advanced Sheets service places on and around cells — merges, row and column
 * properties, inserted and deleted rows, protected ranges, the basic filter, charts, conditional formats,
 * developer metadata — read back through SpreadsheetApp, Spreadsheets.get, the xlsx export and the preview.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/charts
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { renderPreview } from "../../local/io/preview";
import { writeXlsx } from "../../local/io/xlsx";
import { apiErrorOf } from "./calendar-helpers";
import { range, rgb, sheetsContext, textRows } from "./sheets-api-helpers";

describe("mergeCells", () => {
  test("MERGE_ALL keeps the top-left value; MERGE_ROWS makes one merge per row", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1:B1").setValues([["titel", "weg"]]);
    update(
      { mergeCells: { range: range(0, 1, 0, 3), mergeType: "MERGE_ALL" } },
      { mergeCells: { range: range(2, 4, 0, 2), mergeType: "MERGE_ROWS" } },
    );
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["titel", "", ""]]);
    expect(
      sheet
        .getRange("A1:D4")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1", "A3:B3", "A4:B4"]);
  });

  test("a merge that cuts another, or spans frozen and non-frozen rows, fails with Sheets' text", () => {
    const { update } = sheetsContext();
    update({ mergeCells: { range: range(0, 2, 0, 2), mergeType: "MERGE_ALL" } });
    expect(
      apiErrorOf(() => update({ mergeCells: { range: range(1, 3, 0, 2), mergeType: "MERGE_ALL" } })).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].mergeCells: You must select all cells in a merged range to merge or unmerge them.",
    );
    update({
      updateSheetProperties: {
        properties: { sheetId: 0, gridProperties: { frozenRowCount: 5 } },
        fields: "gridProperties.frozenRowCount",
      },
    });
    expect(
      apiErrorOf(() => update({ mergeCells: { range: range(4, 6, 3, 4), mergeType: "MERGE_ALL" } })).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].mergeCells: You can't merge frozen and non-frozen rows.",
    );
  });
});

describe("rows and columns", () => {
  // DimensionProperties: pixelSize "The height (if a row) or width (if a column) of the dimension in pixels";
  // hiddenByUser "True if this dimension is explicitly hidden."
  test("updateDimensionProperties sets widths and heights and hides rows and columns", () => {
    const { update, ss } = sheetsContext();
    update(
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: "COLUMNS", startIndex: 0, endIndex: 2 },
          properties: { pixelSize: 240 },
          fields: "pixelSize",
        },
      },
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: "ROWS", startIndex: 3, endIndex: 5 },
          properties: { pixelSize: 40, hiddenByUser: true },
          fields: "pixelSize,hiddenByUser",
        },
      },
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: "COLUMNS", startIndex: 5, endIndex: 6 },
          properties: { hiddenByUser: true },
          fields: "hiddenByUser",
        },
      },
    );
    const sheet = ss.getSheetById(0)!;
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([
      240, 240, 100,
    ]);
    expect([sheet.getRowHeight(4), sheet.getRowHeight(5), sheet.getRowHeight(6)]).toEqual([40, 40, 21]);
    expect([3, 4, 5, 6].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    expect([5, 6, 7].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, false]);
    update({
      updateDimensionProperties: {
        range: { sheetId: 0, dimension: "ROWS", startIndex: 3, endIndex: 4 },
        properties: { hiddenByUser: false },
        fields: "hiddenByUser",
      },
    });
    expect([4, 5].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true]);
  });

  test("appendDimension grows the sheet; insertDimension shifts content and takes the formats before it", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1:A2").setValues([["kop"], ["rij"]]);
    sheet.getRange("A1").setBackground("#ff0000");
    update(
      { appendDimension: { sheetId: 0, dimension: "ROWS", length: 10 } },
      { appendDimension: { sheetId: 0, dimension: "COLUMNS", length: 2 } },
      {
        insertDimension: {
          range: { sheetId: 0, dimension: "ROWS", startIndex: 1, endIndex: 3 },
          inheritFromBefore: true,
        },
      },
    );
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1012, 28]);
    expect(sheet.getRange("A1:A4").getValues()).toEqual([["kop"], [""], [""], ["rij"]]);
    expect(sheet.getRange("A2:A4").getBackgrounds()).toEqual([["#ff0000"], ["#ff0000"], ["#ffffff"]]);
  });

  // Reported: "Invalid requests[0].deleteDimension: Cannot delete a row that doesn't exist. Tried to delete
  // row index 1 but there are only 1 rows."
  test("deleteDimension removes rows with what they hold; past the end it fails with the API's text", () => {
    const { update, ss } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 1, gridProperties: { rowCount: 3, columnCount: 2 } } } });
    const sheet = ss.getSheetById(1)!;
    sheet.getRange("A1:A3").setValues([["a"], ["b"], ["c"]]);
    update({ deleteDimension: { range: { sheetId: 1, dimension: "ROWS", startIndex: 1, endIndex: 2 } } });
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["a"], ["c"]]);
    expect(
      apiErrorOf(() =>
        update({ deleteDimension: { range: { sheetId: 1, dimension: "ROWS", startIndex: 2, endIndex: 3 } } }),
      ).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].deleteDimension: Cannot delete a row that doesn't exist. Tried to delete row index 2 but there are only 2 rows.",
    );
    expect(
      apiErrorOf(() =>
        update({
          deleteDimension: { range: { sheetId: 1, dimension: "COLUMNS", startIndex: 0, endIndex: 2 } },
        }),
      ).message,
    ).toMatch(/deleteDimension: Sorry, it is not possible to delete all non-frozen columns\.$/);
  });
});

describe("protected ranges", () => {
  // ProtectedRange.warningOnly: "True if this protected range will show a warning when editing."
  test("a whole-sheet and a range protection, read back through SpreadsheetApp and Spreadsheets.get", () => {
    const { update, ss, Sheets, id, app } = sheetsContext();
    const res = update(
      {
        addProtectedRange: {
          protectedRange: { range: { sheetId: 0 }, description: "Gegenereerd", warningOnly: true },
        },
      },
      { addProtectedRange: { protectedRange: { range: range(0, 1, 0, 5), description: "Kop" } } },
    );
    const first = res.replies![0]!.addProtectedRange!.protectedRange!;
    expect(first).toEqual({
      protectedRangeId: first.protectedRangeId,
      range: { sheetId: 0 },
      description: "Gegenereerd",
      warningOnly: true,
      requestingUserCanEdit: true,
    });
    const sheet = ss.getSheetById(0)!;
    const whole = sheet.getProtections(app.ProtectionType.SHEET);
    expect(whole.map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([["Gegenereerd", true]]);
    const ranges = sheet.getProtections(app.ProtectionType.RANGE);
    expect(ranges.map((p) => [p.getRange().getA1Notation(), p.getDescription(), p.isWarningOnly()])).toEqual([
      ["A1:E1", "Kop", false],
    ]);
    const got = Sheets.Spreadsheets.get(id, { fields: "sheets.protectedRanges" });
    expect(got.sheets![0]!.protectedRanges).toEqual([
      first,
      {
        protectedRangeId: res.replies![1]!.addProtectedRange!.protectedRange!.protectedRangeId,
        range: range(0, 1, 0, 5),
        description: "Kop",
        editors: { users: ["coordinator@example.org"] },
        requestingUserCanEdit: true,
      },
    ]);
  });

  test("a protection made with SpreadsheetApp gets a stable id when the API first lists it", () => {
    const { Sheets, id, ss } = sheetsContext();
    ss.getSheetById(0)!.protect().setWarningOnly(true);
    const once = Sheets.Spreadsheets.get(id, { fields: "sheets.protectedRanges.protectedRangeId" });
    const twice = Sheets.Spreadsheets.get(id, { fields: "sheets.protectedRanges.protectedRangeId" });
    expect(once).toEqual(twice);
    expect(typeof once.sheets![0]!.protectedRanges![0]!.protectedRangeId).toBe("number");
  });

  test("editors and unprotected ranges are not emulated", () => {
    const { update } = sheetsContext();
    expect(() =>
      update({
        addProtectedRange: { protectedRange: { range: { sheetId: 0 }, editors: { users: ["a@b.nl"] } } },
      }),
    ).toThrow("Not emulated: addProtectedRange.protectedRange.editors");
  });
});

describe("basic filter, conditional formats, developer metadata", () => {
  test("setBasicFilter sets or replaces the sheet's filter", () => {
    const { update, ss, Sheets, id } = sheetsContext();
    update({ setBasicFilter: { filter: { range: range(0, 10, 0, 4) } } });
    update({ setBasicFilter: { filter: { range: range(0, 20, 0, 3) } } });
    expect(ss.getSheetById(0)!.getFilter()!.getRange().getA1Notation()).toBe("A1:C20");
    expect(Sheets.Spreadsheets.get(id, { fields: "sheets.basicFilter" })).toEqual({
      sheets: [{ basicFilter: { range: range(0, 20, 0, 3) } }],
    });
  });

  // AddConditionalFormatRuleRequest.index: "The zero-based index where the rule should be inserted."
  test("addConditionalFormatRule: text rules as SpreadsheetApp reads them, inserted at the index", () => {
    const { update, ss } = sheetsContext();
    const rule = (value: string, hex: string) => ({
      addConditionalFormatRule: {
        rule: {
          ranges: [range(1, 100, 7, 8)],
          booleanRule: {
            condition: { type: "TEXT_EQ", values: [{ userEnteredValue: value }] },
            format: { backgroundColor: rgb(hex), textFormat: { bold: true } },
          },
        },
      },
    });
    update(rule("Behaald", "#b7e1cd"), rule("Achter op schema", "#f4c7c3"));
    const rules = ss.getSheetById(0)!.getConditionalFormatRules();
    expect(
      rules.map((r) => {
        const c = r.getBooleanCondition()!;
        return [String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground(), c.getBold()];
      }),
    ).toEqual([
      ["TEXT_EQUAL_TO", ["Achter op schema"], "#f4c7c3", true],
      ["TEXT_EQUAL_TO", ["Behaald"], "#b7e1cd", true],
    ]);
    expect(rules[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(["H2:H100"]);
  });

  test("developer metadata on a sheet and on the spreadsheet; it goes with a deleted sheet", () => {
    const { update, Sheets, id } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 4, title: "Status" } } });
    const res = update(
      {
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: "netwerkplan.tab",
            metadataValue: "status",
            location: { sheetId: 4 },
            visibility: "DOCUMENT",
          },
        },
      },
      {
        createDeveloperMetadata: {
          developerMetadata: {
            metadataKey: "netwerkplan.versie",
            metadataValue: "2",
            location: { spreadsheet: true },
            visibility: "PROJECT",
          },
        },
      },
    );
    const md = res.replies![0]!.createDeveloperMetadata!.developerMetadata!;
    expect(md).toEqual({
      metadataId: md.metadataId,
      metadataKey: "netwerkplan.tab",
      metadataValue: "status",
      location: { locationType: "SHEET", sheetId: 4 },
      visibility: "DOCUMENT",
    });
    expect(
      Sheets.Spreadsheets.get(id, {
        fields: "sheets(properties.sheetId,developerMetadata),developerMetadata.metadataKey",
      }),
    ).toEqual({
      developerMetadata: [{ metadataKey: "netwerkplan.versie" }],
      sheets: [{ properties: { sheetId: 0 } }, { properties: { sheetId: 4 }, developerMetadata: [md] }],
    });
    update({ deleteSheet: { sheetId: 4 } });
    expect(Sheets.Spreadsheets.get(id, { fields: "sheets.developerMetadata" })).toEqual({ sheets: [{}] });
  });
});

describe("charts", () => {
  const data = [
    ["Status", "Aantal"],
    ["Behaald", "3"],
    ["Op schema", "5"],
  ];

  test("a pie chart over a domain and a series is kept as SpreadsheetApp keeps one: one range, title, size", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    update({ updateCells: { start: { sheetId: 0 }, rows: textRows(data), fields: "userEnteredValue" } });
    const res = update({
      addChart: {
        chart: {
          spec: {
            title: "Status",
            pieChart: {
              domain: { sourceRange: { sources: [range(0, 3, 0, 1)] } },
              series: { sourceRange: { sources: [range(0, 3, 1, 2)] } },
              legendPosition: "RIGHT_LEGEND",
            },
          },
          position: {
            overlayPosition: {
              anchorCell: { sheetId: 0, rowIndex: 4, columnIndex: 0 },
              widthPixels: 480,
              heightPixels: 300,
            },
          },
        },
      },
    });
    const chartId = res.replies![0]!.addChart!.chart!.chartId!;
    const [chart] = sheet.getCharts();
    expect(chart!.getChartId()).toBe(chartId);
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
    expect(chart!.getOptions().get("title")).toBe("Status");
    expect(chart!.getOptions().get("width")).toBe(480);
    expect(chart!.getOptions().get("height")).toBe(300);
  });

  test("a column chart with series colours; the preview draws it over its anchor cell", () => {
    const { update, data: model } = sheetsContext();
    update(
      { updateCells: { start: { sheetId: 0 }, rows: textRows(data), fields: "userEnteredValue" } },
      {
        addChart: {
          chart: {
            chartId: 77,
            spec: {
              title: "Per status",
              basicChart: {
                chartType: "COLUMN",
                headerCount: 1,
                domains: [{ domain: { sourceRange: { sources: [range(0, 3, 0, 1)] } } }],
                series: [
                  { series: { sourceRange: { sources: [range(0, 3, 1, 2)] } }, color: rgb("#3366cc") },
                ],
              },
            },
            position: { overlayPosition: { anchorCell: { sheetId: 0, rowIndex: 0, columnIndex: 3 } } },
          },
        },
      },
    );
    expect(model.sheets[0]!.charts).toEqual([
      {
        id: 77,
        type: "COLUMN",
        ranges: [{ row: 0, col: 0, numRows: 3, numCols: 2 }],
        position: { row: 0, col: 3, offsetX: 0, offsetY: 0 },
        options: { title: "Per status", colors: ["#3366cc"] },
      },
    ]);
    const html = renderPreview(model, { title: "t", today: "2026-11-22", tabs: ["Blad1"] });
    expect(html).toContain('<svg class="chart-column"');
    expect(html).toContain("<title>Per status</title>");
  });

  // BasicChartSeries.styleOverrides: "Style override settings for series data points", each a
  // BasicSeriesDataPointStyleOverride { index: "Zero based index of the series data point", colorStyle }.
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartSeries
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/charts#BasicSeriesDataPointStyleOverride
  test("a bar chart with a colour per data point (styleOverrides) and no legend; the preview colours each bar", () => {
    const { update, data: model } = sheetsContext();
    const bar = (overrides: object[]) => ({
      addChart: {
        chart: {
          spec: {
            title: "Per status",
            basicChart: {
              chartType: "BAR",
              headerCount: 1,
              legendPosition: "NO_LEGEND",
              domains: [{ domain: { sourceRange: { sources: [range(0, 3, 0, 1)] } } }],
              series: [
                {
                  series: { sourceRange: { sources: [range(0, 3, 1, 2)] } },
                  targetAxis: "BOTTOM_AXIS",
                  styleOverrides: overrides,
                },
              ],
            },
          },
          position: { overlayPosition: { anchorCell: { sheetId: 0, rowIndex: 0, columnIndex: 3 } } },
        },
      },
    });
    update(
      { updateCells: { start: { sheetId: 0 }, rows: textRows(data), fields: "userEnteredValue" } },
      bar([
        { index: 0, colorStyle: { rgbColor: rgb("#00b050") } },
        { index: 1, colorStyle: { rgbColor: rgb("#ffc000") } },
      ]),
    );
    expect(model.sheets[0]!.charts[0]).toMatchObject({
      type: "BAR",
      options: { title: "Per status", legend: { position: "none" } },
      pointColors: ["#00b050", "#ffc000"],
    });
    const html = renderPreview(model, { title: "t", today: "2026-11-22", tabs: ["Blad1"] });
    const fills = [...html.matchAll(/<rect class="bar"[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(["#00b050", "#ffc000"]);
    // A point the series does not have, or an override without a colour, is refused.
    expect(() => update(bar([{ index: 2, colorStyle: { rgbColor: rgb("#00b050") } }]))).toThrow(
      /index 2 outside/,
    );
    expect(() => update(bar([{ index: 0 }]))).toThrow(/without a colour/);
  });

  test("other chart types, and sources on another sheet, are not emulated", () => {
    const { update } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 1 } } });
    const chart = (basicChart: object, sheetId = 0) => ({
      addChart: {
        chart: {
          spec: { basicChart },
          position: { overlayPosition: { anchorCell: { sheetId, rowIndex: 0, columnIndex: 0 } } },
        },
      },
    });
    const domains = [{ domain: { sourceRange: { sources: [range(0, 3, 0, 1)] } } }];
    const series = [{ series: { sourceRange: { sources: [range(0, 3, 1, 2)] } } }];
    expect(() => update(chart({ chartType: "SCATTER", domains, series }))).toThrow(/^Not emulated/);
    expect(() => update(chart({ chartType: "BAR", domains, series }, 1))).toThrow(
      "Not emulated: addChart with source ranges on another sheet",
    );
  });
});

describe("the export and the preview show what the API wrote", () => {
  test("values, colours, merges, widths and hidden rows reach the xlsx file", async () => {
    const { update, data } = sheetsContext();
    update(
      {
        updateCells: {
          start: { sheetId: 0 },
          rows: [
            {
              values: [
                {
                  userEnteredValue: { stringValue: "=geen formule" },
                  userEnteredFormat: { backgroundColor: rgb("#fce8b2"), textFormat: { bold: true } },
                },
              ],
            },
          ],
          fields: "userEnteredValue,userEnteredFormat(backgroundColor,textFormat.bold)",
        },
      },
      { mergeCells: { range: range(0, 1, 0, 3), mergeType: "MERGE_ALL" } },
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: "COLUMNS", startIndex: 0, endIndex: 1 },
          properties: { pixelSize: 300 },
          fields: "pixelSize",
        },
      },
      {
        updateDimensionProperties: {
          range: { sheetId: 0, dimension: "ROWS", startIndex: 1, endIndex: 2 },
          properties: { hiddenByUser: true },
          fields: "hiddenByUser",
        },
      },
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-api-"));
    const file = path.join(dir, "out.xlsx");
    try {
      await writeXlsx(data, file);
      const wb = new Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("Blad1")!;
      const a1 = ws.getCell("A1");
      expect(a1.value).toBe("=geen formule"); // text, not a formula
      expect(a1.font?.bold).toBe(true);
      expect((a1.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFCE8B2");
      expect(ws.getCell("C1").isMerged).toBe(true);
      expect(ws.getRow(2).hidden).toBe(true);
      expect(ws.getRow(3).hidden).toBe(false);
      expect(ws.getColumn(1).width).toBeGreaterThan(ws.getColumn(2).width ?? 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const html = renderPreview(data, { title: "t", today: "2026-11-22", tabs: ["Blad1"] });
    expect(html).toContain("=geen formule");
  });
});
