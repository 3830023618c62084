/**
 * `npm start [-- --input FILE.xlsx] [--out DIR] [--today YYYY-MM-DD] [--state DIR] [--actions LIST] [--fault SPEC]`
 *
 * Runs the add-on bundle (dist/Code.js) as pushed, inside the emulated Google services, on the example
 * network or the given workbook: opens the spreadsheet, clicks the menu actions in the order of
 * PRODUCT.md §8, opens the year planning dialog, the settings sidebar and Help, and writes the workbook, the
 * preview, every page the run showed (schermen/, with screenshots), the documents the run made (rapport.docx,
 * jaaractieplan.docx) and a summary to DIR (default out/).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as v8 from "node:v8";
import type { Browser } from "playwright-core";
import { findBrowser, launchBrowser, NoBrowserError } from "./browser";
import { type Args, checkPaths, type FaultArg, HELP, InputError, parseArgs } from "./cli-args";
import { Account } from "./emulator/account";
import { type CalendarMail, calendarDataOf } from "./emulator/calendar";
import { GAS_ERRORS } from "./emulator/runtime";
import type { SpreadsheetData } from "./emulator/spreadsheet/model";
import { writeDocx } from "./io/docx";
import { calendarToIcs } from "./io/ics";
import { renderPreview } from "./io/preview";
import { isPageEvent, type ScreenEntry, writeScreens } from "./io/screens";
import { readXlsx, writeXlsx, XlsxInputError } from "./io/xlsx";
import { AddonRunner } from "./run";

/**
 * The menu items the local run clicks, in the order of PRODUCT.md §8, by the bundle function each calls
 * (the captions, in the workbook's language, come from the menu the add-on builds).
 */
const ACTIONS = {
  setup: "menuSetUpWorkbook",
  validate: "menuValidate",
  dashboards: "menuGenerateDashboards",
  report: "menuGenerateReport",
  plan: "menuMakePlan",
  invites: "menuSendInvitations",
} as const;
const ORDER = [
  ACTIONS.setup,
  ACTIONS.validate,
  ACTIONS.dashboards,
  ACTIONS.report,
  ACTIONS.plan,
  ACTIONS.invites,
];
/** The Google Docs the document actions made, written as .docx under these names. */
const DOCUMENT_FILES = { [ACTIONS.report]: "rapport.docx", [ACTIONS.plan]: "jaaractieplan.docx" } as const;
/**
 * Menu items opened after the actions, in the menu's order, so that their pages are written to schermen/ as
 * well. Opening them changes nothing (the year planning adds rows only from its dialog's button), so they are
 * not actions: samenvatting.json lists their pages under `screens`, not under `actions`.
 */
const PLAN_MEETINGS = "menuPlanMeetings";
const PAGES = [PLAN_MEETINGS, "menuShowSettings", "menuShowHelp"] as const;
/** A page that `--actions` may name as well: there it is clicked in its turn, and listed as what it was. */
const PAGES_AS_ACTIONS = [PLAN_MEETINGS] as const;
/** How much V8 may grow the heap past what is live before it collects again (see the entry point below). */
const HEAP_GROWING_PERCENT = 25;
/** Where the pages the run showed are written, inside the output folder. */
const SCREENS_DIR = "schermen";

/** What the bundle's `describeWorkbook` answers (src/gas/describe.ts). */
interface WorkbookDescription {
  requiredTabs: string[];
  missing: {
    tabs: string[];
    headers: { tab: string; row: number }[];
    columns: { tab: string; column: string }[];
  };
  messages: string[];
  generatedTabs: { name: string; hidden: boolean }[];
  dashboardPrefix: string;
  lang: "nl" | "en";
}

/** The checkout this runner belongs to (works from local/ under ts-jest and from build/local/). */
const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}
const EXAMPLE = path.join(ROOT, "examples", "voorbeeldnetwerk.xlsx");

export interface ActionSummary {
  name: string;
  outcome: "ok" | "error";
  message: string;
  calls: Record<string, number>;
  totalCalls: number;
}

