/**
 * Fidelity tests: drop-downs and conditional format rules through the advanced Sheets service —
 * setDataValidation, addConditionalFormatRule, deleteConditionalFormatRule, and a sheet's rules in
 * Spreadsheets.get — read back through SpreadsheetApp and the xlsx export, which share one model with them.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addconditionalformatrulerequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deleteconditionalformatrulerequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsx, writeXlsx } from "../../local/io/xlsx";
import { range, rgb, type SheetsApiContext, sheetsContext } from "./sheets-api-helpers";

type Rule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

const list = (values: string[], more: Partial<Rule> = {}): Rule => ({
  condition: { type: "ONE_OF_LIST", values: values.map((v) => ({ userEnteredValue: v })) },
  ...more,
});

/** A second tab "Projecten" (id 3) with names in B2:B4. */
function withProjects(): SheetsApiContext {
  const c = sheetsContext();
  c.update({
    addSheet: { properties: { sheetId: 3, title: "Projecten", gridProperties: { rowCount: 40 } } },
  });
  c.ss
    .getSheetById(3)!
    .getRange("B1:B4")
    .setValues([["Naam"], ["Levenspad"], ["PZP"], ["Scholing"]]);
  return c;
}

describe("setDataValidation", () => {
  // SetDataValidationRequest: "Sets a data validation rule to every cell in the range. To clear validation in
  // a range, call this with no rule specified." DataValidationRule.strict: "True if invalid data should be
  // rejected"; showCustomUi: "True if the UI should be customized based on the kind of condition. If true,
  // "List" conditions will show a dropdown"; inputMessage: "A message to show the user when adding data to
  // the cell." ConditionType ONE_OF_LIST: "The cell's value must be in the list of condition values."
  test("ONE_OF_LIST on every cell of the range, as SpreadsheetApp's requireValueInList rule reads", () => {
    const { update, ss, app, data } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("C3").setValue("Op schema");
    update({
      setDataValidation: {
        range: range(1, 100, 2, 3),
        rule: list(["Behaald", "Op schema"], { strict: false, showCustomUi: true, inputMessage: "Kies." }),
      },
    });
    const rule = sheet.getRange("C2").getDataValidation()!;
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([["Behaald", "Op schema"], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe("Kies.");
    // Every cell of the range, the last row included, and nothing outside it; values untouched.
    expect(sheet.getRange("C100").getDataValidation()?.getCriteriaValues()).toEqual([
      ["Behaald", "Op schema"],
      true,
    ]);
    expect(sheet.getRange("C1").getDataValidation()).toBeNull();
    expect(sheet.getRange("C101").getDataValidation()).toBeNull();
    expect(sheet.getRange("D2").getDataValidation()).toBeNull();
    expect(sheet.getRange("C3").getValue()).toBe("Op schema");
    // The same rule as one built with SpreadsheetApp (the model they share).
    const built = app
      .newDataValidation()
      .requireValueInList(["Behaald", "Op schema"], true)
      .setAllowInvalid(true)
      .setHelpText("Kies.")
      .build();
    sheet.getRange("E2").setDataValidation(built);
    const cells = data.sheets[0]!.cells;
    expect(cells[1]?.[2]?.dv).toEqual(cells[1]?.[4]?.dv);
  });

  test("showCustomUi left out: no drop-down arrow; strict: invalid input rejected", () => {
    const { update, ss } = sheetsContext();
    update({ setDataValidation: { range: range(0, 1, 0, 1), rule: list(["a"], { strict: true }) } });
    const rule = ss.getSheetById(0)!.getRange("A1").getDataValidation()!;
    expect(rule.getCriteriaValues()).toEqual([["a"], false]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe("");
  });

  // ConditionType ONE_OF_RANGE: "The cell's value must be listed in the grid in condition value's range.
  // Supported by data validation. Requires a single ConditionValue, and the value should be a valid range in
  // A1 notation."
  test("ONE_OF_RANGE: the range on its tab, as SpreadsheetApp's requireValueInRange rule reads", () => {
    const { update, ss, app, data } = withProjects();
    update({
      setDataValidation: {
        range: range(1, 50, 1, 2),
        rule: {
          condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Projecten'!B2:B40" }] },
          strict: false,
          showCustomUi: true,
          inputMessage: "Kies een project.",
        },
      },
    });
    const rule = ss.getSheetById(0)!.getRange("B2").getDataValidation()!;
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [source, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([source.getSheet().getName(), source.getA1Notation(), dropdown]).toEqual([
      "Projecten",
      "B2:B40",
      true,
    ]);
    expect(rule.getAllowInvalid()).toBe(true);
    const built = app
      .newDataValidation()
      .requireValueInRange(ss.getSheetByName("Projecten")!.getRange("B2:B40"), true)
      .setAllowInvalid(true)
      .setHelpText("Kies een project.")
      .build();
    ss.getSheetById(0)!.getRange("C2").setDataValidation(built);
    const cells = data.sheets[0]!.cells;
    expect(cells[1]?.[1]?.dv).toEqual(cells[1]?.[2]?.dv);
    expect(cells[1]?.[1]?.dv).toEqual({
      kind: "range",
      range: "Projecten!B2:B40",
      strict: false,
      showDropdown: true,
      helpText: "Kies een project.",
    });
  });

  test("no rule clears the range's validation and leaves the values", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A2").setValue("x");
    update({ setDataValidation: { range: range(0, 10, 0, 1), rule: list(["x"]) } });
    update({ setDataValidation: { range: range(1, 3, 0, 1) } });
    expect(sheet.getRange("A2").getDataValidation()).toBeNull();
    expect(sheet.getRange("A3").getDataValidation()).toBeNull();
    expect(sheet.getRange("A4").getDataValidation()).not.toBeNull();
    expect(sheet.getRange("A2").getValue()).toBe("x");
  });

  test("what the emulator cannot tell the outcome of is refused, and the batch applies nothing", () => {
    const { update, ss } = withProjects();
    const at = (rule: Rule) => ({ setDataValidation: { range: range(1, 10, 0, 1), rule } });
    const oneOfRange = (v: string) =>
      at({ condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: v }] } });
    // "Formulas are not supported in the values" of ONE_OF_LIST.
    expect(() => update(at(list(["=SOM(1)"])))).toThrow(/^Not emulated: .*ONE_OF_LIST with a formula/);
    // Sheets keeps a range open at an end open as the tab grows; the model keeps closed ranges.
    expect(() => update(oneOfRange("=Projecten!B2:B"))).toThrow(/^Not emulated: .*open at an end/);
    expect(() => update(oneOfRange("=Elders!B2:B4"))).toThrow(/^Not emulated: .*without an existing tab/);
    expect(() => update(oneOfRange("=Projecten!B2:B41"))).toThrow(/^Not emulated: .*beyond its tab's grid/);
    expect(() =>
      update(at({ condition: { type: "NUMBER_GREATER", values: [{ userEnteredValue: "1" }] } })),
    ).toThrow(/^Not emulated: setDataValidation\.rule with a condition of type NUMBER_GREATER/);
    // A refused request after a valid one: the whole batch is refused, the valid one not applied.
    expect(() => update(at(list(["a"])), at(list(["=x"])))).toThrow(/^Not emulated/);
    expect(ss.getSheetById(0)!.getRange("A2").getDataValidation()).toBeNull();
  });
});

describe("conditional format rules", () => {
  const textRule = (value: string, hex: string, index?: number) => ({
    addConditionalFormatRule: {
      ...(index === undefined ? {} : { index }),
      rule: {
        ranges: [range(1, 100, 7, 8)],
        booleanRule: {
          condition: { type: "TEXT_EQ", values: [{ userEnteredValue: value }] },
          format: { backgroundColor: rgb(hex) },
        },
      },
    },
  });
  const valuesOf = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
    ss
      .getSheetById(0)!
      .getConditionalFormatRules()
      .map((r) => r.getBooleanCondition()!.getCriteriaValues()[0]);

  // DeleteConditionalFormatRuleRequest: "Deletes a conditional format rule at the given index. All subsequent
  // rules' indexes are decremented." DeleteConditionalFormatRuleResponse.rule: "The rule that was deleted."
  test("deleteConditionalFormatRule removes the rule at the index; the later ones move up; the reply has it", () => {
    const { update, ss } = sheetsContext();
    update(textRule("a", "#ff0000", 0), textRule("b", "#b7e1cd", 1), textRule("c", "#0000ff", 2));
    expect(valuesOf(ss)).toEqual(["a", "b", "c"]);
    const res = update({ deleteConditionalFormatRule: { sheetId: 0, index: 1 } });
    expect(valuesOf(ss)).toEqual(["a", "c"]);
    expect(res.replies?.[0]).toEqual({
      deleteConditionalFormatRule: {
        rule: {
          ranges: [range(1, 100, 7, 8)],
          booleanRule: {
            condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "b" }] },
            // As the API answers colours: channels that are 0 are left out.
            format: { backgroundColor: rgb("#b7e1cd"), backgroundColorStyle: { rgbColor: rgb("#b7e1cd") } },
          },
        },
      },
    });
    // From the last to the first, each index still names the rule it was read as.
    update(
      { deleteConditionalFormatRule: { sheetId: 0, index: 1 } },
      { deleteConditionalFormatRule: { sheetId: 0, index: 0 } },
    );
    expect(valuesOf(ss)).toEqual([]);
  });

  test("an index past the last rule or an unknown sheet fails the batch, which applies nothing", () => {
    const { update, ss } = sheetsContext();
    update(textRule("a", "#ff0000"));
    expect(() =>
      update(
        { deleteConditionalFormatRule: { sheetId: 0, index: 0 } },
        { deleteConditionalFormatRule: { sheetId: 0, index: 0 } },
      ),
    ).toThrow(/^Not emulated: deleteConditionalFormatRule\.index past the last rule/);
    expect(() => update({ deleteConditionalFormatRule: { sheetId: 9, index: 0 } })).toThrow(
      "Invalid requests[0].deleteConditionalFormatRule: No grid with id: 9",
    );
    expect(valuesOf(ss)).toEqual(["a"]);
  });

  // Sheet.conditionalFormats: "The conditional format rules in this sheet."
  test("Spreadsheets.get lists each sheet's rules in order, made by the API or by SpreadsheetApp alike", () => {
    const { update, ss, app, Sheets, id } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 5, title: "Leeg" } } });
    update(textRule("Behaald", "#b7e1cd"));
    const sheet = ss.getSheetById(0)!;
    const built = app
      .newConditionalFormatRule()
      .whenTextContains("achter")
      .setBackground("#F4C7C3")
      .setBold(true)
      .setRanges([sheet.getRange("A2:B20")])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), built]);
    const got = Sheets.Spreadsheets.get(id, { fields: "sheets(properties.sheetId,conditionalFormats)" });
    expect(got.sheets).toEqual([
      {
        properties: { sheetId: 0 },
        conditionalFormats: [
          {
            ranges: [range(1, 100, 7, 8)],
            booleanRule: {
              condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "Behaald" }] },
              format: { backgroundColor: rgb("#b7e1cd"), backgroundColorStyle: { rgbColor: rgb("#b7e1cd") } },
            },
          },
          {
            ranges: [range(1, 20, 0, 2)],
            booleanRule: {
              condition: { type: "TEXT_CONTAINS", values: [{ userEnteredValue: "achter" }] },
              format: {
                backgroundColor: rgb("#f4c7c3"),
                backgroundColorStyle: { rgbColor: rgb("#f4c7c3") },
                textFormat: { bold: true },
              },
            },
          },
        ],
      },
      // As in the API's JSON, a sheet without rules has no such key.
      { properties: { sheetId: 5 } },
    ]);
    // Only the parts a mask names.
    expect(
      Sheets.Spreadsheets.get(id, { fields: "sheets.conditionalFormats(ranges,booleanRule.condition)" })
        .sheets?.[0],
    ).toEqual({
      conditionalFormats: [
        {
          ranges: [range(1, 100, 7, 8)],
          booleanRule: { condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "Behaald" }] } },
        },
        {
          ranges: [range(1, 20, 0, 2)],
          booleanRule: { condition: { type: "TEXT_CONTAINS", values: [{ userEnteredValue: "achter" }] } },
        },
      ],
    });
  });
});

