/** core/screens/invites.ts: the preview's model — sections, who gets mail and why, notes, in both languages. */
import { translator } from "../../../src/core/i18n";
import { planInvites } from "../../../src/core/invites/plan";
import { namesByAddress } from "../../../src/core/invites/wanted";
import {
  dayText,
  invitesScreen,
  LEFT_OUT_SHOWN,
  leftOutOf,
  whenText,
} from "../../../src/core/screens/invites";
import {
  FakeCalendar,
  MEMBERS,
  meeting,
  member,
  planOpts,
  wanted,
  withIds,
  withReport,
} from "../../support/invite-fixtures";
import { member as leden, membersRun } from "../../support/validation-fixtures";

const nl = translator("nl");
const en = translator("en");
const names = Object.fromEntries(MEMBERS.map((m) => [m.email, m.name]));
const input = (plan: ReturnType<typeof planInvites>, over = {}) => ({
  plan,
  timeZone: "Europe/Amsterdam",
  sendInvites: true,
  calendarId: "primary",
  leftOut: [],
  statuses: [],
  resumed: null,
  names,
  ...over,
});

test("dates and times as the coordinator reads them", () => {
  expect(dayText("2026-03-10", nl)).toBe("di 10 mrt 2026");
  expect(dayText("2026-03-10", en)).toBe("Tue 10 Mar 2026");
  const z = "Europe/Amsterdam";
  expect(whenText({ dateTime: "2026-03-10T13:00:00Z" }, { dateTime: "2026-03-10T15:00:00Z" }, z, nl)).toBe(
    "di 10 mrt 2026, 14:00–16:00",
  );
  expect(whenText({ date: "2026-06-15" }, { date: "2026-06-16" }, z, nl)).toBe("ma 15 jun 2026 (hele dag)");
  expect(whenText({ dateTime: "2026-03-10T22:00:00Z" }, { dateTime: "2026-03-11T00:30:00Z" }, z, nl)).toBe(
    "di 10 mrt 2026, 23:00 – wo 11 mrt 2026, 01:30",
  );
});

test("a first run: everything new, each guest's invitation listed by name", () => {
  const plan = planInvites(wanted([meeting()]), new FakeCalendar().state(), planOpts());
  const s = invitesScreen(input(plan), nl);
  expect(s.title).toBe("Uitnodigingen versturen");
  expect(s.hasWork).toBe(true);
  expect(s.token).toBe(plan.token);
  expect(s.counts).toEqual([
    { label: "Wordt aangemaakt", value: 1 },
    { label: "Wordt bijgewerkt", value: 0 },
    { label: "Wordt geannuleerd", value: 0 },
    { label: "Wordt opnieuw gemaakt", value: 0 },
    { label: "Blijft ongewijzigd", value: 0 },
  ]);
  expect(s.mailTotal).toBe("2 e-mails aan 2 personen.");
  expect(s.sections.map((x) => x.title)).toEqual(["Wordt aangemaakt (1)"]);
  expect(s.sections[0]!.items[0]).toEqual({
    row: "rij 2",
    title: "Kerngroep: Overleg",
    when: "di 10 mrt 2026, 14:00–16:00",
    where: "Netwerkbureau",
    details: [],
    mail: ["Anna de Vries <anna@example.org> — uitnodiging", "Bas Jansen <bas@example.org> — uitnodiging"],
    noMail: "",
  });
  expect(s.notes).toEqual(["Agenda: uw eigen agenda."]);
  expect(s.notices).toEqual([]);
  expect(s.texts.confirm).toBe("Bevestigen en versturen");
  // The button is shown, so the intro names it.
  expect(s.intro).toContain("‘Bevestigen en versturen’");
  // Once it has happened, the page puts this in the intro's place (and the outcome at the top).
  expect(s.texts.confirmed).toBe(
    "U heeft bevestigd. Hierboven staat wat Netwerkplan heeft gedaan; hieronder staat nog wat het voorbeeld liet zien.",
  );
  expect(invitesScreen(input(plan), en).texts.confirmed).toBe(
    "You confirmed. Above is what Netwerkplan did; below is still what the preview showed.",
  );
});

