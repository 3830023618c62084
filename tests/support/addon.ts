/** Running the built add-on (dist/Code.js) inside the emulator, for integration tests. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import {
  type CellValue,
  type ConditionalFormatRuleData,
  newSheetData,
  type SheetData,
  type SpreadsheetData,
} from "../../local/emulator/spreadsheet/model";
import { AddonRunner } from "../../local/run";
import { DEFAULT_STATUS_COLOURS } from "../../src/core/tabs";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

export type Rows = (CellValue | "")[][];

export function sheetFromRows(id: number, name: string, rows: Rows): SheetData {
  const sheet = newSheetData(
    id,
    name,
    Math.max(1000, rows.length),
    Math.max(26, ...rows.map((r) => r.length)),
  );
  sheet.cells = rows.map((r) => r.map((v) => (v === "" ? null : { v })));
  return sheet;
}

/** An account whose active spreadsheet holds the given tabs (in order). */
export function accountWith(tabs: Record<string, Rows>): { account: Account; ss: SpreadsheetData } {
  const account = new Account();
  const ss = account.createSpreadsheet("Netwerk test");
  const entries = Object.entries(tabs);
  if (entries.length > 0) {
    ss.sheets = entries.map(([name, rows], i) => sheetFromRows(i, name, rows));
    ss.nextSheetId = entries.length;
    ss.activeSheetId = 0;
  }
  account.data.activeSpreadsheetId = ss.id;
  return { account, ss };
}

export function runnerFor(account: Account, today = "2026-11-22", distDir = DIST): AddonRunner {
  const runner = new AddonRunner({ account, distDir, today });
  const opened = runner.open("FULL");
  if (opened.error) throw new Error(opened.error);
  return runner;
}

/** Values of a sheet as a rectangle of plain values ("" for empty), trimmed to content. */
export function valuesOf(sheet: SheetData): unknown[][] {
  let lastRow = -1;
  let lastCol = -1;
  sheet.cells.forEach((row, r) => {
    row?.forEach((c, ci) => {
      if (c && (c.v !== undefined || c.f !== undefined)) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, ci);
      }
    });
  });
  const out: unknown[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 0; c <= lastCol; c++) row.push(sheet.cells[r]?.[c]?.v ?? "");
    out.push(row);
  }
  return out;
}

export function tab(ss: SpreadsheetData, name: string): SheetData {
  const s = ss.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

/**
 * Types a setting into `Instellingen` as a partner would: `value` in the Waarde column of the row of `key`, or
 * a new row at the end when there is none. True when the row was there.
 */
export function setting(ss: SpreadsheetData, key: string, value: string | boolean): boolean {
  const cells = tab(ss, "Instellingen").cells;
  const row = cells.find((r) => r?.[0]?.v === key);
  if (row) row[1] = { v: value };
  else cells.push([{ v: key }, { v: value }]);
  return row !== undefined;
}

/** A partner's own conditional format on `Activiteiten` (not on the Status column): never the add-on's to touch. */
export const PARTNER_RULE: ConditionalFormatRuleData = {
  ranges: [{ row: 1, col: 0, numRows: 30, numCols: 3 }],
  condition: { type: "TEXT_CONTAINS", values: ["vervalt"] },
  format: { background: "#ff0000" },
};

/**
 * A one-activity network with a Status column (the sixth) for the input-help and status-colour tests: its
 * Activiteiten, Projecten and Leden (Sanne, in Kerngroep and Bestuurders).
 */
export function statusNetwork(): Record<string, Rows> {
  return {
    Activiteiten: [
      ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"],
      ["Levenspad", "Folder", "NWC", "Dec. 2026", "Uitvoering", "Op schema"],
    ],
    Projecten: [
      ["Korte naam", "Naam"],
      ["", "Levenspad"],
    ],
    Leden: [
      ["Naam", "E-mail", "Groepen", "Actief"],
      ["Sanne", "s@example.org", "Kerngroep, Bestuurders", true],
    ],
  };
}

/** The four statuses, in the order the add-on lists them. */
export const STATUS_WORDS = ["Behaald", "Op schema", "Doorlopend", "Achter op schema"] as const;

/** The add-on's four status rules on column `col` (0-based) of a tab of `rows` rows, as SpreadsheetApp made them. */
export const ownStatusRules = (
  col: number,
  rows: number,
  colours: Record<string, string> = DEFAULT_STATUS_COLOURS,
): ConditionalFormatRuleData[] =>
  STATUS_WORDS.map((status) => ({
    ranges: [{ row: 1, col, numRows: rows - 1, numCols: 1 }],
    condition: { type: "TEXT_EQUAL_TO", values: [status] },
    format: { background: colours[status]! },
  }));

/** A temporary folder for the file's runs, made before its tests and removed after them. */
export function tempFolder(prefix: string): () => string {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/**
 * A copy of dist/ in a temporary folder for the file's tests (made before them, `edit`ed once, removed
 * after): for runs whose project files are changed or taken away.
 */
export function distCopy(prefix: string, edit?: (dir: string) => void): () => string {
  const folder = tempFolder(prefix);
  beforeAll(() => {
    fs.cpSync(DIST, folder(), { recursive: true });
    edit?.(folder());
  });
  return folder;
}

/** Runs `body` with the files `names` of folder `dir` moved away, and puts them back. */
export function withFilesAway(dir: string, names: readonly string[], body: () => void): void {
  for (const f of names) fs.renameSync(path.join(dir, f), path.join(dir, `${f}.away`));
  try {
    body();
  } finally {
    for (const f of names) fs.renameSync(path.join(dir, `${f}.away`), path.join(dir, f));
  }
}
