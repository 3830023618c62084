/**
 * A template (`Rapportsjabloon`) as Documents.get returns it, turned into the same flow the model's blocks
 * become (layout.ts), with its text placeholders filled in here: so the template's paragraphs, tables and
 * lists go into the target document in the same one batchUpdate as the rest, and no DocumentApp edit of the
 * target is needed. https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#Document
 *
 * Kept of the template: the paragraphs' text, named style and alignment; bold, italic, underline,
 * strikethrough, colours, links, font size and family of their text; list items (their list's first glyph
 * tells bullets from numbers, their nesting level is kept); page breaks (in the body); tables with their
 * cells' paragraphs, backgrounds and fixed column widths. Anything else in a paragraph (an image, a
 * footnote reference …) is left out and counted (leftOutObjects); a body element that is neither paragraph
 * nor table (a table of contents, a section break) is skipped and counted, as before. Both counts reach the
 * summary dialog: nothing is dropped silently.
 *
 * Pure: Documents.get's answer and the fills in, flow blocks out.
 */
import { hexOfColor } from "../batch";
import {
  type Alignment,
  BULLETS,
  type FlowBlock,
  type FlowPara,
  type FlowTable,
  type ListKeys,
  type ListRef,
  type Look,
  type NamedStyle,
  NUMBERS,
  type RunStyle,
} from "./layout";
import type { Fill, TemplateElement, TemplateInput } from "./placeholders";

// The parts of Documents.get's answer read here (docs_v1 schema, loosely typed).

interface ApiColor {
  color?: { rgbColor?: { red?: number; green?: number; blue?: number } };
}

export interface ApiTextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  foregroundColor?: ApiColor;
  backgroundColor?: ApiColor;
  link?: { url?: string };
  fontSize?: { magnitude?: number; unit?: string };
  weightedFontFamily?: { fontFamily?: string };
}

export interface ApiParagraph {
  elements?: {
    startIndex?: number;
    endIndex?: number;
    textRun?: { content?: string; textStyle?: ApiTextStyle };
    pageBreak?: object;
  }[];
  paragraphStyle?: { namedStyleType?: string; alignment?: string };
  bullet?: { listId?: string; nestingLevel?: number };
}

export interface ApiTable {
  tableRows?: {
    tableCells?: {
      content?: ApiElement[];
      tableCellStyle?: { backgroundColor?: ApiColor };
    }[];
  }[];
  tableStyle?: {
    tableColumnProperties?: { widthType?: string; width?: { magnitude?: number; unit?: string } }[];
  };
}

export interface ApiElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: ApiParagraph;
  table?: ApiTable;
  sectionBreak?: object;
}

export interface ApiSegment {
  content?: ApiElement[];
}

export interface ApiDocument {
  title?: string;
  body?: ApiSegment;
  headers?: Record<string, ApiSegment & { headerId?: string }>;
  footers?: Record<string, ApiSegment & { footerId?: string }>;
  documentStyle?: { defaultHeaderId?: string; defaultFooterId?: string };
  lists?: Record<
    string,
    { listProperties?: { nestingLevels?: { glyphType?: string; glyphSymbol?: string }[] } }
  >;
}

/** The body's elements after its opening section break. */
export function bodyElements(doc: ApiDocument): ApiElement[] {
  const content = doc.body?.content ?? [];
  return content[0]?.sectionBreak ? content.slice(1) : content;
}

export function headerOf(doc: ApiDocument): (ApiSegment & { id: string }) | null {
  const id = doc.documentStyle?.defaultHeaderId;
  const h = id ? doc.headers?.[id] : undefined;
  return id && h ? { ...h, id } : null;
}

export function footerOf(doc: ApiDocument): (ApiSegment & { id: string }) | null {
  const id = doc.documentStyle?.defaultFooterId;
  const f = id ? doc.footers?.[id] : undefined;
  return id && f ? { ...f, id } : null;
}

/**
 * How many things inside the template's paragraphs (body with its tables, header, footer) this copy leaves
 * out: every paragraph element that is neither text nor a page break — an image (inlineObjectElement), a
 * footnote reference, a horizontal rule, a person or rich link chip, an equation. The summary says so.
 */
export function leftOutObjects(doc: ApiDocument): number {
  const inSegment = (content: readonly ApiElement[] | undefined): number =>
    (content ?? []).reduce((n, el) => {
      if (el.paragraph)
        return n + (el.paragraph.elements ?? []).filter((e) => !e.textRun && !e.pageBreak).length;
      if (el.table)
        return (
          n +
          (el.table.tableRows ?? []).reduce(
            (m, row) => m + (row.tableCells ?? []).reduce((k, cell) => k + inSegment(cell.content), 0),
            0,
          )
        );
      return n;
    }, 0);
  return inSegment(doc.body?.content) + inSegment(headerOf(doc)?.content) + inSegment(footerOf(doc)?.content);
}

