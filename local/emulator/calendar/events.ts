/**
 * Calendar.Events of the advanced Calendar service (Calendar API v3): insert, get, list, patch, update, remove.
 * https://developers.google.com/workspace/calendar/api/v3/reference/events (the resource and its methods)
 * https://developers.google.com/apps-script/advanced/calendar (the service in Apps Script)
 *
 * Events live in `account.data.calendar.events[calendarId][eventId]` as the organizer's calendar holds them;
 * each call returns a fresh plain object (as an advanced service does), never the stored one. Mails caused by
 * `sendUpdates` are appended to `account.data.calendar.mails` (mails.ts says who gets what).
 *
 * Not emulated (throws `Not emulated: …`): recurring events (`recurrence`), conference data, attachments,
 * other event types, request headers (If-Match), and the optional arguments not listed per method.
 */
import type { EmuContext } from "../context";
import { isTimeZone } from "../spreadsheet/time";
import { CALENDAR_ERRORS, calendarError, type GoogleJsonResponseException } from "./errors";
import { mailsFor, SEND_UPDATES, type SendUpdates } from "./mails";
import { calendarDataOf, type MailingMethod, resolveCalendar, type StoredCalendar } from "./model";
import {
  instantOf,
  parseRfc3339,
  readWhen,
  responseWhen,
  storedWhen,
  type When,
  type WhenProblem,
} from "./times";

type Event = GoogleAppsScript.Calendar.Schema.Event;
type EventAttendee = GoogleAppsScript.Calendar.Schema.EventAttendee;
type Events = GoogleAppsScript.Calendar.Schema.Events;
type EventsCollection = GoogleAppsScript.Calendar.Collection.EventsCollection;

const SCOPE = "https://www.googleapis.com/auth/";
/** The Authorization sections of the events get/list and insert/patch/update/delete pages. */
export const EVENT_READ_SCOPES = [
  "calendar",
  "calendar.readonly",
  "calendar.events",
  "calendar.events.readonly",
  "calendar.app.created",
  "calendar.events.owned",
  "calendar.events.owned.readonly",
].map((s) => SCOPE + s);
export const EVENT_WRITE_SCOPES = [
  "calendar",
  "calendar.events",
  "calendar.app.created",
  "calendar.events.owned",
].map((s) => SCOPE + s);

/** Fields the add-on may write. Read-only fields it sends back (kind, etag, created, …) are ignored. */
const WRITABLE = new Set([
  "summary",
  "description",
  "location",
  "start",
  "end",
  "attendees",
  "extendedProperties",
  "status",
  "reminders",
  "colorId",
  "transparency",
  "visibility",
  "guestsCanInviteOthers",
  "guestsCanModify",
  "guestsCanSeeOtherGuests",
  "anyoneCanAddSelf",
  "source",
]);
const READ_ONLY = new Set([
  "id",
  "kind",
  "etag",
  "htmlLink",
  "created",
  "updated",
  "creator",
  "organizer",
  "iCalUID",
  "sequence",
  "hangoutLink",
  "eventType",
  "privateCopy",
  "locked",
  "endTimeUnspecified",
  "attendeesOmitted",
]);
const STATUSES = ["confirmed", "tentative", "cancelled"];
/** Event ids: "characters allowed … are those used in base32hex encoding … length … between 5 and 1024". */
const EVENT_ID = /^[a-v0-9]{5,1024}$/;

const MAX_PAGE = 2500;
const DEFAULT_PAGE = 250;

type Args = Record<string, unknown>;

function notEmulated(what: string): Error {
  return new Error(`Not emulated: ${what}`);
}

