/** Contexts for the SpreadsheetApp and Ui fidelity tests. */
import { Account } from "../../local/emulator/account";
import { type EmuContext, newUiState } from "../../local/emulator/context";
import { EmuRuntime } from "../../local/emulator/runtime";
import { createSpreadsheetApp } from "../../local/emulator/spreadsheet";

export function newContext(): EmuContext {
  return {
    account: new Account(),
    rt: new EmuRuntime(),
    ui: newUiState(),
    now: () => new Date("2026-11-22T10:00:00Z"),
    log: [],
    files: {},
  };
}

/** A context whose account has an active spreadsheet "Netwerkplan" (nl_NL, Europe/Amsterdam, one sheet "Blad1"). */
export function newSpreadsheet() {
  const ctx = newContext();
  const data = ctx.account.createSpreadsheet("Netwerkplan");
  ctx.account.data.activeSpreadsheetId = data.id;
  const app = createSpreadsheetApp(ctx);
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  ctx.rt.resetCalls();
  return { ctx, app, ss, sheet, data };
}

/** The error an emulated call throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the call to throw");
}