async function loadAccount(args: Args): Promise<{ account: Account; input: string; fromState: boolean }> {
  const input = path.resolve(args.input ?? EXAMPLE);
  let saved: Account | null = null;
  let first: string | null = null;
  const unusable = (why: string) =>
    new InputError(
      `De map ${args.state} (--state) bevat geen bruikbare opgeslagen toestand (${why}). Kies een lege map.`,
    );
  try {
    saved = args.state ? Account.load(args.state) : null;
  } catch (e) {
    throw unusable(e instanceof Error ? e.message : String(e));
  }
  if (saved?.activeSpreadsheet) {
    // The workbook came from the first run's input; the state folder remembers which file that was.
    const meta = path.join(args.state!, "invoer.json");
    try {
      const remembered = fs.existsSync(meta) ? (JSON.parse(fs.readFileSync(meta, "utf8")) as unknown) : null;
      const input = (remembered as { input?: unknown } | null)?.input;
      first = typeof input === "string" ? input : null;
    } catch {
      throw unusable("invoer.json is geen leesbare JSON");
    }
    if (args.input && path.resolve(args.input) !== first) {
      console.log(
        `let op: --state ${args.state} bevat al een werkblad; --input ${args.input} wordt niet gelezen`,
      );
    }
    return { account: saved, input: first ?? path.resolve(args.state!), fromState: true };
  }
  const account = new Account();
  const ss = await readXlsx(input, { id: account.newFileId() });
  ss.name = path.basename(input).replace(/\.xlsx$/i, "");
  account.addSpreadsheet(ss);
  account.data.activeSpreadsheetId = ss.id;
  return { account, input, fromState: false };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  checkPaths(args);
  const { account, input, fromState } = await loadAccount(args);
  const runner = new AddonRunner({
    account,
    distDir: path.join(ROOT, "dist"),
    ...(args.today ? { today: args.today } : {}),
  });
  const today = runner.now();

  const described = runner.execute<WorkbookDescription>("describeWorkbook");
  const workbook = described.value;
  if (!workbook) throw new Error(`describeWorkbook failed: ${described.error}`);
  refuseUnusable(path.basename(input), workbook);

  const opened = runner.open("FULL");
  if (opened.error) throw new Error(`onOpen failed: ${opened.error}`);
  const toClick = actionsToClick(runner, args);
  const actions: ActionSummary[] = [];
  const mailsBefore = calendarDataOf(account).mails.length;
  const details = new Map<string, Record<string, unknown>>();
  let fault: FaultSummary | null = null;
  for (const [i, { fn, caption }] of toClick.entries()) {
    const injected = args.fault && !fault && args.fault.action === caption ? startFault(args.fault) : null;
    if (injected) runner.faults = [injected.spec];
    const clicked = runner.clickFunction(fn);
    if (injected && fn === ACTIONS.invites && !injected.summary.fired && clicked.totalCalls < injected.call) {
      // The preview's confirmation is the same action: the count goes on in its execution.
      runner.faults = [{ ...injected.spec, call: injected.call - clicked.totalCalls }];
    }
    const r = fn === ACTIONS.invites ? confirmPreview(runner, clicked) : clicked;
    runner.faults = [];
    const value = (r.value ?? {}) as {
      outcome?: ActionSummary["outcome"];
      message?: string;
      details?: Record<string, unknown>;
    };
    actions.push({
      name: r.caption,
      outcome: r.error ? "error" : (value.outcome ?? "error"),
      message: r.error ?? value.message ?? "",
      calls: r.calls,
      totalCalls: r.totalCalls,
    });
    if (value.details) details.set(fn, value.details);
    if (injected) {
      // The run stops after the action with the fault: nothing later is clicked.
      fault = { ...injected.summary, outcome: actions[actions.length - 1]!.outcome };
      fault.notClicked = toClick.slice(i + 1).map((a) => a.caption);
      break;
    }
  }
  const pageErrors: string[] = [];
  // The year planning, Settings and Help are opened after a run of the whole menu, not after chosen actions or
  // a fault.
  for (const fn of args.actions || fault ? [] : PAGES) {
    if (!runner.menuItems().some((i) => i.functionName === fn)) continue;
    const r = runner.clickFunction(fn);
    const value = r.value as { outcome?: string; message?: string } | undefined;
    if (r.error) pageErrors.push(`‘${r.caption}’ is niet gelukt: ${r.error}`);
    // An action-like page (the year planning) that ended in an error said so in its own words.
    else if (value?.outcome === "error") pageErrors.push(value.message ?? `‘${r.caption}’ is niet gelukt`);
  }

  const ss = account.activeSpreadsheet!;
  fs.mkdirSync(args.out, { recursive: true });
  // The documents first: writing a large network's year plan is the run's peak of memory, which is lowest
  // before the other files are written.
  const report = await writeDocument(
    account,
    details.get(ACTIONS.report),
    args.out,
    DOCUMENT_FILES[ACTIONS.report],
  );
  const plan = await writeDocument(
    account,
    details.get(ACTIONS.plan),
    args.out,
    DOCUMENT_FILES[ACTIONS.plan],
  );
  const { truncated, renamed } = await writeXlsx(ss, path.join(args.out, "netwerkplan.xlsx"));
  fs.writeFileSync(
    path.join(args.out, "index.html"),
    renderPreview(ss, {
      title: previewTitle(ss),
      lang: workbook.lang,
      today: ymd(today),
      tabs: previewTabs(details.get(ACTIONS.dashboards)),
    }),
  );
  const invites = details.get(ACTIONS.invites)?.invites as InvitesDetails | undefined;
  fs.writeFileSync(path.join(args.out, ICS_FILE), calendarToIcs(account, invites?.calendarId ?? "primary"));
  const summary = {
    today: ymd(today),
    input,
    actions,
    counts: details.get(ACTIONS.validate)?.counts ?? null,
    problems: details.get(ACTIONS.validate)?.problems ?? [],
    dashboards: details.get(ACTIONS.dashboards)?.dashboards ?? [],
    report,
    plan,
    invites: invites ? invitesSummary(invites, calendarDataOf(account).mails.slice(mailsBefore)) : null,
    truncated,
    renamedTabs: renamed,
    fault,
    screens: [] as ScreenEntry[],
  };
  const screens = await writeScreenFiles(runner.ui.events, path.join(args.out, SCREENS_DIR));
  summary.screens = screens.map((e) => ({ ...e, file: `${SCREENS_DIR}/${e.file}` }));
  fs.writeFileSync(path.join(args.out, "samenvatting.json"), `${JSON.stringify(summary, null, 2)}\n`);
  if (args.state) {
    account.save(args.state);
    if (!fromState)
      fs.writeFileSync(path.join(args.state, "invoer.json"), `${JSON.stringify({ input }, null, 2)}\n`);
  }

  // Each action and, under it, what the add-on told the user (its summary's lines); a failure is on stderr.
  for (const a of actions) {
    console.log(`${a.outcome.padEnd(11)} ${a.name} (${a.totalCalls} aanroepen)`);
    if (a.outcome === "ok")
      for (const line of a.message.split("\n").filter((l) => l.trim() !== ""))
        console.log(`${" ".repeat(12)}${line}`);
  }
  for (const t of truncated)
    console.log(`let op: ${t.sheet}!${t.cell} is ingekort tot 32.767 tekens in de xlsx`);
  for (const t of renamed)
    console.log(`let op: het tabblad ‘${t.tab}’ staat in de xlsx als ‘${t.written}’: ${t.reason}`);
  if (fault) console.log(faultLine(fault));
  const docs = [summary.report, summary.plan].flatMap((d) => (d ? [d.file] : []));
  const written = ["netwerkplan.xlsx", ...docs, ICS_FILE, "index.html", "samenvatting.json"].map((f) =>
    path.join(args.out, f),
  );
  if (screens.length > 0)
    written.push(
      `${path.join(args.out, SCREENS_DIR)} (${screens.length} ${screens.length === 1 ? "scherm" : "schermen"})`,
    );
  console.log(`Geschreven: ${written.join(", ")}`);
  console.log(`Het overzicht en de dashboards: open ${path.join(args.out, "index.html")} in een browser.`);
  // Validation problems are results (exit 0); an action or a page that broke off is a failure of the run.
  const failed = actions.filter((a) => a.outcome === "error");
  // The add-on's own message names the action; an execution that was ended (the time limit) has only Google's.
  for (const a of failed) {
    const name = actionName(a.name);
    console.error(
      `netwerkplan: ${a.message.includes(name) ? a.message : `‘${name}’ is niet gelukt: ${a.message}`}`,
    );
  }
  for (const e of pageErrors) console.error(`netwerkplan: ${e}`);
  return failed.length > 0 || pageErrors.length > 0 ? 1 : 0;
}

