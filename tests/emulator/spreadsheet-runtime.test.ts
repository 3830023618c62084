/**
 * How the emulated Spreadsheet service meets the runtime: strictness (Not emulated), call counting, fault
 * injection, enums, object identity, and the size the add-on writes in one batch.
 */
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { errorOf, newSpreadsheet } from "./helpers";

describe("Strictness", () => {
  // ENGINEERING.md, "The emulator": a method the emulator lacks throws, never a silent no-op.
  test("an Apps Script method that is not emulated throws `Not emulated: Class.method`", () => {
    const { app, ss, sheet } = newSpreadsheet();
    expect(errorOf(() => sheet.getRange("A1").getRichTextValue()).message).toBe(
      "Not emulated: Range.getRichTextValue",
    );
    expect(errorOf(() => sheet.autoResizeColumn(1)).message).toBe("Not emulated: Sheet.autoResizeColumn");
    expect(errorOf(() => ss.duplicateActiveSheet()).message).toBe(
      "Not emulated: Spreadsheet.duplicateActiveSheet",
    );
    expect(errorOf(() => app.newRichTextValue()).message).toBe(
      "Not emulated: SpreadsheetApp.newRichTextValue",
    );
  });

  test("internal fields are not part of the API and emulated objects cannot be modified", () => {
    const { sheet } = newSpreadsheet();
    const range = sheet.getRange("A1") as unknown as Record<string, unknown>;
    expect(() => {
      range.getValue = () => 1;
    }).toThrow(TypeError);
    expect(Object.keys(range).filter((k) => !k.startsWith("_"))).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#build
  test("behaviour the emulator cannot vouch for fails loudly instead of guessing", () => {
    const { app, sheet } = newSpreadsheet();
    expect(errorOf(() => app.newDataValidation().build()).message).toMatch(/^Not emulated: /);
    expect(errorOf(() => app.newConditionalFormatRule().setBackground("red").build()).message).toMatch(
      /^Not emulated: /,
    );
    expect(errorOf(() => sheet.newChart().addRange(sheet.getRange("A1:B2")).build()).message).toMatch(
      /^Not emulated: /,
    );
  });
});

describe("Call counting", () => {
  // ENGINEERING.md, "The emulator": every call is counted per service method.
  test("counts each call the add-on makes per Class.method", () => {
    const { ctx, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B2");
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.setValues([
      [5, 6],
      [7, 8],
    ]);
    range.getValues();
    expect(ctx.rt.calls["Sheet.getRange"]).toBe(1);
    expect(ctx.rt.calls["Range.setValues"]).toBe(2);
    expect(ctx.rt.calls["Range.getValues"]).toBe(1);
  });

  test("calls the emulator makes itself are not counted", () => {
    const { ctx, app, ss, sheet } = newSpreadsheet();
    sheet.getDataRange(); // uses getLastRow/getLastColumn and builds a Range internally
    ss.insertSheet("Projecten").getRange("A2:A10").setValue("x");
    app.newDataValidation().requireValueInRange(ss.getRange("Projecten!A2:A10")).build();
    ss.getProtections(app.ProtectionType.RANGE); // walks every sheet internally
    expect(ctx.rt.snapshotCalls()).toEqual({
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireValueInRange": 1,
      "Range.setValue": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getProtections": 1,
      "Spreadsheet.getRange": 1,
      "Spreadsheet.insertSheet": 1,
      "SpreadsheetApp.newDataValidation": 1,
    });
  });

  test("reading an enum is not a call", () => {
    const { ctx, app } = newSpreadsheet();
    void app.ProtectionType.SHEET;
    void app.DataValidationCriteria.VALUE_IN_LIST;
    expect(ctx.rt.total).toBe(0);
  });
});

describe("Fault injection", () => {
  // ENGINEERING.md, "The emulator": the k-th call throws the real quota error.
  test("the 2nd setValues throws the quota error and changes nothing", () => {
    const { ctx, sheet } = newSpreadsheet();
    ctx.rt.injectFault({ method: "Range.setValues", call: 2 });
    const range = sheet.getRange("A1");
    range.setValues([["first"]]);
    const e = errorOf(() => range.setValues([["second"]]));
    // The runtime names the service after the class: "Service invoked too many times for one day: range."
    expect(e.message).toBe(GAS_ERRORS.tooManyCalls("range"));
    expect(e.message).toMatch(/^Service invoked too many times for one day: /);
    expect(range.getValue()).toBe("first");
    range.setValues([["third"]]);
    expect(range.getValue()).toBe("third");
    expect(ctx.rt.calls["Range.setValues"]).toBe(3);
  });

  test("a fault on the k-th call overall, with a custom message", () => {
    const { ctx, sheet } = newSpreadsheet();
    ctx.rt.injectFault({ call: 3, message: GAS_ERRORS.timeout });
    sheet.getRange("A1").setValue(1);
    expect(errorOf(() => sheet.getLastRow()).message).toBe("Exceeded maximum execution time");
  });
});

describe("Objects and enums", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/protection-type
  test("enum values print as their name and compare by identity, not with strings", () => {
    const { app, sheet } = newSpreadsheet();
    const type = sheet.protect().getProtectionType();
    expect(type).toBe(app.ProtectionType.SHEET);
    expect(String(type)).toBe("SHEET");
    expect(JSON.stringify({ type })).toBe('{"type":"SHEET"}');
    expect((type as unknown) === "SHEET").toBe(false);
  });

  test("a sheet is handed out as one proxy; each getRange is a new Range", () => {
    const { ss, sheet } = newSpreadsheet();
    expect(ss.getSheetByName("Blad1")).toBe(sheet);
    expect(ss.getActiveSheet()).toBe(sheet);
    expect(sheet.getRange("A1")).not.toBe(sheet.getRange("A1"));
    const range = sheet.getRange("A1");
    expect(range.setValue(1)).toBe(range); // chaining returns the same proxy, never the raw object
  });

  test("a grid of 5,000 rows x 15 columns is written and read back whole", () => {
    const { ctx, sheet } = newSpreadsheet();
    sheet.insertRowsAfter(1000, 4000);
    const grid = Array.from({ length: 5000 }, (_, r) =>
      Array.from({ length: 15 }, (_, c) =>
        c === 0 ? `A-${r}` : c === 1 ? new Date(Date.UTC(2026, 0, 1 + (r % 365))) : r * c,
      ),
    );
    sheet.getRange(1, 1, 5000, 15).setValues(grid);
    const back = sheet.getRange(1, 1, 5000, 15).getValues();
    expect(back).toEqual(grid);
    expect(sheet.getLastRow()).toBe(5000);
    expect(ctx.rt.calls["Range.setValues"]).toBe(1);
  });
});

// https://developers.google.com/apps-script/guides/triggers#restrictions
describe("AuthMode.LIMITED (simple triggers)", () => {
  test("may use the active spreadsheet but not open other files", () => {
    const { ctx, app } = newSpreadsheet();
    ctx.rt.authMode = "LIMITED";
    expect(app.getActiveSpreadsheet().getSheets().length).toBeGreaterThan(0);
    expect(errorOf(() => app.openById("1abc")).message).toBe(
      "You do not have permission to call SpreadsheetApp.openById. Simple triggers cannot use it.",
    );
  });
});
