/** Writing the emulator's model to an .xlsx file. */
import * as fs from "node:fs";
import { stream, ValueType, type Worksheet } from "exceljs";
import type {
  DataValidationData,
  MergeData,
  SheetData,
  SpreadsheetData,
} from "../../emulator/spreadsheet/model";
import {
  a1,
  boxToA1,
  defaultDateFormat,
  instantToWall,
  internals,
  pxToColWidth,
  pxToRowHeight,
  toArgb,
  toExcelStyle,
  toExcelValue,
} from "./mapping";
import { toExcelRule, toExcelValidation } from "./rules";

/** The xlsx limit on the length of a cell's text. */
export const MAX_CELL_TEXT = 32767;

type Truncation = { sheet: string; cell: string; length: number };

/**
 * Sheets grows a row to fit its wrapped text; Excel and LibreOffice keep the stored height when they open
 * a file. So rows with wrapped text (and no height of their own) get a height estimated from the text:
 * about 7 px per character at 10 pt, 17 px per line. Cells merged over several rows are left out.
 */
function wrappedRowHeights(sheet: SheetData): [number, number][] {
  const spanning = new Set<string>();
  const width = new Map<string, number>();
  const colPx = (c: number) => sheet.colWidths[c] ?? 100;
  for (const m of sheet.merges) {
    if (m.numRows > 1) spanning.add(`${m.row}:${m.col}`);
    let w = 0;
    for (let c = m.col; c < m.col + m.numCols; c++) w += colPx(c);
    width.set(`${m.row}:${m.col}`, w);
  }
  const out: [number, number][] = [];
  sheet.cells.forEach((row, r) => {
    if (!row || sheet.rowHeights[r] !== undefined) return;
    let lines = 1;
    row.forEach((c, col) => {
      if (!c?.wrap || typeof c.v !== "string" || c.v === "" || spanning.has(`${r}:${col}`)) return;
      const px = width.get(`${r}:${col}`) ?? colPx(col);
      const perLine = Math.max(1, Math.floor((px - 6) / (7 * ((c.fs ?? 10) / 10))));
      const n = c.v.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) out.push([r, lines * 17 + 4]);
  });
  return out;
}

/** Reference text (formulas, validation sources, links) with the renamed tabs' new names. */
type Renamer = (text: string) => string;

/**
 * What exceljs 4.4's streaming WorksheetWriter has but does not declare: its relationships writer (cell links
 * go through it), the links it holds until the sheet is committed, and the steps of its commit.
 */
interface WriterInternals {
  _sheetRelsWriter: {
    addHyperlink(link: { address: string; target: string }): void;
    _hyperlinks: { address: string; rId: string; target?: string }[];
  };
  /** The uncommitted rows, from row number `_rowZero` on. */
  _rows: unknown[];
  _rowZero: number;
  _writeAutoFilter(): void;
  _writeSheetProtection(): void;
  _writeHyperlinks(): void;
  _writeDataValidations(): void;
}

/**
 * A cell link, as exceljs's in-memory writer writes one: a relationship with the target, and for a place in
 * the workbook (`Tab!A1`) also the element's `location` (HyperlinkXform writes it when the entry has that
 * target), which is what Excel follows; exceljs reads a link back only through its relationship.
 */
function addLink(ws: Worksheet, address: string, target: string): void {
  const rels = (ws as unknown as WriterInternals)._sheetRelsWriter;
  rels.addHyperlink({ address, target });
  rels._hyperlinks[rels._hyperlinks.length - 1]!.target = target;
}

/**
 * exceljs 4.4's streaming writer writes `<hyperlinks>` before `<conditionalFormatting>` and
 * `<dataValidations>`, and `<sheetProtection>` after them, out of the element order of CT_Worksheet (ECMA-376
 * Part 1, §18.3.1.99), which Excel refuses (https://github.com/exceljs/exceljs/pull/2685). Here they are
 * written where the schema puts them: sheetProtection before autoFilter, hyperlinks after dataValidations.
 */
function inSchemaOrder(ws: Worksheet): void {
  const w = ws as unknown as WriterInternals;
  const { _writeAutoFilter, _writeSheetProtection, _writeHyperlinks, _writeDataValidations } = w;
  w._writeSheetProtection = () => {};
  w._writeHyperlinks = () => {};
  w._writeAutoFilter = () => {
    _writeSheetProtection.call(w);
    _writeAutoFilter.call(w);
  };
  w._writeDataValidations = () => {
    _writeDataValidations.call(w);
    _writeHyperlinks.call(w);
  };
}

/** The shared-string table of exceljs 4.4's streaming WorkbookWriter (lib/utils/shared-strings.js). */
interface SharedStringsInternals {
  add(value: unknown): number;
  _values: unknown[];
  _totalRefs: number;
}

/**
 * exceljs 4.4's streaming writer looks its shared strings up by the value as a property name, so every rich
 * text is "[object Object]" and all rich-text cells get the first one's runs
 * (https://github.com/exceljs/exceljs/issues/2267). Here rich text is looked up by its runs, as the in-memory
 * writer's table (SharedStringsXform.addRichText) does.
 */
function richTextByRuns(wb: stream.xlsx.WorkbookWriter): void {
  const strings = (wb as unknown as { sharedStrings: SharedStringsInternals }).sharedStrings;
  const add = strings.add.bind(strings);
  const rich = new Map<string, number>();
  strings.add = (value) => {
    if (typeof value !== "object" || value === null) return add(value);
    const key = JSON.stringify(value);
    let index = rich.get(key);
    if (index === undefined) {
      index = strings._values.length;
      strings._values.push(value);
      rich.set(key, index);
    }
    strings._totalRefs++;
    return index;
  };
}

/**
 * Makes 1-based `row` the writer's first uncommitted row when every row before it is committed. The writer
 * holds its uncommitted rows in an array from `_rowZero` on, so a row far below the last committed one would
 * leave a hole for each row between, which committing shifts out one at a time (quadratic in the gap: a value
 * 200,000 rows down takes minutes).
 */
function skipTo(ws: Worksheet, row: number): void {
  const w = ws as unknown as WriterInternals;
  if (w._rows.length === 0 && w._rowZero < row) w._rowZero = row;
}

/** Rows committed between two turns of the event loop, so the zip takes the sheet's XML as it is written. */
const ROWS_PER_TURN = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes one tab through exceljs's streaming writer, row by row: each row is committed (written to the zip)
 * once its cells are set, so only the rows of a merge still being written are held.
 */
async function writeSheet(
  wb: stream.xlsx.WorkbookWriter,
  sheet: SheetData,
  name: string,
  timeZone: string,
  truncated: Truncation[],
  rename: Renamer,
): Promise<void> {
  const ws = wb.addWorksheet(name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: {
      ...(sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {}),
      // Sheets' default column width (100 px) instead of Excel's; not read back. Row heights are left to
      // the spreadsheet program, so that rows with wrapped text grow to fit, as they do in Sheets.
      defaultColWidth: pxToColWidth(100),
    },
    views: [
      {
        state: sheet.frozenRows || sheet.frozenCols ? "frozen" : "normal",
        xSplit: sheet.frozenCols,
        ySplit: sheet.frozenRows,
        showGridLines: !sheet.hiddenGridlines,
      },
    ],
    // Sheets keeps print settings out of reach of Apps Script, so the export decides them: A4 landscape,
    // one page wide (a dashboard of the seeds' size fits one page).
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
    },
  });
  inSchemaOrder(ws);
  // Columns go before the first row (the writer writes <cols> with it).
  for (const [col, px] of Object.entries(sheet.colWidths)) {
    ws.getColumn(Number(col) + 1).width = pxToColWidth(px);
  }
  for (const col of Object.keys(sheet.hiddenCols ?? {})) ws.getColumn(Number(col) + 1).hidden = true;

  // Row heights: the tab's own, then the estimate for wrapped text.
  const heights = new Map<number, number>();
  for (const [row, px] of Object.entries(sheet.rowHeights)) heights.set(Number(row), px);
  for (const [row, px] of wrappedRowHeights(sheet)) heights.set(row, px);
  const hidden = sheet.hiddenRows ?? {};
  const mergesAt = new Map<number, MergeData[]>();
  for (const m of sheet.merges) {
    const at = mergesAt.get(m.row);
    if (at) at.push(m);
    else mergesAt.set(m.row, [m]);
  }
  const rows = new Set<number>([...heights.keys(), ...Object.keys(hidden).map(Number), ...mergesAt.keys()]);
  sheet.cells.forEach((_line, r) => {
    rows.add(r);
  });

  const validations = new ValidationRanges();
  let written = 0;
  /** The last row of the merges begun so far (the rows go in order, each merge's first row among them). */
  let mergedUntil = -1;
  for (const r of [...rows].sort((a, b) => a - b)) {
    skipTo(ws, r + 1);
    // Merge first, keeping each cell's own style (the writer gives the merged-away cells the first cell's
    // style object, which is still the empty one: every cell written below gets a style object of its own);
    // values of merged-away cells cannot be kept (exceljs redirects them to the top-left cell), so they are
    // skipped below.
    for (const m of mergesAt.get(r) ?? []) {
      ws.mergeCells(boxToA1(m));
      mergedUntil = Math.max(mergedUntil, m.row + m.numRows - 1);
    }
    sheet.cells[r]?.forEach((c, col) => {
      if (!c) return;
      if (c.dv) validations.add(c.dv, r, col);
      // Only cells with something besides a validation are written: validations go in as ranges, so an
      // empty column with a drop-down costs one line of the file, not a cell per row.
      if (!Object.keys(c).some((k) => k !== "dv")) return;
      const cell = ws.getCell(r + 1, col + 1);
      let v = c.v;
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        truncated.push({ sheet: sheet.name, cell: a1(r, col), length: v.length });
        v = cut(v, MAX_CELL_TEXT);
      }
      cell.style = toExcelStyle(c);
      if (v instanceof Date && !c.nf) cell.numFmt = defaultDateFormat(instantToWall(v, timeZone));
      const content = c.f ? { ...c, f: rename(c.f) } : c;
      const merged = cell.type === ValueType.Merge;
      // A link goes with a value (a merged-away cell has none) or a formula.
      if (c.link && (c.f || (!merged && v !== undefined && v !== "")))
        addLink(ws, a1(r, col), excelLink(c.link, rename));
      if (!merged) cell.value = toExcelValue(content, v, timeZone);
      if (c.note) cell.note = c.note;
    });
    const row = ws.findRow(r + 1) ?? (heights.has(r) || hidden[r] ? ws.getRow(r + 1) : undefined);
    if (!row) continue;
    const px = heights.get(r);
    if (px !== undefined) row.height = pxToRowHeight(px);
    if (hidden[r]) {
      row.hidden = true;
      // exceljs leaves out a row without cells or a height; a hidden row's height is never seen.
      if (row.height === undefined) row.height = pxToRowHeight(sheet.rowHeights[r] ?? 21);
    }
    // The streaming writer leaves out a row whose cells are all empty, also when they have a format or a
    // note; the in-memory writer keeps every cell that was set, and so does this one.
    if (row.cellCount > 0 && !row.hasValues) Object.defineProperty(row, "hasValues", { value: true });
    // Rows of a merge further down are committed with its last row.
    if (r >= mergedUntil) row.commit();
    if (++written % ROWS_PER_TURN === 0) await nextTurn();
  }
  validations.write(ws, rename);
  // Sheets applies the first matching rule; in Excel priority 1 goes first.
  sheet.conditionalFormatRules.forEach((rule, i) => {
    const first = rule.ranges[0];
    const excel = first && toExcelRule(rule, a1(first.row, first.col), i + 1);
    if (excel) ws.addConditionalFormatting({ ref: rule.ranges.map(boxToA1).join(" "), rules: [excel] });
  });
  if (sheet.filter) ws.autoFilter = boxToA1(sheet.filter);
  // Only whole-sheet protections have an xlsx equivalent. Warning-only protection (Sheets warns but
  // lets the edit through) has none and is left out; so are range protections and descriptions.
  if (sheet.protections.some((p) => p.range === null && !p.warningOnly)) {
    internals(ws).sheetProtection = { sheet: true }; // what ws.protect() sets without a password, synchronously
  }
  // sheet.charts are left out: exceljs cannot write charts (the HTML preview draws them as SVG).
  ws.commit();
}

