/** Contexts, requests and colours for the fidelity tests of the advanced Sheets service. */
import type { Account } from "../../local/emulator/account";
import type { EmuContext } from "../../local/emulator/context";
import { createSheets } from "../../local/emulator/sheets-api";
import { createSpreadsheetApp } from "../../local/emulator/spreadsheet";
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { testContext } from "./services-helpers";

type Schema = GoogleAppsScript.Sheets.Schema.Request;

export interface SheetsApiContext {
  ctx: EmuContext;
  Sheets: GoogleAppsScript.Sheets;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  data: SpreadsheetData;
  id: string;
  /** One batchUpdate on the spreadsheet. */
  update(...requests: Schema[]): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
}

/**
 * One execution on an account with an active spreadsheet ("Netwerkplan 2026", nl_NL, Europe/Amsterdam, one
 * sheet "Blad1" with id 0), with the Sheets and SpreadsheetApp globals. `scopes` as the manifest would give
 * them (omitted: every scope). Calls made while setting up are not counted.
 */
export function sheetsContext(opts: { account?: Account; scopes?: string[] } = {}): SheetsApiContext {
  const ctx = testContext({ ...(opts.account ? { account: opts.account } : {}), withDocument: true });
  if (opts.scopes) ctx.scopes = opts.scopes;
  const Sheets = createSheets(ctx);
  const app = createSpreadsheetApp(ctx);
  const id = ctx.account.data.activeSpreadsheetId!;
  const data = ctx.account.data.spreadsheets[id]!;
  const ss = ctx.rt.internal(() => app.getActiveSpreadsheet());
  return {
    ctx,
    Sheets,
    app,
    ss,
    data,
    id,
    update: (...requests) => Sheets.Spreadsheets.batchUpdate({ requests }, id),
  };
}

/** A Color of RGB floats for "#rrggbb". */
export function rgb(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const [red, green, blue] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return { red, green, blue };
}

/** A text cell. */
export function text(s: string): GoogleAppsScript.Sheets.Schema.CellData {
  return { userEnteredValue: { stringValue: s } };
}

/** Rows of text cells. */
export function textRows(rows: string[][]): GoogleAppsScript.Sheets.Schema.RowData[] {
  return rows.map((r) => ({ values: r.map(text) }));
}

/** A GridRange of rows r0..r1 and columns c0..c1 (0-based, ends exclusive). */
export const range = (r0: number, r1: number, c0: number, c1: number, sheetId = 0) => ({
  sheetId,
  startRowIndex: r0,
  endRowIndex: r1,
  startColumnIndex: c0,
  endColumnIndex: c1,
});

export const SCOPE = "https://www.googleapis.com/auth/";
