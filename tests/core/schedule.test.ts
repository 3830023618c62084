/** core/schedule.ts: the twelve-month window at its edges, overdue marking, sorting, and owners of a cell. */
import * as fc from "fast-check";
import type { Activity } from "../../src/core/records";
import { actionsWindow, ownersOf, windowEnd } from "../../src/core/schedule";
import { STATUSES } from "../../src/core/vocab";
import { act } from "../support/grid-helpers";

describe("windowEnd", () => {
  test.each([
    ["2026-01-01", 12, "2026-12-31"],
    ["2026-01-15", 12, "2027-01-14"],
    ["2026-03-15", 12, "2027-03-14"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-03-31", 3, "2026-06-30"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-10-15", 3, "2027-01-14"],
  ])("%s + %i months ends on %s", (from, months, end) => {
    expect(windowEnd(from, months)).toBe(end);
  });
});

describe("actionsWindow (today 2026-03-15: the window is 2026-03-15 .. 2027-03-14)", () => {
  const today = "2026-03-15";
  const ids = (as: Activity[]) => actionsWindow(as, today).map((x) => x.activity.subject);

  test("a period ending today is in, and not overdue", () => {
    const a = act({ subject: "ends today", deadline: "15-03-2026" });
    expect(actionsWindow([a], today)).toEqual([{ activity: a, overdue: false }]);
  });

  test("a period starting on the last day inside is in; one starting today + 12 months is out", () => {
    const inside = act({ subject: "last day", deadline: "14-03-2027" });
    const outside = act({ subject: "day after", deadline: "15-03-2027" });
    const monthIn = act({ subject: "mrt 2027", deadline: "Mrt. 2027" });
    const monthOut = act({ subject: "apr 2027", deadline: "Apr. 2027" });
    expect(ids([inside, outside, monthIn, monthOut])).toEqual(["last day", "mrt 2027"]);
  });

  test("a period starting before and ending after the window is in", () => {
    const a = act({ subject: "long", deadline: "2025-2027" });
    expect(actionsWindow([a], today)).toEqual([{ activity: a, overdue: false }]);
  });

  test("overdue and Behaald is out; overdue and not Behaald is in, marked", () => {
    const done = act({ subject: "done", deadline: "14-03-2026", status: "Behaald" });
    const late = act({ subject: "late", deadline: "14-03-2026", status: "Op schema" });
    const oldLate = act({ subject: "old", deadline: "2024", status: "Achter op schema" });
    const result = actionsWindow([done, late, oldLate], today);
    expect(result.map((x) => [x.activity.subject, x.overdue])).toEqual([
      ["old", true],
      ["late", true],
    ]);
  });

  test("Behaald within the window is still shown", () => {
    const a = act({ subject: "done in window", deadline: "Dec. 2026", status: "Behaald" });
    expect(actionsWindow([a], today)).toEqual([{ activity: a, overdue: false }]);
  });

  test("ongoing is in, last, never overdue", () => {
    const ongoing = act({ subject: "ongoing", deadline: "Continue", status: "Achter op schema" });
    const later = act({ subject: "later", deadline: "Dec. 2026" });
    const result = actionsWindow([ongoing, later], today);
    expect(result.map((x) => [x.activity.subject, x.overdue])).toEqual([
      ["later", false],
      ["ongoing", false],
    ]);
  });

  test("sorted by due date, ongoing last, ties by sheet row", () => {
    const as = [
      act({ row: 10, subject: "ongoing-10", deadline: "Doorlopend" }),
      act({ row: 3, subject: "dec-3", deadline: "Dec. 2026" }),
      act({ row: 2, subject: "ongoing-2", deadline: "Continue" }),
      act({ row: 7, subject: "q2-7", deadline: "Q2 2026" }),
      act({ row: 1, subject: "dec-1", deadline: "31-12-2026" }),
      act({ row: 5, subject: "overdue-5", deadline: "Feb. 2026" }),
      act({ row: 4, subject: "may-4", deadline: "Mei 2026" }),
    ];
    expect(ids(as)).toEqual(["overdue-5", "may-4", "q2-7", "dec-1", "dec-3", "ongoing-2", "ongoing-10"]);
  });

  test("property: every activity is in exactly when ongoing, overlapping or overdue", () => {
    const deadlines = ["Continue", "2024", "Jan. 2026", "14-03-2026", "15-03-2026", "Q1 2027", "Apr. 2027"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.constantFrom(...deadlines), s: fc.constantFrom(...STATUSES) })),
        (specs) => {
          const as = specs.map((x, i) => act({ row: i + 2, deadline: x.d, status: x.s }));
          const shown = new Set(actionsWindow(as, today).map((x) => x.activity));
          for (const a of as) {
            const d = a.deadline;
            const expected =
              d.kind === "ongoing" ||
              (d.start <= "2027-03-14" && d.end >= today) ||
              (d.end < today && a.status !== "Behaald");
            expect(shown.has(a)).toBe(expected);
          }
        },
      ),
    );
  });
});

describe("ownersOf", () => {
  test.each([
    ["NWC/projectteam", ["NWC", "projectteam"]],
    ["Projectleider\nNWC", ["Projectleider", "NWC"]],
    ["NWC + allen", ["NWC", "allen"]],
    [
      "Netwerkcoördinator samen met themagroep deskundigheid",
      ["Netwerkcoördinator", "themagroep deskundigheid"],
    ],
    [
      "Netwerkcoördinator (faciliterend) + 1 a 2 leden (evt. roulerend)",
      ["Netwerkcoördinator", "1 a 2 leden"],
    ],
    [
      "Netwerkcoördinator in samenwerking met projectleider consortium NH- en Flevoland- Ilse Raats",
      ["Netwerkcoördinator", "projectleider consortium NH- en Flevoland- Ilse Raats"],
    ],
    ["  ", []],
  ])("%j", (owner, parts) => {
    expect(ownersOf(owner)).toEqual(parts);
  });
});
