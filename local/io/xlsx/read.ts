/** Reading an .xlsx file into the emulator's model. */
import * as fs from "node:fs";
import * as path from "node:path";
import { type Cell, ValueType, Workbook, type Worksheet } from "exceljs";
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
  a1ToBox,
  colWidthToPx,
  compact,
  fromExcelFormula,
  fromExcelStyle,
  fromExcelValue,
  hexOf,
  internals,
  noteText,
  rowHeightToPx,
} from "./mapping";
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
};

const DEFAULT_TIME_ZONE = "Europe/Amsterdam";
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: encrypted OOXML (with an "EncryptionInfo" stream) or an old .xls. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function loadWorkbook(file: string): Promise<Workbook> {
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
  const wb = new Workbook();
  try {
    // exceljs types `load` with its own ArrayBuffer-shaped Buffer; a copy as ArrayBuffer satisfies both.
    await wb.xlsx.load(new Uint8Array(data).buffer);
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
  if (wb.worksheets.length === 0) throw new XlsxInputError(MESSAGES.notXlsx(file));
  return wb;
}

function readCell(cell: Cell, timeZone: string): CellData | null {
  const c = fromExcelStyle(cell.style ?? {});
  if (cell.type === ValueType.Formula) {
    c.f = fromExcelFormula(cell.formula);
    // cell.result, not cell.value.result: exceljs drops a cached 0, false or "" from the latter.
    c.v = fromExcelValue(cell.result, timeZone);
  } else if (cell.type !== ValueType.Merge) {
    c.v = fromExcelValue(cell.value, timeZone);
  }
  c.note = noteText(cell.note);
  compact(c);
  return Object.keys(c).length ? c : null;
}

/** The cell at (row, col) of a sparse grid, created (as `init`) when missing. */
function cellAt(cells: CellData[][], row: number, col: number, init: CellData = {}): CellData {
  const cellRow = cells[row] ?? [];
  cells[row] = cellRow;
  const cell = cellRow[col] ?? init;
  cellRow[col] = cell;
  return cell;
}

function readSheet(ws: Worksheet, id: number, timeZone: string): SheetData {
  const sheet = newSheetData(id, ws.name);
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
  for (const col of ws.columns ?? []) {
    if (col.width !== undefined && col.number) sheet.colWidths[col.number - 1] = colWidthToPx(col.width);
  }
  sheet.merges = (ws.model.merges ?? []).map(a1ToBox).filter((b): b is MergeData => b !== null);
  sheet.filter = typeof ws.autoFilter === "string" ? a1ToBox(ws.autoFilter) : null;

  const boxes = [...sheet.merges, ...(sheet.filter ? [sheet.filter] : [])];
  sheet.maxRows = Math.max(DEFAULT_ROWS, cells.length, ...boxes.map((b) => b.row + b.numRows));
  sheet.maxCols = Math.max(
    DEFAULT_COLS,
    cells.reduce((n, row) => Math.max(n, row?.length ?? 0), 0),
    ...boxes.map((b) => b.col + b.numCols),
  );

  // exceljs expands each validation to one entry per cell; those outside the grid are dropped.
  for (const [address, x] of Object.entries(internals(ws).dataValidations.model)) {
    const box = x && a1ToBox(address);
    if (!box || box.row >= sheet.maxRows || box.col >= sheet.maxCols) continue;
    cellAt(cells, box.row, box.col).dv = fromExcelValidation(x);
  }
  sheet.cells = Array.from(cells, (row) => Array.from(row ?? [], (c) => c ?? null));

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
  return sheet;
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
  const wb = await loadWorkbook(file);
  const name = path.basename(file, path.extname(file));
  let sheets: SheetData[];
  try {
    sheets = wb.worksheets.map((ws, i) => readSheet(ws, i, timeZone));
  } catch (err) {
    throw new XlsxInputError(MESSAGES.notXlsx(file), err);
  }
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
