/**
 * What a confirmed run did: per row what reached the calendar, the values written back into
 * `Agenda-ID`, `Uitnodiging` and `Verstuurd op`, the summary the coordinator sees and the facts the
 * local run puts in samenvatting.json (`invites`).
 */
import { fitCellText, MAX_CELL_TEXT } from "../batch";
import { asText } from "../grid";
import type { MessageKey, Translate } from "../i18n";
import type { ActionOutput } from "../summaries";
import { MEETINGS_TAB } from "../tabs";
import type { CalEvent } from "./events";
import { guestsOf, hash64 } from "./events";
import { type InvitePlan, type Mail, type PlanItem, refreshesLinks } from "./plan";
import { holdsError, ownStatus } from "./status";

/** How one row's calls went. */
export interface ItemResult {
  row: number;
  /** done: every call went through; failed: one could not; notRun: the run stopped before it. */
  state: "done" | "failed" | "notRun";
  /** The row's event after the run ("" when it has none). */
  eventId: string;
  /** The API's message of the call that failed. */
  error: string;
  /** The mails of the calls that went through. */
  mailed: Mail[];
  /** The event as the last call returned it (for samenvatting.json), or null. */
  event: CalEvent | null;
}

/** Why a run stopped before the end (it continues at the next click), or null. */
export type StopReason = "time" | "quota" | null;

export interface RunResult {
  results: ItemResult[];
  stopped: StopReason;
  /** Whether the values could be written back (false when the rows moved while the run was busy). */
  written: boolean;
}

/** One row's new add-on cells; null keeps what is there. */
export interface RowWrite {
  row: number;
  eventId: string | null;
  status: string | null;
  /** Mail went out: `Verstuurd op` becomes the run's time. */
  sent: boolean;
  /**
   * An event found again by its key after a run that was cut off before writing back: `Verstuurd op`
   * becomes the time that run made it (when mail was on), not left empty.
   */
  sentAt?: string;
}

/** The `Uitnodiging` word for a row whose calls all went through. */
function statusOf(item: PlanItem, result: ItemResult, sendInvites: boolean, t: Translate): string | null {
  switch (item.kind) {
    case "create":
    case "recreate":
      return t(result.mailed.length > 0 ? "invites.status.sent" : "invites.status.noMail");
    case "update":
      return t("invites.status.updated");
    case "cancel":
      return t("invites.status.cancelled");
    default:
      // An event found again by its key: made and (when mail was on) sent by the run that was cut off.
      return item.note === "adopted"
        ? t(sendInvites ? "invites.status.sent" : "invites.status.noMail")
        : null;
  }
}

/**
 * An error written into `Uitnodiging` over what it holds: when that says the add-on cancelled the row's event
 * (`geannuleerd`, in either language), the error keeps that known (`geannuleerd; <error>`), so that the
 * preview can still tell a meeting planned again from an event that vanished.
 */
function errorOver(stored: unknown, error: string, t: Translate): string {
  return ownStatus(stored)?.cancelled ? t("invites.status.cancelledBefore", { status: error }) : error;
}

/**
 * The cells to write back, one entry per row that changes. A row whose calls went through but that gets no
 * status of its own (only the links were brought in line) while its `Uitnodiging` still holds an error of the
 * add-on gets settledStatus: the event is fine now.
 */
export function rowWrites(
  plan: InvitePlan,
  results: readonly ItemResult[],
  sendInvites: boolean,
  t: Translate,
): RowWrite[] {
  const byRow = new Map(results.map((r) => [r.row, r] as const));
  const out: RowWrite[] = [];
  for (const item of plan.items) {
    const r = byRow.get(item.row);
    if (!r || r.state === "notRun") continue;
    if (r.state === "failed") {
      const error = t("invites.status.error", { error: r.error });
      out.push({
        row: item.row,
        eventId: r.eventId !== "" && r.eventId !== item.wanted.storedId ? r.eventId : null,
        // The event is still the one the add-on cancelled only when it has not been made again.
        status: item.kind === "recreate" ? errorOver(item.wanted.storedStatus, error, t) : error,
        sent: r.mailed.length > 0,
      });
      continue;
    }
    const own = statusOf(item, r, sendInvites, t);
    const status =
      own === null && holdsError(item.wanted.storedStatus) ? settledStatus(item, sendInvites, t) : own;
    const eventId = item.writeId || r.eventId !== item.wanted.storedId ? r.eventId : null;
    if (eventId === null && status === null && r.mailed.length === 0) continue;
    const write: RowWrite = { row: item.row, eventId, status, sent: r.mailed.length > 0 };
    const made = item.before?.created ?? "";
    if (item.note === "adopted" && sendInvites && !write.sent && made !== "") write.sentAt = made;
    out.push(write);
  }
  return out;
}

