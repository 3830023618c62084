/**
 * Validation checked from the outside (PRODUCT.md §2, §2.1–§2.7, §7, §8), as someone outside the team
 * would check it: `npm start -- --input <a workbook you have not seen> --today 2026-11-22`, then
 * - every planted mistake is in `samenvatting.json` `problems` at its tab, row and column, with the right
 *   severity (and the suggestion where the spec names one);
 * - no false alarms: the clean rows have no problem at all, and nothing but the planted mistakes is reported;
 * - `counts` match what was planted;
 * - the partners' cells come out of `out/netwerkplan.xlsx` exactly as they went in (only empty `ID` cells
 *   are filled, and the add-on's own columns may be appended after the last header);
 * - `Validatie` has one row per problem with a link to the cell, `Status` lists exactly the valid activities.
 *
 * The workbook (tests/e2e-fixture.ts) is a partner's export: columns shuffled, synonyms, headers in other
 * case or with a trailing `:`, unknown columns, empty rows in between, date, time and checkbox cells.
 * Only the built CLI and exceljs are used: nothing of the add-on is imported.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  ACTIVITIES,
  cellOf,
  columnOf,
  EQUALS_TEXT,
  rowsOf,
  SETTINGS,
  TABS,
  type TabFixture,
  writeFixture,
} from "../support/e2e-fixture";

const ROOT = path.resolve(__dirname, "..", "..");
const TODAY = "2026-11-22";

// ---------------------------------------------------------------------------------------------------
// The planted mistakes: the documentation of this test. `column` is the header exactly as in the sheet;
// `value` is the cell as typed (it pins the table to the fixture); `suggestion` where PRODUCT.md names one
// (§2.7: "op  Schema" → Op schema, "achter" → Achter op schema) or the fix is unambiguous.

type Severity = "Fout" | "Waarschuwing";
interface Planted {
  what: string;
  tab: string;
  row: number;
  column: string;
  value: string;
  severity: Severity;
  suggestion?: string;
  /** Something the message must say. */
  message?: RegExp;
}

const F: Severity = "Fout";
const W: Severity = "Waarschuwing";
/** §2.6: a deadline that is not understood is reported with the accepted forms. */
const ACCEPTED_FORMS = /Toegestaan: .*31-12-2026.*dec\. 2026.*Q3 2026.*Continue/;

// biome-ignore format: a table
const PLANTED: readonly Planted[] = [
  { what: "unknown project",                 tab: "Activiteiten", row: 30, column: "Project",     value: "Levenspat",         severity: F, suggestion: "Levenspad" },
  { what: "status spelled loosely",          tab: "Activiteiten", row: 31, column: "status:",     value: "op  Schema",        severity: W, suggestion: "Op schema" },
  { what: "status cut short",                tab: "Activiteiten", row: 32, column: "status:",     value: "achter",            severity: F, suggestion: "Achter op schema" },
  { what: "fase misspelled",                 tab: "Activiteiten", row: 33, column: "FASE",        value: "Uitvoerring",       severity: F, suggestion: "Uitvoering" },
  { what: "unparsable deadline",             tab: "Activiteiten", row: 34, column: "Deadline",    value: "eind 2026",         severity: F, message: ACCEPTED_FORMS },
  { what: "impossible date",                 tab: "Activiteiten", row: 35, column: "Deadline",    value: "31-02-2026",        severity: F, message: ACCEPTED_FORMS },
  { what: "reversed range",                  tab: "Activiteiten", row: 36, column: "Deadline",    value: "dec.-jan. 2026",    severity: F, message: ACCEPTED_FORMS },
  { what: "empty required Onderwerp",        tab: "Activiteiten", row: 37, column: "Onderwerp",   value: "",                  severity: F },
  { what: "#REF! in Deadline",               tab: "Activiteiten", row: 38, column: "Deadline",    value: "#REF!",             severity: F },
  { what: "deadline passed, not Behaald",    tab: "Activiteiten", row: 39, column: "Deadline",    value: "sept. 2026",        severity: W },
  { what: "Behaald with fase Uitvoering",    tab: "Activiteiten", row: 40, column: "FASE",        value: "Uitvoering",        severity: W },
  { what: "trekker not in Leden",            tab: "Activiteiten", row: 41, column: "Trekkers",    value: "Jan de Vries",      severity: W },
  { what: "duplicate Onderwerp in project",  tab: "Activiteiten", row: 42, column: "Onderwerp",   value: "Scholing PZP Huisartsen", severity: W },
  { what: "duplicate ID typed by a partner", tab: "Activiteiten", row: 43, column: "ID",          value: "A-0004",            severity: F },
  { what: "member e-mail shared (1 of 2)",   tab: "Leden",        row: 3,  column: "E-mailadres", value: "t.bakker@zonnehuis.nl", severity: W, message: /rij 9.*geen van beiden krijgt uitnodigingen/ },
  { what: "member e-mail shared (2 of 2)",   tab: "Leden",        row: 9,  column: "E-mailadres", value: "T.Bakker@Zonnehuis.nl", severity: W, message: /rij 3.*geen van beiden krijgt uitnodigingen/ },
  { what: "invalid e-mail",                  tab: "Leden",        row: 10, column: "E-mailadres", value: "j.visser(at)amaris.nl", severity: W, message: /geen uitnodigingen/ },
  { what: "meeting for a group nobody is in", tab: "Vergaderingen", row: 4, column: "Groep",      value: "Werkgroep Rouwzorg", severity: F },
  { what: "meeting ends before it starts",   tab: "Vergaderingen", row: 5, column: "Eindtijd",    value: "13:30",             severity: F, message: /13:30.*15:00/ },
  { what: "invalid Taal",                    tab: "Instellingen", row: 5,  column: "Waarde",      value: "Frans",             severity: W },
  { what: "unknown Instellingen key",        tab: "Instellingen", row: 15, column: "Sleutel",     value: "Huisstijl",         severity: W },
];

