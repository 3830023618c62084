/**
 * How a document model becomes a Google Doc in ONE Docs API documents.batchUpdate (PRODUCT.md §4 and §7,
 * ENGINEERING.md "Cost is calls and cells"): the batch first deletes what the document held and then writes
 * the whole new content, so that the document is, whatever fails, either its previous version or the new one
 * ("If any request is not valid, then the entire request will fail and nothing will be applied",
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate), and it keeps its
 * id. DocumentApp is not needed for the content at all.
 *
 * A document is first a flow: paragraphs (text, named style, styled stretches, list membership), page breaks
 * and tables (cells of paragraphs, backgrounds, column widths). flowOf() makes it from the model's blocks;
 * copy.ts from a template's elements. A flow is then written into a segment (the body, a header or a
 * footer) in two phases (requests: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request):
 *
 * A. Structure, always appended at the end of the segment, so that nothing written moves again:
 *    deleteContentRange of the old content (its last paragraph stays, as the last newline of a segment can
 *    never be deleted; deleteParagraphBullets if it was a list item); then ONE insertText per run of
 *    paragraphs between tables and page breaks (their texts joined by "\n"); insertPageBreak; insertTable
 *    ("a newline character will be inserted before the inserted table") followed by one insertText per
 *    non-empty cell, the last cell first (so the empty table's indexes stay right for the cells before).
 * B. Looks, against the final indexes (computed here from the flow; nothing in B inserts text): one
 *    updateParagraphStyle and one updateTextStyle resetting the whole segment (inserted text inherits the
 *    style of the text before it, and every new paragraph that of the paragraph it was inserted in), then
 *    headings (updateParagraphStyle namedStyleType, one per run of neighbouring paragraphs alike), text
 *    styles (updateTextStyle, one per run of neighbouring stretches alike: stretches separated only by the
 *    newlines of plain paragraphs and a table's cell boundaries are one request), cell backgrounds
 *    (updateTableCellStyle, one per rectangle of cells of one colour), column widths
 *    (updateTableColumnProperties, one per width), and last the lists (createParagraphBullets, from the end
 *    of the segment to its start: "the nesting level of each paragraph is determined by counting leading
 *    tabs ... these leading tabs are removed by this request", which moves what follows).
 *
 * Pure: the flow and what Documents.get says of the document's segments in, the requests out.
 */

import { apiColor } from "../batch";
import { rectangles } from "../rectangles";
import {
  type Block,
  type Cell,
  type HeadingLevel,
  type ListBlock,
  MAX_NESTING,
  PAGE,
  type Run,
  runsText,
  widthsInPoints,
} from "./model";

// ---------------------------------------------------------------------------------------------------------
// The flow

/** The API's named paragraph styles this writer uses. */
export type NamedStyle =
  | "NORMAL_TEXT"
  | "TITLE"
  | "SUBTITLE"
  | "HEADING_1"
  | "HEADING_2"
  | "HEADING_3"
  | "HEADING_4"
  | "HEADING_5"
  | "HEADING_6";

export type Alignment = "START" | "CENTER" | "END" | "JUSTIFIED";

/** The looks of a stretch of text (absent: not set). */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** "#rrggbb". */
  color?: string;
  /** Highlight, "#rrggbb". */
  background?: string;
  link?: string;
  /** Points. */
  fontSize?: number;
  fontFamily?: string;
}

/** A styled stretch of a paragraph's text: [start, end) in characters (UTF-16 code units). */
export interface RunStyle extends Look {
  start: number;
  end: number;
}

/** A list: its preset, and an identity that keeps two lists that meet apart. */
export interface ListRef {
  key: number;
  preset: string;
}

export interface FlowPara {
  /** The text; a list item's nesting as leading tabs (createParagraphBullets turns them into nesting). */
  text: string;
  style: NamedStyle;
  alignment?: Alignment;
  runs: RunStyle[];
  list?: ListRef;
}

