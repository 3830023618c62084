/**
 * Fidelity tests: writing cells with the advanced Sheets service — updateCells, repeatCell and appendCells
 * with their field masks — read back through SpreadsheetApp.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellFormat
 */
import { apiErrorOf } from "./calendar-helpers";
import { rgb, sheetsContext, text, textRows } from "./sheets-api-helpers";

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

const A1 = (sheetId = 0) => ({ sheetId, rowIndex: 0, columnIndex: 0 });

describe("values and formulas", () => {
  // ExtendedValue: stringValue "Represents a string value. Leading single quotes are not included. For
  // example, if the user typed '123 into the UI, this would be represented as a stringValue of "123"."
  // formulaValue "Represents a formula."
  test("a stringValue stays text, even '=…', '12' or 'TRUE'; formulaValue is a formula; numbers and booleans as given", () => {
    const { update, ss } = sheetsContext();
    update({
      updateCells: {
        start: A1(),
        rows: [
          {
            values: [
              text("=1+1"),
              text("12"),
              text("TRUE"),
              { userEnteredValue: { formulaValue: '=HYPERLINK("https://example.org";"Link")' } },
              { userEnteredValue: { numberValue: 2.5 } },
              { userEnteredValue: { boolValue: false } },
            ],
          },
        ],
        fields: "userEnteredValue",
      },
    });
    const range = ss.getSheetById(0)!.getRange("A1:F1");
    expect(range.getValues()).toEqual([["=1+1", "12", "TRUE", "Link", 2.5, false]]);
    expect(range.getFormulas()).toEqual([["", "", "", '=HYPERLINK("https://example.org";"Link")', "", ""]]);
  });

  test("an empty value, or a cell without userEnteredValue under the mask, empties the cell", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1:B1").setValues([["x", "=1"]]);
    update({ updateCells: { start: A1(), rows: [{ values: [{}, text("")] }], fields: "userEnteredValue" } });
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["", ""]]);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["", ""]]);
    expect(sheet.getLastRow()).toBe(0);
  });

  // Sheets keeps a date as a number with a date format; SpreadsheetApp's getValue gives a Date for it.
  test("a number with a DATE pattern reads back as a Date at midnight in the spreadsheet's zone", () => {
    const { update, ss } = sheetsContext();
    update({
      updateCells: {
        start: A1(),
        rows: [
          {
            values: [
              {
                userEnteredValue: { numberValue: 46387 }, // 31-12-2026
                userEnteredFormat: { numberFormat: { type: "DATE", pattern: "dd-mm-yyyy" } },
              },
            ],
          },
        ],
        fields: "userEnteredValue,userEnteredFormat.numberFormat",
      },
    });
    const cell = ss.getSheetById(0)!.getRange("A1");
    const v = cell.getValue() as Date;
    expect(Object.prototype.toString.call(v)).toBe("[object Date]");
    expect(v.toISOString()).toBe("2026-12-30T23:00:00.000Z");
    expect(cell.getDisplayValue()).toBe("31-12-2026");
    expect(cell.getNumberFormat()).toBe("dd-mm-yyyy");
  });

  test("text longer than 50,000 characters fails the whole call with the limit's text", () => {
    const { update, data } = sheetsContext();
    const e = apiErrorOf(() =>
      update({
        updateCells: { start: A1(), rows: textRows([["x".repeat(50_001)]]), fields: "userEnteredValue" },
      }),
    );
    expect(e.message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateCells: Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(data.sheets[0]!.cells).toEqual([]);
  });

  test("two kinds of value in one cell, and error values, are not emulated", () => {
    const { update } = sheetsContext();
    const cell = (v: object): CellData => ({ userEnteredValue: v });
    expect(() =>
      update({
        updateCells: {
          start: A1(),
          rows: [{ values: [cell({ stringValue: "a", numberValue: 1 })] }],
          fields: "*",
        },
      }),
    ).toThrow(/^Not emulated/);
    expect(() =>
      update({
        updateCells: {
          start: A1(),
          rows: [{ values: [cell({ errorValue: { type: "ERROR" } })] }],
          fields: "*",
        },
      }),
    ).toThrow(/^Not emulated/);
  });
});

