/**
 * A stray value far away (issue 13): the model and the file stay sparse (rows without cells are holes; a
 * drop-down on a whole column is one range, not a cell per row), and a workbook larger than Google Sheets'
 * 10,000,000 cells is refused with one message that says where it is too large.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { newSheetData, newSpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { MAX_CELLS, readXlsx, writeXlsx, XlsxInputError } from "../../local/io/xlsx";
import { ROOT } from "../support/addon";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-xlsx-size-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);
const EXAMPLE = path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx");

/** The example network with one value put far away in Activiteiten. */
async function exampleWithStray(file: string, ref: string): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet("Activiteiten")!.getCell(ref).value = "x";
  await wb.xlsx.writeFile(file);
}

const rowsWithCells = (cells: unknown[]) => cells.filter(Boolean).length;

describe("reading", () => {
  test("a value in A1048576 of the example network: more than Sheets holds, refused with where and why", async () => {
    const file = tmp("ver.xlsx");
    await exampleWithStray(file, "A1048576");
    expect(fs.statSync(file).size).toBeLessThan(30_000);
    const columns = (await readXlsx(EXAMPLE)).sheets.find((s) => s.name === "Activiteiten")!.cells[0]!.length;
    const error = await readXlsx(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxInputError);
    const message = (error as Error).message;
    expect(message).toContain(`${file} is te groot voor Google Sheets`);
    expect(message).toContain("hoogstens 10.000.000");
    expect(message).toContain(
      `Het tabblad ‘Activiteiten’ alleen al is 1.048.576 rijen lang (tot cel A1048576) en ${columns} kolommen breed.`,
    );
    expect(message.split("\n")).toHaveLength(1);
  });

  test("a value far down within the limit: the tab is as long as that, its rows between are holes", async () => {
    const file = tmp("ver-binnen.xlsx");
    await exampleWithStray(file, "A500000");
    const ss = await readXlsx(file);
    const acts = ss.sheets.find((s) => s.name === "Activiteiten")!;
    const example = (await readXlsx(EXAMPLE)).sheets.find((s) => s.name === "Activiteiten")!;
    expect(acts.cells[499_999]).toEqual([{ v: "x" }]);
    expect(rowsWithCells(acts.cells)).toBe(rowsWithCells(example.cells) + 1);
    expect(acts.maxRows).toBe(500_000);
    // 26 columns would pass the limit: the tab is as wide as what it uses; the other tabs keep 1000 x 26.
    expect(acts.maxCols).toBe(example.cells[0]!.length);
    for (const s of ss.sheets.filter((t) => t !== acts)) expect([s.maxRows, s.maxCols]).toEqual([1000, 26]);
    expect(ss.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0)).toBeLessThanOrEqual(MAX_CELLS);
  });

  test("a partner's drop-down on a whole column is read as far as the tab goes", async () => {
    const file = tmp("kolom.xlsx");
    const wb = new Workbook();
    const ws = wb.addWorksheet("Activiteiten");
    ws.addRows([["Status"], ["Op schema"]]);
    await wb.xlsx.writeFile(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)!.async("string")).replace(
      "<pageMargins",
      '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A2:A1048576"><formula1>"Op schema,Behaald"</formula1></dataValidation>' +
        '<dataValidation type="list" sqref="C:C"><formula1>"ja,nee"</formula1></dataValidation></dataValidations><pageMargins',
    );
    zip.file(part, xml);
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const sheet = (await readXlsx(file)).sheets[0]!;
    expect(sheet.maxRows).toBe(1000);
    expect(sheet.cells).toHaveLength(1000);
    expect(sheet.cells[1]![0]).toEqual({
      v: "Op schema",
      dv: { kind: "list", values: ["Op schema", "Behaald"], strict: true },
    });
    expect(sheet.cells[999]![0]!.dv).toBe(sheet.cells[1]![0]!.dv);
    expect(sheet.cells[0]![2]!.dv).toEqual({ kind: "list", values: ["ja", "nee"], strict: false });
    expect(sheet.cells[999]![2]!.dv).toBeDefined();
  });
});

describe("writing", () => {
  test("drop-downs down a long tab are ranges; only cells with something in them are written", async () => {
    const ss = newSpreadsheetData("groot", "groot");
    const sheet = newSheetData(0, "Activiteiten", 200_000, 10);
    const status = { kind: "list" as const, values: ["Op schema", "Behaald"], strict: false };
    const fase = { kind: "list" as const, values: ["Voorbereiding", "Uitvoering"], strict: false };
    sheet.cells[0] = [{ v: "Fase", fw: "bold" }, { v: "Status", fw: "bold" }, null, { v: "Project" }];
    for (let r = 1; r < 200_000; r++) sheet.cells[r] = [{ dv: fase }, { dv: status }, null, { dv: status }];
    sheet.cells[1] = [{ v: "Uitvoering", dv: fase }, { v: "Op schema", dv: status }, null, { dv: status }];
    sheet.cells[199_999]![2] = { v: "ver weg" };
    ss.sheets = [sheet];
    const file = tmp("dropdowns.xlsx");
    await writeXlsx(ss, file);

    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml.match(/<row\b/g)).toHaveLength(3); // the header, row 2, and the row of "ver weg"
    const sqrefs = [...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(sqrefs).toEqual(["A2:A200000", "B2:B200000", "D2:D200000"]);
    expect(fs.statSync(file).size).toBeLessThan(20_000);

    const back = (await readXlsx(file)).sheets[0]!;
    expect(back.cells[150_000]).toEqual([{ dv: fase }, { dv: status }, null, { dv: status }]);
    expect(back.cells[199_999]![2]).toEqual({ v: "ver weg" });
  });
});
