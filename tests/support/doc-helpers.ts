/** Readers of a document model (src/core/documents/model.ts), shared by the report and plan tests. */

import { PHASE_WORDS, STATUS_WORDS } from "../../src/core/blocks";
import type {
  Block,
  Cell,
  DocModel,
  HeadingLevel,
  PartKey,
  TableBlock,
} from "../../src/core/documents/model";
import { runsText, TEXT_WIDTH_PT, widthsInPoints } from "../../src/core/documents/model";
import type { Translate } from "../../src/core/i18n";
import { PHASES, STATUSES } from "../../src/core/vocab";
import { DOC_LIST_INDENT_PT, tooWideInDoc } from "./text-width";

export function part(doc: DocModel, key: PartKey): Block[] {
  const p = doc.parts.find((x) => x.key === key);
  if (!p) throw new Error(`no part ${key}`);
  return p.blocks;
}

/** A block's text: a heading's or paragraph's runs, a list's items joined by newlines. */
export function blockText(b: Block): string {
  if (b.kind === "heading" || b.kind === "paragraph") return runsText(b.runs);
  if (b.kind === "list") return b.items.map((i) => runsText(i.runs)).join("\n");
  return "";
}

export function headings(blocks: readonly Block[], level?: HeadingLevel): string[] {
  return blocks.flatMap((b) =>
    b.kind === "heading" && (level === undefined || b.level === level) ? [blockText(b)] : [],
  );
}

export function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === "table");
}

/** A cell's text: its paragraphs and list items, one per line. */
export function cellText(c: Cell): string {
  return c.content.map(blockText).join("\n");
}

export const headerTexts = (t: TableBlock): string[] => t.header.map(cellText);

/** The blocks after the heading with `text`, up to the next heading of the same or a higher level or a page break. */
export function sectionAfter(blocks: readonly Block[], text: string): Block[] {
  const i = blocks.findIndex((b) => b.kind === "heading" && blockText(b) === text);
  if (i < 0) throw new Error(`no heading ${text}`);
  const h = blocks[i] as Extract<Block, { kind: "heading" }>;
  const rank = (l: HeadingLevel) => (l === "title" || l === "subtitle" ? 0 : l);
  const out: Block[] = [];
  for (const b of blocks.slice(i + 1)) {
    if (b.kind === "pageBreak" || (b.kind === "heading" && rank(b.level) <= rank(h.level))) break;
    out.push(b);
  }
  return out;
}

/** Every piece of text in the blocks (tables included), for "does the document say X" checks. */
export function allText(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.kind === "table"
        ? [b.header, ...b.rows].map((r) => r.map(cellText).join(" | ")).join("\n")
        : blockText(b),
    )
    .join("\n");
}

/** A table's column widths in points (without widths of its own, the columns share the text width evenly). */
const widthsOf = (t: TableBlock): number[] =>
  widthsInPoints(t) ?? t.header.map(() => Math.floor(TEXT_WIDTH_PT / t.header.length));

/** The width in points of the column of `table` headed `header`. */
export function columnWidth(table: TableBlock, header: string): number {
  const col = headerTexts(table).indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  return widthsOf(table)[col]!;
}

/**
 * The words of the tables' cells (header included) that their column breaks inside the word, each once, as
 * `<header>: <word>`: each run measured bold or not as it is written, a list item's run from its indent on.
 */
export function wordsTooWide(blocks: readonly Block[]): string[] {
  const found = tables(blocks).flatMap((t) => {
    const widths = widthsOf(t);
    return [t.header, ...t.rows].flatMap((row) =>
      row.flatMap((cell, col) =>
        cell.content.flatMap((b) => {
          const lines =
            b.kind === "paragraph"
              ? [{ runs: b.runs, indentPt: 0 }]
              : b.items.map((i) => ({ runs: i.runs, indentPt: (i.level + 1) * DOC_LIST_INDENT_PT }));
          return lines.flatMap(({ runs, indentPt }) =>
            runs.flatMap((r) =>
              tooWideInDoc([r.text], widths[col]!, { bold: !!r.bold, indentPt }).map(
                (w) => `${headerTexts(t)[col]}: ${w}`,
              ),
            ),
          );
        }),
      ),
    );
  });
  return [...new Set(found)];
}

/** A deadline in each form core/deadline.ts accepts, as a Deadline cell shows it. */
export const DEADLINE_FORMS = [
  "31-12-2026",
  "2026-12-31",
  "31 december 2026",
  "september 2026",
  "Dec. 2026",
  "Sep.-nov. 2026",
  "Okt. 2025 - mrt. 2026",
  "Q3 2026",
  "2025-2026",
  "2026",
  "Continue",
  "Doorlopend",
];

/**
 * The words of the vocabulary that a column of the tables breaks inside the word, as `<header>: <word>`: every
 * status in a Status column, every fase in a Fase column; in a Deadline column every deadline form (bold, as an
 * overdue one is), the overdue mark and, in a table without a Fase column, every fase (the plan writes it under
 * the deadline).
 */
export function vocabularyTooWide(blocks: readonly Block[], t: Translate): string[] {
  const statuses = STATUSES.map((s) => t(STATUS_WORDS[s]));
  const phases = PHASES.map((p) => t(PHASE_WORDS[p]));
  const check = (table: TableBlock, header: string, words: string[], bold = false) =>
    headerTexts(table).includes(header)
      ? tooWideInDoc(words, columnWidth(table, header), { bold }).map((w) => `${header}: ${w}`)
      : [];
  return tables(blocks).flatMap((table) => [
    ...check(table, t("dashboard.col.status"), statuses),
    ...check(table, t("dashboard.col.phase"), phases),
    ...check(table, t("dashboard.col.deadline"), DEADLINE_FORMS, true),
    ...check(table, t("dashboard.col.deadline"), [
      t("doc.overdueMark"),
      ...(headerTexts(table).includes(t("dashboard.col.phase")) ? [] : phases),
    ]),
  ]);
}
