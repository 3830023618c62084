/**
 * An emulated Google Doc (the plain model of local/emulator/document/model.ts) as a .docx file
 * (PRODUCT.md §8: `rapport.docx`, `jaaractieplan.docx`), written with the `docx` package.
 *
 * - Headings: the built-in Word styles Title, Subtitle and Heading 1–6, each with its outline level, so
 *   Word's navigation pane and a table of contents see them.
 * - Lists: one numbering definition per glyph type (bullet, hollow bullet, square, 1., A., a., I., i.) with
 *   nine levels; each numbered Docs list (its listId) is its own instance, so numbering restarts per list.
 *   Bullets have no number to restart: all bullet items of a glyph share one instance (a 10,000-activity
 *   year plan has some 5,000 lists, each of which would otherwise be a w:num of its own in numbering.xml).
 * - The page: the document's page size and orientation (A4 landscape, as the add-on sets it with the Docs API;
 *   A4 portrait when the document has none), with Google Docs' margins of 1 inch.
 * - Tables: full width, the columns in the document's proportions; a cell's background as its shading; the
 *   cell padding of a Google Docs table (5 pt a side); a first row whose every cell is bold all through
 *   repeats as header row on each page (Docs itself has no header-row flag that DocumentApp can set).
 * - Text: Google Docs' default, Arial 11 pt (Word and LibreOffice would otherwise set Times, whose narrower
 *   letters hide what wraps in the Google Doc); bold, italic, underline, strikethrough, size, font, colour,
 *   highlight, links (as hyperlinks).
 *   Everything is written as text runs: no field codes, so "=SUM(…)" or "<b>" come out as typed.
 * - A page break or horizontal rule paragraph becomes a Word page break or a paragraph with a bottom border.
 * - The document's header and footer become the section's default header and footer.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  type IContext,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type {
  AlignmentName,
  Block,
  DocumentData,
  GlyphName,
  HeadingName,
  ListItemData,
  ParagraphData,
  TextRun as RunData,
  SectionData,
  TableData,
} from "../emulator/document/model";

type DocxBlock = Paragraph | Table;

const HEADING: Record<
  Exclude<HeadingName, "NORMAL" | "SUBTITLE">,
  (typeof HeadingLevel)[keyof typeof HeadingLevel]
> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

const ALIGNMENT: Record<AlignmentName, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

/** Per glyph: the level format and the text of each level (%1 … %9 stand for the level's number). */
const GLYPH_FORMAT: Record<
  GlyphName,
  { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }
> = {
  BULLET: { format: LevelFormat.BULLET, text: () => "\u2022" },
  HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => "\u25e6" },
  SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => "\u25aa" },
  NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

const GLYPHS = Object.keys(GLYPH_FORMAT) as GlyphName[];
/** Glyphs without a number: their lists need no instance of their own. */
const BULLETS = new Set<GlyphName>(["BULLET", "HOLLOW_BULLET", "SQUARE_BULLET"]);

const glyphReference = (glyph: GlyphName) => `netwerkplan-${glyph.toLowerCase()}`;

/** The numbering definitions: one per glyph type, nine levels each. */
function numberingConfig() {
  return GLYPHS.map((glyph) => ({
    reference: glyphReference(glyph),
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: GLYPH_FORMAT[glyph].format,
      text: GLYPH_FORMAT[glyph].text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  }));
}

/** Heading styles with their outline level (what Word's navigation pane reads). */
function headingStyles() {
  const heading = (outlineLevel: number, size: number) => ({
    run: { size, bold: true },
    paragraph: { outlineLevel, spacing: { before: 240, after: 120 }, keepNext: true },
  });
  return {
    title: { run: { size: 52 }, paragraph: { spacing: { after: 200 } } },
    heading1: heading(0, 36),
    heading2: heading(1, 30),
    heading3: heading(2, 26),
    heading4: heading(3, 24),
    heading5: heading(4, 22),
    heading6: heading(5, 22),
  };
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

function textRun(run: RunData, extra: { style?: string } = {}): TextRun {
  const s = run.style;
  return new TextRun({
    text: run.text,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
    ...(s.strikethrough ? { strike: true } : {}),
    ...(s.fontSize ? { size: Math.round(s.fontSize * 2) } : {}),
    ...(s.fontFamily ? { font: s.fontFamily } : {}),
    ...(s.foregroundColor ? { color: hex(s.foregroundColor) } : {}),
    ...(s.backgroundColor
      ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: hex(s.backgroundColor) } }
      : {}),
    ...extra,
  });
}

