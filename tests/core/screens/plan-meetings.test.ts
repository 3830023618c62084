/** core/screens/plan-meetings.ts: the planning form read on the server, its preview, the rows as cells. */
import { translator } from "../../../src/core/i18n";
import { planYear } from "../../../src/core/invites/yearplan";
import {
  parseClock,
  parseDay,
  parseExcluded,
  parsePlanForm,
  planMeetingsForm,
  plannedCells,
  planPreview,
} from "../../../src/core/screens/plan-meetings";

const t = translator("nl");
const GROUPS = ["Bestuurders", "Kerngroep"];
const FORM = {
  group: "kerngroep",
  title: " Overleg ",
  year: "2026",
  weekday: "2",
  week: "-1",
  start: "9.30",
  end: "",
  location: "Bureau",
  description: "",
  mode: "months",
  months: ["11", "2", "2"],
  exclude: "",
};

test("clock, day and excluded dates as a coordinator types them", () => {
  expect(parseClock("9.30")).toBe("09:30");
  expect(parseClock("14:00")).toBe("14:00");
  expect(parseClock("24:00")).toBe("invalid");
  expect(parseClock("9u30")).toBe("09:30");
  expect(parseClock("2")).toEqual({ night: "02:00", suggestion: "14:00" });
  expect(parseDay("1-2-2026")).toBe("2026-02-01");
  expect(parseDay("2026-02-29")).toBeNull();
  expect(parseExcluded("01-02-2026\n3-2-2026 t/m 5-2-2026; 2026-03-01, 20-07-2026 - 21-07-2026")).toEqual({
    dates: ["2026-02-01", "2026-02-03", "2026-02-04", "2026-02-05", "2026-03-01", "2026-07-20", "2026-07-21"],
    bad: [],
  });
  expect(parseExcluded("31-02-2026\nmorgen\n05-02-2026 t/m 01-02-2026").bad).toEqual([
    { text: "31-02-2026", why: { bad: "noDay", day: 31, month: 2, year: 2026 } },
    { text: "morgen", why: { bad: "form" } },
    { text: "05-02-2026 t/m 01-02-2026", why: { bad: "reversed" } },
  ]);
  // The period as the English help writes it.
  expect(parseExcluded("20-07-2026 to 22-07-2026")).toEqual({
    dates: ["2026-07-20", "2026-07-21", "2026-07-22"],
    bad: [],
  });
});

test("times are read as Vergaderingen reads them: 14, 9u30 and 930 are times; a whole hour before 7 is asked about", () => {
  const times = (start: string, end = "") => {
    const r = parsePlanForm({ ...FORM, start, end }, GROUPS, t);
    return r.ok ? [r.request.start, r.request.end] : r.errors;
  };
  expect(times("14")).toEqual(["14:00", ""]);
  expect(times("9u30", "11 uur")).toEqual(["09:30", "11:00"]);
  expect(times("930", "1130")).toEqual(["09:30", "11:30"]);
  expect(times("14:00 uur", "16.15")).toEqual(["14:00", "16:15"]);
  // With minutes a night hour is taken as written, as in the sheet.
  expect(times("06:30")).toEqual(["06:30", ""]);
  expect(times("2")).toEqual([
    {
      field: "start",
      message:
        "‘2’ is gelezen als 02:00 ’s nachts. Bedoelt u 14:00? Vul dan 14:00 in. Is het echt 02:00 ’s nachts, schrijf de tijd dan met minuten: 02:00.",
    },
  ]);
  expect(times("14:00", "4 uur")).toEqual([
    {
      field: "end",
      message: expect.stringContaining("‘4 uur’ is gelezen als 04:00 ’s nachts. Bedoelt u 16:00?"),
    },
  ]);
  expect(times("")).toEqual([{ field: "start", message: "Vul een tijd in zoals 14:00." }]);
  expect(times("25:00")).toEqual([{ field: "start", message: "Vul een tijd in zoals 14:00." }]);
  // English from the English catalog.
  const english = parsePlanForm({ ...FORM, start: "3" }, GROUPS, translator("en"));
  expect(!english.ok && english.errors[0]!.message).toBe(
    "‘3’ was read as 03:00 at night. Did you mean 15:00? Then enter 15:00. If it really is 03:00 at night, write the time with minutes: 03:00.",
  );
});

test("an excluded date in the right form that does not exist says so; a reversed period too", () => {
  const message = (exclude: string, lang: "nl" | "en" = "nl") => {
    const r = parsePlanForm({ ...FORM, exclude }, GROUPS, translator(lang));
    return r.ok ? null : r.errors.find((e) => e.field === "exclude")?.message;
  };
  expect(message("31-02-2026")).toBe(
    "31 februari 2026 bestaat niet (‘31-02-2026’): februari 2026 heeft 28 dagen.",
  );
  expect(message("01-01-2026\n2026-04-31")).toBe(
    "31 april 2026 bestaat niet (‘2026-04-31’): april 2026 heeft 30 dagen.",
  );
  expect(message("29-02-2028")).toBeNull();
  expect(message("12-31-2026")).toBe(
    "Maand 31 bestaat niet (‘12-31-2026’). Schrijf de dag eerst: dd-mm-jjjj.",
  );
  expect(message("01-03-2026 t/m 01-02-2026")).toBe(
    "De periode ‘01-03-2026 t/m 01-02-2026’ eindigt vóór hij begint. Zet de eerste dag vooraan, zoals 20-07-2026 t/m 28-08-2026.",
  );
  expect(message("01-01-2026 t/m 31-12-2027")).toContain("is langer dan een jaar");
  expect(message("20-07-2026 t/m 30-02-2026")).toBe(
    "30 februari 2026 bestaat niet (‘20-07-2026 t/m 30-02-2026’): februari 2026 heeft 28 dagen.",
  );
  expect(message("31-02-2026", "en")).toBe(
    "31 February 2026 does not exist (‘31-02-2026’): February 2026 has 28 days.",
  );
});

