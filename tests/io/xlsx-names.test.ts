/**
 * Tab names Google Sheets allows and Excel does not (issue 13): `History` (reserved by Excel, in any case),
 * the characters * ? : / \ [ ], an apostrophe at either end, more than 31 characters. Read: under their own
 * name, as Sheets holds them. Written: under a name Excel allows, with references following, and reported.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import {
  newSheetData,
  newSpreadsheetData,
  type SpreadsheetData,
} from "../../local/emulator/spreadsheet/model";
import { excelSheetNames, readXlsx, writeXlsx, XlsxInputError } from "../../local/io/xlsx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-xlsx-names-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);

const LONG = "Jaarplanning netwerkbijeenkomsten 2026-2027"; // 43 characters

function workbookWithTabs(names: string[]): SpreadsheetData {
  const ss = newSpreadsheetData("names", "names");
  ss.sheets = names.map((name, i) => {
    const s = newSheetData(i, name);
    s.cells = [[{ v: `tab ${i + 1}` }]];
    return s;
  });
  ss.nextSheetId = names.length;
  return ss;
}

/** Renames the tabs of an xlsx file in its workbook part, as a file exported from Google Sheets has them. */
async function renameTabsInFile(file: string, names: Record<string, string>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  for (const [from, to] of Object.entries(names)) {
    const encoded = to.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    xml = xml.replace(`name="${from}"`, `name="${encoded}"`);
  }
  zip.file("xl/workbook.xml", xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("names Excel refuses, on export", () => {
  test("each gets a name Excel allows, distinct from the others; allowed names stay as they are", () => {
    const names = ["Activiteiten", "History", "history (2)", "Plan: 2026/27", "'Oud'", "[Concept]", LONG];
    const written = excelSheetNames(names);
    expect(written).toEqual([
      "Activiteiten",
      "History (3)", // "History (2)" is taken by the tab that has that name (case does not count)
      "history (2)",
      "Plan_ 2026_27",
      "Oud",
      "_Concept_",
      LONG.slice(0, 31),
    ]);
    for (const n of written) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(written.map((n) => n.toLowerCase())).size).toBe(written.length);
  });

  test("names equal after cutting to 31 characters are numbered", () => {
    expect(excelSheetNames([`${LONG} A`, `${LONG} B`])).toEqual([
      LONG.slice(0, 31),
      `${LONG.slice(0, 27)} (2)`,
    ]);
  });

  test("the file opens, the tabs are written under those names, and references follow them", async () => {
    const ss = workbookWithTabs(["Activiteiten", "History", "Plan: 2026/27"]);
    const acts = ss.sheets[0]!;
    acts.cells = [
      [
        { f: "=History!A1", v: "tab 2" },
        { f: "='Plan: 2026/27'!A1&\" History!A1\"", v: "tab 3 History!A1" },
        { v: "naar de planning", link: "#'Plan: 2026/27'!A1" },
        { dv: { kind: "range", range: "History!A1:A10", strict: false } },
      ],
    ];
    const { renamed } = await writeXlsx(ss, tmp("export.xlsx"));
    expect(renamed).toEqual([
      { tab: "History", written: "History (2)", reason: "Excel reserveert de naam ‘History’." },
      {
        tab: "Plan: 2026/27",
        written: "Plan_ 2026_27",
        reason: "Excel staat de tekens * ? : / \\ [ ] niet toe in een tabbladnaam.",
      },
    ]);
    const wb = new Workbook();
    await wb.xlsx.readFile(tmp("export.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Activiteiten", "History (2)", "Plan_ 2026_27"]);
    const ws = wb.getWorksheet("Activiteiten")!;
    expect(ws.getCell("A1").formula).toBe("'History (2)'!A1");
    // Text inside a string literal is not a reference.
    expect(ws.getCell("B1").formula).toBe("'Plan_ 2026_27'!A1&\" History!A1\"");
    expect(ws.getCell("C1").hyperlink).toBe("'Plan_ 2026_27'!A1");
    expect(ws.getCell("D1").dataValidation.formulae).toEqual(["'History (2)'!$A$1:$A$10"]);
  });
});

describe("names Excel refuses, on input (a file exported from Google Sheets)", () => {
  test("are read under their own name", async () => {
    const file = tmp("uit-sheets.xlsx");
    const wb = new Workbook();
    for (const name of ["Activiteiten", "Tab2", "Tab3", "Tab4"])
      wb.addWorksheet(name).getCell("A1").value = name;
    await wb.xlsx.writeFile(file);
    await renameTabsInFile(file, { Tab2: "History", Tab3: "Plan: 2026/27 [concept]", Tab4: LONG });
    const ss = await readXlsx(file);
    expect(ss.sheets.map((s) => s.name)).toEqual([
      "Activiteiten",
      "History",
      "Plan: 2026/27 [concept]",
      LONG,
    ]);
    expect(ss.sheets.map((s) => s.cells[0]![0]!.v)).toEqual(["Activiteiten", "Tab2", "Tab3", "Tab4"]);
  });

  test("names Sheets cannot hold either are refused with a precise message", async () => {
    const file = tmp("dubbel.xlsx");
    const wb = new Workbook();
    for (const name of ["Activiteiten", "Tab2", "Tab3"]) wb.addWorksheet(name);
    await wb.xlsx.writeFile(file);
    await renameTabsInFile(file, { Tab2: "Leden", Tab3: "LEDEN" });
    const error = await readXlsx(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxInputError);
    expect((error as Error).message).toBe(
      `${file} heeft twee tabbladen met dezelfde naam (‘Leden’ en ‘LEDEN’); Google Sheets staat dat niet toe.`,
    );
    await renameTabsInFile(file, { Leden: "x".repeat(101) });
    expect(((await readXlsx(file).catch((e: unknown) => e)) as Error).message).toMatch(
      /heeft een tabblad met een naam van 101 tekens .*hoogstens 100 tekens/,
    );
  });
});
