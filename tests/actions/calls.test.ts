/**
 * The guard of issue 12: every action makes as many service calls for a large network as for a small one,
 * so a call per row cannot creep back unnoticed. Each action runs through the built bundle on the same
 * network at two sizes (SMALL and LARGE activities, the same projects, members and meetings) and the two
 * call counts must be equal. The scattered case has every other activity without an ID, so that new IDs
 * land in many separate runs of rows; the paste cases edit a block of rows at once, one of them with
 * every other row empty.
 *
 * What an action costs in seconds is measured in `npm run bench`, never here.
 */
import type { AddonRunner, ExecutionResult } from "../../local/run";
import { accountWith, type Rows, runnerFor, tab } from "../support/addon";
import { MEETINGS_HEADER as MEETING_HEADER, meetingRow, PLAN_FORM } from "../support/invite-fixtures";
import { network } from "../support/network";

const SMALL = 40;
const LARGE = 400;
const TODAY = "2026-03-02";

/** Six meetings after TODAY, for the invitations. */
const MEETINGS: Rows = [
  MEETING_HEADER,
  ...[4, 5, 6, 9, 10, 11].map((month) =>
    meetingRow(`12-${String(month).padStart(2, "0")}-2026`, { end: "16:00" }),
  ),
];

/** The test network of `size` activities; `scattered`: every other activity already has its ID. */
function workbook(size: number, scattered: boolean): Record<string, Rows> {
  const tabs = network(size);
  if (scattered) {
    tabs.Activiteiten!.forEach((row, i) => {
      if (i > 0 && i % 2 === 1) row[0] = `A-${String(i).padStart(4, "0")}`;
    });
  }
  tabs.Vergaderingen = MEETINGS;
  return tabs;
}

type Step = { name: string; run: (runner: AddonRunner, state: State) => ExecutionResult };
interface State {
  token?: string;
  planToken?: string;
}

const click =
  (fn: string): Step["run"] =>
  (runner) =>
    runner.clickFunction(fn);

/** Every action of the menu, the confirm steps its pages call, and the trigger, in the order a user goes. */
const STEPS: Step[] = [
  { name: "Werkblad inrichten", run: click("menuSetUpWorkbook") },
  { name: "Valideren", run: click("menuValidate") },
  { name: "Dashboards genereren", run: click("menuGenerateDashboards") },
  { name: "Rapport genereren", run: click("menuGenerateReport") },
  { name: "Jaaractieplan maken", run: click("menuMakePlan") },
  {
    name: "Uitnodigingen versturen… (voorbeeld)",
    run: (runner, state) => {
      const r = runner.clickFunction("menuSendInvitations");
      state.token = (r.value as { details?: { preview?: { token?: string } } })?.details?.preview?.token;
      return r;
    },
  },
  {
    name: "Uitnodigingen versturen… (bevestigen)",
    run: (runner, state) => runner.executeFromClient("confirmInvitations", JSON.stringify([state.token])),
  },
  { name: "Jaarplanning vergaderingen…", run: click("menuPlanMeetings") },
  {
    name: "Jaarplanning vergaderingen… (voorbeeld)",
    run: (runner, state) => {
      const r = runner.executeFromClient("previewMeetingPlan", JSON.stringify([PLAN_FORM]));
      state.planToken = (r.value as { preview?: { token?: string } })?.preview?.token;
      return r;
    },
  },
  {
    name: "Jaarplanning vergaderingen… (toevoegen)",
    run: (runner, state) =>
      runner.executeFromClient("addPlannedMeetings", JSON.stringify([PLAN_FORM, state.planToken])),
  },
  { name: "Instellingen…", run: click("menuShowSettings") },
  { name: "Help", run: click("menuShowHelp") },
];

interface Run {
  calls: Record<string, number>;
  errors: string[];
}

function recorder() {
  const run: Run = { calls: {}, errors: [] };
  const record = (name: string, r: ExecutionResult) => {
    run.calls[name] = r.totalCalls;
    const outcome = (r.value as { outcome?: string } | undefined)?.outcome;
    if (r.error !== undefined || outcome === "error") run.errors.push(`${name}: ${r.error ?? outcome}`);
  };
  return { run, record };
}

/** Column letter of the 0-based column `i`. */
const letter = (i: number) => String.fromCharCode(65 + i);

