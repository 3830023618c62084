/** core/documents/layout.ts: the model's blocks as a flow, and a flow as the requests of one batchUpdate. */
import {
  BULLETS,
  type DocsRequest,
  type ExistingSegment,
  flowOf,
  ListKeys,
  NUMBERS,
  rgbOf,
  segmentRequests,
} from "../../../src/core/documents/layout";
import { bullets, heading, para, run, table, textCell } from "../../../src/core/documents/model";
import { buildPlan } from "../../../src/core/documents/plan";
import { buildReport } from "../../../src/core/documents/report";
import { rectangles } from "../../../src/core/rectangles";
import { act, project, settings } from "../../support/grid-helpers";

/** A new document's body: the section break, then one empty paragraph [1, 2). */
const EMPTY_BODY: ExistingSegment = { id: "", base: 1, end: 2, lastIsListItem: false };
const kinds = (rs: readonly DocsRequest[]) => rs.map((r) => Object.keys(r)[0]);

describe("the flow", () => {
  test("headings, paragraphs and list items: text, named style, styled stretches, list membership", () => {
    const flow = flowOf(
      [
        heading("title", "Titel"),
        heading(2, "Kop"),
        para(run("Vet", { bold: true }), " en ", run("link", { link: "https://x.example/" })),
        {
          kind: "list",
          ordered: true,
          items: [
            { runs: [run("een")], level: 0 },
            { runs: [run("twee", { italic: true })], level: 2 },
          ],
        },
      ],
      new ListKeys(),
    );
    expect(flow).toEqual([
      { kind: "para", para: { text: "Titel", style: "TITLE", runs: [] } },
      { kind: "para", para: { text: "Kop", style: "HEADING_2", runs: [] } },
      {
        kind: "para",
        para: {
          text: "Vet en link",
          style: "NORMAL_TEXT",
          runs: [
            { start: 0, end: 3, bold: true },
            { start: 7, end: 11, link: "https://x.example/" },
          ],
        },
      },
      // A list item's nesting is leading tabs (createParagraphBullets turns them into nesting).
      {
        kind: "para",
        para: { text: "een", style: "NORMAL_TEXT", runs: [], list: { key: 1, preset: NUMBERS } },
      },
      {
        kind: "para",
        para: {
          text: "\t\ttwee",
          style: "NORMAL_TEXT",
          runs: [{ start: 2, end: 6, italic: true }],
          list: { key: 1, preset: NUMBERS },
        },
      },
    ]);
  });

  test("a table: every cell's paragraphs and lists, its background, the column widths", () => {
    const [t] = flowOf(
      [table(["A", "B"], [[{ content: [para("x"), bullets(["y", "z"])], bg: "#ff0000" }, textCell("")]])],
      new ListKeys(),
    );
    if (t?.kind !== "table") throw new Error("no table");
    expect(t.rows[1]![0]!.map((p) => [p.text, p.list?.preset ?? null])).toEqual([
      ["x", null],
      ["y", BULLETS],
      ["z", BULLETS],
    ]);
    expect(t.rows[1]![1]).toEqual([{ text: "", style: "NORMAL_TEXT", runs: [] }]);
    expect(t.backgrounds).toEqual([
      ["#d9e2f3", "#d9e2f3"],
      ["#ff0000", null],
    ]);
  });
});