/**
 * A menu caption as the action's name, without the "…" that says a dialog follows, as the add-on words it
 * (src/core/menu.ts actionName; local/ runs the bundle and never imports src/).
 */
const actionName = (caption: string): string => caption.replace(/\s*(?:…|\.\.\.)$/, "");

/**
 * Writes the pages the run showed to `dir` (the files of an earlier run go first), with screenshots when a
 * browser can be found; without one the pages are written all the same, and one line says so.
 */
async function writeScreenFiles(
  events: Parameters<typeof writeScreens>[0],
  dir: string,
): Promise<ScreenEntry[]> {
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir)) if (/\.(html|png)$/.test(f)) fs.rmSync(path.join(dir, f));
  }
  if (!events.some(isPageEvent)) return [];
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser(findBrowser());
  } catch (e) {
    if (!(e instanceof NoBrowserError)) throw e;
    console.log(
      `let op: geen schermafbeeldingen, want er is geen browser (${e.message}); de schermen staan als HTML in ${dir}`,
    );
  }
  try {
    return await writeScreens(events, dir, { browser });
  } finally {
    await browser?.close();
  }
}

/** What samenvatting.json says about a document the run made (`report`, `plan`). */
interface DocumentSummary {
  documentId: string;
  url: string;
  title: string;
  /** The .docx written from the emulated Google Doc, relative to the output folder. */
  file: string;
  sections: string[];
  placeholdersUnknown: string[];
}

