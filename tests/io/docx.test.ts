/**
 * local/io/docx: an emulated Google Doc written as .docx and read back with jszip (an independent reader of
 * the zip; the XML is inspected as text).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Packer } from "docx";
import JSZip from "jszip";
import { createDocumentApp } from "../../local/emulator/document";
import type { DocumentData } from "../../local/emulator/document/model";
import { docxBuffer, docxDocument, writeDocx } from "../../local/io/docx";
import { testContext } from "../emulator/services-helpers";

/** A report built through the emulated DocumentApp, the way the add-on builds one. */
function report(): DocumentData {
  const ctx = testContext({ withDocument: true });
  const app = createDocumentApp(ctx);
  const doc = app.create("Voortgangsrapportage Netwerk Noord 12-03-2026");
  const body = doc.getBody();
  const H = app.ParagraphHeading;
  body.getChild(0).asParagraph().setText("Voortgangsrapportage");
  body.getChild(0).asParagraph().setHeading(H.TITLE);
  body.appendParagraph("Samenvatting").setHeading(H.HEADING1);
  body.appendListItem("Behaald: 3");
  body.appendListItem("waarvan dit jaar: 2").setNestingLevel(1).setGlyphType(app.GlyphType.BULLET);
  body.appendParagraph("Scholing").setHeading(H.HEADING1);
  body.appendParagraph("Probleemstelling").setHeading(H.HEADING2);
  body.appendParagraph("=SUM(A1:A3) blijft tekst, <b>dit</b> ook.");
  body.appendParagraph("Doelstellingen").setHeading(H.HEADING2);
  for (const level of [H.HEADING3, H.HEADING4, H.HEADING5, H.HEADING6]) {
    body.appendParagraph(`Kop ${String(level)}`).setHeading(level);
  }
  const table = body.appendTable([
    ["Onderwerp", "Trekker", "Status"],
    ["Netwerkdag", "Anna", "Behaald"],
    ["=1+1", "<i>Bas</i>", "Achter op schema"],
  ]);
  table.getRow(0).editAsText().setBold(true);
  table.getCell(1, 2).setBackgroundColor("#b7e1cd");
  table.getCell(2, 2).setBackgroundColor("#f4cccc");
  const p = body.appendParagraph("Overzicht: ");
  p.appendText("open het werkblad").setLinkUrl("https://docs.google.com/spreadsheets/d/abc/edit#gid=7");
  body.appendPageBreak();
  body.appendParagraph("Bijlage").setHeading(H.HEADING1);
  doc.addHeader().appendParagraph("Netwerk Noord");
  doc.addFooter().appendParagraph("Vertrouwelijk");
  return ctx.account.data.documents[doc.getId()]!;
}

async function unzip(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`no ${name} in the docx`);
    return f.async("string");
  };
  return { zip, read };
}

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

