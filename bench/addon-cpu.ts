/**
 * The add-on's own JavaScript per action, for working on it: `npm run bench` measures it for every network
 * (its `add-on ms`); this runs one network, prints the same figure per action, and can write what is needed to
 * find where the time goes and to check that a change kept the behaviour.
 *
 *   node scripts/build.mjs --quiet && node scripts/run-ts.mjs bench/addon-cpu.ts [options]
 *
 *   --activities N --projects N   the network (default 10,000 × 60, bench/network.ts)
 *   --scattered                   every other activity without an ID
 *   --dist DIR                    the build to run (default dist/; another checkout's dist/ to compare)
 *   --only a,b                    setup, validate, dashboards, report, plan, invites, meetings, settings
 *   --rounds N                    run everything N times on a fresh network; print the median (default 1)
 *   --profile DIR                 a V8 CPU profile per action (DIR/<action>.cpuprofile, for Chrome DevTools)
 *   --state DIR                   per action DIR/<action>.json: its result, the dialogs, every service call
 *                                 with what it wrote, and the whole account after it; two builds that behave
 *                                 alike write the same files (but for the random ids of calendar events)
 *
 * As in bench/run.ts: add-on ms = the execution's CPU time minus the CPU time inside emulated calls. The
 * garbage collector's pauses during the execution (the emulator's included: its workbook is most of the heap)
 * are printed beside it: a collection falls in whichever execution fills the heap, so they explain most of
 * the spread between rounds.
 */
import "./trace";
import * as fs from "node:fs";
import * as inspector from "node:inspector";
import * as path from "node:path";
import { PerformanceObserver, performance } from "node:perf_hooks";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { AddonRunner, type ExecutionResult } from "../local/run";
import { PLAN_FORM } from "../tests/support/invite-fixtures";
import { networkAccount } from "./network";
import { startTrace, stopTrace } from "./trace";

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const activities = Number(option("activities") ?? 10_000);
const projects = Number(option("projects") ?? 60);
const scattered = argv.includes("--scattered");
const dist = path.resolve(option("dist") ?? "dist");
const only = option("only")?.split(",");
const rounds = Number(option("rounds") ?? 1);
const profileDir = option("profile");
const stateDir = option("state");
for (const dir of [profileDir, stateDir]) if (dir) fs.mkdirSync(dir, { recursive: true });

/** Garbage-collector pauses, as the timeline reports them (after the fact). */
const pauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ["gc"] });

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const session = profileDir ? new inspector.Session() : null;
session?.connect();
session?.post("Profiler.enable");

const fileName = (action: string) => action.replace(/[^A-Za-z]+/g, "-").replace(/-$/, "");

interface Measured {
  addonMs: number;
  /** The execution's time span on the performance timeline, for its GC pauses. */
  from: number;
  to: number;
}

/** Per action, in the order run. */
function round(): Map<string, Measured> {
  const account = networkAccount({ activities, projects, scatteredMissingIds: scattered });
  const runner = new AddonRunner({ account, today: "2026-03-02", distDir: dist });
  const out = new Map<string, Measured>();
  const go = (action: string, run: () => ExecutionResult): ExecutionResult => {
    gc();
    session?.post("Profiler.start");
    const trace = startTrace({ heap: false });
    const from = performance.now();
    const cpu0 = process.cpuUsage();
    let result: ExecutionResult;
    try {
      result = run();
    } finally {
      stopTrace();
    }
    const cpu = process.cpuUsage(cpu0);
    const to = performance.now();
    session?.post("Profiler.stop", (err, res) => {
      if (!err && profileDir)
        fs.writeFileSync(
          path.join(profileDir, `${fileName(action)}.cpuprofile`),
          JSON.stringify(res.profile),
        );
    });
    const emulatorMs = trace.reduce((a, c) => a + c.emulatorMs, 0);
    out.set(action, { addonMs: (cpu.user + cpu.system) / 1000 - emulatorMs, from, to });
    if (result.error !== undefined) console.log(`${action}: ${result.error}`);
    if (stateDir) {
      const calls = trace.map(({ emulatorMs: _e, heapBefore: _h, ...c }) => c);
      const state = { value: result.value, error: result.error, calls, ui: runner.ui, account: account.data };
      fs.writeFileSync(path.join(stateDir, `${fileName(action)}.json`), JSON.stringify(state));
    }
    return result;
  };
  const want = (key: string) => only === undefined || only.includes(key);
  const click = (action: string, fn: string) => go(action, () => runner.clickFunction(fn));

  runner.open("FULL");
  if (want("setup")) click("Werkblad inrichten", "menuSetUpWorkbook");
  if (want("validate")) click("Valideren", "menuValidate");
  if (want("dashboards")) click("Dashboards genereren", "menuGenerateDashboards");
  if (want("report")) click("Rapport genereren", "menuGenerateReport");
  if (want("plan")) click("Jaaractieplan maken", "menuMakePlan");
  if (want("invites")) {
    const preview = click("Uitnodigingen versturen… (voorbeeld)", "menuSendInvitations");
    const token = (preview.value as { details?: { preview?: { token?: string } } } | undefined)?.details
      ?.preview?.token;
    if (token)
      go("Uitnodigingen versturen… (bevestigen)", () =>
        runner.executeFromClient("confirmInvitations", JSON.stringify([token])),
      );
  }
  if (want("meetings")) {
    click("Jaarplanning vergaderingen… (dialoog)", "menuPlanMeetings");
    const plan = go("Jaarplanning vergaderingen… (voorbeeld)", () =>
      runner.executeFromClient("previewMeetingPlan", JSON.stringify([PLAN_FORM])),
    );
    const token = (plan.value as { preview?: { token?: string } } | undefined)?.preview?.token;
    if (token)
      go("Jaarplanning vergaderingen… (toevoegen)", () =>
        runner.executeFromClient("addPlannedMeetings", JSON.stringify([PLAN_FORM, token])),
      );
  }
  if (want("settings")) click("Instellingen…", "menuShowSettings");
  return out;
}

const runs = Array.from({ length: rounds }, round);
// The timeline delivers the GC entries after the fact.
setTimeout(() => {
  const gcMs = (m: Measured) =>
    pauses.filter((p) => p.start >= m.from && p.start < m.to).reduce((a, p) => a + p.ms, 0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const shape = `${activities} activities × ${projects} projects${scattered ? ", scattered IDs" : ""}`;
  console.log(
    `${shape}, ${rounds} round(s): add-on ms median and lowest; GC pauses ms (median) in the execution`,
  );
  for (const action of runs[0]!.keys()) {
    const all = runs.map((r) => r.get(action)!);
    const each = rounds > 1 ? `   (${all.map((m) => m.addonMs.toFixed(0)).join(", ")})` : "";
    const addon = median(all.map((m) => m.addonMs)).toFixed(0);
    const lowest = Math.min(...all.map((m) => m.addonMs)).toFixed(0);
    const gc = median(all.map(gcMs)).toFixed(0);
    console.log(
      `${action.padEnd(42)} ${addon.padStart(6)} ${lowest.padStart(6)}   GC ${gc.padStart(5)}${each}`,
    );
  }
}, 100);
