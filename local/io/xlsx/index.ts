/**
 * xlsx <-> the emulator's spreadsheet model (model.ts), with exceljs: read.ts reads a file, write.ts writes
 * one with exceljs's streaming writer (tab by tab, row by row, so a large workbook is never held as exceljs
 * cells), mapping.ts (cells) and rules.ts (validations, conditional formats) map between the two.
 *
 * What round-trips (model -> xlsx -> model): values (strings, numbers, booleans, dates, error values as
 * errors), formulas with their cached result, cell links (URLs and places in the workbook, also on formula
 * cells), rich text with the styles of each run, bold, italic, font colour and size, solid backgrounds,
 * number formats, notes, wrap and alignment, merges, frozen rows/columns, hidden gridlines, hidden sheets, tab colours, column
 * widths, row heights, drop-down/checkbox validations, TEXT_EQUAL_TO / TEXT_CONTAINS conditional
 * formats, the basic filter and whole-sheet (non-warning) protections.
 *
 * Dates: Excel's regional built-in formats (numFmtId 14 and 22, which show a date the way the reader's
 * computer does and which exceljs names by their US form "mm-dd-yy") are read and written as the Dutch
 * "d-m-yyyy" (and "d-m-yyyy h:mm"); a date without a format is written as "dd-mm-yyyy".
 *
 * Sparse: rows without cells stay holes in the model; validations are read and written as ranges (a
 * drop-down on a whole column is one line of the file, not a cell per row), cells that hold only a
 * validation are not written. A workbook that needs more than Google Sheets' 10,000,000 cells is refused.
 *
 * Tab names: read as the file has them (package.ts gets them past exceljs, which refuses names Sheets
 * allows); written under a name Excel allows where Excel refuses the tab's own (`History`, * ? : / \ [ ],
 * over 31 characters), with references to the tab following; writeXlsx reports each.
 *
 * Values equal to the model's defaults (10 pt, black text, white background, bottom alignment,
 * automatic number format) are omitted on read, so an explicit default reads back as "absent"; that is
 * the same cell as far as Apps Script can tell.
 *
 * Deliberately not kept (no xlsx equivalent, or not supported by exceljs 4.4; see the comment at each
 * place): charts, warning-only and range protections, protection descriptions, the drop-down arrow
 * setting, "other" validations, custom checkbox values (read back as a list), the CLIP wrap strategy,
 * other conditional format types, values in merged-away cells, theme
 * colours of a partner's file, the grid size beyond the used range (maxRows/maxCols read back as
 * max(default, used)) and sheet ids (read back as 0..n-1, the first sheet active).
 */
export { MAX_CELLS } from "../../emulator/spreadsheet/grid";
export { readXlsx, XlsxInputError } from "./read";
export { excelSheetNames, MAX_CELL_TEXT, type RenamedTab, writeXlsx } from "./write";
