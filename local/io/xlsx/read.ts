/** Reading an .xlsx file into the emulator's model. */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Cell, ValueType, Workbook, type Worksheet } from "exceljs";
import { MAX_CELLS } from "../../emulator/spreadsheet/grid";
import {
  type CellData,
  DEFAULT_COLS,
  DEFAULT_ROWS,
  type MergeData,
  newSheetData,
  type SheetData,
  type SpreadsheetData,
} from "../../emulator/spreadsheet/model";
import {
  a1,
  a1ToBox,
  colWidthToPx,
  compact,
  fromExcelContent,
  fromExcelFormula,
  fromExcelStyle,
  hexOf,
  internals,
  noteText,
  rowHeightToPx,
} from "./mapping";
import { type PreparedPackage, preparePackage, type SheetExtras } from "./package";
import { fromExcelRule, fromExcelValidation } from "./rules";

/** Unusable input file; `message` is a Dutch sentence for the user. */
export class XlsxInputError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "XlsxInputError";
  }
}

const MESSAGES = {
  missing: (f: string) => `Het bestand ${f} bestaat niet.`,
  unreadable: (f: string) => `Het bestand ${f} kan niet worden gelezen.`,
  notXlsx: (f: string) => `${f} is geen Excel-bestand (.xlsx) of het is beschadigd.`,
  encrypted: (f: string) =>
    `${f} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer het opnieuw.`,
  xls: (f: string) => `${f} is een oud Excel-bestand (.xls); sla het op als .xlsx en probeer het opnieuw.`,
  emptyName: (f: string) => `${f} heeft een tabblad zonder naam; Google Sheets staat dat niet toe.`,
  longName: (f: string, name: string) =>
    `${f} heeft een tabblad met een naam van ${name.length} tekens (‘${name.slice(0, 40)}…’); Google Sheets staat hoogstens ${MAX_SHEETS_NAME} tekens toe. Geef het een kortere naam en probeer het opnieuw.`,
  sameName: (f: string, a: string, b: string) =>
    `${f} heeft twee tabbladen met dezelfde naam (‘${a}’ en ‘${b}’); Google Sheets staat dat niet toe.`,
  tooLarge: (f: string, total: number, tab: string, rows: number, cols: number, cell: string) =>
    `${f} is te groot voor Google Sheets: de tabbladen beslaan samen ${nl(total)} cellen en een spreadsheet mag er hoogstens ${nl(MAX_CELLS)} hebben. Het tabblad ‘${tab}’ alleen al is ${nl(rows)} rijen lang (tot cel ${cell}) en ${nl(cols)} kolommen breed. Haal de lege rijen en kolommen onder en rechts van de gegevens weg en probeer het opnieuw.`,
};

/** Google Sheets' limit on the characters of a tab name (cells per spreadsheet: MAX_CELLS). */
const MAX_SHEETS_NAME = 100;
const nl = (n: number) => new Intl.NumberFormat("nl-NL").format(n);

const DEFAULT_TIME_ZONE = "Europe/Amsterdam";
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: encrypted OOXML (with an "EncryptionInfo" stream) or an old .xls. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function loadWorkbook(file: string): Promise<{ wb: Workbook; pkg: PreparedPackage }> {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" ? MESSAGES.missing : code === "EISDIR" ? MESSAGES.notXlsx : MESSAGES.unreadable;
    throw new XlsxInputError(message(file), err);
  }
  if (data.subarray(0, 8).equals(CFB_MAGIC)) {
    const encrypted = data.includes(Buffer.from("EncryptionInfo", "utf16le"));
    throw new XlsxInputError((encrypted ? MESSAGES.encrypted : MESSAGES.xls)(file));
  }
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) throw new XlsxInputError(MESSAGES.notXlsx(file));
  const pkg = await preparePackage(new Uint8Array(data));
  refuseNames(file, pkg.allNames);
  const wb = new Workbook();
  try {
    // exceljs types `load` with its own ArrayBuffer-shaped Buffer; a copy as ArrayBuffer satisfies both.
    await wb.xlsx.load(new Uint8Array(pkg.data).buffer);
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
  if (wb.worksheets.length === 0) throw new XlsxInputError(MESSAGES.notXlsx(file));
  return { wb, pkg };
}

/** Names Google Sheets cannot hold (it allows any other text up to 100 characters, once per spreadsheet). */
function refuseNames(file: string, names: string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.trim() === "") throw new XlsxInputError(MESSAGES.emptyName(file));
    if (name.length > MAX_SHEETS_NAME) throw new XlsxInputError(MESSAGES.longName(file, name));
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) throw new XlsxInputError(MESSAGES.sameName(file, other, name));
    seen.set(name.toLowerCase(), name);
  }
}