describe("formats, read back through SpreadsheetApp", () => {
  test("background, bold, italic, size, font colour, wrap, alignments, number format and note", () => {
    const { update, ss } = sheetsContext();
    update({
      updateCells: {
        start: { sheetId: 0, rowIndex: 1, columnIndex: 1 },
        rows: [
          {
            values: [
              {
                userEnteredValue: { numberValue: 0.25 },
                userEnteredFormat: {
                  backgroundColor: rgb("#fce8b2"),
                  textFormat: { bold: true, italic: true, fontSize: 14, foregroundColor: rgb("#cc0000") },
                  wrapStrategy: "WRAP",
                  horizontalAlignment: "CENTER",
                  verticalAlignment: "TOP",
                  numberFormat: { type: "PERCENT", pattern: "0%" },
                },
                note: "Bron: jaarplan",
              },
              {
                userEnteredValue: { stringValue: "clip" },
                userEnteredFormat: {
                  wrapStrategy: "CLIP",
                  backgroundColorStyle: { rgbColor: rgb("#d9ead3") },
                },
              },
            ],
          },
        ],
        fields: "*",
      },
    });
    const r = ss.getSheetById(0)!.getRange("B2:C2");
    expect(r.getBackgrounds()).toEqual([["#fce8b2", "#d9ead3"]]);
    expect(r.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(r.getFontStyles()).toEqual([["italic", "normal"]]);
    expect(r.getFontSizes()).toEqual([[14, 10]]);
    expect(r.getFontColors()).toEqual([["#cc0000", "#000000"]]);
    expect(r.getWrapStrategies().map((row) => row.map(String))).toEqual([["WRAP", "CLIP"]]);
    expect(r.getHorizontalAlignments()).toEqual([["center", "general"]]);
    expect(r.getVerticalAlignments()).toEqual([["top", "bottom"]]);
    expect(r.getNumberFormats()).toEqual([["0%", "0.###############"]]);
    expect(r.getNotes()).toEqual([["Bron: jaarplan", ""]]);
    expect(r.getDisplayValues()).toEqual([["25%", "clip"]]);
  });

  // CellFormat.backgroundColorStyle: "If backgroundColor is also set, this field takes precedence."
  // Color: a channel left out is 0, so an empty Color is black.
  test("a ColorStyle wins over its Color; an empty Color is black", () => {
    const { update, ss } = sheetsContext();
    update({
      updateCells: {
        start: A1(),
        rows: [
          {
            values: [
              {
                userEnteredFormat: {
                  backgroundColor: rgb("#ff0000"),
                  backgroundColorStyle: { rgbColor: rgb("#00ff00") },
                },
              },
              { userEnteredFormat: { backgroundColor: {} } },
            ],
          },
        ],
        fields: "userEnteredFormat.backgroundColor,userEnteredFormat.backgroundColorStyle",
      },
    });
    expect(ss.getSheetById(0)!.getRange("A1:B1").getBackgrounds()).toEqual([["#00ff00", "#000000"]]);
  });

  test("number format TEXT without a pattern is '@'; a type without a pattern is not emulated", () => {
    const { update, ss } = sheetsContext();
    update({
      repeatCell: {
        range: { sheetId: 0, startColumnIndex: 0, endColumnIndex: 1 },
        cell: { userEnteredFormat: { numberFormat: { type: "TEXT" } } },
        fields: "userEnteredFormat.numberFormat",
      },
    });
    expect(ss.getSheetById(0)!.getRange("A1000").getNumberFormat()).toBe("@");
    expect(() =>
      update({
        repeatCell: {
          range: { sheetId: 0 },
          cell: { userEnteredFormat: { numberFormat: { type: "DATE" } } },
          fields: "userEnteredFormat.numberFormat",
        },
      }),
    ).toThrow(/^Not emulated: userEnteredFormat\.numberFormat of type DATE without a pattern/);
  });

  test("fields the model does not hold (borders, fonts) are not emulated when the mask reaches them", () => {
    const { update } = sheetsContext();
    const cell: CellData = { userEnteredFormat: { textFormat: { bold: true, fontFamily: "Arial" } } };
    expect(() =>
      update({ updateCells: { start: A1(), rows: [{ values: [cell] }], fields: "userEnteredFormat" } }),
    ).toThrow("Not emulated: CellData.userEnteredFormat.textFormat.fontFamily");
    // Not reached by the mask: ignored, as the API ignores fields outside the mask.
    update({
      updateCells: { start: A1(), rows: [{ values: [cell] }], fields: "userEnteredFormat.textFormat.bold" },
    });
    expect(() =>
      update({
        updateCells: { start: A1(), rows: [{ values: [cell] }], fields: "userEnteredFormat.borders" },
      }),
    ).toThrow(/^Not emulated: updateCells\.fields naming "userEnteredFormat\.borders"/);
  });
});

describe("field masks", () => {
  // UpdateCellsRequest.fields: "The fields of CellData that should be updated. At least one field must be
  // specified. The root is the CellData; 'row.values.' should not be specified. A single "*" can be used as
  // short-hand for listing every field."
  test("only the named fields change: a value write keeps formats and notes", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1").setBackground("#ff0000").setFontWeight("bold").setNote("blijft").setValue("oud");
    update({ updateCells: { start: A1(), rows: textRows([["nieuw"]]), fields: "userEnteredValue" } });
    const a1 = sheet.getRange("A1");
    expect([a1.getValue(), a1.getBackground(), a1.getFontWeight(), a1.getNote()]).toEqual([
      "nieuw",
      "#ff0000",
      "bold",
      "blijft",
    ]);
  });

  test("a named field the data leaves out is cleared; '*' clears every field the data leaves out", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet
      .getRange("A1:B1")
      .setBackground("#ff0000")
      .setFontWeight("bold")
      .setNote("weg")
      .setValues([["a", "b"]]);
    update({
      updateCells: { start: A1(), rows: textRows([["x"]]), fields: "userEnteredFormat.backgroundColor" },
    });
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
    expect(sheet.getRange("A1").getValue()).toBe("a");
    update({
      updateCells: {
        start: { sheetId: 0, rowIndex: 0, columnIndex: 1 },
        rows: textRows([["y"]]),
        fields: "*",
      },
    });
    const b1 = sheet.getRange("B1");
    expect([b1.getValue(), b1.getBackground(), b1.getFontWeight(), b1.getNote()]).toEqual([
      "y",
      "#ffffff",
      "normal",
      "",
    ]);
  });

  // The formatting samples write masks with groups: "fields": "userEnteredFormat(backgroundColor,textFormat,horizontalAlignment)"
  // (https://developers.google.com/workspace/sheets/api/samples/formatting).
  test("groups in parentheses name the fields inside them", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1").setVerticalAlignment("top");
    update({
      repeatCell: {
        range: { sheetId: 0, startRowIndex: 0, endRowIndex: 1 },
        cell: {
          userEnteredFormat: {
            backgroundColor: rgb("#000000"),
            textFormat: { bold: true },
            horizontalAlignment: "CENTER",
          },
        },
        fields: "userEnteredFormat(backgroundColor,textFormat,horizontalAlignment)",
      },
    });
    const a1 = sheet.getRange("A1");
    expect([
      a1.getBackground(),
      a1.getFontWeight(),
      a1.getHorizontalAlignment(),
      a1.getVerticalAlignment(),
    ]).toEqual(["#000000", "bold", "center", "top"]);
    expect(sheet.getRange("Z1").getFontWeight()).toBe("bold");
  });

  test("no fields fails with the API's text", () => {
    const { update } = sheetsContext();
    expect(apiErrorOf(() => update({ repeatCell: { range: { sheetId: 0 }, cell: text("x") } })).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].repeatCell: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });
});

