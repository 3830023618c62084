/** core/invites/wanted.ts: the event each meeting row asks for — title, times in the network's zone, guests. */
import { SHEET_PROPERTY } from "../../../src/core/invites/events";
import {
  differsInLinksOnly,
  eventDescription,
  eventTitle,
  groupMembers,
  meetingKeys,
  memberAddresses,
  namesByAddress,
  wantedEvents,
} from "../../../src/core/invites/wanted";
import { MEMBERS, meeting, member, WANTED_OPTS } from "../../support/invite-fixtures";

test.each([
  ["Kerngroep", "Overleg", "Kerngroep: Overleg"],
  ["Kerngroep", "", "Kerngroep"],
  ["Themagroep Deskundigheid", "Themagroep Deskundigheid", "Themagroep Deskundigheid"],
  ["Themagroep Deskundigheid", " themagroep  deskundigheid ", "Themagroep Deskundigheid"],
  ["Bestuurders", "<img src=x onerror=alert(1)>", "Bestuurders: <img src=x onerror=alert(1)>"],
  // A title that already names the group: the title alone (case, accents and spaces folded).
  ["Kerngroep", "Kerngroepoverleg", "Kerngroepoverleg"],
  ["Kerngroep", " Overleg KERNGROEP ", "Overleg KERNGROEP"],
  ["Werkgroep PZP", "Werkgroep  pzp: evaluatie", "Werkgroep  pzp: evaluatie"],
  ["Netwerkcoördinatoren", "Overleg netwerkcoordinatoren", "Overleg netwerkcoordinatoren"],
  [
    "Themagroep Hospicezorg/VPTZ",
    "Thema-avond vrijwilligers",
    "Themagroep Hospicezorg/VPTZ: Thema-avond vrijwilligers",
  ],
  ["Contactpersonen", "Netwerkbijeenkomst", "Contactpersonen: Netwerkbijeenkomst"],
])("title of %s / %j is %j", (group, title, expected) => {
  expect(eventTitle(group, title)).toBe(expected);
});

test("description: the row's text, then one line per link", () => {
  const links = [
    { label: "Dashboards en overzicht", url: "https://docs.google.com/spreadsheets/d/x/edit" },
    { label: "Nieuwste rapportage", url: "https://docs.google.com/document/d/y/edit" },
  ];
  expect(eventDescription("  Agenda volgt.\n", links)).toBe(
    "Agenda volgt.\n\nDashboards en overzicht: https://docs.google.com/spreadsheets/d/x/edit\nNieuwste rapportage: https://docs.google.com/document/d/y/edit",
  );
  expect(eventDescription("", links.slice(0, 1))).toBe(
    "Dashboards en overzicht: https://docs.google.com/spreadsheets/d/x/edit",
  );
});

describe("a description that differs in the add-on's links alone (a report of a new day)", () => {
  const labels = ["Dashboards en overzicht", "Nieuwste rapportage"];
  const sheet = "Dashboards en overzicht: https://docs.google.com/spreadsheets/d/x/edit";
  const report = (id: string) => `Nieuwste rapportage: https://docs.google.com/document/d/${id}/edit`;
  const wantedFor = (text: string) => ({ text, linkLabels: labels });
  test.each<[string, string, string, boolean]>([
    ["a new report's link", "Agenda volgt.", `Agenda volgt.\n\n${sheet}\n${report("old")}`, true],
    ["the first report's link added", "Agenda volgt.", `Agenda volgt.\n\n${sheet}`, true],
    ["an event without any link yet", "Agenda volgt.", "Agenda volgt.", true],
    ["no Omschrijving, a new report's link", "", `${sheet}\n${report("old")}`, true],
    ["line ends as Google may keep them", "Agenda volgt.", `Agenda volgt.\r\n\r\n${sheet}\r\n`, true],
    ["the Omschrijving changed", "Stukken volgen.", `Agenda volgt.\n\n${sheet}`, false],
    ["the Omschrijving emptied", "", `Agenda volgt.\n\n${sheet}`, false],
    ["the Omschrijving made longer", "Agenda volgt.\nZaal 2.", `Agenda volgt.\n\n${sheet}`, false],
    [
      "text typed into the event in Google Calendar",
      "Agenda volgt.",
      `Agenda volgt.\n\n${sheet}\nBel mij.`,
      false,
    ],
    ["a line under another label", "Agenda volgt.", `Agenda volgt.\n\nVerslag: https://example.org/v`, false],
    ["a label without a link", "Agenda volgt.", "Agenda volgt.\n\nNieuwste rapportage:", false],
  ])("%s", (_name, text, description, expected) => {
    expect(differsInLinksOnly(wantedFor(text), description)).toBe(expected);
  });

  test("a wanted event carries its Omschrijving and the labels of its links", () => {
    const links = [
      { label: labels[0]!, url: "https://docs.google.com/spreadsheets/d/x/edit" },
      { label: labels[1]!, url: "https://docs.google.com/document/d/new/edit" },
    ];
    const [w] = wantedEvents([meeting({ description: "  Agenda volgt.\n" })], MEMBERS, {
      ...WANTED_OPTS,
      links,
    });
    expect(w).toMatchObject({ text: "Agenda volgt.", linkLabels: labels });
    expect(differsInLinksOnly(w!, `Agenda volgt.\n\n${sheet}\n${report("old")}`)).toBe(true);
    expect(differsInLinksOnly(w!, w!.body.description!)).toBe(true);
  });
});

