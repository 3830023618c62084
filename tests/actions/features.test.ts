/**
 * The feature files (src/gas/features.ts) through the bundle: the documents, the invitations and the sidebar
 * with Help are project files beside dist/Code.js that an execution reads only when it needs them, once; the
 * actions most executions run (onOpen, onEdit, Werkblad inrichten, Valideren, Dashboards genereren) never do.
 */
import type { AddonRunner, ExecutionResult } from "../../local/run";
import { accountWith, distCopy, type Rows, runnerFor, withFilesAway } from "../support/addon";
import { MEETINGS_HEADER, PLAN_FORM } from "../support/invite-fixtures";
import { network } from "../support/network";

const FEATURES = ["DocumentsCode", "InvitesCode", "SettingsCode"];
/** How a feature file is read: its template's raw content (no page of the add-on reads its file that way). */
const READ = "HtmlTemplate.getRawContent";

const folder = distCopy("netwerkplan-features-");

function workbook(): Record<string, Rows> {
  return {
    ...network(12),
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
    ],
    Vergaderingen: [MEETINGS_HEADER],
  };
}

const runner = (): AddonRunner => runnerFor(accountWith(workbook()).account, "2026-03-02", folder());

const reads = (r: ExecutionResult) => r.calls[READ] ?? 0;

/** Runs `body` with the copy's feature files away, and puts them back. */
const withoutFeatureFiles = (body: () => void) =>
  withFilesAway(
    folder(),
    FEATURES.map((f) => `${f}.html`),
    body,
  );

test("the actions most executions run need no feature file", () => {
  withoutFeatureFiles(() => {
    const r = runner();
    expect(r.edit("Activiteiten", "D2").error).toBeUndefined();
    for (const fn of ["menuSetUpWorkbook", "menuValidate", "menuGenerateDashboards"]) {
      const done = r.clickFunction(fn);
      expect([fn, done.error, done.value]).toMatchObject([fn, undefined, { outcome: "ok" }]);
      expect(reads(done)).toBe(0);
    }
  });
});

test("each feature's actions read its file once per execution and work from it", () => {
  const r = runner();
  expect(r.clickFunction("menuSetUpWorkbook").value).toMatchObject({ outcome: "ok" });
  for (const fn of ["menuGenerateReport", "menuMakePlan", "menuSendInvitations", "menuPlanMeetings"]) {
    const done = r.clickFunction(fn);
    expect([fn, done.error, done.value]).toMatchObject([fn, undefined, { outcome: "ok" }]);
    expect([fn, reads(done)]).toEqual([fn, 1]);
  }
  const preview = r.executeFromClient<{ ok: boolean }>("previewMeetingPlan", JSON.stringify([PLAN_FORM]));
  expect(preview.error).toBeUndefined();
  expect(preview.value?.ok).toBe(true);
  expect(reads(preview)).toBe(1);
  for (const fn of ["menuShowSettings", "menuShowHelp"]) {
    const done = r.clickFunction(fn);
    expect([fn, done.error, reads(done)]).toEqual([fn, undefined, 1]);
  }
  const saved = r.executeFromClient<{ ok: boolean }>("saveSettings", JSON.stringify([{ Jaar: "2026" }]));
  expect(saved.error).toBeUndefined();
  expect(saved.value?.ok).toBe(true);
  expect(reads(saved)).toBe(1);
  // The Dutch texts came with the file: the report's dialog speaks of the document in Dutch.
  const dialog = r.ui.events.filter((e) => e.kind === "modal").map((e) => e.title);
  expect(dialog).toContain("Rapport genereren");
});

test("a feature file that cannot be read fails its action as any action fails, and the next click works", () => {
  const r = runner();
  expect(r.clickFunction("menuSetUpWorkbook").value).toMatchObject({ outcome: "ok" });
  r.faults = [{ method: "HtmlService.createTemplateFromFile", call: 1 }];
  for (const fn of ["menuGenerateReport", "menuPlanMeetings"]) {
    const failed = r.clickFunction(fn);
    expect(failed.error).toBeUndefined();
    expect(failed.value).toMatchObject({
      outcome: "error",
      message: expect.stringContaining("is niet gelukt"),
    });
    // The failed call was the feature file's read (a page's template is read the same way): it got no content.
    expect(reads(failed)).toBe(0);
  }
  r.faults = [];
  // The lock was released and nothing was kept from the failed read.
  for (const fn of ["menuGenerateReport", "menuPlanMeetings"])
    expect(r.clickFunction(fn).value).toMatchObject({ outcome: "ok" });
});