/** Loose spellings that count as the canonical value (warnings, the row is used). */
const CANONICAL: Record<string, string> = { "op  Schema": "Op schema" };
/** §2: the add-on's own columns that the export lacks are appended after the last header. */
const APPENDED: Record<string, readonly string[]> = {
  Activiteiten: ["Laatst bijgewerkt"],
  Vergaderingen: ["Agenda-ID", "Uitnodiging", "Verstuurd op"],
};

const plantedIn = (tab: TabFixture) => PLANTED.filter((p) => p.tab === tab.name);
const cleanRows = (tab: TabFixture) => {
  const planted = new Set(plantedIn(tab).map((p) => p.row));
  return rowsOf(tab).filter((r) => !planted.has(r));
};
/** Activity rows without a planted error: the ones dashboards and `Status` use. */
const validActivityRows = () => {
  const failing = new Set(
    plantedIn(ACTIVITIES)
      .filter((p) => p.severity === F)
      .map((p) => p.row),
  );
  return rowsOf(ACTIVITIES).filter((r) => !failing.has(r));
};

// ---------------------------------------------------------------------------------------------------
// The run

interface Problem {
  tab: string;
  row: number;
  column: string;
  value: string;
  severity: string;
  message: string;
  suggestion: string;
}
interface Summary {
  today: string;
  actions: { name: string; outcome: string }[];
  counts: {
    activities: number;
    valid: number;
    byStatus: Record<string, number>;
    byPhase: Record<string, number>;
  };
  problems: Problem[];
}

let tmp = "";
let run: { code: number | null; stdout: string; stderr: string };
let summary: Summary;
let input: ExcelJS.Workbook;
let output: ExcelJS.Workbook;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-e2e-"));
  const file = path.join(tmp, "partner-export.xlsx");
  const out = path.join(tmp, "out");
  await writeFixture(file);
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "build", "local", "cli.js"), "--input", file, "--out", out, "--today", TODAY],
    { cwd: ROOT, encoding: "utf8" },
  );
  run = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  if (r.status !== 0) return;
  summary = JSON.parse(fs.readFileSync(path.join(out, "samenvatting.json"), "utf8"));
  input = new ExcelJS.Workbook();
  await input.xlsx.readFile(file);
  output = new ExcelJS.Workbook();
  await output.xlsx.readFile(path.join(out, "netwerkplan.xlsx"));
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The problems at a cell, as `samenvatting.json` lists them. */
const problemsAt = (tab: string, row: number, column?: string) =>
  summary.problems.filter(
    (p) => p.tab === tab && p.row === row && (column === undefined || p.column === column),
  );

const key = (p: { tab: string; row: number; column: string; severity: string }) =>
  `${p.tab}!${p.row} ‘${p.column}’ ${p.severity}`;

// ---------------------------------------------------------------------------------------------------
// Cells of an xlsx, compared by value

type Plain = null | string | number | boolean | { date: string } | { formula: string; result: Plain };

function plain(v: ExcelJS.CellValue | undefined): Plain {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v !== "object") return v;
  if ("formula" in v) return { formula: String(v.formula), result: plain(v.result as ExcelJS.CellValue) };
  if ("error" in v) return `#error ${v.error}`;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return plain(v.text as ExcelJS.CellValue);
  return JSON.stringify(v);
}