test("changes say what changes, from what to what; a new guest's note says Google tells the others", () => {
  const calendar = new FakeCalendar();
  const first = planInvites(wanted([meeting()]), calendar.state(), planOpts());
  const next = withIds([meeting()], calendar.apply(first));
  const members = [...MEMBERS, member({ name: "Eva", email: "eva@example.org", groups: ["Kerngroep"] })];
  const moved = { ...next[0]!, start: "15:00", end: "17:00", location: "" };
  const plan = planInvites(wanted([moved], members), calendar.state([moved.eventId]), planOpts({}, members));
  const [item] = invitesScreen(input(plan, { names: { ...names, "eva@example.org": "Eva" } }), nl)
    .sections[0]!.items;
  expect(item!.details).toEqual([
    "Tijd: di 10 mrt 2026, 14:00–16:00 → di 10 mrt 2026, 15:00–17:00",
    "Plaats: Netwerkbureau → (leeg)",
    "Nieuwe gasten: Eva",
  ]);
  expect(item!.mail).toContain("Eva <eva@example.org> — uitnodiging");
  expect(item!.mail).toContain("Anna de Vries <anna@example.org> — bericht over de wijziging");
  // Only a guest added (no new time or place): the note about Google telling the others.
  const added = planInvites(wanted(next, members), calendar.state([next[0]!.eventId]), planOpts({}, members));
  const [only] = invitesScreen(input(added), nl).sections[0]!.items;
  expect(only!.mail.at(-1)).toContain("Google meldt nieuwe gasten ook");
  // A title only: no mail, and why.
  const retitled = planInvites(
    wanted([{ ...next[0]!, title: "Nieuw" }]),
    calendar.state([next[0]!.eventId]),
    planOpts(),
  );
  const [quiet] = invitesScreen(input(retitled), nl).sections[0]!.items;
  expect(quiet!.mail).toEqual([]);
  expect(quiet!.noMail).toBe(
    "Geen e-mail: alleen titel, omschrijving of gastenlijst veranderen, zonder nieuwe gasten.",
  );
});

test("the preview speaks of what will happen; closing it is never mistaken for cancelling a meeting", () => {
  const calendar = new FakeCalendar();
  const two = [meeting(), meeting({ row: 3, date: "2026-04-14" })];
  const made = withIds(two, calendar.apply(planInvites(wanted(two), calendar.state(), planOpts())));
  // Row 2 is cancelled, row 3 moves to another place.
  const next = [
    { ...made[0]!, cancelled: true },
    { ...made[1]!, location: "Online" },
  ];
  const plan = planInvites(wanted(next), calendar.state(next.map((m) => m.eventId)), planOpts());
  const nlScreen = invitesScreen(input(plan), nl);
  expect(nlScreen.counts).toEqual([
    { label: "Wordt aangemaakt", value: 0 },
    { label: "Wordt bijgewerkt", value: 1 },
    { label: "Wordt geannuleerd", value: 1 },
    { label: "Wordt opnieuw gemaakt", value: 0 },
    { label: "Blijft ongewijzigd", value: 0 },
  ]);
  expect(nlScreen.sections.map((x) => x.title)).toEqual(["Wordt bijgewerkt (1)", "Wordt geannuleerd (1)"]);
  expect(nlScreen.texts.cancel).toBe("Sluiten zonder te versturen");
  const enScreen = invitesScreen(input(plan), en);
  expect(enScreen.counts.map((c) => c.label)).toEqual([
    "To be created",
    "To be updated",
    "To be cancelled",
    "To be made again",
    "Stays unchanged",
  ]);
  expect(enScreen.sections.map((x) => x.title)).toEqual(["To be updated (1)", "To be cancelled (1)"]);
  expect(enScreen.texts.cancel).toBe("Close without sending");
  // The close button's first word is in no heading: it means only "close this window".
  for (const s of [nlScreen, enScreen]) {
    const word = s.texts.cancel.split(" ")[0]!.toLowerCase();
    const headings = [...s.counts.map((c) => c.label), ...s.sections.map((x) => x.title)];
    expect(headings.filter((h) => h.toLowerCase().includes(word))).toEqual([]);
  }
  // Nobody gets mail (Uitnodigingen versturen off): closing changes nothing, and says that.
  const quiet = planInvites(
    wanted(next),
    calendar.state(next.map((m) => m.eventId)),
    planOpts({ sendInvites: false }),
  );
  expect(invitesScreen(input(quiet, { sendInvites: false }), nl).texts.cancel).toBe(
    "Sluiten zonder iets te wijzigen",
  );
  expect(invitesScreen(input(quiet, { sendInvites: false }), en).texts.cancel).toBe(
    "Close without changing anything",
  );
});

