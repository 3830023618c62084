/**
 * The document model (PRODUCT.md §4): what the voortgangsrapportage and the jaaractieplan say and how it
 * looks, independent of Google Docs or Word. Core builds it (report.ts, plan.ts); gas/documents.ts writes it
 * as a Google Doc (layout.ts plans the calls); the local run turns that Doc into a .docx.
 *
 * A document is a list of named parts (a template places each part where its `{{placeholder}}` stands), each
 * a list of blocks: headings, paragraphs, lists (bullets or numbers, nested), tables (a header row, cells of
 * paragraphs and lists, cell backgrounds and bold) and page breaks. Text is in runs (bold, italic, colour,
 * link). Text never holds a line break: every line is its own paragraph, and text from the sheet is always
 * text (nothing in it is read as markup, a formula or a field).
 */

/** A piece of text with one look. */
import { HEADER_BG } from "../style";
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** "#rrggbb". */
  color?: string;
  /** An https:// address. */
  link?: string;
}

/** Title and subtitle open a document; levels 1–3 are the outline. */
export type HeadingLevel = "title" | "subtitle" | 1 | 2 | 3;

export interface HeadingBlock {
  kind: "heading";
  level: HeadingLevel;
  runs: Run[];
}

export interface ParagraphBlock {
  kind: "paragraph";
  runs: Run[];
}

export interface ListItem {
  runs: Run[];
  /** 0 = top level; at most MAX_NESTING. */
  level: number;
}

export interface ListBlock {
  kind: "list";
  ordered: boolean;
  items: ListItem[];
}

/** What a table cell holds: paragraphs and lists (never empty: an empty cell is one empty paragraph). */
export type CellBlock = ParagraphBlock | ListBlock;

export interface Cell {
  content: CellBlock[];
  /** Background, "#rrggbb". */
  bg?: string;
}

export interface TableBlock {
  kind: "table";
  /** The header row: bold, on the header colour. */
  header: Cell[];
  /** Every row has as many cells as the header. */
  rows: Cell[][];
  /** Relative column widths (e.g. [3, 5, 2]); absent: the columns share the width evenly. */
  widths?: number[];
}

