/**
 * Google refuses a Sheets API call whose body passes 10,485,760 bytes (the emulator too, see
 * tests/emulator/sheets-api.test.ts). A network whose generated tabs carry more than that is written in
 * several building calls (core/batches.ts), and the result is the same as for a small network. Such a network
 * does not fit in one Google Doc (1.02 million characters): the documents say so before anything is made.
 */
import { accountWith, runnerFor } from "../support/addon";
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
  // The spreadsheet's id is asked once, however many calls name it.
  expect(validated.calls["Spreadsheet.getId"]).toBe(1);
  const status = ss.sheets.find((s) => s.name === "Status")!;
  const texts = new Set(status.cells.flat().map((c) => c?.v));
  const missing = Array.from({ length: ACTIVITIES }, (_, i) => i).filter((i) => !texts.has(subject(i)));
  expect(missing).toEqual([]);

  const dashboards = runner.clickFunction("menuGenerateDashboards");
  expect(dashboards.error).toBeUndefined();
  expect((dashboards.value as { outcome: string }).outcome).not.toBe("error");
  expect(dashboards.calls["Sheets.Spreadsheets.batchUpdate"]).toBeGreaterThan(2);
  expect(dashboards.calls["Spreadsheet.getId"]).toBe(1);
});

test("a document over what a Google Doc holds (1.02 million characters) is refused before anything is made", () => {
  const { account } = accountWith(bigNetwork());
  const runner = runnerFor(account, "2026-03-02");
  runner.clickFunction("menuValidate");
  for (const fn of ["menuGenerateReport", "menuMakePlan"]) {
    const r = runner.clickFunction(fn);
    expect(r.value).toMatchObject({ outcome: "error" });
    const message = (r.value as { message: string }).message;
    expect(message).toMatch(
      /zou [\d.]+ tekens bevatten, en een Google-document kan er ten hoogste 1\.020\.000 bevatten/,
    );
    expect(message).toContain("Er is niets gemaakt of gewijzigd");
  }
  // Nothing made: no document, no folder.
  expect(Object.keys(account.data.documents)).toEqual([]);
  expect(account.data.drive.createdByApp).toEqual([]);
});
