/**
 * The emulated Spreadsheet service: SpreadsheetApp (with its Ui, see ../ui.ts) and the Charts enums.
 *
 * Every class is a view over the plain data of model.ts; each object reaches the add-on only as its counting
 * proxy (base.ts). Layout: a1.ts (A1 notation), input.ts (what a written value becomes), display.ts (display
 * values), time.ts / locale.ts (time zones, nl_NL vs en_US), attrs.ts (cell formats), grid.ts (cells and
 * row/column shifts), range.ts, range-list.ts, sheet.ts, spreadsheet.ts, validation.ts, conditional.ts, protection.ts,
 * charts.ts, app.ts.
 *
 * Deliberate deviations from Google (each explained where it is implemented):
 * - No calculation engine: only =HYPERLINK(…) and literal formulas have a value; others read as "".
 * - Typed-text recognition is limited to the forms listed in input.ts; auto-detected dates keep no number
 *   format of their own and display in the locale's default layout.
 * - Borders, conditional-format evaluation, filter criteria, chart rendering and editors are not modelled.
 * - Inserted rows/columns take the formats of their neighbour, as in the Sheets UI.
 * - Unknown alignments and font weights throw "Invalid argument: …"; behaviour that cannot be vouched for
 *   (an unknown colour, a builder without criteria, templates, relative R1C1, …) throws "Not emulated: …".
 * - Dates handed to the add-on are Dates of the emulator's realm; use realm-safe checks
 *   (`Object.prototype.toString.call(v) === "[object Date]"`), as Apps Script code in a vm must anyway.
 */
export { createCharts, createSpreadsheetApp } from "./app";
export { Button, ButtonSet, ChartType, EnumValue, ProtectionType } from "./enums";
export { SHEETS_ERRORS } from "./errors";