export interface FlowTable {
  kind: "table";
  /** Rows of cells of paragraphs (a cell holds at least one paragraph). */
  rows: FlowPara[][][];
  /** Backgrounds by row and column ("#rrggbb" or null). */
  backgrounds: (string | null)[][];
  /** Column widths in points (null: shared evenly); null: every column shares evenly. */
  widths: (number | null)[] | null;
}

export type FlowBlock = { kind: "para"; para: FlowPara } | { kind: "pageBreak" } | FlowTable;

export const BULLETS = "BULLET_DISC_CIRCLE_SQUARE";
export const NUMBERS = "NUMBERED_DECIMAL_ALPHA_ROMAN";

/** Numbers lists so that no two lists share a key (one counter per document). */
export class ListKeys {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

const NAMED: Record<HeadingLevel, NamedStyle> = {
  title: "TITLE",
  subtitle: "SUBTITLE",
  1: "HEADING_1",
  2: "HEADING_2",
  3: "HEADING_3",
};

/** The styles of runs laid after `offset` characters (a list item's tabs). */
function runStyles(runs: readonly Run[], offset = 0): RunStyle[] {
  const out: RunStyle[] = [];
  let pos = offset;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end > pos && (r.bold || r.italic || r.color || r.link)) {
      const style: RunStyle = { start: pos, end };
      if (r.bold) style.bold = true;
      if (r.italic) style.italic = true;
      if (r.color) style.color = r.color;
      if (r.link) style.link = r.link;
      out.push(style);
    }
    pos = end;
  }
  return out;
}

const tabs = (level: number) => "\t".repeat(Math.min(Math.max(level, 0), MAX_NESTING));

const plain = (runs: readonly Run[], style: NamedStyle = "NORMAL_TEXT"): FlowPara => ({
  text: runsText(runs),
  style,
  runs: runStyles(runs),
});

function listParas(list: ListBlock, keys: ListKeys): FlowPara[] {
  const ref: ListRef = { key: keys.next(), preset: list.ordered ? NUMBERS : BULLETS };
  return list.items.map((i) => {
    const lead = tabs(i.level);
    return {
      text: lead + runsText(i.runs),
      style: "NORMAL_TEXT",
      runs: runStyles(i.runs, lead.length),
      list: ref,
    };
  });
}

function cellParas(cell: Cell, keys: ListKeys): FlowPara[] {
  const out: FlowPara[] = [];
  for (const b of cell.content) {
    if (b.kind === "paragraph") out.push(plain(b.runs));
    else if (b.items.length > 0) for (const p of listParas(b, keys)) out.push(p);
  }
  return out.length > 0 ? out : [{ text: "", style: "NORMAL_TEXT", runs: [] }];
}

/** The flow of a list of the model's blocks. */
export function flowOf(blocks: readonly Block[], keys: ListKeys): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push({ kind: "para", para: plain(b.runs, NAMED[b.level]) });
        break;
      case "paragraph":
        out.push({ kind: "para", para: plain(b.runs) });
        break;
      case "list":
        for (const para of listParas(b, keys)) out.push({ kind: "para", para });
        break;
      case "pageBreak":
        out.push({ kind: "pageBreak" });
        break;
      case "table": {
        const rows = [b.header, ...b.rows];
        out.push({
          kind: "table",
          rows: rows.map((r) => r.map((c) => cellParas(c, keys))),
          backgrounds: rows.map((r) => r.map((c) => c.bg ?? null)),
          widths: widthsInPoints(b),
        });
        break;
      }
    }
  }
  return out;
}

/**
 * The characters of flowOf(blocks) (a paragraph's text and its end, a page break one), counted from the blocks
 * without making the flow: a document too large for Google Docs is refused on this count.
 */
export function blocksCharacters(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === "heading" || b.kind === "paragraph") n += runsLength(b.runs) + 1;
    else if (b.kind === "list") n += listCharacters(b);
    else if (b.kind === "pageBreak") n += 1;
    else for (const row of [b.header, ...b.rows]) for (const cell of row) n += cellCharacters(cell);
  }
  return n;
}

const runsLength = (runs: readonly Run[]): number => {
  let n = 0;
  for (const r of runs) n += r.text.length;
  return n;
};

