/**
 * Google refuses a Sheets API call whose body passes 10,485,760 bytes (the emulator too, see
 * tests/emulator/sheets-api.test.ts). A network whose generated tabs carry more than that is written in
 * several building calls (core/batches.ts), and the result is the same as for a small network. A document
 * whose requests pass what one Docs API call may carry (the same limit, assumed) goes in consecutive calls.
 */
import { accountWith, runnerFor } from "../support/addon";
import { textOf } from "../support/documents";
import { network } from "../support/network";

const ACTIVITIES = 360;
/** Long subjects: each about 30,000 characters, so the Status tab alone carries over 10 MB. */
const subject = (i: number) => `Activiteit ${i + 1}${" met een lange omschrijving".repeat(1_150)}`;

function bigNetwork() {
  const tabs = network(ACTIVITIES);
  tabs.Activiteiten!.forEach((row, i) => {
    if (i > 0) row[3] = subject(i - 1);
  });
  return tabs;
}

test("Valideren and Dashboards genereren write over 10 MB of generated cells in calls under Google's limit", () => {
  const { account, ss } = accountWith(bigNetwork());
  const runner = runnerFor(account, "2026-03-02");
  const validated = runner.clickFunction("menuValidate");
  expect(validated.error).toBeUndefined();
  expect((validated.value as { outcome: string }).outcome).not.toBe("error");
  // More than the build and the swap: the build was cut.
  expect(validated.calls["Sheets.Spreadsheets.batchUpdate"]).toBeGreaterThan(2);
  const status = ss.sheets.find((s) => s.name === "Status")!;
  const texts = new Set(status.cells.flat().map((c) => c?.v));
  const missing = Array.from({ length: ACTIVITIES }, (_, i) => i).filter((i) => !texts.has(subject(i)));
  expect(missing).toEqual([]);

  const dashboards = runner.clickFunction("menuGenerateDashboards");
  expect(dashboards.error).toBeUndefined();
  expect((dashboards.value as { outcome: string }).outcome).not.toBe("error");
  expect(dashboards.calls["Sheets.Spreadsheets.batchUpdate"]).toBeGreaterThan(2);
});

test("Rapport genereren writes a report of over 10 MB in consecutive calls, every activity in it", () => {
  const { account } = accountWith(bigNetwork());
  const runner = runnerFor(account, "2026-03-02");
  runner.clickFunction("menuValidate");
  const report = runner.clickFunction("menuGenerateReport");
  expect(report.error).toBeUndefined();
  expect((report.value as { outcome: string }).outcome).toBe("ok");
  expect(report.calls["Docs.Documents.batchUpdate"]).toBeGreaterThan(1);
  const docs = Object.values(account.data.documents);
  expect(docs).toHaveLength(1);
  const text = textOf(docs[0]!.body);
  const missing = Array.from({ length: ACTIVITIES }, (_, i) => i).filter((i) => !text.includes(subject(i)));
  expect(missing).toEqual([]);
});
