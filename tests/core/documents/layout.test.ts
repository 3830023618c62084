/** core/documents/layout.ts: the DocumentApp operations and the one batchUpdate, and the bound on calls. */
import {
  type ApiDocument,
  BULLETS,
  batchRequests,
  callsOf,
  childrenOf,
  NUMBERS,
  rgbOf,
  type WriteOp,
  writeOps,
} from "../../../src/core/documents/layout";
import { bullets, heading, para, run, table, textCell } from "../../../src/core/documents/model";
import { buildPlan } from "../../../src/core/documents/plan";
import { buildReport } from "../../../src/core/documents/report";
import { act, project, settings } from "../../support/grid-helpers";

describe("step 1: DocumentApp operations", () => {
  test("headings and paragraphs: their text, heading and the styled stretches", () => {
    const ops = writeOps([
      heading("title", "Titel"),
      heading(2, "Kop"),
      para(run("Vet", { bold: true }), " en ", run("link", { link: "https://x.example/" })),
    ]);
    expect(ops).toEqual([
      { op: "paragraph", text: "Titel", heading: "TITLE", styles: [] },
      { op: "paragraph", text: "Kop", heading: "HEADING2", styles: [] },
      {
        op: "paragraph",
        text: "Vet en link",
        heading: "NORMAL",
        styles: [
          { start: 0, end: 3, bold: true },
          { start: 7, end: 11, link: "https://x.example/" },
        ],
      },
    ]);
  });

  test("a list item is a paragraph whose nesting is leading tabs (styles move with them)", () => {
    const [op] = writeOps([
      {
        kind: "list",
        ordered: true,
        items: [
          { runs: [run("een")], level: 0 },
          { runs: [run("twee", { italic: true })], level: 2 },
        ],
      },
    ]);
    expect(op).toEqual({
      op: "list",
      ordered: true,
      items: [
        { text: "een", styles: [] },
        { text: "\t\ttwee", styles: [{ start: 2, end: 6, italic: true }] },
      ],
    });
  });

  test("a table: one appendTable of each cell's first line; the rest of the cell is for step 2", () => {
    const [op] = writeOps([
      table(["A", "B"], [[{ content: [para("x"), bullets(["y", "z"])], bg: "#ff0000" }, textCell("")]]),
    ]);
    if (op?.op !== "table") throw new Error("no table");
    expect(op.cells).toEqual([
      ["A", "B"],
      ["x", ""],
    ]);
    expect(op.table[1]![0]).toEqual({
      paragraphs: [
        { text: "x", styles: [] },
        { text: "y", styles: [] },
        { text: "z", styles: [] },
      ],
      lists: [{ first: 1, last: 2, ordered: false }],
      bg: "#ff0000",
    });
  });

  test("children and calls per operation: a table is two children (Docs adds a paragraph after it) and one call", () => {
    const ops = writeOps([
      heading(1, "K"),
      para("p"),
      bullets(["a", "b", "c"]),
      { kind: "pageBreak" },
      table(["h"], []),
    ]);
    expect(ops.map(childrenOf)).toEqual([1, 1, 3, 1, 2]);
    expect(ops.map(callsOf)).toEqual([2, 1, 3, 1, 1]);
  });
});