describe("updateCells: start and range", () => {
  // UpdateCellsRequest.range: "If the data in rows does not cover the entire requested range, the fields
  // matching those set in fields will be cleared."
  test("with a range, the cells the rows do not reach have the named fields cleared", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A1:C2").setValues([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    update({
      updateCells: {
        range: { sheetId: 0, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 3 },
        rows: textRows([["x"]]),
        fields: "userEnteredValue",
      },
    });
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      ["x", "", ""],
      ["", "", ""],
    ]);
  });

  test("with start, rows of different lengths write only their own cells", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("B3").setValue("blijft");
    update({
      updateCells: {
        start: { sheetId: 0, rowIndex: 1 },
        rows: textRows([["a", "b"], ["c"]]),
        fields: "userEnteredValue",
      },
    });
    expect(sheet.getRange("A2:B3").getValues()).toEqual([
      ["a", "b"],
      ["c", "blijft"],
    ]);
  });

  // Reported by the API's users: "Invalid requests[0].updateCells: Range (Sheet1!A3:C3) exceeds grid limits.
  // Max rows: 2, max columns: 3".
  test("writing past the grid fails with 'exceeds grid limits'", () => {
    const { update } = sheetsContext();
    const e = apiErrorOf(() =>
      update({
        updateCells: {
          start: { sheetId: 0, rowIndex: 999, columnIndex: 25 },
          rows: textRows([["a", "b"]]),
          fields: "userEnteredValue",
        },
      }),
    );
    expect(e.message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateCells: Range (Blad1!Z1000:AA1000) exceeds grid limits. Max rows: 1000, max columns: 26",
    );
    expect(
      apiErrorOf(() => update({ repeatCell: { range: { sheetId: 9 }, cell: {}, fields: "*" } })).message,
    ).toMatch(/Invalid requests\[0\]\.repeatCell: No grid with id: 9$/);
  });
});