/** Runs as docx children: neighbouring runs with the same link become one hyperlink. */
function runsToChildren(runs: readonly RunData[]): (TextRun | ExternalHyperlink)[] {
  const out: (TextRun | ExternalHyperlink)[] = [];
  let i = 0;
  while (i < runs.length) {
    const link = runs[i]!.style.linkUrl;
    if (!link) {
      out.push(textRun(runs[i]!));
      i++;
      continue;
    }
    const group: TextRun[] = [];
    while (i < runs.length && runs[i]!.style.linkUrl === link) {
      group.push(textRun(runs[i]!, { style: "Hyperlink" }));
      i++;
    }
    out.push(new ExternalHyperlink({ link, children: group }));
  }
  return out;
}

/** The instance number of each Docs list, in order of first appearance. */
class ListInstances {
  private readonly ids = new Map<string, number>();
  of(listId: string): number {
    let n = this.ids.get(listId);
    if (n === undefined) {
      n = this.ids.size + 1;
      this.ids.set(listId, n);
    }
    return n;
  }
}

function paragraph(p: ParagraphData | ListItemData, lists: ListInstances): Paragraph {
  if (p.type === "paragraph" && p.pageBreak) return new Paragraph({ children: [new PageBreak()] });
  if (p.type === "paragraph" && p.horizontalRule) {
    return new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } },
      children: [],
    });
  }
  const heading = p.heading === "NORMAL" || p.heading === "SUBTITLE" ? undefined : HEADING[p.heading];
  return new Paragraph({
    children: runsToChildren(p.runs),
    ...(heading ? { heading } : {}),
    ...(p.heading === "SUBTITLE" ? { style: "Subtitle" } : {}),
    ...(p.alignment ? { alignment: ALIGNMENT[p.alignment] } : {}),
    ...(p.type === "listItem"
      ? {
          numbering: {
            reference: glyphReference(p.glyph),
            level: p.nesting,
            instance: BULLETS.has(p.glyph) ? 0 : lists.of(p.listId),
          },
        }
      : {}),
  });
}

/** Whether a row is bold all through (every cell has text, every run bold): Netwerkplan's header rows are. */
function isBoldRow(cells: TableData["rows"][number]["cells"]): boolean {
  return (
    cells.length > 0 &&
    cells.every((c) => {
      const runs = c.blocks.flatMap((b) => b.runs);
      return runs.length > 0 && runs.every((r) => r.style.bold === true);
    })
  );
}

/** Google Docs' default text (NORMAL_TEXT): Arial 11 pt. */
const DEFAULT_FONT = "Arial";
const DEFAULT_SIZE_PT = 11;
/** Google Docs' page margins: 1 inch (1440 twips) on each side. */
const MARGIN_TWIPS = 1440;
/** A4 in twips (210 × 297 mm), the page of a document that sets none. */
const A4_TWIPS = { width: 11906, height: 16838 };
/** The padding of a Google Docs table cell: 5 pt (100 twips) on each side. */
const CELL_PADDING_TWIPS = 100;

/** The document's page in twips, as given (portrait size) with its orientation. */
function pageOf(doc: DocumentData): { width: number; height: number; landscape: boolean } {
  const size = doc.pageSize
    ? { width: Math.round(doc.pageSize.width * 20), height: Math.round(doc.pageSize.height * 20) }
    : A4_TWIPS;
  return { ...size, landscape: doc.flipPageOrientation === true };
}

/** The width between the margins of the page, in twips. */
function textWidthOf(doc: DocumentData): number {
  const page = pageOf(doc);
  return (page.landscape ? page.height : page.width) - 2 * MARGIN_TWIPS;
}

