/**
 * `npm run bench [-- --quick] [-- --no-cli]`: what every menu action costs, run through the
 * built bundle (dist/Code.js) in the emulator on seeded synthetic networks of 100 / 1,000 / 10,000
 * activities × 5 / 20 / 60 projects, plus scattered missing IDs and 30 generation days. Per action it
 * prints the service calls, the cell attributes written, the flushes, the modelled seconds in Apps Script
 * (bench/cost-model.ts: low / mid / high), the local CPU, the add-on's own JavaScript time, the peak heap
 * and the workbook's cell count; then the bundle's size and load time, the whole CLI's peak RSS at
 * 10,000 × 60, and every target of issue 12 with ✓ or ✗. Everything also goes to bench/results.json.
 *
 * Every call is applied by the emulator, the documents' one Docs API batchUpdate included (at 10,000
 * activities a few seconds each).
 * --quick  only the 100- and 1,000-activity cases (for working on the bench itself).
 * --no-cli skips the CLI's peak-RSS run.
 *
 * Timings are read here, never asserted in tests (tests/actions/calls.test.ts guards the call counts).
 */
import "./trace";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import * as zlib from "node:zlib";
import { build } from "esbuild";
import type { Account } from "../local/emulator/account";
import type { SheetData } from "../local/emulator/spreadsheet/model";
import { writeXlsx } from "../local/io/xlsx";
import { AddonRunner, type ExecutionResult } from "../local/run";
import { ENGLISH_FILE } from "../src/core/i18n";
import { FEATURE_GLOBAL, HOST_PARAMETER } from "../src/gas/features";
import { PLAN_FORM } from "../tests/support/invite-fixtures";
import { type CliOutcome, cliOutcome } from "./cli-outcome";
import { type Kind, kindOf, type Priced, price } from "./cost-model";
import { networkAccount } from "./network";
import { machineReferenceMs } from "./reference";
import { startTrace, stopTrace, type TracedCall } from "./trace";

/** The checkout: npm runs the bench from it (run-ts.mjs bundles this file elsewhere, so not __dirname). */
const ROOT = process.cwd();
const DIST = path.join(ROOT, "dist");
const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const CLI = !args.has("--no-cli");
const TODAY = "2026-03-02";
const started = Date.now();

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

// ---------------------------------------------------------------------------------------------------------
// Measuring one execution

interface Measured {
  case: string;
  activities: number;
  projects: number;
  action: string;
  fn: string;
  outcome: string;
  calls: number;
  callsByMethod: Record<string, number>;
  /** False when the action's Docs API batchUpdate was recorded but not applied (see trace.ts). */
  /** Cell attributes written (bench/cost-model.ts). */
  attributes: number;
  /** Cells of the tabs the action added and of the rows it appended through the Sheets API. */
  generatedCells: number;
  /** Of `attributes`, those sent through the Sheets API, i.e. into generated tabs. */
  generatedAttributes: number;
  /** Those, by kind (value, backgroundColor, bold, wrapStrategy, …). */
  generatedAttributeKinds: Record<string, number>;
  apiCells: number;
  flushes: number;
  cellsRead: number;
  modelled: { low: number; mid: number; high: number };
  byKind: Priced["byKind"];
  snapshots: number;
  readsAfterWrite: Record<string, number>;
  unclassified: string[];
  cpuMs: number;
  wallMs: number;
  /** CPU time inside emulated service calls. */
  emulatorMs: number;
  /** The add-on's own JavaScript: the execution's CPU time minus emulatorMs (the bundle's load included). */
  addonMs: number;
  peakHeapMB: number;
  workbookCells: number;
  /** The Historie tab after the action (zeros without one): its grid and the rows it uses. */
  historyCells: number;
  history: { maxRows: number; maxCols: number; contentRows: number };
}

const records: Measured[] = [];

function workbookCells(account: Account): number {
  const ss = account.activeSpreadsheet;
  return ss ? ss.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0) : 0;
}

function sumKinds(trace: readonly TracedCall[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of trace)
    for (const [k, n] of Object.entries(c.attributeKinds ?? {})) out[k] = (out[k] ?? 0) + n;
  return out;
}

function historyOf(account: Account): SheetData | undefined {
  return account.activeSpreadsheet?.sheets.find((s) => s.name === "Historie");
}

function historyBox(account: Account): Measured["history"] {
  const h = historyOf(account);
  return h
    ? { maxRows: h.maxRows, maxCols: h.maxCols, contentRows: contentBox(h).rows }
    : { maxRows: 0, maxCols: 0, contentRows: 0 };
}

function historyCellsOf(account: Account): number {
  const h = historyOf(account);
  return h ? h.maxRows * h.maxCols : 0;
}

function outcomeOf(r: ExecutionResult): string {
  if (r.error !== undefined) return `error: ${r.error}`;
  const v = r.value as { outcome?: string; ok?: boolean; message?: unknown } | undefined;
  if (v && typeof v === "object" && "outcome" in v)
    return v.outcome !== "ok" && typeof v.message === "string"
      ? `${v.outcome}: ${v.message}`
      : String(v.outcome);
  if (v && typeof v === "object" && "ok" in v) return v.ok ? "ok" : "refused";
  return "ok";
}