/** A tab written under another name than its own, and why (for samenvatting.json). */
export interface RenamedTab {
  tab: string;
  written: string;
  reason: string;
}

/**
 * Writes every sheet, in order, to an .xlsx file. Cell text over the xlsx limit of 32,767 characters is cut
 * to the limit and reported; tabs whose names Excel does not allow are written under a name it does, with
 * references to them (formulas, drop-down sources, links) following, and reported.
 */
export async function writeXlsx(
  ss: SpreadsheetData,
  file: string,
): Promise<{ truncated: Truncation[]; renamed: RenamedTab[] }> {
  // Streaming: the file is written tab by tab, row by row, and no tab is held as exceljs cells.
  const out = fs.createWriteStream(file);
  // The writer is done when the zip is flushed; the file is done (and the writer let go) when it is closed.
  const closed = new Promise<void>((resolve, reject) => {
    out.on("close", resolve);
    out.on("error", reject);
  });
  closed.catch(() => {}); // awaited below, after the tabs are written
  const wb = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  richTextByRuns(wb);
  const truncated: Truncation[] = [];
  const names = excelSheetNames(ss.sheets.map((s) => s.name));
  const renamed: RenamedTab[] = [];
  ss.sheets.forEach((s, i) => {
    const written = names[i]!;
    if (written !== s.name) renamed.push({ tab: s.name, written, reason: whyRenamed(s.name) });
  });
  const rename = renamer(renamed);
  for (const [i, sheet] of ss.sheets.entries()) {
    await writeSheet(wb, sheet, names[i]!, ss.timeZone, truncated, rename);
  }
  // Excel opens on the active sheet, or the first visible one when that is hidden.
  const active =
    ss.sheets.find((s) => s.id === ss.activeSheetId && !s.hidden) ?? ss.sheets.find((s) => !s.hidden);
  const activeTab = Math.max(0, ss.sheets.indexOf(active!));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  // A file that cannot be written fails the write at once, not only when the zip is finished.
  await Promise.race([wb.commit(), closed]);
  await closed;
  return { truncated, renamed };
}

