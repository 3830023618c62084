/**
 * DocumentApp: that the emulated Document service answers as the Apps Script reference says.
 * Each test names the reference page it follows.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import { createDocumentApp, DOCS_ERRORS } from "../../local/emulator/document";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { errorOf } from "./helpers";
import { testContext } from "./services-helpers";

function newDoc(name = "Voortgangsrapportage") {
  const ctx = testContext({ withDocument: true });
  const app = createDocumentApp(ctx);
  const doc = app.create(name);
  const body = doc.getBody();
  ctx.rt.resetCalls();
  return { ctx, app, doc, body };
}

/** The types of the body's children, in order. */
function childTypes(body: GoogleAppsScript.Document.Body): string[] {
  return Array.from({ length: body.getNumChildren() }, (_, i) => String(body.getChild(i).getType()));
}

describe("DocumentApp", () => {
  // https://developers.google.com/apps-script/reference/document/document-app#create(String)
  test("create makes a document whose body holds one empty paragraph; openById opens it again", () => {
    const { ctx, app, doc } = newDoc("Jaaractieplan 2026");
    expect(doc.getName()).toBe("Jaaractieplan 2026");
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    expect(childTypes(doc.getBody())).toEqual(["PARAGRAPH"]);
    expect(doc.getBody().getText()).toBe("");
    doc.getBody().appendParagraph("Inleiding");
    const again = app.openById(doc.getId());
    expect(again.getBody().getText()).toBe("\nInleiding");
    expect(ctx.account.data.documents[doc.getId()]!.name).toBe("Jaaractieplan 2026");
  });

  // https://developers.google.com/apps-script/reference/document/document-app#openById(String)
  test("openById of an id that is no document says the document is missing", () => {
    const { app } = newDoc();
    expect(errorOf(() => app.openById("1nope")).message).toBe(DOCS_ERRORS.missing("1nope"));
    expect(errorOf(() => app.openById("1nope")).message).toMatch(
      /^Document 1nope is missing \(perhaps it was deleted/,
    );
  });

  // https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument()
  test("in a Sheets add-on no document is active and DocumentApp has no Ui", () => {
    const { app } = newDoc();
    expect(app.getActiveDocument()).toBeNull();
    expect(errorOf(() => app.getUi()).message).toBe("Cannot call DocumentApp.getUi() from this context.");
  });

  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  test("after saveAndClose the document can be read but not edited; openById opens it for editing", () => {
    const { app, doc, body } = newDoc();
    const p = body.appendParagraph("Samenvatting");
    doc.saveAndClose();
    expect(p.getText()).toBe("Samenvatting");
    expect(errorOf(() => p.setText("Anders")).message).toBe(DOCS_ERRORS.closed);
    expect(errorOf(() => body.appendParagraph("x")).message).toBe(DOCS_ERRORS.closed);
    app.openById(doc.getId()).getBody().appendParagraph("Verder");
    expect(app.openById(doc.getId()).getBody().getText()).toBe("\nSamenvatting\nVerder");
  });
});

describe("Paragraph headings", () => {
  // https://developers.google.com/apps-script/reference/document/paragraph-heading
  test("setHeading takes DocumentApp.ParagraphHeading values; getHeading gives the same enum object", () => {
    const { app, body } = newDoc();
    const levels = [
      app.ParagraphHeading.TITLE,
      app.ParagraphHeading.HEADING1,
      app.ParagraphHeading.HEADING2,
      app.ParagraphHeading.HEADING3,
      app.ParagraphHeading.HEADING4,
      app.ParagraphHeading.HEADING5,
      app.ParagraphHeading.HEADING6,
    ];
    for (const h of levels) body.appendParagraph(String(h)).setHeading(h);
    const headings = body.getParagraphs().map((p) => p.getHeading());
    expect(headings[0]).toBe(app.ParagraphHeading.NORMAL);
    expect(headings.slice(1)).toEqual(levels);
    expect(headings[2]).toBe(app.ParagraphHeading.HEADING1);
    expect(String(headings[2])).toBe("HEADING1");
    expect((headings[2] as unknown) === "HEADING1").toBe(false);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading)
  test("a heading given as a string does not match the method signature", () => {
    const { body } = newDoc();
    const p = body.appendParagraph("Samenvatting");
    expect(errorOf(() => p.setHeading("HEADING1" as never)).message).toBe(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object)
  test("setAttributes with DocumentApp.Attribute keys sets the heading, alignment and text attributes", () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph("Rode vlag");
    const style: Record<string, unknown> = {};
    style[String(app.Attribute.HEADING)] = app.ParagraphHeading.HEADING2;
    style[String(app.Attribute.HORIZONTAL_ALIGNMENT)] = app.HorizontalAlignment.CENTER;
    style[String(app.Attribute.BOLD)] = true;
    style[String(app.Attribute.FOREGROUND_COLOR)] = "#CC0000";
    p.setAttributes(style);
    const attrs = p.getAttributes() as Record<string, unknown>;
    expect(attrs.HEADING).toBe(app.ParagraphHeading.HEADING2);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe(app.HorizontalAlignment.CENTER);
    expect(attrs.BOLD).toBe(true);
    expect(attrs.FOREGROUND_COLOR).toBe("#cc0000");
    expect(attrs.ITALIC).toBeNull();
    expect(p.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    expect(errorOf(() => p.setAttributes({ LINE_SPACING: 2 })).message).toBe(
      "Not emulated: Paragraph.setAttributes with the attribute LINE_SPACING",
    );
  });
});

describe("Body.appendTable", () => {
  // https://developers.google.com/apps-script/reference/document/body#appendTable(String)
  // ENGINEERING.md: "appendTable adds an empty paragraph after the table" (a section never ends with a table).
  test("appends a table from a 2-D array of strings, then an empty paragraph", () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ["Onderwerp", "Status"],
      ["Scholing", "Op schema"],
    ]);
    expect(childTypes(body)).toEqual(["PARAGRAPH", "TABLE", "PARAGRAPH"]);
    expect(body.getChild(2).asParagraph().getText()).toBe("");
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe("Op schema");
    // A paragraph appended afterwards comes after that empty paragraph.
    body.appendParagraph("Daarna");
    expect(childTypes(body)).toEqual(["PARAGRAPH", "TABLE", "PARAGRAPH", "PARAGRAPH"]);
    expect(body.getTables()).toHaveLength(1);
    expect(table.getText()).toBe("Onderwerp\nStatus\nScholing\nOp schema");
  });

  test("cells are text: a leading = and markup stay as typed", () => {
    const { body } = newDoc();
    const table = body.appendTable([["=SUM(A1:A3)", "<b>vet</b>"]]);
    expect(table.getCell(0, 0).getText()).toBe("=SUM(A1:A3)");
    expect(table.getCell(0, 1).getText()).toBe("<b>vet</b>");
  });

  test("what the reference leaves open fails loudly: ragged rows, no cells, non-strings, line breaks", () => {
    const { body } = newDoc();
    expect(errorOf(() => body.appendTable([["a", "b"], ["c"]])).message).toMatch(
      /^Not emulated: .*unequal length/,
    );
    expect(errorOf(() => body.appendTable([])).message).toMatch(/^Not emulated: .*no cells/);
    expect(errorOf(() => body.appendTable([[1 as unknown as string]])).message).toBe(
      "The parameters (Object[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
    expect(errorOf(() => body.appendTable([["twee\nregels"]])).message).toMatch(
      /^Not emulated: .*line break/,
    );
    expect(childTypes(body)).toEqual(["PARAGRAPH"]);
  });
});

describe("Tables: cells, backgrounds, bold", () => {
  // https://developers.google.com/apps-script/reference/document/table-cell#setBackgroundColor(String)
  test("a cell's background is set in CSS hex notation and read back; unset reads null", () => {
    const { app, body } = newDoc();
    const table = body.appendTable([
      ["Status", "Aantal"],
      ["Behaald", "3"],
    ]);
    const cell = table.getCell(1, 0);
    expect(cell.getBackgroundColor()).toBeNull();
    cell.setBackgroundColor("#B7E1CD");
    expect(table.getCell(1, 0).getBackgroundColor()).toBe("#b7e1cd");
    const style: Record<string, unknown> = {};
    style[String(app.Attribute.BACKGROUND_COLOR)] = "#f4cccc";
    table.getCell(1, 1).setAttributes(style);
    expect(table.getCell(1, 1).getBackgroundColor()).toBe("#f4cccc");
    expect(errorOf(() => cell.setBackgroundColor("green")).message).toMatch(
      /^Not emulated: .*colour "green"/,
    );
  });

  // https://developers.google.com/apps-script/reference/document/table-row#editAsText()
  // https://developers.google.com/apps-script/guides/docs ("table.getRow(0).editAsText().setBold(true)")
  test("the header row bold through editAsText, the other rows untouched", () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ["Onderwerp", "Trekker"],
      ["Scholing", "Anna"],
    ]);
    table.getRow(0).editAsText().setBold(true);
    expect(table.getCell(0, 0).editAsText().isBold()).toBe(true);
    expect(table.getCell(0, 1).editAsText().isBold()).toBe(true);
    expect(table.getCell(1, 0).editAsText().isBold()).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/document/table#appendTableRow()
  test("appendTableRow and appendTableCell grow the table; setText replaces a cell's text", () => {
    const { body } = newDoc();
    const table = body.appendTable([["Onderwerp", "Status"]]);
    const row = table.appendTableRow();
    row.appendTableCell("Netwerkdag");
    row.appendTableCell("Doorlopend");
    expect(table.getNumRows()).toBe(2);
    table.getCell(1, 1).setText("Behaald");
    expect(table.getRow(1).getText()).toBe("Netwerkdag\nBehaald");
  });
});

describe("replaceText", () => {
  // https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
  test("the pattern is an RE2 regular expression in a string: special characters are escaped", () => {
    const { body } = newDoc();
    body.appendParagraph("Netwerk {{netwerknaam}} ({{datum}})");
    body.replaceText("\\{\\{netwerknaam\\}\\}", "Palliatieve Zorg Noord");
    body.replaceText("\\{\\{datum\\}\\}", "12-03-2026");
    expect(body.getText()).toBe("\nNetwerk Palliatieve Zorg Noord (12-03-2026)");
    body.replaceText("Zorg|Noord", "X");
    expect(body.getText()).toBe("\nNetwerk Palliatieve X X (12-03-2026)");
    body.replaceText("(?i)netwerk", "Regio");
    expect(body.getText()).toBe("\nRegio Palliatieve X X (12-03-2026)");
  });

  test("the replacement is inserted as text: markup and a leading = stay literal", () => {
    const { body } = newDoc();
    body.appendParagraph("{{a}} en {{b}}");
    body.replaceText("\\{\\{a\\}\\}", "<b>vet</b>");
    body.replaceText("\\{\\{b\\}\\}", '=HYPERLINK("x")');
    expect(body.getText()).toBe('\n<b>vet</b> en =HYPERLINK("x")');
  });

  test("a match never spans two paragraphs", () => {
    const { body } = newDoc();
    body.appendParagraph("einde van de eerste");
    body.appendParagraph("begin van de tweede");
    body.replaceText("eerste.begin", "VERBONDEN");
    body.replaceText("eerste\\s+begin", "VERBONDEN");
    expect(body.getText()).toBe("\neinde van de eerste\nbegin van de tweede");
  });

  test("it reaches table cells, and the new text takes the style of the text it replaces", () => {
    const { body } = newDoc();
    const table = body.appendTable([["Status: {{status}}"]]);
    table.getCell(0, 0).editAsText().setBold(8, 17, true);
    body.replaceText("\\{\\{status\\}\\}", "Op schema");
    const text = table.getCell(0, 0).editAsText();
    expect(text.getText()).toBe("Status: Op schema");
    expect(text.isBold(0)).toBeNull();
    expect(text.isBold(8)).toBe(true);
    expect(text.isBold(16)).toBe(true);
  });

  test("what RE2 lacks, and $n or a backslash in the replacement, fail loudly", () => {
    const { body } = newDoc();
    body.appendParagraph("prijs 5");
    expect(errorOf(() => body.replaceText("prijs(?= )", "x")).message).toMatch(
      /^Not emulated: .*look-around/,
    );
    expect(errorOf(() => body.replaceText("(p)rijs", "$1")).message).toMatch(/^Not emulated: .*replacement/);
    expect(errorOf(() => body.replaceText("prijs", "a\\b")).message).toMatch(/^Not emulated: .*replacement/);
    expect(body.getText()).toBe("\nprijs 5");
  });

  // https://developers.google.com/apps-script/reference/document/body#findText(String)
  test("findText finds the first match and continues from a previous result", () => {
    const { body } = newDoc();
    body.appendParagraph("{{a}}");
    body.appendParagraph("tekst {{b}}");
    const first = body.findText("\\{\\{\\w+\\}\\}")!;
    expect(first.getElement().asText().getText()).toBe("{{a}}");
    expect([first.getStartOffset(), first.getEndOffsetInclusive(), first.isPartial()]).toEqual([0, 4, false]);
    const second = body.findText("\\{\\{\\w+\\}\\}", first)!;
    expect([second.getStartOffset(), second.getEndOffsetInclusive(), second.isPartial()]).toEqual([
      6,
      10,
      true,
    ]);
    second.getElement().asText().deleteText(6, 10).insertText(6, "$1 \\ waarde");
    expect(body.getText()).toBe("\n{{a}}\ntekst $1 \\ waarde");
    expect(body.findText("\\{\\{\\w+\\}\\}", body.findText("\\{\\{a\\}\\}")!)).toBeNull();
  });
});

describe("Text", () => {
  // https://developers.google.com/apps-script/reference/document/text#setBold(Integer,Integer,Boolean)
  test("attributes by offsets (end inclusive); a getter without offset is null when the text is mixed", () => {
    const { body } = newDoc();
    const p = body.appendParagraph("Rode vlag: ja");
    const t = p.editAsText();
    t.setBold(0, 8, true).setForegroundColor(11, 12, "#CC0000").setFontSize(0, 3, 14);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(9)).toBeNull();
    expect(t.isBold()).toBeNull();
    expect(t.getForegroundColor(11)).toBe("#cc0000");
    expect(t.getFontSize(0)).toBe(14);
    expect(t.getFontSize(5)).toBeNull();
    expect(t.getTextAttributeIndices()).toEqual([0, 4, 9, 11]);
    expect(errorOf(() => t.setBold(5, 40, true)).message).toMatch(/^Not emulated: .*outside the text/);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#appendText(String)
  // https://developers.google.com/apps-script/reference/document/text#setLinkUrl(String)
  test("appendText returns the new text only: a link set on it covers just that text", () => {
    const { body } = newDoc();
    const p = body.appendParagraph("Overzicht: ");
    p.appendText("open").setLinkUrl("https://docs.google.com/spreadsheets/d/x/edit#gid=1");
    const t = p.editAsText();
    expect(p.getText()).toBe("Overzicht: open");
    expect(t.getLinkUrl(0)).toBeNull();
    expect(t.getLinkUrl(11)).toBe("https://docs.google.com/spreadsheets/d/x/edit#gid=1");
    p.setLinkUrl("https://example.org/");
    expect(p.getLinkUrl()).toBe("https://example.org/");
  });
});

describe("Lists, page breaks, sections", () => {
  // https://developers.google.com/apps-script/reference/document/list-item
  test("appended list items form one list, numbered by default; glyph and nesting can be set", () => {
    const { app, body } = newDoc();
    const a = body.appendListItem("Speerpunt 1");
    const b = body.appendListItem("Actie").setNestingLevel(1).setGlyphType(app.GlyphType.BULLET);
    body.appendParagraph("tussendoor");
    const c = body.appendListItem("Nieuwe lijst");
    expect(a.getGlyphType()).toBe(app.GlyphType.NUMBER);
    expect(b.getListId()).toBe(a.getListId());
    expect(c.getListId()).not.toBe(a.getListId());
    expect(b.getNestingLevel()).toBe(1);
    expect(b.getGlyphType()).toBe(app.GlyphType.BULLET);
    expect(body.getListItems()).toHaveLength(3);
    expect(String(body.getChild(1).getType())).toBe("LIST_ITEM");
  });

  // https://developers.google.com/apps-script/reference/document/body#appendPageBreak()
  test("a page break sits in a paragraph of its own", () => {
    const { body } = newDoc();
    const pb = body.appendPageBreak();
    expect(String(pb.getType())).toBe("PAGE_BREAK");
    expect(String(pb.getParent().getType())).toBe("PARAGRAPH");
    expect(childTypes(body)).toEqual(["PARAGRAPH", "PARAGRAPH"]);
    expect(String(body.getChild(1).asParagraph().getChild(0).getType())).toBe("PAGE_BREAK");
  });

  // https://developers.google.com/apps-script/reference/document/document#addHeader()
  test("a document has no header or footer until one is added; replaceText works in them", () => {
    const { doc } = newDoc();
    expect(doc.getHeader()).toBeNull();
    expect(doc.getFooter()).toBeNull();
    doc.addHeader().appendParagraph("{{netwerknaam}}");
    doc.addFooter().appendParagraph("Pagina");
    doc.getHeader().replaceText("\\{\\{netwerknaam\\}\\}", "Netwerk Noord");
    expect(doc.getHeader().getText()).toBe("\nNetwerk Noord");
    expect(doc.getFooter().getText()).toBe("\nPagina");
    expect(String(doc.getHeader().getType())).toBe("HEADER_SECTION");
  });

  // https://developers.google.com/apps-script/reference/document/body#clear()
  test("clear leaves one empty paragraph, and the last paragraph cannot be removed", () => {
    const { body } = newDoc();
    body.appendParagraph("a");
    body.appendTable([["x"]]);
    body.clear();
    expect(childTypes(body)).toEqual(["PARAGRAPH"]);
    expect(errorOf(() => body.getChild(0).removeFromParent()).message).toBe(DOCS_ERRORS.lastParagraph);
    expect(errorOf(() => body.getChild(3)).message).toBe(DOCS_ERRORS.childIndex(3, 1));
  });

  // https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String)
  test("insertParagraph puts a paragraph at a child index; a detached copy can be appended", () => {
    const { app, body } = newDoc();
    body.appendParagraph("tweede");
    body.insertParagraph(0, "eerste").setHeading(app.ParagraphHeading.HEADING1);
    const copy = body.getChild(0).asParagraph().copy();
    body.appendParagraph(copy);
    expect(body.getText()).toBe("eerste\n\ntweede\neerste");
    expect(body.getParagraphs()[3]!.getHeading()).toBe(body.getParagraphs()[0]!.getHeading());
    expect(errorOf(() => body.appendParagraph(body.getChild(0).asParagraph())).message).toBe(
      DOCS_ERRORS.notDetached,
    );
  });
});

describe("The runtime: counting, strictness, faults, persistence", () => {
  // ENGINEERING.md, "The emulator": every call counted; what is not emulated throws.
  test("every call the add-on makes is counted per Class.method; the emulator's own calls are not", () => {
    const { ctx, body } = newDoc();
    body.appendParagraph("a");
    body.appendParagraph("b");
    body
      .appendTable([["x", "y"]])
      .getRow(0)
      .editAsText()
      .setBold(true);
    expect(ctx.rt.snapshotCalls()).toEqual({
      "Body.appendParagraph": 2,
      "Body.appendTable": 1,
      "Table.getRow": 1,
      "TableRow.editAsText": 1,
      "Text.setBold": 1,
    });
  });

  // gas-fakes' tests against live Apps Script: a Document prints as "Document", its body as "DocumentBodySection".
  test("objects print as Apps Script's class names", () => {
    const { doc, body } = newDoc();
    expect(String(doc)).toBe("Document");
    expect(String(body)).toBe("DocumentBodySection");
    expect(String(body.appendParagraph("x"))).toBe("Paragraph");
    expect(String(body.appendTable([["a"]]).getCell(0, 0))).toBe("TableCell");
  });

  test("a method that is not emulated throws `Not emulated: Class.method`", () => {
    const { doc, body } = newDoc();
    expect(errorOf(() => (body as unknown as { appendImage(): void }).appendImage()).message).toBe(
      "Not emulated: Body.appendImage",
    );
    expect(errorOf(() => doc.getTabs()).message).toBe("Not emulated: Document.getTabs");
    expect(errorOf(() => body.appendParagraph("x").setIndentStart(10)).message).toBe(
      "Not emulated: Paragraph.setIndentStart",
    );
  });

  test("a fault on the k-th call throws the quota text and changes nothing", () => {
    const { ctx, app } = newDoc();
    ctx.rt.injectFault({ method: "DocumentApp.create", call: 1 });
    const before = Object.keys(ctx.account.data.documents).length;
    expect(errorOf(() => app.create("x")).message).toBe(GAS_ERRORS.tooManyCalls("document"));
    expect(Object.keys(ctx.account.data.documents)).toHaveLength(before);
  });

  // https://developers.google.com/apps-script/guides/services/quotas ("Docs created" per day)
  test("with the daily quota switched on, one document too many fails with the quota text", () => {
    const { ctx, app } = newDoc();
    ctx.account.data.drive.limits = { docsCreatedPerDay: 2 };
    app.create("tweede");
    expect(errorOf(() => app.create("derde")).message).toBe(
      "Service invoked too many times for one day: docs create.",
    );
  });

  test("the document is plain data in the account: it survives saving and loading the account", () => {
    const { ctx, app, doc, body } = newDoc();
    body.appendParagraph("Titel").setHeading(app.ParagraphHeading.TITLE);
    body
      .appendTable([["a"]])
      .getCell(0, 0)
      .setBackgroundColor("#ffffff");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-"));
    ctx.account.save(dir);
    const loaded = Account.load(dir)!;
    expect(loaded.data.documents[doc.getId()]).toEqual(ctx.account.data.documents[doc.getId()]);
    const reopened = createDocumentApp(testContext({ account: loaded })).openById(doc.getId());
    expect(reopened.getBody().getParagraphs()[1]!.getHeading()).toBe(app.ParagraphHeading.TITLE);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("Table column widths", () => {
  // https://developers.google.com/apps-script/reference/document/table#setColumnWidth(Integer,Number)
  // https://developers.google.com/apps-script/reference/document/table#getColumnWidth(Integer)
  test("setColumnWidth sets a column's width in points; getColumnWidth is null until set", () => {
    const { body } = newDoc();
    const t = body.appendTable([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(t.getColumnWidth(1)).toBeNull();
    expect(t.setColumnWidth(1, 200)).toBe(t);
    expect([t.getColumnWidth(0), t.getColumnWidth(1)]).toEqual([null, 200]);
  });

  test("a column the table does not have, or a width that is no number, is refused", () => {
    const { body } = newDoc();
    const t = body.appendTable([["a", "b"]]);
    expect(() => t.setColumnWidth(2, 100)).toThrow();
    expect(() => t.setColumnWidth(0, "breed" as unknown as number)).toThrow();
  });
});
