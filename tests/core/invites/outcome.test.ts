/** core/invites/outcome.ts: what goes back into the sheet after a run, the guard, the summary and its facts. */
import { translator } from "../../../src/core/i18n";
import {
  confirmedMails,
  type ItemResult,
  previewToken,
  rowsStillFit,
  rowWrites,
  runOutcome,
  statusWrites,
  writeBackColumns,
  writeSpan,
} from "../../../src/core/invites/outcome";
import { planInvites } from "../../../src/core/invites/plan";
import {
  AMS,
  FakeCalendar,
  MEMBERS,
  meeting,
  planOpts,
  wanted,
  withIds,
  withReport,
} from "../../support/invite-fixtures";

/** The columns of the test tab as read: Groep, Titel, Datum, Begintijd, then the add-on's three. */
const COLS = { group: 0, title: 1, date: 2, start: 3, eventId: 4, inviteStatus: 5, sentAt: 6 };

const t = translator("nl");
const meetings = [
  meeting({ row: 2 }),
  meeting({ row: 3, date: "2026-04-14", eventId: "gone1" }),
  meeting({ row: 4, date: "2026-05-12", cancelled: true }),
  meeting({ row: 6, date: "2026-06-09" }),
];
const plan = planInvites(
  wanted(meetings),
  new FakeCalendar().state(meetings.map((m) => m.eventId)),
  planOpts(),
);
const done = (row: number, eventId: string, mailed = true): ItemResult => ({
  row,
  state: "done",
  eventId,
  error: "",
  mailed: mailed ? plan.items.find((i) => i.row === row)!.mail : [],
  event: null,
});

test("rows written: new ids and statuses; failed rows their error; rows not reached nothing", () => {
  expect(plan.items.map((i) => i.kind)).toEqual(["create", "recreate", "unchanged", "create"]);
  const results: ItemResult[] = [
    done(2, "new2"),
    { row: 3, state: "failed", eventId: "", error: "Invalid start time", mailed: [], event: null },
    { row: 6, state: "notRun", eventId: "", error: "", mailed: [], event: null },
  ];
  expect(rowWrites(plan, results, true, t)).toEqual([
    { row: 2, eventId: "new2", status: "verstuurd", sent: true },
    { row: 3, eventId: null, status: "fout: Invalid start time", sent: false },
  ]);
  expect(rowWrites(plan, [done(2, "new2", false)], false, t)[0]).toEqual({
    row: 2,
    eventId: "new2",
    status: "aangemaakt, zonder e-mail",
    sent: false,
  });
  expect(writeSpan([{ row: 6 } as never, { row: 3 } as never])).toEqual({ first: 3, count: 4 });
  expect(writeSpan([])).toBeNull();
});

test("an event found again by its key: 'verstuurd' with the time the cut-off run made it, when mail was on", () => {
  const one = [meeting({ row: 2 })];
  const calendar = new FakeCalendar();
  const ids = calendar.apply(planInvites(wanted(one), calendar.state(), planOpts()));
  const id = ids.get(2)!;
  calendar.events.get(id)!.created = "2026-01-05T09:30:00.000Z";
  // The run was cut off before the id reached the sheet: the next run adopts the event.
  const lost = withIds(one, new Map()).map((m) => ({ ...m, eventId: "" }));
  const next = planInvites(wanted(lost), calendar.state(), planOpts());
  expect(next.items[0]).toMatchObject({ note: "adopted", kind: "unchanged" });
  const result: ItemResult = { row: 2, state: "done", eventId: id, error: "", mailed: [], event: null };
  expect(rowWrites(next, [result], true, t)).toEqual([
    { row: 2, eventId: id, status: "verstuurd", sent: false, sentAt: "2026-01-05T09:30:00.000Z" },
  ]);
  // Mail off: made without mail, so no time of sending.
  expect(rowWrites(next, [result], false, t)[0]).not.toHaveProperty("sentAt");
  const written = writeBackColumns(
    [["", "", "", "", "", "", ""]],
    2,
    COLS,
    rowWrites(next, [result], true, t),
    new Date("2026-02-01T00:00:00Z"),
  );
  expect(written.sentAt).toEqual([[new Date("2026-01-05T09:30:00.000Z")]]);
});