// ---------------------------------------------------------------------------------------------------
// Data validations as ranges: per column, each run of rows with the same rule is one range; ranges of one
// rule are one <dataValidation> with all of them in its sqref.

class ValidationRanges {
  /** Rule key -> rule and its ranges. */
  private readonly rules = new Map<string, { dv: DataValidationData; boxes: MergeData[] }>();
  private readonly keys = new WeakMap<DataValidationData, string>();
  /** Per column: the open run (rule key, first row, last row). */
  private readonly open = new Map<number, { key: string; box: MergeData }>();

  private keyOf(dv: DataValidationData): string {
    let key = this.keys.get(dv);
    if (key === undefined) {
      key = JSON.stringify(dv);
      this.keys.set(dv, key);
    }
    return key;
  }

  /** Cells must be added row by row, left to right. */
  add(dv: DataValidationData, row: number, col: number): void {
    const key = this.keyOf(dv);
    const run = this.open.get(col);
    if (run && run.key === key && run.box.row + run.box.numRows === row) {
      run.box.numRows++;
      return;
    }
    const box = { row, col, numRows: 1, numCols: 1 };
    this.open.set(col, { key, box });
    const rule = this.rules.get(key) ?? { dv, boxes: [] };
    rule.boxes.push(box);
    this.rules.set(key, rule);
  }

