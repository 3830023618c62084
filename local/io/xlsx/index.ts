/**
 * xlsx <-> the emulator's spreadsheet model (model.ts), with exceljs: read.ts reads a file, write.ts writes
 * one, mapping.ts (cells) and rules.ts (validations, conditional formats) map between the two.
 *
 * What round-trips (model -> xlsx -> model): values (strings, numbers, booleans, dates), formulas with
 * their cached result, bold, italic, font colour and size, solid backgrounds, number formats, notes,
 * wrap and alignment, merges, frozen rows/columns, hidden gridlines, hidden sheets, tab colours, column
 * widths, row heights, drop-down/checkbox validations, TEXT_EQUAL_TO / TEXT_CONTAINS conditional
 * formats, the basic filter and whole-sheet (non-warning) protections.
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
export { readXlsx, XlsxInputError } from "./read";
export { MAX_CELL_TEXT, writeXlsx } from "./write";