test("a meeting the add-on cancelled and that is un-cancelled is planned again, said truthfully", () => {
  const calendar = new FakeCalendar();
  const made = withIds(
    [meeting()],
    calendar.apply(planInvites(wanted([meeting()]), calendar.state(), planOpts())),
  );
  const id = made[0]!.eventId;
  // Geannuleerd ticked: the add-on cancels the event and writes `geannuleerd` in Uitnodiging.
  calendar.apply(planInvites(wanted([{ ...made[0]!, cancelled: true }]), calendar.state([id]), planOpts()));
  // Then un-ticked: the event is made again.
  const back = (inviteStatus: string) =>
    planInvites(wanted([{ ...made[0]!, inviteStatus }]), calendar.state([id]), planOpts());
  const note = (inviteStatus: string, t: typeof nl) => {
    const s = invitesScreen(input(back(inviteStatus)), t);
    expect(s.sections.map((x) => x.id)).toEqual(["recreate"]);
    return s.sections[0]!.items[0]!.details;
  };
  expect(note("geannuleerd", nl)).toEqual([
    "Weer ingepland: Netwerkplan heeft deze afspraak eerder geannuleerd. Nu Geannuleerd niet meer aan staat, wordt hij opnieuw gemaakt.",
  ]);
  expect(note("cancelled", en)).toEqual([
    "Planned again: Netwerkplan cancelled this event earlier. Now that Geannuleerd is no longer ticked, it is made again.",
  ]);
  // The guests are invited again.
  expect(back("geannuleerd").items[0]!.mail.map((m) => m.reason)).toEqual(["invited", "invited"]);
  // Taal switched since the add-on cancelled it: still its own word.
  expect(note("geannuleerd", en)).toEqual([
    "Planned again: Netwerkplan cancelled this event earlier. Now that Geannuleerd is no longer ticked, it is made again.",
  ]);
  expect(note("cancelled", nl)[0]).toMatch(/^Weer ingepland: /);
  // Un-ticked with an error, written over `geannuleerd`; then fixed: still planned again, not vanished.
  const error = "niet verstuurd, fout in Eindtijd: De eindtijd 12:00 ligt niet na de begintijd 14:00.";
  expect(note(`geannuleerd; ${error}`, nl)[0]).toMatch(/^Weer ingepland: /);
  expect(note(`cancelled; ${error}`, nl)[0]).toMatch(/^Weer ingepland: /);
  // An error alone says nothing of a cancellation.
  expect(note(error, nl)).toEqual(["De afspraak is uit de agenda verdwenen; er komt een nieuwe."]);
  // An event the add-on did not cancel (deleted in Google Calendar) is one that has gone.
  expect(note("verstuurd", nl)).toEqual(["De afspraak is uit de agenda verdwenen; er komt een nieuwe."]);
  expect(note("", en)).toEqual(["The event has gone from the calendar; a new one is made."]);
});

/** A plan where every row is already in the calendar: nothing to do. */
function upToDate() {
  const calendar = new FakeCalendar();
  const first = planInvites(wanted([meeting()]), calendar.state(), planOpts());
  const next = withIds([meeting()], calendar.apply(first));
  return planInvites(wanted(next), calendar.state([next[0]!.eventId]), planOpts());
}

