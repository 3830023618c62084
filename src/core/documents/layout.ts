/**
 * How a document model becomes a Google Doc with a number of service calls that does not grow with the
 * number of activities (PRODUCT.md §4, ENGINEERING.md "Cost is calls and cells").
 *
 * DocumentApp has no batched formatting: a cell's background (TableCell.setBackgroundColor), a list item
 * or a second paragraph in a cell, a bold word — each is one call per cell or per paragraph, and
 * `appendTable(String[][])` takes one line of plain text per cell. So the document is written in two steps:
 *
 * 1. DocumentApp, per block: a heading or paragraph is `appendParagraph(text)` (+ `setHeading`), a list item
 *    is a paragraph too (its nesting as leading tabs), a page break `appendPageBreak()`, and a table ONE
 *    `appendTable(cells)` with the first line of each cell. Calls: at most two per block outside tables, one
 *    per table — none per row.
 * 2. The advanced Docs service, once per document: `Documents.get` reads where every paragraph and table
 *    cell landed (start indexes), and ONE `Documents.batchUpdate` carries everything else: the other lines
 *    of each cell (insertText: "\n" makes paragraphs), bold, italic, colour and links (updateTextStyle),
 *    bullets and numbers (createParagraphBullets; leading tabs give the nesting and are removed), cell
 *    backgrounds (updateTableCellStyle).
 *    https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate
 *    https://developers.google.com/workspace/docs/api/how-tos/tables (index offsets of a table)
 *
 * The requests are sorted from the end of the document to its start: an insertion then never moves an
 * index a later request uses. Within a cell, text styles come before bullets (which remove the tabs).
 * Pure: the blocks and the document as Documents.get returns it in, operations and requests out.
 */
import {
  type Block,
  type Cell,
  type CellBlock,
  type HeadingLevel,
  type ListBlock,
  MAX_NESTING,
  type Run,
  runsText,
  widthsInPoints,
} from "./model";

/** DocumentApp.ParagraphHeading names. */
export type HeadingName = "NORMAL" | "TITLE" | "SUBTITLE" | "HEADING1" | "HEADING2" | "HEADING3";

/** One DocumentApp call group of step 1, with what step 2 needs to finish it. */
export type WriteOp =
  | { op: "paragraph"; text: string; heading: HeadingName; styles: RunStyle[] }
  | { op: "list"; items: { text: string; styles: RunStyle[] }[]; ordered: boolean }
  | { op: "table"; cells: string[][]; table: CellPlan[][]; widths: number[] | null }
  | { op: "pageBreak" };

/** A styled stretch of a paragraph's text: [start, end) in characters. */
export interface RunStyle {
  start: number;
  end: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  link?: string;
}

/** A cell: its paragraphs' texts (list items with their leading tabs), their styles, its lists, its colour. */
export interface CellPlan {
  paragraphs: { text: string; styles: RunStyle[] }[];
  /** Runs of consecutive paragraphs that form a list: [first, last] paragraph index. */
  lists: { first: number; last: number; ordered: boolean }[];
  bg?: string;
}

/** "#rrggbb" as the API's colour (red, green, blue from 0 to 1), or null. */
export function rgbOf(hex: string): { red: number; green: number; blue: number } | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const part = (i: number) => Math.round((parseInt(m[1]!.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: part(0), green: part(2), blue: part(4) };
}

const HEADINGS: Record<HeadingLevel, HeadingName> = {
  title: "TITLE",
  subtitle: "SUBTITLE",
  1: "HEADING1",
  2: "HEADING2",
  3: "HEADING3",
};

/** The styles of runs laid after `offset` characters (the list item's tabs). */
function runStyles(runs: readonly Run[], offset = 0): RunStyle[] {
  const out: RunStyle[] = [];
  let pos = offset;
  for (const r of runs) {
    const end = pos + r.text.length;
    const look = {
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.color ? { color: r.color } : {}),
      ...(r.link ? { link: r.link } : {}),
    };
    if (end > pos && Object.keys(look).length > 0) out.push({ start: pos, end, ...look });
    pos = end;
  }
  return out;
}

const tabs = (level: number) => "\t".repeat(Math.min(Math.max(level, 0), MAX_NESTING));

function listItems(list: ListBlock) {
  return list.items.map((i) => {
    const lead = tabs(i.level);
    return { text: lead + runsText(i.runs), styles: runStyles(i.runs, lead.length) };
  });
}

