/**
 * The advanced Docs service (Docs API v1): that Documents.get and Documents.batchUpdate answer as the
 * reference says, on the same plain document model DocumentApp edits. Each test names the page it follows.
 */

import { Account } from "../../local/emulator/account";
import { GoogleJsonResponseException } from "../../local/emulator/calendar/errors";
import { charactersOf, createDocs } from "../../local/emulator/docs-api";
import { createDocumentApp } from "../../local/emulator/document";
import type { ListItemData, ParagraphData, TableData } from "../../local/emulator/document/model";
import { type ApiDocument, templateInput } from "../../src/core/documents/copy";
import { bullets, type DocModel, heading, para, run, table, textCell } from "../../src/core/documents/model";
import { planTemplate } from "../../src/core/documents/placeholders";
import {
  documentCharacters,
  documentFlow,
  documentRequests,
  sectionsToCreate,
  type TemplateSource,
} from "../../src/core/documents/write";
import { errorOf } from "./helpers";
import { testContext } from "./services-helpers";

const SCOPE = "https://www.googleapis.com/auth/";

function services(scopes?: string[], account?: Account) {
  const ctx = testContext({ withDocument: true, ...(account ? { account } : {}) });
  if (scopes) ctx.scopes = scopes;
  return { ctx, docs: createDocs(ctx), app: createDocumentApp(ctx) };
}

// biome-ignore lint/suspicious/noExplicitAny: the API answer is JSON, read loosely in the assertions
type Json = Record<string, any>;

describe("Documents.get", () => {
  // https://developers.google.com/workspace/docs/api/concepts/structure#indexes
  // https://developers.google.com/workspace/docs/api/how-tos/tables (the 2x2 table's index offsets)
  test("indexes: a section break [0,1), paragraphs with their newline, a table S..S+12 for 2x2 empty cells", () => {
    const { ctx, docs, app } = services();
    const doc = app.create("D");
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText("Kop");
    body.appendTable([
      ["", ""],
      ["", ""],
    ]);
    body.appendPageBreak();
    const id = doc.getId();
    ctx.rt.resetCalls();
    const got = docs.Documents!.get(id) as Json;
    const content = got.body.content as Json[];
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    expect([content[1]!.startIndex, content[1]!.endIndex]).toEqual([1, 5]); // "Kop\n"
    const t = content[2]!;
    const S = 5;
    expect([t.startIndex, t.endIndex]).toEqual([S, S + 12]);
    const rows = t.table.tableRows as Json[];
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [S + 1, S + 6],
      [S + 6, S + 11],
    ]);
    expect(
      rows[0]!.tableCells.map((c: Json) => [
        c.startIndex,
        c.endIndex,
        c.content[0].startIndex,
        c.content[0].endIndex,
      ]),
    ).toEqual([
      [S + 2, S + 4, S + 3, S + 4],
      [S + 4, S + 6, S + 5, S + 6],
    ]);
    // The paragraph after the table, then the page break in a paragraph of its own (break + newline).
    expect([content[3]!.startIndex, content[3]!.endIndex]).toEqual([S + 12, S + 13]);
    expect(
      content[4]!.paragraph.elements.map((e: Json) => Object.keys(e).filter((k) => !k.endsWith("Index"))[0]),
    ).toEqual(["pageBreak", "textRun"]);
    expect(ctx.rt.calls).toEqual({ "Docs.Documents.get": 1 });
    expect(got.title).toBe("D");
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/get#authorization-scopes
  test("scopes: documents reaches every document; without a Docs or Drive scope, 403", () => {
    const account = new Account();
    const maker = services(undefined, account);
    const id = maker.app.create("D").getId();
    const withDocs = services([`${SCOPE}documents`], account);
    expect((withDocs.docs.Documents!.get(id) as Json).documentId).toBe(id);
    const none = services([`${SCOPE}spreadsheets.currentonly`], account);
    const e = errorOf(() => none.docs.Documents!.get(id));
    expect(e).toBeInstanceOf(GoogleJsonResponseException);
    expect(e.message).toBe(
      "API call to docs.documents.get failed with error: Request had insufficient authentication scopes.",
    );
    expect(errorOf(() => withDocs.docs.Documents!.get("1nope")).message).toBe(
      "API call to docs.documents.get failed with error: Requested entity was not found.",
    );
  });
});

