/**
 * Fidelity tests of the emulated Spreadsheet service: SpreadsheetApp, Spreadsheet and Sheet structure (tabs,
 * rows and columns, frozen panes, hiding, sizes), protection, charts and filters.
 * Each test names the reference page it follows.
 */
import { createCharts, createSpreadsheetApp } from "../../local/emulator/spreadsheet";
import { errorOf, newContext, newSpreadsheet } from "./helpers";

describe("SpreadsheetApp", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getactivespreadsheet
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyidid
  test("active spreadsheet, openById and its real error for an unknown id", () => {
    const { app, ss } = newSpreadsheet();
    expect(app.getActive().getId()).toBe(ss.getId());
    expect(app.openById(ss.getId()).getName()).toBe("Netwerkplan");
    expect(app.openByUrl(ss.getUrl()).getId()).toBe(ss.getId());
    const e = errorOf(() => app.openById("1doesNotExist"));
    expect(e.message).toBe(
      "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    expect(String(e)).toBe(
      "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getactivesheet
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#setactivesheetsheet
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
  test("SpreadsheetApp's active sheet is the active spreadsheet's; flush applies nothing new", () => {
    const { app, ss, sheet } = newSpreadsheet();
    const projects = ss.insertSheet("Projecten");
    expect(app.getActiveSheet().getName()).toBe("Projecten");
    expect(app.setActiveSheet(sheet).getName()).toBe("Blad1");
    expect([app.getActiveSheet().getName(), ss.getActiveSheet().getName()]).toEqual(["Blad1", "Blad1"]);
    projects.getRange("A1").setValue("x");
    expect(app.flush()).toBeUndefined();
    expect(projects.getRange("A1").getValue()).toBe("x");
    expect(errorOf(() => app.setActiveSheet("Projecten" as never)).message).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.setActiveSheet.",
    );
    expect(createSpreadsheetApp(newContext()).getActiveSheet()).toBeNull();
  });

  test("getActiveSpreadsheet is null when the script runs outside a spreadsheet", () => {
    expect(createSpreadsheetApp(newContext()).getActiveSpreadsheet()).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname,-rows,-columns
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#geturl
  test("create adds a spreadsheet to the account with the given size; getUrl has the edit URL", () => {
    const ctx = newContext();
    const app = createSpreadsheetApp(ctx);
    const ss = app.create("Rapport", 50, 5);
    expect(ctx.account.data.spreadsheets[ss.getId()]).toBeDefined();
    expect([ss.getSheets()[0]!.getMaxRows(), ss.getSheets()[0]!.getMaxColumns()]).toEqual([50, 5]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    ss.rename("Rapport 2026");
    expect(app.openById(ss.getId()).getName()).toBe("Rapport 2026");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setspreadsheettimezonetimezone
  test("time zone and locale", () => {
    const { ss } = newSpreadsheet();
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(["Europe/Amsterdam", "nl_NL"]);
    ss.setSpreadsheetTimeZone("Europe/London");
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/London");
    expect(errorOf(() => ss.setSpreadsheetTimeZone("Mars/Olympus")).message).toBe(
      "Invalid argument: timezone",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
  test("toast is recorded with its title and timeout (5 seconds by default)", () => {
    const { ctx, ss } = newSpreadsheet();
    ss.toast("Bezig met dashboards…");
    ss.toast("Klaar", "Netwerkplan", -1);
    expect(ctx.ui.events).toEqual([
      { kind: "toast", title: "", message: "Bezig met dashboards…", timeoutSeconds: 5 },
      { kind: "toast", title: "Netwerkplan", message: "Klaar", timeoutSeconds: -1 },
    ]);
  });
});

describe("Spreadsheet: sheets", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
  test("insertSheet: 1000 x 26, becomes active, 0-based index, after the active sheet by default", () => {
    const { ss } = newSpreadsheet();
    const a = ss.insertSheet("Activiteiten");
    expect([a.getMaxRows(), a.getMaxColumns(), a.getIndex()]).toEqual([1000, 26, 2]);
    expect(ss.getActiveSheet().getName()).toBe("Activiteiten");
    ss.insertSheet("Eerste", 0);
    ss.setActiveSheet(ss.getSheetByName("Blad1")!);
    ss.insertSheet("Na Blad1");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Eerste", "Blad1", "Na Blad1", "Activiteiten"]);
    expect(ss.insertSheet().getName()).toBe("Blad5");
    expect(ss.getNumSheets()).toBe(5);
  });

  test("sheet names are unique regardless of case and at most 100 characters", () => {
    const { ss, sheet } = newSpreadsheet();
    ss.insertSheet("Leden");
    expect(errorOf(() => ss.insertSheet("Leden")).message).toBe(
      'A sheet with the name "Leden" already exists. Please enter another name.',
    );
    expect(errorOf(() => ss.insertSheet("LEDEN")).message).toBe(
      'A sheet with the name "LEDEN" already exists. Please enter another name.',
    );
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setnamename
    expect(errorOf(() => sheet.setName("leden")).message).toBe(
      'A sheet with the name "leden" already exists. Please enter another name.',
    );
    expect(errorOf(() => ss.insertSheet("x".repeat(101))).message).toBe(
      "The sheet name cannot be greater than 100 characters.",
    );
    sheet.setName("BLAD1"); // renaming a sheet to its own name in another case is fine
    expect(sheet.getName()).toBe("BLAD1");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbyidid
  test("getSheetByName is case-insensitive and null for a missing sheet; getSheetById", () => {
    const { ss, sheet } = newSpreadsheet();
    expect(ss.getSheetByName("blad1")!.getSheetId()).toBe(sheet.getSheetId());
    expect(ss.getSheetByName("Validatie")).toBeNull();
    const v = ss.insertSheet("Validatie");
    expect(ss.getSheetById(v.getSheetId())!.getName()).toBe("Validatie");
    expect(v.getParent().getId()).toBe(ss.getId());
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
  test("deleteSheet refuses the last sheet and the last visible sheet", () => {
    const { ss, sheet } = newSpreadsheet();
    expect(errorOf(() => ss.deleteSheet(sheet)).message).toBe(
      "You can't remove all the sheets in a document.",
    );
    const hidden = ss.insertSheet("Historie");
    hidden.hideSheet();
    expect(errorOf(() => ss.deleteSheet(sheet)).message).toBe(
      "You can't remove all the visible sheets in a document.",
    );
    ss.deleteSheet(hidden);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate
  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate
  test("Sheet.activate and Range.activate make the sheet active; templates are not emulated", () => {
    const { ss, sheet } = newSpreadsheet();
    const other = ss.insertSheet("Overzicht");
    sheet.activate();
    expect(ss.getActiveSheet().getName()).toBe("Blad1");
    other.getRange("A1").activate();
    expect(ss.getActiveSheet().getName()).toBe("Overzicht");
    expect(errorOf(() => ss.insertSheet("Kopie", { template: sheet })).message).toBe(
      "Not emulated: Spreadsheet.insertSheet with options",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveactivesheetpos
  test("moveActiveSheet moves the active sheet to a 1-based position", () => {
    const { ss } = newSpreadsheet();
    ss.insertSheet("B");
    ss.insertSheet("C");
    ss.setActiveSheet(ss.getSheetByName("C")!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["C", "Blad1", "B"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangea1notation
  test("Spreadsheet.getRange takes a sheet name; without one, the active sheet", () => {
    const { ss } = newSpreadsheet();
    const s = ss.insertSheet("Mijn tab");
    s.getRange("B2").setValue("hier");
    expect(ss.getRange("'Mijn tab'!B2").getValue()).toBe("hier");
    expect(ss.getRange("B2").getSheet().getName()).toBe("Mijn tab");
    expect(errorOf(() => ss.getRange("Onbekend!A1")).message).toBe("Range not found");
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangelista1notations
    const list = ss.getRangeList(["A1", "C3:D4"]);
    list.setBackground("red");
    expect(list.getRanges().map((r) => r.getBackground())).toEqual(["#ff0000", "#ff0000"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list
  // ("a collection of one or more Range instances in the same sheet"; each method applies to every range)
  test("a RangeList applies each setter and clear to every range and returns itself", () => {
    const { app, sheet } = newSpreadsheet();
    const list = sheet.getRangeList(["A1", "C2:D2"]);
    const each = <T>(read: (r: GoogleAppsScript.Spreadsheet.Range) => T) => list.getRanges().map(read);
    list
      .setValue("x")
      .setFontColor("blue")
      .setFontWeight("bold")
      .setFontStyle("italic")
      .setFontSize(12)
      .setNumberFormat("0.00")
      .setHorizontalAlignment("center")
      .setVerticalAlignment("top")
      .setWrap(true)
      .setNote("n")
      .setBorder(true, true, true, true, null, null);
    expect(each((r) => r.getValues())).toEqual([[["x"]], [["x", "x"]]]);
    expect(each((r) => r.getFontColor())).toEqual(["#0000ff", "#0000ff"]);
    expect(each((r) => [r.getFontWeight(), r.getFontStyle(), r.getFontSize(), r.getNumberFormat()])).toEqual([
      ["bold", "italic", 12, "0.00"],
      ["bold", "italic", 12, "0.00"],
    ]);
    expect(
      each((r) => [r.getHorizontalAlignment(), r.getVerticalAlignment(), r.getWrap(), r.getNote()]),
    ).toEqual([
      ["center", "top", true, "n"],
      ["center", "top", true, "n"],
    ]);
    list.setFormula('=HYPERLINK("#gid=0";"Blad1")');
    expect(each((r) => r.getFormula())).toEqual([
      '=HYPERLINK("#gid=0";"Blad1")',
      '=HYPERLINK("#gid=0";"Blad1")',
    ]);
    list.clearNote().clearFormat();
    expect(each((r) => [r.getNote(), r.getFontWeight()])).toEqual([
      ["", "normal"],
      ["", "normal"],
    ]);
    list.clearContent();
    expect(each((r) => r.isBlank())).toEqual([true, true]);
    list.insertCheckboxes();
    expect(each((r) => r.isChecked())).toEqual([false, false]);
    list.removeCheckboxes();
    expect(each((r) => [r.getDataValidation(), r.isBlank()])).toEqual([
      [null, true],
      [null, true],
    ]);
    list.setValue("y").clear();
    expect(each((r) => r.isBlank())).toEqual([true, true]);
    sheet.getRange("C2").setDataValidation(app.newDataValidation().requireValueInList(["a"]).build());
    list.clearDataValidations();
    expect(sheet.getRange("C2").getDataValidation()).toBeNull();
    sheet.getRange("C2:D2").merge();
    list.breakApart();
    expect(sheet.getRange("C2").isPartOfMerge()).toBe(false);
    sheet.getParent().insertSheet("Projecten");
    list.activate();
    expect(sheet.getParent().getActiveSheet().getName()).toBe("Blad1");
  });
});

describe("Sheet: visibility, frozen panes, tab colour, sizes", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
  test("hideSheet cannot hide the only visible sheet; a hidden active sheet passes the focus on", () => {
    const { ss, sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.hideSheet()).message).toBe("You can't hide all the sheets in a document.");
    const history = ss.insertSheet("Historie");
    expect(ss.getActiveSheet().getName()).toBe("Historie");
    history.hideSheet();
    expect([history.isSheetHidden(), ss.getActiveSheet().getName()]).toEqual([true, "Blad1"]);
    history.showSheet();
    expect(history.isSheetHidden()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
  test("frozen rows and columns", () => {
    const { sheet } = newSpreadsheet();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#settabcolorcolor
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#sethiddengridlineshidegridlines
  test("tab colour and gridlines", () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getTabColor()).toBeNull();
    sheet.setTabColor("ORANGE").setHiddenGridlines(true);
    expect([sheet.getTabColor(), sheet.hasHiddenGridlines()]).toEqual(["#ffa500", true]);
    sheet.setTabColor(null);
    expect(sheet.getTabColor()).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthscolumnstart,-numcolumns,-width
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setrowheightsstartrow,-numrows,-height
  test("column widths (default 100) and row heights (default 21)", () => {
    const { sheet } = newSpreadsheet();
    expect([sheet.getColumnWidth(1), sheet.getRowHeight(1)]).toEqual([100, 21]);
    sheet.setColumnWidth(1, 240).setColumnWidths(2, 3, 80).setRowHeight(1, 40).setRowHeights(2, 2, 30);
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([240, 80, 80, 100]);
    expect([1, 2, 3, 4].map((r) => sheet.getRowHeight(r))).toEqual([40, 30, 30, 21]);
  });
});

describe("Sheet: rows and columns", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany
  test("inserting rows moves content, merges, rules and protections down and grows the sheet", () => {
    const { app, sheet } = newSpreadsheet();
    sheet.getRange("A1:A3").setValues([["kop"], ["a"], ["b"]]);
    sheet.getRange("A1").setFontWeight("bold");
    sheet.getRange("B2:C2").merge();
    sheet.getRange("A3").protect().setDescription("b");
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground("red")
        .setRanges([sheet.getRange("A2:A3")])
        .build(),
    ]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1:A5").getValues()).toEqual([["kop"], [""], [""], ["a"], ["b"]]);
    expect(sheet.getRange("A2").getFontWeight()).toBe("bold"); // formats follow the row above, content does not
    expect(
      sheet
        .getRange("A1:C5")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["B4:C4"]);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe("A5");
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe("A4:A5");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafterafterposition,-howmany
  test("inserting columns moves content right and grows the sheet", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:C1").setValues([["ID", "Project", "Thema"]]);
    sheet.insertColumnsAfter(1, 1);
    sheet.insertColumnBefore(1);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([["", "ID", "", "Project", "Thema"]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowafterafterposition
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowbeforebeforeposition
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsbeforebeforeposition,-howmany
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnafterafterposition
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsbeforebeforeposition,-howmany
  test("the single and before/after forms insert where they say and return the sheet", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:A2").setValues([["a"], ["b"]]);
    expect(sheet.insertRowAfter(1).getName()).toBe("Blad1");
    expect(sheet.insertRowBefore(1).getMaxRows()).toBe(1002);
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getRange("A1:A6").getValues()).toEqual([[""], ["a"], [""], [""], [""], ["b"]]);
    sheet.getRange("A1:B1").setValues([["x", "y"]]);
    sheet.insertColumnAfter(1);
    sheet.insertColumnsBefore(1, 2);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([["", "", "x", "", "y"]]);
    expect(sheet.getMaxColumns()).toBe(29);
    expect(errorOf(() => sheet.insertRowBefore(0)).message).toBe("Those rows are out of bounds.");
  });

  // https://support.google.com/drive/answer/37603 (up to 10 million cells per spreadsheet)
  test("rows, columns and tabs that would take the spreadsheet past 10 million cells are refused", () => {
    const { ss, sheet, data } = newSpreadsheet();
    data.sheets[0]!.maxRows = 384_000; // x 26 columns = 9,984,000 cells
    const limit =
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.";
    expect(errorOf(() => sheet.insertColumnAfter(26)).message).toBe(limit);
    expect(errorOf(() => sheet.insertRowsAfter(1, 616)).message).toBe(limit);
    expect(errorOf(() => ss.insertSheet("Nieuw")).message).toBe(limit);
    expect(sheet.insertRowsAfter(1, 615).getMaxRows()).toBe(384_615);
    expect([data.sheets.length, sheet.getMaxColumns()]).toEqual([1, 26]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
  test("deleting rows moves content up; out-of-range and all-rows deletions throw", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:A4").setValues([["1"], ["2"], ["3"], ["4"]]);
    sheet.getRange("A3:B4").merge();
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[1], [""]]);
    expect(sheet.getMaxRows()).toBe(998);
    expect(
      sheet
        .getRange("A1:B5")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A2:B2"]);
    expect(errorOf(() => sheet.deleteRows(998, 2)).message).toBe("Those rows are out of bounds.");
    sheet.setFrozenRows(1);
    expect(errorOf(() => sheet.deleteRows(2, 997)).message).toBe(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowrowposition
    sheet.getRange("A1:A3").setValues([["p"], ["q"], ["r"]]);
    expect(sheet.deleteRow(2).getMaxRows()).toBe(997);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["p"], ["r"]]);
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deletecolumncolumnposition
    sheet.getRange("B1:C1").setValues([["k", "l"]]);
    expect(sheet.deleteColumn(2).getMaxColumns()).toBe(25);
    expect(sheet.getRange("B1").getValue()).toBe("l");
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deletecolumnscolumnposition,-howmany
    sheet.deleteColumns(2, 23);
    expect(sheet.getMaxColumns()).toBe(2);
    expect(errorOf(() => sheet.deleteColumns(1, 2)).message).toBe(
      "Sorry, it is not possible to delete all non-frozen columns.",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
  test("appendRow writes after the last row with content, as typed text, and grows a full sheet", () => {
    const { ss } = newSpreadsheet();
    const small = ss.insertSheet("Log");
    small.deleteRows(3, 998);
    small.getRange("A1").setValue("kop");
    small.appendRow(["2026-01-05", '=HYPERLINK("https://x", "x")', 3]);
    small.appendRow(["na", "vol", 1, "extra"]);
    small.appendRow(["groeit"]);
    expect(small.getMaxRows()).toBe(4);
    expect(small.getLastRow()).toBe(4);
    expect(small.getRange("B2").getValue()).toBe("x");
    expect(small.getRange("A2").getValue()).toBeInstanceOf(Date);
    expect(small.getRange("A4").getValue()).toBe("groeit");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearoptions
  test("Sheet.clear, clearContents, clearFormats", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:B2").setValue("x").setBackground("red");
    sheet.clearContents();
    expect([sheet.getLastRow(), sheet.getRange("B2").getBackground()]).toEqual([0, "#ff0000"]);
    sheet.clearFormats();
    expect(sheet.getRange("B2").getBackground()).toBe("#ffffff");
    sheet.getRange("A1").setValue("y").setFontWeight("bold");
    sheet.clear();
    expect([sheet.getRange("A1").getValue(), sheet.getRange("A1").getFontWeight()]).toEqual(["", "normal"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearformats
  // gas-fakes' live tests (test/testsheets.js "Sheet clearing methods"): Sheet.clear and clearFormats keep
  // notes and data validation (Range.clear and clearFormat clear data validation, see spreadsheet.test.ts).
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clearnotes
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetname
  test("Sheet.clearNotes removes notes only; getSheetName is the name", () => {
    const { sheet } = newSpreadsheet();
    sheet
      .getRange("A1:B1")
      .setValues([["a", "b"]])
      .setNotes([["n", "m"]])
      .setBackground("red");
    expect(sheet.clearNotes().getSheetName()).toBe("Blad1");
    expect(sheet.getRange("A1:B1").getNotes()).toEqual([["", ""]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["a", "b"]]);
    expect(sheet.getRange("B1").getBackground()).toBe("#ff0000");
  });

  test("Sheet.clear and clearFormats keep notes and data validation", () => {
    const { app, sheet } = newSpreadsheet();
    const rule = app.newDataValidation().requireValueInList(["5"]).build();
    const range = sheet.getRange("A1:B1");
    range
      .setValues([["a", "b"]])
      .setBackground("red")
      .setNote("n")
      .setDataValidation(rule);
    sheet.clear();
    expect([range.getValues(), range.getBackgrounds(), range.getNotes()]).toEqual([
      [["", ""]],
      [["#ffffff", "#ffffff"]],
      [["n", "n"]],
    ]);
    expect(
      range
        .getDataValidations()
        .flat()
        .every((dv) => dv !== null),
    ).toBe(true);
    range.setBackground("red");
    sheet.clearFormats();
    expect(range.getBackground()).toBe("#ffffff");
    expect(range.getDataValidation()).not.toBeNull();
  });
});

describe("Protection", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  test("a sheet protection: warning only, description; protect() again returns the same protection", () => {
    const { app, sheet } = newSpreadsheet();
    const p = sheet.protect().setDescription("Gegenereerd door Netwerkplan").setWarningOnly(true);
    expect([p.isWarningOnly(), p.getDescription()]).toEqual([true, "Gegenereerd door Netwerkplan"]);
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(p.getRange().getA1Notation()).toBe("A1:Z1000");
    expect(sheet.protect().getDescription()).toBe("Gegenereerd door Netwerkplan");
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#protect
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getprotectionstype
  test("range protections are listed per sheet and for the whole spreadsheet", () => {
    const { app, ss, sheet } = newSpreadsheet();
    sheet.getRange("A1:A5").protect();
    ss.insertSheet("Status").getRange("B2").protect().setDescription("status");
    const all = ss.getProtections(app.ProtectionType.RANGE);
    expect(all.map((p) => p.getRange().getA1Notation())).toEqual(["A1:A5", "B2"]);
    expect(all.map((p) => p.getRange().getSheet().getName())).toEqual(["Blad1", "Status"]);
    expect(
      errorOf(() => sheet.getProtections("SHEET" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType))
        .message,
    ).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getProtections.",
    );
  });
});

describe("Charts", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertchartchart
  test("charts are kept as their specification", () => {
    const { ctx, sheet, data } = newSpreadsheet();
    const Charts = createCharts(ctx);
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange("A1:B5"))
      .setChartType(Charts.ChartType.PIE)
      .setPosition(2, 4, 10, 0)
      .setOption("title", "Status")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(data.sheets[0]!.charts).toEqual([
      {
        id: 1,
        type: "PIE",
        ranges: [{ row: 0, col: 0, numRows: 5, numCols: 2 }],
        position: { row: 1, col: 3, offsetX: 10, offsetY: 0 },
        options: { title: "Status" },
      },
    ]);
    const [inserted] = sheet.getCharts();
    expect(inserted!.getChartId()).toBe(1);
    expect(inserted!.getOptions().get("title")).toBe("Status");
    expect(inserted!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B5"]);
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#updatechartchart
    sheet.updateChart(
      inserted!.modify().setOption("title", "Nieuw").setChartType(Charts.ChartType.COLUMN).build(),
    );
    expect(data.sheets[0]!.charts.map((c) => [c.id, c.type, c.options.title])).toEqual([
      [1, "COLUMN", "Nieuw"],
    ]);
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#removechartchart
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe("Filter", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#createfilter
  // https://developers.google.com/apps-script/reference/spreadsheet/filter
  test("one filter per sheet; remove() removes it", () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange("A1:M50").createFilter();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe("A1:M50");
    expect(errorOf(() => sheet.getRange("A1:B2").createFilter()).message).toBe(
      "You can't create a filter in a sheet that already has a filter.",
    );
    sheet.getFilter()!.remove();
    expect(sheet.getRange("C3").getFilter()).toBeNull();
  });
});
