/**
 * Fidelity tests: the advanced Sheets service (Sheets API v4) — Spreadsheets.batchUpdate with sheet requests,
 * its all-or-nothing rule, Spreadsheets.get with field masks, scopes, faults and counting.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
 */
import * as vm from "node:vm";
import { createExecutionContext, createGlobals } from "../../local/emulator/index";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { apiMethodOf, SHEETS_API_ERRORS, sheetsFault } from "../../local/emulator/sheets-api";
import { apiErrorOf } from "./calendar-helpers";
import { SCOPE, sheetsContext, textRows } from "./sheets-api-helpers";

describe("Spreadsheets.batchUpdate: addSheet", () => {
  // AddSheetRequest: "If a sheet ID is specified, it must be unique"; the reply holds the new sheet's properties.
  test("adds a sheet with the caller's id, title, index, hidden and grid size; the reply gives its properties", () => {
    const { update, ss } = sheetsContext();
    const res = update({
      addSheet: {
        properties: {
          sheetId: 1234,
          title: "Status (nieuw)",
          index: 0,
          hidden: true,
          gridProperties: { rowCount: 50, columnCount: 8, frozenRowCount: 1, hideGridlines: true },
        },
      },
    });
    expect(res.replies).toEqual([
      {
        addSheet: {
          properties: {
            sheetId: 1234,
            title: "Status (nieuw)",
            index: 0,
            sheetType: "GRID",
            hidden: true,
            gridProperties: { rowCount: 50, columnCount: 8, frozenRowCount: 1, hideGridlines: true },
          },
        },
      },
    ]);
    // What SpreadsheetApp reads back.
    const sheet = ss.getSheetById(1234)!;
    expect(sheet.getName()).toBe("Status (nieuw)");
    expect(sheet.getIndex()).toBe(1);
    expect(sheet.isSheetHidden()).toBe(true);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()]).toEqual([50, 8, 1]);
    expect(sheet.hasHiddenGridlines()).toBe(true);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Status (nieuw)", "Blad1"]);
  });

  test("without properties: 1000 x 26 at the end, a free default name, a fresh id", () => {
    const { update, ss } = sheetsContext();
    const props = update({ addSheet: {} }).replies![0]!.addSheet!.properties!;
    expect(props).toEqual({
      sheetId: props.sheetId,
      title: "Blad2",
      index: 1,
      sheetType: "GRID",
      gridProperties: { rowCount: 1000, columnCount: 26 },
    });
    expect(props.sheetId).not.toBe(0);
    // A later SpreadsheetApp.insertSheet never gets an id the API gave out.
    const next = ss.insertSheet("Later");
    expect(next.getSheetId()).not.toBe(props.sheetId);
  });

  // The API's text for a title in use (reported by its users; sheet names are unique without regard to case).
  test("a title in use, in any case, fails with the API's message and adds nothing", () => {
    const { update, data } = sheetsContext();
    const e = apiErrorOf(() => update({ addSheet: { properties: { title: "blad1" } } }));
    expect(e.name).toBe("GoogleJsonResponseException");
    expect(e.message).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addSheet: A sheet with the name "blad1" already exists. Please enter another name.',
    );
    expect(e.details).toEqual({
      code: 400,
      message:
        'Invalid requests[0].addSheet: A sheet with the name "blad1" already exists. Please enter another name.',
      errors: [{ domain: "global", reason: "badRequest", message: e.details!.message }],
    });
    expect(data.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });

  test("a title over 100 characters fails; an id in use is refused as not emulated", () => {
    const { update } = sheetsContext();
    expect(apiErrorOf(() => update({ addSheet: { properties: { title: "x".repeat(101) } } })).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addSheet: The sheet name cannot be greater than 100 characters.",
    );
    expect(apiErrorOf(() => update({ addSheet: { properties: { sheetId: 0 } } })).message).toMatch(
      /^Not emulated: addSheet with the sheetId of an existing sheet/,
    );
  });

  test("a spreadsheet over 10,000,000 cells is refused with the API's text", () => {
    const { update } = sheetsContext();
    const e = apiErrorOf(() =>
      update({ addSheet: { properties: { gridProperties: { rowCount: 400_000, columnCount: 26 } } } }),
    );
    expect(e.message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addSheet: This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
  });
});