/** The text of w:t elements, XML entities decoded. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

describe("docx", () => {
  test("headings are Word's Title and Heading 1-6 styles, with outline levels in styles.xml", async () => {
    const data = report();
    const { read } = await unzip(await docxBuffer(data));
    const xml = await read("word/document.xml");
    const styleCount = (id: string) => count(xml, new RegExp(`<w:pStyle w:val="${id}"/>`, "g"));
    // Title: 1; Heading1: Samenvatting, Scholing, Bijlage; Heading2: Probleemstelling, Doelstellingen; 3-6: one each.
    expect(styleCount("Title")).toBe(1);
    expect(styleCount("Heading1")).toBe(3);
    expect(styleCount("Heading2")).toBe(2);
    for (const id of ["Heading3", "Heading4", "Heading5", "Heading6"]) expect(styleCount(id)).toBe(1);
    const styles = await read("word/styles.xml");
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)![1]!;
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
    const heading3 = /<w:style [^>]*w:styleId="Heading3"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)![1]!;
    expect(heading3).toContain('<w:outlineLvl w:val="2"/>');
  });

  test("the table keeps its rows, its bold header row, and its cell backgrounds", async () => {
    const { read } = await unzip(await docxBuffer(report()));
    const xml = await read("word/document.xml");
    expect(count(xml, /<w:tbl>/g)).toBe(1);
    expect(count(xml, /<w:tr>|<w:tr /g)).toBe(3);
    expect(count(xml, /<w:tblHeader\/>/g)).toBe(1);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="B7E1CD"/);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="F4CCCC"/);
    const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(xml)![0];
    expect(count(firstRow, /<w:b\/>/g)).toBe(3);
  });

  test("the page and the text are the Google Doc's: its A4 landscape, Arial 11 pt, Docs' cell padding", async () => {
    const data = report();
    // What the add-on's updateDocumentStyle leaves in the document: A4 (595.3 × 841.9 pt) turned to landscape.
    data.pageSize = { width: 595.3, height: 841.9 };
    data.flipPageOrientation = true;
    const table = data.body.blocks.find((b) => b.type === "table")!;
    table.columnWidths = [348, 174, 174];
    const { read } = await unzip(await docxBuffer(data));
    const xml = await read("word/document.xml");
    // A4 in twips (20 a point), landscape: 297 mm wide; Google Docs' margins of 1 inch (1440 twips).
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    // The columns in the document's proportions (2 : 1 : 1) over the text width, 16838 - 2 × 1440 twips.
    const cols = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toEqual([6979, 3489, 3489]);
    // A Google Docs table cell's padding: 5 pt (100 twips) on each side.
    const margins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(xml)![1]!;
    for (const side of ["top", "left", "bottom", "right"])
      expect(margins).toMatch(new RegExp(`<w:${side} w:type="dxa" w:w="100"/>`));
    // Google Docs' default text, not Word's or LibreOffice's Times: Arial 11 pt (22 half-points).
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(await read("word/styles.xml"))![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"\/>/);
    expect(defaults).toMatch(/<w:sz w:val="22"\/>/);
    // A document that sets no page is A4 portrait.
    const portrait = await (await unzip(await docxBuffer(report()))).read("word/document.xml");
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  test("text starting with = or holding markup comes out literal, with no field codes", async () => {
    const { read } = await unzip(await docxBuffer(report()));
    const xml = await read("word/document.xml");
    const all = texts(xml);
    expect(all).toContain("=SUM(A1:A3) blijft tekst, <b>dit</b> ook.");
    expect(all).toContain("=1+1");
    expect(all).toContain("<i>Bas</i>");
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
    expect(xml).not.toContain("<b>");
  });

  test("lists, links, page breaks, header and footer", async () => {
    const { zip, read } = await unzip(await docxBuffer(report()));
    const xml = await read("word/document.xml");
    expect(count(xml, /<w:numPr>/g)).toBe(2);
    expect(xml).toContain('<w:ilvl w:val="1"/>');
    expect(count(xml, /<w:br w:type="page"\/>/g)).toBe(1);
    const link = /<w:hyperlink ([^>]*)>([\s\S]*?)<\/w:hyperlink>/.exec(xml)!;
    expect(texts(link[2]!)).toEqual(["open het werkblad"]);
    // The URL's fragment is the hyperlink's anchor; Word joins them again (target#anchor).
    const rId = /r:id="([^"]+)"/.exec(link[1]!)![1]!;
    expect(link[1]).toContain('w:anchor="gid=7"');
    const rels = await read("word/_rels/document.xml.rels");
    expect(rels).toContain(
      `Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://docs.google.com/spreadsheets/d/abc/edit"`,
    );
    const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(texts(await read(headers[0]!))).toEqual(["Netwerk Noord"]);
    expect(texts(await read(footers[0]!))).toEqual(["Vertrouwelijk"]);
    const numbering = await read("word/numbering.xml");
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  test("a numbered list starts again at 1 in every list; bullets, which have no number, share one list", async () => {
    const item = (listId: string, glyph: "NUMBER" | "BULLET", text: string) => ({
      type: "listItem" as const,
      heading: "NORMAL" as const,
      runs: [{ text, style: {} }],
      listId,
      nesting: 0,
      glyph,
    });
    const data = report();
    data.body.blocks = [
      item("een", "NUMBER", "Eerste stap"),
      item("een", "NUMBER", "Tweede stap"),
      item("twee", "NUMBER", "Weer de eerste"),
      item("drie", "BULLET", "Punt"),
      item("vier", "BULLET", "Ander punt"),
    ];
    const { read } = await unzip(await docxBuffer(data));
    const numIds = [...(await read("word/document.xml")).matchAll(/<w:numId w:val="(\d+)"\/>/g)].map(
      (m) => m[1],
    );
    expect(numIds).toHaveLength(5);
    const [a, a2, b, c, d] = numIds;
    expect(a2).toBe(a);
    expect(b).not.toBe(a);
    expect(d).toBe(c);
    const numbering = await read("word/numbering.xml");
    for (const id of new Set(numIds)) expect(numbering).toContain(`<w:num w:numId="${id}"`);
  });

  test("the body written one block at a time is the docx package's own document, byte for byte", async () => {
    const data = report();
    // A second list, with its own numbering instance.
    const items = data.body.blocks.filter((b) => b.type === "listItem");
    data.body.blocks.push(...items.map((b) => ({ ...structuredClone(b), listId: "tweede-lijst" })));
    // And a numbered list in the header: its instance is counted before the body's, as in one document.
    data.header = {
      blocks: [
        ...(data.header?.blocks ?? []),
        ...items.map((b) => ({ ...structuredClone(b), listId: "kop-lijst", glyph: "NUMBER" as const })),
      ],
    };
    const { zip, read } = await unzip(await docxBuffer(data));
    const whole = await unzip(await Packer.toBuffer(docxDocument(data)));
    const parts = Object.keys(whole.zip.files).filter((n) => !whole.zip.files[n]!.dir);
    expect(Object.keys(zip.files).filter((n) => !zip.files[n]!.dir)).toEqual(parts);
    // A link's relationship id is random (docx's ExternalHyperlink); they are numbered in order of appearance.
    const canonical = () => {
      const ids = new Map<string, string>();
      return (xml: string) =>
        xml.replace(/rId(?!\d+")[\w-]{12,}/g, (id) => ids.get(id) ?? ids.set(id, `link${ids.size}`).get(id)!);
    };
    const [ours, theirs] = [canonical(), canonical()];
    // docProps/core.xml has the time it was written.
    for (const name of parts.filter((n) => n !== "docProps/core.xml")) {
      expect([name, ours(await read(name))]).toEqual([name, theirs(await whole.read(name))]);
    }
  });

  test("writeDocx writes the file, making its folder", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docx-"));
    const file = path.join(dir, "out", "rapport.docx");
    await writeDocx(report(), file);
    const { read } = await unzip(fs.readFileSync(file));
    expect(texts(await read("word/document.xml"))).toContain("Voortgangsrapportage");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