/** listParas' characters: each item's tabs, text and end. */
function listCharacters(list: ListBlock): number {
  let n = 0;
  for (const i of list.items) n += tabs(i.level).length + runsLength(i.runs) + 1;
  return n;
}

/** cellParas' characters: an empty cell is one empty paragraph. */
function cellCharacters(cell: Cell): number {
  let n = 0;
  let paras = 0;
  for (const b of cell.content) {
    if (b.kind === "paragraph") n += runsLength(b.runs) + 1;
    else n += listCharacters(b);
    paras += b.kind === "paragraph" ? 1 : b.items.length;
  }
  return paras > 0 ? n : 1;
}

/** How many tables and level-1 headings a flow holds (for the summary). */
export function countFlow(flow: readonly FlowBlock[]): { tables: number; sections: number } {
  return {
    tables: flow.filter((b) => b.kind === "table").length,
    sections: flow.filter((b) => b.kind === "para" && b.para.style === "HEADING_1").length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Requests

interface Range {
  segmentId?: string;
  startIndex: number;
  endIndex: number;
}

type Location = { segmentId?: string; index: number };
type End = { segmentId?: string };
type Rgb = { red: number; green: number; blue: number };
type TableStart = { tableStartLocation: Location };
type Dimension = { magnitude: number; unit: "PT" };

/** A request of documents.batchUpdate (the ones this writer sends). */
export type DocsRequest =
  | { deleteContentRange: { range: Range } }
  | { deleteParagraphBullets: { range: Range } }
  | { insertText: { location: Location; text: string } | { endOfSegmentLocation: End; text: string } }
  | { insertTable: { endOfSegmentLocation: End; rows: number; columns: number } }
  | { insertPageBreak: { endOfSegmentLocation: End } }
  | { updateParagraphStyle: { range: Range; paragraphStyle: Record<string, unknown>; fields: string } }
  | { updateTextStyle: { range: Range; textStyle: Record<string, unknown>; fields: string } }
  | { createParagraphBullets: { range: Range; bulletPreset: string } }
  | {
      updateTableCellStyle: {
        tableCellStyle: { backgroundColor: { color: { rgbColor: Rgb } } };
        fields: string;
        tableRange: {
          tableCellLocation: TableStart & { rowIndex: number; columnIndex: number };
          rowSpan: number;
          columnSpan: number;
        };
      };
    }
  | {
      updateTableColumnProperties: TableStart & {
        columnIndices: number[];
        tableColumnProperties: { widthType: "FIXED_WIDTH"; width: { magnitude: number; unit: "PT" } };
        fields: string;
      };
    }
  | {
      updateDocumentStyle: {
        documentStyle: { pageSize: { width: Dimension; height: Dimension }; flipPageOrientation: boolean };
        fields: string;
      };
    }
  | { createHeader: { type: "DEFAULT" } }
  | { createFooter: { type: "DEFAULT" } }
  | { deleteHeader: { headerId: string } }
  | { deleteFooter: { footerId: string } };

/**
 * The page of model.ts's PAGE: its size (A4) and, for landscape, flipPageOrientation, "which allows changing
 * the page orientation between portrait and landscape" (DocumentStyle,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#documentstyle). Both fields are
 * set, so a document someone turned by hand comes out the same.
 */
export function pageStyleRequest(): DocsRequest {
  const pt = (magnitude: number): Dimension => ({ magnitude, unit: "PT" });
  return {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(PAGE.widthPt), height: pt(PAGE.heightPt) },
        flipPageOrientation: PAGE.landscape,
      },
      fields: "pageSize,flipPageOrientation",
    },
  };
}

/** "#rrggbb" as the API's colour (red, green, blue from 0 to 1), or null: the Sheets writer's conversion. */
export const rgbOf = (hex: string): Rgb | null => apiColor(hex) as Rgb | null;

/** What Documents.get says of one segment of the document as it is now. */
export interface ExistingSegment {
  /** "" for the body, else the header's or footer's id. */
  id: string;
  /** Its first index: 1 for the body (after the section break), 0 for a header or footer. */
  base: number;
  /** Its end index (after its last newline). */
  end: number;
  /** Its last paragraph is a list item. */
  lastIsListItem: boolean;
}

