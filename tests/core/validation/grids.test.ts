/** core/validation/grids.ts: the generated Validatie and Status tabs as grids. */
import { translator } from "../../../src/core/i18n";
import { STATUS_TAB, VALIDATION_TAB } from "../../../src/core/tabs";
import { statusGrid, validationGrid } from "../../../src/core/validation/grids";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  ENGLISH_HEADERS,
  OPTS,
  tab,
  workbook,
} from "../../support/validation-fixtures";

// Three usable activities and two that are not (a deadline and a status no one can read).
const result = validateWorkbook(
  workbook({
    activities: tab("Activiteiten", ACTIVITY_HEADERS, [
      activity(),
      activity({ Onderwerp: "Tweede" }),
      activity({ Onderwerp: "Derde" }),
      activity({ Onderwerp: "Vierde", Deadline: "eind 2026" }),
      activity({ Onderwerp: "Vijfde", Status: "misschien" }),
    ]),
  }),
  OPTS,
);
const nl = translator("nl");
const en = translator("en");
const texts = (row: readonly { v: unknown }[] | undefined) => (row ?? []).map((c) => c.v);

test("the fixture has problems and activities to show", () => {
  expect(result.problems.length).toBeGreaterThanOrEqual(2);
  expect(result.activities.length).toBeGreaterThan(2);
});

test("Validatie and Status: a row's cells all sit at the same height of it (a wrapped text makes rows tall)", () => {
  const grid = validationGrid(result.problems, new Map([["Activiteiten", 3]]), nl);
  const [header, ...body] = grid.rows;
  expect(header!.every((c) => c.bold === true)).toBe(true);
  expect(body.length).toBeGreaterThanOrEqual(2);
  for (const row of body) expect(row.map((c) => c.valign)).toEqual(row.map(() => "top"));
  // Status: every cell of a row at the bottom, Sheets' default: the wrapped ones say so (the writer would put
  // wrapped text at the top, beside an ID at the bottom that then lines up with the next row's text), the
  // others carry no format at all (thousands of rows).
  const status = statusGrid(result.activities, result.settings, "Europe/Amsterdam", nl);
  expect(status.rows.length).toBeGreaterThan(2);
  for (const row of status.rows.slice(1)) {
    expect(row.map((c) => (c.wrap ? c.valign : (c.valign ?? "default")))).toEqual(
      row.map((c) => (c.wrap ? "bottom" : "default")),
    );
    expect(row.some((c) => c.wrap)).toBe(true);
  }
});

test("in Dutch the headers are those of core/tabs.ts, and Status shows each fase and status as the drop-down lists them", () => {
  const validatie = validationGrid(result.problems, new Map(), nl);
  expect(texts(validatie.rows[0])).toEqual(VALIDATION_TAB.columns.map((c) => c.header));
  const status = statusGrid(result.activities, result.settings, "Europe/Amsterdam", nl);
  expect(texts(status.rows[0])).toEqual(STATUS_TAB.columns.map((c) => c.header));
  // The fixture's activity: fase Uitvoering, status Op schema (validation-fixtures.ts activity()).
  expect(texts(status.rows[1]).slice(-2)).toEqual(["Uitvoering", "Op schema"]);
});

test("in English the headers are English, and Status shows each fase and status by its English word", () => {
  const validatie = validationGrid(result.problems, new Map(), en);
  expect(texts(validatie.rows[0])).toEqual(ENGLISH_HEADERS.Validatie);
  // The cells below stay what they are: the tab, row and column as the workbook names them.
  expect(texts(validatie.rows[1]).slice(0, 3)).toEqual([
    result.problems[0]!.tab,
    result.problems[0]!.row,
    result.problems[0]!.column,
  ]);
  expect(validatie.rows[1]![4]!.v).toBe({ error: "Error", warning: "Warning" }[result.problems[0]!.severity]);
  const status = statusGrid(result.activities, result.settings, "Europe/Amsterdam", en);
  expect(texts(status.rows[0])).toEqual(ENGLISH_HEADERS.Status);
  // Uitvoering and Op schema, as the English dashboards say them; the status keeps its colour.
  expect(texts(status.rows[1]).slice(-2)).toEqual(["Implementation", "On track"]);
  expect(status.rows[1]![9]!.bg).toBe(result.settings.colours["Op schema"]);
});