test("notes: mail off, a run that stopped; unchanged rows collapsed", () => {
  const s = invitesScreen(
    input(upToDate(), {
      sendInvites: false,
      resumed: { done: 3, total: 7 },
      calendarId: "net@group.calendar.google.com",
    }),
    nl,
  );
  expect(s.notes).toEqual([
    "Agenda: net@group.calendar.google.com.",
    "‘Uitnodigingen versturen’ staat uit in Instellingen: de afspraken worden gemaakt en bijgewerkt, maar niemand krijgt een e-mail.",
    "De vorige keer stopte Netwerkplan voordat alles klaar was (3 van 7 verwerkt). Hieronder staat wat nog moet; niets wordt dubbel gemaakt.",
  ]);
  expect(s.hasWork).toBe(false);
  expect(s.sections).toEqual([
    expect.objectContaining({ id: "unchanged", collapsed: true, title: "Blijft ongewijzigd (1)" }),
  ]);
  expect(s.texts.confirm).toBe("Bevestigen");
});

test("a report of a new day: the events get its link quietly, listed as unchanged, nobody mailed", () => {
  const calendar = new FakeCalendar();
  const first = planInvites(wanted([meeting()], MEMBERS, withReport("day1")), calendar.state(), planOpts());
  const next = withIds([meeting()], calendar.apply(first));
  const plan = planInvites(
    wanted(next, MEMBERS, withReport("day2")),
    calendar.state([next[0]!.eventId]),
    planOpts(),
  );
  const s = invitesScreen(input(plan), nl);
  expect(s.counts.map((c) => `${c.label} ${c.value}`)).toEqual([
    "Wordt aangemaakt 0",
    "Wordt bijgewerkt 0",
    "Wordt geannuleerd 0",
    "Wordt opnieuw gemaakt 0",
    "Blijft ongewijzigd 1",
  ]);
  expect(s.sections.map((x) => x.title)).toEqual(["Blijft ongewijzigd (1)"]);
  expect(s.sections[0]!.items[0]).toMatchObject({
    details: ["De link in de omschrijving verandert (bijvoorbeeld naar de nieuwste rapportage)."],
    mail: [],
    noMail: "Geen e-mail: alleen de link in de omschrijving verandert.",
  });
  expect(s.notes).toContain(
    "Bij 1 afspraak verandert alleen de link in de omschrijving, bijvoorbeeld naar de nieuwste rapportage. Netwerkplan zet de nieuwe link erin zonder dat iemand een e-mail krijgt; de afspraak staat bij ‘Blijft ongewijzigd’.",
  );
  expect(s.mailTotal).toBe("Niemand krijgt een e-mail.");
  // The link still has to go in: the button is there, and says nothing is sent.
  expect(s.hasWork).toBe(true);
  expect(s.texts.confirm).toBe("Bevestigen");
  expect(invitesScreen(input(plan), en).notes).toContain(
    "In 1 event only the link in the description changes, for instance to the latest progress report. Netwerkplan puts the new link in without anyone getting an e-mail; the event is listed under ‘Stays unchanged’.",
  );
});

