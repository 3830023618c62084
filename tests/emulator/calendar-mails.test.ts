/**
 * Fidelity tests: the mails Google Calendar sends for `sendUpdates`, as the emulator records them in
 * `account.data.calendar.mails` (to whom, which event, why).
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/insert (sendUpdates: "Whether to
 * send notifications about the creation of the new event. … all: Notifications are sent to all guests.
 * externalOnly: Notifications are sent to non-Google Calendar guests only. none: No notifications are sent.")
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/patch and …/update (sendUpdates:
 * "Guests who should receive notifications about the event update (for example, title changes, etc.)")
 * https://developers.google.com/workspace/calendar/api/v3/reference/events/delete (sendUpdates: "Guests who
 * should receive notifications about the deletion of the event.")
 */
import { AMS, apiErrorOf, calendarContext, meeting } from "./calendar-helpers";
import { TEST_NOW } from "./services-helpers";

const GUESTS = ["an@zorg.nl", "bo@hospice.nl", "cy@gemeente.nl"];

/** The mails as "reason to" lines, in order. */
function lines(mails: { reason: string; to: string }[]): string[] {
  return mails.map((m) => `${m.reason} ${m.to}`);
}

describe("sendUpdates on insert", () => {
  test('"all" with three guests sends three invitations, each naming the event', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary", {
      sendUpdates: "all",
    });
    const mails = ctx.account.data.calendar.mails;
    expect(lines(mails)).toEqual(GUESTS.map((g) => `invited ${g}`));
    expect(mails[0]).toEqual({
      at: TEST_NOW.toISOString(),
      to: "an@zorg.nl",
      reason: "invited",
      calendarId: "coordinator@example.org",
      eventId: made.id,
      summary: "Kerngroep: overleg",
      start: "2026-05-12T08:00:00.000Z",
      method: "insert",
      sendUpdates: "all",
    });
  });

  test('without sendUpdates, or with "none", nobody is mailed ("The default is false.")', () => {
    const { ctx, Calendar } = calendarContext();
    Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    Calendar.Events.insert(meeting("2026-05-13T10:00:00", GUESTS), "primary", { sendUpdates: "none" });
    expect(ctx.account.data.calendar.mails).toEqual([]);
  });

  test("the organizer is never mailed about their own event, even as a guest", () => {
    const { ctx, Calendar } = calendarContext();
    Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", ["coordinator@example.org", "an@zorg.nl"]),
      "primary",
      {
        sendUpdates: "all",
      },
    );
    expect(lines(ctx.account.data.calendar.mails)).toEqual(["invited an@zorg.nl"]);
  });

  test('"externalOnly" mails only guests who do not use Google Calendar', () => {
    const { ctx, Calendar } = calendarContext();
    ctx.account.data.calendar.googleDomains.push("hospice.nl");
    Calendar.Events.insert(
      meeting("2026-05-12T10:00:00", ["an@gmail.com", "bo@hospice.nl", "cy@example.org", "dirk@gemeente.nl"]),
      "primary",
      { sendUpdates: "externalOnly" },
    );
    // gmail.com, a listed Workspace domain and the user's own domain are Google Calendar users.
    expect(lines(ctx.account.data.calendar.mails)).toEqual(["invited dirk@gemeente.nl"]);
  });

  test("a sendUpdates value outside the three is refused", () => {
    const { Calendar } = calendarContext();
    const e = apiErrorOf(() =>
      Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary", { sendUpdates: "yes" }),
    );
    expect(e.message).toBe(
      "API call to calendar.events.insert failed with error: Invalid string value: 'yes'. Allowed values: [all, externalOnly, none]",
    );
  });
});

