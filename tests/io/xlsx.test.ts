import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import {
  type CellData,
  newSheetData,
  newSpreadsheetData,
  type SheetData,
  type SpreadsheetData,
} from "../../local/emulator/spreadsheet/model";
import { MAX_CELL_TEXT, readXlsx, writeXlsx, XlsxInputError } from "../../local/io/xlsx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-xlsx-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);

/**
 * Sets the cell at A1 address `ref` as readXlsx returns it: rows without cells are holes (a sparse array),
 * empty cells within a row are null.
 */
function put(sheet: SheetData, ref: string, cell: CellData): void {
  const m = /^([A-Z])(\d+)$/.exec(ref)!;
  const row = Number(m[2]) - 1;
  const col = m[1]!.charCodeAt(0) - 65;
  sheet.cells[row] ??= [];
  const cells = sheet.cells[row]!;
  while (cells.length <= col) cells.push(null);
  cells[col] = cell;
}

const amsterdam = (iso: string) => new Date(iso); // ISO strings below carry their Amsterdam offset

function sampleSpreadsheet(): SpreadsheetData {
  const ss = newSpreadsheetData("rt", "rt");
  const act = ss.sheets[0]!;
  act.name = "Activiteiten";
  put(act, "A1", { v: "Onderwerp", fw: "bold", bg: "#1f4e79", fc: "#ffffff", fs: 12, ha: "center" });
  put(act, "B1", { v: "Deadline", fw: "bold", fst: "italic", va: "middle", wrap: true });
  put(act, "C1", { v: "Aantal", nf: "0.00" });
  put(act, "D1", { v: "Status", note: "Kies uit de lijst" });
  put(act, "A2", { v: "Winterdatum" });
  put(act, "B2", { v: amsterdam("2026-12-31T00:00:00+01:00") });
  put(act, "C2", { v: 3 });
  put(act, "D2", { v: "Op schema", dv: { kind: "list", values: ["Behaald", "Op schema"], strict: false } });
  put(act, "A3", { v: "Zomerdatum" });
  put(act, "B3", { v: amsterdam("2026-07-01T00:00:00+02:00") });
  put(act, "C3", { v: 4.5 });
  put(act, "D3", { v: true, dv: { kind: "checkbox", strict: true } });
  put(act, "A4", { v: "Zomertijd begint" });
  put(act, "B4", { v: amsterdam("2026-03-29T00:00:00+01:00"), nf: "d mmm yyyy" });
  put(act, "C4", { f: "=SUM(C2:C3)", v: 7.5 });
  put(act, "D4", { dv: { kind: "range", range: "Projecten!A2:A", strict: false, helpText: "Een project" } });
  put(act, "A5", { v: "Wintertijd begint, 's middags" });
  put(act, "B5", { v: amsterdam("2026-10-25T14:30:00+01:00") });
  put(act, "C5", { f: "=Projecten!Z99", v: "#REF!", err: true });
  put(act, "D5", { v: false });
  put(act, "A6", { f: "=B2+1", v: amsterdam("2027-01-01T00:00:00+01:00"), nf: "dd-mm-yyyy" });
  put(act, "D6", { f: '=COUNTIF(Projecten!D2:D,"A2:A")', v: 0 });
  put(act, "A7", { v: "Samengevoegd", bg: "#ffeeaa" });
  put(act, "B7", { bg: "#ffeeaa" });
  put(act, "D7", {
    v: "Ja",
    dv: { kind: "checkbox", checkedValue: "Ja", uncheckedValue: "Nee", strict: true },
  });
  act.merges = [{ row: 6, col: 0, numRows: 1, numCols: 3 }];
  act.frozenRows = 1;
  act.frozenCols = 1;
  act.tabColor = "#00b050";
  act.colWidths = { 0: 250, 3: 120 };
  act.rowHeights = { 0: 40, 6: 28 };
  act.filter = { row: 0, col: 0, numRows: 6, numCols: 4 };
  act.conditionalFormatRules = [
    {
      ranges: [{ row: 1, col: 3, numRows: 999, numCols: 1 }],
      condition: { type: "TEXT_EQUAL_TO", values: ['Beh"aald'] },
      format: { background: "#c6efce", fontColor: "#006100", bold: true },
    },
    {
      ranges: [
        { row: 1, col: 3, numRows: 999, numCols: 1 },
        { row: 1, col: 5, numRows: 10, numCols: 1 },
      ],
      condition: { type: "TEXT_CONTAINS", values: ["achter"] },
      format: { background: "#ffc7ce" },
    },
  ];

  const dash = newSheetData(1, "Dashboard Levenspad");
  put(dash, "B2", { v: "Levenspad", fs: 18, fw: "bold" });
  dash.hiddenGridlines = true;
  dash.protections = [{ range: null, description: "Gegenereerd", warningOnly: true }];
  dash.charts = [
    {
      id: 1,
      type: "PIE",
      ranges: [{ row: 0, col: 0, numRows: 4, numCols: 2 }],
      position: { row: 5, col: 1, offsetX: 0, offsetY: 0 },
      options: {},
    },
  ];

  const hist = newSheetData(2, "Historie");
  put(hist, "A1", { v: "ID" });
  put(hist, "A3", { v: "A-0001" });
  hist.hidden = true;
  hist.protections = [{ range: null, description: "", warningOnly: false }];

  ss.sheets.push(dash, hist);
  ss.nextSheetId = 3;
  ss.activeSheetId = 1;
  return ss;
}