test("an error to put in or take out of Uitnodiging is work on its own: the button, each row, the token", () => {
  const plan = upToDate();
  const leftOut = [
    { row: 3, column: "Eindtijd", message: "De eindtijd 09:00 ligt niet na de begintijd 10:00." },
  ];
  const statuses = [
    { row: 2, eventId: null, status: "verstuurd", sent: false },
    { row: 3, eventId: null, status: "niet verstuurd, fout in Eindtijd: …", sent: false },
    { row: 4, eventId: null, status: "", sent: false },
  ];
  const s = invitesScreen(input(plan, { leftOut, statuses }), nl);
  expect(s.hasWork).toBe(true);
  expect(s.intro).toContain("‘Bevestigen’");
  expect(s.token).not.toBe(plan.token);
  expect(s.notices.map((n) => n.id)).toEqual(["left-out", "statuses"]);
  expect(s.notices[1]).toEqual({
    id: "statuses",
    title: "Kolom Uitnodiging: 3 rijen veranderen",
    help: "Netwerkplan zet in de kolom Uitnodiging waarom een rij niet in de agenda komt, en haalt die fout weg zodra de rij klopt. Alleen die cel verandert; wat verder in de rij staat, blijft zoals het is.",
    lines: [
      "Rij 2: de oude fout in Uitnodiging wordt vervangen door ‘verstuurd’.",
      "Rij 3: de fout wordt in Uitnodiging gezet.",
      "Rij 4: de oude fout in Uitnodiging wordt gewist.",
    ],
  });
  const english = invitesScreen(input(plan, { leftOut, statuses: statuses.slice(1, 2) }), en);
  expect(english.notices[1]).toMatchObject({
    title: "Uitnodiging column: 1 row changes",
    lines: ["Row 3: the error is put in Uitnodiging."],
  });
  // Many rows: cut as the rows left out are, with how many more.
  const many = Array.from({ length: LEFT_OUT_SHOWN + 2 }, (_, i) => ({ ...statuses[0]!, row: i + 2 }));
  expect(invitesScreen(input(plan, { statuses: many }), nl).notices[0]!.lines.at(-1)).toBe("En nog 2 rijen.");
  // Nothing to write: no notice, the plan's own token.
  const idle = invitesScreen(input(plan, { leftOut }), nl);
  expect(idle.hasWork).toBe(false);
  expect(idle.notices.map((n) => n.id)).toEqual(["left-out"]);
  expect(idle.token).toBe(plan.token);
});

test("nothing to do: the intro says so and speaks of no button (there is none, only Sluiten)", () => {
  for (const [t, button] of [
    [nl, "Bevestigen"],
    [en, "Confirm"],
  ] as const) {
    const s = invitesScreen(input(upToDate()), t);
    expect(s.hasWork).toBe(false);
    expect(s.intro).toBe(t("invites.preview.nothingToDo"));
    expect(s.intro).not.toContain(button);
    expect(s.notes.join(" ")).not.toContain(button);
  }
  expect(invitesScreen(input(upToDate()), nl).intro).toBe("De agenda is bij: er is niets te doen.");
});

test("rows left out for an error are listed in the preview: row, column, the validation's message", () => {
  const problems = [
    {
      tab: "Leden",
      row: 2,
      column: "E-mail",
      columnIndex: 2,
      value: "",
      severity: "warning" as const,
      message: "‘E-mail’ is leeg.",
      suggestion: "",
    },
    {
      tab: "Vergaderingen",
      row: 3,
      column: "Groep",
      columnIndex: 1,
      value: "Kerngroepp",
      severity: "error" as const,
      message: "Niemand zit in groep ‘Kerngroepp’. Bedoelt u ‘Kerngroep’?",
      suggestion: "Kerngroep",
    },
    {
      tab: "Vergaderingen",
      row: 4,
      column: "Datum",
      columnIndex: 3,
      value: "volgende week",
      severity: "error" as const,
      message: "‘volgende week’ is geen datum.",
      suggestion: "",
    },
    {
      tab: "Vergaderingen",
      row: 4,
      column: "Titel",
      columnIndex: 2,
      value: "#REF!",
      severity: "warning" as const,
      message: "formulefout",
      suggestion: "",
    },
    {
      tab: "Vergaderingen",
      row: 5,
      column: "Eindtijd",
      columnIndex: 5,
      value: "13:00",
      severity: "error" as const,
      message: "De eindtijd 13:00 ligt niet na de begintijd 14:00.",
      suggestion: "",
    },
  ];
  const leftOut = leftOutOf(problems, "Vergaderingen");
  // Only the errors of Vergaderingen keep a row out; warnings and other tabs do not.
  expect(leftOut.map((p) => p.row)).toEqual([3, 4, 5]);

  // Nothing else to do: the intro does not say all is well, and names no button.
  const idle = invitesScreen(input(upToDate(), { leftOut }), nl);
  expect(idle.hasWork).toBe(false);
  expect(idle.intro).not.toBe(nl("invites.preview.nothingToDo"));
  expect(idle.intro).toContain("De rijen met een fout hieronder komen pas in de agenda");
  expect(idle.intro).not.toContain("Bevestigen");
  expect(idle.notices).toEqual([
    {
      id: "left-out",
      title: "Niet in de agenda: rijen met een fout (3)",
      help: expect.stringContaining("Deze rijen van Vergaderingen blijven buiten de agenda"),
      lines: [
        "Rij 3, Groep: Niemand zit in groep ‘Kerngroepp’. Bedoelt u ‘Kerngroep’?",
        "Rij 4, Datum: ‘volgende week’ is geen datum.",
        "Rij 5, Eindtijd: De eindtijd 13:00 ligt niet na de begintijd 14:00.",
      ],
    },
  ]);
  // With work to do the list is there too, and the intro names the button.
  const busy = invitesScreen(
    input(planInvites(wanted([meeting()]), new FakeCalendar().state(), planOpts()), { leftOut }),
    en,
  );
  expect(busy.intro).toContain("‘Confirm and send’");
  expect(busy.notices.map((n) => [n.title, n.lines[0]])).toEqual([
    [
      "Not in the calendar: rows with an error (3)",
      "Row 3, Groep: Niemand zit in groep ‘Kerngroepp’. Bedoelt u ‘Kerngroep’?",
    ],
  ]);
});