/** Non-empty cells of a sheet: "row,col" → value. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, Plain> {
  const out = new Map<string, Plain>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = plain(cell.value);
      if (v !== null) out.set(`${r},${c}`, v);
    });
  });
  return out;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no tab ${name} in the workbook`);
  return ws;
}

/** Data rows of a generated tab, by header. */
function table(name: string): { row: number; cells: Record<string, ExcelJS.Cell> }[] {
  const ws = sheet(output, name);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((h) => (typeof h === "string" ? h : ""));
  const rows: { row: number; cells: Record<string, ExcelJS.Cell> }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const cells: Record<string, ExcelJS.Cell> = {};
    headers.forEach((h, c) => {
      if (h !== "") cells[h] = row.getCell(c);
    });
    rows.push({ row: r, cells });
  }
  return rows;
}

const columnLetters = (col: number): string =>
  col <= 0 ? "" : columnLetters(Math.floor((col - 1) / 26)) + String.fromCharCode(65 + ((col - 1) % 26));

/** The IDs in the output's `Activiteiten`, by sheet row. */
function outputIds(): Map<number, Plain> {
  const ws = sheet(output, ACTIVITIES.name);
  const col = columnOf(ACTIVITIES, "ID");
  return new Map(rowsOf(ACTIVITIES).map((r) => [r, plain(ws.getCell(r, col).value)]));
}

// ---------------------------------------------------------------------------------------------------