function measure(
  caseName: string,
  shape: { activities: number; projects: number },
  action: string,
  fn: string,
  account: Account,
  run: () => ExecutionResult,
): { result: ExecutionResult; m: Measured } {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const trace: TracedCall[] = startTrace();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let result: ExecutionResult;
  try {
    result = run();
  } finally {
    stopTrace();
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const heapAfter = process.memoryUsage().heapUsed;
  const priced = price(trace, result.usage?.["Sheets.Spreadsheets.batchUpdate.cells"] ?? 0);
  const emulatorMs = trace.reduce((a, c) => a + c.emulatorMs, 0);
  const peak = Math.max(heap0, heapAfter, ...trace.map((c) => c.heapBefore));
  const callsByMethod = { ...result.calls };
  const m: Measured = {
    case: caseName,
    activities: shape.activities,
    projects: shape.projects,
    action,
    fn,
    outcome: outcomeOf(result),
    calls: result.totalCalls,
    callsByMethod,
    attributes: priced.attributes,
    generatedCells: trace.reduce((a, c) => a + (c.generatedCells ?? 0), 0),
    generatedAttributes: trace
      .filter((c) => c.name === "Sheets.Spreadsheets.batchUpdate")
      .reduce((a, c) => a + c.attributes, 0),
    generatedAttributeKinds: sumKinds(trace),
    apiCells: priced.apiCells,
    flushes: priced.flushes,
    cellsRead: priced.cellsRead,
    modelled: { low: priced.low, mid: priced.mid, high: priced.high },
    byKind: priced.byKind,
    snapshots: priced.snapshots,
    readsAfterWrite: priced.readsAfterWrite,
    unclassified: priced.unclassified,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    emulatorMs,
    addonMs: Math.max(0, (cpu.user + cpu.system) / 1000 - emulatorMs),
    peakHeapMB: peak / 1024 / 1024,
    workbookCells: workbookCells(account),
    historyCells: historyCellsOf(account),
    history: historyBox(account),
  };
  records.push(m);
  return { result, m };
}

// ---------------------------------------------------------------------------------------------------------
// The actions of one case

const ACTIONS = {
  open: "onOpen",
  setup: "menuSetUpWorkbook",
  validate: "menuValidate",
  dashboards: "menuGenerateDashboards",
  report: "menuGenerateReport",
  plan: "menuMakePlan",
  invites: "menuSendInvitations",
  planMeetings: "menuPlanMeetings",
  settings: "menuShowSettings",
  help: "menuShowHelp",
} as const;

interface CaseSpec {
  name: string;
  activities: number;
  projects: number;
  scattered?: boolean;
  /** Run Dashboards genereren once more on the next day (the Historie growth per day). */
  nextDay?: boolean;
}

function setCell(sheet: SheetData, row: number, col: number, v: string | null): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const cells = sheet.cells[row] ?? [];
  cells[col] = v === null ? null : { v };
  sheet.cells[row] = cells;
}

function activitiesSheet(account: Account): SheetData {
  const s = account.activeSpreadsheet?.sheets.find((x) => x.name === "Activiteiten");
  if (!s) throw new Error("no Activiteiten");
  return s;
}

function lastCol(sheet: SheetData): number {
  return Math.max(...(sheet.cells[0] ?? []).map((c, i) => (c ? i + 1 : 0)));
}

function runCase(spec: CaseSpec): void {
  const shape = { activities: spec.activities, projects: spec.projects };
  const account = networkAccount({ ...shape, scatteredMissingIds: spec.scattered === true });
  const runner = new AddonRunner({ account, today: TODAY, distDir: DIST });
  const go = (action: string, fn: string, run: () => ExecutionResult) =>
    measure(spec.name, shape, action, fn, account, run);
  const click = (action: string, fn: string) => go(action, fn, () => runner.clickFunction(fn));

  go("onOpen", ACTIONS.open, () => runner.open("FULL"));
  click("Werkblad inrichten", ACTIONS.setup);
  click("Valideren", ACTIONS.validate);
  click("Dashboards genereren", ACTIONS.dashboards);
  for (const t of trimOf(runner, account)) trims.push({ case: spec.name, ...t });
  click("Rapport genereren", ACTIONS.report);
  click("Jaaractieplan maken", ACTIONS.plan);
  const preview = click("Uitnodigingen versturen… (voorbeeld)", ACTIONS.invites).result;
  const token = (preview.value as { details?: { preview?: { token?: string } } } | undefined)?.details
    ?.preview?.token;
  if (token)
    go("Uitnodigingen versturen… (bevestigen)", "confirmInvitations", () =>
      runner.executeFromClient("confirmInvitations", JSON.stringify([token])),
    );
  click("Jaarplanning vergaderingen… (dialoog)", ACTIONS.planMeetings);
  const plan = go("Jaarplanning vergaderingen… (voorbeeld)", "previewMeetingPlan", () =>
    runner.executeFromClient("previewMeetingPlan", JSON.stringify([PLAN_FORM])),
  ).result;
  const planToken = (plan.value as { preview?: { token?: string } } | undefined)?.preview?.token;
  if (planToken)
    go("Jaarplanning vergaderingen… (toevoegen)", "addPlannedMeetings", () =>
      runner.executeFromClient("addPlannedMeetings", JSON.stringify([PLAN_FORM, planToken])),
    );
  click("Instellingen…", ACTIONS.settings);
  click("Help", ACTIONS.help);

  // onEdit: a partner types in one cell; pastes 500 rows; pastes 500 rows of which every other is empty.
  const sheet = activitiesSheet(account);
  const width = lastCol(sheet);
  const note = (sheet.cells[0] ?? []).findIndex((c) => c?.v === "Toelichting");
  const noteA1 = String.fromCharCode(65 + note);
  const lastA1 = String.fromCharCode(64 + width);
  setCell(sheet, 1, note, "Bijgewerkt door een partner");
  go("onEdit (1 cel)", "onEdit", () => runner.edit("Activiteiten", `${noteA1}2`));
  const rows = Math.min(500, spec.activities);
  for (let r = 1; r <= rows; r++) setCell(sheet, r, note, `Geplakt ${r}`);
  go(`onEdit (plakken ${rows} rijen)`, "onEdit", () =>
    runner.edit("Activiteiten", `A2:${lastA1}${rows + 1}`),
  );
  if (spec.nextDay) {
    const next = new AddonRunner({ account, today: nextDay(TODAY), distDir: DIST });
    next.open("FULL");
    go("Dashboards genereren (dag 2)", ACTIONS.dashboards, () => next.clickFunction(ACTIONS.dashboards));
  }
  for (let r = 1; r <= rows; r++) {
    if (r % 2 === 0) for (let c = 0; c < width; c++) setCell(sheet, r, c, null);
    else setCell(sheet, r, note, `Opnieuw geplakt ${r}`);
  }
  go(`onEdit (plakken ${rows} rijen, om de rij leeg)`, "onEdit", () =>
    runner.edit("Activiteiten", `A2:${lastA1}${rows + 1}`),
  );
}