/** Twips per column: the document's widths (points, scaled to the text width) or an even share of it. */
function columnWidthsOf(t: TableData, columns: number, textWidth: number): number[] {
  const set = t.columnWidths ?? [];
  const known = set.filter((w): w is number => typeof w === "number" && w > 0);
  if (known.length === 0) return Array.from({ length: columns }, () => Math.floor(textWidth / columns));
  const unknown = columns - known.length;
  const knownSum = known.reduce((a, b) => a + b, 0);
  const share = unknown > 0 ? knownSum / known.length : 0;
  const total = knownSum + share * unknown;
  return Array.from({ length: columns }, (_, i) => {
    const w = set[i];
    return Math.floor(((typeof w === "number" && w > 0 ? w : share) / total) * textWidth);
  });
}

function table(t: TableData, lists: ListInstances, textWidth: number): Table {
  const columns = Math.max(1, ...t.rows.map((r) => r.cells.length));
  const padding = CELL_PADDING_TWIPS;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnWidthsOf(t, columns, textWidth),
    margins: { top: padding, bottom: padding, left: padding, right: padding },
    rows: t.rows.map(
      (row, r) =>
        new TableRow({
          ...(r === 0 && t.rows.length > 1 && isBoldRow(row.cells) ? { tableHeader: true } : {}),
          children: row.cells.map(
            (cell) =>
              new TableCell({
                children:
                  cell.blocks.length > 0 ? cell.blocks.map((b) => paragraph(b, lists)) : [new Paragraph({})],
                ...(cell.background
                  ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: hex(cell.background) } }
                  : {}),
              }),
          ),
        }),
    ),
  });
}

function block(b: Block, lists: ListInstances, textWidth: number): DocxBlock {
  return b.type === "table" ? table(b, lists, textWidth) : paragraph(b, lists);
}

function blocks(section: readonly Block[], lists: ListInstances, textWidth: number): DocxBlock[] {
  return section.map((b) => block(b, lists, textWidth));
}

/** A header or footer: Word needs at least one paragraph in it. */
function sectionChildren(section: SectionData, lists: ListInstances, textWidth: number): DocxBlock[] {
  const out = blocks(section.blocks, lists, textWidth);
  return out.length > 0 ? out : [new Paragraph({})];
}

/**
 * The document as a docx `Document`, with the body's blocks (`body: false`: without them). The lists of the
 * header, the footer and then the body are numbered in one series, `lists` (given: the caller goes on with it).
 */
export function docxDocument(
  doc: DocumentData,
  opts: { body?: boolean; lists?: ListInstances } = {},
): Document {
  const lists = opts.lists ?? new ListInstances();
  const textWidth = textWidthOf(doc);
  const page = pageOf(doc);
  return new Document({
    title: doc.name,
    creator: "Netwerkplan",
    styles: {
      default: {
        document: { run: { font: DEFAULT_FONT, size: DEFAULT_SIZE_PT * 2 } },
        ...headingStyles(),
      },
      paragraphStyles: [
        {
          id: "Subtitle",
          name: "Subtitle",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { size: 30, color: "595959" },
          paragraph: { spacing: { after: 200 } },
        },
      ],
    },
    numbering: { config: numberingConfig() },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: page.width,
              height: page.height,
              orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS, right: MARGIN_TWIPS },
          },
        },
        ...(doc.header
          ? { headers: { default: new Header({ children: sectionChildren(doc.header, lists, textWidth) }) } }
          : {}),
        ...(doc.footer
          ? { footers: { default: new Footer({ children: sectionChildren(doc.footer, lists, textWidth) }) } }
          : {}),
        children: opts.body === false ? [] : blocks(doc.body.blocks, lists, textWidth),
      },
    ],
  });
}

