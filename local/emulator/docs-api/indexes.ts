/**
 * The emulated Google Doc (document/model.ts) as Documents.get answers: its segments (the body, the header
 * and the footer) as structural elements with start and end indexes, counted in UTF-16 code units; its lists
 * and its default header and footer. https://developers.google.com/workspace/docs/api/concepts/structure
 * https://developers.google.com/workspace/docs/api/how-tos/tables ("index offsets for each structural element
 * in a 2x2 table": table S..S+12, a row +1, a cell +1, each empty paragraph "\n" of length 1)
 *
 * - The body opens with a section break [0, 1); a header or footer starts at 0 ("the indexes of the elements
 *   within a segment are relative to the beginning of that segment").
 * - A paragraph is its elements (a page break or horizontal rule 1 each, then its text) plus "\n".
 * - A table takes 1 at its start, 1 per row, 1 per cell, its cells' contents, and 1 at its end.
 * - Headers and footers have fixed ids (work.ts: the model has at most one of each).
 */
import type {
  Block,
  DocumentData,
  GlyphName,
  ListItemData,
  ParagraphData,
  TableData,
  TextRun,
  TextStyle,
} from "../document/model";
import { FOOTER_ID, HEADER_ID } from "./work";

// ---------------------------------------------------------------------------------------------------------
// Documents.get

const hex = (v: number) =>
  Math.round(v * 255)
    .toString(16)
    .padStart(2, "0");