describe("Spreadsheets.batchUpdate: deleteSheet and updateSheetProperties", () => {
  test("deleteSheet removes the sheet; an unknown id, the last sheet and the last visible sheet fail", () => {
    const { update, ss } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 7, title: "Weg" } } });
    update({ deleteSheet: { sheetId: 7 } });
    expect(ss.getSheetByName("Weg")).toBeNull();
    expect(apiErrorOf(() => update({ deleteSheet: { sheetId: 7 } })).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].deleteSheet: No sheet with id: 7",
    );
    expect(apiErrorOf(() => update({ deleteSheet: { sheetId: 0 } })).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].deleteSheet: You can't remove all the sheets in a document.",
    );
    update({ addSheet: { properties: { sheetId: 8, title: "Verborgen", hidden: true } } });
    expect(apiErrorOf(() => update({ deleteSheet: { sheetId: 0 } })).message).toMatch(
      /deleteSheet: You can't remove all the visible sheets in a document\.$/,
    );
  });

  // UpdateSheetPropertiesRequest.fields: "The fields that should be updated. At least one field must be specified."
  test("only the fields the mask names change", () => {
    const { update, ss } = sheetsContext();
    update({
      updateSheetProperties: {
        properties: { sheetId: 0, title: "Activiteiten", gridProperties: { frozenRowCount: 2, rowCount: 5 } },
        fields: "title,gridProperties.frozenRowCount",
      },
    });
    const sheet = ss.getSheetById(0)!;
    expect(sheet.getName()).toBe("Activiteiten");
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getMaxRows()).toBe(1000); // rowCount was not named
    expect(
      apiErrorOf(() => update({ updateSheetProperties: { properties: { sheetId: 0, title: "X" } } })).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateSheetProperties: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });

  test("a named field left out takes its default: no title fails, no index moves the sheet to the end", () => {
    const { update, ss } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 1, title: "Tweede" } } });
    expect(
      apiErrorOf(() => update({ updateSheetProperties: { properties: { sheetId: 0 }, fields: "title" } }))
        .message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateSheetProperties: The sheet name cannot be empty.",
    );
    update({ updateSheetProperties: { properties: { sheetId: 0 }, fields: "index" } });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Tweede", "Blad1"]);
  });

  // SheetProperties.index: "When updating sheet indices or inserting sheets, movement is considered in "before
  // the move" indexes. For example, if there were three sheets (S1, S2, S3) in order to move S1 ahead of S2
  // the index would have to be set to 2."
  test("index counts before the move", () => {
    const { update, ss } = sheetsContext();
    update(
      { updateSheetProperties: { properties: { sheetId: 0, title: "S1" }, fields: "title" } },
      { addSheet: { properties: { sheetId: 2, title: "S2" } } },
      { addSheet: { properties: { sheetId: 3, title: "S3" } } },
    );
    update({ updateSheetProperties: { properties: { sheetId: 0, index: 2 }, fields: "index" } });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["S2", "S1", "S3"]);
    update({ updateSheetProperties: { properties: { sheetId: 3, index: 0 }, fields: "index" } });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["S3", "S2", "S1"]);
  });

  test("a title in use fails; renaming a sheet to its own name in another case is allowed", () => {
    const { update, ss } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 1, title: "Status" } } });
    expect(
      apiErrorOf(() =>
        update({ updateSheetProperties: { properties: { sheetId: 1, title: "BLAD1" }, fields: "title" } }),
      ).message,
    ).toMatch(
      /updateSheetProperties: A sheet with the name "BLAD1" already exists\. Please enter another name\.$/,
    );
    update({ updateSheetProperties: { properties: { sheetId: 1, title: "STATUS" }, fields: "title" } });
    expect(ss.getSheetById(1)!.getName()).toBe("STATUS");
  });

  test("hiding the last visible sheet fails; hiding the active sheet hands 'active' to a visible one", () => {
    const { update, ss } = sheetsContext();
    expect(
      apiErrorOf(() =>
        update({ updateSheetProperties: { properties: { sheetId: 0, hidden: true }, fields: "hidden" } }),
      ).message,
    ).toMatch(/updateSheetProperties: You can't hide all the sheets in a document\.$/);
    update(
      { addSheet: { properties: { sheetId: 1, title: "Ander" } } },
      { updateSheetProperties: { properties: { sheetId: 0, hidden: true }, fields: "hidden" } },
    );
    expect(ss.getActiveSheet().getName()).toBe("Ander");
  });

  test("gridProperties: fewer rows delete the last rows with their content; frozen rows may not cut a merge", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    sheet.getRange("A9:A10").setValues([["blijft"], ["weg"]]);
    sheet.getRange("A1:B2").merge();
    update({
      updateSheetProperties: {
        properties: { sheetId: 0, gridProperties: { rowCount: 9 } },
        fields: "gridProperties.rowCount",
      },
    });
    expect(sheet.getMaxRows()).toBe(9);
    expect(sheet.getLastRow()).toBe(9);
    const e = apiErrorOf(() =>
      update({
        updateSheetProperties: {
          properties: { sheetId: 0, gridProperties: { frozenRowCount: 1 } },
          fields: "gridProperties.frozenRowCount",
        },
      }),
    );
    expect(e.message).toMatch(/updateSheetProperties: You can't merge frozen and non-frozen rows\.$/);
  });
});

