/** Writing the emulator's model to an .xlsx file. */
import { ValueType, Workbook } from "exceljs";
import type { SheetData, SpreadsheetData } from "../../emulator/spreadsheet/model";
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

function writeSheet(wb: Workbook, sheet: SheetData, timeZone: string, truncated: Truncation[]): void {
  const ws = wb.addWorksheet(sheet.name, {
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
  // Merge first, keeping each cell's own style; values of merged-away cells cannot be kept (exceljs
  // redirects them to the top-left cell), so they are skipped below.
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(boxToA1(m));

  sheet.cells.forEach((row, r) => {
    row?.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      let v = c.v;
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        truncated.push({ sheet: sheet.name, cell: a1(r, col), length: v.length });
        v = v.slice(0, MAX_CELL_TEXT).replace(/[\uD800-\uDBFF]$/, "");
      }
      // Every cell in the model gets a style, which also makes exceljs write empty cells (and so their
      // notes and validations).
      cell.style = toExcelStyle(c);
      if (v instanceof Date && !c.nf) cell.numFmt = defaultDateFormat(instantToWall(v, timeZone));
      if (cell.type !== ValueType.Merge) cell.value = toExcelValue(c, v, timeZone);
      if (c.note) cell.note = c.note;
      const dv = c.dv && toExcelValidation(c.dv);
      if (dv) cell.dataValidation = dv;
    });
  });

  for (const [col, px] of Object.entries(sheet.colWidths)) {
    ws.getColumn(Number(col) + 1).width = pxToColWidth(px);
  }
  for (const [row, px] of Object.entries(sheet.rowHeights)) {
    ws.getRow(Number(row) + 1).height = pxToRowHeight(px);
  }
  for (const [row, px] of wrappedRowHeights(sheet)) ws.getRow(row + 1).height = pxToRowHeight(px);
  for (const r of Object.keys(sheet.hiddenRows ?? {})) {
    const row = ws.getRow(Number(r) + 1);
    row.hidden = true;
    // exceljs leaves out a row without cells or a height; a hidden row's height is never seen.
    if (row.height === undefined) row.height = pxToRowHeight(sheet.rowHeights[Number(r)] ?? 21);
  }
  for (const col of Object.keys(sheet.hiddenCols ?? {})) ws.getColumn(Number(col) + 1).hidden = true;
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
}

/**
 * Writes every sheet, in order, to an .xlsx file. Cell text over the xlsx limit of 32,767 characters
 * is cut to the limit and reported. Page setup is left at exceljs's defaults.
 */
export async function writeXlsx(ss: SpreadsheetData, file: string): Promise<{ truncated: Truncation[] }> {
  const wb = new Workbook();
  const truncated: Truncation[] = [];
  for (const sheet of ss.sheets) writeSheet(wb, sheet, ss.timeZone, truncated);
  // Excel opens on the active sheet, or the first visible one when that is hidden.
  const active =
    ss.sheets.find((s) => s.id === ss.activeSheetId && !s.hidden) ?? ss.sheets.find((s) => !s.hidden);
  const activeTab = Math.max(0, ss.sheets.indexOf(active!));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  await wb.xlsx.writeFile(file);
  return { truncated };
}
