/**
 * Personal data never goes to logs (PRODUCT.md §7): in any run of any menu action on the example network,
 * also one that fails (a quota error or the time-out at a call of the action, a calendar that refuses),
 * nothing written to Logger or console holds a name or an e-mail address from Leden.
 */
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import { CALENDAR_ERRORS, calendarFault } from "../../local/emulator/calendar";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { readXlsx } from "../../local/io/xlsx";
import type { AddonRunner, ExecutionResult } from "../../local/run";
import { lastPage } from "../../local/ui-bridge";
import { ROOT, runnerFor, tab } from "../support/addon";

const TODAY = "2026-11-22";

let read: SpreadsheetData;
beforeAll(async () => {
  read = await readXlsx(path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx"));
});

/** A fresh account holding the example network. */
function example(): { account: Account; ss: SpreadsheetData } {
  const account = new Account();
  const ss = { ...structuredClone(read), id: account.newFileId() };
  account.addSpreadsheet(ss);
  account.data.activeSpreadsheetId = ss.id;
  return { account, ss };
}

/** The names and e-mail addresses in Leden (found by their headers), at least three characters long. */
function personalData(ss: SpreadsheetData): string[] {
  const rows = tab(ss, "Leden").cells.map((row) => (row ?? []).map((c) => c?.v));
  const header = rows[0]!.map((v) => String(v ?? "").toLowerCase());
  const cols = [header.indexOf("naam"), header.indexOf("e-mail")];
  expect(cols).not.toContain(-1);
  const found = rows.slice(1).flatMap((row) => cols.map((c) => String(row?.[c] ?? "").trim()));
  return [...new Set(found.filter((s) => s.length >= 3))];
}

/** The log lines that hold one of `data` (case does not count), with what they hold. */
function leaks(lines: readonly string[], data: readonly string[]): string[] {
  const lower = data.map((d) => d.toLowerCase());
  return lines.flatMap((line) => {
    const l = line.toLowerCase();
    return lower.filter((d) => l.includes(d)).map((d) => `${d} in: ${line}`);
  });
}

/**
 * Everything a coordinator can do, in order: open, every menu item (with the invitation preview confirmed
 * and a meeting planning added as their pages do), saving a setting, and an edit in Activiteiten.
 */
function everyAction(runner: AddonRunner): ExecutionResult[] {
  const results: ExecutionResult[] = [runner.open("FULL")];
  for (const item of runner.menuItems()) {
    const r = runner.clickFunction(item.functionName);
    results.push(r);
    const token = (r.value as { details?: { preview?: { token?: unknown } } } | undefined)?.details?.preview
      ?.token;
    if (typeof token === "string")
      results.push(runner.executeFromClient("confirmInvitations", JSON.stringify([token])));
  }
  const form = {
    group: "Kerngroep",
    title: "Kerngroepoverleg",
    year: "2027",
    weekday: "2",
    week: "2",
    start: "14:00",
    end: "",
    location: "",
    description: "",
    mode: "count",
    count: "2",
    firstMonth: "1",
    months: [],
    exclude: "",
  };
  const preview = runner.executeFromClient<{ preview?: { token?: string } | null }>(
    "previewMeetingPlan",
    JSON.stringify([form]),
  );
  results.push(preview);
  const token = preview.value?.preview?.token;
  if (token) results.push(runner.executeFromClient("addPlannedMeetings", JSON.stringify([form, token])));
  results.push(runner.execute("saveSettings", [{ Regio: "Gooi en Vechtstreek" }]));
  results.push(runner.edit("Activiteiten", "C2"));
  return results;
}

describe("no name or e-mail address from Leden in any log", () => {
  test("the check finds a name or an address in a line, whatever its case", () => {
    expect(leaks(["Mail aan Anna@Example.org mislukt"], ["anna@example.org"])).toHaveLength(1);
    expect(leaks(["Netwerkplan: Valideren failed (quota)"], ["anna@example.org", "Anna de Vries"])).toEqual(
      [],
    );
  });

  test("every action, run as it should", () => {
    const { account, ss } = example();
    const data = personalData(ss);
    expect(data.length).toBeGreaterThan(4);
    const runner = runnerFor(account, TODAY);
    const results = everyAction(runner);
    expect(results.filter((r) => r.error !== undefined)).toEqual([]);
    expect(leaks(runner.log, data)).toEqual([]);
  });

  test("members without a valid address and meetings with errors: named in the preview, never in a log", () => {
    const { account, ss } = example();
    const data = personalData(ss);
    const leden = tab(ss, "Leden").cells;
    const col = leden[0]!.findIndex((c) => String(c?.v ?? "").toLowerCase() === "e-mail");
    expect(col).toBeGreaterThanOrEqual(0);
    const first = String(leden[1]![0]?.v);
    leden[1]![col] = { v: "" };
    leden[2]![col] = { v: "jan@" };
    const meetings = tab(ss, "Vergaderingen").cells;
    meetings[2]![0] = { v: "Kerngroepp" };
    const runner = runnerFor(account, TODAY);
    runner.clickFunction("menuSendInvitations");
    // The preview does name them (so there was something to leak).
    const preview = lastPage(runner);
    expect(preview?.html).toContain(`${first} (`);
    expect(preview?.html).toContain("Kerngroepp");
    const results = everyAction(runner);
    expect(results.filter((r) => r.error !== undefined)).toEqual([]);
    // The names are in `data`; the address typed in wrong is not.
    expect(leaks(runner.log, [...data, "jan@"])).toEqual([]);
  });

  test("every action, failing at a call (quota and time-out), and the invitations with a calendar that refuses", () => {
    const { account, ss } = example();
    const data = personalData(ss);
    const clean = runnerFor(account, TODAY);
    const totals = new Map<string, number>();
    for (const item of clean.menuItems()) {
      const r = clean.clickFunction(item.functionName);
      totals.set(item.functionName, r.totalCalls);
    }
    expect(leaks(clean.log, data)).toEqual([]);

    const log: string[] = [];
    let failed = 0;
    for (const [fn, total] of totals) {
      const calls = [...new Set([1, Math.ceil(total / 2), total - 1].filter((k) => k >= 1))];
      for (const k of calls) {
        for (const message of [undefined, GAS_ERRORS.timeout]) {
          const { account: fresh } = example();
          const runner = runnerFor(fresh, TODAY);
          runner.clickFunction("menuSetUpWorkbook");
          runner.faults = [{ call: k, ...(message ? { message } : {}) }];
          const r = runner.clickFunction(fn);
          if (r.error !== undefined || (r.value as { outcome?: string } | undefined)?.outcome === "error")
            failed++;
          log.push(...runner.log);
        }
      }
    }
    // The invitations again, now with the calendar refusing at each of its first calls.
    for (let k = 1; k <= 3; k++) {
      const { account: fresh } = example();
      const runner = runnerFor(fresh, TODAY);
      const preview = runner.clickFunction("menuSendInvitations");
      const token = (preview.value as { details?: { preview?: { token?: string } } }).details?.preview?.token;
      expect(token).toBeDefined();
      runner.faults = [calendarFault(k, CALENDAR_ERRORS.usageLimits)];
      runner.executeFromClient("confirmInvitations", JSON.stringify([token]));
      log.push(...runner.log);
    }
    expect(failed).toBeGreaterThan(10); // the runs did fail, and the add-on had reason to report
    expect(log.length).toBeGreaterThan(0);
    expect(leaks(log, data)).toEqual([]);
  });
});