describe("round trip model -> xlsx -> model", () => {
  let ss: SpreadsheetData;
  let back: SpreadsheetData;
  const file = () => tmp("roundtrip.xlsx");

  beforeAll(async () => {
    ss = sampleSpreadsheet();
    const { truncated } = await writeXlsx(ss, file());
    expect(truncated).toEqual([]);
    back = await readXlsx(file(), { id: "rt" });
  });

  it("keeps everything the model holds except charts and warning-only protections", () => {
    const expected = structuredClone(ss);
    expected.name = "roundtrip";
    expected.activeSheetId = 0; // readXlsx makes the first sheet active
    // A checkbox with custom values is the list of them in xlsx.
    expected.sheets[0]!.cells[6]![3]!.dv = { kind: "list", values: ["Ja", "Nee"], strict: true };
    expected.sheets[1]!.charts = [];
    expected.sheets[1]!.protections = [];
    // xlsx has no automatic date format: dates written without one read back with the default.
    for (const [row, nf] of [
      [1, "dd-mm-yyyy"],
      [2, "dd-mm-yyyy"],
      [4, "dd-mm-yyyy hh:mm"],
    ] as const) {
      expected.sheets[0]!.cells[row]![1]!.nf = nf;
    }
    expect(back).toEqual(expected);
  });

  it("keeps the dates' instants in Europe/Amsterdam on both sides of DST", () => {
    const col = back.sheets[0]!.cells.map((row) => row[1]?.v);
    expect(col[1]).toEqual(new Date("2026-12-30T23:00:00Z"));
    expect(col[2]).toEqual(new Date("2026-06-30T22:00:00Z"));
    expect(col[3]).toEqual(new Date("2026-03-28T23:00:00Z"));
    expect(col[4]).toEqual(new Date("2026-10-25T13:30:00Z"));
  });

  it("writes what Excel expects: wall-clock dates, date formats, sizes, views, validations", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(file());
    const ws = wb.getWorksheet("Activiteiten")!;
    expect(ws.getCell("B2").value).toEqual(new Date("2026-12-31T00:00:00Z"));
    expect(ws.getCell("B2").numFmt).toBe("dd-mm-yyyy");
    expect(ws.getCell("B3").value).toEqual(new Date("2026-07-01T00:00:00Z"));
    expect(ws.getCell("B5").value).toEqual(new Date("2026-10-25T14:30:00Z"));
    expect(ws.getCell("B5").numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(ws.getCell("C4").value).toEqual({ formula: "SUM(C2:C3)", result: 7.5 });
    expect(ws.getCell("C5").value).toEqual({ formula: "Projecten!Z99", result: { error: "#REF!" } });
    expect(ws.getCell("D6").formula).toBe('COUNTIF(Projecten!D2:D1048576,"A2:A")');
    expect(ws.getColumn(1).width! * 7).toBeCloseTo(250);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Behaald,Op schema"'],
      errorStyle: "warning",
      showErrorMessage: true,
    });
    expect(ws.getCell("D3").dataValidation).toMatchObject({ formulae: ['"TRUE,FALSE"'], errorStyle: "stop" });
    expect(ws.getCell("D4").dataValidation).toMatchObject({ formulae: ["Projecten!$A$2:$A$1048576"] });
    expect(ws.autoFilter).toBe("A1:D6");
    expect(wb.getWorksheet("Dashboard Levenspad")!.views[0]).toMatchObject({ showGridLines: false });
    expect(wb.getWorksheet("Historie")!.state).toBe("hidden");
    expect(wb.views[0]!.activeTab).toBe(1);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Activiteiten", "Dashboard Levenspad", "Historie"]);
  });

  it("reads the dates in the time zone asked for", async () => {
    const ny = await readXlsx(file(), { timeZone: "America/New_York" });
    expect(ny.timeZone).toBe("America/New_York");
    expect(ny.sheets[0]!.cells[1]![1]!.v).toEqual(new Date("2026-12-31T05:00:00Z"));
  });
});