/** Every step on a network of `size` activities that all have an ID, then the edits. */
function runAll(size: number): Run {
  const { account, ss } = accountWith(workbook(size, false));
  const runner = runnerFor(account, TODAY);
  const state: State = {};
  const { run, record } = recorder();
  for (const step of STEPS) record(step.name, step.run(runner, state));
  // The confirm steps acted on a real preview (not refused for a missing token).
  if (!state.token) run.errors.push("Uitnodigingen versturen… showed no preview");
  if (!state.planToken) run.errors.push("Jaarplanning vergaderingen… showed no preview");

  // The trigger: one cell typed, every activity row pasted at once, and a paste with every other row empty.
  const acts = tab(ss, "Activiteiten");
  const header = (acts.cells[0] ?? []).map((c) => c?.v);
  const subject = header.indexOf("Onderwerp");
  const width = header.length;
  const set = (row: number, col: number, v: string | null) => {
    const cells = acts.cells[row] ?? [];
    cells[col] = v === null ? null : { v };
    acts.cells[row] = cells;
  };
  const block = `A2:${letter(width - 1)}${size + 1}`;
  set(1, subject, "Getypt");
  record("onEdit (één cel)", runner.edit("Activiteiten", `${letter(subject)}2`));
  for (let r = 1; r <= size; r++) set(r, subject, `Geplakt ${r}`);
  record("onEdit (alle rijen geplakt)", runner.edit("Activiteiten", block));
  for (let r = 1; r <= size; r++) {
    if (r % 2 === 0) for (let c = 0; c < width; c++) set(r, c, null);
    else set(r, subject, `Opnieuw ${r}`);
  }
  record("onEdit (geplakt, om de rij leeg)", runner.edit("Activiteiten", block));
  return run;
}

/** The actions that give new IDs, each first thing after Werkblad inrichten on a network with gaps. */
function runScattered(size: number): Run {
  const { run, record } = recorder();
  for (const fn of ["menuValidate", "menuGenerateDashboards"]) {
    const runner = runnerFor(accountWith(workbook(size, true)).account, TODAY);
    runner.clickFunction("menuSetUpWorkbook");
    record(fn === "menuValidate" ? "Valideren" : "Dashboards genereren", runner.clickFunction(fn));
  }
  return run;
}

function compare(names: readonly string[], small: () => Run, large: () => Run) {
  test("every step ran without an error at both sizes", () => {
    expect(small().errors).toEqual([]);
    expect(large().errors).toEqual([]);
  });
  for (const name of names) {
    const check = () => {
      expect(small().calls[name]).toBeGreaterThan(0);
      expect(large().calls[name]).toBe(small().calls[name]);
    };
    test(name, check);
  }
}

describe(`calls at ${SMALL} and ${LARGE} activities, every activity with its ID`, () => {
  let small: Run;
  let large: Run;
  beforeAll(() => {
    small = runAll(SMALL);
    large = runAll(LARGE);
  });
  compare(
    [
      ...STEPS.map((s) => s.name),
      "onEdit (één cel)",
      "onEdit (alle rijen geplakt)",
      "onEdit (geplakt, om de rij leeg)",
    ],
    () => small,
    () => large,
  );
});

describe(`calls at ${SMALL} and ${LARGE} activities, every other activity without an ID`, () => {
  let small: Run;
  let large: Run;
  beforeAll(() => {
    small = runScattered(SMALL);
    large = runScattered(LARGE);
  });
  compare(
    ["Valideren", "Dashboards genereren"],
    () => small,
    () => large,
  );
});

describe("a second run", () => {
  // The dashboards a first run made must not cost calls of their own when the next run looks up its tabs
  // (it once asked every tab for its name until it reached Historie, which comes after the dashboards).
  test("Dashboards genereren again makes exactly the calls of the first run", () => {
    const runner = runnerFor(accountWith(workbook(SMALL, false)).account, TODAY);
    runner.clickFunction("menuSetUpWorkbook");
    runner.clickFunction("menuValidate");
    const first = runner.clickFunction("menuGenerateDashboards");
    const again = runner.clickFunction("menuGenerateDashboards");
    expect(first.error).toBeUndefined();
    expect(again.error).toBeUndefined();
    expect(again.totalCalls).toBe(first.totalCalls);
  });
});