test("a missing column of Vergaderingen (a problem of the tab) is listed without a row", () => {
  const s = invitesScreen(
    input(upToDate(), {
      leftOut: [
        { row: 1, column: "Datum", message: "In het tabblad ‘Vergaderingen’ ontbreekt de kolom ‘Datum’." },
      ],
    }),
    nl,
  );
  expect(s.notices).toEqual([
    expect.objectContaining({
      title: "Niet in de agenda: Vergaderingen heeft een fout",
      help: "Zolang deze fout er is, komt geen enkele rij van Vergaderingen in de agenda. Herstel de fout en kies daarna opnieuw ‘Uitnodigingen versturen…’.",
      lines: ["In het tabblad ‘Vergaderingen’ ontbreekt de kolom ‘Datum’."],
    }),
  ]);
  expect(s.intro).toBe(
    "Er is niets te doen en er wordt niets verstuurd: zolang de fout hieronder er is, komt geen vergadering in de agenda.",
  );
});

test("one row with an error is spoken of as one row: ‘rij’, never ‘regel’, in both languages", () => {
  const leftOut = [
    { row: 5, column: "Datum", message: "‘31-02-2026’ is geen datum." },
    { row: 5, column: "Begintijd", message: "‘2’ is te vroeg." },
  ];
  const nlScreen = invitesScreen(input(upToDate(), { leftOut }), nl);
  expect(nlScreen.intro).toBe(
    "Voor de rijen zonder fout is de agenda bij: er is niets te doen en er wordt niets verstuurd. De rij met een fout hieronder komt pas in de agenda als die klopt.",
  );
  expect(nlScreen.notices).toEqual([
    expect.objectContaining({
      title: "Niet in de agenda: rij met een fout (1)",
      help: "Deze rij van Vergaderingen blijft buiten de agenda totdat de fout hersteld is. Herstel die in Vergaderingen en kies daarna opnieuw ‘Uitnodigingen versturen…’.",
    }),
  ]);
  expect(JSON.stringify(nlScreen)).not.toMatch(/regel/i);
  const enScreen = invitesScreen(input(upToDate(), { leftOut }), en);
  expect(enScreen.intro).toContain("The row with an error below only goes in the calendar once it is right.");
  expect(enScreen.notices).toEqual([
    expect.objectContaining({
      title: "Not in the calendar: row with an error (1)",
      help: "This row of Vergaderingen stays out of the calendar until the error is fixed. Fix it in Vergaderingen, then choose ‘Send invitations…’ again.",
    }),
  ]);
  // A row whose Agenda-ID another row has too: its note speaks of rows as well.
  const calendar = new FakeCalendar();
  const [made] = withIds(
    [meeting()],
    calendar.apply(planInvites(wanted([meeting()]), calendar.state(), planOpts())),
  );
  const copied = [made!, { ...made!, row: 3, date: "2026-04-14" }];
  const plan = planInvites(wanted(copied), calendar.state([made!.eventId]), planOpts());
  const notes = invitesScreen(input(plan), nl).sections.flatMap((x) => x.items.flatMap((i) => i.details));
  expect(notes).toContain(
    "Het Agenda-ID van deze rij staat ook in een andere rij (gekopieerd?); deze rij krijgt een eigen afspraak.",
  );
});

