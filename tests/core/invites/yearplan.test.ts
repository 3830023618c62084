/** core/invites/yearplan.ts: a year of meetings of one group, avoiding holidays, exclusions and duplicates. */
import {
  monthsForCount,
  nthWeekday,
  planYear,
  type YearPlanRequest,
} from "../../../src/core/invites/yearplan";

const request = (over: Partial<YearPlanRequest> = {}): YearPlanRequest => ({
  group: "Kerngroep",
  title: "Kerngroepoverleg",
  year: 2026,
  weekday: 2, // Tuesday
  week: 2,
  start: "14:00",
  end: "16:00",
  location: "",
  description: "",
  months: [2, 5, 9, 11],
  ...over,
});
const ctx = (over: { existing?: string[]; excluded?: string[]; today?: string } = {}) => ({
  existing: new Set(over.existing ?? []),
  excluded: new Set(over.excluded ?? []),
  today: over.today ?? "2026-01-01",
});

describe("nthWeekday", () => {
  test.each([
    [2026, 2, 2, 2, "2026-02-10", "second Tuesday of February 2026"],
    [2026, 3, 1, 1, "2026-03-02", "first Monday of March (the 2nd: the 1st is a Sunday)"],
    [2026, 3, 7, 1, "2026-03-01", "first Sunday of March"],
    [2026, 4, 4, -1, "2026-04-30", "last Thursday of April is its last day"],
    [2026, 5, 5, -1, "2026-05-29", "last Friday of May"],
    [2028, 2, 2, -1, "2028-02-29", "last Tuesday of a leap February"],
    [2026, 12, 4, 4, "2026-12-24", "fourth Thursday of December"],
  ])("%i-%i weekday %i week %i is %s (%s)", (y, m, wd, w, expected) => {
    expect(nthWeekday(y, m, wd, w)).toBe(expected);
  });
});

describe("monthsForCount", () => {
  test.each([
    [4, 1, [1, 4, 7, 10]],
    [4, 2, [2, 5, 8, 11]],
    [6, 1, [1, 3, 5, 7, 9, 11]],
    [12, 1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [5, 1, [1, 3, 5, 7, 9]],
    [1, 9, [9]],
    [4, 4, null],
    [13, 1, null],
    [0, 1, null],
    [2, 0, null],
  ])("%i times from month %i: %j", (count, first, expected) => {
    expect(monthsForCount(count, first)).toEqual(expected);
  });
});

describe("planYear", () => {
  test("the rule's dates when nothing is in the way", () => {
    expect(planYear(request(), ctx())).toEqual({
      rows: [
        { month: 2, date: "2026-02-10", moved: null },
        { month: 5, date: "2026-05-12", moved: null },
        { month: 9, date: "2026-09-08", moved: null },
        { month: 11, date: "2026-11-10", moved: null },
      ],
      skipped: [],
    });
  });

  test("a public holiday moves the meeting a week later, within the month", () => {
    // Second Monday of April 2026 is the 13th; first Monday is Easter Monday (6 April).
    const plan = planYear(request({ weekday: 1, week: 1, months: [4, 5, 12] }), ctx());
    expect(plan.rows).toEqual([
      {
        month: 4,
        date: "2026-04-13",
        moved: { from: "2026-04-06", reason: { kind: "holiday", key: "easterMonday" } },
      },
      { month: 5, date: "2026-05-04", moved: null },
      { month: 12, date: "2026-12-07", moved: null },
    ]);
    // Last Monday of May 2026 is Whit Monday (25 May): the week after is June, so the week before.
    const last = planYear(request({ weekday: 1, week: -1, months: [5] }), ctx());
    expect(last.rows).toEqual([
      {
        month: 5,
        date: "2026-05-18",
        moved: { from: "2026-05-25", reason: { kind: "holiday", key: "whitMonday" } },
      },
    ]);
    // Thursday 14 May 2026 is Ascension Day.
    const thursday = planYear(request({ weekday: 4, week: 2, months: [5] }), ctx());
    expect(thursday.rows[0]).toEqual({
      month: 5,
      date: "2026-05-21",
      moved: { from: "2026-05-14", reason: { kind: "holiday", key: "ascension" } },
    });
  });

  test("dates the coordinator excludes are avoided the same way", () => {
    const plan = planYear(request({ months: [2] }), ctx({ excluded: ["2026-02-10", "2026-02-17"] }));
    expect(plan.rows).toEqual([
      { month: 2, date: "2026-02-03", moved: { from: "2026-02-10", reason: { kind: "excluded" } } },
    ]);
    const none = planYear(
      request({ months: [2] }),
      ctx({ excluded: ["2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"] }),
    );
    expect(none).toEqual({ rows: [], skipped: [{ month: 2, reason: "noDate", date: "2026-02-10" }] });
  });

  test("a date the group already has is never planned again; the month is left out", () => {
    const plan = planYear(request(), ctx({ existing: ["2026-05-12"] }));
    expect(plan.rows.map((r) => r.date)).toEqual(["2026-02-10", "2026-09-08", "2026-11-10"]);
    expect(plan.skipped).toEqual([{ month: 5, reason: "exists", date: "2026-05-12" }]);
    // Planning the same year twice adds nothing the second time.
    const again = planYear(request(), ctx({ existing: plan.rows.map((r) => r.date).concat("2026-05-12") }));
    expect(again.rows).toEqual([]);
  });

  test("a meeting the earlier planning moved past a holiday is found there too", () => {
    const first = planYear(request({ weekday: 1, week: 1, months: [4] }), ctx());
    const again = planYear(
      request({ weekday: 1, week: 1, months: [4] }),
      ctx({ existing: [first.rows[0]!.date] }),
    );
    expect(again).toEqual({ rows: [], skipped: [{ month: 4, reason: "exists", date: "2026-04-13" }] });
  });

  test("dates before today are not planned", () => {
    const plan = planYear(request(), ctx({ today: "2026-06-01" }));
    expect(plan.rows.map((r) => r.date)).toEqual(["2026-09-08", "2026-11-10"]);
    expect(plan.skipped).toEqual([
      { month: 2, reason: "past", date: "2026-02-10" },
      { month: 5, reason: "past", date: "2026-05-12" },
    ]);
  });
});
