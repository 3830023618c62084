/**
 * Fidelity tests: an emulated object prints as Apps Script prints it, its class name ("Range", "Sheet", …),
 * never "[object Object]". The reference pages do not document toString; the answers below are those of
 * gas-fakes' live-parity tests (github.com/brucemcpherson/gas-fakes, test/): testsheetsvui.js (Range),
 * testsheetssets.js (Filter), testsheetsdatavalidations.js (DataValidation, DataValidationBuilder),
 * testconditionalformat.js (ConditionalFormatRule, ConditionalFormatBooleanCondition), testsheetschart.js
 * (EmbeddedChart, the builder's Java name), testchartsapp.js (Charts), testlogger.js (Logger),
 * testsession.js (a User prints as its email, see services.test.ts); the other classes follow the same rule.
 * Class pages: https://developers.google.com/apps-script/reference/spreadsheet/range,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet and the others named below.
 */
import { createCacheService } from "../../local/emulator/cache";
import { createHtmlService } from "../../local/emulator/html";
import { createLockService } from "../../local/emulator/lock";
import { createConsole, createLogger } from "../../local/emulator/logger";
import { createPropertiesService } from "../../local/emulator/properties";
import { createSession } from "../../local/emulator/session";
import { createCharts } from "../../local/emulator/spreadsheet";
import { createUtilities } from "../../local/emulator/utilities";
import { errorOf, newSpreadsheet } from "./helpers";

describe("toString of emulated objects", () => {
  test("Spreadsheet service objects print as their class name", () => {
    const { ctx, app, ss, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1:B4");
    range.setValues([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
    const rule = app.newConditionalFormatRule().whenTextEqualTo("a").setBackground("red").setRanges([range]);
    const builder = sheet.newChart().setChartType(createCharts(ctx).ChartType.PIE).addRange(range);
    const chart = builder.build();
    const printed: [unknown, string][] = [
      [app, "SpreadsheetApp"],
      [ss, "Spreadsheet"],
      [sheet, "Sheet"],
      [range, "Range"],
      [sheet.getRangeList(["A1", "B2"]), "RangeList"],
      [sheet.protect(), "Protection"],
      [range.createFilter(), "Filter"],
      [app.newDataValidation(), "DataValidationBuilder"],
      [app.newDataValidation().requireCheckbox().build(), "DataValidation"],
      [rule, "ConditionalFormatRuleBuilder"],
      [rule.build(), "ConditionalFormatRule"],
      [rule.build().getBooleanCondition(), "ConditionalFormatBooleanCondition"],
      [chart, "EmbeddedChart"],
      [createCharts(ctx), "Charts"],
      [app.getUi(), "Ui"],
      [app.getUi().createMenu("Netwerkplan"), "Menu"],
      [app.getUi().prompt("Naam?"), "PromptResponse"],
    ];
    for (const [object, name] of printed) {
      expect([String(object), `${object}`, (object as object).toString()]).toEqual([name, name, name]);
    }
    // A builder prints as its Java object: the class, then an identity hash.
    expect(String(builder)).toMatch(
      /^com\.google\.apps\.maestro\.server\.beans\.trix\.impl\.ChartPropertyApiEmbeddedChartBuilder@[0-9a-f]+$/,
    );
    expect(String(sheet.newChart())).not.toBe(String(builder));
    expect(`${"Bereik: "}${range}`).toBe("Bereik: Range");
    expect("" + range).toBe("Range");
  });

  test("the other services' objects print as their class name", () => {
    const { ctx } = newSpreadsheet();
    const properties = createPropertiesService(ctx);
    const locks = createLockService(ctx);
    const caches = createCacheService(ctx);
    const utilities = createUtilities(ctx);
    const html = createHtmlService(ctx);
    const output = html.createHtmlOutput("<b>x</b>").addMetaTag("viewport", "width=device-width");
    const printed: [unknown, string][] = [
      [properties, "PropertiesService"],
      [properties.getDocumentProperties(), "Properties"],
      [locks, "LockService"],
      [locks.getDocumentLock(), "Lock"],
      [caches, "CacheService"],
      [caches.getScriptCache(), "Cache"],
      [utilities, "Utilities"],
      [utilities.newBlob("x"), "Blob"],
      [createSession(ctx), "Session"],
      [html, "HtmlService"],
      [output, "HtmlOutput"],
      [output.getMetaTags()[0], "HtmlOutputMetaTag"],
      [html.createTemplate("<?= 1 ?>"), "HtmlTemplate"],
      [createLogger(ctx), "Logger"],
    ];
    for (const [object, name] of printed) expect(String(object)).toBe(name);
  });

  test("toString is not a service call: not counted, and allowed in AuthMode.NONE", () => {
    const { ctx, sheet } = newSpreadsheet();
    const range = sheet.getRange("A1");
    ctx.rt.resetCalls();
    expect(String(range)).toBe("Range");
    expect(ctx.rt.total).toBe(0);
    ctx.rt.authMode = "NONE";
    expect(String(sheet)).toBe("Sheet");
  });

  // https://developers.google.com/apps-script/reference/base/console: what Apps Script prints for it is not known.
  test("console refuses to print itself", () => {
    const { ctx } = newSpreadsheet();
    expect(errorOf(() => String(createConsole(ctx))).message).toBe("Not emulated: console.toString");
  });
});
