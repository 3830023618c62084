/**
 * The emulated Google Doc (document/model.ts) as the Docs API sees it: a body of structural elements with
 * start and end indexes, counted in UTF-16 code units.
 * https://developers.google.com/workspace/docs/api/concepts/structure#indexes
 * https://developers.google.com/workspace/docs/api/how-tos/tables ("index offsets for each structural element
 * in a 2x2 table": table S..S+12, a row +1, a cell +1, each empty paragraph "\n" of length 1)
 *
 * - The body opens with a section break [0, 1).
 * - A paragraph is its elements (a page break or horizontal rule 1 each, then its text) plus "\n".
 * - A table takes 1 at its start, 1 per row, 1 per cell, its cells' contents, and 1 at its end.
 *
 * `slots` lists every paragraph (table cells included) with its indexes and where it lives, so that the
 * requests (requests.ts) can edit the plain model by index.
 */
import {
  type Block,
  type ListItemData,
  type ParagraphData,
  runsText,
  type TableData,
  type TextRun,
  type TextStyle,
} from "../document/model";

export type Para = ParagraphData | ListItemData;

/** One paragraph of the document, where it is. */
export interface Slot {
  start: number;
  /** Exclusive: the index after its "\n". */
  end: number;
  para: Para;
  /** The list the paragraph is in (a section's or a cell's blocks) and its position there. */
  holder: Block[];
  /** Elements before the text (page break, horizontal rule). */
  prefix: number;
}

export interface TableSlot {
  start: number;
  end: number;
  table: TableData;
}

export interface Layout {
  slots: Slot[];
  tables: TableSlot[];
  /** The body's end index. */
  end: number;
}

const prefixOf = (p: Para): number =>
  p.type === "paragraph" ? (p.pageBreak ? 1 : 0) + (p.horizontalRule ? 1 : 0) : 0;

/** The indexes of every paragraph and table of a body. */
export function layoutOf(blocks: Block[]): Layout {
  const slots: Slot[] = [];
  const tables: TableSlot[] = [];
  const walk = (holder: Block[], index: number): number => {
    let i = index;
    for (const b of holder) {
      if (b.type === "table") {
        const start = i;
        i += 1;
        for (const row of b.rows) {
          i += 1;
          for (const cell of row.cells) {
            i += 1;
            i = walk(cell.blocks as Block[], i);
          }
        }
        i += 1;
        tables.push({ start, end: i, table: b });
      } else {
        const prefix = prefixOf(b);
        const end = i + prefix + runsText(b.runs).length + 1;
        slots.push({ start: i, end, para: b, holder, prefix });
        i = end;
      }
    }
    return i;
  };
  const end = walk(blocks, 1);
  return { slots, tables, end };
}

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

function paragraphElement(p: Para, start: number) {
  const elements: Record<string, unknown>[] = [];
  let i = start;
  const add = (len: number, el: Record<string, unknown>) => {
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
  const paragraph: Record<string, unknown> = {
    elements,
    paragraphStyle: { namedStyleType: NAMED_STYLE[p.heading] ?? "NORMAL_TEXT" },
  };
  if (p.type === "listItem") paragraph.bullet = { listId: p.listId, nestingLevel: p.nesting };
  return { startIndex: start, endIndex: i, paragraph };
}

/** The body's content as Documents.get lists it. */
export function bodyContent(blocks: Block[]): Record<string, unknown>[] {
  const walk = (holder: Block[], index: number): { content: Record<string, unknown>[]; end: number } => {
    const content: Record<string, unknown>[] = [];
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
          const inner = walk(cell.blocks as Block[], i);
          i = inner.end;
          const tableCellStyle: Record<string, unknown> = { rowSpan: 1, columnSpan: 1 };
          if (cell.background) tableCellStyle.backgroundColor = optionalColor(cell.background);
          return { startIndex: cellStart, endIndex: i, content: inner.content, tableCellStyle };
        });
        return { startIndex: rowStart, endIndex: i, tableCells };
      });
      i += 1;
      content.push({
        startIndex: start,
        endIndex: i,
        table: { rows: b.rows.length, columns: b.rows[0]?.cells.length ?? 0, tableRows },
      });
    }
    return { content, end: i };
  };
  return [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...walk(blocks, 1).content];
}
