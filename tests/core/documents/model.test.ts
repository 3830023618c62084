/** core/documents/model.ts: text from the sheet becomes runs and paragraphs, never markup or line breaks. */
import {
  cleanText,
  lines,
  MARGIN_PT,
  PAGE,
  para,
  paragraphs,
  run,
  sectionTitles,
  TABLE_HEADER_BG,
  TEXT_WIDTH_PT,
  table,
  textCell,
  widthsInPoints,
} from "../../../src/core/documents/model";

test("lines: every kind of line break splits; empty lines go; tabs and control characters become spaces", () => {
  expect(lines("een\r\ntwee\rdrie\u000bvier\u2028vijf\n\n  zes\t7 ")).toEqual([
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes 7",
  ]);
  expect(cleanText("a\tb\u0007c")).toBe("a b c");
  expect(lines("")).toEqual([]);
});

test("runs keep the text as typed (formulas, markup), only control characters go", () => {
  expect(para("=SUM(A1)", run("<b>x</b>", { bold: true })).runs).toEqual([
    { text: "=SUM(A1)" },
    { text: "<b>x</b>", bold: true },
  ]);
  expect(run("a\tb").text).toBe("a b");
  expect(paragraphs("a\nb", { italic: true }).map((p) => p.runs)).toEqual([
    [{ text: "a", italic: true }],
    [{ text: "b", italic: true }],
  ]);
});

test("a cell is never empty; a table's header is bold on the header colour", () => {
  expect(textCell("")).toEqual({ content: [{ kind: "paragraph", runs: [] }] });
  expect(textCell("x", { bg: "#ff0000", bold: true })).toEqual({
    content: [{ kind: "paragraph", runs: [{ text: "x", bold: true }] }],
    bg: "#ff0000",
  });
  const t = table(["A"], []);
  expect(t.header).toEqual([
    { content: [{ kind: "paragraph", runs: [{ text: "A", bold: true }] }], bg: TABLE_HEADER_BG },
  ]);
});

test("the sections of a document are its level-1 headings", () => {
  expect(
    sectionTitles({
      kind: "report",
      title: "t",
      values: {},
      figures: [],
      parts: [
        { key: "title", blocks: [{ kind: "heading", level: "title", runs: [run("T")] }] },
        {
          key: "summary",
          blocks: [
            { kind: "heading", level: 1, runs: [run("Een")] },
            { kind: "heading", level: 2, runs: [run("x")] },
          ],
        },
        { key: "projects", blocks: [{ kind: "heading", level: 1, runs: [run("Twee")] }] },
      ],
    }),
  ).toEqual(["Een", "Twee"]);
});

test("relative column widths become points that fill the text width of an A4 landscape page, never more", () => {
  // A4 landscape is 841.9 pt wide; Google Docs' margins are 72 pt each side: 697.9 pt, in whole points 697.
  expect([PAGE.landscape, PAGE.heightPt, MARGIN_PT, TEXT_WIDTH_PT]).toEqual([true, 841.9, 72, 697]);
  const b = table(["Onderwerp", "Doel", "Status"], [], [2, 5, 1]);
  // 2/8, 5/8 and 1/8 of 697 pt (174.25, 435.6, 87.1), rounded down so that together they fit.
  expect(widthsInPoints(b)).toEqual([174, 435, 87]);
  const sum = widthsInPoints(b)!.reduce((a, w) => a + w, 0);
  expect(sum).toBeLessThanOrEqual(TEXT_WIDTH_PT);
  expect(sum).toBeGreaterThan(TEXT_WIDTH_PT - 3);
  // Without widths, or with a wrong number of them, the columns share the width evenly.
  expect(widthsInPoints(table(["a", "b"], []))).toBeNull();
  expect(widthsInPoints(table(["a", "b"], [], [1, 2, 3]))).toBeNull();
});