describe("all or nothing", () => {
  // "Each request is validated before being applied. If any request is not valid then the entire request will
  // fail and nothing will be applied."
  test("a failing request undoes the requests before it: no sheet added, no cell written, no rename", () => {
    const { update, ss, data } = sheetsContext();
    ss.getSheetById(0)!.getRange("A1").setValue("origineel");
    const before = structuredClone(data);
    const e = apiErrorOf(() =>
      update(
        { addSheet: { properties: { sheetId: 5, title: "Nieuw" } } },
        {
          updateCells: { start: { sheetId: 0 }, rows: textRows([["gewijzigd"]]), fields: "userEnteredValue" },
        },
        { updateSheetProperties: { properties: { sheetId: 0, title: "Hernoemd" }, fields: "title" } },
        { addSheet: { properties: { title: "Nieuw" } } },
      ),
    );
    expect(e.message).toMatch(
      /Invalid requests\[3\]\.addSheet: A sheet with the name "Nieuw" already exists/,
    );
    expect(data).toEqual(before);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
    expect(ss.getSheetById(0)!.getRange("A1").getValue()).toBe("origineel");
  });

  test("a request the emulator does not know fails the call before anything changes, too", () => {
    const { update, data } = sheetsContext();
    const before = structuredClone(data);
    expect(() =>
      update({ addSheet: { properties: { title: "Nieuw" } } }, { sortRange: { range: { sheetId: 0 } } }),
    ).toThrow("Not emulated: Sheets.Spreadsheets.batchUpdate request sortRange");
    expect(data).toEqual(before);
  });

  test("the swap: build new tabs, delete the old ones, rename and show the new ones, in one call", () => {
    const { update, ss } = sheetsContext();
    const old = ss.insertSheet("Status");
    old.getRange("A1").setValue("oud");
    const oldId = old.getSheetId();
    update(
      { addSheet: { properties: { sheetId: 900, title: "Status (nieuw)", hidden: true } } },
      { updateCells: { start: { sheetId: 900 }, rows: textRows([["nieuw"]]), fields: "userEnteredValue" } },
      { deleteSheet: { sheetId: oldId } },
      {
        updateSheetProperties: {
          properties: { sheetId: 900, title: "Status", hidden: false },
          fields: "title,hidden",
        },
      },
    );
    const status = ss.getSheetByName("Status")!;
    expect(status.getSheetId()).toBe(900);
    expect(status.isSheetHidden()).toBe(false);
    expect(status.getRange("A1").getValue()).toBe("nieuw");
  });

  test("a Sheet object the script holds sees what a batchUpdate changed", () => {
    const { update, ss } = sheetsContext();
    const sheet = ss.getSheetById(0)!;
    update({
      updateCells: { start: { sheetId: 0 }, rows: textRows([["via de API"]]), fields: "userEnteredValue" },
    });
    expect(sheet.getRange("A1").getValue()).toBe("via de API");
    expect(ss.getSheetById(0)!.getRange("A1").getValue()).toBe("via de API");
  });

  test("no requests, an unknown request name, and two kinds in one request", () => {
    const { update, Sheets, id } = sheetsContext();
    expect(apiErrorOf(() => Sheets.Spreadsheets.batchUpdate({ requests: [] }, id)).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Must specify at least one request.",
    );
    expect(
      apiErrorOf(() => update({ frobnicate: {} } as GoogleAppsScript.Sheets.Schema.Request)).message,
    ).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid JSON payload received. Unknown name \"frobnicate\" at 'requests[0]': Cannot find field.",
    );
    expect(() => update({ addSheet: {}, deleteSheet: { sheetId: 0 } })).toThrow(/^Not emulated/);
    expect(
      apiErrorOf(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: {} }] }, "nope")).message,
    ).toBe("API call to sheets.spreadsheets.batchUpdate failed with error: Requested entity was not found.");
  });
});