describe("sendUpdates on patch and update", () => {
  // Adding one guest with "all" mails every guest: the new one an invitation, the others the update
  // (https://github.com/googleapis/google-api-nodejs-client/issues/3310: "all the attendees will receive an
  // email every time a new attendee is added").
  test('a guest added with "all": an invitation for them, an update for the others', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary", {
      sendUpdates: "all",
    });
    const before = ctx.account.data.calendar.mails.length;
    Calendar.Events.patch(
      { attendees: [...GUESTS, "dirk@zorg.nl"].map((email) => ({ email })) },
      "primary",
      made.id!,
      {
        sendUpdates: "all",
      },
    );
    const mails = ctx.account.data.calendar.mails.slice(before);
    expect(lines(mails)).toEqual([...GUESTS.map((g) => `updated ${g}`), "invited dirk@zorg.nl"]);
    expect(mails[0]!.changes).toEqual(["attendees"]);
    expect(mails.every((m) => m.method === "patch" && m.eventId === made.id)).toBe(true);
  });

  test('a guest removed with "all" is told the meeting is cancelled for them', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    Calendar.Events.patch(
      { attendees: GUESTS.slice(0, 2).map((email) => ({ email })) },
      "primary",
      made.id!,
      {
        sendUpdates: "all",
      },
    );
    expect(lines(ctx.account.data.calendar.mails)).toEqual([
      "cancelled cy@gemeente.nl",
      "updated an@zorg.nl",
      "updated bo@hospice.nl",
    ]);
  });

  test('a new time with "all" updates every guest and says what changed', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    Calendar.Events.patch(
      { start: { dateTime: "2026-05-12T13:00:00" }, end: { dateTime: "2026-05-12T15:00:00" } },
      "primary",
      made.id!,
      { sendUpdates: "all" },
    );
    const mails = ctx.account.data.calendar.mails;
    expect(lines(mails)).toEqual(GUESTS.map((g) => `updated ${g}`));
    expect(mails[0]!.changes).toEqual(["start", "end"]);
    expect(mails[0]!.start).toBe("2026-05-12T11:00:00.000Z");
  });

  test('the same change with "none", and changes guests cannot see, mail nobody', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    Calendar.Events.patch(
      { location: "Elders", attendees: [{ email: "new@zorg.nl" }] },
      "primary",
      made.id!,
      {
        sendUpdates: "none",
      },
    );
    Calendar.Events.patch({ extendedProperties: { private: { rij: "4" } } }, "primary", made.id!, {
      sendUpdates: "all",
    });
    // A patch that changes nothing (a re-run) mails nobody either.
    Calendar.Events.patch({ location: "Elders" }, "primary", made.id!, { sendUpdates: "all" });
    expect(ctx.account.data.calendar.mails).toEqual([]);
  });

  test('update with "all" mails like patch', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    Calendar.Events.update(
      { summary: "Kerngroep: nieuw", start: made.start, end: made.end, attendees: [{ email: "an@zorg.nl" }] },
      "primary",
      made.id!,
      { sendUpdates: "all" },
    );
    expect(lines(ctx.account.data.calendar.mails)).toEqual([
      "cancelled bo@hospice.nl",
      "cancelled cy@gemeente.nl",
      "updated an@zorg.nl",
    ]);
    expect(ctx.account.data.calendar.mails[2]!.summary).toBe("Kerngroep: nieuw");
    expect(ctx.account.data.calendar.mails[2]!.method).toBe("update");
  });
});

describe("sendUpdates on remove", () => {
  test('"all" tells every guest the meeting is cancelled; "none" tells nobody', () => {
    const { ctx, Calendar } = calendarContext();
    const a = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS), "primary");
    const b = Calendar.Events.insert(meeting("2026-05-19T10:00:00", GUESTS), "primary");
    Calendar.Events.remove("primary", a.id!, { sendUpdates: "all" });
    Calendar.Events.remove("primary", b.id!, { sendUpdates: "none" });
    const mails = ctx.account.data.calendar.mails;
    expect(lines(mails)).toEqual(GUESTS.map((g) => `cancelled ${g}`));
    expect(mails.every((m) => m.eventId === a.id && m.method === "delete")).toBe(true);
  });

  test('a cancelled event restored with "all" invites its guests again', () => {
    const { ctx, Calendar } = calendarContext();
    const made = Calendar.Events.insert(meeting("2026-05-12T10:00:00", GUESTS.slice(0, 1)), "primary");
    Calendar.Events.remove("primary", made.id!);
    Calendar.Events.patch({ status: "confirmed" }, "primary", made.id!, { sendUpdates: "all" });
    expect(lines(ctx.account.data.calendar.mails)).toEqual(["invited an@zorg.nl"]);
  });

  test("an all-day event's mails give its date", () => {
    const { ctx, Calendar } = calendarContext();
    Calendar.Events.insert(
      { summary: "Netwerkdag", start: { date: "2026-06-04", timeZone: AMS }, end: { date: "2026-06-05" } },
      "primary",
      { sendUpdates: "all" },
    );
    expect(ctx.account.data.calendar.mails).toEqual([]);
    Calendar.Events.insert(
      {
        summary: "Netwerkdag",
        start: { date: "2026-06-04" },
        end: { date: "2026-06-05" },
        attendees: [{ email: "an@zorg.nl" }],
      },
      "primary",
      { sendUpdates: "all" },
    );
    expect(ctx.account.data.calendar.mails[0]!.start).toBe("2026-06-04");
  });
});
