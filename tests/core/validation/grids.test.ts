/** core/validation/grids.ts: the generated Validatie and Status tabs as grids. */
import { translator } from "../../../src/core/i18n";
import { statusGrid, validationGrid } from "../../../src/core/validation/grids";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import { ACTIVITY_HEADERS, activity, OPTS, tab, workbook } from "../../support/validation-fixtures";

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

test("the fixture has problems and activities to show", () => {
  expect(result.problems.length).toBeGreaterThanOrEqual(2);
  expect(result.activities.length).toBeGreaterThan(2);
});

test("Validatie and Status: every row below the header sits at the top of its row (a wrapped text makes rows tall)", () => {
  const grid = validationGrid(result.problems, new Map([["Activiteiten", 3]]), nl);
  const [header, ...body] = grid.rows;
  expect(header!.every((c) => c.bold === true)).toBe(true);
  expect(body.length).toBeGreaterThanOrEqual(2);
  for (const row of body) expect(row.map((c) => c.valign)).toEqual(row.map(() => "top"));
  // In Status too: an ID or a status left at the bottom would line up with the next activity's wrapped text.
  const status = statusGrid(result.activities, result.settings, "Europe/Amsterdam");
  expect(status.rows.length).toBeGreaterThan(2);
  for (const row of status.rows.slice(1)) expect(row.map((c) => c.valign)).toEqual(row.map(() => "top"));
});
