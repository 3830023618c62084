/**
 * Validation is total: any cell values in any column never make it throw, and every row with content gives
 * a record or at least one error (and never both).
 */
import * as fc from "fast-check";
import type { Problem, RawTab } from "../../../src/core/records";
import {
  ACTIVITIES_TAB,
  MEETINGS_TAB,
  MEMBERS_TAB,
  PROJECTS_TAB,
  SETTINGS_TAB,
  type TabDef,
} from "../../../src/core/tabs";
import {
  type ValidationResult,
  validateMeetingTabs,
  validateWorkbook,
} from "../../../src/core/validation/workbook";
import { display } from "../../support/validation-fixtures";

const plausible = fc.constantFrom(
  "Levenspad",
  "Samen leven tot het laatst",
  "Kick-off",
  "Netwerkcoördinator",
  "NWC/projectteam",
  "Dec. 2026",
  "Q3 2026",
  "Continue",
  "Uitvoering",
  "Afgerond",
  "Op schema",
  "op  Schema",
  "Behaald",
  "achter",
  "Kerngroep",
  "s.verhoeven@example.org",
  "S.VERHOEVEN@example.org",
  "Sanne Verhoeven",
  "12-3-2026",
  "9:30",
  "930",
  "ja",
  "A-0001",
  "• eerste\n• tweede",
  "Taal",
  "en",
  "Tijdzone",
  "Kleur Behaald",
  "#abc",
);

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: plausible },
  { weight: 2, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#N/A", " #VALUE! ", "#DIV/0!", "#ERROR!") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => "x ".repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", "   ", "\n") },
);