describe("Spreadsheets.batchUpdate: the size of a call", () => {
  // Not in the reference pages: users report 400 "Request payload size exceeds the limit: 10485760 bytes."
  // (https://github.com/jlolling/talendcomp_tGoogleSheet/issues/1, reason badRequest) and Google calls it a
  // limit of the API's infrastructure (https://github.com/googleworkspace/dotnet-samples/issues/23).
  const body = (text: string) => ({
    requests: [
      { updateCells: { start: { sheetId: 0 }, rows: textRows([[text]]), fields: "userEnteredValue" } },
    ],
  });
  test("a body over 10,485,760 bytes (UTF-8) fails whole and writes nothing; one at the limit is applied", () => {
    const { Sheets, id, ss } = sheetsContext();
    const envelope = Buffer.byteLength(JSON.stringify(body("")), "utf8");
    // "é" is two bytes in UTF-8: the limit counts bytes, not characters.
    const over = "é".repeat(Math.ceil((10_485_760 - envelope + 1) / 2));
    expect(apiErrorOf(() => Sheets.Spreadsheets.batchUpdate(body(over), id)).message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Request payload size exceeds the limit: 10485760 bytes.",
    );
    expect(ss.getSheetById(0)!.getRange("A1").getValue()).toBe("");
    const atLimit = "x".repeat(10_485_760 - envelope);
    expect(Buffer.byteLength(JSON.stringify(body(atLimit)), "utf8")).toBe(10_485_760);
    // Sheets holds at most 50,000 characters per cell: the request is refused for that, not for its size.
    expect(apiErrorOf(() => Sheets.Spreadsheets.batchUpdate(body(atLimit), id)).message).not.toMatch(
      /payload size/,
    );
  });
});

