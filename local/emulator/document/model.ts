/**
 * The plain data of an emulated Google Doc, stored in the account (`account.data.documents[id]`) so that it
 * survives executions and `--state`. The emulated DocumentApp classes are views over it; local/io/docx.ts
 * writes it as a .docx. Everything here is JSON (no class instances, no Dates).
 *
 * Shape, as Apps Script shows a document (https://developers.google.com/apps-script/guides/docs#structure_of_a_document):
 * a body, an optional header and footer, each a list of blocks; a block is a paragraph, a list item or a
 * table. A page break and a horizontal rule live inside a paragraph of their own in Google Docs
 * (Body.appendPageBreak() adds a paragraph that holds the break), so they are flags of a paragraph here.
 */

/** ParagraphHeading names. https://developers.google.com/apps-script/reference/document/paragraph-heading */
export const HEADINGS = [
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
] as const;
export type HeadingName = (typeof HEADINGS)[number];

/** GlyphType names. https://developers.google.com/apps-script/reference/document/glyph-type */
export const GLYPHS = [
  "BULLET",
  "HOLLOW_BULLET",
  "SQUARE_BULLET",
  "NUMBER",
  "LATIN_UPPER",
  "LATIN_LOWER",
  "ROMAN_UPPER",
  "ROMAN_LOWER",
] as const;
export type GlyphName = (typeof GLYPHS)[number];

/** HorizontalAlignment names. https://developers.google.com/apps-script/reference/document/horizontal-alignment */
export const ALIGNMENTS = ["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const;
export type AlignmentName = (typeof ALIGNMENTS)[number];

/** Character attributes of a run of text; an absent key means "not set" (Apps Script reads it as null). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** Points. */
  fontSize?: number;
  fontFamily?: string;
  /** "#rrggbb", lower case. */
  foregroundColor?: string;
  /** Highlight behind the text, "#rrggbb". */
  backgroundColor?: string;
  linkUrl?: string;
}

/** Text with one style. A paragraph's text is the concatenation of its runs. */
export interface TextRun {
  text: string;
  style: TextStyle;
}

export interface ParagraphData {
  type: "paragraph";
  heading: HeadingName;
  alignment?: AlignmentName;
  runs: TextRun[];
  /** This paragraph holds a page break (Body.appendPageBreak()). */
  pageBreak?: boolean;
  /** This paragraph holds a horizontal rule (Body.appendHorizontalRule()). */
  horizontalRule?: boolean;
}

export interface ListItemData {
  type: "listItem";
  heading: HeadingName;
  alignment?: AlignmentName;
  runs: TextRun[];
  /** Items with the same listId form one list (numbering continues). */
  listId: string;
  /** 0 = top level. */
  nesting: number;
  glyph: GlyphName;
}

export interface TableCellData {
  /** Paragraphs and list items of the cell; a cell always has at least one paragraph. */
  blocks: (ParagraphData | ListItemData)[];
  /** "#rrggbb", or absent. */
  background?: string;
}

export interface TableRowData {
  cells: TableCellData[];
}

export interface TableData {
  type: "table";
  rows: TableRowData[];
  /** Column widths in points, by column; absent or null: the column shares the page evenly. */
  columnWidths?: (number | null)[];
}

export type Block = ParagraphData | ListItemData | TableData;

/** Body, header or footer: a list of blocks (never empty: a section keeps at least one paragraph). */
export interface SectionData {
  blocks: Block[];
}

export interface DocumentData {
  id: string;
  name: string;
  body: SectionData;
  header: SectionData | null;
  footer: SectionData | null;
  /** Counter for list ids (`kix.list.<n>`). */
  nextListId: number;
  /** Counts the document's edits (the Docs API's revisionId); absent: never edited. */
  revision?: number;
  /**
   * The page size in points as the Docs API's DocumentStyle.pageSize holds it (updateDocumentStyle); absent:
   * the account's default, which is not modelled.
   */
  pageSize?: { width: number; height: number };
  /** DocumentStyle.flipPageOrientation: the page is pageSize turned a quarter (landscape for a portrait size). */
  flipPageOrientation?: boolean;
}

export function newParagraph(text = "", heading: HeadingName = "NORMAL"): ParagraphData {
  return { type: "paragraph", heading, runs: text ? [{ text, style: {} }] : [] };
}

