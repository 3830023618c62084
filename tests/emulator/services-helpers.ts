/** Builds emulator contexts for the fidelity tests of the non-Spreadsheet services. */
import { Account } from "../../local/emulator/account";
import { type EmuContext, newUiState } from "../../local/emulator/context";
import { EmuRuntime } from "../../local/emulator/runtime";

export const TEST_NOW = new Date("2026-11-22T10:00:00Z");

/** A clock that stands still until the test moves it. */
export interface TestClock {
  now: () => Date;
  advanceSeconds(seconds: number): void;
}

export function testClock(start: Date = TEST_NOW): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advanceSeconds(seconds) {
      t += seconds * 1000;
    },
  };
}

export interface TestContextOptions {
  /** Share one account between contexts to emulate two executions on it. */
  account?: Account;
  now?: () => Date;
  files?: Record<string, string>;
  /** Creates a spreadsheet and makes it the active one (the add-on runs inside a document). */
  withDocument?: boolean;
}

export function testContext(opts: TestContextOptions = {}): EmuContext {
  const account = opts.account ?? new Account();
  if (opts.withDocument && !account.data.activeSpreadsheetId) {
    account.data.activeSpreadsheetId = account.createSpreadsheet("Netwerkplan 2026").id;
  }
  return {
    account,
    rt: new EmuRuntime(),
    now: opts.now ?? (() => new Date(TEST_NOW)),
    ui: newUiState(),
    log: [],
    files: opts.files ?? {},
  };
}