/** A tab with every column of `def` (shuffled, plus an unknown column) and rows of arbitrary cells. */
function tabOf(def: TabDef) {
  const headers = def.columns.map((c) => c.header);
  return fc
    .record({
      order: fc.shuffledSubarray(headers, { minLength: headers.length, maxLength: headers.length }),
      rows: fc.array(
        fc.record({
          cells: fc.array(cellValue, { minLength: headers.length + 1, maxLength: headers.length + 1 }),
          /** Force text into one required column, so the row surely has content. */
          force: fc.option(fc.nat({ max: 20 }), { nil: null }),
          text: fc.string({ minLength: 1, maxLength: 20 }).map((s) => `k${s}`),
          randomDisplay: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ order, rows }) => {
      const header = [...order, "Onbekend"];
      const required = header.flatMap((h, i) =>
        def.columns.find((c) => c.header === h)?.required ? [i] : [],
      );
      const forced = new Set<number>();
      const values = [
        header,
        ...rows.map((r, i) => {
          const cells = [...r.cells];
          if (r.force !== null && required.length > 0) {
            cells[required[r.force % required.length]!] = r.text;
            forced.add(i + 2);
          }
          return cells;
        }),
      ];
      const displayRows = values.map((row, i) =>
        i > 0 && rows[i - 1]!.randomDisplay ? row.map(() => "?") : row.map(display),
      );
      const raw: RawTab = { name: def.name, values, display: displayRows.slice(0, values.length - 1) };
      return { raw, forced };
    });
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 8 });

const workbookArb = fc.record({
  activities: maybe(tabOf(ACTIVITIES_TAB)),
  projects: maybe(tabOf(PROJECTS_TAB)),
  members: maybe(tabOf(MEMBERS_TAB)),
  meetings: maybe(tabOf(MEETINGS_TAB)),
  settings: maybe(tabOf(SETTINGS_TAB)),
  today: fc.constantFrom("2026-11-22", "2025-01-01"),
  lang: fc.constantFrom("nl" as const, "en" as const),
  timeZone: fc.constantFrom("Europe/Amsterdam", "UTC", "Not/A_Zone"),
});

const TAB_ORDER = ["Activiteiten", "Projecten", "Leden", "Vergaderingen", "Instellingen"];

function checkRecords(
  result: ValidationResult,
  tabName: string,
  recordRows: readonly number[],
  forced: ReadonlySet<number>,
): void {
  const errors = new Set(
    result.problems.filter((p) => p.tab === tabName && p.severity === "error").map((p) => p.row),
  );
  for (const row of recordRows) expect(errors.has(row)).toBe(false);
  const withRecord = new Set(recordRows);
  for (const row of forced) expect(withRecord.has(row) || errors.has(row)).toBe(true);
}

function wellFormed(p: Problem): void {
  expect(TAB_ORDER).toContain(p.tab);
  expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
  expect(Number.isInteger(p.columnIndex) && p.columnIndex >= 0).toBe(true);
  expect(["error", "warning"]).toContain(p.severity);
  expect(typeof p.column).toBe("string");
  expect(typeof p.value).toBe("string");
  expect(p.value.length).toBeLessThanOrEqual(1000);
  expect(typeof p.suggestion).toBe("string");
  expect(p.message.length).toBeGreaterThan(10);
  // No placeholder left unfilled (names as in messages/validation.ts), no stringified non-values.
  expect(p.message).not.toMatch(
    /\{(?:value|column|suggestion|row|tab|error|allowed|parts|project|due|status|phase|chars|length|max|fallback|known|detail|start|end|synonyms)\}|undefined|\[object /,
  );
  // The last-resort catch in validate.ts must never be needed.
  expect(p.message).not.toMatch(/kon niet worden gelezen|could not be read/);
}

describe("validateWorkbook is total", () => {
  test("any cells: no exception; each row with content gives a record or an error, never both", () => {
    fc.assert(
      fc.property(workbookArb, (w) => {
        const result = validateWorkbook(
          {
            activities: w.activities?.raw ?? null,
            projects: w.projects?.raw ?? null,
            members: w.members?.raw ?? null,
            meetings: w.meetings?.raw ?? null,
            settings: w.settings?.raw ?? null,
          },
          { today: w.today, lang: w.lang, timeZone: w.timeZone },
        );
        result.problems.forEach(wellFormed);
        const order = result.problems.map((p) => [TAB_ORDER.indexOf(p.tab), p.row, p.columnIndex]);
        const sorted = [...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
        expect(order).toEqual(sorted);

        const usable = (tab: RawTab | undefined, name: string) =>
          tab !== undefined &&
          !result.problems.some((p) => p.tab === name && p.row <= 1 && p.severity === "error");
        if (usable(w.activities?.raw, "Activiteiten")) {
          checkRecords(
            result,
            "Activiteiten",
            result.activities.map((a) => a.row),
            w.activities!.forced,
          );
        }
        if (usable(w.projects?.raw, "Projecten")) {
          checkRecords(
            result,
            "Projecten",
            result.projects.map((p) => p.row),
            w.projects!.forced,
          );
        }
        if (usable(w.members?.raw, "Leden")) {
          checkRecords(
            result,
            "Leden",
            result.members.map((m) => m.row),
            w.members!.forced,
          );
        }
        if (usable(w.meetings?.raw, "Vergaderingen")) {
          checkRecords(
            result,
            "Vergaderingen",
            result.meetings.map((m) => m.row),
            w.meetings!.forced,
          );
        }
        // Instellingen only warns (beyond a missing column).
        expect(
          result.problems.filter((p) => p.tab === "Instellingen" && p.row > 1 && p.severity === "error"),
        ).toEqual([]);
        expect(result.counts.valid).toBe(result.activities.length);
        expect(Object.values(result.counts.byStatus).reduce((a, b) => a + b, 0)).toBe(
          result.activities.length,
        );
        expect(result.counts.activities).toBeGreaterThanOrEqual(result.activities.length);
        for (const a of result.activities) {
          expect(a.subject).not.toBe("");
          expect(a.owner).not.toBe("");
        }
        for (const m of result.meetings) {
          expect(m.start === null || /^\d\d:\d\d$/.test(m.start)).toBe(true);
          if (m.start !== null) expect(m.end! > m.start).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("validateMeetingTabs", () => {
  test("gives exactly validateWorkbook's Leden, Vergaderingen and Instellingen, whatever the other tabs hold", () => {
    const MEETING_TABS = new Set(["Leden", "Vergaderingen", "Instellingen"]);
    fc.assert(
      fc.property(workbookArb, (w) => {
        const input = {
          activities: w.activities?.raw ?? null,
          projects: w.projects?.raw ?? null,
          members: w.members?.raw ?? null,
          meetings: w.meetings?.raw ?? null,
          settings: w.settings?.raw ?? null,
        };
        const opts = { today: w.today, lang: w.lang, timeZone: w.timeZone };
        const whole = validateWorkbook(input, opts);
        const { activities: _a, projects: _p, ...meetingInput } = input;
        expect(validateMeetingTabs(meetingInput, opts)).toEqual({
          members: whole.members,
          meetings: whole.meetings,
          settings: whole.settings,
          problems: whole.problems.filter((p) => MEETING_TABS.has(p.tab)),
        });
      }),
      { numRuns: 100 },
    );
  });
});