/** A new document as DocumentApp.create makes it: a body with one empty paragraph, no header or footer. */
export function newDocumentData(id: string, name: string): DocumentData {
  return { id, name, body: { blocks: [newParagraph()] }, header: null, footer: null, nextListId: 1 };
}

/** The text of a paragraph or list item. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join("");
}

/** A cell's text as Apps Script gives it: its paragraphs joined with "\n". */
export function cellText(cell: TableCellData): string {
  return cell.blocks.map((b) => runsText(b.runs)).join("\n");
}

/**
 * Apps Script's getText of a table row joins its cells with "\n"; of a table, its non-empty rows with "\n";
 * of a body, its children with "\n" (as gas-fakes' tests against live Apps Script found).
 */
export function rowText(row: TableRowData): string {
  return row.cells.map(cellText).join("\n");
}

export function tableText(table: TableData): string {
  return table.rows
    .map(rowText)
    .filter((t) => t.length > 0)
    .join("\n");
}

export function blockText(block: Block): string {
  return block.type === "table" ? tableText(block) : runsText(block.runs);
}

export function sectionText(section: SectionData): string {
  return section.blocks.map(blockText).join("\n");
}

/** Every paragraph and list item of a section in document order, those inside tables included. */
export function paragraphsOf(blocks: readonly Block[]): (ParagraphData | ListItemData)[] {
  const out: (ParagraphData | ListItemData)[] = [];
  for (const b of blocks) {
    if (b.type === "table") {
      for (const row of b.rows) for (const cell of row.cells) out.push(...paragraphsOf(cell.blocks));
    } else {
      out.push(b);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Runs: styled text edited by character offsets (what Text.setBold(start, endInclusive, …) and replaceText do)

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const ka = Object.keys(a) as (keyof TextStyle)[];
  const kb = Object.keys(b) as (keyof TextStyle)[];
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

/** Joins neighbouring runs of the same style and drops empty runs. */
export function normalizeRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (r.text === "") continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, r.style)) last.text += r.text;
    else out.push({ text: r.text, style: { ...r.style } });
  }
  return out;
}

/** Splits runs so that a run boundary falls at `offset`; returns the index of the first run at or after it. */
function splitAt(runs: TextRun[], offset: number): number {
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    if (offset === pos) return i;
    if (offset < pos + r.text.length) {
      const cut = offset - pos;
      runs.splice(
        i,
        1,
        { text: r.text.slice(0, cut), style: { ...r.style } },
        { text: r.text.slice(cut), style: { ...r.style } },
      );
      return i + 1;
    }
    pos += r.text.length;
  }
  return runs.length;
}

/** Applies `patch` (undefined values remove an attribute) to the characters start..endInclusive. */
export function styleRange(
  runs: TextRun[],
  start: number,
  endInclusive: number,
  patch: TextStyle,
): TextRun[] {
  const work = runs.map((r) => ({ text: r.text, style: { ...r.style } }));
  const from = splitAt(work, start);
  const to = splitAt(work, endInclusive + 1);
  for (let i = from; i < to; i++) {
    const style = work[i]!.style as Record<string, unknown>;
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null) delete style[k];
      else style[k] = v;
    }
  }
  return normalizeRuns(work);
}

/** The style of the character at `offset` (of the last character when offset is the length). */
export function styleAt(runs: readonly TextRun[], offset: number): TextStyle {
  let pos = 0;
  for (const r of runs) {
    if (offset < pos + r.text.length) return r.style;
    pos += r.text.length;
  }
  return runs[runs.length - 1]?.style ?? {};
}

/** Inserts text at `offset`; it takes the style of the character before it (or after, at the start). */
export function insertRunText(runs: TextRun[], offset: number, text: string): TextRun[] {
  const work = runs.map((r) => ({ text: r.text, style: { ...r.style } }));
  const style = offset > 0 ? styleAt(work, offset - 1) : styleAt(work, 0);
  const at = splitAt(work, offset);
  work.splice(at, 0, { text, style: { ...style } });
  return normalizeRuns(work);
}

export function deleteRunText(runs: TextRun[], start: number, endInclusive: number): TextRun[] {
  const work = runs.map((r) => ({ text: r.text, style: { ...r.style } }));
  const from = splitAt(work, start);
  const to = splitAt(work, endInclusive + 1);
  work.splice(from, to - from);
  return normalizeRuns(work);
}

/** A deep copy (documents are plain JSON). */
export function cloneData<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
