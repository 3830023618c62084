/** core/validation/grids.ts: the generated Validatie and Status tabs as grids. */
import { translator } from "../../../src/core/i18n";
import { statusGrid, validationGrid } from "../../../src/core/validation/grids";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import { OPTS, workbook } from "../../support/validation-fixtures";

const result = validateWorkbook(workbook(), OPTS);
const nl = translator("nl");

test("the fixture has problems and activities to show", () => {
  expect(result.problems.length).toBeGreaterThan(2);
  expect(result.activities.length).toBeGreaterThan(2);
});

test("every row below the header sits at the top of its row (a wrapped message makes rows tall)", () => {
  const grids = [
    validationGrid(result.problems, new Map([["Activiteiten", 3]]), nl),
    statusGrid(result.activities, result.settings, "Europe/Amsterdam"),
  ];
  for (const grid of grids) {
    const [header, ...body] = grid.rows;
    expect(header!.every((c) => c.bold === true)).toBe(true);
    expect(body.length).toBeGreaterThan(2);
    for (const row of body) expect(row.map((c) => c.valign)).toEqual(row.map(() => "top"));
  }
});