  write(ws: Worksheet, rename: Renamer): void {
    const model = internals(ws).dataValidations.model;
    for (const { dv, boxes } of this.rules.values()) {
      const x = toExcelValidation(dv.range ? { ...dv, range: rename(dv.range) } : dv);
      if (!x) continue;
      // Side by side columns with the same rows are one range.
      const merged: MergeData[] = [];
      for (const b of [...boxes].sort((p, q) => p.row - q.row || p.col - q.col)) {
        const last = merged[merged.length - 1];
        if (last && last.row === b.row && last.numRows === b.numRows && last.col + last.numCols === b.col)
          last.numCols++;
        else merged.push({ ...b });
      }
      // exceljs writes a key that is a range as that range (xlsx/xform/sheet/data-validations-xform.js).
      for (const b of merged) model[b.numRows === 1 && b.numCols === 1 ? a1(b.row, b.col) : boxToA1(b)] = x;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Tab names. Sheets allows any name up to 100 characters; Excel reserves `History` (in any case), allows
// at most 31 characters, none of * ? : / \ [ ], and no ' at the start or end.

const EXCEL_MAX_NAME = 31;

function excelProblems(name: string): string[] {
  const out: string[] = [];
  if (name.toLowerCase() === "history") out.push("Excel reserveert de naam ‘History’");
  if (/[*?:/\\[\]]/.test(name)) out.push("Excel staat de tekens * ? : / \\ [ ] niet toe in een tabbladnaam");
  if (/^'|'$/.test(name)) out.push("een tabbladnaam mag in Excel niet met een apostrof beginnen of eindigen");
  if (name.length > EXCEL_MAX_NAME) out.push(`Excel staat hoogstens ${EXCEL_MAX_NAME} tekens toe`);
  return out;
}

function whyRenamed(name: string): string {
  const problems = excelProblems(name);
  return problems.length > 0
    ? `${problems.join("; ")}.`
    : "de ingekorte naam van een ander tabblad is gelijk aan deze naam.";
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).replace(/[\uD800-\uDBFF]$/, "");
}

/**
 * The names the tabs get in the xlsx file: their own where Excel allows it; otherwise the name without the
 * characters Excel refuses, cut to 31 characters, and numbered (" (2)") where it would equal another tab's
 * name or History.
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(["history"]);
  const out: (string | null)[] = names.map((n) => {
    if (excelProblems(n).length > 0 || taken.has(n.toLowerCase())) return null;
    taken.add(n.toLowerCase());
    return n;
  });
  return names.map((n, i) => {
    const own = out[i];
    if (own) return own;
    const base =
      n
        .replace(/[*?:/\\[\]]/g, "_")
        .replace(/^'+|'+$/g, "")
        .trim() || "Blad";
    let candidate = cut(base, EXCEL_MAX_NAME);
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      candidate = cut(base, EXCEL_MAX_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A tab's name as a formula writes it: bare when it may be, else quoted. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites `Tab!`, `'Tab'!` and `#Tab!` references to renamed tabs, outside string literals of formulas. */
function renamer(renamed: RenamedTab[]): Renamer {
  if (renamed.length === 0) return (text) => text;
  const patterns = renamed.map(({ tab, written }) => ({
    re: new RegExp(
      `(^|[^\\w.'\u00C0-\uFFFF])(?:'${escapeRe(tab.replace(/'/g, "''"))}'|${escapeRe(tab)})!`,
      "gi",
    ),
    to: `${sheetRef(written)}!`,
  }));
  const inPart = (part: string) => patterns.reduce((t, p) => t.replace(p.re, (_m, pre) => pre + p.to), part);
  return (text) =>
    text
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) => (i % 2 ? part : inPart(part)))
      .join("");
}

/**
 * A cell's link as exceljs writes it: a URL as it is; a place in the workbook (`#Tab!A1`) without the `#`,
 * which exceljs writes as an internal location when it has the form Tab!A1.
 */
function excelLink(link: string, rename: Renamer): string {
  if (!link.startsWith("#")) return link;
  const place = rename(link.slice(1));
  return /^[^!]+![a-zA-Z]+\d+$/.test(place) ? place : `#${place}`;
}
