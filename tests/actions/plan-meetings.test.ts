/**
 * `Jaarplanning vergaderingen…` through the built bundle: the dialog, the preview that writes nothing, rows
 * appended below the last row in one write, holidays and existing dates skipped, hostile text kept as text.
 */
import type { AddonRunner } from "../../local/run";
import { accountWith, type Rows, runnerFor, tab, valuesOf } from "../support/addon";
import { MEETINGS_HEADER as MEETING_HEADER, PLAN_FORM } from "../support/invite-fixtures";

function network(meetings: Rows = [MEETING_HEADER]) {
  const { account, ss } = accountWith({
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "", "Kerngroep", true],
      ["Bas Jansen", "bas@example.org", "", "Bestuurders", true],
      ["Dirk Bos", "dirk@example.org", "", "Oud-groep", false],
    ],
    Vergaderingen: meetings,
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Jaar", 2026],
    ],
  });
  return { account, ss, runner: runnerFor(account, "2026-01-05") };
}

const FORM = PLAN_FORM;

interface Reply {
  ok: boolean;
  message: string;
  errors: { field: string; message: string }[];
  preview: { rows: { date: string; time: string; note: string }[]; skipped: string[]; token: string } | null;
  stale?: boolean;
}

const previewOf = (runner: AddonRunner, form: object) => {
  const r = runner.executeFromClient<Reply>("previewMeetingPlan", JSON.stringify([form]));
  expect(r.error).toBeUndefined();
  return r;
};
const addOf = (runner: AddonRunner, form: object, token: string) =>
  runner.executeFromClient<{ outcome: string; message: string; reply?: Reply; details?: { added: number } }>(
    "addPlannedMeetings",
    JSON.stringify([form, token]),
  );

test("the dialog offers the active groups and the settings' year", () => {
  const { runner } = network();
  const r = runner.clickFunction("menuPlanMeetings");
  expect(r.error).toBeUndefined();
  const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop() as { title: string; html: string };
  expect(dialog.title).toBe("Jaarplanning vergaderingen");
  expect(dialog.html).toContain('<option value="Bestuurders">Bestuurders</option>');
  expect(dialog.html).toContain('<option value="Kerngroep">Kerngroep</option>');
  expect(dialog.html).not.toContain("Oud-groep");
  expect(dialog.html).toContain('value="2026"');
});

test("the preview shows the rows and writes nothing; adding appends them in one write", () => {
  const existing: Rows = [
    MEETING_HEADER,
    ["Bestuurders", "Bestuur", "03-02-2026", "10:00", "", "", "", false, "", "", ""],
  ];
  const { ss, runner } = network(existing);
  const before = JSON.stringify(valuesOf(tab(ss, "Vergaderingen")));
  const p = previewOf(runner, FORM);
  expect(JSON.stringify(valuesOf(tab(ss, "Vergaderingen")))).toBe(before);
  // Second Tuesdays of January, April, July and October 2026.
  expect(p.value?.preview?.rows).toEqual([
    { date: "di 13 jan 2026", time: "14:00–16:00", note: "" },
    { date: "di 14 apr 2026", time: "14:00–16:00", note: "" },
    { date: "di 14 jul 2026", time: "14:00–16:00", note: "" },
    { date: "di 13 okt 2026", time: "14:00–16:00", note: "" },
  ]);
  const r = addOf(runner, FORM, p.value!.preview!.token);
  expect(r.error).toBeUndefined();
  expect(r.value?.message).toBe("4 vergaderingen toegevoegd aan Vergaderingen (rij 3 tot en met 6).");
  expect(r.calls["Range.setValues"]).toBe(1);
  const rows = valuesOf(tab(ss, "Vergaderingen"));
  expect(rows[1]).toEqual(existing[1]);
  expect(rows.slice(2).map((row) => row.slice(0, 7))).toEqual(
    ["13-01", "14-04", "14-07", "13-10"].map(() => [
      "Kerngroep",
      "Kerngroepoverleg",
      expect.any(Date),
      "14:00",
      "16:00",
      "Netwerkbureau",
      "",
    ]),
  );
  // The dates are midnight in the spreadsheet's zone.
  const dates = rows.slice(2).map((row) => (row[2] as Date).toISOString());
  expect(dates).toEqual([
    "2026-01-12T23:00:00.000Z",
    "2026-04-13T22:00:00.000Z",
    "2026-07-13T22:00:00.000Z",
    "2026-10-12T22:00:00.000Z",
  ]);
  // The summary dialog says so.
  const summary = runner.ui.events.filter((e) => e.kind === "modal").pop() as { html: string };
  expect(summary.html).toContain("4 vergaderingen toegevoegd");
  // Validation reads the new rows as meetings.
  const validated = runner.clickFunction("menuValidate");
  expect(JSON.stringify(validated.value)).not.toContain("Vergaderingen");
});

