/**
 * Fidelity tests of the emulated Spreadsheet service: Range values, formulas, display values and the range
 * geometry checks. Each test names the reference page it follows.
 */
import * as vm from "node:vm";
import { SHEETS_ERRORS } from "../../local/emulator/spreadsheet";
import { errorOf, newSpreadsheet } from "./helpers";

describe("Range.setValues / getValues", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  test("round-trips strings, numbers, booleans and dates; empty cells read as empty strings", () => {
    const { sheet } = newSpreadsheet();
    const date = new Date("2026-12-31T09:30:00Z");
    sheet.getRange("A1:C2").setValues([
      ["Onderwerp", 12.5, true],
      [date, null, ""],
    ]);
    const values = sheet.getRange("A1:D3").getValues();
    expect(values).toEqual([
      ["Onderwerp", 12.5, true, ""],
      [date, "", "", ""],
      ["", "", "", ""],
    ]);
    expect(values[1]![0]).toBeInstanceOf(Date);
  });

  test("throws Sheets' error texts when the data does not have the range's shape", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(errorOf(() => range.setValues([[1, 2, 3]])).message).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(
      errorOf(() =>
        range.setValues([
          [1, 2, 3],
          [4, 5],
        ]),
      ).message,
    ).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
    expect(
      errorOf(() =>
        range.setValues([
          [1, 2, 3],
          [4, 5],
        ]),
      ).name,
    ).toBe("Exception");
    expect(range.getValues()).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  test("refuses a value that is not a 2-D array with the method-signature error", () => {
    const { sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.getRange("A1").setValues("x" as unknown as unknown[][])).message).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test("getValues returns fresh arrays and copies of dates", () => {
    const { sheet } = newSpreadsheet();
    const date = new Date("2026-01-15T00:00:00Z");
    sheet.getRange("A1:B1").setValues([["a", date]]);
    date.setUTCFullYear(2000); // the caller's Date is copied on the way in
    const first = sheet.getRange("A1:B1").getValues();
    first[0]![0] = "changed";
    (first[0]![1] as Date).setUTCFullYear(1999);
    const again = sheet.getRange("A1:B1").getValues();
    expect(again[0]![0]).toBe("a");
    expect((again[0]![1] as Date).toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });

  test("accepts Dates from another JavaScript realm (the add-on runs in a vm context)", () => {
    const { sheet } = newSpreadsheet();
    const foreign = vm.runInNewContext('new Date("2026-03-01T12:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    sheet.getRange("A1").setValue(foreign);
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2026-03-01T12:00:00.000Z");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
  test("setValue on a multi-cell range sets every cell; getValue reads the top-left cell", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("B2:C3").setValue("x");
    expect(sheet.getRange("B2:C3").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    sheet.getRange("B2").setValue("top-left");
    expect(sheet.getRange("B2:C3").getValue()).toBe("top-left");
  });

  test("refuses plain objects, and texts longer than Sheets' 50,000-character cell limit", () => {
    const { sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.getRange("A1").setValue({ a: 1 })).message).toBe(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setValue.",
    );
    expect(errorOf(() => sheet.getRange("A1").setValue("x".repeat(50_001))).message).toBe(
      SHEETS_ERRORS.cellTooLong,
    );
    sheet.getRange("A1").setValue("x".repeat(50_000));
    expect((sheet.getRange("A1").getValue() as string).length).toBe(50_000);
  });
});

describe("Typed text: formulas, apostrophe, numbers, booleans, dates", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
  // "If it begins with '=' it is interpreted as a formula."
  test("a string starting with = becomes a formula; only HYPERLINK and literals are evaluated", () => {
    const { sheet } = newSpreadsheet();
    sheet
      .getRange("A1:D1")
      .setValues([
        [
          '=HYPERLINK("https://example.org/#gid=0&range=B7", "Activiteiten!B7")',
          '=HYPERLINK("https://x.nl"; "Link")',
          "=SUM(B2:B9)",
          '="tekst"',
        ],
      ]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([["Activiteiten!B7", "Link", "", "tekst"]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["Activiteiten!B7", "Link", "", "tekst"]]);
    expect(sheet.getRange("C1").getFormula()).toBe("=SUM(B2:B9)");
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas
    sheet.getRange("A2").setValue("plain");
    expect(sheet.getRange("A2:C2").getFormulas()).toEqual([["", "", ""]]);
    // A formula counts as content for getLastRow even though its value is "".
    expect(sheet.getLastColumn()).toBe(4);
  });

  test("a leading apostrophe keeps the rest as text and is not part of the value", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:C1").setValues([["'=1+1", "'0612345678", "'TRUE"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=1+1", "0612345678", "TRUE"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula
  test("setFormula / setFormulas store formulas; setValue of text clears a formula", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1").setFormula("=TODAY()");
    sheet.getRange("B1:C1").setFormulas([["=1", "=A1"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["=TODAY()", "=1", "=A1"]]);
    expect(sheet.getRange("B1").getValue()).toBe(1);
    sheet.getRange("A1").setValue("tekst");
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  test("numbers in the locale's notation become numbers (nl_NL: decimal comma, dot grouping)", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:F1").setValues([["12", "1,5", "-3", "1.000", "12.5", "2026"]]);
    expect(sheet.getRange("A1:F1").getValues()).toEqual([[12, 1.5, -3, 1000, "12.5", 2026]]);
  });

  test("in en_US the dot is the decimal separator", () => {
    const { ss, sheet } = newSpreadsheet();
    ss.setSpreadsheetLocale("en_US");
    sheet.getRange("A1:C1").setValues([["12.5", "1,000", "1,5"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[12.5, 1000, "1,5"]]);
  });

  test("TRUE and FALSE in any case become booleans; the localized WAAR stays text", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:C1").setValues([["TRUE", "false", "WAAR"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[true, false, "WAAR"]]);
  });

  test("dates become midnight in the spreadsheet's time zone; invalid dates and periods stay text", () => {
    const { sheet } = newSpreadsheet();
    sheet
      .getRange("A1:E1")
      .setValues([["2026-12-31", "31-12-2026", "31/12/2026 14:30", "31-02-2026", "Q3 2026"]]);
    const [iso, dutch, withTime, invalid, quarter] = sheet.getRange("A1:E1").getValues()[0]!;
    expect((iso as Date).toISOString()).toBe("2026-12-30T23:00:00.000Z"); // CET = UTC+1
    expect((dutch as Date).toISOString()).toBe("2026-12-30T23:00:00.000Z");
    expect((withTime as Date).toISOString()).toBe("2026-12-31T13:30:00.000Z");
    expect(invalid).toBe("31-02-2026");
    expect(quarter).toBe("Q3 2026");
  });

  test("a time of day becomes a date-time on 30-12-1899 that displays as the time", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1").setValue("14:30");
    const v = sheet.getRange("A1").getValue() as Date;
    expect(v).toBeInstanceOf(Date);
    expect(v.getUTCFullYear()).toBe(1899);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("14:30:00");
  });

  test('in a plain-text cell ("@") a string is stored exactly as given', () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:C1");
    range.setNumberFormat("@");
    range.setValues([["=1+1", "0012", "'x"]]);
    expect(range.getValues()).toEqual([["=1+1", "0012", "'x"]]);
    expect(range.getFormulas()).toEqual([["", "", ""]]);
  });
});

describe("Range.getDisplayValue(s)", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
  test("numbers follow the number format with the locale's separators", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:F1");
    range.setValues([[1234.5, 1234.5, 1234.5, 0.256, 7, 1234.5]]);
    range.setNumberFormats([["0.###############", "0.00", "#,##0", "0%", "0", "#,##0.00"]]);
    expect(range.getDisplayValues()).toEqual([["1234,5", "1234,50", "1.235", "26%", "7", "1.234,50"]]);
  });

  test("booleans show TRUE/FALSE; empty cells show an empty string", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:B1").setValues([[true, false]]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([["TRUE", "FALSE", ""]]);
  });

  test("dates use the spreadsheet time zone and the number format, or the nl_NL default", () => {
    const { ss, sheet } = newSpreadsheet();
    const instant = new Date("2026-03-05T08:07:09Z"); // 09:07:09 in Amsterdam
    const range = sheet.getRange("A1:F1");
    range.setValue(instant);
    range.setNumberFormats([["dd-mm-yyyy", "d-m-yyyy", "yyyy-mm-dd", "dd-mm-yyyy hh:mm", "d mmmm yyyy", ""]]);
    expect(range.getDisplayValues()).toEqual([
      ["05-03-2026", "5-3-2026", "2026-03-05", "05-03-2026 09:07", "5 maart 2026", "5-3-2026 9:07:09"],
    ]);
    sheet.getRange("A2").setValue("2026-12-31");
    expect(sheet.getRange("A2").getDisplayValue()).toBe("31-12-2026");
    ss.setSpreadsheetTimeZone("America/New_York");
    expect(sheet.getRange("C1").getDisplayValue()).toBe("2026-03-05");
    expect(sheet.getRange("D1").getDisplayValue()).toBe("05-03-2026 03:07");
  });

  test("a number with a date format shows as a date serial; a date with a number format as its serial", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1").setValue(46022).setNumberFormat("dd-mm-yyyy");
    sheet.getRange("B1").setValue("2026-01-01").setNumberFormat("0");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["31-12-2025", "46023"]]);
  });
});

