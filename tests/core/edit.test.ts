/** core/edit.ts: which rows of Activiteiten an edit stamps with `Laatst bijgewerkt`. */
import { editMayNeedStamp, planStamp, stampWrite } from "../../src/core/edit";

const HEADER = [
  "ID",
  "Project",
  "Onderwerp",
  "Trekker",
  "Deadline",
  "Fase",
  "Status",
  "Notitie",
  "Laatst bijgewerkt",
];
const edit = (row: number, numRows = 1, col = 3, numCols = 1, tab = "Activiteiten") => ({
  tab,
  row,
  col,
  numRows,
  numCols,
});
const row = (subject: string, extra: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = ["", "", subject, "", "", "", "", "", ""];
  for (const [i, v] of Object.entries(extra)) r[Number(i)] = v;
  return r;
};

describe("editMayNeedStamp", () => {
  test("only Activiteiten (any case or accents), only below the header", () => {
    expect(editMayNeedStamp(edit(2))).toBe(true);
    expect(editMayNeedStamp(edit(2, 1, 1, 1, " activiteiten "))).toBe(true);
    expect(editMayNeedStamp(edit(1))).toBe(false);
    expect(editMayNeedStamp(edit(1, 3))).toBe(true);
    expect(editMayNeedStamp(edit(2, 1, 1, 1, "Projecten"))).toBe(false);
  });
});

describe("planStamp", () => {
  test("the edited rows with content, in the Laatst bijgewerkt column (1-based)", () => {
    const plan = planStamp(edit(2, 3), HEADER, 2, [row("Folder"), row(""), row("Scholing")]);
    expect(plan).toEqual({ col: 9, rows: [2, 4] });
  });

  test("a row whose only content is in an add-on column (ID, the stamp) or an unknown column is no row", () => {
    const plan = planStamp(edit(2, 3), HEADER, 2, [
      row("", { 0: "A-0001" }),
      row("", { 7: "een notitie in een eigen kolom" }),
      row("", { 8: new Date(0) }),
    ]);
    expect(plan).toBeNull();
  });

  test("a whitespace-only cell is not content (the same rule validation uses)", () => {
    expect(planStamp(edit(2), HEADER, 2, [row(" \u200B ")])).toBeNull();
  });

  test("editing only the stamp column itself stamps nothing", () => {
    expect(planStamp(edit(2, 1, 9, 1), HEADER, 2, [row("Folder")])).toBeNull();
    // …but an edit that spans it and other columns does.
    expect(planStamp(edit(2, 1, 8, 2), HEADER, 2, [row("Folder")])).toEqual({ col: 9, rows: [2] });
  });

  test("no Laatst bijgewerkt column: nothing to stamp; the column is found by header when moved", () => {
    expect(planStamp(edit(2), HEADER.slice(0, 8), 2, [row("Folder")])).toBeNull();
    const moved = ["Bijgewerkt", ...HEADER.slice(0, 8)];
    expect(planStamp(edit(2), moved, 2, [["", ...row("Folder").slice(0, 8)]])).toEqual({ col: 1, rows: [2] });
  });

  test("a paste over the header row stamps only the rows below it", () => {
    expect(planStamp(edit(1, 3), HEADER, 2, [row("Folder"), row("Scholing")])).toEqual({
      col: 9,
      rows: [2, 3],
    });
  });
});

describe("stampWrite: one write for the whole edit", () => {
  const now = new Date(Date.UTC(2026, 10, 30, 9));
  test("the block from the first to the last stamped row; rows between keep what they hold", () => {
    const earlier = new Date(Date.UTC(2026, 0, 1));
    const rows = [row("Folder"), row("", { 8: earlier }), row("Scholing")];
    const plan = planStamp(edit(2, 3), HEADER, 2, rows)!;
    expect(plan.rows).toEqual([2, 4]);
    expect(stampWrite(plan, 2, rows, now)).toEqual({ row: 2, col: 9, values: [[now], [earlier], [now]] });
  });
});