function cellPlan(cell: Cell): CellPlan {
  const paragraphs: CellPlan["paragraphs"] = [];
  const lists: CellPlan["lists"] = [];
  const add = (b: CellBlock) => {
    if (b.kind === "paragraph") {
      paragraphs.push({ text: runsText(b.runs), styles: runStyles(b.runs) });
      return;
    }
    if (b.items.length === 0) return;
    const first = paragraphs.length;
    paragraphs.push(...listItems(b));
    lists.push({ first, last: paragraphs.length - 1, ordered: b.ordered });
  };
  for (const b of cell.content) add(b);
  if (paragraphs.length === 0) paragraphs.push({ text: "", styles: [] });
  return { paragraphs, lists, ...(cell.bg ? { bg: cell.bg } : {}) };
}

/** Step 1: the DocumentApp operations of a list of blocks, in order. */
export function writeOps(blocks: readonly Block[]): WriteOp[] {
  const out: WriteOp[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push({
          op: "paragraph",
          text: runsText(b.runs),
          heading: HEADINGS[b.level],
          styles: runStyles(b.runs),
        });
        break;
      case "paragraph":
        out.push({ op: "paragraph", text: runsText(b.runs), heading: "NORMAL", styles: runStyles(b.runs) });
        break;
      case "list":
        if (b.items.length > 0) out.push({ op: "list", items: listItems(b), ordered: b.ordered });
        break;
      case "pageBreak":
        out.push({ op: "pageBreak" });
        break;
      case "table": {
        const rows = [b.header, ...b.rows].map((r) => r.map(cellPlan));
        out.push({
          op: "table",
          table: rows,
          cells: rows.map((r) => r.map((c) => c.paragraphs[0]!.text)),
          widths: widthsInPoints(b),
        });
        break;
      }
    }
  }
  return out;
}

/** How many body children an operation adds: a list one per item, a table two (Docs adds a paragraph after it). */
export function childrenOf(op: WriteOp): number {
  if (op.op === "list") return op.items.length;
  if (op.op === "table") return 2;
  return 1;
}

/** How many DocumentApp calls step 1 makes for an operation (the bound README states). */
export function callsOf(op: WriteOp): number {
  if (op.op === "paragraph") return op.heading === "NORMAL" ? 1 : 2;
  if (op.op === "list") return op.items.length;
  return 1;
}

// ---------------------------------------------------------------------------------------------------------
// Step 2: the batchUpdate requests

/** What the writer appended where: the body child index of an operation's first child. */
export interface Placed {
  child: number;
  op: WriteOp;
}

/** The parts of Documents.get's answer used here (docs_v1 StructuralElement, loosely typed). */
export interface ApiElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: object;
  sectionBreak?: object;
  table?: {
    tableRows?: { tableCells?: { content?: ApiElement[] }[] }[];
  };
}

export interface ApiDocument {
  body?: { content?: ApiElement[] };
}

/** A request of documents.batchUpdate (the ones this writer sends). */
export type DocsRequest =
  | { insertText: { location: { index: number }; text: string } }
  | { updateTextStyle: { range: Range; textStyle: Record<string, unknown>; fields: string } }
  | { createParagraphBullets: { range: Range; bulletPreset: string } }
  | {
      updateTableCellStyle: {
        tableCellStyle: {
          backgroundColor: { color: { rgbColor: { red: number; green: number; blue: number } } };
        };
        fields: string;
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: number }; rowIndex: number; columnIndex: number };
          rowSpan: number;
          columnSpan: number;
        };
      };
    };

interface Range {
  startIndex: number;
  endIndex: number;
}

export const BULLETS = "BULLET_DISC_CIRCLE_SQUARE";
export const NUMBERS = "NUMBERED_DECIMAL_ALPHA_ROMAN";

/** The document's body children as Documents.get lists them: its content after the opening section break. */
function bodyChildren(doc: ApiDocument): ApiElement[] {
  const content = doc.body?.content ?? [];
  return content[0]?.sectionBreak ? content.slice(1) : content;
}

function styleRequests(start: number, styles: readonly RunStyle[]): DocsRequest[] {
  return styles.map((s) => {
    const textStyle: Record<string, unknown> = {};
    const fields: string[] = [];
    if (s.bold) {
      textStyle.bold = true;
      fields.push("bold");
    }
    if (s.italic) {
      textStyle.italic = true;
      fields.push("italic");
    }
    const rgb = s.color ? rgbOf(s.color) : null;
    if (rgb) {
      textStyle.foregroundColor = { color: { rgbColor: rgb } };
      fields.push("foregroundColor");
    }
    if (s.link) {
      textStyle.link = { url: s.link };
      fields.push("link");
    }
    return {
      updateTextStyle: {
        range: { startIndex: start + s.start, endIndex: start + s.end },
        textStyle,
        fields: fields.join(","),
      },
    };
  });
}