describe("Sheet.getRange checks", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
  test("throws Apps Script's texts for bad coordinates", () => {
    const { sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.getRange(0, 1)).message).toBe("The starting row of the range is too small.");
    expect(errorOf(() => sheet.getRange(1, 0)).message).toBe(
      "The starting column of the range is too small.",
    );
    expect(errorOf(() => sheet.getRange(2, 1, 0, 3)).message).toBe(
      "The number of rows in the range must be at least 1.",
    );
    expect(errorOf(() => sheet.getRange(2, 1, 1, 0)).message).toBe(
      "The number of columns in the range must be at least 1.",
    );
    expect(errorOf(() => sheet.getRange(1000, 1, 2, 1)).message).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(errorOf(() => sheet.getRange(1, 27)).message).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(errorOf(() => sheet.getRange("not a range")).message).toBe("Range not found");
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe("Z1000");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
  test("A1 notation: cells, ranges, whole columns and rows, absolute refs, reversed corners", () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getRange("b2").getA1Notation()).toBe("B2");
    expect(sheet.getRange("$A$1:$C$4").getA1Notation()).toBe("A1:C4");
    expect(sheet.getRange("C4:A1").getA1Notation()).toBe("A1:C4");
    const columns = sheet.getRange("A:B");
    expect([columns.getA1Notation(), columns.getNumRows(), columns.getNumColumns()]).toEqual([
      "A:B",
      1000,
      2,
    ]);
    const rows = sheet.getRange("2:3");
    expect([rows.getA1Notation(), rows.getRow(), rows.getNumColumns()]).toEqual(["2:3", 2, 26]);
    expect(sheet.getRange("A2:B").getLastRow()).toBe(1000);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
  // ("Returns the range as specified in A1 notation or R1C1 notation"). gas-fakes' live tests
  // (test/testsheets.js "getRange with R1C1 notation", test/testsheetssets.js "clearing ranges",
  // test/testsheetsvui.js, test/testsheetsvalues.js, test/testsheetsdeveloper.js) give the answers below.
  test("R1C1 cells and pairs, an empty sheet name, lower case and $ read as Apps Script reads them", () => {
    const { ss, sheet } = newSpreadsheet();
    const c5 = sheet.getRange("R5C3");
    expect([c5.getA1Notation(), c5.getRow(), c5.getColumn()]).toEqual(["C5", 5, 3]);
    const pair = sheet.getRange("R2C2:R4C5");
    expect([pair.getA1Notation(), pair.getNumRows(), pair.getNumColumns()]).toEqual(["B2:E4", 3, 4]);
    expect(sheet.getRange("R10C5:R1C2").getA1Notation()).toBe("B1:E10");
    expect(sheet.getRange("r1c1:r2c2").getA1Notation()).toBe("A1:B2");
    expect(sheet.getRange("!c2:e5").getA1Notation()).toBe("C2:E5");
    expect(sheet.getRange("c2:$d$4").getA1Notation()).toBe("C2:D4");
    expect(sheet.getRange("D:B").getA1Notation()).toBe("B:D");
    expect(sheet.getRange("5:2").getA1Notation()).toBe("2:5");
    // Spreadsheet.getRange: no sheet name means the active sheet.
    ss.insertSheet("Projecten").getRange("A1").setValue("actief");
    expect(ss.getRange("!A1").getValue()).toBe("actief");
    expect(ss.getRange("R1C1").getSheet().getName()).toBe("Projecten");
    expect(ss.getRange("'Blad1'!R1C1").getSheet().getName()).toBe("Blad1");
  });

  test("relative R1C1, R1C1 mixed with A1, a sheet's name alone and A1 beyond the grid are refused", () => {
    const { ss, sheet } = newSpreadsheet();
    const refused = (notation: string) => errorOf(() => sheet.getRange(notation)).message;
    expect(refused("R[1]C[1]")).toMatch(/^Not emulated: a range in relative R1C1 notation/);
    expect(refused("R2C[-1]:R3C")).toMatch(/^Not emulated: a range in relative R1C1 notation/);
    expect(refused("R1C1:B2")).toMatch(/^Not emulated: a range in relative R1C1 notation or R1C1 mixed/);
    expect(refused("Blad1")).toBe(`Not emulated: a range named by a sheet's name alone ("Blad1")`);
    expect(errorOf(() => ss.getRange("'Blad1'")).message).toMatch(/^Not emulated: a range named by a sheet/);
    // Valid A1 (column RC, row 1) but beyond the 26 columns: Sheets answers "RC1", which the emulator cannot model.
    expect(refused("RC1")).toBe(
      `Not emulated: a range in A1 notation beyond the sheet's 1000 rows and 26 columns ("RC1")`,
    );
    expect(refused("A1:A1001")).toMatch(/^Not emulated: a range in A1 notation beyond the sheet/);
    expect(refused("R1C1:#")).toBe("Range not found");
    expect(refused("Nergens!A1")).toBe("Range not found");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getcellrow,-column
  // https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns
  test("getCell is relative to the range; offset keeps or sets the size", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("B2:D4");
    expect(range.getCell(2, 3).getA1Notation()).toBe("D3");
    expect(errorOf(() => range.getCell(4, 1)).message).toBe("Cell reference out of range");
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:E5");
    expect(range.offset(0, 0, 1).getA1Notation()).toBe("B2:D2");
    expect(range.offset(-1, -1, 1, 1).getA1Notation()).toBe("A1");
    expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn()]).toEqual([
      2, 2, 4, 4,
    ]);
    expect([range.getHeight(), range.getWidth(), range.getNumRows(), range.getNumColumns()]).toEqual([
      3, 3, 3, 3,
    ]);
    expect(range.getSheet().getName()).toBe("Blad1");
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getrowindex
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getgridid
    expect([range.getRowIndex(), range.getGridId()]).toEqual([2, sheet.getSheetId()]);
    const other = sheet.getParent().insertSheet("Projecten");
    expect(other.getRange("A1").getGridId()).toBe(other.getSheetId());
    expect(other.getSheetId()).not.toBe(sheet.getSheetId());
  });
});