/** An error that keeps a row of `Vergaderingen` out of the calendar (as the preview lists it). */
export interface RowError {
  /** The sheet row; 0 or 1 for an error of the tab or its header row. */
  row: number;
  /** The header ("" for the row as a whole). */
  column: string;
  message: string;
}

/**
 * The `Uitnodiging` of a row left out for its errors: "niet verstuurd", the columns with an error and
 * the messages (each a sentence, in the run's language).
 */
export function invalidStatus(errors: readonly RowError[], t: Translate): string {
  const columns = [...new Set(errors.map((e) => e.column).filter((c) => c !== ""))];
  const params = { notSent: t("invites.status.notSent"), errors: errors.map((e) => e.message).join(" ") };
  return columns.length === 0
    ? t("invites.status.invalidRow", params)
    : t("invites.status.invalid", { ...params, count: columns.length, columns: columns.join(", ") });
}

const cellText = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/**
 * The `Uitnodiging` of a row whose errors are fixed but whose run writes no status of its own (its event
 * is as the row asks, the meeting is over, it is cancelled and has no event): the status it would have
 * had without the errors, or empty.
 */
function settledStatus(item: PlanItem, sendInvites: boolean, t: Translate): string {
  if (item.wanted.cancelled) return item.note === "nothingToCancel" ? t("invites.status.cancelled") : "";
  if (item.kind !== "unchanged" || item.before === null) return "";
  return t(sendInvites && item.wanted.guests.length > 0 ? "invites.status.sent" : "invites.status.noMail");
}

/**
 * The writes of `Uitnodiging` of the rows that make no call, which rowWrites leaves out: a row with an error
 * gets the error (its other cells, and the partners', stay as they are; over `geannuleerd` it keeps that
 * known, errorOver); a row whose `Uitnodiging` still holds an error of the add-on (a row left out, a call that
 * failed; in either language) but that has none now gets settledStatus. A row that already holds its text is
 * not written. They depend on no call, so the preview shows them and counts them as work, and the
 * confirmation writes them with what the calls did. `planned`: the tab's values as read, row 0 the header.
 */
export function statusWrites(
  plan: InvitePlan,
  errors: readonly RowError[],
  planned: readonly (readonly unknown[])[],
  cols: MeetingColumns,
  sendInvites: boolean,
  t: Translate,
): RowWrite[] {
  const stored = (row: number) => cellText(planned[row - 1]?.[cols.inviteStatus]);
  const byRow = new Map<number, RowError[]>();
  for (const e of errors) {
    if (e.row < 2 || e.row > planned.length) continue;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  }
  const out: RowWrite[] = [];
  for (const [row, list] of byRow) {
    const status = errorOver(stored(row), invalidStatus(list, t), t);
    if (stored(row) !== status) out.push({ row, eventId: null, status, sent: false });
  }
  for (const item of plan.items) {
    // A row with calls gets its status from them (rowWrites); one the run does not reach keeps its text.
    if (item.ops.length > 0 || item.writeId || byRow.has(item.row) || !holdsError(stored(item.row))) continue;
    out.push({ row: item.row, eventId: null, status: settledStatus(item, sendInvites, t), sent: false });
  }
  return out.sort((a, b) => a.row - b.row);
}

/**
 * What the preview shows and the confirmation checks: the plan's calls (its token) and, when there are any,
 * the writes of `Uitnodiging` that make no call (statusWrites).
 */
export function previewToken(plan: InvitePlan, statuses: readonly RowWrite[]): string {
  if (statuses.length === 0) return plan.token;
  return hash64(JSON.stringify([plan.token, statuses.map((w) => [w.row, w.status])]));
}

