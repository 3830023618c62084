/**
 * A partner's cells survive the xlsx round trip as they were (issue 13): links (cell hyperlinks, also to a
 * place in the workbook, and HYPERLINK formulas), error values as errors, rich text with its runs, and dates
 * shown the Dutch way, never in Excel's US built-in form.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { CellData, SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { readXlsx, writeXlsx } from "../../local/io/xlsx";
import { newSpreadsheet } from "../emulator/helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-xlsx-cells-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);

/** Adds `xml` (hyperlink elements) to the first sheet's <hyperlinks> of an xlsx file, as Excel writes them. */
async function addHyperlinkElements(file: string, xml: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = "xl/worksheets/sheet1.xml";
  const sheet = await zip.file(part)!.async("string");
  expect(sheet).toContain("</hyperlinks>");
  zip.file(part, sheet.replace("</hyperlinks>", `${xml}</hyperlinks>`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

const DEC_31 = new Date(Date.UTC(2026, 11, 31)); // exceljs: the wall clock, as UTC fields

/** A partner's workbook, written as Excel would (by exceljs, plus location links as Excel writes them). */
async function partnerFile(file: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Activiteiten");
  ws.getCell("A1").value = "Links";
  ws.getCell("A2").value = { text: "Levenspad", hyperlink: "https://example.org/levenspad?a=1&b=2" };
  ws.getCell("A3").value = { text: "Mail de coördinator", hyperlink: "mailto:coordinator@example.org" };
  ws.getCell("A4").value = {
    formula: 'HYPERLINK("https://example.org/plan","Plan")',
    result: "Plan",
  };
  ws.getCell("A5").value = "Naar de projecten"; // gets a link to Projecten!A1 below
  ws.getCell("A6").value = { formula: "Projecten!A1", result: "Naam" }; // a formula with a link
  ws.getCell("B1").value = "Fouten";
  ws.getCell("B2").value = { error: "#N/A" };
  ws.getCell("B3").value = { error: "#REF!" };
  ws.getCell("B4").value = { formula: "VLOOKUP(A2,Projecten!A:B,2,FALSE)", result: { error: "#N/A" } };
  ws.getCell("B5").value = "#REF!"; // text that looks like an error stays text
  ws.getCell("C1").value = "Opgemaakt";
  ws.getCell("C2").value = {
    richText: [
      { text: "Scholing ", font: { bold: true } },
      { text: "huisartsen", font: { italic: true, color: { argb: "FFC00000" }, size: 12, name: "Arial" } },
    ],
  };
  ws.getCell("C3").value = {
    text: { richText: [{ text: "Zie " }, { text: "plan", font: { underline: true } }] },
    hyperlink: "https://example.org/zie",
  } as unknown as string;
  ws.getCell("D1").value = "Datums";
  for (const [ref, numFmt] of [
    ["D2", "mm-dd-yy"], // Excel's built-in short date (numFmtId 14): a Dutch Excel shows 31-12-2026
    ["D3", "d-m-yyyy"],
    ["D4", "dd-mm-yyyy"],
    ["D5", 'm/d/yy "h":mm'], // built-in 22, date and time
  ] as const) {
    ws.getCell(ref).value = DEC_31;
    ws.getCell(ref).numFmt = numFmt;
  }
  wb.addWorksheet("Projecten").getCell("A1").value = "Naam";
  await wb.xlsx.writeFile(file);
  await addHyperlinkElements(
    file,
    '<hyperlink ref="A5" location="Projecten!A1" display="Naar de projecten"/>' +
      '<hyperlink ref="A6" location="\'Projecten\'!A1"/>',
  );
}

const cellsOf = (ss: SpreadsheetData, tab = "Activiteiten") => {
  const sheet = ss.sheets.find((s) => s.name === tab)!;
  const at = (ref: string): CellData => {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    return sheet.cells[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65] ?? {};
  };
  return at;
};

describe("a partner's cells, read", () => {
  let at: (ref: string) => CellData;
  beforeAll(async () => {
    await partnerFile(tmp("partner.xlsx"));
    at = cellsOf(await readXlsx(tmp("partner.xlsx")));
  });

  test("links: on the cell (a URL, an address, a place in the workbook), also on a formula cell", () => {
    expect(at("A2")).toMatchObject({ v: "Levenspad", link: "https://example.org/levenspad?a=1&b=2" });
    expect(at("A3")).toMatchObject({ v: "Mail de coördinator", link: "mailto:coordinator@example.org" });
    expect(at("A5")).toMatchObject({ v: "Naar de projecten", link: "#Projecten!A1" });
    expect(at("A6")).toMatchObject({ f: "=Projecten!A1", v: "Naam", link: "#'Projecten'!A1" });
  });

  test("a HYPERLINK formula stays that formula", () => {
    expect(at("A4")).toEqual({ f: '=HYPERLINK("https://example.org/plan","Plan")', v: "Plan" });
  });

  test("error values are errors, with the text getValue gives; text that looks like one is text", () => {
    expect(at("B2")).toEqual({ v: "#N/A", err: true });
    expect(at("B3")).toEqual({ v: "#REF!", err: true });
    expect(at("B4")).toEqual({ f: "=VLOOKUP(A2,Projecten!A:B,2,FALSE)", v: "#N/A", err: true });
    expect(at("B5")).toEqual({ v: "#REF!" });
  });

  test("rich text: its text, and each run with its own styles", () => {
    expect(at("C2")).toEqual({
      v: "Scholing huisartsen",
      runs: [
        { text: "Scholing ", bold: true },
        { text: "huisartsen", italic: true, color: "#c00000", size: 12, font: "Arial" },
      ],
    });
    expect(at("C3")).toEqual({
      v: "Zie plan",
      runs: [{ text: "Zie " }, { text: "plan", underline: true }],
      link: "https://example.org/zie",
    });
  });

  test("dates keep their Dutch display: Excel's regional built-in formats read as d-m-yyyy", () => {
    expect(at("D2").nf).toBe("d-m-yyyy");
    expect(at("D3").nf).toBe("d-m-yyyy");
    expect(at("D4").nf).toBe("dd-mm-yyyy");
    expect(at("D5").nf).toBe("d-m-yyyy h:mm");
  });
});

describe("a partner's cells, written and read back", () => {
  let first: SpreadsheetData;
  let back: SpreadsheetData;
  let ws: import("exceljs").Worksheet;
  beforeAll(async () => {
    await partnerFile(tmp("in.xlsx"));
    first = await readXlsx(tmp("in.xlsx"));
    await writeXlsx(first, tmp("out.xlsx"));
    back = await readXlsx(tmp("out.xlsx"));
    const wb = new Workbook();
    await wb.xlsx.readFile(tmp("out.xlsx"));
    ws = wb.getWorksheet("Activiteiten")!;
  });

  test("every cell reads back as it was read", () => {
    expect(back.sheets.map((s) => s.cells)).toEqual(first.sheets.map((s) => s.cells));
  });

  test("the file has links, errors and rich text as Excel knows them", () => {
    expect(ws.getCell("A2").value).toEqual({
      text: "Levenspad",
      hyperlink: "https://example.org/levenspad?a=1&b=2",
    });
    expect(ws.getCell("A5").hyperlink).toBe("Projecten!A1");
    expect(ws.getCell("B2").value).toEqual({ error: "#N/A" });
    expect(ws.getCell("B4").value).toEqual({
      formula: "VLOOKUP(A2,Projecten!A:B,2,FALSE)",
      result: { error: "#N/A" },
    });
    expect(ws.getCell("B5").value).toBe("#REF!");
    expect(ws.getCell("C2").value).toEqual({
      richText: [
        { text: "Scholing ", font: { bold: true } },
        { text: "huisartsen", font: { italic: true, color: { argb: "FFC00000" }, size: 12, name: "Arial" } },
      ],
    });
  });

  test("no date cell gets Excel's US built-in format", () => {
    for (const ref of ["D2", "D3", "D4", "D5"]) {
      expect(ws.getCell(ref).value).toEqual(DEC_31);
      expect(ws.getCell(ref).numFmt).toMatch(/^d{1,2}-m{1,2}-yyyy( h:mm)?$/);
    }
  });
});

describe("the emulated spreadsheet holds them as Sheets does", () => {
  test("getValue gives an error's text; writing a cell's content takes its link, error kind and runs", () => {
    const { sheet, data } = newSpreadsheet();
    const cells = data.sheets[0]!.cells;
    cells[0] = [
      { v: "#N/A", err: true },
      { v: "Levenspad", link: "https://example.org" },
      { v: "Scholing huisartsen", runs: [{ text: "Scholing ", bold: true }, { text: "huisartsen" }] },
    ];
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["#N/A", "Levenspad", "Scholing huisartsen"]]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([
      ["#N/A", "Levenspad", "Scholing huisartsen"],
    ]);
    sheet.getRange("A1:B1").setValues([["Behaald", "Samen leven"]]);
    sheet.getRange("C1").clearContent();
    expect(cells[0]).toEqual([{ v: "Behaald" }, { v: "Samen leven" }, {}]);
  });
});