test("values read again go back as they were: text in Verstuurd op behind an apostrophe, nothing past Sheets' cell limit", () => {
  const when = new Date("2026-01-02T10:00:00Z");
  const long = "x".repeat(60_000);
  // Row 2 is written; rows 3 and 4 lie in the span and go back as read.
  const fresh = [
    ["", "", "", "", "", "", ""],
    ["", "", "", "", "=Anna", "+31 6", "=Anna"],
    ["", "", "", "", long, "verstuurd", when],
    ["", "", "", "", "", "", long],
  ];
  const write = { row: 2, eventId: "e2", status: "verstuurd", sent: true };
  const now = new Date("2026-02-01T00:00:00Z");
  const out = writeBackColumns(fresh, 2, COLS, [write], now);
  // Agenda-ID and Uitnodiging are plain-text cells: their text goes back exactly as it was.
  expect(out.eventId.map((r) => r[0])).toEqual(["e2", "=Anna", expect.any(String), ""]);
  expect(out.inviteStatus.map((r) => r[0])).toEqual(["verstuurd", "+31 6", "verstuurd", ""]);
  // Verstuurd op has a date format: a text there would be read as typed (a formula, a number): the
  // apostrophe keeps it the text it was. A date stays a date.
  expect(out.sentAt.slice(0, 3).map((r) => r[0])).toEqual([now, "'=Anna", when]);
  // Longer than a cell holds (only an emulated sheet can): cut as the writer cuts a text.
  const cut = out.eventId[2]![0] as string;
  expect(cut.length).toBe(50_000);
  expect(cut.endsWith("…")).toBe(true);
  // With its apostrophe, what goes in still fits.
  expect((out.sentAt[3]![0] as string).length).toBe(50_000);
  expect(out.sentAt[3]![0]).toMatch(/^'x+…$/);
});

describe("rows with an error: the error in Uitnodiging, and the status again once fixed", () => {
  const endError = t("val.time.endNotAfterStart", { start: "14:00", end: "12:00" });
  const dateError = t("val.date.invalid", { value: "‘31-02-2026’" });
  /** The tab as read: the header, then rows 2.. with `Uitnodiging` as given. */
  const tabWith = (statuses: string[]) => [
    ["Groep"],
    ...statuses.map((s) => ["Kerngroep", "Overleg", "", "14:00", "", s, ""]),
  ];

  test("a row with an error gets its error; the other rows keep what the run gives them", () => {
    const valid = [meeting({ row: 2 }), meeting({ row: 4, date: "2026-04-14" })];
    const p = planInvites(wanted(valid), new FakeCalendar().state(), planOpts());
    const results: ItemResult[] = [2, 4].map((row) => ({
      row,
      state: "done",
      eventId: `new${row}`,
      error: "",
      mailed: p.items.find((i) => i.row === row)!.mail,
      event: null,
    }));
    const done = rowWrites(p, results, true, t);
    const planned = tabWith(["", "verstuurd", "", "", "", "", ""]);
    const errors = [
      { row: 1, column: "Eindtijd", message: "header" },
      { row: 3, column: "Eindtijd", message: endError },
      { row: 5, column: "Datum", message: dateError },
      { row: 5, column: "Eindtijd", message: endError },
      { row: 6, column: "", message: "Deze regel staat er twee keer." },
      { row: 7, column: "Eindtijd", message: endError },
    ];
    // Row 7 already holds its error: not written again.
    planned[6]![COLS.inviteStatus] = `niet verstuurd, fout in Eindtijd: ${endError}`;
    expect(statusWrites(p, errors, planned, COLS, true, t)).toEqual([
      {
        row: 3,
        eventId: null,
        status:
          "niet verstuurd, fout in Eindtijd: De eindtijd 12:00 ligt niet na de begintijd 14:00. Pas een van beide aan.",
        sent: false,
      },
      {
        row: 5,
        eventId: null,
        status: `niet verstuurd, fouten in Datum, Eindtijd: ${dateError} ${endError}`,
        sent: false,
      },
      { row: 6, eventId: null, status: "niet verstuurd: Deze regel staat er twee keer.", sent: false },
    ]);
    // English with Taal en (the messages come in the run's language).
    const en = translator("en");
    const english = [
      {
        row: 3,
        column: "Eindtijd",
        message: en("val.time.endNotAfterStart", { start: "14:00", end: "12:00" }),
      },
    ];
    expect(statusWrites(p, english, planned, COLS, true, en)[0]!.status).toBe(
      "not sent, error in Eindtijd: The end time 12:00 is not after the start time 14:00. Change one of them.",
    );
    // Only Uitnodiging of the row with the error: its Agenda-ID and Verstuurd op stay as they are.
    const d = new Date("2026-01-02T10:00:00Z");
    const fresh = [
      ["Kerngroep", "", "", "", "", "", ""],
      ["Kerngroep", "", "", "", "old3", "verstuurd", d],
      ["Kerngroep", "", "", "", "", "", ""],
    ];
    const writes = [...done, ...statusWrites(p, errors.slice(1, 2), planned, COLS, true, t)];
    const now = new Date("2026-01-05T08:00:00Z");
    expect(writeBackColumns(fresh, 2, COLS, writes, now)).toEqual({
      eventId: [["new2"], ["old3"], ["new4"]],
      inviteStatus: [
        ["verstuurd"],
        [expect.stringMatching(/^niet verstuurd, fout in Eindtijd: /)],
        ["verstuurd"],
      ],
      sentAt: [[now], [d], [now]],
    });
  });

  test("once fixed: the run's own status, or the status the row would have had when the run writes none", () => {
    const rows = [
      meeting({ row: 2 }),
      meeting({ row: 3, date: "2026-04-14" }),
      meeting({ row: 4, date: "2026-05-12" }),
    ];
    const calendar = new FakeCalendar();
    const ids = calendar.apply(planInvites(wanted(rows), calendar.state(), planOpts()));
    const withEvents = withIds(rows, ids);
    const fixed = [
      ...withEvents,
      meeting({ row: 5, date: "2026-06-09", cancelled: true }),
      meeting({ row: 6, date: "2025-12-01" }),
      meeting({ row: 7, date: "2026-07-07" }),
    ];
    const next = planInvites(wanted(fixed), calendar.state(fixed.map((m) => m.eventId)), planOpts());
    expect(next.items.map((i) => [i.kind, i.note])).toEqual([
      ["unchanged", null],
      ["unchanged", null],
      ["unchanged", null],
      ["unchanged", "nothingToCancel"],
      ["past", null],
      ["create", null],
    ]);
    const error = `niet verstuurd, fout in Eindtijd: ${endError}`;
    // Row 3 holds another status; row 7 is made by the run, which writes its status.
    const planned = tabWith([error, "bijgewerkt", error, error, error, error]);
    const made: ItemResult = {
      row: 7,
      state: "done",
      eventId: "new7",
      error: "",
      mailed: next.items[5]!.mail,
      event: null,
    };
    const done = rowWrites(next, [made], true, t);
    expect(done).toEqual([{ row: 7, eventId: "new7", status: "verstuurd", sent: true }]);
    expect(statusWrites(next, [], planned, COLS, true, t)).toEqual([
      { row: 2, eventId: null, status: "verstuurd", sent: false },
      { row: 4, eventId: null, status: "verstuurd", sent: false },
      { row: 5, eventId: null, status: "geannuleerd", sent: false },
      { row: 6, eventId: null, status: "", sent: false },
    ]);
    // Mail off: the event is there, without mail.
    expect(statusWrites(next, [], planned, COLS, false, t)[0]!.status).toBe("aangemaakt, zonder e-mail");
    // Nothing to settle: nothing written.
    expect(statusWrites(next, [], tabWith(["verstuurd", "bijgewerkt"]), COLS, true, t)).toEqual([]);
  });

  /** Three meetings with their events, as the calendar has them: nothing to do. */
  function upToDate() {
    const rows = [
      meeting({ row: 2 }),
      meeting({ row: 3, date: "2026-04-14" }),
      meeting({ row: 4, date: "2026-05-12" }),
    ];
    const calendar = new FakeCalendar();
    const made = withIds(rows, calendar.apply(planInvites(wanted(rows), calendar.state(), planOpts())));
    return { calendar, made };
  }

  test("an error alone is work: written without a call, in the preview's token; once fixed, cleared alone", () => {
    const { calendar, made } = upToDate();
    // Row 3 gets an end before its start: it is left out, the others stay as they are.
    const valid = made.filter((m) => m.row !== 3);
    const p = planInvites(wanted(valid), calendar.state(made.map((m) => m.eventId)), planOpts());
    expect(p.items.every((i) => i.ops.length === 0 && !i.writeId)).toBe(true);
    const errors = [{ row: 3, column: "Eindtijd", message: endError }];
    const statuses = statusWrites(p, errors, tabWith(["verstuurd", "verstuurd", "verstuurd"]), COLS, true, t);
    expect(statuses).toEqual([
      { row: 3, eventId: null, status: `niet verstuurd, fout in Eindtijd: ${endError}`, sent: false },
    ]);
    // The confirmation checks the writes too: the token of the plan alone would not see them.
    expect(previewToken(p, statuses)).not.toBe(p.token);
    expect(previewToken(p, [])).toBe(p.token);
    expect(previewToken(p, [{ ...statuses[0]!, status: "niet verstuurd: anders" }])).not.toBe(
      previewToken(p, statuses),
    );
    // Fixed, with no other change: the error goes, the status it had comes back.
    const fixed = planInvites(wanted(made), calendar.state(made.map((m) => m.eventId)), planOpts());
    const planned = tabWith(["verstuurd", statuses[0]!.status!, "verstuurd"]);
    expect(statusWrites(fixed, [], planned, COLS, true, t)).toEqual([
      { row: 3, eventId: null, status: "verstuurd", sent: false },
    ]);
  });

  test("a row with calls gets its status from them: one the run does not reach keeps its error", () => {
    const p = planInvites(wanted([meeting({ row: 2 })]), new FakeCalendar().state(), planOpts());
    const planned = tabWith([`niet verstuurd, fout in Eindtijd: ${endError}`]);
    expect(statusWrites(p, [], planned, COLS, true, t)).toEqual([]);
    const notRun: ItemResult = { row: 2, state: "notRun", eventId: "", error: "", mailed: [], event: null };
    expect(rowWrites(p, [notRun], true, t)).toEqual([]);
  });

  test("an error written over geannuleerd keeps the cancellation known, in either language", () => {
    const { calendar, made } = upToDate();
    const p = planInvites(wanted(made.slice(0, 1)), calendar.state([made[0]!.eventId]), planOpts());
    const errors = [{ row: 3, column: "Eindtijd", message: endError }];
    const cancelledThenError = `geannuleerd; niet verstuurd, fout in Eindtijd: ${endError}`;
    expect(statusWrites(p, errors, tabWith(["verstuurd", "geannuleerd"]), COLS, true, t)).toEqual([
      { row: 3, eventId: null, status: cancelledThenError, sent: false },
    ]);
    // Already there: nothing written.
    expect(statusWrites(p, errors, tabWith(["verstuurd", cancelledThenError]), COLS, true, t)).toEqual([]);
    // Taal switched to English: the Dutch cell is recognised, and the error comes in English, still after it.
    const en = translator("en");
    const english = [
      {
        row: 3,
        column: "Eindtijd",
        message: en("val.time.endNotAfterStart", { start: "14:00", end: "12:00" }),
      },
    ];
    expect(statusWrites(p, english, tabWith(["verstuurd", cancelledThenError]), COLS, true, en)).toEqual([
      {
        row: 3,
        eventId: null,
        status:
          "cancelled; not sent, error in Eindtijd: The end time 12:00 is not after the start time 14:00. Change one of them.",
        sent: false,
      },
    ]);
    // A meeting made again after the add-on cancelled it, whose insert fails: the error, and the cancellation.
    const gone = [meeting({ row: 2, eventId: "cancelled1", inviteStatus: "geannuleerd" })];
    const again = planInvites(wanted(gone), new FakeCalendar().state(["cancelled1"]), planOpts());
    expect(again.items[0]!.kind).toBe("recreate");
    const failed: ItemResult = {
      row: 2,
      state: "failed",
      eventId: "",
      error: "Backend Error",
      mailed: [],
      event: null,
    };
    expect(rowWrites(again, [failed], true, t)[0]!.status).toBe("geannuleerd; fout: Backend Error");
  });

  test("after a switch of Taal, a Dutch error of a row fixed since is still replaced", () => {
    const { calendar, made } = upToDate();
    const p = planInvites(wanted(made), calendar.state(made.map((m) => m.eventId)), planOpts());
    const planned = tabWith(["sent", `niet verstuurd, fout in Eindtijd: ${endError}`, "fout: Backend Error"]);
    expect(statusWrites(p, [], planned, COLS, true, translator("en"))).toEqual([
      { row: 3, eventId: null, status: "sent", sent: false },
      { row: 4, eventId: null, status: "sent", sent: false },
    ]);
  });
});

test("the guard: values go back only to rows that still hold the meeting planned", () => {
  const d = new Date("2026-03-09T23:00:00Z");
  const planned = [
    ["Groep"],
    ["Kerngroep", "Overleg", d, "14:00", "", "", ""],
    ["Bestuur", "X", d, "", "", "", ""],
  ];
  const same = [["Kerngroep", "Overleg", new Date(d.getTime()), "14:00", "", "", ""]];
  expect(rowsStillFit(planned, same, 2, COLS, [2])).toBe(true);
  const shifted = [["Bestuur", "X", d, "", "", "", ""]];
  expect(rowsStillFit(planned, shifted, 2, COLS, [2])).toBe(false);
  expect(rowsStillFit(planned, [], 2, COLS, [2])).toBe(false);
  // The columns: new values where written, what was read elsewhere.
  const now = new Date("2026-01-05T08:00:00Z");
  const fresh = [
    ["a", "", "", "", "old1", "verstuurd", d],
    ["b", "", "", "", "", "", ""],
  ];
  expect(
    writeBackColumns(fresh, 2, COLS, [{ row: 3, eventId: "np1", status: "verstuurd", sent: true }], now),
  ).toEqual({
    eventId: [["old1"], ["np1"]],
    inviteStatus: [["verstuurd"], ["verstuurd"]],
    sentAt: [[d], [now]],
  });
});

test("Google never mails the organizer: mails to guests its answer marks as self are dropped", () => {
  const mails = [
    { to: "a@x.nl", reason: "invited" as const },
    { to: "me@x.nl", reason: "invited" as const },
  ];
  expect(
    confirmedMails(mails, { attendees: [{ email: "Me@x.nl", self: true }, { email: "a@x.nl" }] }),
  ).toEqual([mails[0]]);
  expect(confirmedMails(mails, null)).toEqual(mails);
});

test("the summary: counts, mail, a stop and a failed write-back said plainly; samenvatting's invites", () => {
  const results: ItemResult[] = [
    done(2, "new2"),
    { row: 3, state: "notRun", eventId: "gone1", error: "", mailed: [], event: null },
    { row: 6, state: "notRun", eventId: "", error: "", mailed: [], event: null },
  ];
  const out = runOutcome(
    plan,
    { results, stopped: "time", written: false },
    { calendarId: "primary", timeZone: "Europe/Amsterdam" },
    t,
  );
  expect(out.message.split("\n")).toEqual([
    "1 aangemaakt, 0 bijgewerkt, 0 geannuleerd, 0 opnieuw gemaakt, 1 ongewijzigd.",
    "Google Agenda stuurt 2 e-mails aan 2 personen.",
    t("invites.stopped", { left: 2 }),
    t("invites.notWritten"),
  ]);
  const inv = (out.details as { invites: Record<string, unknown> }).invites;
  expect(inv).toMatchObject({
    created: 1,
    unchanged: 1,
    notRun: 2,
    mailed: ["anna@example.org", "bas@example.org"],
    stopped: "time",
  });
  expect(inv.events).toEqual([
    {
      row: 2,
      eventId: "new2",
      title: "Kerngroep: Overleg",
      start: "2026-03-10T14:00:00+01:00",
      end: "2026-03-10T16:00:00+01:00",
      guests: ["anna@example.org", "bas@example.org"],
      cancelled: false,
    },
    expect.objectContaining({ row: 3, eventId: "gone1" }),
  ]);
  expect(out.facts?.counts?.map(([k, n]) => `${t(k)} ${n}`)).toEqual([
    "Aangemaakt 1",
    "Bijgewerkt 0",
    "Geannuleerd 0",
    "Opnieuw gemaakt 0",
    "Ongewijzigd 1",
    "E-mails 2",
    "Nog te doen 2",
  ]);
});

test("a report of a new day: the new link went in, the rows stay as they are and count as unchanged", () => {
  const rows = [meeting({ row: 2 }), meeting({ row: 3, date: "2026-04-14" })];
  const calendar = new FakeCalendar();
  const next = withIds(
    rows,
    calendar.apply(planInvites(wanted(rows, MEMBERS, withReport("day1")), calendar.state(), planOpts())),
  );
  const p = planInvites(
    wanted(next, MEMBERS, withReport("day2")),
    calendar.state(next.map((m) => m.eventId)),
    planOpts(),
  );
  const results: ItemResult[] = p.items.map((i) => ({
    row: i.row,
    state: "done",
    eventId: i.eventId,
    error: "",
    mailed: i.mail,
    event: null,
  }));
  // `Uitnodiging` keeps its `verstuurd` and `Verstuurd op` its time: nothing to write.
  expect(rowWrites(p, results, true, t)).toEqual([]);
  // A quiet update that failed left its error in Uitnodiging; the next one that goes through puts the status
  // back (in either language), since the event is as the row asks now.
  const failed = rowWrites(p, [{ ...results[0]!, state: "failed", error: "Backend Error" }], true, t);
  expect(failed).toEqual([{ row: 2, eventId: null, status: "fout: Backend Error", sent: false }]);
  const stale = planInvites(
    wanted(
      next.map((m) => (m.row === 2 ? { ...m, inviteStatus: failed[0]!.status! } : m)),
      MEMBERS,
      withReport("day2"),
    ),
    calendar.state(next.map((m) => m.eventId)),
    planOpts(),
  );
  expect(stale.items.map((i) => i.kind)).toEqual(["unchanged", "unchanged"]);
  expect(rowWrites(stale, results, true, t)).toEqual([
    { row: 2, eventId: null, status: "verstuurd", sent: false },
  ]);
  expect(rowWrites(stale, results, true, translator("en"))[0]!.status).toBe("sent");
  expect(rowWrites(stale, results, false, t)[0]!.status).toBe("aangemaakt, zonder e-mail");
  const out = runOutcome(
    p,
    { results, stopped: null, written: true },
    { calendarId: "primary", timeZone: AMS },
    t,
  );
  expect(out.message.split("\n")).toEqual([
    "0 aangemaakt, 0 bijgewerkt, 0 geannuleerd, 0 opnieuw gemaakt, 2 ongewijzigd.",
    "Er is geen e-mail verstuurd.",
    "Bij 2 afspraken is alleen de link in de omschrijving bijgewerkt (bijvoorbeeld naar de nieuwste rapportage), zonder e-mail.",
  ]);
  expect((out.details as { invites: Record<string, unknown> }).invites).toMatchObject({
    updated: 0,
    unchanged: 2,
    mails: 0,
    mailed: [],
  });
});