describe("repeatCell and appendCells", () => {
  test("repeatCell: one format for a whole column block, values of other fields untouched", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("B1:B3").setValues([["kop"], ["1"], ["2"]]);
    update({
      repeatCell: {
        range: { sheetId: 0, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 },
        cell: { userEnteredFormat: { numberFormat: { type: "NUMBER", pattern: "0.00" } } },
        fields: "userEnteredFormat.numberFormat",
      },
    });
    expect(sheet.getRange("B1:B3").getNumberFormats()).toEqual([["0.###############"], ["0.00"], ["0.00"]]);
    expect(sheet.getRange("B1:B3").getDisplayValues()).toEqual([["kop"], ["1,00"], ["2,00"]]);
  });

  // AppendCellsRequest: "Appends new cells after the last row with data in a sheet, inserting new rows into
  // the sheet if necessary."
  test("appendCells writes after the last row with a value and grows the sheet when needed", () => {
    const { update, ss, ctx } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 1, gridProperties: { rowCount: 2, columnCount: 3 } } } });
    const sheet = ss.getSheetById(1)!;
    sheet.getRange("A1").setValue("kop");
    sheet.getRange("A2").setBackground("#ff0000"); // a format alone is not data
    update({ appendCells: { sheetId: 1, rows: textRows([["r1"], ["r2"]]), fields: "userEnteredValue" } });
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["kop"], ["r1"], ["r2"]]);
    expect(sheet.getRange("A2").getBackground()).toBe("#ff0000");
    expect(ctx.rt.usage.at(-1)?.counts).toEqual({ requests: 1, cells: 2, cellFields: 2 });
  });

  // Reported: "Invalid requests[0].appendCells: Attempting to write column: 26, beyond the last requested
  // column of: 25" (0-based columns of a 26-column sheet).
  test("appendCells wider than the sheet fails with the API's text", () => {
    const { update } = sheetsContext();
    const row = Array.from({ length: 27 }, (_, i) => String(i));
    expect(
      apiErrorOf(() =>
        update({ appendCells: { sheetId: 0, rows: textRows([row]), fields: "userEnteredValue" } }),
      ).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].appendCells: Attempting to write column: 26, beyond the last requested column of: 25",
    );
  });
});

describe("checkboxes", () => {
  // ConditionType BOOLEAN: "The cell's value must be TRUE/FALSE or in the list of condition values.
  // Supported by data validation. Renders as a cell checkbox. … No values indicates the cell must be TRUE or
  // FALSE, where TRUE renders as checked and FALSE renders as unchecked."
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType
  test("a BOOLEAN rule makes a checkbox that SpreadsheetApp sees checked for TRUE; a mask without a rule clears it", () => {
    const { update, ss, app } = sheetsContext();
    const rule = { condition: { type: "BOOLEAN" }, strict: true };
    update({
      updateCells: {
        start: A1(),
        rows: [
          {
            values: [
              { userEnteredValue: { boolValue: true }, dataValidation: rule },
              { userEnteredValue: { boolValue: false }, dataValidation: rule },
            ],
          },
        ],
        fields: "userEnteredValue,dataValidation",
      },
    });
    const sheet = ss.getSheetById(0)!;
    expect(sheet.getRange("A1").isChecked()).toBe(true);
    expect(sheet.getRange("B1").isChecked()).toBe(false);
    expect(sheet.getRange("A1").getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    update({ updateCells: { start: A1(), rows: [{ values: [{}] }], fields: "dataValidation" } });
    expect(sheet.getRange("A1").getDataValidation()).toBeNull();
    expect(sheet.getRange("A1").getValue()).toBe(true);
  });

  test("a rule of another condition is refused (drop-downs: sheets-api-validation.test.ts)", () => {
    const { update } = sheetsContext();
    const cell = (dataValidation: object) => ({
      updateCells: { start: A1(), rows: [{ values: [{ dataValidation }] }], fields: "dataValidation" },
    });
    expect(() =>
      update(cell({ condition: { type: "NUMBER_GREATER", values: [{ userEnteredValue: "1" }] } })),
    ).toThrow("Not emulated: CellData.dataValidation with a condition of type NUMBER_GREATER");
    expect(() =>
      update(cell({ condition: { type: "BOOLEAN", values: [{ userEnteredValue: "Ja" }] } })),
    ).toThrow(/^Not emulated: CellData\.dataValidation BOOLEAN with checked/);
  });
});
