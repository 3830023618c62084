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
import { cases, fault } from "../support/faults";
import { network } from "../support/network";

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

  test.each(cases(total, 7, 12))(
    "call %i, %s: before or after, never a mix; the next click completes it",
    (k, kind) => {
      const { account, ss } = scenario();
      const runner = runnerFor(account, "2026-11-23");
      runner.faults = [fault(k, kind)];
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