/** The text looks a segment is reset to before its own are applied (each field named, none set). */
const TEXT_FIELDS = [
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "foregroundColor",
  "backgroundColor",
  "link",
  "fontSize",
  "weightedFontFamily",
];

/** A paragraph of the written segment, where it ends up. */
interface Placed {
  para: FlowPara | null;
  /** Its start index in the final segment. */
  start: number;
  /** Holds a page break (its index is `start`, its text follows it). */
  pageBreak?: boolean;
}

/** Where the segment's content ends up: its paragraphs in order (table cells included) and its tables. */
interface Final {
  paras: Placed[];
  tables: { start: number; table: FlowTable }[];
  end: number;
}

type Top = { kind: "para"; para: FlowPara | null } | { kind: "pageBreak" } | FlowTable;

const paraLen = (p: FlowPara | null) => (p ? p.text.length : 0) + 1;

/** Phase A: the structural requests, and the segment's top-level elements as they will stand. */
function structure(flow: readonly FlowBlock[], seg: ExistingSegment, out: DocsRequest[]): Top[] {
  const segmentId = seg.id === "" ? {} : { segmentId: seg.id };
  const at = { endOfSegmentLocation: { ...segmentId } };
  if (seg.end - 1 > seg.base)
    out.push({
      deleteContentRange: { range: { ...segmentId, startIndex: seg.base, endIndex: seg.end - 1 } },
    });
  if (seg.lastIsListItem)
    out.push({
      deleteParagraphBullets: { range: { ...segmentId, startIndex: seg.base, endIndex: seg.base + 1 } },
    });
  // The segment is now one empty paragraph; `open`: that last paragraph is empty and not yet written.
  const tops: Top[] = [{ kind: "para", para: null }];
  let end = seg.base + 1;
  let open = true;
  let pending: FlowPara[] = [];

  const flush = (openAfter: boolean) => {
    if (pending.length === 0 && !openAfter) return;
    if (pending.length === 0 && open) return;
    // Open: the pending texts fill the last paragraph. Closed: a newline first starts a new one after it
    // (which alone is the new open paragraph when nothing is pending).
    const joined = pending.map((p) => p.text).join("\n");
    const text = open
      ? joined + (openAfter ? "\n" : "")
      : `\n${joined}${openAfter && pending.length > 0 ? "\n" : ""}`;
    if (open && pending.length > 0) {
      (tops[tops.length - 1] as { para: FlowPara | null }).para = pending[0]!;
      for (const p of pending.slice(1)) tops.push({ kind: "para", para: p });
    } else for (const p of pending) tops.push({ kind: "para", para: p });
    if (openAfter) tops.push({ kind: "para", para: null });
    if (text !== "") {
      out.push({ insertText: { ...at, text } });
      end += text.length;
    }
    open = openAfter;
    pending = [];
  };

  for (const b of flow) {
    if (b.kind === "para") {
      pending.push(b.para);
      continue;
    }
    if (b.kind === "pageBreak") {
      if (seg.id !== "") continue; // page breaks live in the body only
      flush(true);
      out.push({ insertPageBreak: at });
      tops.splice(tops.length - 1, 0, { kind: "pageBreak" });
      end += 2;
      continue;
    }
    flush(false);
    // The table comes after the last paragraph (an empty one before it when that one was not written yet),
    // and an empty paragraph follows it.
    const columns = b.rows[0]?.length ?? 0;
    if (b.rows.length === 0 || columns === 0) continue;
    const start = end;
    out.push({ insertTable: { ...at, rows: b.rows.length, columns } });
    const rowLen = 1 + 2 * columns;
    for (let r = b.rows.length - 1; r >= 0; r--) {
      for (let c = columns - 1; c >= 0; c--) {
        const text = b.rows[r]![c]!.map((p) => p.text).join("\n");
        if (text === "") continue;
        const index = start + 1 + r * rowLen + 1 + 2 * c + 1;
        out.push({ insertText: { location: { ...segmentId, index }, text } });
      }
    }
    tops.push(b, { kind: "para", para: null });
    end = start + tableLength(b) + 1;
    open = false;
  }
  flush(false);
  return tops;
}