test("a long list of rows left out is cut, and says how many more there are", () => {
  const leftOut = Array.from({ length: LEFT_OUT_SHOWN + 7 }, (_, i) => ({
    row: i + 2,
    column: "Datum",
    message: "geen datum",
  }));
  const [notice] = invitesScreen(input(upToDate(), { leftOut }), nl).notices;
  expect(notice!.title).toBe(`Niet in de agenda: rijen met een fout (${LEFT_OUT_SHOWN + 7})`);
  expect(notice!.lines).toHaveLength(LEFT_OUT_SHOWN + 1);
  expect(notice!.lines.at(-1)).toBe(
    "En nog 7 meldingen: Valideren zet ze allemaal in het tabblad Validatie.",
  );
});

test("members of an invited group without a valid address are named once, with their groups", () => {
  const sanne = member({
    row: 7,
    name: "Sanne Verhoeven",
    email: null,
    groups: ["Kerngroep", "Bestuurders"],
  });
  const thijs = member({ row: 8, name: "Thijs Bakker", email: null, groups: ["Werkgroep PZP"] });
  const gone = member({ row: 9, name: "Oud lid", email: null, groups: ["Kerngroep"], active: false });
  const people = [...MEMBERS, sanne, thijs, gone];
  const meetings = [
    meeting({ row: 2 }),
    meeting({ row: 3, group: "Bestuurders", date: "2026-04-14" }),
    meeting({ row: 4, date: "2026-05-12" }),
    // Thijs's only group meets once, and that meeting is cancelled: he is missing nothing.
    meeting({ row: 5, group: "Werkgroep PZP", date: "2026-06-09", cancelled: true }),
    // A meeting that is over is left alone.
    meeting({ row: 6, group: "Werkgroep PZP", date: "2025-06-09" }),
  ];
  const plan = planInvites(wanted(meetings, people), new FakeCalendar().state(), planOpts({}, people));
  const s = invitesScreen(input(plan), nl);
  expect(s.notices).toEqual([
    {
      id: "not-invited",
      title: "Geen uitnodiging: geen bruikbaar e-mailadres (1)",
      // One member: spoken of as one.
      help: "Dit actieve lid hoort bij een groep die wordt uitgenodigd. Zet in Leden een eigen, geldig adres bij dit lid en kies daarna opnieuw ‘Uitnodigingen versturen…’: dan krijgt het alsnog een uitnodiging.",
      lines: [
        "Sanne Verhoeven (Kerngroep, Bestuurders) krijgt geen uitnodiging: in Leden (rij 7) staat geen geldig e-mailadres.",
      ],
    },
  ]);
  // She is no guest; the others get theirs: Anna and Bas twice (Kerngroep), Bas and Carla once (Bestuurders).
  expect(plan.items[1]!.wanted.guests).toEqual(["bas@example.org", "carla@example.org"]);
  expect(s.mailTotal).toBe("6 e-mails aan 3 personen.");
  expect(invitesScreen(input(plan), en).notices[0]!.lines).toEqual([
    "Sanne Verhoeven (Kerngroep, Bestuurders) gets no invitation: Leden (row 7) has no valid e-mail address.",
  ]);
});