function readCell(cell: Cell, timeZone: string): CellData | null {
  const c = fromExcelStyle(cell.style ?? {});
  if (cell.type === ValueType.Formula) {
    c.f = fromExcelFormula(cell.formula);
    // cell.result, not cell.value.result: exceljs drops a cached 0, false or "" from the latter.
    Object.assign(c, fromExcelContent(cell.result, timeZone));
  } else if (cell.type !== ValueType.Merge) {
    Object.assign(c, fromExcelContent(cell.value, timeZone));
  }
  c.note = noteText(cell.note);
  const out = compact(c);
  return Object.keys(out).length ? out : null;
}

/** The cell at (row, col) of a sparse grid, created (as `init`) when missing. */
function cellAt(cells: CellData[][], row: number, col: number, init: CellData = {}): CellData {
  const cellRow = cells[row] ?? [];
  cells[row] = cellRow;
  const cell = cellRow[col] ?? init;
  cellRow[col] = cell;
  return cell;
}

/** "D2:D100", "D5", "D:D" or "2:3" as a 0-based box within a grid of maxRows x maxCols; null when outside. */
function refToBox(ref: string, maxRows: number, maxCols: number): MergeData | null {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(ref);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  const box = cols
    ? { ...a1ToBox(`${cols[1]}1:${cols[2]}${maxRows}`)! }
    : rows
      ? { ...a1ToBox(`A${rows[1]}:A${rows[2]}`)!, col: 0, numCols: maxCols }
      : a1ToBox(ref);
  if (!box || box.row >= maxRows || box.col >= maxCols) return null;
  box.numRows = Math.min(box.numRows, maxRows - box.row);
  box.numCols = Math.min(box.numCols, maxCols - box.col);
  return box;
}

/** A sheet as read: its model (without the grid size yet), and how far its content reaches. */
interface ReadSheet {
  sheet: SheetData;
  cells: CellData[][];
  /** Rows and columns the content, formats, merges and filter reach (1-based counts; 0 when empty). */
  used: { rows: number; cols: number };
  extras: SheetExtras | undefined;
  /** The farthest cell down (A1), for the message when the workbook is too large. */
  farthest: string;
}

function readSheet(ws: Worksheet, id: number, timeZone: string, pkg: PreparedPackage): ReadSheet {
  const sheet = newSheetData(id, pkg.names.get(ws.id) ?? ws.name);
  // Sparse: rows without cells stay holes, so a stray value far down costs one row, not a million.
  const cells: CellData[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.height) sheet.rowHeights[r - 1] = rowHeightToPx(row.height);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const data = readCell(cell, timeZone);
      if (data) cellAt(cells, r - 1, col - 1, data);
    });
  }
  const extras = pkg.extras.get(ws.id);
  for (const [ref, link] of extras?.links ?? []) {
    const box = a1ToBox(ref);
    if (!box) continue;
    // A link on a range belongs to each of its cells that has a value.
    for (let r = box.row; r < box.row + box.numRows; r++) {
      for (let c = box.col; c < box.col + box.numCols; c++) {
        const cell = cells[r]?.[c];
        if (cell && cell.v !== undefined && cell.v !== "") cell.link = link;
      }
    }
  }
  for (const col of ws.columns ?? []) {
    if (col.width !== undefined && col.number) sheet.colWidths[col.number - 1] = colWidthToPx(col.width);
  }
  sheet.merges = (ws.model.merges ?? []).map(a1ToBox).filter((b): b is MergeData => b !== null);
  sheet.filter = typeof ws.autoFilter === "string" ? a1ToBox(ws.autoFilter) : null;

  const boxes = [...sheet.merges, ...(sheet.filter ? [sheet.filter] : [])];
  let lastLine = -1;
  let cols = 0;
  cells.forEach((line, r) => {
    lastLine = r;
    cols = Math.max(cols, line.length);
  });
  const used = {
    rows: Math.max(lastLine + 1, ...boxes.map((b) => b.row + b.numRows)),
    cols: Math.max(cols, ...boxes.map((b) => b.col + b.numCols)),
  };
  const farthestLine = cells[lastLine] ?? [];
  const farthest = a1(Math.max(lastLine, 0), Math.max(farthestLine.findIndex(Boolean), 0));

  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenCols = view.xSplit ?? 0;
  }
  sheet.hiddenGridlines = view?.showGridLines === false;
  sheet.hidden = ws.state === "hidden" || ws.state === "veryHidden";
  sheet.tabColor = hexOf(ws.properties.tabColor) ?? null;
  for (const cf of internals(ws).conditionalFormattings ?? []) {
    const ranges = cf.ref.split(/\s+/).map(a1ToBox);
    if (ranges.some((b) => !b)) continue;
    for (const rule of cf.rules) {
      const data = fromExcelRule(rule, ranges as MergeData[]);
      if (data) sheet.conditionalFormatRules.push(data);
    }
  }
  if (internals(ws).sheetProtection?.sheet) {
    sheet.protections.push({ range: null, description: "", warningOnly: false });
  }
  return { sheet, cells, used, extras, farthest };
}