/** Every generated tab's grid against what it uses, after Dashboards genereren. */
const trims: ({ case: string } & Trim)[] = [];

interface Trim {
  tab: string;
  maxRows: number;
  maxCols: number;
  contentRows: number;
  contentCols: number;
}

function trimOf(runner: AddonRunner, account: Account): Trim[] {
  return generatedTabs(runner, account).map((s) => {
    const box = contentBox(s);
    return {
      tab: s.name,
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      contentRows: box.rows,
      contentCols: box.cols,
    };
  });
}

function nextDay(day: string, n = 1): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------
// 30 generation days: Historie's growth, and the actions' cost on day 30

interface HistoryResult {
  activities: number;
  projects: number;
  days: number;
  /** Historie's rows and the workbook's cells after each day's Dashboards genereren. */
  historyRows: number[];
  workbookCells: number[];
  /** Cells Historie gains per generation day (constant when it is bounded per project). */
  historyCellsPerDay: number[];
  trimmed: Trim[];
}

/**
 * The rows and columns a tab visibly uses: a cell with a value, a formula or a fill colour, a merge, a
 * chart's anchor. (A number format or font on empty cells is not content: a tab made with Sheets'
 * default 1,000 × 26 grid and formatted down a column is not trimmed.)
 */
function contentBox(s: SheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const reach = (r: number, c: number) => {
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  };
  s.cells.forEach((row, r) => {
    row?.forEach((c, ci) => {
      if (c && (c.v !== undefined || c.f !== undefined || c.bg !== undefined)) reach(r + 1, ci + 1);
    });
  });
  for (const m of s.merges) reach(m.row + m.numRows, m.col + m.numCols);
  for (const c of s.charts) reach(c.position.row + 1, c.position.col + 1);
  return { rows, cols };
}

function generatedTabs(runner: AddonRunner, account: Account): SheetData[] {
  const d = runner.execute<{ generatedTabs: { name: string }[]; dashboardPrefix: string }>(
    "describeWorkbook",
  );
  const names = new Set((d.value?.generatedTabs ?? []).map((t) => t.name));
  const prefix = d.value?.dashboardPrefix ?? "Dashboard ";
  return (account.activeSpreadsheet?.sheets ?? []).filter(
    (s) => names.has(s.name) || s.name.startsWith(prefix),
  );
}