function tableLength(t: FlowTable): number {
  let n = 2;
  for (const row of t.rows) {
    n += 1;
    for (const cell of row) {
      n += 1;
      for (const p of cell) n += paraLen(p);
    }
  }
  return n;
}

/** Every paragraph and table of the segment with its final start index. */
function finalOf(tops: readonly Top[], base: number): Final {
  const paras: Placed[] = [];
  const tables: Final["tables"] = [];
  let i = base;
  for (const t of tops) {
    if (t.kind === "para") {
      paras.push({ para: t.para, start: i });
      i += paraLen(t.para);
    } else if (t.kind === "pageBreak") {
      paras.push({ para: null, start: i, pageBreak: true });
      i += 2;
    } else {
      tables.push({ start: i, table: t });
      i += 1;
      for (const row of t.rows) {
        i += 1;
        for (const cell of row) {
          i += 1;
          for (const p of cell) {
            paras.push({ para: p, start: i });
            i += paraLen(p);
          }
        }
      }
      i += 1;
    }
  }
  return { paras, tables, end: i };
}

/** A look as the API's textStyle and its field names (every field of the look). */
function textStyleOf(look: Look): { textStyle: Record<string, unknown>; fields: string[] } {
  const textStyle: Record<string, unknown> = {};
  const fields: string[] = [];
  const set = (field: string, value: unknown) => {
    textStyle[field] = value;
    fields.push(field);
  };
  if (look.bold) set("bold", true);
  if (look.italic) set("italic", true);
  if (look.underline) set("underline", true);
  if (look.strikethrough) set("strikethrough", true);
  const fg = look.color ? rgbOf(look.color) : null;
  if (fg) set("foregroundColor", { color: { rgbColor: fg } });
  const bg = look.background ? rgbOf(look.background) : null;
  if (bg) set("backgroundColor", { color: { rgbColor: bg } });
  if (look.link) set("link", { url: look.link });
  if (look.fontSize) set("fontSize", { magnitude: look.fontSize, unit: "PT" });
  if (look.fontFamily) set("weightedFontFamily", { fontFamily: look.fontFamily });
  return { textStyle, fields };
}

/** The looks of a stretch as one comparable key (every Look field in a fixed order; absent as null). */
const lookKey = (s: RunStyle): string =>
  JSON.stringify([
    s.bold,
    s.italic,
    s.underline,
    s.strikethrough,
    s.color,
    s.background,
    s.link,
    s.fontSize,
    s.fontFamily,
  ]);