test("two members with the same address: neither is invited, both are named with the reason", () => {
  // Leden row 2 (Ruud) was given, by mistake, the address of Annelies in row 3: nobody can tell whose it is.
  const { members } = membersRun([
    leden({
      Naam: "Ruud van der Linden",
      "E-mail": "a.mulder@example.org",
      Groepen: "Kerngroep, Themagroep Deskundigheid",
    }),
    leden({ Naam: "Annelies Mulder", "E-mail": "A.Mulder@example.org", Groepen: "Kerngroep" }),
    leden({ Naam: "Thijs Bakker", "E-mail": "t.bakker@example.org", Groepen: "Kerngroep" }),
  ]);
  const meetings = [meeting({ row: 2 }), meeting({ row: 3, group: "Themagroep Deskundigheid" })];
  const plan = planInvites(wanted(meetings, members), new FakeCalendar().state(), planOpts({}, members));
  expect(plan.items.flatMap((i) => i.mail.map((m) => m.to))).toEqual(["t.bakker@example.org"]);
  expect(plan.items.map((i) => i.wanted.guests)).toEqual([["t.bakker@example.org"], []]);
  const screen = (t: typeof nl) => invitesScreen(input(plan, { names: namesByAddress(members) }), t);
  expect(screen(nl).notices).toEqual([
    {
      id: "not-invited",
      title: "Geen uitnodiging: geen bruikbaar e-mailadres (2)",
      help: expect.stringContaining("Zet in Leden bij elk van hen een eigen, geldig adres"),
      lines: [
        "Ruud van der Linden (Kerngroep, Themagroep Deskundigheid) krijgt geen uitnodiging: in Leden (rij 2) staat hetzelfde e-mailadres als bij het lid in rij 3, en Netwerkplan kan niet weten bij wie het hoort.",
        "Annelies Mulder (Kerngroep) krijgt geen uitnodiging: in Leden (rij 3) staat hetzelfde e-mailadres als bij het lid in rij 2, en Netwerkplan kan niet weten bij wie het hoort.",
      ],
    },
  ]);
  expect(screen(nl).mailTotal).toBe("1 e-mail aan 1 persoon.");
  expect(JSON.stringify(screen(nl))).not.toContain("mulder@");
  expect(screen(en).notices[0]!.lines).toEqual([
    "Ruud van der Linden (Kerngroep, Themagroep Deskundigheid) gets no invitation: Leden (row 2) has the same e-mail address as the member in row 3, and Netwerkplan cannot tell whose it is.",
    "Annelies Mulder (Kerngroep) gets no invitation: Leden (row 3) has the same e-mail address as the member in row 2, and Netwerkplan cannot tell whose it is.",
  ]);
});

test("events no row names are listed with a note that they are left alone; English", () => {
  const calendar = new FakeCalendar();
  const two = [meeting(), meeting({ row: 3, date: "2026-04-14" })];
  const ids = calendar.apply(planInvites(wanted(two), calendar.state(), planOpts()));
  const kept = withIds(two, ids).slice(0, 1);
  const plan = planInvites(wanted(kept), calendar.state([kept[0]!.eventId]), planOpts());
  const s = invitesScreen(input(plan), en);
  const orphans = s.sections.find((x) => x.id === "orphans")!;
  expect(orphans.title).toBe("No longer in the spreadsheet (1)");
  expect(orphans.items[0]).toMatchObject({
    title: "Kerngroep: Overleg",
    when: "Tue 14 Apr 2026, 14:00–16:00",
  });
  expect(orphans.help).toBe(
    "Netwerkplan made this event earlier, but no row of Vergaderingen names it any more. It is left as it is; delete it in Google Calendar if it is not taking place.",
  );
  expect(invitesScreen(input(plan), nl).sections.at(-1)!.help).toBe(
    "Deze afspraak maakte Netwerkplan eerder, maar geen rij van Vergaderingen noemt hem nog. Hij blijft staan; verwijder hem in Google Agenda als hij niet doorgaat.",
  );
});