function historyDays(activities: number, projects: number, days: number): HistoryResult {
  const account = networkAccount({ activities, projects });
  const shape = { activities, projects };
  const out: HistoryResult = {
    activities,
    projects,
    days,
    historyRows: [],
    workbookCells: [],
    historyCellsPerDay: [],
    trimmed: [],
  };
  let runner: AddonRunner | null = null;
  for (let d = 0; d < days; d++) {
    runner = new AddonRunner({ account, today: nextDay(TODAY, d), distDir: DIST });
    runner.open("FULL");
    const measureIt = d === 0 || d === days - 1;
    if (measureIt) {
      measure(
        `${activities}×${projects}, dag ${d + 1}`,
        shape,
        "Dashboards genereren",
        ACTIONS.dashboards,
        account,
        () => runner!.clickFunction(ACTIONS.dashboards),
      );
    } else {
      const r = runner.clickFunction(ACTIONS.dashboards);
      if (outcomeOf(r) !== "ok") throw new Error(`day ${d + 1}: ${outcomeOf(r)}`);
    }
    const hist = account.activeSpreadsheet?.sheets.find((s) => s.name === "Historie");
    out.historyRows.push(hist ? contentBox(hist).rows : 0);
    out.workbookCells.push(workbookCells(account));
    const prev = out.historyCellsPerDay.reduce((a, b) => a + b, 0);
    out.historyCellsPerDay.push(historyCellsOf(account) - prev);
  }
  if (runner) out.trimmed = trimOf(runner, account);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The bundle: size, what minifying gives, load time

/** The median of 5 compiles of `source`, each a fresh copy (a distinct source, so V8's cache does not help). */
function compileMs(source: string, filename: string): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    new vm.Script(`${source}\n//${i}-${Date.now()}`, { filename });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function bundleFacts() {
  const code = fs.readFileSync(path.join(DIST, "Code.js"), "utf8");
  // The English messages: a project file that only English executions read (src/core/i18n.ts).
  const englishFile = path.join(DIST, `${ENGLISH_FILE}.html`);
  const english = fs.existsSync(englishFile) ? fs.statSync(englishFile).size : 0;
  // The feature files (src/gas/features.ts): code that only the executions needing it read and compile.
  const features = fs
    .readdirSync(DIST)
    .filter((f) => /^\w+Code\.html$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(DIST, file), "utf8");
      // As src/gas/features.ts runs it: a function of the bundle's modules.
      const source = `(function (${HOST_PARAMETER}) {${text}\nreturn ${FEATURE_GLOBAL};})`;
      return { file, kb: Buffer.byteLength(text) / 1024, compileMs: compileMs(source, file) };
    });
  const common = {
    entryPoints: [path.join(ROOT, "src", "main.ts")],
    bundle: true,
    target: "es2020",
    charset: "utf8" as const,
    legalComments: "none" as const,
    logLevel: "error" as const,
    format: "iife" as const,
    globalName: "Netwerkplan",
    write: false,
    metafile: true,
  };
  const plain = await build({ ...common, minify: false });
  const minified = await build({ ...common, minify: true });
  const kb = (n: number) => n / 1024;
  const plainOut = plain.outputFiles?.[0]?.contents ?? new Uint8Array();
  const minOut = minified.outputFiles?.[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(minified.metafile?.outputs ?? {})[0]?.inputs ?? {};
  const byPackage = new Map<string, number>();
  for (const [file, info] of Object.entries(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1]! : file.replace(/^src\//, "src/").replace(/\/[^/]+$/, "/");
    byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
  }
  // Load time: compiling, then a first call.
  const compiled = compileMs(code, "Code.js");
  const account = networkAccount({ activities: 100, projects: 5 });
  const t1 = process.hrtime.bigint();
  const runner = new AddonRunner({ account, today: TODAY, distDir: DIST });
  const constructed = Number(process.hrtime.bigint() - t1) / 1e6;
  const t2 = process.hrtime.bigint();
  runner.open("FULL");
  const firstCall = Number(process.hrtime.bigint() - t2) / 1e6;
  return {
    builtKB: kb(Buffer.byteLength(code)),
    builtGzipKB: kb(zlib.gzipSync(code).length),
    englishKB: kb(english),
    features,
    minified: Buffer.byteLength(code) < 0.8 * plainOut.length,
    unminifiedKB: kb(plainOut.length),
    minifiedKB: kb(minOut.length),
    minifiedGzipKB: kb(zlib.gzipSync(minOut).length),
    largestInputsKB: [...byPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => ({ input: k, kb: Math.round(kb(v) * 10) / 10 })),
    compileMs: compiled,
    runnerMs: constructed,
    firstCallMs: firstCall,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The whole CLI at 10,000 × 60: peak RSS of a real child process

interface CliRun {
  input: string;
  /** The menu items it clicked (--actions), or "all". */
  actions: string;
  maxRssMB: number | null;
  seconds: number;
  exitCode: number | null;
  finished: boolean;
  how: string;
  /** What its samenvatting.json says of the menu items (null: no summary written). */
  outcome: CliOutcome | null;
}

/** The menu items of a CLI run's samenvatting.json, or null when it wrote none. */
function readCliOutcome(file: string): CliOutcome | null {
  try {
    const summary = JSON.parse(fs.readFileSync(file, "utf8")) as { actions?: unknown };
    return Array.isArray(summary.actions) ? cliOutcome(summary.actions) : null;
  } catch {
    return null;
  }
}

/**
 * `node build/local/cli.js --input <10,000 × 60 workbook>` as a child process: the whole menu, as `npm start`
 * clicks it.
 */
async function startCli(): Promise<{ child: ChildProcess; done: Promise<CliRun> } | null> {
  const cli = path.join(ROOT, "build", "local", "cli.js");
  if (!fs.existsSync(cli)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkplan-bench-"));
  const input = path.join(dir, "netwerk-10000x60.xlsx");
  const account = networkAccount({ activities: 10_000, projects: 60 });
  await writeXlsx(account.activeSpreadsheet!, input);
  const hook = path.join(dir, "rss-hook.cjs");
  fs.writeFileSync(
    hook,
    "process.on('exit',()=>{try{require('fs').writeSync(2,'\\nBENCH_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n')}catch(e){}});\n",
  );
  const useTime = fs.existsSync("/usr/bin/time");
  const out = path.join(dir, "out");
  const nodeArgs = ["-r", hook, cli, "--input", input, "--out", out, "--today", TODAY];
  const [cmd, cmdArgs] = useTime
    ? ["/usr/bin/time", ["-v", process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const t0 = Date.now();
  // No browser: the screenshots' Chromium is a process of its own, not the CLI's memory.
  const child = spawn(cmd, cmdArgs, {
    cwd: ROOT,
    env: { ...process.env, NETWERKPLAN_BROWSER: path.join(dir, "no-browser") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => {
    stderr += b.toString();
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000);
  });
  // While it runs, the peak so far (VmHWM) of the node process, in case the run must be stopped.
  let hwmKB = 0;
  const sample = setInterval(() => {
    for (const pid of [child.pid, ...childrenOf(child.pid)]) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m && /Name:\s+node/.test(status)) hwmKB = Math.max(hwmKB, Number(m[1]));
      } catch {
        // gone, or not Linux
      }
    }
  }, 500);
  const done = new Promise<CliRun>((resolve) => {
    child.on("exit", (code, signal) => {
      clearInterval(sample);
      const exact = /BENCH_MAXRSS_KB (\d+)/.exec(stderr);
      const time = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = exact ? Number(exact[1]) : time ? Number(time[1]) : hwmKB || null;
      resolve({
        input: "synthetic 10,000 activities × 60 projects (bench/network.ts), as .xlsx",
        actions: "all",
        maxRssMB: kb === null ? null : kb / 1024,
        seconds: (Date.now() - t0) / 1000,
        exitCode: code,
        finished: signal === null,
        outcome: readCliOutcome(path.join(out, "samenvatting.json")),
        how: exact
          ? `process.resourceUsage().maxRSS of the node process${useTime ? " (run under /usr/bin/time -v)" : ""}`
          : signal
            ? `stopped (${signal}) by the bench: VmHWM of the node process so far`
            : "VmHWM samples",
      });
    });
  });
  return { child, done };
}

/**
 * The run did all the add-on can do at its size: it finished, and every menu item succeeded or was a
 * document refused before anything was made because Google Docs could not hold it (as in every run at
 * that size; bench/cli-outcome.ts). Any other failure, or no summary, leaves the measurement open.
 */
function cliDidAll(cli: CliRun): boolean {
  if (!cli.finished) return false;
  if (cli.exitCode === 0) return true;
  // Exit 1 is then only the documents' refusal: a page that failed (Instellingen, Help) also exits 1 but is
  // not in samenvatting.json's actions, so a run without a refusal cannot have exited 1 for it.
  return (
    cli.exitCode === 1 &&
    cli.outcome !== null &&
    cli.outcome.failed.length === 0 &&
    cli.outcome.refusedBySize.length > 0
  );
}

function cliNote(cli: CliRun): string {
  const o = cli.outcome;
  if (!o) return cli.exitCode === 0 ? "" : "; no samenvatting.json";
  const parts: string[] = [];
  if (o.refusedBySize.length > 0)
    parts.push(
      `${o.refusedBySize.join(" and ")} refused: over what a Google Doc holds, as in every run at this size`,
    );
  if (o.failed.length > 0) parts.push(`failed: ${o.failed.join(", ")}`);
  return parts.length > 0 ? `; ${parts.join("; ")}` : "";
}

function childrenOf(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Printing

const f0 = (n: number) => Math.round(n).toLocaleString("en-US");
const f1 = (n: number) => (Math.round(n * 10) / 10).toLocaleString("en-US", { minimumFractionDigits: 1 });
const secs = (m: { low: number; mid: number; high: number }) => `${f1(m.low)} / ${f1(m.mid)} / ${f1(m.high)}`;

function table(rows: Measured[]): string[] {
  const out = [
    "| action | calls | attrs | flushes | modelled s (low / mid / high) | CPU ms | add-on ms | heap MB | workbook cells |",
    "|---|---:|---:|---:|---|---:|---:|---:|---:|",
  ];
  for (const m of rows) {
    const failed = m.outcome === "ok" ? "" : ` (${m.outcome.slice(0, 60)})`;
    out.push(
      `| ${m.action}${failed} | ${f0(m.calls)} | ${f0(m.attributes)} | ${m.flushes} | ${secs(m.modelled)} | ${f0(m.cpuMs)} | ${f0(m.addonMs)} | ${f0(m.peakHeapMB)} | ${f0(m.workbookCells)} |`,
    );
  }
  return out;
}

function topKinds(m: Measured, n = 3): string {
  return Object.entries(m.byKind)
    .map(([k, s]) => [k, Math.sqrt(s!.low * s!.high)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, s]) => `${k} ${f1(s)} s`)
    .join(", ");
}

// ---------------------------------------------------------------------------------------------------------
// Targets

interface Target {
  target: string;
  ok: boolean | null;
  detail: string;
}

function targets(
  bundle: Awaited<ReturnType<typeof bundleFacts>>,
  history: HistoryResult | null,
  big: HistoryProjection | null,
  cli: CliRun | null,
  reference: { startMs: number | null; endMs: number | null },
): Target[] {
  const out: Target[] = [];
  const grid = records.filter((m) => m.case.startsWith("grid "));
  const atBig = grid.filter((m) => m.activities === 10_000 && m.projects === 60);
  const worst = (list: Measured[], key: (m: Measured) => number) =>
    list.reduce<Measured | null>((w, m) => (w === null || key(m) > key(w) ? m : w), null);

  if (atBig.length > 0) {
    const over = atBig.filter((m) => m.modelled.mid > 60 || m.modelled.high > 180);
    // An action that stopped without doing its work (e.g. a document refused as too large) is fast but not done.
    const notDone = atBig.filter((m) => m.outcome !== "ok");
    const w = worst(atBig, (m) => m.modelled.high);
    out.push({
      target: "every action at 10,000 × 60 ≤ 60 s modelled mid and ≤ 180 s high",
      ok: over.length === 0 && notDone.length === 0,
      detail:
        over.length + notDone.length > 0
          ? [
              ...over.map((m) => `${m.action} ${secs(m.modelled)} s`),
              ...notDone.map((m) => `${m.action} not done (${m.outcome.slice(0, 140)})`),
            ].join("; ")
          : `slowest ${w?.action}: ${secs(w!.modelled)} s`,
    });
  }
  const validations = records.filter((m) => m.action === "Valideren");
  const wv = worst(validations, (m) => m.modelled.mid);
  if (wv)
    out.push({
      target: "Valideren ≤ 20 s modelled mid (every size)",
      ok: wv.modelled.mid <= 20,
      detail: `worst ${wv.case}: ${secs(wv.modelled)} s`,
    });
  const edits = records.filter((m) => m.fn === "onEdit");
  const we = worst(edits, (m) => m.modelled.high);
  if (we)
    out.push({
      target: "onEdit ≤ 2 s modelled high",
      ok: we.modelled.high <= 2,
      detail: `worst ${we.action} at ${we.case}: ${secs(we.modelled)} s (${we.calls} calls)`,
    });

  // Calls independent of the number of activities: the same action at the same number of projects.
  const varying: string[] = [];
  const groups = new Map<string, Measured[]>();
  for (const m of records) {
    if (m.case.includes("dag")) continue;
    const variant = m.case.startsWith("scattered") ? "scattered" : "grid";
    const key = `${variant}|${m.projects}|${m.action.replace(/\d+ rijen/, "N rijen")}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  for (const [key, list] of groups) {
    const sizes = [...new Set(list.map((m) => m.activities))];
    if (sizes.length < 2) continue;
    const calls = [...new Set(list.map((m) => m.calls))];
    if (calls.length > 1) {
      const [variant, p, action] = key.split("|");
      varying.push(
        `${action} (${variant}, ${p} projects): ${list.map((m) => `${f0(m.activities)} → ${m.calls}`).join(", ")}`,
      );
    }
  }
  // Which of the differences are only batchUpdate calls (a body passes the 10 MB a call may carry, core/batches.ts).
  const batchCalls = (m: Measured) =>
    (m.callsByMethod["Sheets.Spreadsheets.batchUpdate"] ?? 0) +
    (m.callsByMethod["Docs.Documents.batchUpdate"] ?? 0);
  const otherVarying = [...groups.values()].filter(
    (list) => new Set(list.map((m) => m.calls - batchCalls(m))).size > 1,
  ).length;
  out.push({
    target: "calls independent of the number of activities (every case, scattered IDs included)",
    ok: varying.length === 0,
    detail:
      varying.length > 0
        ? `${varying.join("; ")} — ${otherVarying === 0 ? "only batchUpdate calls differ (one more per 8 MB of body: Google refuses a call over 10 MB)" : `${otherVarying} action(s) differ in other calls too`}`
        : "equal at every size",
  });
  // At most a constant + 15 per project: the slope between 5 and 60 projects at each size.
  const slopes: string[] = [];
  let slopeOk = true;
  const byAction = new Map<string, Measured[]>();
  for (const m of grid)
    byAction.set(`${m.activities}|${m.action}`, [...(byAction.get(`${m.activities}|${m.action}`) ?? []), m]);
  const steepest = new Map<string, { slope: number; at: number }>();
  for (const [key, list] of byAction) {
    const p5 = list.find((m) => m.projects === 5);
    const p60 = list.find((m) => m.projects === 60);
    if (!p5 || !p60) continue;
    const slope = (p60.calls - p5.calls) / 55;
    const action = key.split("|")[1]!;
    const s = steepest.get(action);
    if (!s || slope > s.slope) steepest.set(action, { slope, at: p60.activities });
  }
  for (const [action, s] of steepest) {
    if (s.slope > 15) slopeOk = false;
    if (s.slope > 0.5) slopes.push(`${action} ${f1(s.slope)}/project`);
  }
  out.push({
    target: "calls ≤ a constant + 15 per project",
    ok: steepest.size > 0 ? slopeOk : null,
    detail: slopes.length > 0 ? slopes.join(", ") : "no action grows with projects",
  });
  // Cell attributes written ≤ 1.5 × the cells of the generated tabs (actions that generate tabs).
  const generating = records.filter((m) => m.generatedCells > 0);
  const ratios = generating.map((m) => ({ m, ratio: m.generatedAttributes / m.generatedCells }));
  const wr = ratios.reduce<(typeof ratios)[number] | null>(
    (w, x) => (w === null || x.ratio > w.ratio ? x : w),
    null,
  );
  if (wr)
    out.push({
      target: "cell attributes written ≤ 1.5 × the cells of the generated tabs",
      ok: wr.ratio <= 1.5,
      detail: `highest ${wr.m.action} at ${wr.m.case}: ${f0(wr.m.generatedAttributes)} attributes sent to the generated tabs / ${f0(wr.m.generatedCells)} cells = ${wr.ratio.toFixed(2)} (plus ${f0(wr.m.attributes - wr.m.generatedAttributes)} written into source tabs)`,
    });
  // One snapshot of the tabs per action; no spreadsheet read after a write.
  const snap = records.filter((m) => m.snapshots > 1);
  out.push({
    target: "one tab snapshot (getSheets / Sheets.get) per action",
    ok: snap.length === 0,
    detail:
      snap.length > 0
        ? [...new Set(snap.map((m) => `${m.action} ${m.snapshots}`))].join(", ")
        : "at most one in every action",
  });
  const raw = new Map<string, Set<string>>();
  for (const m of records) {
    for (const [method, n] of Object.entries(m.readsAfterWrite)) {
      const set = raw.get(m.action) ?? new Set<string>();
      set.add(`${method} ×${n}`);
      raw.set(m.action, set);
    }
  }
  out.push({
    target: "all reads before the writes (from the recorded call order)",
    ok: raw.size === 0,
    detail:
      raw.size > 0
        ? [...raw.entries()].map(([a, s]) => `${a}: ${[...s].slice(0, 4).join(", ")}`).join("; ")
        : "no spreadsheet read after a write",
  });
  const allTrims = [
    ...trims,
    ...(history?.trimmed ?? []).map((t) => ({ case: "30 days at 100 × 60", ...t })),
  ];
  const untrimmed = allTrims.filter((t) => t.maxRows > t.contentRows || t.maxCols > t.contentCols);
  const spare = untrimmed.reduce((a, t) => a + t.maxRows * t.maxCols - t.contentRows * t.contentCols, 0);
  const named = [...new Map(untrimmed.map((t) => [t.tab, t])).values()];
  out.push({
    target: "generated tabs trimmed to their content",
    ok: untrimmed.length === 0,
    detail:
      untrimmed.length > 0
        ? `${named
            .slice(0, 4)
            .map(
              (t) =>
                `${t.tab} ${f0(t.maxRows)}×${t.maxCols} for ${t.contentRows}×${t.contentCols} (${t.case})`,
            )
            .join(
              ", ",
            )}${named.length > 4 ? ` and ${named.length - 4} more` : ""}; ${untrimmed.length} of ${allTrims.length} tabs checked, ${f0(spare)} spare cells in all`
        : `${allTrims.length} tabs checked, each exactly its content`,
  });
  if (big) {
    out.push({
      target: `Historie bounded: workbook cells after 365 daily runs ≤ 2 × after 1 run (${big.size})`,
      ok: big.after365 <= 2 * big.after1,
      detail: `${f0(big.after1)} → ${f0(big.after365)} (× ${(big.after365 / big.after1).toFixed(2)}; ${big.formula})`,
    });
    out.push({
      target: `workbook after 365 daily runs < 5 M cells (${big.size})`,
      ok: big.after365 < 5_000_000,
      detail: `${f0(big.after365)} cells`,
    });
  }
  out.push({
    target: "whole CLI at 10,000 × 60 ≤ 400 MB peak RSS",
    ok:
      cli?.maxRssMB == null ? null : cliDidAll(cli) ? cli.maxRssMB <= 400 : cli.maxRssMB > 400 ? false : null,
    detail: cli
      ? `${cli.maxRssMB === null ? "?" : f0(cli.maxRssMB)} MB (${cli.actions === "all" ? "the whole menu" : `menu items ${cli.actions}`}; ${cli.how}; ${f0(cli.seconds)} s, exit ${cli.exitCode ?? "—"}${cliNote(cli)})`
      : "not run",
  });
  const wa = worst(records, (m) => m.addonMs);
  if (wa)
    out.push({
      target: "add-on JavaScript ≤ 500 ms local CPU per action",
      ok: wa.addonMs <= 500,
      detail: `worst ${wa.action} at ${wa.case}: ${f0(wa.addonMs)} ms (the execution ${f0(wa.cpuMs)} ms CPU, of which the emulator ${f0(wa.emulatorMs)} ms); ${records.filter((m) => m.addonMs > 500).length} of ${records.length} executions over 500 ms; machine reference ${refMs(reference.startMs)} / ${refMs(reference.endMs)} ms`,
    });
  out.push({
    target: "dist/Code.js ≤ 150 KB",
    ok: bundle.builtKB <= 150,
    detail: `${f1(bundle.builtKB)} KB as built (${bundle.minified ? "minified" : "not minified"}); minified ${f1(bundle.minifiedKB)} KB, unminified ${f1(bundle.unminifiedKB)} KB (src/main.ts alone)${bundle.features.length > 0 ? `; beside it ${bundle.features.map((f) => `${f.file.replace(/\.html$/, "")} ${f1(f.kb)} KB`).join(", ")}` : ""}`,
  });
  return out;
}

interface HistoryProjection {
  /** The network it is for ("10,000 × 60"). */
  size: string;
  after1: number;
  perDay: number;
  after365: number;
  formula: string;
}

// ---------------------------------------------------------------------------------------------------------

/** A machine reference figure, "?" when it could not be taken. */
const refMs = (ms: number | null) => (ms === null ? "?" : f0(ms));

async function main(): Promise<void> {
  const reference: { startMs: number | null; endMs: number | null } = {
    startMs: machineReferenceMs(),
    endMs: null,
  };
  const bundle = await bundleFacts();
  const cliRun = CLI && !QUICK ? await startCli() : null;

  const sizes = QUICK ? [100, 1_000] : [100, 1_000, 10_000];
  const specs: CaseSpec[] = [];
  for (const n of sizes)
    for (const p of [5, 20, 60])
      specs.push({
        name: `grid ${f0(n)}×${p}`,
        activities: n,
        projects: p,
        nextDay: n === sizes[sizes.length - 1] && p === 60,
      });
  for (const n of QUICK ? [100, 1_000] : [1_000, 10_000])
    specs.push({ name: `scattered ${f0(n)}×20`, activities: n, projects: 20, scattered: true });

  for (const spec of specs) {
    const t = Date.now();
    runCase(spec);
    console.log(
      `\n### ${spec.name}${spec.scattered ? " (every other row without an ID)" : ""} — ${f1((Date.now() - t) / 1000)} s\n`,
    );
    for (const line of table(records.filter((m) => m.case === spec.name))) console.log(line);
  }

  const history = historyDays(100, 60, 30);
  console.log(`\n### 30 generation days of Dashboards genereren at 100 × 60\n`);
  for (const line of table(records.filter((m) => m.case.includes("dag")))) console.log(line);
  console.log(
    `\nHistorie rows after day 1, 2, 30: ${history.historyRows[0]}, ${history.historyRows[1]}, ${history.historyRows[history.days - 1]}; cells gained per day (days 2–30): ${[...new Set(history.historyCellsPerDay.slice(1))].join(", ")}`,
  );

  // 365 days at 10,000 × 60: the workbook after day 1 plus 364 days of Historie growth. Historie holds one
  // row per day × project whatever the number of activities, so its growth per day is measured at 10,000 × 60
  // itself (day 2) and checked constant over 30 days at 100 × 60.
  const bigCase = records.filter((m) => m.activities === sizes[sizes.length - 1] && m.projects === 60);
  const day1 = bigCase.find((m) => m.action === "Dashboards genereren");
  const day2 = bigCase.find((m) => m.action === "Dashboards genereren (dag 2)");
  const constant = new Set(history.historyCellsPerDay.slice(1)).size === 1;
  // Historie's rows grow by the same number each day; its grid grows once the rows pass its height.
  const rowsPerDay = day1 && day2 ? day2.history.contentRows - day1.history.contentRows : 0;
  const big: HistoryProjection | null =
    day1 && day2 && constant
      ? {
          size: `${f0(day1.activities)} × ${day1.projects}`,
          after1: day1.workbookCells,
          perDay: rowsPerDay * day1.history.maxCols,
          after365:
            day1.workbookCells -
            day1.historyCells +
            Math.max(day1.history.maxRows, day1.history.contentRows + 364 * rowsPerDay) *
              day1.history.maxCols,
          formula: `cells(365) = cells(day 1) − Historie(day 1) + max(${f0(day1.history.maxRows)}, ${f0(day1.history.contentRows)} + 364 × ${rowsPerDay} rows/day) × ${day1.history.maxCols} columns; rows/day measured from day 1 to day 2 at this size, constant over 30 days at 100 × 60`,
        }
      : null;

  let cli: CliRun | null = null;
  if (cliRun) {
    const budget = 600_000;
    const timer = setTimeout(() => cliRun.child.kill("SIGTERM"), budget);
    console.log(`\nWaiting for the CLI run (at most ${budget / 1000} s more)…`);
    cli = await cliRun.done;
    clearTimeout(timer);
  }

  console.log("\n### Bundle\n");
  console.log(
    `dist/Code.js ${f1(bundle.builtKB)} KB as built (${bundle.minified ? "minified" : "not minified"}, gzip ${f1(bundle.builtGzipKB)} KB); esbuild unminified ${f1(bundle.unminifiedKB)} KB, minified ${f1(bundle.minifiedKB)} KB (gzip ${f1(bundle.minifiedGzipKB)} KB)`,
  );
  if (bundle.englishKB > 0)
    console.log(
      `dist/English.html ${f1(bundle.englishKB)} KB: the English messages, read only by English runs`,
    );
  if (bundle.features.length > 0)
    console.log(
      `feature files, read only by the executions that need them: ${bundle.features.map((f) => `dist/${f.file} ${f1(f.kb)} KB (compile ${f1(f.compileMs)} ms, median of 5)`).join(", ")}`,
    );
  console.log(
    `load: vm compile ${f1(bundle.compileMs)} ms (median of 5), runner ${f1(bundle.runnerMs)} ms, first call (onOpen, fresh context) ${f1(bundle.firstCallMs)} ms`,
  );
  console.log(
    `largest inputs (minified): ${bundle.largestInputsKB.map((x) => `${x.input} ${x.kb} KB`).join(", ")}`,
  );
  if (cli)
    console.log(
      `\nCLI at 10,000 × 60 (${cli.actions}): peak RSS ${cli.maxRssMB === null ? "?" : f0(cli.maxRssMB)} MB, ${f0(cli.seconds)} s, exit ${cli.exitCode ?? "—"} (${cli.how})`,
    );

  // What drives the modelled time at the largest size.
  console.log(`\n### What the modelled time is made of (${sizes[sizes.length - 1]} × 60, mid)\n`);
  for (const m of bigCase) console.log(`- ${m.action}: ${topKinds(m)}`);
  for (const m of bigCase.filter((x) => x.generatedCells > 0)) {
    const kinds = Object.entries(m.generatedAttributeKinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${f0(n)}`)
      .join(", ");
    console.log(
      `- ${m.action}: ${f0(m.generatedAttributes)} attributes for ${f0(m.generatedCells)} new cells — ${kinds}`,
    );
  }

  const unclassified = [...new Set(records.flatMap((m) => m.unclassified))];
  if (unclassified.length > 0)
    console.log(`\nNot in the cost model (priced as "other"): ${unclassified.join(", ")}`);

  reference.endMs = machineReferenceMs();
  console.log(
    `\nmachine reference (bench/reference.ts, CPU ms, median of 5): ${refMs(reference.startMs)} at the start, ${refMs(reference.endMs)} at the end`,
  );
  const list = targets(bundle, history, big, cli, reference);
  console.log("\n### Targets (issue 12)\n");
  for (const t of list) console.log(`${t.ok === null ? "?" : t.ok ? "✓" : "✗"} ${t.target} — ${t.detail}`);
  const duration = (Date.now() - started) / 1000;
  console.log(`\nbench: ${f0(duration)} s${QUICK ? " (--quick)" : ""}`);

  const kinds: Record<string, Kind> = {};
  for (const m of records) for (const k of Object.keys(m.callsByMethod)) kinds[k] = kindOf(k);
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${f0(os.totalmem() / 1024 ** 3)} GB, ${os.platform()} ${os.release()}, node ${process.version}`,
    machineReferenceMs: reference,
    mode: QUICK ? "quick" : "default",
    seconds: duration,
    today: TODAY,
    bundle,
    cli,
    history,
    projection365: big,
    targets: list,
    methodKinds: kinds,
    records,
  };
  const file = path.join(ROOT, "bench", "results.json");
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  // In the repository's own format, so that `biome check .` passes with the file as written.
  spawnSync(path.join(ROOT, "node_modules", ".bin", "biome"), ["format", "--write", file], {
    stdio: "ignore",
  });
  console.log("bench/results.json written");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