const bullets = (range: Range, ordered: boolean): DocsRequest => ({
  createParagraphBullets: { range, bulletPreset: ordered ? NUMBERS : BULLETS },
});

/** The requests for one cell whose first paragraph starts at `start` (its text already written). */
function cellRequests(start: number, cell: CellPlan): DocsRequest[] {
  const out: DocsRequest[] = [];
  const [first, ...rest] = cell.paragraphs;
  if (rest.length > 0) {
    out.push({
      insertText: {
        location: { index: start + first!.text.length },
        text: `\n${rest.map((p) => p.text).join("\n")}`,
      },
    });
  }
  const starts: number[] = [];
  let pos = start;
  for (const p of cell.paragraphs) {
    starts.push(pos);
    pos += p.text.length + 1;
  }
  cell.paragraphs.forEach((p, i) => {
    out.push(...styleRequests(starts[i]!, p.styles));
  });
  for (const l of [...cell.lists].reverse()) {
    const last = cell.paragraphs[l.last]!;
    out.push(
      bullets({ startIndex: starts[l.first]!, endIndex: starts[l.last]! + last.text.length + 1 }, l.ordered),
    );
  }
  return out;
}

function cellBackground(tableStart: number, row: number, col: number, bg: string): DocsRequest[] {
  const rgb = rgbOf(bg);
  if (!rgb) return [];
  return [
    {
      updateTableCellStyle: {
        tableCellStyle: { backgroundColor: { color: { rgbColor: rgb } } },
        fields: "backgroundColor",
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: tableStart }, rowIndex: row, columnIndex: col },
          rowSpan: 1,
          columnSpan: 1,
        },
      },
    },
  ];
}

/** The document has not the shape the writer made: a bug or a concurrent edit (the caller reports it). */
export class LayoutMismatch extends Error {}

function at(children: ApiElement[], i: number, kind: "paragraph" | "table"): ApiElement {
  const el = children[i];
  if (!el?.[kind] || el.startIndex === undefined) {
    throw new LayoutMismatch(`body child ${i} is not a ${kind}`);
  }
  return el;
}

/**
 * Step 2: every request, from the end of the document back to its start. `placed` are the operations in
 * the order they were appended; `doc` is Documents.get's answer after step 1.
 */
export function batchRequests(doc: ApiDocument, placed: readonly Placed[]): DocsRequest[] {
  const children = bodyChildren(doc);
  const out: DocsRequest[] = [];
  for (const { child, op } of [...placed].sort((a, b) => b.child - a.child)) {
    if (op.op === "paragraph") {
      out.push(...styleRequests(at(children, child, "paragraph").startIndex!, op.styles));
    } else if (op.op === "list") {
      const starts = op.items.map((_, i) => at(children, child + i, "paragraph").startIndex!);
      for (let i = op.items.length - 1; i >= 0; i--)
        out.push(...styleRequests(starts[i]!, op.items[i]!.styles));
      const last = at(children, child + op.items.length - 1, "paragraph");
      out.push(bullets({ startIndex: starts[0]!, endIndex: last.endIndex ?? starts[0]! + 1 }, op.ordered));
    } else if (op.op === "table") {
      const el = at(children, child, "table");
      const rows = el.table?.tableRows ?? [];
      for (let r = op.table.length - 1; r >= 0; r--) {
        const cells = op.table[r]!;
        for (let c = cells.length - 1; c >= 0; c--) {
          const first = rows[r]?.tableCells?.[c]?.content?.[0];
          if (first?.startIndex === undefined) throw new LayoutMismatch(`table cell ${r},${c} missing`);
          out.push(...cellRequests(first.startIndex, cells[c]!));
        }
      }
      op.table.forEach((cells, r) => {
        cells.forEach((cell, c) => {
          if (cell.bg) out.push(...cellBackground(el.startIndex!, r, c, cell.bg));
        });
      });
    }
  }
  return out;
}

/** How many tables and level-1 headings the operations hold (for the summary). */
export function countOps(ops: readonly WriteOp[]): { tables: number; sections: number } {
  return {
    tables: ops.filter((o) => o.op === "table").length,
    sections: ops.filter((o) => o.op === "paragraph" && o.heading === "HEADING1").length,
  };
}