/**
 * Writes the Google Doc a document action reported (its details name the document) as `file` in `out`;
 * null when the action made none (it failed or is not available). A stale file of an earlier run goes.
 */
async function writeDocument(
  account: Account,
  details: Record<string, unknown> | undefined,
  out: string,
  file: string,
): Promise<DocumentSummary | null> {
  const target = path.join(out, file);
  fs.rmSync(target, { force: true });
  const id = typeof details?.documentId === "string" ? details.documentId : null;
  const doc = id ? account.data.documents[id] : undefined;
  if (!doc || !details) return null;
  await writeDocx(doc, target);
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  return {
    documentId: doc.id,
    url: String(details.url ?? ""),
    title: doc.name,
    file,
    sections: strings(details.sections),
    placeholdersUnknown: strings(details.placeholdersUnknown),
  };
}

/** The events of the run's calendar, with their guests (PRODUCT.md §8). */
const ICS_FILE = "uitnodigingen.ics";

/** What the bundle's confirmInvitations reports (src/core/invites/outcome.ts). */
interface InvitesDetails {
  created: number;
  updated: number;
  cancelled: number;
  recreated: number;
  unchanged: number;
  events: unknown[];
  calendarId?: string;
  [more: string]: unknown;
}

/**
 * The invitation preview's button, as the page calls it (google.script.run.confirmInvitations with the token
 * the preview showed): the local run confirms, as PRODUCT.md §8 says. The action's calls are both executions'.
 */
function confirmPreview(runner: AddonRunner, preview: ReturnType<AddonRunner["clickFunction"]>) {
  const token = (preview.value as { details?: { preview?: { token?: unknown } } } | undefined)?.details
    ?.preview?.token;
  if (preview.error !== undefined || typeof token !== "string") return preview;
  const confirmed = runner.executeFromClient("confirmInvitations", JSON.stringify([token]));
  const calls = { ...preview.calls };
  for (const [k, n] of Object.entries(confirmed.calls)) calls[k] = (calls[k] ?? 0) + n;
  const sorted = Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...confirmed,
    caption: preview.caption,
    calls: sorted,
    totalCalls: preview.totalCalls + confirmed.totalCalls,
  };
}

/**
 * samenvatting.json's `invites`: the bundle's counts and events; `mailed` and `mails` from the emulated
 * calendar's own record of the mails Google would have sent during this run.
 */
function invitesSummary(d: InvitesDetails, mails: readonly CalendarMail[]) {
  const { created, updated, cancelled, recreated, unchanged, events, ...rest } = d;
  return {
    created,
    updated,
    cancelled,
    recreated,
    unchanged,
    mailed: [...new Set(mails.map((m) => m.to.toLowerCase()))].sort(),
    events,
    ...rest,
    mails: mails.map((m) => ({ to: m.to, reason: m.reason, eventId: m.eventId })),
  };
}

/**
 * The menu items to click: the actions of PRODUCT.md §8 in order, or those `--actions` names, checked
 * (`Jaarplanning vergaderingen…` among them: its dialog is opened).
 */
function actionsToClick(runner: AddonRunner, args: Args): { fn: string; caption: string }[] {
  const menu = runner.menuItems();
  const items = (fns: readonly string[]) =>
    fns
      .flatMap((fn) => menu.filter((i) => i.functionName === fn))
      .map((i) => ({
        fn: i.functionName,
        caption: i.caption,
      }));
  const all = items(ORDER);
  const nameable = [...all, ...items(PAGES_AS_ACTIONS)];
  const known = nameable.map((a) => `‘${a.caption}’`).join(", ");
  const find = (name: string, option: string) => {
    const found = nameable.find((a) => a.caption === name);
    if (!found) throw new InputError(`Onbekende actie ‘${name}’ in ${option}. Kies uit: ${known}.`);
    return found;
  };
  const chosen = args.actions ? args.actions.map((name) => find(name, "--actions")) : all;
  if (args.fault) {
    find(args.fault.action, "--fault");
    if (!chosen.some((a) => a.caption === args.fault!.action)) {
      throw new InputError(
        `--fault noemt ‘${args.fault.action}’, maar die actie wordt in deze run niet aangeklikt (--actions ${args.actions!.join(",")}).`,
      );
    }
  }
  return chosen;
}