/** A paragraph's text, without its closing newline. */
export function paragraphText(p: ApiParagraph): string {
  const text = (p.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

function elementText(el: ApiElement): string {
  if (el.paragraph) return paragraphText(el.paragraph);
  if (el.table)
    return (el.table.tableRows ?? [])
      .map((r) => (r.tableCells ?? []).map((c) => (c.content ?? []).map(elementText).join("\n")).join("\n"))
      .join("\n");
  return "";
}

/** DocumentApp's element type names, which planTemplate speaks. */
function typeOf(el: ApiElement): string {
  if (el.table) return "TABLE";
  if (el.paragraph) return el.paragraph.bullet ? "LIST_ITEM" : "PARAGRAPH";
  return "OTHER";
}

/** What planTemplate reads of a template: its body elements' types and texts, its header's and footer's text. */
export function templateInput(doc: ApiDocument): TemplateInput {
  const body: TemplateElement[] = bodyElements(doc).map((el) => ({
    type: typeOf(el),
    text: elementText(el),
  }));
  const text = (s: ApiSegment | null) => (s ? (s.content ?? []).map(elementText).join("\n") : null);
  return { body, header: text(headerOf(doc)), footer: text(footerOf(doc)) };
}

// ---------------------------------------------------------------------------------------------------------
// Elements into flow blocks

function hexOf(c: ApiColor | undefined): string | undefined {
  const rgb = c?.color?.rgbColor;
  return rgb ? hexOfColor(rgb) : undefined;
}

function lookOf(s: ApiTextStyle | undefined): Look {
  if (!s) return {};
  const look: Look = {};
  if (s.bold) look.bold = true;
  if (s.italic) look.italic = true;
  if (s.underline) look.underline = true;
  if (s.strikethrough) look.strikethrough = true;
  const fg = hexOf(s.foregroundColor);
  if (fg) look.color = fg;
  const bg = hexOf(s.backgroundColor);
  if (bg) look.background = bg;
  if (s.link?.url) look.link = s.link.url;
  if (s.fontSize?.magnitude && s.fontSize.unit === "PT") look.fontSize = s.fontSize.magnitude;
  if (s.weightedFontFamily?.fontFamily) look.fontFamily = s.weightedFontFamily.fontFamily;
  return look;
}

const NAMED = new Set<string>([
  "NORMAL_TEXT",
  "TITLE",
  "SUBTITLE",
  "HEADING_1",
  "HEADING_2",
  "HEADING_3",
  "HEADING_4",
  "HEADING_5",
  "HEADING_6",
]);
const ALIGNMENTS = new Set<string>(["START", "CENTER", "END", "JUSTIFIED"]);

/** The literal a fill's pattern matches (placeholders.ts escapes it for RE2). */
const literalOf = (pattern: string) => pattern.replace(/\\(.)/g, "$1");

/**
 * Text with one look per character, every occurrence of each fill replaced by its value (the value takes
 * the look of the placeholder's first character), as runs again.
 */
export function fillText(
  text: string,
  looks: readonly Look[],
  fills: readonly Fill[],
): { text: string; runs: RunStyle[] } {
  let chars = text; // UTF-16 code units throughout, as the API counts
  let marks = [...looks];
  for (const fill of fills) {
    const literal = literalOf(fill.pattern);
    if (literal === "") continue;
    let out = "";
    const outMarks: Look[] = [];
    let i = 0;
    for (let at = chars.indexOf(literal); at >= 0; at = chars.indexOf(literal, i)) {
      out += chars.slice(i, at) + fill.value;
      outMarks.push(
        ...marks.slice(i, at),
        ...Array.from({ length: fill.value.length }, () => marks[at] ?? {}),
      );
      i = at + literal.length;
    }
    out += chars.slice(i);
    outMarks.push(...marks.slice(i));
    chars = out;
    marks = outMarks;
  }
  const runs: RunStyle[] = [];
  const key = (l: Look) => JSON.stringify(l, Object.keys(l).sort());
  for (let i = 0; i < marks.length; ) {
    let j = i + 1;
    const k = key(marks[i]!);
    while (j < marks.length && key(marks[j]!) === k) j++;
    if (Object.keys(marks[i]!).length > 0) runs.push({ start: i, end: j, ...marks[i]! });
    i = j;
  }
  return { text: chars, runs };
}

/** Converts the elements of one template with one list numbering (lists keep their identity). */
export class TemplateReader {
  private readonly lists = new Map<string, ListRef>();

  constructor(
    private readonly doc: ApiDocument,
    private readonly keys: ListKeys,
  ) {}

  private listRef(listId: string): ListRef {
    let ref = this.lists.get(listId);
    if (!ref) {
      const first = this.doc.lists?.[listId]?.listProperties?.nestingLevels?.[0];
      const numbered = first ? !first.glyphSymbol && !!first.glyphType && first.glyphType !== "NONE" : false;
      ref = { key: this.keys.next(), preset: numbered ? NUMBERS : BULLETS };
      this.lists.set(listId, ref);
    }
    return ref;
  }

  /** A paragraph: a page break before it (when it holds one and `breaks`), then its text as a flow paragraph. */
  paragraph(p: ApiParagraph, fills: readonly Fill[], breaks: boolean): FlowBlock[] {
    let text = "";
    const looks: Look[] = [];
    let pageBreak = false;
    for (const e of p.elements ?? []) {
      if (e.pageBreak) pageBreak = true;
      const content = e.textRun?.content;
      if (!content) continue;
      const look = lookOf(e.textRun?.textStyle);
      text += content;
      for (let i = 0; i < content.length; i++) looks.push(look);
    }
    if (text.endsWith("\n")) {
      text = text.slice(0, -1);
      looks.pop();
    }
    // A soft line break (vertical tab) would be refused by insertText: it becomes a space.
    text = text.split("\u000b").join(" ");
    const bullet = p.bullet?.listId ? p.bullet : null;
    const lead = bullet ? "\t".repeat(Math.min(Math.max(bullet.nestingLevel ?? 0, 0), 8)) : "";
    const filled = fillText(
      lead + text,
      [...Array.from({ length: lead.length }, () => ({})), ...looks],
      fills,
    );
    const named = p.paragraphStyle?.namedStyleType ?? "NORMAL_TEXT";
    const align = p.paragraphStyle?.alignment;
    const para: FlowPara = {
      text: filled.text,
      style: (NAMED.has(named) ? named : "NORMAL_TEXT") as NamedStyle,
      runs: filled.runs,
      ...(align && ALIGNMENTS.has(align) && align !== "START" ? { alignment: align as Alignment } : {}),
      ...(bullet ? { list: this.listRef(bullet.listId!) } : {}),
    };
    return [...(pageBreak && breaks ? [{ kind: "pageBreak" as const }] : []), { kind: "para", para }];
  }

  /** A table; a cell's nested table comes out as its paragraphs. */
  table(t: ApiTable, fills: readonly Fill[]): FlowTable {
    const cellParas = (content: readonly ApiElement[]): FlowPara[] =>
      content.flatMap((el) => {
        if (el.paragraph)
          return this.paragraph(el.paragraph, fills, false).flatMap((b) =>
            b.kind === "para" ? [b.para] : [],
          );
        if (el.table)
          return (el.table.tableRows ?? []).flatMap((r) =>
            (r.tableCells ?? []).flatMap((c) => cellParas(c.content ?? [])),
          );
        return [];
      });
    const rows = (t.tableRows ?? []).map((r) =>
      (r.tableCells ?? []).map((c) => {
        const paras = cellParas(c.content ?? []);
        return paras.length > 0 ? paras : [{ text: "", style: "NORMAL_TEXT" as const, runs: [] }];
      }),
    );
    const columns = Math.max(0, ...rows.map((r) => r.length));
    // A ragged table (merged cells in the API's answer) is padded to a rectangle.
    for (const r of rows) while (r.length < columns) r.push([{ text: "", style: "NORMAL_TEXT", runs: [] }]);
    const props = t.tableStyle?.tableColumnProperties ?? [];
    const widths = Array.from({ length: columns }, (_, c) => {
      const p = props[c];
      return p?.widthType === "FIXED_WIDTH" && p.width?.unit === "PT" && typeof p.width.magnitude === "number"
        ? p.width.magnitude
        : null;
    });
    return {
      kind: "table",
      rows,
      backgrounds: (t.tableRows ?? []).map((r) =>
        Array.from(
          { length: columns },
          (_, c) => hexOf(r.tableCells?.[c]?.tableCellStyle?.backgroundColor) ?? null,
        ),
      ),
      widths: widths.some((w) => w !== null) ? widths : null,
    };
  }

  /** One element of the body (or a header or footer, `breaks` false there). */
  element(el: ApiElement, fills: readonly Fill[], breaks = true): FlowBlock[] {
    if (el.paragraph) return this.paragraph(el.paragraph, fills, breaks);
    if (el.table) return [this.table(el.table, fills)];
    return [];
  }

  /** A whole header or footer, its placeholders filled. */
  segment(seg: ApiSegment, fills: readonly Fill[]): FlowBlock[] {
    return (seg.content ?? []).flatMap((el) => this.element(el, fills, false));
  }
}
