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
  expect(parseClock("24:00")).toBeNull();
  expect(parseDay("1-2-2026")).toBe("2026-02-01");
  expect(parseDay("2026-02-29")).toBeNull();
  expect(parseExcluded("01-02-2026\n3-2-2026 t/m 5-2-2026; 2026-03-01, 20-07-2026 - 21-07-2026")).toEqual({
    dates: ["2026-02-01", "2026-02-03", "2026-02-04", "2026-02-05", "2026-03-01", "2026-07-20", "2026-07-21"],
    bad: [],
  });
  expect(parseExcluded("31-02-2026\nmorgen\n05-02-2026 t/m 01-02-2026").bad).toEqual([
    "31-02-2026",
    "morgen",
    "05-02-2026 t/m 01-02-2026",
  ]);
  // The period as the English help writes it.
  expect(parseExcluded("20-07-2026 to 22-07-2026")).toEqual({
    dates: ["2026-07-20", "2026-07-21", "2026-07-22"],
    bad: [],
  });
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
