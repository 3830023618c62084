/**
 * All-or-nothing (PRODUCT.md §7, README "Betrouwbaarheid"): a fault at any single service call of an action
 * — Google's quota error or the 6-minute time-out, which ends the run with no chance to clean up — leaves
 * the workbook as a person sees it (the visible tabs with their contents, and Historie) either exactly as
 * before or exactly as a clean run makes it; and the next click completes it, with nothing duplicated.
 *
 * CI checks a sample of the calls; `npm run faults` checks every call (FAULTS=all).
 */
import type { SpreadsheetData } from "../../local/emulator/spreadsheet/model";
import { accountWith, runnerFor, tab, valuesOf } from "../support/addon";
import { network } from "../support/network";

const QUOTA = "Service invoked too many times for one day: spreadsheets.";
const TIMEOUT = "Exceeded maximum execution time";
const EVERY = process.env.FAULTS === "all";

/** What a person sees: visible tabs in order with their values, and the hidden Historie. */
function seen(ss: SpreadsheetData): string {
  return JSON.stringify(
    ss.sheets.filter((s) => !s.hidden || s.name === "Historie").map((s) => [s.name, s.hidden, valuesOf(s)]),
  );
}

/** A network after one clean run yesterday, with one status changed since. */
function scenario() {
  const { account, ss } = accountWith(network(12));
  runnerFor(account, "2026-11-22").click("Dashboards genereren");
  tab(ss, "Activiteiten").cells[2]![7] = { v: "Behaald" };
  return { account, ss };
}

/** The calls to try: all, or a sample that includes every call near the end (where the swap is). */
function sample(total: number): number[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  return EVERY ? all : all.filter((k) => k % 7 === 1 || k > total - 12);
}

describe.each(["Dashboards genereren", "Valideren"])("%s: a fault at any call", (action) => {
  const clean = scenario();
  const before = seen(clean.ss);
  const cleanRun = runnerFor(clean.account, "2026-11-23").click(action);
  const after = seen(clean.ss);
  const total = cleanRun.totalCalls;

  test("the clean run changes what a person sees (else this test would prove nothing)", () => {
    expect(cleanRun.value).toMatchObject({ outcome: "ok" });
    expect(after).not.toBe(before);
    expect(total).toBeGreaterThan(20);
  });

  test.each(sample(total).flatMap((k) => [[k, "quota"] as const, [k, "time-out"] as const]))(
    "call %i, %s: before or after, never a mix; the next click completes it",
    (k, kind) => {
      const { account, ss } = scenario();
      const runner = runnerFor(account, "2026-11-23");
      runner.faults = [{ call: k, message: kind === "quota" ? QUOTA : TIMEOUT }];
      runner.click(action);
      const state = seen(ss);
      expect([before, after]).toContain(state);
      expect(ss.sheets.filter((s) => s.name.endsWith("~nieuw") && !s.hidden)).toEqual([]);
      runner.faults = [];
      expect(runner.click(action).value).toMatchObject({ outcome: "ok" });
      expect(seen(ss)).toBe(after);
      expect(ss.sheets.filter((s) => s.name.endsWith("~nieuw"))).toEqual([]);
    },
  );
});
