/**
 * Templates (`Instellingen › Rapportsjabloon`): what to do with each part of a template document.
 *
 * A placeholder is `{{naam}}` (case and surrounding spaces ignored). Two kinds:
 * - text placeholders (`{{netwerknaam}}`, `{{regio}}`, `{{jaar}}`, `{{datum}}`, `{{datum voluit}}`,
 *   `{{titel}}`) are replaced by their text wherever they stand: body, header, footer, table cells;
 * - block placeholders stand alone on a line of the body and are replaced by a whole part of the document
 *   (`{{samenvatting}}`, `{{projecten}}` … for the report; `{{inleiding}}`, `{{speerpunten}}`,
 *   `{{activiteitenplan}}` for the plan; `{{inhoud}}` for every part but the title). A block placeholder
 *   anywhere else (inside a sentence, a table, a header) cannot hold tables and headings: it is reported as
 *   misplaced and left as it is.
 * A template without any block placeholder gets the whole document after its own text. Every other
 * `{{…}}` is reported as unknown and left as it is, so that nothing is filled in silently wrong.
 *
 * The template's elements are copied into the new document and only those copies are searched: text that
 * comes from the sheet is never searched for placeholders (an activity called "{{datum}}" stays that).
 */
import type { DocKind, PartKey } from "./model";

export const TEXT_PLACEHOLDERS = ["netwerknaam", "regio", "jaar", "datum", "datum voluit", "titel"] as const;

/** Block placeholders per document, and the parts each places. */
export const BLOCK_PLACEHOLDERS: Record<DocKind, Record<string, PartKey[]>> = {
  report: {
    samenvatting: ["summary"],
    projecten: ["projects"],
    verlopen: ["overdue"],
    deadlines: ["upcoming"],
    vergaderingen: ["meetings"],
    inhoud: ["summary", "projects", "overdue", "upcoming", "meetings"],
  },
  plan: {
    inleiding: ["introduction"],
    speerpunten: ["priorities"],
    activiteitenplan: ["activities"],
    inhoud: ["introduction", "priorities", "activities"],
  },
};

/** Every placeholder a document of this kind knows, as README lists them. */
export function knownPlaceholders(kind: DocKind): string[] {
  return [...TEXT_PLACEHOLDERS, ...Object.keys(BLOCK_PLACEHOLDERS[kind])];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholder's name as it is matched: lower case, inner spaces single, outer spaces gone. */
export const placeholderName = (inner: string): string => inner.trim().replace(/\s+/g, " ").toLowerCase();

/** Every `{{…}}` in a text, as written. */
export function placeholdersIn(text: string): { written: string; name: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ written: m[0], name: placeholderName(m[1]!) }));
}

/** An RE2 pattern (findText, replaceText) that matches `literal` exactly. */
export function literalPattern(literal: string): string {
  return literal.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
}

/** One text placeholder to fill in an element: every occurrence of `pattern` becomes `value`. */
export interface Fill {
  pattern: string;
  value: string;
}

/** A body element of the template as the writer reads it: its type (DocumentApp's) and its text. */
export interface TemplateElement {
  type: string;
  text: string;
}

export interface TemplateInput {
  body: readonly TemplateElement[];
  /** The header's and footer's text, null when the template has none. */
  header: string | null;
  footer: string | null;
}

export type BodyStep =
  /** Copy the template's child `index` and fill these placeholders in the copy. */
  | { kind: "copy"; index: number; fills: Fill[] }
  /** Write these parts of the document here. */
  | { kind: "parts"; parts: PartKey[] };

export interface TemplatePlan {
  body: BodyStep[];
  header: Fill[];
  footer: Fill[];
  /** Body children the writer cannot copy (neither paragraph, list item nor table), by index. */
  skipped: number[];
  /** Names as written, each once, in order of appearance. */
  unknown: string[];
  misplaced: string[];
  /** Placeholders filled in (text and block), counting each occurrence. */
  filled: number;
}

/** The element types the writer copies. */
const COPYABLE = new Set(["PARAGRAPH", "LIST_ITEM", "TABLE"]);

export function planTemplate(
  kind: DocKind,
  template: TemplateInput,
  values: Readonly<Record<string, string>>,
): TemplatePlan {
  const blocks = BLOCK_PLACEHOLDERS[kind];
  const unknown = new Set<string>();
  const misplaced = new Set<string>();
  let filled = 0;

  /** The fills of a text where block placeholders are not allowed (header, footer, a table, mid-sentence). */
  const fillsOf = (text: string): Fill[] => {
    const fills = new Map<string, Fill>();
    for (const p of placeholdersIn(text)) {
      if (p.name in values) {
        filled++;
        fills.set(p.written, { pattern: literalPattern(p.written), value: values[p.name]! });
      } else if (p.name in blocks) misplaced.add(p.written);
      else unknown.add(p.written);
    }
    return [...fills.values()];
  };

  const body: BodyStep[] = [];
  const skipped: number[] = [];
  let placedParts = false;
  template.body.forEach((el, index) => {
    if (!COPYABLE.has(el.type)) {
      skipped.push(index);
      return;
    }
    const alone = el.type === "PARAGRAPH" ? /^\s*\{\{([^{}]*)\}\}\s*$/.exec(el.text) : null;
    const name = alone ? placeholderName(alone[1]!) : null;
    if (name !== null && name in blocks) {
      filled++;
      placedParts = true;
      body.push({ kind: "parts", parts: blocks[name]! });
      return;
    }
    body.push({ kind: "copy", index, fills: fillsOf(el.text) });
  });
  if (!placedParts) body.push({ kind: "parts", parts: ["title", ...allParts(kind)] });
  return {
    body,
    header: template.header === null ? [] : fillsOf(template.header),
    footer: template.footer === null ? [] : fillsOf(template.footer),
    skipped,
    unknown: [...unknown],
    misplaced: [...misplaced],
    filled,
  };
}

/** Every part but the title, in document order. */
function allParts(kind: DocKind): PartKey[] {
  return BLOCK_PLACEHOLDERS[kind].inhoud!;
}

/** The body steps of a document made without a template: every part in order. */
export function plainSteps(kind: DocKind): BodyStep[] {
  return [{ kind: "parts", parts: ["title", ...allParts(kind)] }];
}