describe("a partner's file written by exceljs directly", () => {
  let ss: SpreadsheetData;

  beforeAll(async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Activiteiten", { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(["Status", "Onderwerp", "Project", "Deadline", "Punten", "Dubbel"]);
    ws.getRow(1).font = { name: "Calibri", size: 11, bold: true };
    ws.getCell("A2").value = "Op schema";
    ws.getCell("B2").value = {
      richText: [{ text: "Scholing ", font: { bold: true } }, { text: "huisartsen" }],
    };
    ws.getCell("C2").value = { text: "Levenspad", hyperlink: "https://example.org/levenspad" };
    ws.getCell("D2").value = new Date(Date.UTC(2026, 11, 31));
    ws.getCell("D2").numFmt = "d-m-yyyy";
    ws.getCell("E2").value = 2;
    const shared = { formula: "E2*2", result: 4, shareType: "shared", ref: "F2:F4" }; // not in exceljs's types
    ws.getCell("F2").value = shared;
    // row 3 stays empty
    ws.getCell("A4").value = "Achter op schema";
    ws.getCell("B4").value = { error: "#REF!" };
    ws.getCell("E4").value = 5;
    ws.getCell("F4").value = { sharedFormula: "F2", result: 10 };
    ws.getCell("A4").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4 } };
    ws.getColumn(2).width = 20.7109375;
    ws.getCell("E2").dataValidation = {
      type: "whole",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
    };
    ws.getCell("E4").dataValidation = { type: "custom", formulae: ["E4<10"], errorStyle: "warning" };
    const hidden = wb.addWorksheet("Oud", {
      state: "veryHidden",
      properties: { tabColor: { argb: "FFFF0000" } },
    });
    hidden.getCell("A1").value = "x";
    await wb.xlsx.writeFile(tmp("partner.xlsx"));
    ss = await readXlsx(tmp("partner.xlsx"));
  });

  it("reads values by position, whatever the column order", () => {
    const sheet = ss.sheets[0]!;
    const values = sheet.cells.map((row) => row.map((c) => c?.v));
    expect(values[0]).toEqual(["Status", "Onderwerp", "Project", "Deadline", "Punten", "Dubbel"]);
    expect(values[1]).toEqual([
      "Op schema",
      "Scholing huisartsen",
      "Levenspad",
      new Date("2026-12-30T23:00:00Z"),
      2,
      4,
    ]);
    expect(2 in sheet.cells).toBe(false); // an empty row is a hole
    expect(values[3]).toEqual(["Achter op schema", "#REF!", undefined, undefined, 5, 10]);
  });

  it("reads formulas, shared formulas, formats and sheet properties", () => {
    const [sheet, hidden] = ss.sheets;
    expect(sheet!.cells[1]![5]).toEqual({ f: "=E2*2", v: 4 });
    expect(sheet!.cells[3]![5]).toEqual({ f: "=E4*2", v: 10 });
    expect(sheet!.cells[0]![0]).toEqual({ v: "Status", fw: "bold", fs: 11 });
    expect(sheet!.cells[1]![3]!.nf).toBe("d-m-yyyy");
    // A theme fill has no RGB to keep; a styled cell always has a font (here exceljs's Calibri 11).
    expect(sheet!.cells[3]![0]).toEqual({ v: "Achter op schema", fs: 11 });
    expect(sheet!.colWidths).toEqual({ 1: 145 });
    expect(sheet!.cells[1]![4]!.dv).toEqual({ kind: "other", strict: true, criteria: "NUMBER_GREATER_THAN" });
    expect(sheet!.cells[3]![4]!.dv).toEqual({ kind: "other", strict: false, criteria: "CUSTOM_FORMULA" });
    expect(sheet!.frozenRows).toBe(1);
    expect(sheet!.frozenCols).toBe(0);
    expect(sheet).toMatchObject({ id: 0, maxRows: 1000, maxCols: 26, hidden: false, merges: [] });
    expect(hidden).toMatchObject({ id: 1, name: "Oud", hidden: true, tabColor: "#ff0000" });
    expect(ss).toMatchObject({ id: "xlsx-partner", name: "partner", activeSheetId: 0, nextSheetId: 2 });
  });

  it("sizes the grid to the used range when it exceeds the defaults", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Groot").getCell("AD1200").value = 1;
    await wb.xlsx.writeFile(tmp("groot.xlsx"));
    const sheet = (await readXlsx(tmp("groot.xlsx"))).sheets[0]!;
    expect([sheet.maxRows, sheet.maxCols]).toEqual([1200, 30]);
    expect(sheet.cells[1199]![29]).toEqual({ v: 1 });
  });
});

