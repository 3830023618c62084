/**
 * `Uitnodigingen versturen…` (PRODUCT.md §5): the preview first, then — only when the coordinator confirms
 * from it — the calendar calls, the ids and statuses written back in one batch, and a summary.
 *
 * Both steps read the sheet and the calendar and plan in core (core/invites/plan.ts); the confirmation plans
 * again and acts only when that plan is the one the preview showed (its token). A run stops by itself well
 * before Apps Script's six minutes, writes back what it did and notes where it was; the next click shows
 * what is left. An event whose id did not reach the sheet (a run cut off at the worst moment) carries the
 * meeting's key, and the next plan finds it instead of making it twice.
 */
import { DOCUMENTS_PROPERTY, parseDocumentsState } from "../core/documents/files";
import { type CalEvent, newEventId } from "../core/invites/events";
import {
  confirmedMails,
  type ItemResult,
  type MeetingColumns,
  previewToken,
  type RowWrite,
  type RunResult,
  rowsStillFit,
  rowWrites,
  runOutcome,
  type StopReason,
  statusWrites,
  WRITE_BACK_FORMATS,
  writeBackColumns,
  writeSpan,
} from "../core/invites/outcome";
import { type InvitePlan, type PlanItem, planCounts, planInvites } from "../core/invites/plan";
import { withinBudget } from "../core/invites/retry";
import { memberAddresses, namesByAddress, wantedEvents } from "../core/invites/wanted";
import type { RawTab } from "../core/records";
import { invitesScreen, type LeftOut, leftOutOf } from "../core/screens/invites";
import type { ActionOutput } from "../core/summaries";
import { MEETINGS_TAB, matchColumns } from "../core/tabs";
import {
  CalendarReadError,
  calendarService,
  insertEvent,
  type OpOutcome,
  patchEvent,
  type RunClock,
  readCalendar,
  removeEvent,
  runClock,
} from "./calendar";
import { type ActionResult, type RunEnv, runAction } from "./run";
import { page } from "./screens";
import { readAndValidateMeetings } from "./validate";
import { langOf, spreadsheetId } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the last run stopped before the end: `{ done, total }`, removed once a run finishes. */
const STOPPED_PROPERTY = "netwerkplan.invites.stopped";
const PREVIEW_SIZE = { width: 680, height: 620 };

interface Prepared {
  plan: InvitePlan;
  sheet: Sheet;
  raw: RawTab;
  cols: MeetingColumns;
  calendarId: string;
  timeZone: string;
  sendInvites: boolean;
  /** The errors that keep rows of Vergaderingen out of the calendar. */
  leftOut: LeftOut[];
  /** The writes of `Uitnodiging` that make no call (errors put in, errors of fixed rows replaced). */
  statuses: RowWrite[];
  /** What the preview shows and the confirmation checks: the plan and those writes. */
  token: string;
  names: Record<string, string>;
  cal: GoogleAppsScript.Calendar;
}

/** Reads the sheet and the calendar and plans. Throws the user's message when it cannot. */
function prepare(env: RunEnv, clock: RunClock): Prepared {
  const { ss, t } = env;
  const v = readAndValidateMeetings(env);
  const tab = v.tabs.meetings;
  if (!tab) throw new Error(t("invites.error.noTab"));
  const cols = matchColumns(MEETINGS_TAB, tab.raw.values[0] ?? []);
  const missing = MEETINGS_TAB.columns
    .filter((c) => c.addOnWritten && cols[c.key] < 0)
    .map((c) => `‘${c.header}’`);
  if (missing.length > 0) throw new Error(t("invites.error.noColumns", { columns: missing.join(", ") }));
  const cal = calendarService();
  if (!cal) throw new Error(t("invites.error.noService"));

  const { settings, meetings, members, problems } = v.result;
  const calendarId = settings.calendarId.trim() || "primary";
  const spreadsheet = spreadsheetId(ss);
  const report = newestReportUrl();
  const wanted = wantedEvents(meetings, members, {
    spreadsheetId: spreadsheet,
    timeZone: settings.timeZone,
    links: [
      { label: t("invites.link.sheet"), url: ss.getUrl() },
      ...(report ? [{ label: t("invites.link.report"), url: report }] : []),
    ],
  });
  const referencedIds = new Set<string>();
  for (const row of tab.raw.values.slice(1)) {
    const id = row[cols.eventId];
    if (typeof id === "string" && id.trim() !== "") referencedIds.add(id.trim());
  }
  let read: ReturnType<typeof readCalendar>;
  try {
    read = readCalendar(
      cal,
      calendarId,
      spreadsheet,
      wanted.map((w) => w.storedId),
      clock,
    );
  } catch (e) {
    if (!(e instanceof CalendarReadError)) throw e;
    throw new Error(
      e.busy
        ? t("invites.error.busy")
        : t("invites.error.calendar", { calendar: calendarId, error: e.message }),
    );
  }
  const plan = planInvites(
    wanted,
    { listed: read.listed, fetched: read.fetched, referencedIds },
    {
      spreadsheetId: spreadsheet,
      now: env.now.getTime(),
      sendInvites: settings.sendInvites,
      selfEmails: read.selfEmails,
      memberEmails: memberAddresses(members),
    },
  );
  const leftOut = leftOutOf(problems, tab.raw.name);
  const statuses = statusWrites(plan, leftOut, tab.raw.values, cols, settings.sendInvites, t);
  return {
    plan,
    sheet: tab.sheet,
    raw: tab.raw,
    cols,
    calendarId,
    timeZone: settings.timeZone,
    sendInvites: settings.sendInvites,
    leftOut,
    statuses,
    token: previewToken(plan, statuses),
    names: namesByAddress(members),
    cal,
  };
}

