/** core/screens/invites.ts: the preview's model — sections, who gets mail and why, notes, in both languages. */
import { translator } from "../../../src/core/i18n";
import { planInvites } from "../../../src/core/invites/plan";
import { dayText, invitesScreen, whenText } from "../../../src/core/screens/invites";
import {
  FakeCalendar,
  MEMBERS,
  meeting,
  member,
  planOpts,
  wanted,
  withIds,
} from "../../support/invite-fixtures";

const nl = translator("nl");
const en = translator("en");
const names = Object.fromEntries(MEMBERS.map((m) => [m.email, m.name]));
const input = (plan: ReturnType<typeof planInvites>, over = {}) => ({
  plan,
  timeZone: "Europe/Amsterdam",
  sendInvites: true,
  calendarId: "primary",
  meetingErrors: 0,
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
    { label: "Nieuw", value: 1 },
    { label: "Bijgewerkt", value: 0 },
    { label: "Geannuleerd", value: 0 },
    { label: "Opnieuw gemaakt", value: 0 },
    { label: "Ongewijzigd", value: 0 },
  ]);
  expect(s.mailTotal).toBe("2 e-mails aan 2 personen.");
  expect(s.sections.map((x) => x.title)).toEqual(["Nieuw (1)"]);
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
  expect(s.texts.confirm).toBe("Bevestigen en versturen");
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

test("notes: mail off, a run that stopped, rows with errors, nothing to do; unchanged rows collapsed", () => {
  const calendar = new FakeCalendar();
  const first = planInvites(wanted([meeting()]), calendar.state(), planOpts());
  const next = withIds([meeting()], calendar.apply(first));
  const plan = planInvites(wanted(next), calendar.state([next[0]!.eventId]), planOpts());
  const s = invitesScreen(
    input(plan, {
      sendInvites: false,
      resumed: { done: 3, total: 7 },
      meetingErrors: 2,
      calendarId: "net@group.calendar.google.com",
    }),
    nl,
  );
  expect(s.notes).toEqual([
    "Agenda: net@group.calendar.google.com.",
    "‘Uitnodigingen versturen’ staat uit in Instellingen: de afspraken worden gemaakt en bijgewerkt, maar niemand krijgt een e-mail.",
    "De vorige keer stopte Netwerkplan voordat alles klaar was (3 van 7 verwerkt). Hieronder staat wat nog moet; niets wordt dubbel gemaakt.",
    "2 regels in Vergaderingen hebben een fout en blijven buiten de agenda; kies Valideren om ze te zien.",
    "De agenda is bij: er is niets te doen.",
  ]);
  expect(s.hasWork).toBe(false);
  expect(s.sections).toEqual([
    expect.objectContaining({ id: "unchanged", collapsed: true, title: "Ongewijzigd (1)" }),
  ]);
  expect(s.texts.confirm).toBe("Bevestigen");
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
  expect(orphans.help).toContain("left as they are");
});