describe("Spreadsheets.get with a fields mask", () => {
  test("sheets.properties: every sheet's properties in order, defaults left out", () => {
    const { Sheets, id, update, ss } = sheetsContext();
    update({ addSheet: { properties: { sheetId: 3, title: "Historie", hidden: true } } });
    ss.getSheetById(0)!.setFrozenRows(1);
    ss.getSheetById(0)!.setTabColor("#ff0000");
    expect(Sheets.Spreadsheets.get(id, { fields: "sheets.properties" })).toEqual({
      sheets: [
        {
          properties: {
            sheetId: 0,
            title: "Blad1",
            index: 0,
            sheetType: "GRID",
            gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
            tabColor: { red: 1 },
            tabColorStyle: { rgbColor: { red: 1 } },
          },
        },
        {
          properties: {
            sheetId: 3,
            title: "Historie",
            index: 1,
            sheetType: "GRID",
            gridProperties: { rowCount: 1000, columnCount: 26 },
            hidden: true,
          },
        },
      ],
    });
  });

  test("sub-fields in either notation; the spreadsheet's own fields", () => {
    const { Sheets, id } = sheetsContext();
    const want = { sheets: [{ properties: { sheetId: 0, title: "Blad1" } }] };
    expect(Sheets.Spreadsheets.get(id, { fields: "sheets.properties(sheetId,title)" })).toEqual(want);
    expect(
      Sheets.Spreadsheets.get(id, { fields: "sheets/properties/sheetId,sheets/properties/title" }),
    ).toEqual(want);
    expect(
      Sheets.Spreadsheets.get(id, { fields: "spreadsheetId,properties.title,properties.timeZone" }),
    ).toEqual({
      spreadsheetId: id,
      properties: { title: "Netwerkplan 2026", timeZone: "Europe/Amsterdam" },
    });
  });

  test("masks it cannot answer exactly, and no mask at all, are refused", () => {
    const { Sheets, id } = sheetsContext();
    expect(() => Sheets.Spreadsheets.get(id)).toThrow(
      /^Not emulated: Sheets\.Spreadsheets\.get without a fields mask/,
    );
    expect(() => Sheets.Spreadsheets.get(id, { fields: "sheets" })).toThrow(/^Not emulated/);
    expect(() => Sheets.Spreadsheets.get(id, { fields: "sheets.charts" })).toThrow(/^Not emulated/);
    expect(() => Sheets.Spreadsheets.get(id, { fields: "sheets.properties", includeGridData: true })).toThrow(
      /^Not emulated/,
    );
  });
});

describe("scopes", () => {
  // Authorization scopes of batchUpdate: drive, drive.file, spreadsheets; get adds drive.readonly and
  // spreadsheets.readonly. spreadsheets.currentonly is an Apps Script scope the API does not accept.
  test("spreadsheets.currentonly is not enough: 403 insufficient scopes, nothing changed", () => {
    const { Sheets, id, data } = sheetsContext({
      scopes: [`${SCOPE}spreadsheets.currentonly`, `${SCOPE}script.container.ui`],
    });
    const e = apiErrorOf(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: {} }] }, id));
    expect(e.message).toBe(
      "API call to sheets.spreadsheets.batchUpdate failed with error: Request had insufficient authentication scopes.",
    );
    expect(e.details?.code).toBe(403);
    expect(data.sheets).toHaveLength(1);
    expect(apiErrorOf(() => Sheets.Spreadsheets.get(id, { fields: "sheets.properties" })).message).toBe(
      "API call to sheets.spreadsheets.get failed with error: Request had insufficient authentication scopes.",
    );
  });

  test("spreadsheets suffices; spreadsheets.readonly reads but does not write", () => {
    const full = sheetsContext({ scopes: [`${SCOPE}spreadsheets`] });
    full.update({ addSheet: {} });
    expect(full.data.sheets).toHaveLength(2);
    const ro = sheetsContext({ scopes: [`${SCOPE}spreadsheets.readonly`] });
    expect(ro.Sheets.Spreadsheets.get(ro.id, { fields: "spreadsheetId" })).toEqual({ spreadsheetId: ro.id });
    expect(apiErrorOf(() => ro.update({ addSheet: {} })).details?.code).toBe(403);
  });

  test("drive.file alone reaches only spreadsheets the script created or the user picked", () => {
    const { Sheets, id, ctx } = sheetsContext({ scopes: [`${SCOPE}drive.file`] });
    expect(apiErrorOf(() => Sheets.Spreadsheets.get(id, { fields: "spreadsheetId" })).message).toBe(
      "API call to sheets.spreadsheets.get failed with error: The caller does not have permission",
    );
    ctx.account.data.drive.grantedByPicker.push(id);
    expect(Sheets.Spreadsheets.get(id, { fields: "spreadsheetId" })).toEqual({ spreadsheetId: id });
  });
});