describe("step 2: the requests", () => {
  // A document as Documents.get answers after step 1: [0,1) section break; "Kop\n" 1..5; a 1x2 table at 5.
  //   table 5; row 6; cell 7, its paragraph "x\n" 8..10; cell 10, its paragraph "\n" 11..12; table end 12..13.
  //   then the paragraph Docs adds after a table 13..14; then two list paragraphs "a\n" 14..16, "\tb\n" 16..19.
  const doc: ApiDocument = {
    body: {
      content: [
        { endIndex: 1, sectionBreak: {} },
        { startIndex: 1, endIndex: 5, paragraph: {} },
        {
          startIndex: 5,
          endIndex: 13,
          table: {
            tableRows: [
              {
                tableCells: [
                  { content: [{ startIndex: 8, endIndex: 10, paragraph: {} }] },
                  { content: [{ startIndex: 11, endIndex: 12, paragraph: {} }] },
                ],
              },
            ],
          },
        },
        { startIndex: 13, endIndex: 14, paragraph: {} },
        { startIndex: 14, endIndex: 16, paragraph: {} },
        { startIndex: 16, endIndex: 19, paragraph: {} },
      ],
    },
  };
  const ops: WriteOp[] = writeOps([
    para(run("Kop", { bold: true })),
    {
      kind: "table",
      header: [{ content: [para("x"), bullets(["y"])], bg: "#6fa8dc" }, textCell("")],
      rows: [],
    },
    {
      kind: "list",
      ordered: true,
      items: [
        { runs: [run("a")], level: 0 },
        { runs: [run("b")], level: 1 },
      ],
    },
  ]);
  const requests = batchRequests(doc, [
    { child: 0, op: ops[0]! },
    { child: 1, op: ops[1]! },
    { child: 3, op: ops[2]! },
  ]);

  test("from the end of the document to its start, so that no insertion moves an index used later", () => {
    expect(requests).toEqual([
      // The list (children 3 and 4): numbers over both paragraphs, tabs give the nesting.
      { createParagraphBullets: { range: { startIndex: 14, endIndex: 19 }, bulletPreset: NUMBERS } },
      // The table, last cell first: cell (0,0) gets its second line after "x", then bullets on it.
      { insertText: { location: { index: 9 }, text: "\ny" } },
      { createParagraphBullets: { range: { startIndex: 10, endIndex: 12 }, bulletPreset: BULLETS } },
      {
        updateTableCellStyle: {
          tableCellStyle: { backgroundColor: { color: { rgbColor: rgbOf("#6fa8dc")! } } },
          fields: "backgroundColor",
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 0, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 1,
          },
        },
      },
      // The first paragraph, bold.
      {
        updateTextStyle: { range: { startIndex: 1, endIndex: 4 }, textStyle: { bold: true }, fields: "bold" },
      },
    ]);
  });

  test("colours as the API wants them", () => {
    expect(rgbOf("#ff8000")).toEqual({ red: 1, green: 0.502, blue: 0 });
    expect(rgbOf("rood")).toBeNull();
  });

  test("a document that is not as written is refused, not half-styled", () => {
    expect(() =>
      batchRequests({ body: { content: [{ endIndex: 1, sectionBreak: {} }] } }, [{ child: 0, op: ops[0]! }]),
    ).toThrow(/not a paragraph/);
  });
});

describe("the bound: DocumentApp calls do not grow with the number of activities", () => {
  const calls = (ops: WriteOp[]) => ops.reduce((n, op) => n + callsOf(op), 0);
  const THEMES = ["Een", "Twee", "Drie"];
  const activities = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      act({
        row: i + 2,
        project: i % 2 === 0 ? "Alpha" : "Beta",
        theme: THEMES[i % THEMES.length],
        subject: `Activiteit ${i}`,
        deadline: ["Continue", "Dec. 2026", "Feb. 2026", "Apr. 2026"][i % 4],
        status: (["Op schema", "Behaald", "Achter op schema", "Doorlopend"] as const)[i % 4],
      }),
    );
  const projects = [project({ name: "Alpha", theme: "Een" }), project({ name: "Beta", row: 3 })];

  test.each([
    [
      "report",
      (n: number) =>
        buildReport({
          projects,
          activities: activities(n),
          meetings: [],
          settings: settings(),
          today: "2026-03-15",
          lang: "nl",
        }),
    ],
    [
      "plan",
      (n: number) =>
        buildPlan({
          projects,
          activities: activities(n),
          settings: settings(),
          today: "2026-03-15",
          lang: "nl",
        }),
    ],
  ])("%s: the same calls for 12 and 1,200 activities", (_name, build) => {
    const small = writeOps(build(12).parts.flatMap((p) => p.blocks));
    const large = writeOps(build(1200).parts.flatMap((p) => p.blocks));
    expect(calls(large)).toBe(calls(small));
    expect(large.filter((o) => o.op === "table").length).toBe(small.filter((o) => o.op === "table").length);
  });
});