/** A deep, plain, host-realm copy (Dates become ISO strings, as JSON would send them). */
function plain<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class EmuEvents implements Partial<EventsCollection> {
  constructor(private readonly _ctx: EmuContext) {}

  get(calendarId: string, eventId: string, optionalArgs?: object, headers?: object): Event {
    const api = "calendar.events.get";
    this._scopes(api, EVENT_READ_SCOPES);
    const args = this._args("get", optionalArgs, headers, ["timeZone"]);
    const calendar = this._calendar(api, calendarId);
    const event = this._stored(calendar, eventId);
    if (!event) throw this._error(api, CALENDAR_ERRORS.notFound);
    return this._response(event, this._zone(api, args, calendar));
  }

  list(calendarId: string, optionalArgs?: object, headers?: object): Events {
    const api = "calendar.events.list";
    this._scopes(api, EVENT_READ_SCOPES);
    const args = this._args("list", optionalArgs, headers, [
      "timeMin",
      "timeMax",
      "privateExtendedProperty",
      "sharedExtendedProperty",
      "showDeleted",
      "maxResults",
      "pageToken",
      "singleEvents",
      "orderBy",
      "timeZone",
    ]);
    const calendar = this._calendar(api, calendarId);
    const zone = this._zone(api, args, calendar);
    const bound = (name: string): number | null => {
      const v = args[name];
      if (v === undefined || v === null) return null;
      if (typeof v !== "string" || !/([zZ]|[+-]\d{2}:\d{2})$/.test(v))
        throw this._error(api, CALENDAR_ERRORS.badRequest);
      const t = parseRfc3339(v);
      if (t === null) throw this._error(api, CALENDAR_ERRORS.badRequest);
      return t;
    };
    const timeMin = bound("timeMin");
    const timeMax = bound("timeMax");
    if (timeMin !== null && timeMax !== null && timeMax <= timeMin) {
      throw this._error(api, CALENDAR_ERRORS.timeRangeEmpty);
    }
    const constraints = (name: string): [string, string][] => {
      const raw = args[name];
      if (raw === undefined || raw === null) return [];
      const list = Array.isArray(raw) ? raw : [raw];
      return list.map((c) => {
        const s = String(c);
        const i = s.indexOf("=");
        if (i <= 0) throw this._error(api, CALENDAR_ERRORS.badRequest);
        return [s.slice(0, i), s.slice(i + 1)];
      });
    };
    const privates = constraints("privateExtendedProperty");
    const shared = constraints("sharedExtendedProperty");
    const showDeleted = args.showDeleted === true || args.showDeleted === "true";
    const orderBy = args.orderBy;
    if (orderBy !== undefined && orderBy !== "startTime" && orderBy !== "updated") {
      throw this._error(api, CALENDAR_ERRORS.invalidEnum(String(orderBy), ["startTime", "updated"]));
    }
    const singleEvents = args.singleEvents === true || args.singleEvents === "true";
    if (orderBy === "startTime" && !singleEvents) throw this._error(api, CALENDAR_ERRORS.ordering);

    let items = Object.values(calendarDataOf(this._ctx.account).events[calendar.id] ?? {}).filter((e) => {
      if (e.status === "cancelled" && !showDeleted) return false;
      const start = instantOf(e.start, calendar.timeZone);
      const end = instantOf(e.end, calendar.timeZone);
      if (timeMin !== null && !(end !== null && end > timeMin)) return false;
      if (timeMax !== null && !(start !== null && start < timeMax)) return false;
      for (const [k, v] of privates) if (e.extendedProperties?.private?.[k] !== v) return false;
      for (const [k, v] of shared) if (e.extendedProperties?.shared?.[k] !== v) return false;
      return true;
    });
    if (orderBy === "startTime") {
      items = items
        .map((e, i) => ({ e, i, t: instantOf(e.start, calendar.timeZone) ?? 0 }))
        .sort((a, b) => a.t - b.t || a.i - b.i)
        .map((x) => x.e);
    } else if (orderBy === "updated") {
      items = items
        .map((e, i) => ({ e, i, t: Date.parse(e.updated ?? "") || 0 }))
        .sort((a, b) => a.t - b.t || a.i - b.i)
        .map((x) => x.e);
    }

    const size = args.maxResults === undefined ? DEFAULT_PAGE : Number(args.maxResults);
    if (!Number.isInteger(size) || size < 1) throw this._error(api, CALENDAR_ERRORS.badRequest);
    const pageSize = Math.min(size, MAX_PAGE);
    let offset = 0;
    if (args.pageToken !== undefined && args.pageToken !== null && args.pageToken !== "") {
      const decoded = /^emu-page-(\d+)$/.exec(
        Buffer.from(String(args.pageToken), "base64url").toString("utf8"),
      );
      if (!decoded) throw this._error(api, CALENDAR_ERRORS.badRequest);
      offset = Number(decoded[1]);
    }
    const page = items.slice(offset, offset + pageSize);
    const updated = Object.values(calendarDataOf(this._ctx.account).events[calendar.id] ?? {})
      .map((e) => e.updated ?? "")
      .sort()
      .pop();
    const out: Events = {
      kind: "calendar#events",
      etag: `"p${Date.parse(updated ?? "") || 0}"`,
      summary: calendar.summary,
      updated: updated || this._now(),
      timeZone: calendar.timeZone,
      accessRole: "owner",
      defaultReminders: [],
      items: page.map((e) => this._response(e, zone)),
    };
    if (calendar.description) out.description = calendar.description;
    if (offset + pageSize < items.length) {
      out.nextPageToken = Buffer.from(`emu-page-${offset + pageSize}`, "utf8").toString("base64url");
    }
    return out;
  }

  insert(resource: Event, calendarId: string, optionalArgs?: object, headers?: object): Event {
    const api = "calendar.events.insert";
    this._scopes(api, EVENT_WRITE_SCOPES);
    const args = this._args("insert", optionalArgs, headers, ["sendUpdates"]);
    const sendUpdates = this._sendUpdates(api, args);
    const calendar = this._calendar(api, calendarId);
    const input = this._input(resource);
    const data = calendarDataOf(this._ctx.account);
    data.events[calendar.id] ??= {};
    const events = data.events[calendar.id]!;

    let id: string;
    if (resource && (resource as Args).id !== undefined && (resource as Args).id !== null) {
      id = String((resource as Args).id);
      if (!EVENT_ID.test(id)) throw this._error(api, CALENDAR_ERRORS.invalidId);
      if (events[id]) throw this._error(api, CALENDAR_ERRORS.duplicate);
    } else {
      do {
        id = `emuevent${String(data.nextEventNumber++).padStart(18, "0")}`;
      } while (events[id]);
    }

    const now = this._now();
    const event = this._build(api, calendar, input, null);
    Object.assign(event, {
      kind: "calendar#event",
      etag: this._etag(now, null),
      id,
      htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${calendar.id}`).toString("base64url")}`,
      created: now,
      updated: now,
      creator: { email: this._ctx.account.data.user.email, self: true },
      organizer: this._organizer(calendar),
      iCalUID: `${id}@google.com`,
      sequence: 0,
      eventType: "default",
    });
    events[id] = this._ordered(event);
    this._mail("insert", sendUpdates, calendar, null, events[id]!);
    return this._response(events[id]!, calendar.timeZone);
  }

  patch(
    resource: Event,
    calendarId: string,
    eventId: string,
    optionalArgs?: object,
    headers?: object,
  ): Event {
    return this._change("patch", resource, calendarId, eventId, optionalArgs, headers);
  }

  update(
    resource: Event,
    calendarId: string,
    eventId: string,
    optionalArgs?: object,
    headers?: object,
  ): Event {
    return this._change("update", resource, calendarId, eventId, optionalArgs, headers);
  }

  remove(calendarId: string, eventId: string, optionalArgs?: object, headers?: object): void {
    const api = "calendar.events.delete";
    this._scopes(api, EVENT_WRITE_SCOPES);
    const args = this._args("remove", optionalArgs, headers, ["sendUpdates"]);
    const sendUpdates = this._sendUpdates(api, args);
    const calendar = this._calendar(api, calendarId);
    const before = this._stored(calendar, eventId);
    if (!before) throw this._error(api, CALENDAR_ERRORS.notFound);
    if (before.status === "cancelled") throw this._error(api, CALENDAR_ERRORS.deleted);
    const now = this._now();
    const after: Event = {
      ...plain(before),
      status: "cancelled",
      updated: now,
      etag: this._etag(now, before.etag),
      sequence: (before.sequence ?? 0) + 1,
    };
    calendarDataOf(this._ctx.account).events[calendar.id]![before.id!] = after;
    this._mail("delete", sendUpdates, calendar, before, after);
  }

  // -------------------------------------------------------------------------------------------------------

  private _change(
    method: "patch" | "update",
    resource: Event,
    calendarId: string,
    eventId: string,
    optionalArgs?: object,
    headers?: object,
  ): Event {
    const api = `calendar.events.${method}`;
    this._scopes(api, EVENT_WRITE_SCOPES);
    const args = this._args(method, optionalArgs, headers, ["sendUpdates"]);
    const sendUpdates = this._sendUpdates(api, args);
    const calendar = this._calendar(api, calendarId);
    const before = this._stored(calendar, eventId);
    if (!before) throw this._error(api, CALENDAR_ERRORS.notFound);
    const input = this._input(resource);
    const given = (resource as Args | null)?.sequence;
    if (typeof given === "number" && given < (before.sequence ?? 0)) {
      throw this._error(api, {
        code: 400,
        domain: "global",
        reason: "invalid",
        message:
          "Invalid sequence value. The specified sequence number is below the current sequence number of the resource.",
      });
    }
    let next: Event;
    if (method === "patch") {
      // "The field values you specify replace the existing values. Fields that you don't specify in the request
      // remain unchanged. Array fields, if specified, overwrite the existing arrays" (events/patch); nested
      // objects (start, extendedProperties) are merged, null clears a field.
      next = mergePatch(writableOf(before), input);
    } else {
      next = input;
    }
    const event = this._build(api, calendar, next, before);
    const now = this._now();
    const seen = ["summary", "description", "location", "start", "end", "status"];
    const significant = seen.some(
      (f) => JSON.stringify(event[f as keyof Event]) !== JSON.stringify(before[f as keyof Event]),
    );
    const after = this._ordered({
      ...event,
      kind: before.kind,
      etag: this._etag(now, before.etag),
      id: before.id,
      htmlLink: before.htmlLink,
      created: before.created,
      updated: now,
      creator: before.creator,
      organizer: before.organizer,
      iCalUID: before.iCalUID,
      sequence: (before.sequence ?? 0) + (significant ? 1 : 0),
      eventType: before.eventType,
    });
    calendarDataOf(this._ctx.account).events[calendar.id]![before.id!] = after;
    this._mail(method, sendUpdates, calendar, before, after);
    return this._response(after, calendar.timeZone);
  }

  /** The writable fields of a request body, checked; read-only ones dropped; the rest refused as Not emulated. */
  private _input(resource: Event): Event {
    if (!resource || typeof resource !== "object") return {};
    const body = plain(resource) as Args;
    const out: Args = {};
    for (const [k, v] of Object.entries(body)) {
      if (WRITABLE.has(k)) out[k] = v;
      else if (k === "eventType" && v !== "default" && v !== undefined)
        throw notEmulated(`Calendar event type ${String(v)}`);
      else if (!READ_ONLY.has(k)) throw notEmulated(`Calendar.Events: the event field ${k}`);
    }
    return out as Event;
  }

  /** Checks and normalizes an event's writable fields (start, end, attendees, status, extended properties). */
  private _build(api: string, calendar: StoredCalendar, input: Event, before: Event | null): Event {
    const out: Event = {};
    for (const [k, v] of Object.entries(input)) if (v !== null && v !== undefined) (out as Args)[k] = v;
    if (out.status !== undefined && !STATUSES.includes(out.status)) {
      throw this._error(api, CALENDAR_ERRORS.invalidEnum(String(out.status), STATUSES));
    }
    out.status ??= before?.status ?? "confirmed";
    const start = readWhen(out.start);
    const end = readWhen(out.end);
    const fail = (which: "start" | "end", p: WhenProblem): GoogleJsonResponseException => {
      if (p === "missing")
        return this._error(
          api,
          which === "start" ? CALENDAR_ERRORS.missingStart : CALENDAR_ERRORS.missingEnd,
        );
      if (p === "missingZone") return this._error(api, CALENDAR_ERRORS.missingZone(which));
      if (p === "invalidZone") return this._error(api, CALENDAR_ERRORS.invalidZone(which));
      return this._error(api, CALENDAR_ERRORS.invalidTime(which));
    };
    if (typeof start === "string") throw fail("start", start);
    if (typeof end === "string") throw fail("end", end);
    if (start.kind !== end.kind) throw this._error(api, CALENDAR_ERRORS.mixedTimes);
    if (!(whenValue(end, calendar) > whenValue(start, calendar)))
      throw this._error(api, CALENDAR_ERRORS.timeRangeEmpty);
    out.start = storedWhen(start);
    out.end = storedWhen(end);

    if (out.attendees !== undefined) {
      if (!Array.isArray(out.attendees)) throw this._error(api, CALENDAR_ERRORS.badRequest);
      const organizer = this._organizer(calendar).email!.toLowerCase();
      const user = this._ctx.account.data.user.email.toLowerCase();
      const previous = new Map((before?.attendees ?? []).map((a) => [(a.email ?? "").toLowerCase(), a]));
      const seen = new Set<string>();
      const attendees: EventAttendee[] = [];
      for (const raw of out.attendees) {
        if (!raw || typeof raw !== "object" || !raw.email)
          throw this._error(api, CALENDAR_ERRORS.missingAttendeeEmail);
        const email = String(raw.email);
        const key = email.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const a: EventAttendee = { email };
        if (raw.displayName) a.displayName = String(raw.displayName);
        if (raw.optional) a.optional = true;
        if (raw.comment) a.comment = String(raw.comment);
        if (raw.additionalGuests) a.additionalGuests = Number(raw.additionalGuests);
        if (key === organizer) a.organizer = true;
        if (key === organizer || key === user) a.self = true;
        a.responseStatus =
          raw.responseStatus ??
          previous.get(key)?.responseStatus ??
          (key === organizer ? "accepted" : "needsAction");
        attendees.push(a);
      }
      out.attendees = attendees;
      if (attendees.length === 0) delete out.attendees;
    }

    if (out.extendedProperties !== undefined) {
      const ext: GoogleAppsScript.Calendar.Schema.EventExtendedProperties = {};
      for (const scope of ["private", "shared"] as const) {
        const props = out.extendedProperties[scope];
        if (!props || typeof props !== "object") continue;
        const kept: Record<string, string> = {};
        for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) kept[k] = String(v);
        if (Object.keys(kept).length > 0) ext[scope] = kept;
      }
      if (Object.keys(ext).length > 0) out.extendedProperties = ext;
      else delete out.extendedProperties;
    }
    out.reminders ??= before?.reminders ?? { useDefault: true };
    return out;
  }

  private _mail(
    method: MailingMethod,
    sendUpdates: SendUpdates,
    calendar: StoredCalendar,
    before: Event | null,
    after: Event,
  ): void {
    const data = calendarDataOf(this._ctx.account);
    const user = this._ctx.account.data.user.email;
    const startInstant = after.start?.dateTime ? parseRfc3339(after.start.dateTime) : null;
    const mails = mailsFor(
      {
        at: this._now(),
        calendarId: calendar.id,
        selfEmails: [this._organizer(calendar).email!, user],
        userEmail: user,
        googleDomains: data.googleDomains,
        method,
        sendUpdates,
        start: startInstant !== null ? new Date(startInstant).toISOString() : (after.start?.date ?? ""),
      },
      before,
      after,
    );
    data.mails.push(...mails);
  }

  // -------------------------------------------------------------------------------------------------------

  private _now(): string {
    return this._ctx.now().toISOString();
  }

  private _etag(now: string, previous: string | null | undefined): string {
    const last = previous ? Number(previous.replace(/"/g, "")) % 1000 : 0;
    return `"${Date.parse(now) * 1000 + ((last + 1) % 1000)}"`;
  }

  private _error(api: string, kind: Parameters<typeof calendarError>[1]): GoogleJsonResponseException {
    return calendarError(api, kind);
  }

  private _scopes(api: string, accepted: string[]): void {
    const granted = this._ctx.scopes;
    if (granted && !granted.some((s) => accepted.includes(s))) {
      throw this._error(api, CALENDAR_ERRORS.insufficientScopes);
    }
  }

  private _calendar(api: string, calendarId: string): StoredCalendar {
    if (typeof calendarId !== "string")
      throw notEmulated("Calendar.Events with a calendarId that is not a string");
    const calendar = resolveCalendar(this._ctx.account, calendarId);
    if (!calendar) throw this._error(api, CALENDAR_ERRORS.notFound);
    return calendar;
  }

  private _stored(calendar: StoredCalendar, eventId: string): Event | null {
    if (typeof eventId !== "string")
      throw notEmulated("Calendar.Events with an eventId that is not a string");
    return calendarDataOf(this._ctx.account).events[calendar.id]?.[eventId] ?? null;
  }

  private _organizer(calendar: StoredCalendar): GoogleAppsScript.Calendar.Schema.EventOrganizer {
    const user = this._ctx.account.data.user.email;
    return calendar.id === user
      ? { email: user, self: true }
      : { email: calendar.id, displayName: calendar.summary, self: true };
  }

  private _args(
    method: string,
    optionalArgs: object | undefined,
    headers: object | undefined,
    allowed: string[],
  ): Args {
    if (headers && Object.keys(headers).length > 0)
      throw notEmulated(`Calendar.Events.${method} with request headers`);
    if (optionalArgs === undefined || optionalArgs === null) return {};
    const args = plain(optionalArgs) as Args;
    for (const k of Object.keys(args)) {
      if (!allowed.includes(k)) throw notEmulated(`Calendar.Events.${method} optional argument ${k}`);
    }
    return args;
  }

  private _sendUpdates(api: string, args: Args): SendUpdates {
    const v = args.sendUpdates;
    if (v === undefined || v === null) return "none";
    if (!(SEND_UPDATES as readonly string[]).includes(String(v))) {
      throw this._error(api, CALENDAR_ERRORS.invalidEnum(String(v), SEND_UPDATES));
    }
    return v as SendUpdates;
  }

  private _zone(api: string, args: Args, calendar: StoredCalendar): string {
    const zone = args.timeZone;
    if (zone === undefined || zone === null || zone === "") return calendar.timeZone;
    if (typeof zone !== "string" || !isTimeZone(zone)) throw this._error(api, CALENDAR_ERRORS.badRequest);
    return zone;
  }

  /** The event as a response shows it: a copy, its dateTimes in `zone`. */
  private _response(event: Event, zone: string): Event {
    const out = plain(event);
    out.start = responseWhen(event.start, zone);
    out.end = responseWhen(event.end, zone);
    return out;
  }

  /** Stored events keep one key order (the one responses show), whatever order the request had. */
  private _ordered(event: Event): Event {
    const order = [
      "kind",
      "etag",
      "id",
      "status",
      "htmlLink",
      "created",
      "updated",
      "summary",
      "description",
      "location",
      "colorId",
      "creator",
      "organizer",
      "start",
      "end",
      "transparency",
      "visibility",
      "iCalUID",
      "sequence",
      "attendees",
      "extendedProperties",
      "guestsCanInviteOthers",
      "guestsCanModify",
      "guestsCanSeeOtherGuests",
      "anyoneCanAddSelf",
      "reminders",
      "source",
      "eventType",
    ];
    const out: Args = {};
    for (const k of order) if ((event as Args)[k] !== undefined) out[k] = (event as Args)[k];
    return out as Event;
  }
}

/** The writable part of a stored event (what a patch merges into). */
function writableOf(event: Event): Event {
  const out: Args = {};
  for (const [k, v] of Object.entries(plain(event))) if (WRITABLE.has(k)) out[k] = v;
  return out as Event;
}

function isPlainObject(v: unknown): v is Args {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** Google's patch semantics: objects merge key by key, arrays and values replace, null clears. */
function mergePatch(target: Event, patch: Event): Event {
  const merge = (t: Args, p: Args): Args => {
    const out: Args = { ...t };
    for (const [k, v] of Object.entries(p)) {
      if (v === null) delete out[k];
      else if (isPlainObject(v) && isPlainObject(out[k])) out[k] = merge(out[k] as Args, v);
      else out[k] = v;
    }
    return out;
  };
  return merge(target as Args, patch as Args) as Event;
}

/** A start or end as a number to compare: an instant, or an all-day date's midnight in the calendar's zone. */
function whenValue(when: When, calendar: StoredCalendar): number {
  if (when.kind === "dateTime") return when.instant;
  return parseRfc3339(`${when.date}T00:00:00`, when.timeZone ?? calendar.timeZone) ?? 0;
}