/** The link of the newest progress report (what `Rapport genereren` remembers), or "" when there is none. */
function newestReportUrl(): string {
  const state = parseDocumentsState(
    PropertiesService.getDocumentProperties()?.getProperty(DOCUMENTS_PROPERTY),
  );
  return state.report?.url ?? "";
}

function readStopped(): { done: number; total: number } | null {
  try {
    const v: unknown = JSON.parse(
      PropertiesService.getDocumentProperties()?.getProperty(STOPPED_PROPERTY) ?? "null",
    );
    const o = v as { done?: unknown; total?: unknown } | null;
    return o && typeof o.done === "number" && typeof o.total === "number"
      ? { done: o.done, total: o.total }
      : null;
  } catch (_e) {
    return null;
  }
}

/** Shows the preview of a plan; returns what the local run needs to confirm it. */
function showPreview(env: RunEnv, p: Prepared): ActionOutput {
  const screen = invitesScreen(
    {
      plan: p.plan,
      timeZone: p.timeZone,
      sendInvites: p.sendInvites,
      calendarId: p.calendarId,
      leftOut: p.leftOut,
      statuses: p.statuses,
      resumed: readStopped(),
      names: p.names,
    },
    env.t,
  );
  const html = page("Invites", screen, env.lang).setWidth(PREVIEW_SIZE.width).setHeight(PREVIEW_SIZE.height);
  env.ui.showModalDialog(html, screen.title);
  return {
    message: screen.mailTotal,
    details: {
      preview: {
        token: p.token,
        counts: planCounts(p.plan),
        mails: p.plan.items.flatMap((i) => i.mail.map((m) => ({ row: i.row, to: m.to, reason: m.reason }))),
        orphans: p.plan.orphans.map((o) => o.id),
        calendarId: p.calendarId,
      },
    },
  };
}

/** The menu item (main.ts: one lock, the preview instead of a summary dialog): plans and shows the preview; nothing is sent. */
export function previewAction(env: RunEnv): ActionOutput {
  env.ss.toast(env.t("invites.progress"), env.t("app.title"), 5);
  return showPreview(env, prepare(env, runClock()));
}

/** The preview's button (google.script.run.confirmInvitations): plans again and acts if nothing changed. */
export function confirmInvitations(token: unknown): ActionResult {
  return runAction(
    "menu.invites",
    langOf,
    (env) => {
      const clock = runClock();
      const p = prepare(env, clock);
      if (typeof token !== "string" || token !== p.token) {
        // Something changed since the preview: show the new one instead of acting on the old.
        const shown = showPreview(env, p);
        return {
          ...shown,
          message: env.t("invites.preview.stale"),
          details: { ...shown.details, stale: true },
        };
      }
      env.ss.toast(env.t("invites.sending"), env.t("app.title"), 10);
      const run = apply(p, clock);
      run.written = writeBack(p, run, env);
      const props = PropertiesService.getDocumentProperties();
      const handled = run.results.filter((r) => r.state !== "notRun").length;
      if (run.stopped !== null)
        props?.setProperty(STOPPED_PROPERTY, JSON.stringify({ done: handled, total: run.results.length }));
      else props?.deleteProperty(STOPPED_PROPERTY);
      return runOutcome(p.plan, run, { calendarId: p.calendarId, timeZone: p.timeZone }, env.t);
    },
    { summary: (out) => out.details?.stale !== true },
  );
}