describe("Documents.batchUpdate", () => {
  function docWith(build: (body: GoogleAppsScript.Document.Body) => void) {
    const s = services();
    const doc = s.app.create("D");
    build(doc.getBody());
    return { ...s, id: doc.getId(), data: () => s.ctx.account.data.documents[doc.getId()]! };
  }

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest
  test("insertText: a newline starts a new paragraph with the paragraph's style; the text takes the style before it", () => {
    const { docs, id, data } = docWith((b) => {
      b.getChild(0).asParagraph().setText("Kop");
      b.getChild(0).asParagraph().setHeading(DocumentAppHeading("HEADING2"));
      b.getChild(0).asParagraph().editAsText().setBold(0, 2, true);
    });
    docs.Documents!.batchUpdate(
      { requests: [{ insertText: { location: { index: 4 }, text: "!\nNieuw" } }] },
      id,
    );
    const blocks = data().body.blocks as ParagraphData[];
    expect(blocks.map((p) => [p.heading, p.runs.map((r) => [r.text, r.style.bold ?? false])])).toEqual([
      ["HEADING2", [["Kop!", true]]],
      ["HEADING2", [["Nieuw", true]]],
    ]);
  });

  // https://support.google.com/drive/answer/37603: "Documents: Up to 1.02 million characters". Google's answer to
  // a batch that passes it has not been seen: the emulator refuses it as not emulated, never applies it.
  test("a batch that would make the document hold over 1,020,000 characters is refused, nothing changed", () => {
    const { docs, id, data } = docWith((b) => b.getChild(0).asParagraph().setText("Oud"));
    const insert = (n: number) => ({ insertText: { location: { index: 1 }, text: "x".repeat(n) } });
    expect(() => docs.Documents!.batchUpdate({ requests: [insert(1_020_000)] }, id)).toThrow(
      /^Not emulated: a batchUpdate that makes a document of 1020004 characters/,
    );
    expect((data().body.blocks[0] as ParagraphData).runs.map((r) => r.text).join("")).toBe("Oud");
    docs.Documents!.batchUpdate({ requests: [insert(1_019_996)] }, id);
    expect(charactersOf(data().body.blocks)).toBe(1_020_000);
  });

  // Assumption: the 10,485,760-byte body limit users report for the Sheets API (tests/emulator/sheets-api.test.ts)
  // is the APIs' common infrastructure's (https://github.com/googleworkspace/dotnet-samples/issues/23), so it
  // holds for the Docs API too.
  test("a body over 10,485,760 bytes fails whole with 400 and changes nothing", () => {
    const { docs, id, data } = docWith((b) => b.getChild(0).asParagraph().setText("Oud"));
    const text = "x".repeat(10_485_760);
    const err = errorOf(() =>
      docs.Documents!.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text } }] }, id),
    );
    expect(err.message).toBe(
      "API call to docs.documents.batchUpdate failed with error: Request payload size exceeds the limit: 10485760 bytes.",
    );
    expect((data().body.blocks[0] as ParagraphData).runs.map((r) => r.text).join("")).toBe("Oud");
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
  test("updateTextStyle: bold, italic, colour and link on a range; other fields are not emulated", () => {
    const { docs, id, data } = docWith((b) => b.getChild(0).asParagraph().setText("een twee"));
    docs.Documents!.batchUpdate(
      {
        requests: [
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: 4 },
              textStyle: { bold: true, italic: true },
              fields: "bold,italic",
            },
          },
          {
            updateTextStyle: {
              range: { startIndex: 5, endIndex: 9 },
              textStyle: {
                foregroundColor: { color: { rgbColor: { red: 0.6, green: 0, blue: 0 } } },
                link: { url: "https://x.example/" },
              },
              fields: "foregroundColor,link",
            },
          },
        ],
      },
      id,
    );
    expect((data().body.blocks[0] as ParagraphData).runs).toEqual([
      { text: "een", style: { bold: true, italic: true } },
      { text: " ", style: {} },
      { text: "twee", style: { foregroundColor: "#990000", linkUrl: "https://x.example/" } },
    ]);
    expect(
      errorOf(() =>
        docs.Documents!.batchUpdate(
          {
            requests: [
              {
                updateTextStyle: {
                  range: { startIndex: 1, endIndex: 2 },
                  textStyle: {},
                  fields: "smallCaps",
                },
              },
            ],
          },
          id,
        ),
      ).message,
    ).toMatch(/^Not emulated: /);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest
  test("createParagraphBullets: one list over the paragraphs; leading tabs give the nesting and are removed", () => {
    const { docs, id, data } = docWith((b) => {
      b.getChild(0).asParagraph().setText("een");
      b.appendParagraph("\ttwee");
      b.appendParagraph("drie");
    });
    // "een\n" 1..5, "\ttwee\n" 5..11; "drie" stays out.
    docs.Documents!.batchUpdate(
      {
        requests: [
          {
            createParagraphBullets: {
              range: { startIndex: 1, endIndex: 11 },
              bulletPreset: "BULLET_DISC_CIRCLE_SQUARE",
            },
          },
        ],
      },
      id,
    );
    const [a, b, c] = data().body.blocks as (ListItemData | ParagraphData)[];
    expect([a!.type, b!.type, c!.type]).toEqual(["listItem", "listItem", "paragraph"]);
    const items = [a, b] as ListItemData[];
    expect(items.map((i) => [i.runs[0]!.text, i.nesting, i.glyph])).toEqual([
      ["een", 0, "BULLET"],
      ["twee", 1, "HOLLOW_BULLET"],
    ]);
    expect(items[0]!.listId).toBe(items[1]!.listId);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest
  test("updateTableCellStyle: the background of a range of cells, found by the table's start index", () => {
    const { docs, id, data } = docWith((b) => {
      b.getChild(0).asParagraph().setText("x");
      b.appendTable([
        ["a", "b"],
        ["c", "d"],
      ]);
    });
    const start = ((docs.Documents!.get(id) as Json).body.content as Json[])[2]!.startIndex as number;
    const style = (red: number, row: number, col: number, rows = 1, cols = 1) => ({
      updateTableCellStyle: {
        tableCellStyle: { backgroundColor: { color: { rgbColor: { red, green: 1, blue: 0 } } } },
        fields: "backgroundColor",
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: start }, rowIndex: row, columnIndex: col },
          rowSpan: rows,
          columnSpan: cols,
        },
      },
    });
    // The typings of the service predate updateTableCellStyle.
    docs.Documents!.batchUpdate({ requests: [style(0, 0, 0, 1, 2), style(1, 1, 1)] } as never, id);
    const t = data().body.blocks[1] as TableData;
    expect(t.rows.map((r) => r.cells.map((c) => c.background ?? null))).toEqual([
      ["#00ff00", "#00ff00"],
      [null, "#ffff00"],
    ]);
    const wrong = {
      ...style(0, 0, 0),
      updateTableCellStyle: {
        ...style(0, 0, 0).updateTableCellStyle,
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: start + 1 }, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: 1,
        },
      },
    };
    expect(errorOf(() => docs.Documents!.batchUpdate({ requests: [wrong] } as never, id)).message).toMatch(
      /^API call to docs\.documents\.batchUpdate failed with error: Invalid requests\[0\]\.updateTableCellStyle/,
    );
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
  test("all or nothing: a request that fails leaves the document as it was", () => {
    const { docs, id, data } = docWith((b) => b.getChild(0).asParagraph().setText("een"));
    const before = JSON.stringify(data().body);
    const e = errorOf(() =>
      docs.Documents!.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: 1 }, text: "x" } },
            { insertText: { location: { index: 99 }, text: "y" } },
          ],
        },
        id,
      ),
    );
    expect(e.message).toBe(
      "API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 99 must be less than the end index of the referenced segment, 6.",
    );
    expect(JSON.stringify(data().body)).toBe(before);
  });
});

