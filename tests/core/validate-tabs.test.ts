import { runInNewContext } from "node:vm";
import { validateWorkbook } from "../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  brief,
  MEETING_HEADERS,
  MEMBER_HEADERS,
  MEMBERS,
  OPTS,
  PROJECT_HEADERS,
  tab,
  workbook,
} from "./validate-fixtures";

const projectsRun = (rows: Record<string, unknown>[], activities = [activity()]) =>
  validateWorkbook(
    workbook({
      projects: tab("Projecten", PROJECT_HEADERS, rows),
      activities: tab("Activiteiten", ACTIVITY_HEADERS, activities),
    }),
    OPTS,
  );

describe("Projecten", () => {
  test("a valid project: Doelstellingen and Voortgang one per line, a trailing ':' kept as a sub-heading", () => {
    const result = projectsRun([
      {
        Naam: " Levenspad ",
        "Korte naam": "",
        Doelstellingen: "• Tijdige markering\n• Naadloze afstemming\n",
        Voortgang: "Kick-off:\n- Kick-off is gerealiseerd.\n\nVPK team:\no Er is een werkwijze.",
        Projectleider: "Thijs Bakker",
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.projects).toEqual([
      {
        row: 2,
        name: "Levenspad",
        shortName: "",
        problem: "",
        goals: ["Tijdige markering", "Naadloze afstemming"],
        scope: "",
        redFlag: "",
        remarks: "",
        helpRequest: "",
        progress: ["Kick-off:", "Kick-off is gerealiseerd.", "VPK team:", "Er is een werkwijze."],
        lead: "Thijs Bakker",
        asOf: "",
      },
    ]);
  });

  test("Naam is required", () => {
    const result = projectsRun([{ Naam: "Levenspad" }, { Naam: "", Voortgang: "iets" }]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Projecten", row: 3, column: "Naam", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("‘Naam’ is leeg");
  });

  test("a duplicate name (case-insensitive) is an error on the later row; activities use the first", () => {
    const result = projectsRun(
      [{ Naam: "Levenspad" }, { Naam: "Samen leven tot het laatst" }, { Naam: "LEVENSPAD" }],
      [activity(), activity({ Onderwerp: "b", Project: "LEVENSPAD" })],
    );
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 3, column: "Project", severity: "warning", suggestion: "Levenspad" },
      { tab: "Projecten", row: 4, column: "Naam", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[1]!.message).toContain("rij 2");
    expect(result.projects.map((p) => p.row)).toEqual([2, 3]);
    expect(result.activities.map((a) => a.project)).toEqual(["Levenspad", "Levenspad"]);
  });

  test.each<[string, string, string]>([
    ["a forbidden character", "PZP/Wijde Meren", "PZP Wijde Meren"],
    ["several forbidden characters", "Levens[pad]: 2026?", "Levens pad 2026"],
    ["a trailing apostrophe", "Projecten '", "Projecten"],
    ["more than 21 characters", "Samen leven tot het laatst", "Samen leven"],
    ["one long word", "Samenlevendtothetlaatste", "Samenlevendtothetlaat"],
  ])("Korte naam with %s is an error with a usable suggestion", (_label, value, suggestion) => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": value }]);
    expect(result.problems.map(brief)).toContainEqual({
      tab: "Projecten",
      row: 2,
      column: "Korte naam",
      severity: "error",
      suggestion,
    });
    expect(suggestion.length).toBeLessThanOrEqual(21);
    expect(`Dashboard ${suggestion}`.length).toBeLessThanOrEqual(31);
    expect(result.projects).toEqual([]);
  });

  test("Korte naam of exactly 21 characters is fine", () => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": "a".repeat(21) }]);
    expect(result.problems).toEqual([]);
    expect(result.projects[0]!.shortName).toBe("a".repeat(21));
  });

  test("a duplicate Korte naam is an error on the later row, suggesting a free one", () => {
    const result = projectsRun([
      { Naam: "Levenspad", "Korte naam": "Project" },
      { Naam: "Samen leven tot het laatst", "Korte naam": "project" },
    ]);
    expect(result.problems.map(brief)).toEqual([
      {
        tab: "Projecten",
        row: 3,
        column: "Korte naam",
        severity: "error",
        suggestion: "Samen leven",
      },
    ]);
  });

  test("an activity of a project with an error is left out, with a message pointing at the project row", () => {
    const result = projectsRun([{ Naam: "Levenspad", "Korte naam": "a:b" }]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Activiteiten", row: 2, column: "Project", severity: "error", suggestion: "" },
      { tab: "Projecten", row: 2, column: "Korte naam", severity: "error", suggestion: "a b" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.activities).toEqual([]);
  });
});

/** Validates a Leden tab; the problems of Leden only (trekkers may warn when no member is valid). */
const membersRun = (rows: Record<string, unknown>[], headers: readonly string[] = MEMBER_HEADERS) => {
  const result = validateWorkbook(workbook({ members: tab("Leden", headers, rows) }), OPTS);
  return { ...result, problems: result.problems.filter((p) => p.tab === "Leden") };
};

const member = (over: Record<string, unknown> = {}) => ({
  Naam: "Sanne Verhoeven",
  "E-mail": "s.verhoeven@example.org",
  Rol: "Netwerkcoördinator",
  Groepen: "Kerngroep",
  Actief: true,
  ...over,
});

describe("Leden", () => {
  test("a valid member; the address is trimmed and compared in lower case", () => {
    const result = membersRun([member({ "E-mail": "  S.Verhoeven@Example.ORG ", Organisatie: "NPZ" })]);
    expect(result.problems).toEqual([]);
    expect(result.members).toEqual([
      {
        row: 2,
        name: "Sanne Verhoeven",
        email: "s.verhoeven@example.org",
        organisation: "NPZ",
        role: "Netwerkcoördinator",
        groups: ["Kerngroep"],
        active: true,
      },
    ]);
  });

  test.each(["Naam", "E-mail"])("%s is required", (column) => {
    const result = membersRun([member({ [column]: "" })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column, severity: "error", suggestion: "" },
    ]);
    expect(result.members).toEqual([]);
  });

  test.each<[string, string]>([
    ["jan@", ""],
    ["jan.example.org", ""],
    ["jan@example", ""],
    ["jan @example.org", ""],
    ["Jan Jansen <jan@example.org>", "jan@example.org"],
    ["mailto:jan@example.org", "jan@example.org"],
    ["jan@example.org; piet@example.org", ""],
  ])("an invalid address %j is an error", (value, suggestion) => {
    const result = membersRun([member({ "E-mail": value })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "E-mail", severity: "error", suggestion },
    ]);
    expect(result.problems[0]!.message).toContain("geen geldig e-mailadres");
    expect(result.problems[0]!.value).toBe(value);
  });

  test("a duplicate address (case-insensitive) is an error on the later row", () => {
    const result = membersRun([
      member(),
      member({ Naam: "Thijs Bakker", "E-mail": "t.bakker@example.org" }),
      member({ Naam: "S. Verhoeven", "E-mail": "S.VERHOEVEN@example.org" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 4, column: "E-mail", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.members.map((m) => m.row)).toEqual([2, 3]);
  });

  test("Groepen: split on , ; and line breaks, trimmed, first spelling in the tab is canonical", () => {
    const result = membersRun([
      member({ Groepen: "Kerngroep;  Themagroep Hospicezorg/VPTZ ,\nBestuurders,," }),
      member({
        Naam: "Thijs",
        "E-mail": "t@example.org",
        Groepen: "KERNGROEP\nthemagroep hospicezorg/vptz; kerngroep",
      }),
      member({ Naam: "Esther", "E-mail": "e@example.org", Groepen: "" }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.members.map((m) => m.groups)).toEqual([
      ["Kerngroep", "Themagroep Hospicezorg/VPTZ", "Bestuurders"],
      ["Kerngroep", "Themagroep Hospicezorg/VPTZ"],
      [],
    ]);
  });

  test.each<[unknown, boolean, boolean]>([
    [true, true, false],
    [false, false, false],
    ["", true, false],
    ["ja", true, false],
    ["Nee", false, false],
    ["WAAR", true, false],
    ["onwaar", false, false],
    ["TRUE", true, false],
    ["false", false, false],
    ["x", true, false],
    ["1", true, false],
    ["0", false, false],
    [1, true, false],
    [0, false, false],
    ["misschien", true, true],
    [7, true, true],
  ])("Actief %j → %s (warning: %s)", (value, active, warned) => {
    const result = membersRun([member({ Actief: value })]);
    expect(result.members.map((m) => m.active)).toEqual([active]);
    expect(result.problems.map(brief)).toEqual(
      warned ? [{ tab: "Leden", row: 2, column: "Actief", severity: "warning", suggestion: "" }] : [],
    );
    if (warned) expect(result.problems[0]!.message).toContain("het telt als ja");
  });

  test("a row with only an unticked checkbox is empty", () => {
    const result = membersRun([member(), { Actief: false }, { Actief: true }]);
    expect(result.problems).toEqual([]);
    expect(result.members).toHaveLength(1);
  });

  test("a missing required column", () => {
    const result = membersRun([member()], ["Naam", "Rol"]);
    expect(result.problems.map((p) => [p.tab, p.row, p.column, p.columnIndex, p.severity])).toEqual([
      ["Leden", 1, "E-mail", 0, "error"],
    ]);
    expect(result.members).toEqual([]);
  });
});

const meetingsRun = (rows: Record<string, unknown>[], opts = OPTS) =>
  validateWorkbook(workbook({ meetings: tab("Vergaderingen", MEETING_HEADERS, rows) }), opts);

const meeting = (over: Record<string, unknown> = {}) => ({
  Groep: "Kerngroep",
  Titel: "Kerngroepoverleg",
  Datum: new Date(Date.UTC(2026, 1, 10)),
  Begintijd: "14:00",
  Eindtijd: "16:00",
  Locatie: "Netwerkbureau",
  ...over,
});

describe("Vergaderingen", () => {
  test("a valid meeting", () => {
    const result = meetingsRun([meeting({ "Agenda-ID": "abc123@google.com", Uitnodiging: "verstuurd" })]);
    expect(result.problems).toEqual([]);
    expect(result.meetings).toEqual([
      {
        row: 2,
        group: "Kerngroep",
        title: "Kerngroepoverleg",
        date: "2026-02-10",
        start: "14:00",
        end: "16:00",
        location: "Netwerkbureau",
        description: "",
        cancelled: false,
        eventId: "abc123@google.com",
        inviteStatus: "verstuurd",
        sentAt: null,
      },
    ]);
  });

  test.each<[string, string, "none" | "warning" | "error", string, string | null]>([
    ["exact", "Kerngroep", "none", "", "Kerngroep"],
    ["other case", "kerngroep", "warning", "Kerngroep", "Kerngroep"],
    ["a group with a slash", "Themagroep Hospicezorg/VPTZ", "none", "", "Themagroep Hospicezorg/VPTZ"],
    ["only inactive members", "Themagroep Sociaal domein", "error", "", null],
    ["a typo", "Kerngroup", "error", "Kerngroep", null],
    ["unknown", "Vrienden", "error", "", null],
  ])("Groep: %s", (_label, value, severity, suggestion, group) => {
    const result = meetingsRun([meeting({ Groep: value })]);
    if (severity === "none") expect(result.problems).toEqual([]);
    else {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Vergaderingen", row: 2, column: "Groep", severity, suggestion },
      ]);
      if (severity === "error") expect(result.problems[0]!.message).toMatch(/^Niemand zit in groep/);
    }
    expect(result.meetings.map((m) => m.group)).toEqual(group === null ? [] : [group]);
  });

  test.each<[string, unknown, string | null]>([
    ["a date cell", new Date(Date.UTC(2026, 2, 12)), "2026-03-12"],
    ["a date cell from another realm", runInNewContext("new Date(Date.UTC(2026, 2, 12))"), "2026-03-12"],
    ["d-m-yyyy", "12-3-2026", "2026-03-12"],
    ["dd/mm/yyyy", "12/03/2026", "2026-03-12"],
    ["yyyy-mm-dd", "2026-03-12", "2026-03-12"],
    ["a day in words", "12 maart 2026", "2026-03-12"],
    ["a month", "maart 2026", null],
    ["not a date", "volgende week", null],
    ["a non-existent date", "31-2-2026", null],
    ["a number", 46000, null],
    ["empty", "", null],
  ])("Datum: %s", (_label, value, date) => {
    const result = meetingsRun([meeting({ Datum: value })]);
    expect(result.meetings.map((m) => m.date)).toEqual(date === null ? [] : [date]);
    if (date === null) {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Vergaderingen", row: 2, column: "Datum", severity: "error", suggestion: "" },
      ]);
    } else expect(result.problems).toEqual([]);
  });

  test("Datum: a month is reported as a period, not a day", () => {
    const result = meetingsRun([meeting({ Datum: "maart 2026" })]);
    expect(result.problems[0]!.message).toContain("is een periode, geen dag");
  });

  test.each<[string, unknown, string | null]>([
    ["H:mm", "9:30", "09:30"],
    ["HH:mm", "09:30", "09:30"],
    ["with a dot", "09.30", "09:30"],
    ["with u", "9u30", "09:30"],
    ["three digits", "930", "09:30"],
    ["four digits", "1415", "14:15"],
    ["whole hours", "14", "14:00"],
    ["whole hours with uur", "14 uur", "14:00"],
    ["with seconds", "9:30:00", "09:30"],
    ["a date-time cell, read in the time zone (CET)", new Date(Date.UTC(2026, 0, 5, 8, 30)), "09:30"],
    ["a date-time cell, summer time (CEST)", new Date(Date.UTC(2026, 6, 5, 7, 30)), "09:30"],
    ["a day fraction", 0.5625, "13:30"],
    ["25:00", "25:00", null],
    ["9:75", "9:75", null],
    ["words", "half tien", null],
  ])("Begintijd: %s", (_label, value, start) => {
    const result = meetingsRun([meeting({ Begintijd: value, Eindtijd: "" })]);
    if (start === null) {
      expect(result.problems.map(brief)).toEqual([
        { tab: "Vergaderingen", row: 2, column: "Begintijd", severity: "error", suggestion: "" },
      ]);
      expect(result.problems[0]!.message).toContain("geen tijd");
    } else {
      expect(result.problems).toEqual([]);
      expect(result.meetings[0]!.start).toBe(start);
    }
  });

  test("Begintijd: a time cell (30-12-1899 plus the time) is read in the run's time zone", () => {
    const cell = new Date(Date.UTC(1899, 11, 30, 9, 30));
    const result = meetingsRun([meeting({ Begintijd: cell, Eindtijd: "" })], { ...OPTS, timeZone: "UTC" });
    expect(result.problems).toEqual([]);
    expect(result.meetings[0]).toMatchObject({ start: "09:30", end: "11:30" });
  });

  test.each<[string, string, string | null, string | null]>([
    ["no end: two hours later", "14:00", "", "16:00"],
    ["no end, late start: capped at 23:59", "22:30", "", "23:59"],
    ["no times: all day", "", "", null],
    ["end given", "10:00", "10:45", "10:45"],
  ])("Eindtijd: %s", (_label, start, end, expected) => {
    const result = meetingsRun([meeting({ Begintijd: start, Eindtijd: end })]);
    expect(result.problems).toEqual([]);
    expect(result.meetings[0]!.end).toBe(expected);
  });

  test.each([
    ["end before start", "14:00", "13:00", "ligt niet na de begintijd"],
    ["end equals start", "14:00", "14:00", "ligt niet na de begintijd"],
    ["end without start", "", "16:00", "geen begintijd"],
  ])("Eindtijd: %s is an error", (_label, start, end, text) => {
    const result = meetingsRun([meeting({ Begintijd: start, Eindtijd: end })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Vergaderingen", row: 2, column: "Eindtijd", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain(text);
    expect(result.meetings).toEqual([]);
  });

  test.each<[unknown, boolean, boolean]>([
    ["", false, false],
    [true, true, false],
    ["ja", true, false],
    ["nee", false, false],
    ["soms", false, true],
  ])("Geannuleerd %j → %s (warning: %s)", (value, cancelled, warned) => {
    const result = meetingsRun([meeting({ Geannuleerd: value })]);
    expect(result.meetings.map((m) => m.cancelled)).toEqual([cancelled]);
    expect(result.problems.map((p) => [p.column, p.severity])).toEqual(
      warned ? [["Geannuleerd", "warning"]] : [],
    );
  });

  test("the add-on's own columns are read as they are", () => {
    const sent = new Date(Date.UTC(2026, 0, 5, 9));
    const result = meetingsRun([
      meeting({ "Agenda-ID": " x1 ", Uitnodiging: "fout: quota", "Verstuurd op": sent }),
    ]);
    expect(result.meetings[0]).toMatchObject({ eventId: "x1", inviteStatus: "fout: quota", sentAt: sent });
  });

  test("Groep and Datum are required", () => {
    const result = meetingsRun([meeting({ Groep: "", Datum: "" })]);
    expect(result.problems.map((p) => [p.column, p.severity])).toEqual([
      ["Groep", "error"],
      ["Datum", "error"],
    ]);
  });

  test("an existing but empty Vergaderingen tab is no problem", () => {
    const result = validateWorkbook(
      workbook({ meetings: { name: "Vergaderingen", values: [["", ""]], display: [["", ""]] } }),
      OPTS,
    );
    expect(result.problems).toEqual([]);
  });
});

const settingsRun = (rows: unknown[][], lang: "nl" | "en" = "nl") =>
  validateWorkbook(workbook({ settings: tab("Instellingen", ["Sleutel", "Waarde"], rows) }), {
    ...OPTS,
    lang,
  });

describe("Instellingen", () => {
  test("known keys (matched like headers) fill the settings", () => {
    const result = settingsRun([
      ["Netwerknaam", "Netwerk Palliatieve Zorg"],
      ["regio:", "Gooi en Vechtstreek"],
      ["Jaar", 2027],
      ["Taal", "EN"],
      ["Tijdzone", "europe/brussels"],
      ["Agenda", "abc@group.calendar.google.com"],
      ["Rapportmap", ""],
      ["Uitnodigingen versturen", false],
      ["Kleur Behaald", "#0A6"],
      ["kleur op schema", "#B7E1A1"],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.settings).toEqual({
      networkName: "Netwerk Palliatieve Zorg",
      region: "Gooi en Vechtstreek",
      year: 2027,
      lang: "en",
      timeZone: "Europe/Brussels",
      calendarId: "abc@group.calendar.google.com",
      reportFolder: "",
      reportTemplate: "",
      sendInvites: false,
      colours: {
        Behaald: "#00aa66",
        "Op schema": "#b7e1a1",
        Doorlopend: "#9fc5e8",
        "Achter op schema": "#ea9999",
      },
    });
  });

  test.each<[string, unknown, string, unknown, string, string]>([
    ["Taal", "fr", "lang", "nl", "", "geen bekende taal; Netwerkplan gebruikt nl"],
    ["Tijdzone", "Europe/Amsterdm", "timeZone", "Europe/Amsterdam", "", "gebruikt Europe/Amsterdam"],
    ["Tijdzone", "+01:00", "timeZone", "Europe/Amsterdam", "", "geen geldige tijdzone"],
    ["Jaar", 1999, "year", 2026, "", "geen jaartal tussen 2000 en 2100; Netwerkplan gebruikt 2026"],
    ["Jaar", "2026.5", "year", 2026, "", "geen jaartal"],
    ["Jaar", "volgend jaar", "year", 2026, "", "geen jaartal"],
    [
      "Uitnodigingen versturen",
      "graag",
      "sendInvites",
      true,
      "",
      "niet herkend als ja of nee; het telt als ja",
    ],
    [
      "Kleur Doorlopend",
      "blauw",
      "colours",
      { Doorlopend: "#9fc5e8" },
      "",
      "geen kleurcode; Netwerkplan gebruikt #9fc5e8",
    ],
    ["Kleur Doorlopend", "6fa8dc", "colours", { Doorlopend: "#9fc5e8" }, "#6fa8dc", "geen kleurcode"],
    ["Kleur Doorlopend", "#12345", "colours", { Doorlopend: "#9fc5e8" }, "", "geen kleurcode"],
  ])("%s %j is a warning and the default is used", (key, value, field, expected, suggestion, text) => {
    const result = settingsRun([[key, value]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion },
    ]);
    expect(result.problems[0]!.message).toContain(text);
    expect(result.settings).toMatchObject({ [field]: expected });
  });

  test("an unknown key is a warning with the closest known key; the row stays unused", () => {
    const result = settingsRun([
      ["Tijdszone", "Europe/Amsterdam"],
      ["Logo", "https://example.org/logo.png"],
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Sleutel", severity: "warning", suggestion: "Tijdzone" },
      { tab: "Instellingen", row: 3, column: "Sleutel", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("Bedoelt u ‘Tijdzone’?");
    expect(result.problems[1]!.message).toContain("Netwerknaam, Regio, Jaar");
  });

  test("a duplicate key is a warning on the later row; the first value counts", () => {
    const result = settingsRun([
      ["Regio", "Gooi"],
      ["Jaar", 2026],
      ["REGIO", "Vechtstreek"],
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 4, column: "Sleutel", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.settings.region).toBe("Gooi");
  });

  test("a value without a key is a warning", () => {
    const result = settingsRun([["", "iets"]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion: "" },
    ]);
  });

  test("empty values and a missing tab give the defaults, without problems", () => {
    const result = settingsRun([
      ["Jaar", ""],
      ["Taal", ""],
      ["Tijdzone", ""],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.settings).toMatchObject({ year: 2026, lang: "nl", timeZone: "Europe/Amsterdam" });
  });

  test("a formula error in a value is a warning", () => {
    const result = settingsRun([["Netwerknaam", "#REF!"]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion: "" },
    ]);
    expect(result.settings.networkName).toBe("");
  });

  test("settings problems follow the run's language", () => {
    const result = settingsRun([["Taal", "fr"]], "en");
    expect(result.problems[0]!.message).toBe(
      "‘fr’ is not a known language; Netwerkplan uses nl. Accepted: nl or en.",
    );
  });
});

describe("members across tabs", () => {
  test("an inactive member's role does not count for trekkers", () => {
    const result = validateWorkbook(
      workbook({
        members: MEMBERS,
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity({ Trekker: "Beleidsmedewerker Wmo" })]),
      }),
      OPTS,
    );
    expect(result.problems.map((p) => [p.column, p.severity])).toEqual([["Trekker", "warning"]]);
  });
});
