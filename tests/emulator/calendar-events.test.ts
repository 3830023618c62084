/**
 * Fidelity tests: Calendar.Events of the advanced Calendar service (Calendar API v3) — insert, get, list,
 * patch, update, remove — and Calendar.Calendars.get, with the errors Apps Script raises for them.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { Account } from "../../local/emulator/account";
import {
  addCalendar,
  CALENDAR_ERRORS,
  calendarFault,
  eventsOf,
  purgeCancelledEvents,
} from "../../local/emulator/calendar";
import { createExecutionContext, createGlobals } from "../../local/emulator/index";
import { AMS, apiErrorOf, calendarContext, meeting } from "./calendar-helpers";
import { TEST_NOW } from "./services-helpers";

const USER = "coordinator@example.org";

describe("Calendar.Events.insert and get", () => {
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/insert
  // https://developers.google.com/workspace/calendar/api/v3/reference/events#resource
  test("insert returns the new event with its id, status, organizer and times; get returns the same", () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary");
    expect(made.id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(made.status).toBe("confirmed");
    expect(made.kind).toBe("calendar#event");
    expect(made.organizer).toEqual({ email: USER, self: true });
    expect(made.creator).toEqual({ email: USER, self: true });
    expect(made.created).toBe(TEST_NOW.toISOString());
    expect(made.updated).toBe(TEST_NOW.toISOString());
    expect(made.iCalUID).toBe(`${made.id}@google.com`);
    expect(made.sequence).toBe(0);
    expect(made.summary).toBe("Kerngroep: overleg");
    expect(made.location).toBe("Zorgcentrum De Linde");
    // The stored event keeps its zone; dateTime carries the offset of the calendar's zone (Amsterdam, CEST).
    expect(made.start).toEqual({ dateTime: "2026-05-12T10:00:00+02:00", timeZone: AMS });
    expect(made.end).toEqual({ dateTime: "2026-05-12T12:00:00+02:00", timeZone: AMS });
    // "responseStatus … needsAction - The attendee has not responded to the invitation (recommended for new events)."
    expect(made.attendees).toEqual([{ email: "an@zorg.nl", responseStatus: "needsAction" }]);

    // https://developers.google.com/workspace/calendar/api/v3/reference/events/get
    const got = Calendar.Events.get("primary", made.id!);
    expect(got).toEqual(made);
    // "primary" is the user's own calendar, whose id is the user's address.
    expect(Calendar.Events.get(USER, made.id!)).toEqual(made);
    expect(ctx.rt.snapshotCalls()).toEqual({ "Calendar.Events.get": 2, "Calendar.Events.insert": 1 });
  });

  test("each call returns a copy: changing what insert or get returned changes nothing stored", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary");
    made.summary = "changed";
    made.attendees!.push({ email: "extra@zorg.nl" });
    const got = Calendar.Events.get("primary", made.id!);
    expect(got.summary).toBe("Kerngroep: overleg");
    expect(got.attendees).toHaveLength(1);
  });

  // https://developers.google.com/workspace/calendar/api/v3/reference/events#resource
  // start.date: "The date, in the format "yyyy-mm-dd", if this is an all-day event." end.date is exclusive.
  test("an all-day event keeps its dates", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(
      { summary: "Netwerkdag", start: { date: "2026-06-04" }, end: { date: "2026-06-05" } },
      "primary",
    );
    expect(made.start).toEqual({ date: "2026-06-04" });
    expect(made.end).toEqual({ date: "2026-06-05" });
  });

  // start.dateTime: "A time zone offset is required unless a time zone is explicitly specified in timeZone."
  test("a start without offset or time zone, an end before the start, and mixed date kinds are refused", () => {
    const { ctx, Calendar } = calendarContext();
    const noZone = apiErrorOf(() =>
      Calendar.Events.insert(
        { start: { dateTime: "2026-05-12T10:00:00" }, end: { dateTime: "2026-05-12T12:00:00" } },
        "primary",
      ),
    );
    expect(noZone.message).toBe(
      "API call to calendar.events.insert failed with error: Missing time zone definition for start time.",
    );
    expect(noZone.details?.code).toBe(400);
    const backwards = apiErrorOf(() =>
      Calendar.Events.insert(
        { start: { dateTime: "2026-05-12T12:00:00+02:00" }, end: { dateTime: "2026-05-12T10:00:00+02:00" } },
        "primary",
      ),
    );
    expect(backwards.message).toBe(
      "API call to calendar.events.insert failed with error: The specified time range is empty.",
    );
    const mixed = apiErrorOf(() =>
      Calendar.Events.insert(
        { start: { date: "2026-05-12" }, end: { dateTime: "2026-05-12T10:00:00Z" } },
        "primary",
      ),
    );
    expect(mixed.message).toBe(
      "API call to calendar.events.insert failed with error: Start and end times must either both be date or both be dateTime.",
    );
    const noEnd = apiErrorOf(() => Calendar.Events.insert({ start: { date: "2026-05-12" } }, "primary"));
    expect(noEnd.message).toBe("API call to calendar.events.insert failed with error: Missing end time.");
    expect(eventsOf(ctx.account)).toEqual([]);
  });

  // https://developers.google.com/workspace/calendar/api/v3/reference/events/insert (id: "Opaque identifier of
  // the event. When creating new single or recurring events, you can specify their IDs. Provided IDs must follow
  // these rules: characters allowed in the ID are those used in base32hex encoding, i.e. lowercase letters a-v
  // and digits 0-9 … the length of the ID must be between 5 and 1024 characters; the ID must be unique per
  // calendar.") and https://developers.google.com/workspace/calendar/api/guides/errors#409_the_requested_identifier_already_exists
  test("an id given on insert is used; the same id again (even after a delete) is a 409; a bad id a 400", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", [], { id: "netplanrij0042" }),
      "primary",
    );
    expect(made.id).toBe("netplanrij0042");
    Calendar.Events.remove("primary", "netplanrij0042");
    const again = apiErrorOf(() =>
      Calendar.Events.insert(meeting("2026-05-12T10:00:00", [], { id: "netplanrij0042" }), "primary"),
    );
    expect(again.message).toBe(
      "API call to calendar.events.insert failed with error: The requested identifier already exists.",
    );
    expect(again.details?.code).toBe(409);
    const bad = apiErrorOf(() =>
      Calendar.Events.insert(meeting("2026-05-12T10:00:00", [], { id: "Rij_42" }), "primary"),
    );
    expect(bad.message).toBe(
      "API call to calendar.events.insert failed with error: Invalid resource id value.",
    );
  });

  // https://developers.google.com/workspace/calendar/api/guides/errors#404_not_found
  test("an unknown event or calendar is 404 Not Found, as a GoogleJsonResponseException", () => {
    const { Calendar } = calendarContext();
    const e = apiErrorOf(() => Calendar.Events.get("primary", "doesnotexist1"));
    expect(e.name).toBe("GoogleJsonResponseException");
    expect(e.message).toBe("API call to calendar.events.get failed with error: Not Found");
    expect(String(e)).toBe(
      "GoogleJsonResponseException: API call to calendar.events.get failed with error: Not Found",
    );
    expect(e.details).toEqual({
      code: 404,
      message: "Not Found",
      errors: [{ domain: "global", reason: "notFound", message: "Not Found" }],
    });
    expect(
      apiErrorOf(() => Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "someone-else@example.org"))
        .message,
    ).toBe("API call to calendar.events.insert failed with error: Not Found");
  });
});

describe("Calendar.Events.patch and update", () => {
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/patch
  // "The field values you specify replace the existing values. Fields that you don't specify in the request
  // remain unchanged. Array fields, if specified, overwrite the existing arrays; this discards any previous
  // array elements."
  test("patch changes only what it names; an array replaces the old one; objects merge; null clears", () => {
    const { Calendar, clock } = calendarContext();
    const made = Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", ["an@zorg.nl", "bo@zorg.nl"], {
        extendedProperties: { private: { netwerkplan: "1", rij: "7" } },
      }),
      "primary",
    );
    clock.advanceSeconds(60);
    const patched = Calendar.Events.patch(
      {
        location: "Gemeentehuis",
        attendees: [{ email: "cy@zorg.nl" }],
        extendedProperties: { private: { rij: "8" } },
        description: null as unknown as string,
      },
      "primary",
      made.id!,
    );
    expect(patched.summary).toBe("Kerngroep: overleg");
    expect(patched.location).toBe("Gemeentehuis");
    expect(patched.description).toBeUndefined();
    expect(patched.attendees?.map((a) => a.email)).toEqual(["cy@zorg.nl"]);
    expect(patched.extendedProperties).toEqual({ private: { netwerkplan: "1", rij: "8" } });
    expect(patched.start).toEqual(made.start);
    expect(patched.created).toBe(made.created);
    expect(patched.updated).toBe(new Date(TEST_NOW.getTime() + 60_000).toISOString());
    expect(patched.etag).not.toBe(made.etag);
    // Sequence: "Sequence number as per iCalendar": a change of place is a revision.
    expect(patched.sequence).toBe(1);
    expect(Calendar.Events.get("primary", made.id!)).toEqual(patched);
  });

  // A moved start keeps the event's zone: the patch's start merges into the stored one.
  test("patch with a new wall-clock start reads it in the event's own zone", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    const moved = Calendar.Events.patch(
      { start: { dateTime: "2026-05-19T14:00:00" }, end: { dateTime: "2026-05-19T16:00:00" } },
      "primary",
      made.id!,
    );
    expect(moved.start).toEqual({ dateTime: "2026-05-19T14:00:00+02:00", timeZone: AMS });
    expect(moved.end).toEqual({ dateTime: "2026-05-19T16:00:00+02:00", timeZone: AMS });
  });

  // https://developers.google.com/workspace/calendar/api/v3/reference/events/update ("This method does not
  // support patch semantics and always updates the entire event resource.")
  test("update replaces the event: fields it leaves out are gone; it needs start and end", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", ["an@zorg.nl"], {
        extendedProperties: { private: { netwerkplan: "1" } },
      }),
      "primary",
    );
    const updated = Calendar.Events.update(
      { summary: "Nieuw", start: made.start, end: made.end },
      "primary",
      made.id!,
    );
    expect(updated.summary).toBe("Nieuw");
    expect(updated.location).toBeUndefined();
    expect(updated.description).toBeUndefined();
    expect(updated.attendees).toBeUndefined();
    expect(updated.extendedProperties).toBeUndefined();
    expect(updated.id).toBe(made.id);
    expect(apiErrorOf(() => Calendar.Events.update({ summary: "x" }, "primary", made.id!)).message).toBe(
      "API call to calendar.events.update failed with error: Missing start time.",
    );
  });

  test("update with the event as get returned it (read-only fields included) works; a stale sequence is refused", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary");
    const copy = Calendar.Events.get("primary", made.id!);
    copy.location = "Elders";
    const updated = Calendar.Events.update(copy, "primary", made.id!);
    expect(updated.location).toBe("Elders");
    expect(updated.sequence).toBe(1);
    // The old copy still says sequence 0.
    const stale = apiErrorOf(() =>
      Calendar.Events.update({ ...made, location: "Weer elders" }, "primary", made.id!),
    );
    expect(stale.message).toBe(
      "API call to calendar.events.update failed with error: Invalid sequence value. The specified sequence number is below the current sequence number of the resource.",
    );
  });

  test("patch keeps a guest's answer when the guest list is sent again without it", () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary");
    // The guest accepts (in their own calendar); the organizer's copy shows it.
    eventsOf(ctx.account)[0]!.attendees![0]!.responseStatus = "accepted";
    const patched = Calendar.Events.patch(
      { attendees: [{ email: "an@zorg.nl" }, { email: "bo@zorg.nl" }] },
      "primary",
      made.id!,
    );
    expect(patched.attendees).toEqual([
      { email: "an@zorg.nl", responseStatus: "accepted" },
      { email: "bo@zorg.nl", responseStatus: "needsAction" },
    ]);
  });
});

describe("Calendar.Events.remove", () => {
  // https://developers.google.com/workspace/calendar/api/v3/reference/events#resource (status: "cancelled - The
  // event is cancelled (deleted). The list method returns cancelled events only on incremental sync (when
  // syncToken or updatedMin are specified) or if the showDeleted flag is set to true. The get method always
  // returns them." … "On the organizer's calendar, cancelled events continue to expose event details")
  // https://developers.google.com/workspace/calendar/api/guides/errors (410: "This error can also occur if a
  // request attempts to delete an event that has already been deleted.")
  test("a removed event is cancelled: get still returns it, list only with showDeleted, a second remove is 410", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary");
    expect(Calendar.Events.remove("primary", made.id!)).toBeUndefined();
    const got = Calendar.Events.get("primary", made.id!);
    expect(got.status).toBe("cancelled");
    expect(got.summary).toBe("Kerngroep: overleg");
    expect(Calendar.Events.list("primary").items).toEqual([]);
    expect(Calendar.Events.list("primary", { showDeleted: true }).items?.map((e) => e.id)).toEqual([made.id]);
    const again = apiErrorOf(() => Calendar.Events.remove("primary", made.id!));
    expect(again.message).toBe(
      "API call to calendar.events.delete failed with error: Resource has been deleted",
    );
    expect(again.details?.code).toBe(410);
  });

  // "Such cancelled events will eventually disappear, so do not rely on them being available indefinitely."
  test("once Google has purged a cancelled event, get and remove answer 404", () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    Calendar.Events.remove("primary", made.id!);
    expect(purgeCancelledEvents(ctx.account)).toBe(1);
    expect(apiErrorOf(() => Calendar.Events.get("primary", made.id!)).message).toBe(
      "API call to calendar.events.get failed with error: Not Found",
    );
    expect(apiErrorOf(() => Calendar.Events.remove("primary", made.id!)).details?.code).toBe(404);
  });

  test("a cancelled event set back to confirmed is restored", () => {
    const { Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    Calendar.Events.remove("primary", made.id!);
    const restored = Calendar.Events.patch({ status: "confirmed" }, "primary", made.id!);
    expect(restored.status).toBe("confirmed");
    expect(Calendar.Events.list("primary").items?.map((e) => e.id)).toEqual([made.id]);
  });
});

describe("Calendar.Events.list", () => {
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/list
  // timeMin: "Lower bound (exclusive) for an event's end time to filter by." timeMax: "Upper bound (exclusive)
  // for an event's start time to filter by." Both "Must be an RFC3339 timestamp with mandatory time zone offset".
  test("timeMin and timeMax bound the end and the start, exclusively", () => {
    const { Calendar } = calendarContext();
    const a = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary"); // 08:00Z-10:00Z
    const b = Calendar.Events.insert(meeting("2026-05-12T14:00:00"), "primary"); // 12:00Z-14:00Z
    const ids = (args: object) => Calendar.Events.list("primary", args).items?.map((e) => e.id);
    expect(ids({ timeMin: "2026-05-12T10:00:00Z" })).toEqual([b.id]); // a ends exactly at timeMin
    expect(ids({ timeMin: "2026-05-12T09:59:59Z" })).toEqual([a.id, b.id]);
    expect(ids({ timeMax: "2026-05-12T12:00:00Z" })).toEqual([a.id]); // b starts exactly at timeMax
    expect(ids({ timeMin: "2026-05-12T11:00:00+02:00", timeMax: "2026-05-12T15:00:00+02:00" })).toEqual([
      a.id,
      b.id,
    ]);
    expect(
      apiErrorOf(() => Calendar.Events.list("primary", { timeMin: "2026-05-12T10:00:00" })).details?.code,
    ).toBe(400);
    // https://developers.google.com/workspace/calendar/api/guides/errors#400_bad_request
    expect(
      apiErrorOf(() =>
        Calendar.Events.list("primary", { timeMin: "2026-05-13T00:00:00Z", timeMax: "2026-05-12T00:00:00Z" }),
      ).message,
    ).toBe("API call to calendar.events.list failed with error: The specified time range is empty.");
  });

  // privateExtendedProperty: "Extended properties constraint specified as propertyName=value. Matches only
  // private properties. This parameter might be repeated multiple times to return events that match all given
  // constraints."
  test("privateExtendedProperty finds the add-on's own events; repeated, every constraint must hold", () => {
    const { Calendar } = calendarContext();
    const own1 = Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", [], { extendedProperties: { private: { netwerkplan: "1", rij: "2" } } }),
      "primary",
    );
    const own2 = Calendar.Events.insert(
      meeting("2026-05-19T10:00:00", [], { extendedProperties: { private: { netwerkplan: "1", rij: "3" } } }),
      "primary",
    );
    Calendar.Events.insert(meeting("2026-05-20T10:00:00"), "primary");
    Calendar.Events.insert(
      meeting("2026-05-21T10:00:00", [], { extendedProperties: { shared: { netwerkplan: "1" } } }),
      "primary",
    );
    const ids = (args: object) => Calendar.Events.list("primary", args).items?.map((e) => e.id);
    expect(ids({ privateExtendedProperty: "netwerkplan=1" })).toEqual([own1.id, own2.id]);
    expect(ids({ privateExtendedProperty: ["netwerkplan=1", "rij=3"] })).toEqual([own2.id]);
    expect(ids({ privateExtendedProperty: "rij=4" })).toEqual([]);
  });

  // maxResults: "Maximum number of events returned on one result page. … Incomplete pages can be detected by a
  // non-empty nextPageToken field in the response." pageToken: "Token specifying which result page to return."
  test("maxResults pages the result; nextPageToken leads to the next page and is absent on the last", () => {
    const { Calendar } = calendarContext();
    const made = [1, 2, 3, 4, 5].map(
      (d) => Calendar.Events.insert(meeting(`2026-06-0${d}T10:00:00`), "primary").id,
    );
    const seen: (string | undefined)[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = Calendar.Events.list("primary", { maxResults: 2, ...(pageToken ? { pageToken } : {}) });
      expect(page.items!.length).toBeLessThanOrEqual(2);
      seen.push(...page.items!.map((e) => e.id));
      pageToken = page.nextPageToken;
      pages++;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(seen).toEqual(made);
  });

  test("orderBy startTime sorts by start, and needs singleEvents", () => {
    const { Calendar } = calendarContext();
    const late = Calendar.Events.insert(meeting("2026-07-01T10:00:00"), "primary");
    const early = Calendar.Events.insert(meeting("2026-06-01T10:00:00"), "primary");
    expect(
      Calendar.Events.list("primary", { orderBy: "startTime", singleEvents: true }).items?.map((e) => e.id),
    ).toEqual([early.id, late.id]);
    expect(apiErrorOf(() => Calendar.Events.list("primary", { orderBy: "startTime" })).message).toBe(
      "API call to calendar.events.list failed with error: The requested ordering is not available for the particular query.",
    );
  });

  // Events resource: "timeZone: The time zone of the calendar."
  test("the list tells the calendar's time zone (the calendar.events scope cannot read Calendars.get)", () => {
    const { Calendar } = calendarContext();
    const list = Calendar.Events.list("primary");
    expect(list.timeZone).toBe(AMS);
    expect(list.summary).toBe(USER);
    expect(list.items).toEqual([]);
  });
});

describe("Calendar.Calendars.get and scopes", () => {
  // https://developers.google.com/workspace/calendar/api/v3/reference/calendars/get
  test("primary is the user's calendar; another calendar the user manages is found by its id", () => {
    const { ctx, Calendar } = calendarContext();
    expect(Calendar.Calendars.get("primary")).toEqual({
      kind: "calendar#calendar",
      etag: expect.any(String),
      id: USER,
      summary: USER,
      timeZone: AMS,
    });
    addCalendar(ctx.account, {
      id: "netwerk@group.calendar.google.com",
      summary: "Netwerk",
      timeZone: "UTC",
    });
    expect(Calendar.Calendars.get("netwerk@group.calendar.google.com").timeZone).toBe("UTC");
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "netwerk@group.calendar.google.com");
    expect(made.organizer).toEqual({
      email: "netwerk@group.calendar.google.com",
      displayName: "Netwerk",
      self: true,
    });
    expect(made.start?.dateTime).toBe("2026-05-12T08:00:00Z");
    expect(apiErrorOf(() => Calendar.Calendars.get("nobody@group.calendar.google.com")).details?.code).toBe(
      404,
    );
  });

  // Authorization: calendars.get accepts calendar, calendar.readonly, calendar.app.created, calendar.calendars,
  // calendar.calendars.readonly — not calendar.events, the add-on's only Calendar scope (appsscript.json).
  test("with the manifest's scopes, events work and Calendars.get is refused", () => {
    const { ctx, Calendar } = calendarContext();
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "../../appsscript.json"), "utf8")) as {
      oauthScopes: string[];
    };
    ctx.scopes = manifest.oauthScopes;
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    expect(Calendar.Events.get("primary", made.id!).id).toBe(made.id);
    const e = apiErrorOf(() => Calendar.Calendars.get("primary"));
    expect(e.message).toBe(
      "API call to calendar.calendars.get failed with error: Request had insufficient authentication scopes.",
    );
    expect(e.details?.code).toBe(403);
    ctx.scopes = ["https://www.googleapis.com/auth/calendar.events.readonly"];
    expect(
      apiErrorOf(() => Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary")).details?.code,
    ).toBe(403);
  });
});

describe("the Calendar global in an execution", () => {
  // https://developers.google.com/apps-script/advanced/calendar: the service is the global `Calendar` once
  // enabled (appsscript.json dependencies.enabledAdvancedServices, userSymbol "Calendar", v3).
  test("script code sees Calendar; calls are counted; what is not emulated says so", () => {
    const account = new Account();
    const ctx = createExecutionContext({ account, now: () => new Date(TEST_NOW) });
    const sandbox = vm.createContext(createGlobals(ctx));
    const id = vm.runInContext(
      `Calendar.Events.insert({ summary: "Kerngroep", start: { dateTime: "2026-05-12T10:00:00", timeZone: "${AMS}" },
         end: { dateTime: "2026-05-12T12:00:00", timeZone: "${AMS}" } }, "primary").id`,
      sandbox,
    ) as string;
    expect(eventsOf(account).map((e) => e.id)).toEqual([id]);
    expect(ctx.rt.snapshotCalls()).toEqual({ "Calendar.Events.insert": 1 });
    expect(() => vm.runInContext(`Calendar.Events.quickAdd("primary", "Lunch")`, sandbox)).toThrow(
      "Not emulated: Calendar.Events.quickAdd",
    );
    expect(() => vm.runInContext(`Calendar.CalendarList.list()`, sandbox)).toThrow(
      "Not emulated: Calendar.CalendarList",
    );
    expect(() => vm.runInContext(`Calendar.Events.list("primary", { q: "Kerngroep" })`, sandbox)).toThrow(
      "Not emulated: Calendar.Events.list optional argument q",
    );
    expect(() =>
      vm.runInContext(
        `Calendar.Events.insert({ recurrence: ["RRULE:FREQ=WEEKLY"], start: { date: "2026-05-12" },
           end: { date: "2026-05-13" } }, "primary")`,
        sandbox,
      ),
    ).toThrow("Not emulated: Calendar.Events: the event field recurrence");
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions (simple triggers cannot use services
  // that require authorization)
  test("a simple trigger may not use Calendar", () => {
    const ctx = createExecutionContext({ account: new Account(), authMode: "LIMITED" });
    const Calendar = createGlobals(ctx).Calendar as GoogleAppsScript.Calendar;
    expect(() => Calendar.Events.list("primary")).toThrow(
      "You do not have permission to call Calendar.Events.list. Simple triggers cannot use it.",
    );
  });

  test("events and mails are account data: a later execution and a saved account see them", () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", ["an@zorg.nl"]), "primary", {
      sendUpdates: "all",
    });
    const later = calendarContext(ctx.account);
    expect(later.Calendar.Events.get("primary", made.id!)).toEqual(made);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "calendar-"));
    ctx.account.save(dir);
    const loaded = Account.load(dir)!;
    expect(calendarContext(loaded).Calendar.Events.get("primary", made.id!)).toEqual(made);
    expect(loaded.data.calendar.mails).toEqual(ctx.account.data.calendar.mails);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("faults", () => {
  // https://developers.google.com/workspace/calendar/api/guides/errors#403_rate_limit_exceeded
  test("a 403 rate limit injected at the k-th Calendar call fails that call only, with the API's text", () => {
    const { ctx, Calendar } = calendarContext();
    ctx.rt.injectFault(calendarFault(3));
    Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    Calendar.Events.list("primary");
    const e = apiErrorOf(() => Calendar.Events.insert(meeting("2026-05-19T10:00:00"), "primary"));
    expect(e.message).toBe("API call to calendar.events.insert failed with error: Rate Limit Exceeded");
    expect(e.name).toBe("GoogleJsonResponseException");
    expect(e.details).toEqual({
      code: 403,
      message: "Rate Limit Exceeded",
      errors: [{ domain: "usageLimits", reason: "rateLimitExceeded", message: "Rate Limit Exceeded" }],
    });
    expect(eventsOf(ctx.account)).toHaveLength(1);
    Calendar.Events.insert(meeting("2026-05-19T10:00:00"), "primary");
    expect(eventsOf(ctx.account)).toHaveLength(2);
  });

  test("a fault can name one method and another API error; remove is named as the API's delete", () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00"), "primary");
    ctx.rt.injectFault(calendarFault(1, CALENDAR_ERRORS.usageLimits, "Calendar.Events.remove"));
    Calendar.Events.get("primary", made.id!);
    expect(apiErrorOf(() => Calendar.Events.remove("primary", made.id!)).message).toBe(
      "API call to calendar.events.delete failed with error: Calendar usage limits exceeded.",
    );
    expect(Calendar.Events.get("primary", made.id!).status).toBe("confirmed");
  });
});