/** Phase B: the looks, against the final indexes. */
function looks(fin: Final, seg: ExistingSegment, out: DocsRequest[]): void {
  const segmentId = seg.id === "" ? {} : { segmentId: seg.id };
  const range = (startIndex: number, endIndex: number): Range => ({ ...segmentId, startIndex, endIndex });
  const all = range(seg.base, fin.end);
  out.push({
    updateParagraphStyle: {
      range: all,
      paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
      fields: "namedStyleType,alignment",
    },
  });
  out.push({ updateTextStyle: { range: all, textStyle: {}, fields: TEXT_FIELDS.join(",") } });

  // Named styles and alignments: one request per run of neighbouring paragraphs alike (nothing between).
  const paraRuns = (value: (p: FlowPara) => string | undefined, emit: (v: string, r: Range) => void) => {
    let cur: { v: string; start: number; end: number } | null = null;
    for (const p of fin.paras) {
      const v = p.para ? value(p.para) : undefined;
      if (cur && v === cur.v && p.start === cur.end) {
        cur.end = p.start + paraLen(p.para);
        continue;
      }
      if (cur) emit(cur.v, range(cur.start, cur.end));
      cur = v ? { v, start: p.start, end: p.start + paraLen(p.para) } : null;
    }
    if (cur) emit(cur.v, range(cur.start, cur.end));
  };
  paraRuns(
    (p) => (p.style === "NORMAL_TEXT" ? undefined : p.style),
    (v, r) =>
      out.push({
        updateParagraphStyle: { range: r, paragraphStyle: { namedStyleType: v }, fields: "namedStyleType" },
      }),
  );
  paraRuns(
    (p) => p.alignment,
    (v, r) =>
      out.push({ updateParagraphStyle: { range: r, paragraphStyle: { alignment: v }, fields: "alignment" } }),
  );

  // Text looks: stretches alike are joined when only plain paragraphs' newlines and a table's boundaries lie
  // between them (a list item's newline carries its bullet's look; a page break is content).
  let cur: { key: string; look: RunStyle; start: number; end: number } | null = null;
  let joinable = false;
  const emitText = () => {
    if (!cur) return;
    const { textStyle, fields } = textStyleOf(cur.look);
    if (fields.length > 0)
      out.push({
        updateTextStyle: { range: range(cur.start, cur.end), textStyle, fields: fields.join(",") },
      });
    cur = null;
  };
  for (const p of fin.paras) {
    if (!p.para || p.pageBreak) {
      if (p.pageBreak) emitText();
      continue;
    }
    const textStart = p.start;
    const len = p.para.text.length;
    for (const s of p.para.runs) {
      const key = lookKey(s);
      const a = textStart + s.start;
      const b = textStart + s.end;
      if (cur && cur.key === key && (cur.end === a || (joinable && s.start === 0))) {
        cur.end = b;
      } else {
        emitText();
        cur = { key, look: s, start: a, end: b };
      }
      joinable = false;
    }
    // What follows this paragraph's last stretch: text (not joinable) or its newline (joinable unless a list item).
    const last = p.para.runs[p.para.runs.length - 1];
    joinable = cur !== null && !p.para.list && (last ? last.end === len : len === 0 && joinable);
    if (len > 0 && !last) joinable = false;
  }
  emitText();

  for (const { start, table } of fin.tables) {
    for (const rect of rectangles(table.backgrounds)) {
      const rgb = rgbOf(rect.color);
      if (!rgb) continue;
      out.push({
        updateTableCellStyle: {
          tableCellStyle: { backgroundColor: { color: { rgbColor: rgb } } },
          fields: "backgroundColor",
          tableRange: {
            tableCellLocation: {
              tableStartLocation: { ...segmentId, index: start },
              rowIndex: rect.row,
              columnIndex: rect.col,
            },
            rowSpan: rect.rows,
            columnSpan: rect.cols,
          },
        },
      });
    }
    const byWidth = new Map<number, number[]>();
    table.widths?.forEach((w, c) => {
      if (w === null || w < 5) return;
      byWidth.set(w, [...(byWidth.get(w) ?? []), c]);
    });
    for (const [w, columns] of byWidth) {
      out.push({
        updateTableColumnProperties: {
          tableStartLocation: { ...segmentId, index: start },
          columnIndices: columns,
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: w, unit: "PT" } },
          fields: "width,widthType",
        },
      });
    }
  }

  // Lists last, from the end to the start: each removes its items' leading tabs.
  const lists: { preset: string; start: number; end: number }[] = [];
  let prev: { key: number; i: number } | null = null;
  fin.paras.forEach((p, i) => {
    const l = p.para?.list;
    if (!l) {
      prev = null;
      return;
    }
    const end = p.start + paraLen(p.para);
    const last = lists[lists.length - 1];
    if (prev && prev.key === l.key && prev.i === i - 1 && last) last.end = end;
    else lists.push({ preset: l.preset, start: p.start, end });
    prev = { key: l.key, i };
  });
  for (const l of lists.reverse())
    out.push({ createParagraphBullets: { range: range(l.start, l.end), bulletPreset: l.preset } });
}

/** Every request that replaces a segment's content with `flow`. */
export function segmentRequests(flow: readonly FlowBlock[], seg: ExistingSegment): DocsRequest[] {
  const out: DocsRequest[] = [];
  const tops = structure(flow, seg, out);
  looks(finalOf(tops, seg.base), seg, out);
  return out;
}