describe("Documents.batchUpdate: the requests that replace a document's content", () => {
  function docWith(build: (doc: GoogleAppsScript.Document.Document) => void) {
    const s = services();
    const doc = s.app.create("D");
    build(doc);
    return { ...s, id: doc.getId(), data: () => s.ctx.account.data.documents[doc.getId()]! };
  }
  const texts = (blocks: readonly { type: string }[]) =>
    blocks.map((b) =>
      b.type === "table"
        ? (b as TableData).rows.map((r) =>
            r.cells.map((c) => c.blocks.map((x) => x.runs.map((y) => y.text).join(""))),
          )
        : (b as ParagraphData).runs.map((r) => r.text).join(""),
    );
  const run = (docs: GoogleAppsScript.Docs, id: string, requests: object[]) =>
    docs.Documents!.batchUpdate({ requests } as never, id);

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
  test("deleteContentRange: whole paragraphs and tables go; the last newline of the segment cannot", () => {
    const { docs, id, data } = docWith((d) => {
      const b = d.getBody();
      b.getChild(0).asParagraph().setText("een");
      b.appendTable([["a", "b"]]);
      b.appendParagraph("twee");
    });
    const end = (((docs.Documents!.get(id) as Json).body.content as Json[]).at(-1) as Json)
      .endIndex as number;
    const e = errorOf(() =>
      run(docs, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: end } } }]),
    );
    expect(e.message).toMatch(/Invalid requests\[0\]\.deleteContentRange: Invalid deletion range/);
    // Part of a table without the table is refused too ("een\n" 1..5, the table starts at 5).
    expect(
      errorOf(() => run(docs, id, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 7 } } }]))
        .message,
    ).toMatch(/Invalid deletion range/);
    run(docs, id, [{ deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } }]);
    expect(texts(data().body.blocks)).toEqual([""]);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttablerequest
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#endofsegmentlocation
  test("insertTable at the end of the segment: a newline before the table, empty cells, a paragraph after", () => {
    const { docs, id, data } = docWith((d) => d.getBody().getChild(0).asParagraph().setText("Kop"));
    // "Kop\n" 1..5: the table's newline goes at 4, so the table starts at 5 (location index + 1).
    run(docs, id, [
      { insertTable: { endOfSegmentLocation: {}, rows: 1, columns: 2 } },
      { insertText: { location: { index: 10 }, text: "b" } }, // table 5, row 6, cell 7 "\n" 8, cell 9 "\n" 10
      { insertText: { location: { index: 8 }, text: "a" } },
    ]);
    expect(texts(data().body.blocks)).toEqual(["Kop", [[["a"], ["b"]]], ""]);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#insertpagebreakrequest
  test("insertPageBreak: a page break and a newline; not in a header", () => {
    const { docs, id, data } = docWith((d) => {
      d.getBody().getChild(0).asParagraph().setText("een");
      d.addHeader();
    });
    run(docs, id, [
      { insertText: { endOfSegmentLocation: {}, text: "\n" } },
      { insertPageBreak: { endOfSegmentLocation: {} } },
    ]);
    const blocks = data().body.blocks as ParagraphData[];
    expect(blocks.map((b) => [b.runs.map((r) => r.text).join(""), b.pageBreak ?? false])).toEqual([
      ["een", false],
      ["", true],
      ["", false],
    ]);
    const header = (docs.Documents!.get(id) as Json).documentStyle.defaultHeaderId as string;
    expect(
      errorOf(() => run(docs, id, [{ insertPageBreak: { endOfSegmentLocation: { segmentId: header } } }]))
        .message,
    ).toMatch(/Invalid requests\[0\]\.insertPageBreak/);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest
  test("updateParagraphStyle: the named style and alignment of every paragraph the range touches", () => {
    const { docs, id, data } = docWith((d) => {
      d.getBody().getChild(0).asParagraph().setText("een");
      d.getBody().appendParagraph("twee");
    });
    run(docs, id, [
      {
        updateParagraphStyle: {
          range: { startIndex: 2, endIndex: 6 },
          paragraphStyle: { namedStyleType: "HEADING_2", alignment: "CENTER" },
          fields: "namedStyleType,alignment",
        },
      },
    ]);
    const [a, b] = data().body.blocks as ParagraphData[];
    expect([a!.heading, a!.alignment, b!.heading, b!.alignment]).toEqual([
      "HEADING2",
      "CENTER",
      "HEADING2",
      "CENTER",
    ]);
    expect(
      errorOf(() =>
        run(docs, id, [
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: {},
              fields: "lineSpacing",
            },
          },
        ]),
      ).message,
    ).toMatch(/Not emulated/);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deleteparagraphbulletsrequest
  test("deleteParagraphBullets: list items become paragraphs", () => {
    const { docs, id, data } = docWith((d) => d.getBody().getChild(0).asParagraph().setText("een"));
    run(docs, id, [
      {
        createParagraphBullets: {
          range: { startIndex: 1, endIndex: 2 },
          bulletPreset: "BULLET_DISC_CIRCLE_SQUARE",
        },
      },
      { deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } },
    ]);
    expect(data().body.blocks.map((b) => b.type)).toEqual(["paragraph"]);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablecolumnpropertiesrequest
  test("updateTableColumnProperties: fixed widths in points; under 5 points is refused", () => {
    const { docs, id, data } = docWith((d) => d.getBody().appendTable([["a", "b", "c"]]));
    const start = ((docs.Documents!.get(id) as Json).body.content as Json[])[2]!.startIndex as number;
    const width = (magnitude: number, columnIndices: number[]) => ({
      updateTableColumnProperties: {
        tableStartLocation: { index: start },
        columnIndices,
        tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude, unit: "PT" } },
        fields: "width,widthType",
      },
    });
    run(docs, id, [width(100, [0, 2])]);
    expect((data().body.blocks[1] as TableData).columnWidths).toEqual([100, null, 100]);
    expect(errorOf(() => run(docs, id, [width(4, [1])])).message).toMatch(/at least 5 points/);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatedocumentstylerequest
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#documentstyle (pageSize,
  // flipPageOrientation: "flip the dimensions of the pageSize, which allows changing the page orientation")
  test("updateDocumentStyle: the page size and its orientation, as Documents.get answers them; other fields are not emulated", () => {
    const { docs, id, data } = docWith(() => undefined);
    const pt = (magnitude: number) => ({ magnitude, unit: "PT" });
    const a4Landscape = {
      updateDocumentStyle: {
        documentStyle: { pageSize: { width: pt(595.3), height: pt(841.9) }, flipPageOrientation: true },
        fields: "pageSize,flipPageOrientation",
      },
    };
    expect((docs.Documents!.get(id) as Json).documentStyle.pageSize).toBeUndefined();
    run(docs, id, [a4Landscape]);
    expect([data().pageSize, data().flipPageOrientation]).toEqual([{ width: 595.3, height: 841.9 }, true]);
    const style = (docs.Documents!.get(id) as Json).documentStyle;
    expect([style.pageSize, style.flipPageOrientation]).toEqual([
      { width: pt(595.3), height: pt(841.9) },
      true,
    ]);
    // A field named without a value goes back to the default: portrait again.
    run(docs, id, [{ updateDocumentStyle: { documentStyle: {}, fields: "flipPageOrientation" } }]);
    expect(data().flipPageOrientation).toBeUndefined();
    expect(data().pageSize).toEqual({ width: 595.3, height: 841.9 });
    // All or nothing: a batch that fails later leaves the page as it was.
    expect(() => run(docs, id, [a4Landscape, { deleteFooter: { footerId: "geen" } }])).toThrow();
    expect(data().flipPageOrientation).toBeUndefined();
    expect(errorOf(() => run(docs, id, [{ updateDocumentStyle: { documentStyle: {} } }])).message).toMatch(
      /Invalid requests\[0\]\.updateDocumentStyle: fields is required/,
    );
    expect(
      errorOf(() =>
        run(docs, id, [
          { updateDocumentStyle: { documentStyle: { marginLeft: pt(36) }, fields: "marginLeft" } },
        ]),
      ).message,
    ).toMatch(/Not emulated/);
  });

  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#createheaderrequest
  // https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deletefooterrequest
  test("createHeader and createFooter reply with the new id; a second default one is refused; deleteFooter", () => {
    const { docs, id, data } = docWith(() => undefined);
    const reply = docs.Documents!.batchUpdate(
      { requests: [{ createHeader: { type: "DEFAULT" } }, { createFooter: { type: "DEFAULT" } }] } as never,
      id,
    ) as Json;
    const headerId = reply.replies[0].createHeader.headerId as string;
    const footerId = reply.replies[1].createFooter.footerId as string;
    const got = docs.Documents!.get(id) as Json;
    expect([got.documentStyle.defaultHeaderId, got.documentStyle.defaultFooterId]).toEqual([
      headerId,
      footerId,
    ]);
    run(docs, id, [{ insertText: { location: { segmentId: headerId, index: 0 }, text: "Kop" } }]);
    expect(texts(data().header!.blocks)).toEqual(["Kop"]);
    expect(errorOf(() => run(docs, id, [{ createHeader: { type: "DEFAULT" } }])).message).toMatch(
      /Invalid requests\[0\]\.createHeader: A default header already exists/,
    );
    run(docs, id, [{ deleteFooter: { footerId } }]);
    expect(data().footer).toBeNull();
  });
});

describe("the document writer's requests (core/documents/write.ts) applied", () => {
  const model = (title: string, extra: string): DocModel => ({
    kind: "report",
    title,
    values: { netwerknaam: "Netwerk", jaar: "2026" },
    figures: [],
    parts: [
      { key: "title", blocks: [heading("title", title)] },
      {
        key: "summary",
        blocks: [
          heading(1, "Samenvatting"),
          para(run("Titel", { bold: true }), " en meer"),
          table(
            ["Onderwerp", "Status"],
            [
              [
                { content: [para(run("Bijeenkomsten", { bold: true })), para("Uitleg")] },
                { content: [para("Doorlopend")], bg: "#6fa8dc" },
              ],
              [
                {
                  content: [
                    para(run("Doelstelling:", { bold: true })),
                    bullets(["sub een", "sub twee"]),
                    bullets(["dieper"], 1),
                  ],
                },
                textCell("Behaald", { bg: "#00a651" }),
              ],
            ],
            [2, 1],
          ),
          bullets(["los", extra]),
          { kind: "pageBreak" },
          heading(1, "Einde"),
        ],
      },
    ],
  });

  function write(docs: GoogleAppsScript.Docs, id: string, m: DocModel, template: TemplateSource | null) {
    const target = docs.Documents!.get(id) as ApiDocument;
    const create = sectionsToCreate(template?.doc ?? null, target);
    if (create.length > 0) docs.Documents!.batchUpdate({ requests: create } as never, id);
    const w = documentRequests(documentFlow(m, template), docs.Documents!.get(id) as ApiDocument);
    docs.Documents!.batchUpdate({ requests: w.requests } as never, id);
  }

  test("a new document gets the whole content in one batchUpdate: headings, styles, cells, lists, widths", () => {
    const { ctx, docs, app } = services();
    const id = app.create("D").getId();
    ctx.rt.resetCalls();
    write(docs, id, model("Rapport", "twee"), null);
    expect(ctx.rt.calls).toEqual({ "Docs.Documents.get": 2, "Docs.Documents.batchUpdate": 1 });
    const data = ctx.account.data.documents[id]!;
    // The page in the same batch: A4 (595.3 × 841.9 pt) turned to landscape.
    expect([data.pageSize, data.flipPageOrientation]).toEqual([{ width: 595.3, height: 841.9 }, true]);
    const blocks = data.body.blocks;
    const p = (i: number) => blocks[i] as ParagraphData | ListItemData;
    expect([p(0).heading, p(0).runs[0]!.text]).toEqual(["TITLE", "Rapport"]);
    expect([p(1).heading, p(2).runs]).toEqual([
      "HEADING1",
      [
        { text: "Titel", style: { bold: true } },
        { text: " en meer", style: {} },
      ],
    ]);
    const t = blocks[3] as TableData;
    const cell = (r: number, c: number) =>
      t.rows[r]!.cells[c]!.blocks.map((b) => [
        b.type,
        b.runs.map((x) => x.text).join(""),
        b.runs[0]?.style.bold ?? false,
        b.type === "listItem" ? b.nesting : null,
      ]);
    expect(cell(0, 0)).toEqual([["paragraph", "Onderwerp", true, null]]);
    expect(cell(1, 0)).toEqual([
      ["paragraph", "Bijeenkomsten", true, null],
      ["paragraph", "Uitleg", false, null],
    ]);
    expect(cell(2, 0)).toEqual([
      ["paragraph", "Doelstelling:", true, null],
      ["listItem", "sub een", false, 0],
      ["listItem", "sub twee", false, 0],
      ["listItem", "dieper", false, 1],
    ]);
    expect(t.rows.map((r) => r.cells.map((c) => c.background ?? null))).toEqual([
      ["#d9e2f3", "#d9e2f3"],
      [null, "#6fa8dc"],
      [null, "#00a651"],
    ]);
    // Two thirds and one third of the text width of the A4 landscape page (697 pt), in whole points.
    expect(t.columnWidths).toEqual([464, 232]);
    // After the table: the paragraph Docs keeps after a table, the list, the page break, the last heading.
    expect(
      blocks
        .slice(4)
        .map((b) => [
          b.type,
          (b as ParagraphData).runs.map((r) => r.text).join(""),
          (b as ParagraphData).pageBreak ?? false,
        ]),
    ).toEqual([
      ["paragraph", "", false],
      ["listItem", "los", false],
      ["listItem", "twee", false],
      ["paragraph", "", true],
      ["paragraph", "Einde", false],
    ]);
    expect((blocks.at(-1) as ParagraphData).heading).toBe("HEADING1");
  });

  // documentCharacters (core) guards Google Docs' 1.02 million characters before a document is written; the
  // emulator counts what it holds. They agree up to the empty paragraphs the structure adds around tables.
  test("documentCharacters counts what the written document holds", () => {
    const { docs, app, ctx } = services();
    const tpl = app.create("Huisstijl");
    tpl.getBody().getChild(0).asParagraph().setText("Rapport {{netwerknaam}}");
    tpl.getBody().appendParagraph("{{inhoud}}");
    tpl.addHeader().appendParagraph("{{netwerknaam}} kop");
    const source = docs.Documents!.get(tpl.getId()) as ApiDocument;
    const m = model("Rapport", "een langere regel ".repeat(20));
    const template = { doc: source, plan: planTemplate("report", templateInput(source), m.values) };
    for (const t of [null, template]) {
      const id = app.create("D").getId();
      write(docs, id, m, t);
      const data = ctx.account.data.documents[id]!;
      const held = [data.body, data.header, data.footer].reduce(
        (n, s) => n + charactersOf(s?.blocks ?? []),
        0,
      );
      const counted = documentCharacters(documentFlow(m, t));
      expect(counted).toBeGreaterThan(400);
      expect(Math.abs(held - counted)).toBeLessThanOrEqual(4);
    }
  });

  test("a second write replaces the content: the same as a first write into an empty document", () => {
    const { docs, app, ctx } = services();
    const once = app.create("D").getId();
    write(docs, once, model("Rapport", "drie"), null);
    const twice = app.create("E").getId();
    write(docs, twice, model("Oud", "twee"), null);
    write(docs, twice, model("Rapport", "drie"), null);
    const plain = (id: string) =>
      JSON.stringify(ctx.account.data.documents[id]!.body.blocks).replace(/kix\.emu\d+/g, "list");
    expect(plain(twice)).toBe(plain(once));
  });

  test("a template: its elements copied with their looks, placeholders filled, header and footer written", () => {
    const { docs, app, ctx } = services();
    const tpl = app.create("Huisstijl");
    const body = tpl.getBody();
    body.getChild(0).asParagraph().setText("Rapport {{netwerknaam}}");
    body.getChild(0).asParagraph().setHeading(DocumentAppHeading("TITLE"));
    body.getChild(0).asParagraph().editAsText().setBold(0, 6, true);
    body.appendTable([["Jaar", "{{jaar}}"]]);
    body.appendParagraph("{{inhoud}}");
    tpl.addHeader().appendParagraph("{{netwerknaam}}");
    tpl.addFooter().appendParagraph("Voet");
    const source = docs.Documents!.get(tpl.getId()) as ApiDocument;
    const m = model("Rapport", "twee");
    const template = { doc: source, plan: planTemplate("report", templateInput(source), m.values) };
    const id = app.create("D").getId();
    write(docs, id, m, template);
    const data = ctx.account.data.documents[id]!;
    const first = data.body.blocks[0] as ParagraphData;
    expect([first.heading, first.runs]).toEqual([
      "TITLE",
      [
        { text: "Rapport", style: { bold: true } },
        { text: " Netwerk", style: {} },
      ],
    ]);
    expect(textsOf(data.body.blocks[1]!)).toEqual([["Jaar", "2026"]]);
    expect(data.header!.blocks.map((b) => (b as ParagraphData).runs.map((r) => r.text).join(""))).toEqual([
      "",
      "Netwerk",
    ]);
    expect(data.footer!.blocks.map((b) => (b as ParagraphData).runs.map((r) => r.text).join(""))).toEqual([
      "",
      "Voet",
    ]);
    // Written again without a template: the header and footer go.
    write(docs, id, m, null);
    expect([ctx.account.data.documents[id]!.header, ctx.account.data.documents[id]!.footer]).toEqual([
      null,
      null,
    ]);
  });
});

function textsOf(b: { type: string }): unknown {
  return (b as TableData).rows.map((r) =>
    r.cells.map((c) => c.blocks.map((x) => x.runs.map((y) => y.text).join("")).join("\n")),
  );
}

function DocumentAppHeading(name: string) {
  return (
    createDocumentApp(testContext({ withDocument: true })).ParagraphHeading as unknown as Record<
      string,
      GoogleAppsScript.Document.ParagraphHeading
    >
  )[name]!;
}