/** The rows the write-back spans: from the first to the last row that changes. */
export function writeSpan(writes: readonly RowWrite[]): { first: number; count: number } | null {
  if (writes.length === 0) return null;
  const rows = writes.map((w) => w.row);
  const first = Math.min(...rows);
  return { first, count: Math.max(...rows) - first + 1 };
}

export interface Counts {
  created: number;
  updated: number;
  cancelled: number;
  recreated: number;
  unchanged: number;
  past: number;
  skipped: number;
  failed: number;
  notRun: number;
}

export function runCounts(plan: InvitePlan, results: readonly ItemResult[]): Counts {
  const byRow = new Map(results.map((r) => [r.row, r] as const));
  const c: Counts = {
    created: 0,
    updated: 0,
    cancelled: 0,
    recreated: 0,
    unchanged: 0,
    past: 0,
    skipped: 0,
    failed: 0,
    notRun: 0,
  };
  for (const item of plan.items) {
    const state = byRow.get(item.row)?.state ?? "done";
    if (state === "failed") c.failed += 1;
    else if (state === "notRun") c.notRun += 1;
    else if (item.kind === "create") c.created += 1;
    else if (item.kind === "update") c.updated += 1;
    else if (item.kind === "cancel") c.cancelled += 1;
    else if (item.kind === "recreate") c.recreated += 1;
    else if (item.kind === "past") c.past += 1;
    else if (item.kind === "skipped") c.skipped += 1;
    else c.unchanged += 1;
  }
  return c;
}

/** What a run tells the coordinator and the local run. */
export function runOutcome(
  plan: InvitePlan,
  run: RunResult,
  opts: { calendarId: string; timeZone: string },
  t: Translate,
): ActionOutput {
  const counts = runCounts(plan, run.results);
  const mails = run.results.flatMap((r) => r.mailed);
  const people = new Set(mails.map((m) => m.to));
  const lines = [
    t("invites.done", {
      created: counts.created,
      updated: counts.updated,
      cancelled: counts.cancelled,
      recreated: counts.recreated,
      unchanged: counts.unchanged,
    }),
    mails.length > 0
      ? t("invites.doneMail", { mails: mails.length, people: people.size })
      : t("invites.doneNoMail"),
  ];
  const byRow = new Map(run.results.map((r) => [r.row, r] as const));
  const linksDone = plan.items.filter((i) => refreshesLinks(i) && byRow.get(i.row)?.state === "done").length;
  if (linksDone > 0) lines.push(t("invites.doneLinks", { count: linksDone }));
  if (counts.failed > 0) lines.push(t("invites.failedRows", { count: counts.failed }));
  if (run.stopped !== null)
    lines.push(
      t(run.stopped === "time" ? "invites.stopped" : "invites.stoppedQuota", { left: counts.notRun }),
    );
  if (!run.written) lines.push(t("invites.notWritten"));

  const events = plan.items.flatMap((item) => {
    const r = byRow.get(item.row);
    const id = r ? r.eventId : item.eventId;
    if (!id || item.kind === "skipped") return [];
    const ev = r?.event ?? null;
    const body = item.wanted.body;
    const cancelled =
      (item.kind === "cancel" && r?.state === "done") || (item.kind === "unchanged" && item.wanted.cancelled);
    return [
      {
        row: item.row,
        eventId: id,
        title: ev?.summary ?? body.summary ?? "",
        start: whenText(ev?.start ?? body.start),
        end: whenText(ev?.end ?? body.end),
        guests: ev ? guestsOf(ev.attendees ?? []) : item.wanted.guests,
        cancelled,
      },
    ];
  });
  const countFacts: [MessageKey, number][] = [
    ["invites.count.created", counts.created],
    ["invites.count.updated", counts.updated],
    ["invites.count.cancelled", counts.cancelled],
    ["invites.count.recreated", counts.recreated],
    ["invites.count.unchanged", counts.unchanged],
    ["invites.count.mails", mails.length],
  ];
  if (counts.failed > 0) countFacts.push(["invites.count.failed", counts.failed]);
  if (counts.notRun > 0) countFacts.push(["invites.count.notRun", counts.notRun]);
  return {
    message: lines.join("\n"),
    details: {
      invites: {
        created: counts.created,
        updated: counts.updated,
        cancelled: counts.cancelled,
        recreated: counts.recreated,
        unchanged: counts.unchanged,
        past: counts.past,
        skipped: counts.skipped,
        failed: counts.failed,
        notRun: counts.notRun,
        mailed: [...people].sort(),
        mails: mails.length,
        events,
        calendarId: opts.calendarId,
        timeZone: opts.timeZone,
        stopped: run.stopped,
        written: run.written,
      },
    },
    facts: { counts: countFacts, tabs: [MEETINGS_TAB.name] },
  };
}