describe("the written sheet, as Excel reads it", () => {
  /** CT_Worksheet's elements in the order ECMA-376 Part 1 (§18.3.1.99) requires; Excel refuses another order. */
  const CT_WORKSHEET = [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
  ];

  let xml: string;
  let back: SpreadsheetData;
  beforeAll(async () => {
    const ss = newSpreadsheetData("volgorde", "volgorde");
    const sheet = ss.sheets[0]!;
    put(sheet, "A1", { v: "Project", fw: "bold", link: "https://example.org/project" });
    put(sheet, "B1", { v: "Naar", link: "#Blad1!A5" });
    put(sheet, "A2", { v: "Op schema", dv: { kind: "list", values: ["Op schema"], strict: false } });
    // A row of cells that are only formatted, and a note on an empty cell, far below the rest.
    put(sheet, "B4", { bg: "#ffeeaa" });
    put(sheet, "C4", { bg: "#ffeeaa", fw: "bold" });
    sheet.cells[4_999] = [null, { note: "Alleen een notitie" }];
    sheet.merges = [{ row: 0, col: 2, numRows: 2, numCols: 2 }];
    sheet.filter = { row: 0, col: 0, numRows: 2, numCols: 2 };
    sheet.protections = [{ range: null, description: "", warningOnly: false }];
    sheet.conditionalFormatRules = [
      {
        ranges: [{ row: 1, col: 0, numRows: 1, numCols: 1 }],
        condition: { type: "TEXT_EQUAL_TO", values: ["Op schema"] },
        format: { background: "#c6efce" },
      },
    ];
    const file = tmp("volgorde.xlsx");
    await writeXlsx(ss, file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    back = await readXlsx(file);
  });

  it("has its elements in the order of the schema", () => {
    // The children of <worksheet>: the elements that open at depth 1.
    const elements: string[] = [];
    let depth = 0;
    for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z:]+)\b[^>]*?(\/?)>/g)) {
      if (close) depth--;
      else {
        if (depth === 1) elements.push(name!);
        if (!selfClosing) depth++;
      }
    }
    expect(elements).toEqual(expect.arrayContaining(["sheetProtection", "autoFilter", "hyperlinks"]));
    const positions = elements.map((e) => CT_WORKSHEET.indexOf(e));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("keeps rows of cells that are only formatted or only have a note", () => {
    const cells = back.sheets[0]!.cells;
    expect(cells[3]).toEqual([null, { bg: "#ffeeaa" }, { bg: "#ffeeaa", fw: "bold" }]);
    expect(cells[4_999]).toEqual([null, { note: "Alleen een notitie" }]);
    expect(cells[0]![0]).toMatchObject({ v: "Project", link: "https://example.org/project" });
    expect(cells[0]![1]).toMatchObject({ v: "Naar", link: "#Blad1!A5" });
  });
});