/**
 * The .docx bytes of a document. The docx package turns a whole document into its XML at once, holding
 * three trees of it (its components, the objects its formatter makes of them, and the elements its
 * stringifier resolves them to): for a 10,000-activity year plan (a 6 MB document.xml) over 300 MB. So the
 * body is written here one block at a time, each through the same steps (its components, `prepForXml`
 * in the document's context, so that lists and links are registered in the document as docx registers
 * them, and docx's XML form), and the package is docx's own with that body: docx writes every other part
 * (numbering, relationships, styles, header and footer) as for the whole document.
 */
export async function docxBuffer(doc: DocumentData): Promise<Buffer> {
  const lists = new ListInstances();
  const file = docxDocument(doc, { body: false, lists });
  const view = file.Document.View;
  const context: IContext = { file, viewWrapper: file.Document, stack: [] };
  // A block of the body is written inside the document and its body, as docx writes it.
  const blockContext: IContext = { ...context, stack: [view, view.Body] as unknown as IContext["stack"] };
  const textWidth = textWidthOf(doc);
  const body = doc.body.blocks.map((b) => {
    const xml = xmlOf(block(b, lists, textWidth).prepForXml(blockContext));
    return withListIds(xml, file);
  });
  const documentXml = xmlOf(view.prepForXml(context), DOCUMENT_DECLARATION);
  // The body's own properties (<w:sectPr>) come after its blocks.
  const at = documentXml.lastIndexOf("<w:sectPr");
  if (at < 0) throw new Error("docx wrote a document without section properties");
  const data = documentXml.slice(0, at) + body.join("") + documentXml.slice(at);
  body.length = 0; // the blocks' XML is in `data` now; docx packs the rest while it is let go
  return Packer.toBuffer(file, false, [{ path: "word/document.xml", data }]);
}

/** Writes the document to `file` (folders made as needed). */
export async function writeDocx(doc: DocumentData, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await docxBuffer(doc));
}

// ---------------------------------------------------------------------------------------------------------
// docx's XML form of a formatted component, for the blocks written one at a time. The docx package does not
// export its stringifier (stringifyXmlable, src/export/formatter); this is its steps without indentation,
// quirks and all, so that a block comes out byte for byte as docx writes it: `{ tag: { _attr } }` is
// `<tag …/>`, `{ tag: [ { _attr }, child… ] }` is `<tag …>…</tag>` (also when it has no children), a text child
// takes the place of the child before it, values are escaped and control characters dropped.

type Xmlable = { [tag: string]: unknown };

const DOCUMENT_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};
/** XML 1.0 has no place for control characters other than tab and line breaks: docx drops them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the dropped control characters are the point
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeValue = (v: unknown) => (typeof v === "string" ? v.replace(ESCAPED, (c) => ESCAPES[c] ?? "") : v);

function xmlOf(x: Xmlable | undefined, declaration = ""): string {
  if (!x) throw new Error("docx formatted a block as nothing");
  return declaration + element(x);
}

function element(data: Xmlable): string {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: unknown[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr))
      attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push("");
        for (const value of values) {
          if (typeof value === "object") {
            if (Object.keys(value)[0] === "_attr")
              addAttributes((value as { _attr: Record<string, unknown> })._attr);
            else content.push(element(value as Xmlable));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push("");
      }
    }
  } else content.push(escapeValue(values));
  const open =
    (name ? `<${name}` : "") +
    (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") +
    (content.length > 0 ? (name ? ">" : "") : "/>");
  if (content.length === 0) return open;
  return `${open}${content.map((c) => (c === undefined ? "" : String(c))).join("")}${name ? `</${name}>` : ""}`;
}

/**
 * docx writes a list paragraph's numId as a placeholder, `{reference-instance}`, and puts in the concrete
 * list's id when it writes the package (NumberingReplacer); the body written here gets the same ids.
 */
function withListIds(xml: string, file: Document): string {
  const ids = new Map(
    file.Numbering.ConcreteNumbering.map((n) => [
      n.restartedListId === undefined
        ? `${n.reference}-${n.instance}`
        : `${n.reference}-restart ${n.restartedListId}`,
      String(n.numId),
    ]),
  );
  return xml.replace(/\{([^{}]+)\}/g, (placeholder, key: string) => ids.get(key) ?? placeholder);
}