const whenText = (w: { date?: string | null; dateTime?: string | null } | null | undefined): string =>
  w?.dateTime ?? w?.date ?? "";

/** The columns of `Vergaderingen` (0-based) the write-back guard and the write-back use. */
export interface MeetingColumns {
  group: number;
  title: number;
  date: number;
  start: number;
  eventId: number;
  inviteStatus: number;
  sentAt: number;
}

const sameValue = (a: unknown, b: unknown): boolean => {
  const ms = (v: unknown) =>
    Object.prototype.toString.call(v) === "[object Date]" ? (v as Date).getTime() : v === undefined ? "" : v;
  return ms(a) === ms(b);
};

/**
 * The lock keeps other runs out, not partners' typing: rows may have moved while the calls were made. The
 * values go back only when every row they go to still has the group, title, date and start it had when
 * it was planned (`planned`: the tab's values as read, row 0 the header; `fresh`: the span read again).
 */
export function rowsStillFit(
  planned: readonly (readonly unknown[])[],
  fresh: readonly (readonly unknown[])[],
  first: number,
  cols: MeetingColumns,
  rows: readonly number[],
): boolean {
  const keyCols = [cols.group, cols.title, cols.date, cols.start].filter((c) => c >= 0);
  return rows.every((row) => {
    const before = planned[row - 1];
    const now = fresh[row - first];
    return before !== undefined && now !== undefined && keyCols.every((c) => sameValue(before[c], now[c]));
  });
}

/** The number formats of the three columns: text stays text (no formula, no date), the time as a time. */
export const WRITE_BACK_FORMATS = { eventId: "@", inviteStatus: "@", sentAt: "dd-mm-yyyy hh:mm" } as const;

/**
 * The three add-on columns over the span, as they go back: the new values in the rows that change, the
 * values read again in the others. They are written into cells formatted as WRITE_BACK_FORMATS, so text
 * is stored exactly as it is in `Agenda-ID` and `Uitnodiging` ("@"); in `Verstuurd op` (a date format) a text
 * read again goes back behind an apostrophe, so that `=…`, `+…` or `12` stay the text they were. A text past
 * Sheets' 50,000 characters (which no sheet holds, but an emulated one may) is cut as the writer cuts it.
 */
export function writeBackColumns(
  fresh: readonly (readonly unknown[])[],
  first: number,
  cols: MeetingColumns,
  writes: readonly RowWrite[],
  now: Date,
): { eventId: unknown[][]; inviteStatus: unknown[][]; sentAt: unknown[][] } {
  const byRow = new Map(writes.map((w) => [w.row, w] as const));
  const column = (c: number, pick: (w: RowWrite) => unknown | null, asTyped = false) =>
    fresh.map((r, i) => {
      const w = byRow.get(first + i);
      const v = w ? pick(w) : null;
      if (v !== null) return [v];
      const kept = r[c] ?? "";
      if (typeof kept !== "string" || kept === "") return [kept];
      // The apostrophe counts towards the limit of what goes in.
      const text = fitCellText(kept, asTyped ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT).text;
      return [asTyped ? asText(text) : text];
    });
  return {
    eventId: column(cols.eventId, (w) => w.eventId),
    inviteStatus: column(cols.inviteStatus, (w) => w.status),
    sentAt: column(cols.sentAt, (w) => (w.sent ? now : w.sentAt ? new Date(w.sentAt) : null), true),
  };
}

/** The mails of a call that went through: Google never mails the guests its answer marks as the organizer. */
export function confirmedMails(mails: readonly Mail[], event: CalEvent | null): Mail[] {
  const self = new Set(
    (event?.attendees ?? [])
      .filter((a) => a.self === true || a.organizer === true)
      .map((a) => (a.email ?? "").toLowerCase()),
  );
  return mails.filter((m) => !self.has(m.to));
}