describe("Content: last row and column, data range, blank, clear", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange
  test("getLastRow/getLastColumn count values and formulas, not formats or notes", () => {
    const { sheet } = newSpreadsheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("C5").setValue("x");
    sheet.getRange("E9").setBackground("red").setNote("note");
    sheet.getRange("B7").setFormula("=NOW()");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#isblank
  // https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions
  test("clear variants: content, format (with data validation), notes", () => {
    const { app, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B1");
    const rule = app.newDataValidation().requireValueInList(["a", "b"]).build();
    range
      .setValues([["a", "b"]])
      .setBackground("yellow")
      .setNote("n")
      .setDataValidation(rule);
    expect(range.isBlank()).toBe(false);
    range.clearContent();
    expect(range.isBlank()).toBe(true);
    expect(range.getBackground()).toBe("#ffff00");
    range.clearFormat();
    expect([range.getBackground(), range.getDataValidation(), range.getNote()]).toEqual([
      "#ffffff",
      null,
      "n",
    ]);
    range.setValue("x").setBackground("red").clear();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual(["", "#ffffff", "n"]);
    range.clear({ commentsOnly: true });
    expect(range.getNote()).toBe("");
    // https://developers.google.com/apps-script/reference/spreadsheet/range#clearnote
    range.setValue("v").setNote("n2").clearNote();
    expect([range.getNote(), range.getValue()]).toEqual(["", "v"]);
    range.setValue("keep").setBackground("red").clear({ formatOnly: true });
    expect([range.getValue(), range.getBackground()]).toEqual(["keep", "#ffffff"]);
  });
});