describe("faults and counting", () => {
  test("each call is counted once, whatever the number of requests; usage records requests and cells", () => {
    const { ctx, update, Sheets, id } = sheetsContext();
    update(
      { addSheet: { properties: { sheetId: 1 } } },
      {
        updateCells: {
          start: { sheetId: 1 },
          rows: textRows([
            ["a", "b"],
            ["c", "d"],
          ]),
          fields: "userEnteredValue",
        },
      },
      {
        repeatCell: {
          range: { sheetId: 1, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 },
          cell: { userEnteredFormat: { textFormat: { bold: true } } },
          fields: "userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor",
        },
      },
    );
    Sheets.Spreadsheets.get(id, { fields: "sheets.properties.title" });
    expect(ctx.rt.snapshotCalls()).toEqual({
      "Sheets.Spreadsheets.batchUpdate": 1,
      "Sheets.Spreadsheets.get": 1,
    });
    // 4 cells with one field (the value), then 4 cells with two (bold, background).
    expect(ctx.rt.usage).toEqual([
      { method: "Sheets.Spreadsheets.batchUpdate", counts: { requests: 3, cells: 8, cellFields: 12 } },
    ]);
    expect(ctx.rt.usageTotals()).toEqual({
      "Sheets.Spreadsheets.batchUpdate.cellFields": 12,
      "Sheets.Spreadsheets.batchUpdate.cells": 8,
      "Sheets.Spreadsheets.batchUpdate.requests": 3,
    });
  });

  test("a failed call is counted but records no usage", () => {
    const { ctx, update } = sheetsContext();
    apiErrorOf(() => update({ deleteSheet: { sheetId: 99 } }));
    expect(ctx.rt.calls["Sheets.Spreadsheets.batchUpdate"]).toBe(1);
    expect(ctx.rt.usage).toEqual([]);
  });

  // The quota text as Apps Script users report it: "GoogleJsonResponseException: API call to
  // sheets.spreadsheets.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' …"
  test("a quota fault fails the call with the API's 429 and leaves the spreadsheet unchanged", () => {
    const { ctx, update, data } = sheetsContext();
    const before = structuredClone(data);
    ctx.rt.injectFault(sheetsFault(1));
    const e = apiErrorOf(() => update({ addSheet: { properties: { title: "Nieuw" } } }));
    expect(e.name).toBe("GoogleJsonResponseException");
    expect(e.message).toMatch(
      /^API call to sheets\.spreadsheets\.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets\.googleapis\.com' for consumer 'project_number:\d+'\.$/,
    );
    expect(e.details?.code).toBe(429);
    expect(data).toEqual(before);
    // The next call goes through.
    update({ addSheet: { properties: { title: "Nieuw" } } });
    expect(data.sheets).toHaveLength(2);
  });

  test("a read quota fault on get; a time-out stops every later call", () => {
    const { ctx, update, Sheets, id, data } = sheetsContext();
    ctx.rt.injectFault(sheetsFault(1, SHEETS_API_ERRORS.readQuota, "Sheets.Spreadsheets.get"));
    expect(apiErrorOf(() => Sheets.Spreadsheets.get(id, { fields: "spreadsheetId" })).message).toMatch(
      /^API call to sheets\.spreadsheets\.get failed with error: Quota exceeded for quota metric 'Read requests'/,
    );
    ctx.rt.injectFault({ method: "Sheets.Spreadsheets.batchUpdate", call: 1, message: GAS_ERRORS.timeout });
    expect(() => update({ addSheet: {} })).toThrow(GAS_ERRORS.timeout);
    expect(() => Sheets.Spreadsheets.get(id, { fields: "spreadsheetId" })).toThrow(GAS_ERRORS.timeout);
    expect(data.sheets).toHaveLength(1);
  });

  test("counted names map to the API's method names", () => {
    expect(apiMethodOf("Sheets.Spreadsheets.batchUpdate")).toBe("sheets.spreadsheets.batchUpdate");
    expect(apiMethodOf("Sheets.Spreadsheets.get")).toBe("sheets.spreadsheets.get");
  });
});