/**
 * The grid: as in a new Sheets tab, at least 1,000 rows and 26 columns, or larger to hold what the tab uses.
 * When those minimums would take the spreadsheet past Sheets' 10,000,000 cells, the largest tabs, one by
 * one, are made exactly as large as what they use; when even that is too large, the file is refused (Sheets
 * could not hold it).
 */
function sizeGrids(file: string, read: ReadSheet[]): void {
  const sizes = read.map(({ used }) => ({
    rows: Math.max(DEFAULT_ROWS, used.rows),
    cols: Math.max(DEFAULT_COLS, used.cols),
  }));
  const tight = read.map(({ used }) => ({ rows: Math.max(1, used.rows), cols: Math.max(1, used.cols) }));
  const area = (s: { rows: number; cols: number }) => s.rows * s.cols;
  const total = () => sizes.reduce((n, s) => n + area(s), 0);
  const largestFirst = read.map((_, i) => i).sort((a, b) => area(tight[b]!) - area(tight[a]!));
  for (const i of largestFirst) {
    if (total() <= MAX_CELLS) break;
    sizes[i] = tight[i]!;
  }
  if (total() > MAX_CELLS) {
    const i = largestFirst[0]!;
    const big = read[i]!;
    throw new XlsxInputError(
      MESSAGES.tooLarge(file, total(), big.sheet.name, tight[i]!.rows, tight[i]!.cols, big.farthest),
    );
  }
  read.forEach((r, i) => {
    r.sheet.maxRows = sizes[i]!.rows;
    r.sheet.maxCols = sizes[i]!.cols;
  });
}

/** The validations taken from the package, as ranges, on the cells of the grid they cover. */
function applyValidations(r: ReadSheet, ws: Worksheet): void {
  const { sheet, cells } = r;
  const found = r.extras?.validations ?? [];
  // Anything exceljs still read itself (one entry per cell).
  for (const [address, x] of Object.entries(internals(ws).dataValidations.model)) {
    if (x) found.push({ sqref: address, validation: x });
  }
  for (const { sqref, validation } of found) {
    const dv = fromExcelValidation(validation);
    for (const ref of sqref.split(/\s+/)) {
      const box = ref ? refToBox(ref, sheet.maxRows, sheet.maxCols) : null;
      if (!box) continue;
      for (let row = box.row; row < box.row + box.numRows; row++) {
        for (let col = box.col; col < box.col + box.numCols; col++) cellAt(cells, row, col).dv = dv;
      }
    }
  }
  // Rows stay holes where there is nothing; within a row, empty cells are null.
  sheet.cells = [];
  cells.forEach((line, row) => {
    sheet.cells[row] = Array.from(line, (c) => c ?? null);
  });
  sheet.cells.length = cells.length;
}

/**
 * Reads every worksheet of an .xlsx file into the model; the first sheet is active, sheet ids are
 * 0..n-1. Unusable input throws XlsxInputError.
 */
export async function readXlsx(
  file: string,
  opts: { id?: string; timeZone?: string } = {},
): Promise<SpreadsheetData> {
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const { wb, pkg } = await loadWorkbook(file);
  const name = path.basename(file, path.extname(file));
  let read: ReadSheet[];
  try {
    read = wb.worksheets.map((ws, i) => readSheet(ws, i, timeZone, pkg));
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
  sizeGrids(file, read);
  read.forEach((r, i) => {
    applyValidations(r, wb.worksheets[i]!);
  });
  const sheets = read.map((r) => r.sheet);
  return {
    id: opts.id ?? `xlsx-${name}`,
    name,
    locale: "nl_NL",
    timeZone,
    sheets,
    activeSheetId: 0,
    nextSheetId: sheets.length,
    nextChartId: 1,
  };
}