test("guests: the group's active members, each address once, from Leden only", () => {
  const people = [
    ...MEMBERS,
    member({ name: "Anna (dubbel)", email: "ANNA@example.org", groups: ["kerngroep"] }),
  ];
  expect(groupMembers(people, "Kerngroep").guests.map((m) => m.name)).toEqual([
    "Anna de Vries",
    "Bas Jansen",
  ]);
  const [w] = wantedEvents([meeting()], people, WANTED_OPTS);
  expect(w!.guests).toEqual(["anna@example.org", "bas@example.org"]);
  expect(w!.body.attendees).toEqual([
    { email: "anna@example.org", displayName: "Anna de Vries" },
    { email: "bas@example.org", displayName: "Bas Jansen" },
  ]);
});

test("meeting keys: the same group, date and start give the same key; a second such row its own", () => {
  const a = meeting({ row: 2 });
  const keys = meetingKeys([
    a,
    meeting({ row: 3, title: "Anders", location: "Elders" }),
    meeting({ row: 4, start: "09:00" }),
  ]);
  expect(keys[1]).toBe(`${keys[0]}-2`);
  expect(keys[2]).not.toBe(keys[0]);
  // Moving rows or editing the title does not change a key; the group's spelling neither.
  expect(meetingKeys([{ ...a, group: "kerngroep " }])[0]).toBe(keys[0]);
  expect(meetingKeys([{ ...a, date: "2026-03-11" }])[0]).not.toBe(keys[0]);
});

test("the event in the network's zone, with the add-on's private properties", () => {
  const [ams] = wantedEvents(
    [meeting({ date: "2026-10-26", start: "09:30", end: "11:00" })],
    MEMBERS,
    WANTED_OPTS,
  );
  expect(ams!.body.start).toEqual({ dateTime: "2026-10-26T09:30:00+01:00", timeZone: "Europe/Amsterdam" });
  expect(ams!.startMs).toBe(Date.parse("2026-10-26T08:30:00Z"));
  expect(ams!.body.extendedProperties?.private).toEqual({
    [SHEET_PROPERTY]: "sheet-1",
    netwerkplanMeeting: ams!.key,
  });
  // Another zone (Instellingen › Tijdzone): the same wall clock is another instant.
  const [cur] = wantedEvents([meeting({ date: "2026-10-26", start: "09:30", end: "11:00" })], MEMBERS, {
    ...WANTED_OPTS,
    timeZone: "America/Curacao",
  });
  expect(cur!.body.start).toEqual({ dateTime: "2026-10-26T09:30:00-04:00", timeZone: "America/Curacao" });
  expect(cur!.startMs - ams!.startMs).toBe(5 * 3600_000);
});

test("a member without a valid address is no guest; the event lists her, once per group, active ones only", () => {
  const people = [
    ...MEMBERS,
    member({ row: 7, name: "Sanne Verhoeven", email: null, groups: ["Kerngroep"] }),
    member({ row: 8, name: "Oud lid", email: null, groups: ["Kerngroep"], active: false }),
    member({ row: 9, name: "Carla (Bestuur)", email: null, groups: ["Bestuurders"] }),
  ];
  const { guests, withoutAddress } = groupMembers(people, "kerngroep");
  expect(guests.map((m) => m.email)).toEqual(["anna@example.org", "bas@example.org"]);
  expect(withoutAddress.map((m) => m.name)).toEqual(["Sanne Verhoeven"]);
  const [w] = wantedEvents([meeting()], people, WANTED_OPTS);
  expect(w!.guests).toEqual(["anna@example.org", "bas@example.org"]);
  expect(w!.body.attendees?.map((a) => a.email)).toEqual(["anna@example.org", "bas@example.org"]);
  expect(w!.withoutAddress).toEqual([{ row: 7, name: "Sanne Verhoeven" }]);
  expect(Object.values(w!.names)).not.toContain("Sanne Verhoeven");
  // Nobody else is ever mailed: her missing address is not among Leden's addresses.
  expect(memberAddresses(people)).toEqual([
    "anna@example.org",
    "bas@example.org",
    "carla@example.org",
    "dirk@example.org",
  ]);
  expect(namesByAddress(people)).toEqual({
    "anna@example.org": "Anna de Vries",
    "bas@example.org": "Bas Jansen",
    "carla@example.org": "Carla Smit",
    "dirk@example.org": "Dirk Bos",
  });
});

test("members whose address another member has too are no guests: the event lists them, with the other rows", () => {
  const people = [
    ...MEMBERS,
    member({ row: 8, name: "Ruud van der Linden", email: null, sharedAddress: { others: 1, rows: [9] } }),
    member({ row: 9, name: "Annelies Mulder", email: null, sharedAddress: { others: 1, rows: [8] } }),
  ];
  const [w] = wantedEvents([meeting()], people, WANTED_OPTS);
  expect(w!.guests).toEqual(["anna@example.org", "bas@example.org"]);
  expect(w!.withoutAddress).toEqual([
    { row: 8, name: "Ruud van der Linden", sharedAddress: { others: 1, rows: [9] } },
    { row: 9, name: "Annelies Mulder", sharedAddress: { others: 1, rows: [8] } },
  ]);
});
