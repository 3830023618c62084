import { runInNewContext } from "node:vm";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  brief,
  MEETING_HEADERS,
  MEMBER_HEADERS,
  meeting,
  meetingsRun,
  member,
  OPTS,
  tab,
  workbook,
} from "../../support/validation-fixtures";

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

  test("a group whose active members all lack a valid address: the meeting is used, with a warning", () => {
    const members = tab("Leden", MEMBER_HEADERS, [
      member({ Naam: "Sanne", "E-mail": "s@example.org", Groepen: "Kerngroep" }),
      member({ Naam: "Thijs", "E-mail": "", Groepen: "Werkgroep PZP, Kerngroep" }),
      member({ Naam: "Esther", "E-mail": "esther@", Groepen: "werkgroep pzp" }),
      // An inactive member's address does not count: she is never invited.
      member({ Naam: "Wim", "E-mail": "w@example.org", Groepen: "Werkgroep PZP", Actief: false }),
    ]);
    const meetings = tab("Vergaderingen", MEETING_HEADERS, [
      meeting({ Groep: "Werkgroep PZP" }),
      meeting({ Groep: "werkgroep pzp", Datum: new Date(Date.UTC(2026, 2, 10)) }),
      meeting({ Groep: "Kerngroep", Datum: new Date(Date.UTC(2026, 3, 10)) }),
    ]);
    const result = validateWorkbook(workbook({ members, meetings }), OPTS);
    const mine = result.problems.filter((p) => p.tab === "Vergaderingen");
    expect(mine.map((p) => [p.row, p.column, p.severity, p.suggestion])).toEqual([
      [2, "Groep", "warning", ""],
      [3, "Groep", "warning", "Werkgroep PZP"],
      [3, "Groep", "warning", ""],
    ]);
    expect(mine[0]!.message).toBe(
      "Geen enkel actief lid van groep ‘Werkgroep PZP’ heeft een geldig e-mailadres in Leden: de afspraak komt in de agenda, maar niemand krijgt een uitnodiging. Vul de adressen in Leden aan.",
    );
    expect(result.meetings.map((m) => m.group)).toEqual(["Werkgroep PZP", "Werkgroep PZP", "Kerngroep"]);
  });

  test.each<[string, unknown, string | null]>([
    ["a date cell", new Date(Date.UTC(2026, 2, 12)), "2026-03-12"],
    ["a date cell from another realm", runInNewContext("new Date(Date.UTC(2026, 2, 12))"), "2026-03-12"],
    ["d-m-yyyy", "12-3-2026", "2026-03-12"],
    ["dd/mm/yyyy", "12/03/2026", "2026-03-12"],
    ["yyyy-mm-dd", "2026-03-12", "2026-03-12"],
    ["a day in words", "12 maart 2026", "2026-03-12"],
    ["a day in English words, as the English message offers it", "12 March 2026", "2026-03-12"],
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

  test.each<[string, unknown, string, string]>([
    ["2 uur", "2 uur", "02:00", "14:00"],
    ["a bare number as text", "3", "03:00", "15:00"],
    ["a bare number", 5, "05:00", "17:00"],
    ["2u", "2u", "02:00", "14:00"],
    ["6 uur", "6 uur", "06:00", "18:00"],
    ["0", "0", "00:00", "12:00"],
  ])(
    "Begintijd: a whole hour before 07:00 without minutes (%s) is an error with the afternoon as suggestion",
    (_label, value, night, afternoon) => {
      const result = meetingsRun([meeting({ Begintijd: value, Eindtijd: "" })]);
      expect(result.problems.map(brief)).toEqual([
        { tab: "Vergaderingen", row: 2, column: "Begintijd", severity: "error", suggestion: afternoon },
      ]);
      expect(result.problems[0]!.message).toContain(
        `is gelezen als ${night} ’s nachts. Bedoelt u ${afternoon}?`,
      );
      expect(result.meetings).toEqual([]);
    },
  );

  test("Begintijd: the message says what it was read as, what to write, and that there is no invitation", () => {
    const result = meetingsRun([meeting({ Begintijd: "2 uur", Eindtijd: "" })]);
    expect(result.problems[0]!.message).toBe(
      "‘2 uur’ is gelezen als 02:00 ’s nachts. Bedoelt u 14:00? Schrijf dan 14:00. Is het echt 02:00 ’s nachts, schrijf de tijd dan met minuten: 02:00. Tot dan krijgt deze vergadering geen uitnodiging.",
    );
    const en = meetingsRun([meeting({ Begintijd: "2 uur", Eindtijd: "" })], { ...OPTS, lang: "en" });
    expect(en.problems[0]!.message).toBe(
      "‘2 uur’ was read as 02:00 at night. Did you mean 14:00? Then write 14:00. If it really is 02:00 at night, write the time with minutes: 02:00. Until then this meeting gets no invitation.",
    );
  });

  test.each<[string, unknown, string]>([
    ["with minutes", "02:00", "02:00"],
    ["H:mm early", "6:30", "06:30"],
    ["four digits", "0200", "02:00"],
    ["a time cell", new Date(Date.UTC(1899, 11, 30, 2, 0)), "02:00"],
    ["a whole hour from 07:00", "7", "07:00"],
    ["7 uur", "7 uur", "07:00"],
    ["a bare number from 07:00", 8, "08:00"],
  ])("Begintijd: %s is taken as written", (_label, value, start) => {
    const result = meetingsRun([meeting({ Begintijd: value, Eindtijd: "" })], { ...OPTS, timeZone: "UTC" });
    expect(result.problems).toEqual([]);
    expect(result.meetings[0]!.start).toBe(start);
  });

  test("Eindtijd: a whole hour before 07:00 without minutes is an error of its own, not 'before the start'", () => {
    const result = meetingsRun([meeting({ Begintijd: "13:00", Eindtijd: "5" })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Vergaderingen", row: 2, column: "Eindtijd", severity: "error", suggestion: "17:00" },
    ]);
    expect(result.problems[0]!.message).toContain("is gelezen als 05:00 ’s nachts. Bedoelt u 17:00?");
    expect(result.meetings).toEqual([]);
  });

  test("Begintijd 3 and Eindtijd 5: both are reported, the meeting is left out", () => {
    const result = meetingsRun([meeting({ Begintijd: "3", Eindtijd: "5" })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Vergaderingen", row: 2, column: "Begintijd", severity: "error", suggestion: "15:00" },
      { tab: "Vergaderingen", row: 2, column: "Eindtijd", severity: "error", suggestion: "17:00" },
    ]);
    expect(result.meetings).toEqual([]);
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
