/**
 * Fidelity tests of the emulated Spreadsheet service: cell formats, merges, data validation, checkboxes and
 * conditional format rules. Each test names the reference page it follows.
 */
import { errorOf, newSpreadsheet } from "./helpers";

describe("Colours and fonts", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor
  test("CSS colours are normalised to #rrggbb; null resets to white", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:D1");
    range.setBackgrounds([["red", "#0F0", "#ABCDEF", "rgb(1, 2, 3)"]]);
    expect(range.getBackgrounds()).toEqual([["#ff0000", "#00ff00", "#abcdef", "#010203"]]);
    range.setBackground(null);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#ffffff", "#ffffff", "#ffffff"]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor
  // Sheets takes an unknown colour name without an error (https://issuetracker.google.com/issues/428869869,
  // cited in gas-fakes' test/testsheetssets.js "Color Name Support"); what it then stores is not known.
  test("an unknown colour is refused as not emulated, not with an invented error", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1");
    expect(errorOf(() => range.setBackground("not-a-colour")).message).toBe(
      'Not emulated: the colour "not-a-colour" (not a CSS colour)',
    );
    expect(errorOf(() => range.setFontColors([["nope"]])).message).toMatch(
      /^Not emulated: the colour "nope"/,
    );
    range.setBackground("LIGHTCORAL");
    expect(range.getBackground()).toBe("#f08080");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundscolor
  test("set*s methods check the grid's shape like setValues", () => {
    const { sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.getRange("A1:B2").setBackgrounds([["red", "red"]])).message).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(errorOf(() => sheet.getRange("A1:B1").setFontWeights([["bold"]])).message).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontweightfontweight
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontcolorcolor
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontsizesize
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setfontstylefontstyle
  test("font weight, style, colour and size with Sheets' defaults", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B1");
    expect([range.getFontWeight(), range.getFontStyle(), range.getFontColor(), range.getFontSize()]).toEqual([
      "normal",
      "normal",
      "#000000",
      10,
    ]);
    range
      .setFontWeights([["bold", null]])
      .setFontStyle("italic")
      .setFontColors([["white", "navy"]])
      .setFontSizes([[14, 8]]);
    expect(range.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(range.getFontStyles()).toEqual([["italic", "italic"]]);
    expect(range.getFontColors()).toEqual([["#ffffff", "#000080"]]);
    expect(range.getFontSizes()).toEqual([[14, 8]]);
    range.setFontColor("#123").setFontSize(11);
    expect([range.getFontColors(), range.getFontSizes()]).toEqual([[["#112233", "#112233"]], [[11, 11]]]);
    expect(errorOf(() => range.setFontWeight("heavy" as "bold")).message).toBe(
      "Invalid argument: fontWeight",
    );
    expect(errorOf(() => range.setFontSize(0)).message).toBe("Invalid argument: size");
  });
});

describe("Number formats, notes, wrapping, alignment, borders", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformat
  test("a cell without a format reports the automatic format", () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
    sheet.getRange("A1:B1").setNumberFormats([["dd-mm-yyyy", "@"]]);
    expect(sheet.getRange("A1:B1").getNumberFormats()).toEqual([["dd-mm-yyyy", "@"]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setnotenote
  test("notes: set, read as empty string when absent, cleared with null", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:B1").setNotes([["Toelichting", null]]);
    expect(sheet.getRange("A1:B1").getNotes()).toEqual([["Toelichting", ""]]);
    sheet.getRange("A1").setNote(null);
    expect(sheet.getRange("A1").getNote()).toBe("");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setwrapiswrapenabled
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setwrapstrategystrategy
  test("wrap and wrap strategy share one setting", () => {
    const { app, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B1");
    expect(range.getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
    range.setWraps([[true, false]]);
    expect(range.getWraps()).toEqual([[true, false]]);
    expect(range.getWrapStrategies()).toEqual([[app.WrapStrategy.WRAP, app.WrapStrategy.OVERFLOW]]);
    range.setWrapStrategy(app.WrapStrategy.CLIP);
    expect([range.getWrap(), String(range.getWrapStrategy())]).toEqual([false, "CLIP"]);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setwrapstrategiesstrategies
    range.setWrapStrategies([[app.WrapStrategy.WRAP, app.WrapStrategy.CLIP]]);
    expect(range.getWraps()).toEqual([[true, false]]);
    expect(range.getWrapStrategies()).toEqual([[app.WrapStrategy.WRAP, app.WrapStrategy.CLIP]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getwrap
  // gas-fakes' live tests (test/testsheets.js "exotic styles" and the cell defaults): a cell without a wrap
  // format reads getWrap() true while its strategy is OVERFLOW; an explicit OVERFLOW reads false.
  test("a cell without a wrap format reads getWrap() true and strategy OVERFLOW", () => {
    const { app, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B1");
    expect(range.getWraps()).toEqual([[true, true]]);
    expect(String(range.getWrapStrategy())).toBe("OVERFLOW");
    range.setWrapStrategy(app.WrapStrategy.OVERFLOW);
    expect([range.getWrap(), range.getWrapStrategy()]).toEqual([false, app.WrapStrategy.OVERFLOW]);
    range.clearFormat();
    expect(range.getWrap()).toBe(true);
    range.setWrap(false);
    expect([range.getWrap(), range.getWrapStrategy()]).toEqual([false, app.WrapStrategy.OVERFLOW]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#sethorizontalalignmentalignment
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setverticalalignmentalignment
  test("alignment: set, reset with null or normal", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1");
    range.setHorizontalAlignment("center").setVerticalAlignment("top");
    expect([range.getHorizontalAlignment(), range.getVerticalAlignment()]).toEqual(["center", "top"]);
    range.setHorizontalAlignment("normal").setVerticalAlignment(null);
    expect([range.getHorizontalAlignment(), range.getVerticalAlignment()]).toEqual(["general", "bottom"]);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#gethorizontalalignments
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getverticalalignments
    const row = sheet.getRange("A1:C1");
    row.setHorizontalAlignments([["left", null, "right"]]).setVerticalAlignments([["top", "middle", null]]);
    expect(row.getHorizontalAlignments()).toEqual([["left", "general", "right"]]);
    expect(row.getVerticalAlignments()).toEqual([["top", "middle", "bottom"]]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setbordertop,-left,-bottom,-right,-vertical,-horizontal,-color,-style
  test("setBorder accepts the documented arguments and refuses others", () => {
    const { app, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B2");
    expect(range.setBorder(true, true, true, true, null, false)).toBe(range);
    range.setBorder(true, null, true, null, false, false, "#cccccc", app.BorderStyle.SOLID_MEDIUM);
    expect(
      errorOf(() => range.setBorder(true, true, "yes" as unknown as boolean, true, true, true)).message,
    ).toBe(
      "The parameters (Boolean,Boolean,String,Boolean,Boolean,Boolean) don't match the method signature for SpreadsheetApp.Range.setBorder.",
    );
  });
});

describe("Merges", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#merge
  test("merging keeps only the top-left value", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B2");
    range.setValues([
      ["kept", "lost"],
      ["lost", "lost"],
    ]);
    range.merge();
    expect(range.getValues()).toEqual([
      ["kept", ""],
      ["", ""],
    ]);
    expect(sheet.getRange("B2").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("C3").isPartOfMerge()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getmergedranges
  // https://developers.google.com/apps-script/reference/spreadsheet/range#mergeacross
  // https://developers.google.com/apps-script/reference/spreadsheet/range#mergevertically
  test("mergeAcross merges per row, mergeVertically per column; getMergedRanges lists overlapping merges", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:C2").mergeAcross();
    sheet.getRange("E1:F3").mergeVertically();
    expect(
      sheet
        .getRange("A1:F3")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1", "A2:C2", "E1:E3", "F1:F3"]);
    expect(
      sheet
        .getRange("B2")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A2:C2"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#breakapart
  test("a range that covers part of a merge cannot merge or break it apart", () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange("A1:B2").merge();
    const message = "You must select all cells in a merged range to merge or unmerge them.";
    expect(errorOf(() => sheet.getRange("B2:C3").merge()).message).toBe(message);
    expect(errorOf(() => sheet.getRange("A1").breakApart()).message).toBe(message);
    sheet.getRange("A1:C3").merge(); // contains the old merge: replaces it
    expect(
      sheet
        .getRange("A1:D4")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C3"]);
    sheet.getRange("A1:D4").breakApart();
    expect(sheet.getRange("A1:D4").isPartOfMerge()).toBe(false);
  });
});

describe("Data validation", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirevalueinlistvalues,-showdropdown
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation
  test("a list rule round-trips through a range with its criteria, allow-invalid and help text", () => {
    const { app, sheet } = newSpreadsheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Behaald", "Op schema"], true)
      .setAllowInvalid(true)
      .setHelpText("Kies een status")
      .build();
    sheet.getRange("K2:K100").setDataValidation(rule);
    const read = sheet.getRange("K50").getDataValidation()!;
    expect(read.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([["Behaald", "Op schema"], true]);
    expect([read.getAllowInvalid(), read.getHelpText()]).toEqual([true, "Kies een status"]);
    expect(sheet.getRange("K1").getDataValidation()).toBeNull();
    const strict = read.copy().setAllowInvalid(false).build();
    expect([strict.getAllowInvalid(), read.getAllowInvalid()]).toEqual([false, true]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirevalueinrangerange,-showdropdown
  test("a range rule keeps its source range (on another sheet)", () => {
    const { app, ss, sheet } = newSpreadsheet();
    const projects = ss.insertSheet("Projecten");
    const rule = app.newDataValidation().requireValueInRange(projects.getRange("A2:A"), false).build();
    sheet.getRange("B2:B3").setDataValidation(rule);
    const [source, dropdown] = sheet.getRange("B3").getDataValidation()!.getCriteriaValues();
    expect(String(sheet.getRange("B3").getDataValidation()!.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect([(source as GoogleAppsScript.Spreadsheet.Range).getSheet().getName(), dropdown]).toEqual([
      "Projecten",
      false,
    ]);
    expect((source as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("A2:A1000");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#getcriteriatype
  // gas-fakes' live tests (test/testsheetsdatavalidations.js "data validation basics").
  test("a new builder has no criteria: type null, no values, invalid data allowed, no help text", () => {
    const { app } = newSpreadsheet();
    const builder = app.newDataValidation();
    expect(builder.getCriteriaType()).toBeNull();
    expect(builder.getCriteriaValues()).toEqual([]);
    expect([builder.getAllowInvalid(), builder.getHelpText()]).toEqual([true, null]);
    expect(builder.requireCheckbox("A", "B").getCriteriaValues()).toEqual(["A", "B"]);
    expect(String(builder.getCriteriaType())).toBe("CHECKBOX");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationsrules
  test("setDataValidations sets per cell; null removes", () => {
    const { app, sheet } = newSpreadsheet();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange("A1:B1").setDataValidations([[rule, null]]);
    const rules = sheet.getRange("A1:B1").getDataValidations();
    expect(String(rules[0]![0]!.getCriteriaType())).toBe("CHECKBOX");
    expect(rules[0]![1]).toBeNull();
    sheet.getRange("A1:B1").clearDataValidations();
    expect(sheet.getRange("A1").getDataValidation()).toBeNull();
  });
});

describe("Checkboxes", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
  // https://developers.google.com/apps-script/reference/spreadsheet/range#ischecked
  test("insertCheckboxes sets FALSE; isChecked is true, false or null (mixed or no checkbox)", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("L2:L4");
    range.insertCheckboxes();
    expect(range.getValues()).toEqual([[false], [false], [false]]);
    expect(range.isChecked()).toBe(false);
    sheet.getRange("L3").setValue(true);
    expect(range.isChecked()).toBeNull();
    range.check();
    expect(range.isChecked()).toBe(true);
    expect(sheet.getRange("L2:L5").isChecked()).toBeNull();
    expect(sheet.getLastRow()).toBe(4); // FALSE is content
    // https://developers.google.com/apps-script/reference/spreadsheet/range#uncheck
    sheet.getRange("L2:L5").setValue("x"); // L5 has no checkbox: uncheck leaves it
    sheet.getRange("L2:L5").uncheck();
    expect(sheet.getRange("L2:L5").getValues()).toEqual([[false], [false], [false], ["x"]]);
    expect(range.isChecked()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxescheckedvalue,-uncheckedvalue
  // https://developers.google.com/apps-script/reference/spreadsheet/range#removecheckboxes
  test("custom values; removeCheckboxes clears only checked/unchecked values", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:A3");
    range.insertCheckboxes("ja", "nee");
    expect(range.getValues()).toEqual([["nee"], ["nee"], ["nee"]]);
    sheet.getRange("A1").check();
    sheet.getRange("A2").setValue("anders");
    expect(sheet.getRange("A1").isChecked()).toBe(true);
    expect(sheet.getRange("A1").getDataValidation()!.getCriteriaValues()).toEqual(["ja", "nee"]);
    range.removeCheckboxes();
    expect(range.getValues()).toEqual([[""], ["anders"], [""]]);
    expect(range.getDataValidations()).toEqual([[null], [null], [null]]);
  });
});

describe("Conditional format rules", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules
  // "Replaces all currently existing conditional format rules in the sheet with the input rules."
  test("setConditionalFormatRules replaces all rules; getConditionalFormatRules reads them back", () => {
    const { app, sheet } = newSpreadsheet();
    const range = sheet.getRange("K2:K100");
    const rule = (text: string, color: string) =>
      app.newConditionalFormatRule().whenTextEqualTo(text).setBackground(color).setRanges([range]).build();
    sheet.setConditionalFormatRules([rule("Behaald", "green"), rule("Achter op schema", "#f00")]);
    sheet.setConditionalFormatRules([rule("Op schema", "#b7e1cd")]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    const condition = rules[0]!.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(condition.getCriteriaValues()).toEqual(["Op schema"]);
    expect([condition.getBackground(), condition.getFontColor(), condition.getBold()]).toEqual([
      "#b7e1cd",
      null,
      null,
    ]);
    expect(rules[0]!.getRanges().map((r) => r.getA1Notation())).toEqual(["K2:K100"]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenformulasatisfiedformula
  test("appending to the existing rules keeps them; custom formulas, bold and font colour are kept", () => {
    const { app, sheet } = newSpreadsheet();
    const first = app.newConditionalFormatRule().whenTextContains("achter").setFontColor("red").setBold(true);
    sheet.setConditionalFormatRules([first.setRanges([sheet.getRange("A1:A9")]).build()]);
    const rules = sheet.getConditionalFormatRules();
    rules.push(
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$K2="Behaald"')
        .setBackground("#d9ead3")
        .setRanges([sheet.getRange("A2:M100")])
        .build(),
    );
    sheet.setConditionalFormatRules(rules);
    const conditions = sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!);
    expect(conditions.map((c) => [String(c.getCriteriaType()), c.getCriteriaValues()[0]])).toEqual([
      ["TEXT_CONTAINS", "achter"],
      ["CUSTOM_FORMULA", '=$K2="Behaald"'],
    ]);
    expect([conditions[0]!.getFontColor(), conditions[0]!.getBold()]).toEqual(["#ff0000", true]);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});