describe("the Sheets global", () => {
  // https://developers.google.com/apps-script/advanced/sheets: the service's global is `Sheets`.
  test("a script in its own realm calls Sheets with its own objects; other collections are not emulated", () => {
    const account = sheetsContext().ctx.account;
    const ctx = createExecutionContext({ account });
    const sandbox = vm.createContext(createGlobals(ctx));
    const reply = vm.runInContext(
      `(() => {
        const id = SpreadsheetApp.getActiveSpreadsheet().getId();
        const res = Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: "Uit script" } } }] }, id);
        return res.replies[0].addSheet.properties.title;
      })()`,
      sandbox,
    );
    expect(reply).toBe("Uit script");
    expect(() => vm.runInContext("Sheets.Spreadsheets.Values", sandbox)).toThrow(
      "Not emulated: Sheets.Spreadsheets.Values",
    );
    expect(() => vm.runInContext("Sheets.newCellData()", sandbox)).toThrow(
      "Not emulated: Sheets.newCellData",
    );
    expect(ctx.rt.snapshotCalls()).toEqual({
      "Sheets.Spreadsheets.batchUpdate": 1,
      "Spreadsheet.getId": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
  });

  // "Advanced services … must be enabled before use" (https://developers.google.com/apps-script/guides/services/advanced):
  // the manifest lists them under dependencies.enabledAdvancedServices, each with the global's name (userSymbol).
  test("with a manifest, the global exists only when it is enabled, under its userSymbol", () => {
    const account = sheetsContext().ctx.account;
    const calendarOnly = createExecutionContext({ account });
    calendarOnly.advancedServices = [{ userSymbol: "Calendar", serviceId: "calendar", version: "v3" }];
    expect(vm.runInContext("typeof Sheets", vm.createContext(createGlobals(calendarOnly)))).toBe("undefined");
    const renamed = createExecutionContext({ account });
    renamed.advancedServices = [{ userSymbol: "SheetsApi", serviceId: "sheets", version: "v4" }];
    const sandbox = vm.createContext(createGlobals(renamed));
    expect(vm.runInContext("typeof Sheets", sandbox)).toBe("undefined");
    expect(
      vm.runInContext(
        `SheetsApi.Spreadsheets.get(SpreadsheetApp.getActiveSpreadsheet().getId(), { fields: "sheets.properties.title" })`,
        sandbox,
      ),
    ).toEqual({ sheets: [{ properties: { title: "Blad1" } }] });
  });

  test("simple triggers may not use it (it needs the user's authorization)", () => {
    const account = sheetsContext().ctx.account;
    const ctx = createExecutionContext({ account, authMode: "LIMITED" });
    const globals = createGlobals(ctx) as { Sheets: GoogleAppsScript.Sheets };
    expect(() =>
      globals.Sheets.Spreadsheets.get(account.data.activeSpreadsheetId!, { fields: "spreadsheetId" }),
    ).toThrow("You do not have permission to call Sheets.Spreadsheets.get. Simple triggers cannot use it.");
  });
});