describe(`npm start -- --input <partner export> --today ${TODAY}`, () => {
  test("ends with exit code 0 and writes the summary for that day", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(summary.today).toBe(TODAY);
    expect(summary.actions.find((a) => a.name === "Valideren")?.outcome).toBe("ok");
  });

  describe("every planted mistake is reported at its cell", () => {
    test.each(PLANTED.map((p) => [p.what, p] as const))("%s", (_what, p) => {
      const found = problemsAt(p.tab, p.row, p.column);
      expect(found.map(key)).toEqual([key(p)]);
      const [problem] = found;
      expect(problem!.value).toBe(p.value);
      if (p.suggestion !== undefined) expect(problem!.suggestion).toBe(p.suggestion);
      if (p.message !== undefined) expect(problem!.message).toMatch(p.message);
      expect(problem!.message.length).toBeGreaterThan(20);
    });
  });

  test.each(TABS.map((t) => [t.name, t] as const))("no false alarm on a clean row of %s", (_name, tab) => {
    const clean = cleanRows(tab);
    expect(clean.length).toBeGreaterThan(0);
    const alarms = summary.problems.filter((p) => p.tab === tab.name && clean.includes(p.row));
    expect(alarms).toEqual([]);
  });

  test("nothing but the planted mistakes is reported", () => {
    expect(summary.problems.map(key).sort()).toEqual(PLANTED.map(key).sort());
  });

  test("counts: every activity row, the valid ones, and their statuses and fases", () => {
    const valid = validActivityRows();
    const tally = (header: string) => {
      const out: Record<string, number> = {};
      for (const r of valid) {
        const typed = String(cellOf(ACTIVITIES, r, header)).trim();
        const value = CANONICAL[typed] ?? typed;
        out[value] = (out[value] ?? 0) + 1;
      }
      return out;
    };
    const withZeros = (words: readonly string[], counts: Record<string, number>) =>
      Object.fromEntries(words.map((w) => [w, counts[w] ?? 0]));
    expect(rowsOf(ACTIVITIES)).toHaveLength(39);
    expect(valid).toHaveLength(30);
    expect(summary.counts).toEqual({
      activities: 39,
      valid: 30,
      byStatus: withZeros(["Behaald", "Op schema", "Doorlopend", "Achter op schema"], tally("status:")),
      byPhase: withZeros(["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"], tally("FASE")),
    });
  });

  describe("the partners' cells are unchanged in out/netwerkplan.xlsx", () => {
    test.each(TABS.map((t) => [t.name, t] as const))("%s", (_name, tab) => {
      const before = cellsOf(sheet(input, tab.name));
      const after = cellsOf(sheet(output, tab.name));
      const width = tab.headers.length;
      const idCol = tab === ACTIVITIES ? columnOf(ACTIVITIES, "ID") : -1;
      const changed: string[] = [];
      const appended: [number, Plain][] = [];
      const lastInputRow = Math.max(...[...before.keys()].map((at) => Number(at.split(",")[0])));
      const appendedSettings: Plain[] = [];
      for (const [at, v] of after) {
        const [r, c] = at.split(",").map(Number) as [number, number];
        if (tab === SETTINGS && r > lastInputRow) {
          // Settings the export lacks are added below it, with their defaults (README: Werkblad inrichten).
          if (c === 1) appendedSettings.push(v);
          continue;
        }
        if (c > width) {
          if (r === 1) appended.push([c, v]);
          continue; // the add-on's own columns (their cells are the add-on's to write)
        }
        if (c === idCol && r > 1 && !before.has(at)) continue; // a new ID, checked below
        if (JSON.stringify(v) !== JSON.stringify(before.get(at) ?? null))
          changed.push(`${at}: ${JSON.stringify(v)}`);
      }
      for (const [at, v] of before) if (!after.has(at)) changed.push(`${at}: ${JSON.stringify(v)} removed`);
      expect(changed).toEqual([]);
      // PRODUCT.md §2.5 has two settings this export predates.
      expect(appendedSettings).toEqual(
        tab === SETTINGS ? ["Rapport als PDF", "Inleiding jaaractieplan"] : [],
      );
      const expected = APPENDED[tab.name] ?? [];
      expect(appended.sort(([a], [b]) => a - b)).toEqual(expected.map((h, i) => [width + 1 + i, h]));
    });

    test("empty ID cells of activity rows got new, unique A-0001-style IDs; empty rows stayed empty", () => {
      const ids = outputIds();
      for (const [row, id] of ids) {
        const typed = cellOf(ACTIVITIES, row, "ID");
        if (typed === undefined)
          expect({ row, id }).toEqual({ row, id: expect.stringMatching(/^A-\d{4,}$/) });
      }
      const assigned = [...ids]
        .filter(([r]) => cellOf(ACTIVITIES, r, "ID") === undefined)
        .map(([, id]) => id);
      const typed = rowsOf(ACTIVITIES)
        .map((r) => cellOf(ACTIVITIES, r, "ID"))
        .filter((id) => id !== undefined);
      expect(new Set([...assigned, ...typed]).size).toBe(assigned.length + new Set(typed).size);
      const ws = sheet(output, ACTIVITIES.name);
      for (const r of [6, 15, 29]) expect(ws.getRow(r).hasValues).toBe(false);
    });

    test("a cell typed as text starting with `=` stays text, here and in every generated tab (§7)", () => {
      const cell = sheet(output, ACTIVITIES.name).getCell(17, columnOf(ACTIVITIES, "Onderwerp"));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(EQUALS_TEXT);
      const inStatus = table("Status").filter(({ cells }) => cells.Onderwerp?.value === EQUALS_TEXT);
      expect(inStatus).toHaveLength(1);
      expect(inStatus[0]!.cells.Onderwerp!.type).toBe(ExcelJS.ValueType.String);
      const formulas: string[] = [];
      output.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.type === ExcelJS.ValueType.Formula && c.formula.includes("Gesprekskaarten"))
              formulas.push(`${ws.name}!${c.address}`);
          }),
        ),
      );
      expect(formulas).toEqual([]);
    });
  });

  test("Validatie: one row per problem, with a link that jumps to the cell", () => {
    const rows = table("Validatie");
    expect(rows).toHaveLength(summary.problems.length);
    const gids = new Map<string, string>();
    const seen = rows.map(({ cells }) => {
      const tabName = String(cells.Tabblad?.value);
      const fixture = TABS.find((t) => t.name === tabName)!;
      const row = Number(cells.Rij?.value);
      const column = String(cells.Kolom?.value);
      const link = cells.Link!;
      expect(link.type).toBe(ExcelJS.ValueType.Formula);
      const m = /^HYPERLINK\("#gid=(\d+)&range=([A-Z]+)(\d+)"/.exec(link.formula);
      expect(m).not.toBeNull();
      const [, gid, letters, linkRow] = m!;
      expect(`${letters}${linkRow}`).toBe(`${columnLetters(columnOf(fixture, column))}${row}`);
      if (!gids.has(tabName)) gids.set(tabName, gid!);
      expect(gids.get(tabName)).toBe(gid);
      return key({ tab: tabName, row, column, severity: String(cells.Ernst?.value) });
    });
    expect(seen.sort()).toEqual(summary.problems.map(key).sort());
    expect(new Set(gids.values()).size).toBe(gids.size);
  });

  test("Status lists exactly the valid activities", () => {
    const ids = outputIds();
    const expected = validActivityRows().map((r) => ids.get(r));
    const listed = table("Status").map(({ cells }) => plain(cells.ID?.value));
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