describe("cell text over the xlsx limit", () => {
  it("is cut to 32,767 characters and reported", async () => {
    const ss = newSpreadsheetData("t", "t");
    const sheet = ss.sheets[0]!;
    put(sheet, "A1", { v: "kort" });
    put(sheet, "C2", { v: "x".repeat(40000) });
    put(sheet, "B3", { v: "y".repeat(MAX_CELL_TEXT) });
    const { truncated } = await writeXlsx(ss, tmp("lang.xlsx"));
    expect(truncated).toEqual([{ sheet: "Blad1", cell: "C2", length: 40000 }]);
    const back = await readXlsx(tmp("lang.xlsx"));
    expect(back.sheets[0]!.cells[1]![2]!.v).toBe("x".repeat(32767));
    expect(back.sheets[0]!.cells[2]![1]!.v).toBe("y".repeat(32767));
  });
});

describe("unusable input", () => {
  const expectInputError = async (file: string, message: string) => {
    const error = await readXlsx(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxInputError);
    expect((error as Error).message).toBe(message);
  };

  it("a missing file", async () => {
    const file = tmp("bestaat-niet.xlsx");
    await expectInputError(file, `Het bestand ${file} bestaat niet.`);
  });

  it("a text file renamed to .xlsx", async () => {
    const file = tmp("tekst.xlsx");
    fs.writeFileSync(file, "Naam;E-mail\nJan;jan@example.org\n");
    await expectInputError(file, `${file} is geen Excel-bestand (.xlsx) of het is beschadigd.`);
  });

  it("random bytes, also behind a zip signature", async () => {
    const file = tmp("willekeurig.xlsx");
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    await expectInputError(file, `${file} is geen Excel-bestand (.xlsx) of het is beschadigd.`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 0xab)]));
    await expectInputError(file, `${file} is geen Excel-bestand (.xlsx) of het is beschadigd.`);
  });

  it("an empty file", async () => {
    const file = tmp("leeg.xlsx");
    fs.writeFileSync(file, "");
    await expectInputError(file, `${file} is geen Excel-bestand (.xlsx) of het is beschadigd.`);
  });

  it("a valid xlsx cut short", async () => {
    const file = tmp("afgebroken.xlsx");
    await writeXlsx(sampleSpreadsheet(), file);
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 3000));
    await expectInputError(file, `${file} is geen Excel-bestand (.xlsx) of het is beschadigd.`);
  });

  it("a password-protected workbook and an old .xls", async () => {
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const file = tmp("geheim.xlsx");
    fs.writeFileSync(file, Buffer.concat([cfb, Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64)]));
    await expectInputError(
      file,
      `${file} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer het opnieuw.`,
    );
    fs.writeFileSync(file, Buffer.concat([cfb, Buffer.from("Workbook", "utf16le"), Buffer.alloc(64)]));
    await expectInputError(
      file,
      `${file} is een oud Excel-bestand (.xls); sla het op als .xlsx en probeer het opnieuw.`,
    );
  });
});
