/**
 * The advanced Calendar service (Calendar API v3) as an Apps Script project sees it once appsscript.json lists
 * it under `dependencies.enabledAdvancedServices` (userSymbol "Calendar", version "v3"): the global `Calendar`
 * with its collections. https://developers.google.com/apps-script/advanced/calendar
 *
 * Emulated: Calendar.Events.{insert,get,list,patch,update,remove} (events.ts) and Calendar.Calendars.get.
 * Calls are counted as `Calendar.Events.insert`, `Calendar.Calendars.get`, …; every other collection and
 * method throws `Not emulated: …`. Files: model.ts (the account's data), times.ts (start/end and zones),
 * mails.ts (who is mailed for sendUpdates), errors.ts (GoogleJsonResponseException, faults).
 *
 * Scopes: when the execution knows the project's OAuth scopes (appsscript.json `oauthScopes`), a method whose
 * reference page does not accept any of them fails with 403 "Request had insufficient authentication scopes."
 * — notably Calendars.get, which `calendar.events` alone does not allow.
 */
import type { EmuContext } from "../context";
import { CALENDAR_ERRORS, calendarError } from "./errors";
import { EmuEvents } from "./events";
import { resolveCalendar } from "./model";

type CalendarsCollection = GoogleAppsScript.Calendar.Collection.CalendarsCollection;

const SCOPE = "https://www.googleapis.com/auth/";
/** https://developers.google.com/workspace/calendar/api/v3/reference/calendars/get#authorization-scopes */
export const CALENDAR_READ_SCOPES = [
  "calendar",
  "calendar.readonly",
  "calendar.app.created",
  "calendar.calendars",
  "calendar.calendars.readonly",
].map((s) => SCOPE + s);

class EmuCalendars implements Partial<CalendarsCollection> {
  constructor(private readonly _ctx: EmuContext) {}

  /** https://developers.google.com/workspace/calendar/api/v3/reference/calendars/get ("primary": the user's). */
  get(
    calendarId: string,
    optionalArgs?: object,
    headers?: object,
  ): GoogleAppsScript.Calendar.Schema.Calendar {
    const api = "calendar.calendars.get";
    const granted = this._ctx.scopes;
    if (granted && !granted.some((s) => CALENDAR_READ_SCOPES.includes(s))) {
      throw calendarError(api, CALENDAR_ERRORS.insufficientScopes);
    }
    if (
      (optionalArgs && Object.keys(optionalArgs).length > 0) ||
      (headers && Object.keys(headers).length > 0)
    ) {
      throw new Error("Not emulated: Calendar.Calendars.get with optional arguments or headers");
    }
    if (typeof calendarId !== "string")
      throw new Error("Not emulated: Calendar.Calendars.get with a non-string id");
    const calendar = resolveCalendar(this._ctx.account, calendarId);
    if (!calendar) throw calendarError(api, CALENDAR_ERRORS.notFound);
    const out: GoogleAppsScript.Calendar.Schema.Calendar = {
      kind: "calendar#calendar",
      etag: `"${Buffer.from(calendar.id).toString("hex").slice(0, 16)}"`,
      id: calendar.id,
      summary: calendar.summary,
      timeZone: calendar.timeZone,
    };
    if (calendar.description) out.description = calendar.description;
    return out;
  }
}

const NOT_EMULATED = ["Acl", "CalendarList", "Channels", "Colors", "Freebusy", "Settings"] as const;

class EmuCalendarService {
  readonly Events: GoogleAppsScript.Calendar.Collection.EventsCollection;
  readonly Calendars: CalendarsCollection;

  constructor(ctx: EmuContext) {
    this.Events = ctx.rt.expose(new EmuEvents(ctx), "Calendar.Events");
    this.Calendars = ctx.rt.expose(new EmuCalendars(ctx), "Calendar.Calendars");
    for (const name of NOT_EMULATED) {
      Object.defineProperty(this, name, {
        get() {
          throw new Error(`Not emulated: Calendar.${name}`);
        },
      });
    }
  }
}

/** The `Calendar` global of one execution. */
export function createCalendar(ctx: EmuContext): GoogleAppsScript.Calendar {
  return ctx.rt.expose(new EmuCalendarService(ctx), "Calendar");
}

export {
  apiMethodOf,
  CALENDAR_ERRORS,
  calendarError,
  calendarFault,
  GoogleJsonResponseException,
} from "./errors";
export { isGoogleUser } from "./mails";
export {
  addCalendar,
  type CalendarData,
  type CalendarMail,
  calendarDataOf,
  eventsOf,
  type MailReason,
  primaryCalendar,
  purgeCancelledEvents,
  type StoredCalendar,
} from "./model";
export { formatInZone, instantOf, parseRfc3339 } from "./times";