test("a good form: the group as Leden spells it, months sorted once, times normalised", () => {
  expect(parsePlanForm(FORM, GROUPS, t)).toEqual({
    ok: true,
    request: {
      group: "Kerngroep",
      title: "Overleg",
      year: 2026,
      weekday: 2,
      week: -1,
      start: "09:30",
      end: "",
      location: "Bureau",
      description: "",
      months: [2, 11],
    },
    excluded: [],
  });
  const counted = parsePlanForm({ ...FORM, mode: "count", count: "4", firstMonth: "2" }, GROUPS, t);
  expect(counted.ok && counted.request.months).toEqual([2, 5, 8, 11]);
});

test("every wrong field is named, with the message to show", () => {
  const r = parsePlanForm(
    {
      group: "Onbekend",
      year: "1999",
      weekday: "8",
      week: "5",
      start: "14:00",
      end: "13:00",
      mode: "months",
      months: [],
      title: "x".repeat(201),
      exclude: "gisteren",
    },
    GROUPS,
    t,
  );
  expect(r.ok).toBe(false);
  expect(!r.ok && r.errors).toEqual([
    { field: "group", message: "Kies een groep uit de lijst." },
    { field: "year", message: "Vul een jaartal in van 2000 tot en met 2100." },
    { field: "weekday", message: "Kies een dag." },
    { field: "week", message: "Kies welke in de maand." },
    { field: "end", message: "De eindtijd moet na de begintijd liggen." },
    { field: "title", message: "Deze tekst is te lang (hoogstens 200 tekens)." },
    { field: "months", message: "Kies ten minste één maand." },
    { field: "exclude", message: "Deze datum begrijpt Netwerkplan niet: gisteren. Gebruik dd-mm-jjjj." },
  ]);
  expect(parsePlanForm(null as never, GROUPS, t).ok).toBe(false);
});

test("the intro says what the planning does with a holiday: a week later or earlier, within the month", () => {
  // The last Monday of April 2026 is Koningsdag (27 April); a week later is May, so the meeting moves earlier.
  const parsed = parsePlanForm({ ...FORM, months: ["4"], week: "-1", weekday: "1" }, GROUPS, t);
  if (!parsed.ok) throw new Error("form");
  const plan = planYear(parsed.request, { existing: new Set(), excluded: new Set(), today: "2026-01-01" });
  expect(plan.rows.map((r) => [r.date, r.moved?.from])).toEqual([["2026-04-20", "2026-04-27"]]);
  expect(planMeetingsForm(GROUPS, 2026, t).intro).toContain(
    "Valt de dag op een feestdag of een datum die u uitsluit, dan schuift de vergadering een week later of eerder, binnen dezelfde maand.",
  );
  expect(planMeetingsForm(GROUPS, 2026, translator("en")).intro).toContain(
    "the meeting moves a week later or earlier, within the same month.",
  );
});

test("the form's model and the preview of a plan", () => {
  const form = planMeetingsForm(GROUPS, 2026, t);
  expect(form.weekdays[0]).toEqual({ value: "1", label: "maandag" });
  expect(form.weeks.at(-1)).toEqual({ value: "-1", label: "laatste" });
  expect(form.noGroups).toBe("");
  expect(planMeetingsForm([], 2026, t).noGroups).toContain("Groepen");
  const parsed = parsePlanForm({ ...FORM, months: ["5"], week: "-1", weekday: "1" }, GROUPS, t);
  if (!parsed.ok) throw new Error("form");
  const plan = planYear(parsed.request, { existing: new Set(), excluded: new Set(), today: "2026-01-01" });
  const preview = planPreview(plan, parsed.request, t);
  expect(preview.rows).toEqual([
    { date: "ma 18 mei 2026", time: "09:30–11:30", note: "ma 25 mei 2026 is Tweede pinksterdag" },
  ]);
  // Another plan, another token.
  const other = planYear(
    { ...parsed.request, months: [6] },
    { existing: new Set(), excluded: new Set(), today: "2026-01-01" },
  );
  expect(planPreview(other, parsed.request, t).token).not.toBe(preview.token);
});

test("cells under the tab's own header, moved columns included; the date at midnight in the sheet's zone", () => {
  const parsed = parsePlanForm(FORM, GROUPS, t);
  if (!parsed.ok) throw new Error("form");
  const plan = planYear(parsed.request, { existing: new Set(), excluded: new Set(), today: "2026-01-01" });
  const header = ["Datum", "Notitie", "Groep", "Titel", "Begintijd", "Eindtijd", "Locatie", "Geannuleerd"];
  const cells = plannedCells(header, plan, parsed.request, "Europe/Amsterdam")!;
  expect(cells.firstCol).toBe(1);
  expect(cells.values).toEqual([
    [new Date("2026-02-23T23:00:00Z"), "", "Kerngroep", "Overleg", "09:30", "11:30", "Bureau"],
    [new Date("2026-11-23T23:00:00Z"), "", "Kerngroep", "Overleg", "09:30", "11:30", "Bureau"],
  ]);
  expect(cells.numberFormats[0]).toEqual(["dd-mm-yyyy", "@", "@", "@", "@", "@", "@"]);
  expect(plannedCells(["Titel"], plan, parsed.request, "Europe/Amsterdam")).toBeNull();
});
