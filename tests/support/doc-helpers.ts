/** Readers of a document model (src/core/documents/model.ts), shared by the report and plan tests. */
import type {
  Block,
  Cell,
  DocModel,
  HeadingLevel,
  PartKey,
  TableBlock,
} from "../../src/core/documents/model";
import { runsText } from "../../src/core/documents/model";

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