describe("the xlsx export writes what the API set", () => {
  test("drop-downs and status colours reach the file and read back as they were set", async () => {
    const { update, data } = withProjects();
    update(
      {
        setDataValidation: {
          range: range(1, 50, 0, 1),
          rule: list(["Behaald", "Op schema"], { strict: false, showCustomUi: true, inputMessage: "Kies." }),
        },
      },
      {
        setDataValidation: {
          range: range(1, 50, 1, 2),
          rule: {
            condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "=Projecten!B2:B40" }] },
            showCustomUi: true,
          },
        },
      },
      {
        addConditionalFormatRule: {
          index: 0,
          rule: {
            ranges: [range(1, 50, 0, 1)],
            booleanRule: {
              condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "Behaald" }] },
              format: { backgroundColor: rgb("#b7e1cd") },
            },
          },
        },
      },
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-api-"));
    const file = path.join(dir, "out.xlsx");
    try {
      await writeXlsx(data, file);
      const back = await readXlsx(file);
      const sheet = back.sheets.find((s) => s.name === "Blad1")!;
      expect(sheet.cells[49]?.[0]?.dv).toMatchObject({
        kind: "list",
        values: ["Behaald", "Op schema"],
        strict: false,
        helpText: "Kies.",
      });
      expect(sheet.cells[1]?.[1]?.dv).toMatchObject({ kind: "range", range: "Projecten!B2:B40" });
      expect(sheet.cells[50]?.[0]?.dv).toBeUndefined();
      expect(sheet.conditionalFormatRules).toEqual([
        {
          ranges: [{ row: 1, col: 0, numRows: 49, numCols: 1 }],
          condition: { type: "TEXT_EQUAL_TO", values: ["Behaald"] },
          format: { background: "#b7e1cd" },
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
