/**
 * The advanced Calendar service (Calendar API v3), the only code that calls it: one list of the add-on's
 * events of this spreadsheet, a get for an `Agenda-ID` the list lacks, and the plan's insert, patch and
 * remove — each call retried with back-off on Google's rate and quota errors (core/invites/retry.ts
 * decides what is retried and when the run stops).
 */
import { type CalEvent, type ExistingEvent, existingFrom, SHEET_PROPERTY } from "../core/invites/events";
import type { StopReason } from "../core/invites/outcome";
import { keyOfBody } from "../core/invites/plan";
import { calendarErrorText, classifyCalendarError, nextStep } from "../core/invites/retry";

type Event = GoogleAppsScript.Calendar.Schema.Event;

/** The run's clock: Apps Script stops a run six minutes after it started. */
export interface RunClock {
  start: number;
  elapsed(): number;
}

export function runClock(): RunClock {
  const start = Date.now();
  return { start, elapsed: () => Date.now() - start };
}

/** The `Calendar` global, or null when the advanced service is not enabled. */
export function calendarService(): GoogleAppsScript.Calendar | null {
  return typeof Calendar === "undefined" || !Calendar ? null : Calendar;
}

export type CallOutcome<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** The run must stop (and why), or null: only this call failed. */
      stop: StopReason;
      kind: ReturnType<typeof classifyCalendarError>;
      error: string;
    };

/** One call, retried with back-off while Google says to wait; stops when the run's time is nearly up. */
export function withRetry<T>(call: () => T, clock: RunClock): CallOutcome<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: call() };
    } catch (e) {
      const kind = classifyCalendarError(e);
      const step = nextStep(kind, attempt, clock.elapsed());
      if (step.action === "retry") {
        Utilities.sleep(step.delayMs);
        continue;
      }
      return {
        ok: false,
        stop: step.action === "stop" ? step.reason : null,
        kind,
        error: calendarErrorText(e),
      };
    }
  }
}

export interface CalendarRead {
  listed: ExistingEvent[];
  fetched: Map<string, ExistingEvent | null>;
  /** Addresses Google never mails about the organizer's own changes. */
  selfEmails: string[];
}

/**
 * The add-on's events of this spreadsheet (deleted ones too) in one list call per 2,500, then a get for
 * each stored id the list did not have (an event of another spreadsheet or made by hand, or one that is
 * gone). Throws with the API's words when the calendar cannot be read.
 */
export function readCalendar(
  cal: GoogleAppsScript.Calendar,
  calendarId: string,
  spreadsheetId: string,
  storedIds: readonly string[],
  clock: RunClock,
): CalendarRead {
  const listed: ExistingEvent[] = [];
  const self = new Set<string>();
  if (calendarId.includes("@")) self.add(calendarId.toLowerCase());
  let pageToken: string | undefined;
  do {
    const args: Record<string, unknown> = {
      privateExtendedProperty: `${SHEET_PROPERTY}=${spreadsheetId}`,
      showDeleted: true,
      maxResults: 2500,
    };
    if (pageToken) args.pageToken = pageToken;
    const r = withRetry(() => cal.Events!.list(calendarId, args), clock);
    if (!r.ok) throw new CalendarReadError(r.error, r.stop !== null);
    const page = r.value;
    // The primary calendar is named after its owner's address.
    if (calendarId === "primary" && page.summary?.includes("@")) self.add(page.summary.toLowerCase());
    for (const item of page.items ?? []) {
      const ev = existingFrom(item as CalEvent);
      if (ev) listed.push(ev);
      if (item.organizer?.self && item.organizer.email) self.add(item.organizer.email.toLowerCase());
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);

  const known = new Set(listed.map((e) => e.id));
  const fetched = new Map<string, ExistingEvent | null>();
  for (const id of new Set(storedIds)) {
    if (id === "" || known.has(id)) continue;
    const r = withRetry(() => cal.Events!.get(calendarId, id), clock);
    if (r.ok) fetched.set(id, existingFrom(r.value as CalEvent));
    else if (r.kind === "gone" || r.kind === "fail") fetched.set(id, null);
    else throw new CalendarReadError(r.error, r.stop !== null);
  }
  return { listed, fetched, selfEmails: [...self] };
}

/** The calendar could not be read; `busy` when Google's limits were the cause. */
export class CalendarReadError extends Error {
  constructor(
    message: string,
    readonly busy: boolean,
  ) {
    super(message);
    this.name = "CalendarReadError";
  }
}

export type OpOutcome =
  | { ok: true; event: CalEvent | null }
  | { ok: false; stop: StopReason; error: string; gone: boolean };

/** Inserts an event under the id given; a retry that finds the id taken by this very event counts as done. */
export function insertEvent(
  cal: GoogleAppsScript.Calendar,
  calendarId: string,
  body: CalEvent,
  id: string,
  sendUpdates: string,
  clock: RunClock,
): OpOutcome {
  let attempts = 0;
  const r = withRetry(() => {
    attempts++;
    try {
      return cal.Events!.insert({ ...body, id } as Event, calendarId, { sendUpdates }) as CalEvent;
    } catch (e) {
      // 409 after a failed attempt: that attempt reached Google. The event is this one if it has our key.
      if (attempts > 1 && classifyCalendarError(e) === "duplicate") {
        const found = cal.Events!.get(calendarId, id) as CalEvent;
        const key = keyOfBody(found);
        if (key !== "" && key === keyOfBody(body)) return found;
      }
      throw e;
    }
  }, clock);
  return r.ok ? { ok: true, event: r.value } : { ok: false, stop: r.stop, error: r.error, gone: false };
}

export function patchEvent(
  cal: GoogleAppsScript.Calendar,
  calendarId: string,
  eventId: string,
  body: CalEvent,
  sendUpdates: string,
  clock: RunClock,
): OpOutcome {
  const r = withRetry(
    () => cal.Events!.patch(body as Event, calendarId, eventId, { sendUpdates }) as CalEvent,
    clock,
  );
  return r.ok
    ? { ok: true, event: r.value }
    : { ok: false, stop: r.stop, error: r.error, gone: r.kind === "gone" };
}

export function removeEvent(
  cal: GoogleAppsScript.Calendar,
  calendarId: string,
  eventId: string,
  sendUpdates: string,
  clock: RunClock,
): OpOutcome {
  const r = withRetry(() => cal.Events!.remove(calendarId, eventId, { sendUpdates }), clock);
  if (r.ok) return { ok: true, event: null };
  return { ok: false, stop: r.stop, error: r.error, gone: r.kind === "gone" };
}