/** "#rrggbb" → the API's { color: { rgbColor } }. */
export function optionalColor(color: string) {
  const n = (i: number) => Math.round((parseInt(color.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { color: { rgbColor: { red: n(1), green: n(3), blue: n(5) } } };
}

/** The API's rgbColor → "#rrggbb". */
export function hexOf(rgb: { red?: number; green?: number; blue?: number }): string {
  return `#${hex(rgb.red ?? 0)}${hex(rgb.green ?? 0)}${hex(rgb.blue ?? 0)}`;
}

function textStyleOf(s: TextStyle): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.bold) out.bold = true;
  if (s.italic) out.italic = true;
  if (s.underline) out.underline = true;
  if (s.strikethrough) out.strikethrough = true;
  if (s.fontSize) out.fontSize = { magnitude: s.fontSize, unit: "PT" };
  if (s.fontFamily) out.weightedFontFamily = { fontFamily: s.fontFamily, weight: 400 };
  if (s.foregroundColor) out.foregroundColor = optionalColor(s.foregroundColor);
  if (s.backgroundColor) out.backgroundColor = optionalColor(s.backgroundColor);
  if (s.linkUrl) out.link = { url: s.linkUrl };
  return out;
}

/** DocumentApp's ParagraphHeading as the API's namedStyleType. */
const NAMED_STYLE: Record<string, string> = {
  NORMAL: "NORMAL_TEXT",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING1: "HEADING_1",
  HEADING2: "HEADING_2",
  HEADING3: "HEADING_3",
  HEADING4: "HEADING_4",
  HEADING5: "HEADING_5",
  HEADING6: "HEADING_6",
};

/** DocumentApp's HorizontalAlignment as the API's alignment. */
const ALIGNMENT: Record<string, string> = {
  LEFT: "START",
  CENTER: "CENTER",
  RIGHT: "END",
  JUSTIFY: "JUSTIFIED",
};

type Para = ParagraphData | ListItemData;
type Json = Record<string, unknown>;

function paragraphElement(p: Para, start: number) {
  const elements: Json[] = [];
  let i = start;
  const add = (len: number, el: Json) => {
    elements.push({ startIndex: i, endIndex: i + len, ...el });
    i += len;
  };
  if (p.type === "paragraph" && p.pageBreak) add(1, { pageBreak: {} });
  if (p.type === "paragraph" && p.horizontalRule) add(1, { horizontalRule: {} });
  const runs: TextRun[] = p.runs.length > 0 ? p.runs : [{ text: "", style: {} }];
  runs.forEach((r, k) => {
    const content = k === runs.length - 1 ? `${r.text}\n` : r.text;
    if (content.length > 0) add(content.length, { textRun: { content, textStyle: textStyleOf(r.style) } });
  });
  const paragraphStyle: Json = { namedStyleType: NAMED_STYLE[p.heading] ?? "NORMAL_TEXT" };
  if (p.alignment) paragraphStyle.alignment = ALIGNMENT[p.alignment];
  const paragraph: Json = { elements, paragraphStyle };
  if (p.type === "listItem") paragraph.bullet = { listId: p.listId, nestingLevel: p.nesting };
  return { startIndex: start, endIndex: i, paragraph };
}

/** A table's column widths as its tableStyle: fixed widths in points, the rest evenly distributed. */
function tableStyleOf(t: TableData, columns: number): Json {
  return {
    tableColumnProperties: Array.from({ length: columns }, (_, c) => {
      const w = t.columnWidths?.[c];
      return typeof w === "number"
        ? { widthType: "FIXED_WIDTH", width: { magnitude: w, unit: "PT" } }
        : { widthType: "EVENLY_DISTRIBUTED" };
    }),
  };
}

/** A segment's content as Documents.get lists it, its first element at `base`. */
function segmentContent(blocks: readonly Block[], base: number): Json[] {
  const walk = (holder: readonly Block[], index: number): { content: Json[]; end: number } => {
    const content: Json[] = [];
    let i = index;
    for (const b of holder) {
      if (b.type !== "table") {
        const el = paragraphElement(b, i);
        content.push(el);
        i = el.endIndex;
        continue;
      }
      const start = i;
      i += 1;
      const tableRows = b.rows.map((row) => {
        const rowStart = i;
        i += 1;
        const tableCells = row.cells.map((cell) => {
          const cellStart = i;
          i += 1;
          const inner = walk(cell.blocks, i);
          i = inner.end;
          const tableCellStyle: Json = { rowSpan: 1, columnSpan: 1 };
          if (cell.background) tableCellStyle.backgroundColor = optionalColor(cell.background);
          return { startIndex: cellStart, endIndex: i, content: inner.content, tableCellStyle };
        });
        return { startIndex: rowStart, endIndex: i, tableCells };
      });
      i += 1;
      const columns = b.rows[0]?.cells.length ?? 0;
      content.push({
        startIndex: start,
        endIndex: i,
        table: { rows: b.rows.length, columns, tableRows, tableStyle: tableStyleOf(b, columns) },
      });
    }
    return { content, end: i };
  };
  return walk(blocks, base).content;
}

/** The body's content as Documents.get lists it. */
export function bodyContent(blocks: Block[]): Json[] {
  return [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...segmentContent(blocks, 1)];
}

/** A list level's glyph as the API gives it: a glyphType for numbers and letters, a glyphSymbol for bullets. */
const GLYPH: Record<GlyphName, Json> = {
  BULLET: { glyphSymbol: "\u25cf" },
  HOLLOW_BULLET: { glyphSymbol: "\u25cb" },
  SQUARE_BULLET: { glyphSymbol: "\u25a0" },
  NUMBER: { glyphType: "DECIMAL" },
  LATIN_UPPER: { glyphType: "UPPER_ALPHA" },
  LATIN_LOWER: { glyphType: "ALPHA" },
  ROMAN_UPPER: { glyphType: "UPPER_ROMAN" },
  ROMAN_LOWER: { glyphType: "ROMAN" },
};
const BULLET_CYCLE: GlyphName[] = ["BULLET", "HOLLOW_BULLET", "SQUARE_BULLET"];
const NUMBER_CYCLE: GlyphName[] = ["NUMBER", "LATIN_LOWER", "ROMAN_LOWER"];

/** Every list of the document with its nine nesting levels (the glyph of each level its items show). */
function listsOf(data: DocumentData): Json {
  const byList = new Map<string, Map<number, GlyphName>>();
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === "table") {
        for (const row of b.rows) for (const cell of row.cells) visit(cell.blocks);
      } else if (b.type === "listItem") {
        const levels = byList.get(b.listId) ?? new Map<number, GlyphName>();
        if (!levels.has(b.nesting)) levels.set(b.nesting, b.glyph);
        byList.set(b.listId, levels);
      }
    }
  };
  visit(data.body.blocks);
  if (data.header) visit(data.header.blocks);
  if (data.footer) visit(data.footer.blocks);
  const out: Json = {};
  for (const [id, levels] of byList) {
    const first = [...levels.values()][0]!;
    const cycle = GLYPH[first].glyphSymbol ? BULLET_CYCLE : NUMBER_CYCLE;
    out[id] = {
      listProperties: {
        nestingLevels: Array.from({ length: 9 }, (_, n) => ({ ...GLYPH[levels.get(n) ?? cycle[n % 3]!] })),
      },
    };
  }
  return out;
}

/** The document as Documents.get answers (without tabs or suggestions). */
export function documentJson(data: DocumentData): Json {
  const documentStyle: Json = {};
  const out: Json = {
    documentId: data.id,
    title: data.name,
    revisionId: revisionOf(data),
    body: { content: bodyContent(data.body.blocks) },
  };
  if (data.header) {
    documentStyle.defaultHeaderId = HEADER_ID;
    out.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: segmentContent(data.header.blocks, 0) } };
  }
  if (data.footer) {
    documentStyle.defaultFooterId = FOOTER_ID;
    out.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: segmentContent(data.footer.blocks, 0) } };
  }
  if (data.pageSize) {
    const pt = (magnitude: number) => ({ magnitude, unit: "PT" });
    documentStyle.pageSize = { width: pt(data.pageSize.width), height: pt(data.pageSize.height) };
  }
  if (data.flipPageOrientation) documentStyle.flipPageOrientation = true;
  out.documentStyle = documentStyle;
  const lists = listsOf(data);
  if (Object.keys(lists).length > 0) out.lists = lists;
  return out;
}

/** The document's revision as the API names it (the model counts its edits). */
export const revisionOf = (data: DocumentData): string => `emu-${data.revision ?? 0}`;