describe("the requests", () => {
  test("structure appended at the end, then the looks against the final indexes, lists last", () => {
    const flow = flowOf(
      [
        para(run("Kop", { bold: true })),
        {
          kind: "table",
          header: [{ content: [para("x"), bullets(["y"])], bg: "#6fa8dc" }, textCell("")],
          rows: [],
        },
        bullets(["a"]),
      ],
      new ListKeys(),
    );
    const requests = segmentRequests(flow, EMPTY_BODY);
    // "Kop" fills the empty paragraph [1,5); the table starts at 5: table 5, row 6, cell 7 with "x\ny\n"
    // 8..12, cell 12 with "\n" 13..14, table end 14; the paragraph after it 15..16, then "a\n" 16..18.
    expect(requests.slice(0, 4)).toEqual([
      { insertText: { endOfSegmentLocation: {}, text: "Kop" } },
      { insertTable: { endOfSegmentLocation: {}, rows: 1, columns: 2 } },
      { insertText: { location: { index: 8 }, text: "x\ny" } },
      { insertText: { endOfSegmentLocation: {}, text: "\na" } },
    ]);
    expect(kinds(requests.slice(4))).toEqual([
      "updateParagraphStyle", // the whole segment back to normal text
      "updateTextStyle", // and plain text
      "updateTextStyle", // "Kop" bold
      "updateTableCellStyle",
      "createParagraphBullets", // "a" (the end first)
      "createParagraphBullets", // "y" in the cell
    ]);
    expect(requests[6]).toEqual({
      updateTextStyle: { range: { startIndex: 1, endIndex: 4 }, textStyle: { bold: true }, fields: "bold" },
    });
    expect(requests[7]).toMatchObject({
      updateTableCellStyle: {
        tableCellStyle: { backgroundColor: { color: { rgbColor: rgbOf("#6fa8dc")! } } },
        tableRange: { tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 0, columnIndex: 0 } },
      },
    });
    expect(requests.slice(8)).toEqual([
      { createParagraphBullets: { range: { startIndex: 16, endIndex: 18 }, bulletPreset: BULLETS } },
      { createParagraphBullets: { range: { startIndex: 10, endIndex: 12 }, bulletPreset: BULLETS } },
    ]);
  });

  test("a document with content: the old content goes first (all but the last newline), its bullet too", () => {
    const flow = flowOf([para("Nieuw")], new ListKeys());
    const requests = segmentRequests(flow, { id: "", base: 1, end: 40, lastIsListItem: true });
    expect(requests.slice(0, 3)).toEqual([
      { deleteContentRange: { range: { startIndex: 1, endIndex: 39 } } },
      { deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } },
      { insertText: { endOfSegmentLocation: {}, text: "Nieuw" } },
    ]);
  });

  test("a header: every range names it; page breaks are left out (they live in the body only)", () => {
    const flow = flowOf([para("Kop"), { kind: "pageBreak" }, para("Voet")], new ListKeys());
    const requests = segmentRequests(flow, { id: "kix.h", base: 0, end: 1, lastIsListItem: false });
    expect(requests[0]).toEqual({
      insertText: { endOfSegmentLocation: { segmentId: "kix.h" }, text: "Kop\nVoet" },
    });
    expect(kinds(requests)).not.toContain("insertPageBreak");
    for (const r of requests.slice(1)) expect(JSON.stringify(r)).toContain('"segmentId":"kix.h"');
  });

  test("cell colours: one request per rectangle of one colour", () => {
    expect(
      rectangles([
        ["#a", "#a", null],
        ["#a", "#a", "#b"],
        [null, "#b", "#b"],
      ]),
    ).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2, color: "#a" },
      { row: 1, col: 2, rows: 2, cols: 1, color: "#b" },
      { row: 2, col: 1, rows: 1, cols: 1, color: "#b" },
    ]);
  });

  test("colours as the API wants them", () => {
    expect(rgbOf("#ff8000")).toEqual({ red: 1, green: 0.502, blue: 0 });
    expect(rgbOf("rood")).toBeNull();
  });
});

describe("the bound: requests that are not content do not grow with the number of activities", () => {
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
  ])("%s: the same structure for 12 and 1,200 activities but for one text per cell", (_name, build) => {
    const count = (n: number) => {
      const rs = segmentRequests(
        flowOf(
          build(n).parts.flatMap((p) => p.blocks),
          new ListKeys(),
        ),
        EMPTY_BODY,
      );
      const of = (k: string) => rs.filter((r) => Object.keys(r)[0] === k).length;
      return {
        tables: of("insertTable"),
        pageBreaks: of("insertPageBreak"),
        widths: of("updateTableColumnProperties"),
      };
    };
    expect(count(1200)).toEqual(count(12));
  });
});