test("planning the same again adds nothing: every date is there already", () => {
  const { ss, runner } = network();
  const first = previewOf(runner, FORM).value!.preview!;
  addOf(runner, FORM, first.token);
  const count = valuesOf(tab(ss, "Vergaderingen")).length;
  const again = previewOf(runner, FORM).value!.preview!;
  expect(again.rows).toEqual([]);
  expect(again.skipped).toEqual([
    "januari: de groep heeft al een vergadering op di 13 jan 2026.",
    "april: de groep heeft al een vergadering op di 14 apr 2026.",
    "juli: de groep heeft al een vergadering op di 14 jul 2026.",
    "oktober: de groep heeft al een vergadering op di 13 okt 2026.",
  ]);
  const r = addOf(runner, FORM, again.token);
  expect(r.value?.message).toBe("Er is niets toegevoegd: er waren geen rijen om toe te voegen.");
  expect(valuesOf(tab(ss, "Vergaderingen"))).toHaveLength(count);
});

test("holidays and excluded dates move a meeting; the preview says why", () => {
  const { runner } = network();
  // First Mondays of April and May 2026: Easter Monday (6 April) and 4 May; 4 May excluded.
  const form = {
    ...FORM,
    weekday: "1",
    week: "1",
    mode: "months",
    months: ["4", "5"],
    exclude: "04-05-2026",
  };
  expect(previewOf(runner, form).value?.preview?.rows).toEqual([
    { date: "ma 13 apr 2026", time: "14:00–16:00", note: "ma 6 apr 2026 is Tweede paasdag" },
    { date: "ma 11 mei 2026", time: "14:00–16:00", note: "ma 4 mei 2026 is uitgesloten" },
  ]);
});

test("field errors are named by field, and nothing is written", () => {
  const { ss, runner } = network();
  const before = JSON.stringify(valuesOf(tab(ss, "Vergaderingen")));
  const bad = { ...FORM, group: "Onbekend", start: "25:00", count: "13", exclude: "32-13-2026" };
  const p = previewOf(runner, bad).value!;
  expect(p.ok).toBe(false);
  expect(p.errors.map((e) => e.field).sort()).toEqual(["count", "exclude", "group", "start"]);
  const r = addOf(runner, bad, "x");
  expect(r.value?.reply?.ok).toBe(false);
  expect(JSON.stringify(valuesOf(tab(ss, "Vergaderingen")))).toBe(before);
});

test("rows added by someone since the preview: nothing is added, the new preview comes back", () => {
  const { ss, runner } = network();
  const p = previewOf(runner, FORM).value!.preview!;
  tab(ss, "Vergaderingen").cells.push(
    ["Kerngroep", "Al gepland", "14-04-2026", "14:00", "", "", "", false, "", "", ""].map((v) => ({ v })),
  );
  const r = addOf(runner, FORM, p.token);
  expect(r.value?.reply).toMatchObject({ ok: false, stale: true });
  expect(r.value?.reply?.preview?.rows).toHaveLength(3);
  expect(valuesOf(tab(ss, "Vergaderingen"))).toHaveLength(2);
});

test("text from the form is written as text: never a formula", () => {
  const { ss, runner } = network();
  const form = {
    ...FORM,
    title: '=HYPERLINK("http://x")',
    location: "+31 20 123",
    description: "<b>vet</b>",
  };
  const p = previewOf(runner, form).value!.preview!;
  addOf(runner, form, p.token);
  const sheet = tab(ss, "Vergaderingen");
  expect(sheet.cells.flat().some((c) => c?.f !== undefined)).toBe(false);
  expect(valuesOf(sheet)[1]!.slice(0, 7)).toEqual([
    "Kerngroep",
    '=HYPERLINK("http://x")',
    expect.any(Date),
    "14:00",
    "16:00",
    "+31 20 123",
    "<b>vet</b>",
  ]);
});
