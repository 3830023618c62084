/** core/grid.ts: the arrays the grid writer sends, and its column-width calls. */
import {
  asText,
  cell,
  columnWidthGroups,
  type Grid,
  gridLayers,
  numberFormatOf,
  writtenValue,
} from "../../src/core/grid";

const grid = (rows: Grid["rows"]): Grid => ({
  rows,
  merges: [],
  colWidths: rows[0]?.map(() => 100) ?? [],
  frozenRows: 0,
  hiddenGridlines: false,
  filter: null,
  charts: [],
});

describe("values", () => {
  test("text is written as text: a leading apostrophe, also for text that looks like a formula or number", () => {
    for (const text of ["=SUM(A1)", "+31 6 1234", "-5", "@naam", "12", "2026-01-01", "Folder"])
      expect(writtenValue(cell(text))).toBe(`'${text}`);
    expect(asText("")).toBe("");
  });

  test("the add-on's own formula wins; numbers, booleans and dates stay as they are; null is empty", () => {
    const day = new Date(Date.UTC(2026, 0, 1));
    expect(writtenValue({ v: "label", formula: '=HYPERLINK("#gid=1","x")' })).toBe(
      '=HYPERLINK("#gid=1","x")',
    );
    expect([
      writtenValue(cell(3)),
      writtenValue(cell(true)),
      writtenValue(cell(day)),
      writtenValue(cell(null)),
    ]).toEqual([3, true, day, ""]);
  });
});

describe("number formats", () => {
  test("text and empty cells are plain text, dates dd-mm-yyyy, whole numbers 0, fractions up to two decimals", () => {
    expect(numberFormatOf(cell("x"))).toBe("@");
    expect(numberFormatOf(cell(null))).toBe("@");
    expect(numberFormatOf(cell(new Date(0)))).toBe("dd-mm-yyyy");
    expect(numberFormatOf(cell(12))).toBe("0");
    expect(numberFormatOf(cell(0.25))).toBe("0.##");
    expect(numberFormatOf(cell(1.5, { numberFormat: "0%" }))).toBe("0%");
    expect(numberFormatOf({ v: null, formula: "=HYPERLINK(1)" })).toBe("0");
  });
});

describe("gridLayers", () => {
  test("one array per attribute, each the grid's shape, with the defaults a plain cell gets", () => {
    const g = grid([
      [cell("Status", { bold: true, bg: "#d9e2f3", wrap: true }), cell(2.5, { align: "right" })],
      [cell("Behaald", { italic: true, color: "#ff0000", size: 12, valign: "middle" }), cell(null)],
    ]);
    const l = gridLayers(g);
    expect(l.values).toEqual([
      ["'Status", 2.5],
      ["'Behaald", ""],
    ]);
    expect(l.backgrounds).toEqual([
      ["#d9e2f3", null],
      [null, null],
    ]);
    expect(l.fontWeights).toEqual([
      ["bold", "normal"],
      ["normal", "normal"],
    ]);
    expect(l.fontStyles).toEqual([
      ["normal", "normal"],
      ["italic", "normal"],
    ]);
    expect(l.fontColors).toEqual([
      ["#000000", "#000000"],
      ["#ff0000", "#000000"],
    ]);
    expect(l.fontSizes).toEqual([
      [10, 10],
      [12, 10],
    ]);
    expect(l.wraps).toEqual([
      [true, false],
      [false, false],
    ]);
    expect(l.horizontalAlignments).toEqual([
      ["left", "right"],
      ["left", "left"],
    ]);
    expect(l.verticalAlignments).toEqual([
      ["top", "top"],
      ["middle", "top"],
    ]);
    expect(l.numberFormats).toEqual([
      ["@", "0.##"],
      ["@", "@"],
    ]);
    expect(l.notes).toBeNull();
  });

  test("notes are sent only when a cell has one", () => {
    const l = gridLayers(grid([[cell("a", { note: "uitleg" }), cell("b")]]));
    expect(l.notes).toEqual([["uitleg", ""]]);
  });
});

test("columnWidthGroups: one call per run of equal widths, 1-based", () => {
  expect(columnWidthGroups([120, 120, 55, 275, 275, 275])).toEqual([
    { col: 1, count: 2, width: 120 },
    { col: 3, count: 1, width: 55 },
    { col: 4, count: 3, width: 275 },
  ]);
  expect(columnWidthGroups([])).toEqual([]);
});