/** Makes the plan's calls, row by row, until done or until the run must stop. */
function apply(p: Prepared, clock: RunClock): RunResult {
  const results: ItemResult[] = [];
  let stopped: StopReason = null;
  for (const item of p.plan.items) {
    if (item.ops.length === 0 && !item.writeId) continue;
    if (stopped === null && !withinBudget(clock.elapsed())) stopped = "time";
    if (stopped !== null) {
      results.push({
        row: item.row,
        state: "notRun",
        eventId: item.eventId,
        error: "",
        mailed: [],
        event: null,
      });
      continue;
    }
    const r = applyItem(p, item, clock);
    if (r.stop !== null) stopped = r.stop;
    results.push(r.result);
  }
  return { results, stopped, written: false };
}

function applyItem(p: Prepared, item: PlanItem, clock: RunClock): { result: ItemResult; stop: StopReason } {
  let eventId = item.eventId;
  let event: CalEvent | null = null;
  for (const op of item.ops) {
    let r: OpOutcome;
    if (op.method === "insert") {
      const id = newEventId(Utilities.getUuid());
      r = insertEvent(p.cal, p.calendarId, op.body, id, op.sendUpdates, clock);
      if (r.ok) eventId = r.event?.id ?? id;
    } else if (op.method === "patch") {
      r = patchEvent(p.cal, p.calendarId, op.eventId, op.body, op.sendUpdates, clock);
    } else {
      r = removeEvent(p.cal, p.calendarId, op.eventId, op.sendUpdates, clock);
      // Already deleted: what the row asked for is so.
      if (!r.ok && r.gone) r = { ok: true, event: null };
    }
    if (!r.ok) {
      if (r.stop !== null) {
        return {
          result: {
            row: item.row,
            state: "notRun",
            eventId: item.eventId,
            error: "",
            mailed: [],
            event: null,
          },
          stop: r.stop,
        };
      }
      return {
        result: { row: item.row, state: "failed", eventId, error: r.error, mailed: [], event: null },
        stop: null,
      };
    }
    if (r.event) event = r.event;
  }
  return {
    result: {
      row: item.row,
      state: "done",
      eventId,
      error: "",
      mailed: confirmedMails(item.mail, event),
      event,
    },
    stop: null,
  };
}

/**
 * Writes `Agenda-ID`, `Uitnodiging` and `Verstuurd op` back in one batch, if the rows did not move: what the
 * calls did, and the statuses the preview showed (the errors of the rows left out, those of rows fixed since).
 */
function writeBack(p: Prepared, run: RunResult, env: RunEnv): boolean {
  const writes = [...rowWrites(p.plan, run.results, p.sendInvites, env.t), ...p.statuses];
  const span = writeSpan(writes);
  if (span === null) return true;
  const width = Math.max(p.sheet.getLastColumn(), 1);
  const fresh = p.sheet.getRange(span.first, 1, span.count, width).getValues();
  const rows = writes.map((w) => w.row);
  if (!rowsStillFit(p.raw.values, fresh, span.first, p.cols, rows)) return false;
  const cols = writeBackColumns(fresh, span.first, p.cols, writes, env.now);
  const c = p.cols;
  const f = WRITE_BACK_FORMATS;
  // Formats first: the values then go in as they are (text as text, the time as a time).
  if (c.inviteStatus === c.eventId + 1 && c.sentAt === c.eventId + 2) {
    const range = p.sheet.getRange(span.first, c.eventId + 1, span.count, 3);
    range.setNumberFormats(cols.eventId.map(() => [f.eventId, f.inviteStatus, f.sentAt]));
    range.setValues(cols.eventId.map((r, i) => [r[0], cols.inviteStatus[i]![0], cols.sentAt[i]![0]]));
  } else {
    for (const key of ["eventId", "inviteStatus", "sentAt"] as const) {
      const range = p.sheet.getRange(span.first, c[key] + 1, span.count, 1);
      range.setNumberFormat(f[key]);
      range.setValues(cols[key]);
    }
  }
  return true;
}