export interface PageBreakBlock {
  kind: "pageBreak";
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock;

/** The parts a template can place (its block placeholders, placeholders.ts). */
export type PartKey =
  | "title"
  | "summary"
  | "projects"
  | "overdue"
  | "upcoming"
  | "meetings"
  | "introduction"
  | "priorities"
  | "activities";

export interface DocPart {
  key: PartKey;
  blocks: Block[];
}

export type DocKind = "report" | "plan";

export interface DocModel {
  kind: DocKind;
  /** The file name: `Voortgangsrapportage <Netwerknaam> <dd-mm-jjjj>`, `Jaaractieplan <Jaar> <Netwerknaam>`. */
  title: string;
  parts: DocPart[];
  /** The text placeholders a template may use, by name (`netwerknaam` → the network's name). */
  values: Record<string, string>;
  /** What the document holds, counted for the summary dialog (projects, activities, overdue…). */
  figures: [DocFigure, number][];
}

/** The counts a document's summary dialog shows. */
export type DocFigure =
  | "summary.count.projects"
  | "summary.count.inDocument"
  | "summary.count.overdue"
  | "summary.count.upcoming"
  | "summary.count.meetings"
  | "summary.count.priorities"
  | "summary.count.themes";

/** Docs lists have nine levels, 0 to 8. */
export const MAX_NESTING = 8;
/** The background of a table's header row: the sheets' header colour. */
export const TABLE_HEADER_BG = HEADER_BG;
/** Overdue deadlines, as on the dashboards. */
export { OVERDUE_COLOR } from "../dashboard";
/** A red flag's text. */
export const RED_FLAG_COLOR = "#cc0000";

// ---------------------------------------------------------------------------------------------------------
// Building blocks

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is removed
const CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * Text from the sheet as run text: control characters (tabs included: the Docs API reads a leading tab as
 * list nesting) become spaces; nothing else changes. Line breaks are split off before this (lines()).
 */
export function cleanText(s: string): string {
  // Most texts have none: a search is cheaper than a replace that finds nothing.
  return CONTROL.test(s) ? s.replace(CONTROLS, " ") : s;
}

/** A line break as a cell may hold it (a vertical tab is a soft line break in Docs). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the vertical tab is meant
const LINE_BREAK = /\r\n|[\r\n\u000b\u2028\u2029]/;

/** The non-empty lines of a text, each cleaned and trimmed. */
export function lines(s: string): string[] {
  return s
    .split(LINE_BREAK)
    .map((l) => cleanText(l).trim())
    .filter((l) => l !== "");
}

export const run = (text: string, look?: Omit<Run, "text">): Run =>
  look === undefined ? { text: cleanText(text) } : { text: cleanText(text), ...look };

export const heading = (level: HeadingLevel, text: string): HeadingBlock => ({
  kind: "heading",
  level,
  runs: [run(text)],
});

/** A paragraph of runs (a string is a plain run); a run whose text is not clean yet gets a clean copy. */
export const para = (...runs: (Run | string)[]): ParagraphBlock => ({
  kind: "paragraph",
  runs: runs.map((r) => {
    if (typeof r === "string") return run(r);
    const text = cleanText(r.text);
    return text === r.text ? r : { ...r, text };
  }),
});

/** The paragraph of a line that lines() gave: its text is clean already. */
const lineParagraph = (line: string, look?: Omit<Run, "text">): ParagraphBlock => ({
  kind: "paragraph",
  runs: [look === undefined ? { text: line } : { text: line, ...look }],
});

/** One paragraph per line of `text` (none for empty text). */
export function paragraphs(text: string, look?: Omit<Run, "text">): ParagraphBlock[] {
  return lines(text).map((l) => lineParagraph(l, look));
}

export const bullets = (items: readonly string[], level = 0): ListBlock => ({
  kind: "list",
  ordered: false,
  items: items.map((i) => ({ runs: [run(i)], level: Math.min(Math.max(level, 0), MAX_NESTING) })),
});

export const textCell = (text: string, look?: Omit<Run, "text"> & { bg?: string }): Cell => {
  if (look === undefined) return { content: orEmpty(paragraphs(text)) };
  const { bg, ...runLook } = look;
  return { content: orEmpty(paragraphs(text, runLook)), ...(bg ? { bg } : {}) };
};

/** A cell's content: never empty (an empty cell is one empty paragraph). */
const orEmpty = (content: ParagraphBlock[]): ParagraphBlock[] => (content.length > 0 ? content : [para()]);

export const table = (header: readonly string[], rows: Cell[][], widths?: readonly number[]): TableBlock => ({
  kind: "table",
  header: header.map((h) => ({ content: [para(run(h, { bold: true }))], bg: TABLE_HEADER_BG })),
  rows,
  ...(widths && widths.length === header.length ? { widths: [...widths] } : {}),
});

/**
 * The page of both documents: A4 (210 × 297 mm in points, portrait as the Docs API names the size) turned to
 * landscape, as the network's own plan (seeds/jaaractieplan-2025.txt, lines of some 140 characters) and the
 * dashboards are. The activity tables need the width: in Google Docs' default text, Arial 11 pt, the longest
 * words of one row of the report's network-wide lists (Onderwerp, Project, Trekker, Deadline, Fase, Status)
 * and the cells' padding take about 540 pt, where a portrait page has 451 pt between its margins.
 */
export const PAGE = { widthPt: 595.3, heightPt: 841.9, landscape: true } as const;

/** Google Docs' default page margins, which the documents keep: 1 inch (2.54 cm) on each side. */
export const MARGIN_PT = 72;

/** The width of the text between the margins of the (landscape) page, in whole points. */
export const TEXT_WIDTH_PT = Math.floor((PAGE.landscape ? PAGE.heightPt : PAGE.widthPt) - 2 * MARGIN_PT);

/** A table's column widths in points, when it has relative widths (rounded down: together within the text width). */
export function widthsInPoints(b: TableBlock): number[] | null {
  if (!b.widths || b.widths.length === 0) return null;
  const sum = b.widths.reduce((a, w) => a + w, 0);
  return b.widths.map((w) => Math.floor((w / sum) * TEXT_WIDTH_PT));
}

/** The plain text of runs. */
export const runsText = (runs: readonly Run[]): string =>
  runs.length === 1 ? runs[0]!.text : runs.map((r) => r.text).join("");

/** The texts of the level-1 headings, in order: the sections samenvatting.json lists. */
export function sectionTitles(doc: DocModel): string[] {
  return doc.parts.flatMap((p) =>
    p.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [runsText(b.runs)] : [])),
  );
}