/** What samenvatting.json says about the fault `--fault` injected. */
interface FaultSummary {
  action: string;
  call: number;
  kind: FaultArg["kind"];
  /** Whether the action made that many calls (else it ran as usual). */
  fired: boolean;
  /** The call that failed (`Sheet.getRange`) and the error text it threw; null when it did not fire. */
  method: string | null;
  message: string | null;
  /** How the action ended. */
  outcome?: ActionSummary["outcome"];
  /** The actions that were not clicked because the run stopped after this one. */
  notClicked: string[];
}

/** The fault to inject: Google's quota error (its text names the service of the call) or the time-out. */
function startFault(arg: FaultArg) {
  const summary: FaultSummary = {
    action: arg.action,
    call: arg.call,
    kind: arg.kind,
    fired: false,
    method: null,
    message: null,
    notClicked: [],
  };
  const fired = (name: string, message: string) =>
    Object.assign(summary, { fired: true, method: name, message });
  const spec = {
    call: arg.call,
    ...(arg.kind === "timeout" ? { message: GAS_ERRORS.timeout } : {}),
    fired,
  };
  return { call: arg.call, spec, summary };
}

function faultLine(f: FaultSummary): string {
  const where = `aanroep ${f.call} van ‘${f.action}’`;
  const rest =
    f.notClicked.length > 0 ? `; niet aangeklikt: ${f.notClicked.map((a) => `‘${a}’`).join(", ")}` : "";
  return f.fired
    ? `fout ingevoegd bij ${where} (${f.method}): ${f.message}${rest}`
    : `let op: de fout bij ${where} is niet opgetreden, want de actie deed minder aanroepen${rest}`;
}

/**
 * A workbook without a required tab or column, or with a header row below row 1 (the add-on reads a header
 * on row 1 only), is no input (exit 2), in the add-on's own words.
 */
function refuseUnusable(file: string, workbook: WorkbookDescription): void {
  const { tabs, headers, columns } = workbook.missing;
  const quoted = (names: readonly string[]) => names.map((t) => `‘${t}’`).join(", ");
  if (tabs.length > 0) {
    throw new InputError(
      `${file} mist ${tabs.length === 1 ? "het tabblad" : "de tabbladen"} ${quoted(tabs)}. Een Netwerkplan-werkblad heeft ten minste de tabbladen ${quoted(workbook.requiredTabs)}.`,
    );
  }
  if (headers.length > 0 || columns.length > 0) throw new InputError(workbook.messages.join(" "));
}

/** The tabs the preview shows: the overview and the dashboards, as the dashboards action reported them. */
function previewTabs(details: Record<string, unknown> | undefined): string[] {
  const overview = typeof details?.overview === "string" ? [details.overview] : [];
  const dashboards = Array.isArray(details?.dashboards) ? (details.dashboards as { tab?: unknown }[]) : [];
  return [...overview, ...dashboards.flatMap((d) => (typeof d.tab === "string" ? [d.tab] : []))];
}

/** The preview's title: the network's name from `Instellingen`, else the spreadsheet's name. */
export function previewTitle(ss: SpreadsheetData): string {
  const settings = ss.sheets.find((s) => s.name.trim().toLowerCase() === "instellingen");
  const row = settings?.cells.find(
    (r) =>
      String(r?.[0]?.v ?? "")
        .trim()
        .toLowerCase() === "netwerknaam",
  );
  const name = String(row?.[1]?.v ?? "").trim();
  return name === "" ? ss.name : name;
}

function ymd(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d);
}

if (require.main === module) {
  // V8 lets the old generation grow to up to four times what was live at the last full collection before it
  // collects again: at 10,000 activities (some 150 MB live, more while a document is written) the run's RSS
  // went past 700 MB with most of it garbage. Growing it by a quarter keeps it near what is live, for a few
  // per cent more collection time (README "Prestaties"). A heap flag that V8 reads at each collection, so
  // it takes effect when set here.
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof InputError || e instanceof XlsxInputError) {
        console.error(`netwerkplan: ${e.message}`);
        process.exit(2);
      }
      console.error(`netwerkplan: onverwachte fout: ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.DEBUG) console.error(e);
      process.exit(1);
    },
  );
}
