/**
 * The requests of documents.batchUpdate the emulator applies, one after the other, each to the document as
 * the requests before it left it (as the API does), on the working copy of work.ts. Reference:
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request
 *
 * Emulated (a `location` or `range` may name a header or footer by its segmentId; tabs are not emulated):
 * - insertText at a location or the end of a segment: "\n" starts a new paragraph that copies the
 *   paragraph style of the one it is inserted in, lists included; the text takes the style of the text
 *   before it; the control characters U+0000–U+0008 and U+000C–U+001F and the private-use characters
 *   U+E000–U+F8FF are stripped.
 * - deleteContentRange, refusing what the reference lists as invalid: the last newline of a segment or of a
 *   table cell, part of a table (its start or end, a row or a cell) without the whole table, the newline
 *   before a table without the table. Two paragraphs joined by a deletion keep the paragraph style of the
 *   second (whose newline survives; the reference only says styles "may" change).
 * - insertTable at a location or the end of a segment: "a newline character will be inserted before the
 *   inserted table, therefore the table start index will be at the specified location index + 1"; every
 *   cell holds one empty paragraph.
 * - insertPageBreak (body only, not in a table): a page break followed by a newline; the model keeps a page
 *   break at the start of its own paragraph, so one inserted after text in a paragraph is not emulated.
 * - updateTextStyle of bold, italic, underline, strikethrough, foregroundColor, backgroundColor, link,
 *   fontSize, weightedFontFamily (a field named without a value resets it).
 * - updateParagraphStyle of namedStyleType and alignment, on every paragraph the range overlaps.
 * - createParagraphBullets with the presets whose glyphs the model knows; "the nesting level of each
 *   paragraph is determined by counting leading tabs ... these leading tabs are removed by this request".
 * - deleteParagraphBullets: the paragraphs become plain paragraphs (the indent the API adds to keep the
 *   nesting visible is not modelled).
 * - updateTableCellStyle of backgroundColor, for a tableRange or (tableStartLocation alone) every cell.
 * - updateTableColumnProperties of width and widthType (FIXED_WIDTH, EVENLY_DISTRIBUTED); a width under
 *   5 points is refused.
 * - updateDocumentStyle of pageSize (in points) and flipPageOrientation: the page the document is laid out on
 *   (the model keeps them; nothing is laid out in pages).
 * - createHeader, createFooter of the type DEFAULT (the model has one of each; a second is refused), replying
 *   with the new id; deleteHeader, deleteFooter.
 *
 * Anything else is Not emulated; an index outside its segment or not where the request may act is a 400
 * "Invalid requests[i].<kind>: …" as the API answers (texts the reference does not give are the reference's
 * own words for the rule).
 */
import {
  type GlyphName,
  type HeadingName,
  insertRunText,
  type ListItemData,
  normalizeRuns,
  type ParagraphData,
  runsText,
  styleRange,
  type TextRun,
  type TextStyle,
} from "../document/model";
import { hexOf } from "./indexes";
import {
  FOOTER_ID,
  HEADER_ID,
  type Item,
  type Para,
  paraItem,
  prefixOf,
  Segment,
  tableItems,
  type WorkDoc,
} from "./work";

/** A request the API refuses: the message follows the API's "Invalid requests[i].<kind>: <why>". */
export class InvalidRequest extends Error {}

/** The glyphs of a preset, per nesting level (levels repeat every three). */
const PRESETS: Record<string, GlyphName[]> = {
  BULLET_DISC_CIRCLE_SQUARE: ["BULLET", "HOLLOW_BULLET", "SQUARE_BULLET"],
  NUMBERED_DECIMAL_ALPHA_ROMAN: ["NUMBER", "LATIN_LOWER", "ROMAN_LOWER"],
  NUMBERED_UPPERALPHA_ALPHA_ROMAN: ["LATIN_UPPER", "LATIN_LOWER", "ROMAN_LOWER"],
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: ["ROMAN_UPPER", "LATIN_UPPER", "NUMBER"],
};

/** The API's namedStyleType and the model's heading. */
export const NAMED_STYLES: Record<string, HeadingName> = {
  NORMAL_TEXT: "NORMAL",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING_1: "HEADING1",
  HEADING_2: "HEADING2",
  HEADING_3: "HEADING3",
  HEADING_4: "HEADING4",
  HEADING_5: "HEADING5",
  HEADING_6: "HEADING6",
};

/** The API's alignment and the model's. */
export const ALIGNMENTS: Record<string, ParagraphData["alignment"]> = {
  START: "LEFT",
  CENTER: "CENTER",
  END: "RIGHT",
  JUSTIFIED: "JUSTIFY",
};

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const notEmulated = (what: string) => new Error(`Not emulated: Docs.Documents.batchUpdate with ${what}`);

function intArg(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new InvalidRequest(`${what} must be an integer`);
  return v;
}

function segmentOf(doc: WorkDoc, where: Json, kind: string): Segment {
  if (where.tabId) throw notEmulated(`${kind} with a tabId`);
  const id = where.segmentId === undefined || where.segmentId === null ? "" : where.segmentId;
  if (typeof id !== "string") throw new InvalidRequest(`${kind}: segmentId must be a string`);
  const seg = doc.segment(id);
  if (!seg) throw new InvalidRequest(`${kind}: The segment ${id} was not found.`);
  return seg;
}

function rangeOf(doc: WorkDoc, r: Json, kind: string): { seg: Segment; start: number; end: number } {
  if (!isObj(r.range)) throw new InvalidRequest(`${kind}: range is required`);
  const seg = segmentOf(doc, r.range, kind);
  const start = intArg(r.range.startIndex, "range.startIndex");
  const end = intArg(r.range.endIndex, "range.endIndex");
  if (start < seg.base || end <= start) throw new InvalidRequest(`${kind}: the range must not be empty`);
  if (end > seg.end)
    throw new InvalidRequest(
      `${kind}: Index ${end - 1} must be less than the end index of the referenced segment, ${seg.end}.`,
    );
  return { seg, start, end };
}

/** A location or the end of a segment ("immediately before the last newline in the document segment"). */
function locationOf(doc: WorkDoc, r: Json, kind: string): { seg: Segment; index: number } {
  if (isObj(r.endOfSegmentLocation)) {
    const seg = segmentOf(doc, r.endOfSegmentLocation, kind);
    return { seg, index: seg.end - 1 };
  }
  if (!isObj(r.location)) throw new InvalidRequest(`${kind}: a location is required`);
  const seg = segmentOf(doc, r.location, kind);
  const index = intArg(r.location.index, "location.index");
  if (index < seg.base || index >= seg.end) {
    throw new InvalidRequest(
      `${kind}: Index ${index} must be less than the end index of the referenced segment, ${seg.end}.`,
    );
  }
  return { seg, index };
}

/** The paragraph holding `index` and the offset of `index` in its text (negative: before a page break). */
function paragraphAt(seg: Segment, index: number, kind: string): { i: number; para: Para; offset: number } {
  const i = seg.find(index);
  const item = seg.items[i];
  if (item?.k !== "p")
    throw new InvalidRequest(
      `${kind}: The insertion index must be inside the bounds of an existing paragraph.`,
    );
  return { i, para: item.para, offset: index - seg.startOf(i) - prefixOf(item.para) };
}

function sliceRuns(runs: readonly TextRun[], from: number, to: number): TextRun[] {
  const out: TextRun[] = [];
  let pos = 0;
  for (const r of runs) {
    const a = Math.max(from, pos);
    const b = Math.min(to, pos + r.text.length);
    if (b > a) out.push({ text: r.text.slice(a - pos, b - pos), style: { ...r.style } });
    pos += r.text.length;
  }
  return normalizeRuns(out);
}

/** The style text inserted at `offset` takes: that of the character before it (or after, at the start). */
function styleAtOffset(runs: readonly TextRun[], offset: number): TextStyle {
  let pos = 0;
  const at = offset > 0 ? offset - 1 : 0;
  for (const r of runs) {
    if (at < pos + r.text.length) return r.style;
    pos += r.text.length;
  }
  return runs[runs.length - 1]?.style ?? {};
}

/** A paragraph with the paragraph style (and list) of `p` and these runs. */
function likeParagraph(p: Para, runs: TextRun[]): Para {
  if (p.type === "listItem") return { ...p, runs };
  return {
    type: "paragraph",
    heading: p.heading,
    ...(p.alignment ? { alignment: p.alignment } : {}),
    runs,
  };
}

/** Splits the paragraph at item i after `offset` characters of its text: [head, tail], both its style. */
function split(seg: Segment, i: number, offset: number): [Para, Para] {
  const p = (seg.items[i] as Extract<Item, { k: "p" }>).para;
  const len = runsText(p.runs).length;
  const tail = likeParagraph(p, sliceRuns(p.runs, offset, len));
  p.runs = sliceRuns(p.runs, 0, offset);
  return [p, tail];
}

// ---------------------------------------------------------------------------------------------------------
// insertText

// biome-ignore lint/suspicious/noControlCharactersInRegex: the stripped control characters are the point
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

function insertText(doc: WorkDoc, r: Json): void {
  if (typeof r.text !== "string") throw new InvalidRequest("insertText: text is required");
  const { seg, index } = locationOf(doc, r, "insertText");
  const text = r.text.replace(STRIPPED, "");
  if (text.includes("\u000b")) throw notEmulated("insertText with a vertical tab (soft line break)");
  const { i, para: p, offset } = paragraphAt(seg, index, "insertText");
  if (offset < 0) throw notEmulated("insertText before a page break or horizontal rule");
  if (text === "") return;
  const [first, ...more] = text.split("\n");
  const style = { ...styleAtOffset(p.runs, offset) };
  if (first) p.runs = insertRunText(p.runs, offset, first);
  if (more.length === 0) {
    seg.relength(i);
    return;
  }
  const [, tail] = split(seg, i, offset + first!.length);
  const fresh = more.map((line, k): Para => {
    const own = line ? [{ text: line, style: { ...style } }] : [];
    return likeParagraph(p, k === more.length - 1 ? normalizeRuns([...own, ...tail.runs]) : own);
  });
  seg.splice(i, 1, paraItem(p), ...fresh.map(paraItem));
}

// ---------------------------------------------------------------------------------------------------------
// deleteContentRange

const INVALID_DELETION = "deleteContentRange: Invalid deletion range.";

function deleteContentRange(doc: WorkDoc, r: Json): void {
  const { seg, start, end } = rangeOf(doc, r, "deleteContentRange");
  if (end === seg.end)
    throw new InvalidRequest(`${INVALID_DELETION} The last newline of a segment cannot be deleted.`);
  const i0 = seg.find(start);
  const i1 = seg.find(end - 1);
  const items = seg.items;

  // Tables only as a whole: every marker in the range must belong to a table wholly in it.
  let depth = 0;
  for (let j = i0; j <= i1; j++) {
    const k = items[j]!.k;
    if (k === "ts") depth++;
    else if (k === "te") depth--;
    if (depth < 0 || ((k === "rs" || k === "cs") && depth === 0))
      throw new InvalidRequest(`${INVALID_DELETION} Part of a table cannot be deleted without the table.`);
  }
  if (depth !== 0)
    throw new InvalidRequest(`${INVALID_DELETION} Part of a table cannot be deleted without the table.`);

  const first = items[i0]!;
  const last = items[i1]!;
  // Where the range ends: inside the last item's text (it survives with its tail), or after its end.
  const lastEnd = seg.startOf(i1 + 1);
  const keepsLast = last.k === "p" && end < lastEnd;
  const survivorAt = keepsLast ? i1 : i1 + 1;
  const survivor = items[survivorAt];
  if (!keepsLast && survivor?.k !== "p") {
    throw new InvalidRequest(
      survivor?.k === "ts"
        ? `${INVALID_DELETION} The newline before a table cannot be deleted without the table.`
        : `${INVALID_DELETION} The last newline of a table cell cannot be deleted.`,
    );
  }
  const target = (survivor as Extract<Item, { k: "p" }>).para;

  // What is left of the first paragraph before the range.
  let headRuns: TextRun[] = [];
  let headPrefix: Para | null = null;
  if (first.k === "p") {
    const s = seg.startOf(i0);
    const pre = prefixOf(first.para);
    if (start > s) {
      headPrefix = pre > 0 ? first.para : null;
      if (start - s < pre) throw notEmulated("deleteContentRange of part of a paragraph's elements");
      headRuns = sliceRuns(first.para.runs, 0, start - s - pre);
    }
  }
  if (i0 === i1 && keepsLast && first.k === "p") {
    // Within one paragraph: cut its text (or its page break).
    const s = seg.startOf(i0);
    const pre = prefixOf(first.para);
    const p = first.para;
    if (start - s < pre) {
      if (p.type !== "paragraph" || end - s > pre)
        throw notEmulated("deleteContentRange across a page break");
      delete p.pageBreak;
      delete p.horizontalRule;
    } else {
      const len = runsText(p.runs).length;
      p.runs = normalizeRuns([
        ...sliceRuns(p.runs, 0, start - s - pre),
        ...sliceRuns(p.runs, end - s - pre, len),
      ]);
    }
    seg.relength(i0);
    return;
  }
  // The survivor keeps its text after the range; the head of the first paragraph comes before it.
  let tailRuns = target.runs;
  let survivorPrefix = prefixOf(target) > 0;
  if (keepsLast) {
    const s = seg.startOf(i1);
    const pre = prefixOf(target);
    const from = Math.max(0, end - s - pre);
    tailRuns = sliceRuns(target.runs, from, runsText(target.runs).length);
    if (end - s > 0) survivorPrefix = false; // its page break was in the range
  }
  if (headRuns.length > 0 && survivorPrefix)
    throw notEmulated("deleteContentRange that joins text before a page break");
  if (headPrefix && survivorPrefix) throw notEmulated("deleteContentRange that joins two page breaks");
  target.runs = normalizeRuns([...headRuns, ...tailRuns]);
  if (target.type === "paragraph") {
    if (keepsLast && !survivorPrefix) {
      delete target.pageBreak;
      delete target.horizontalRule;
    }
    if (headPrefix?.type === "paragraph") {
      if (headPrefix.pageBreak) target.pageBreak = true;
      if (headPrefix.horizontalRule) target.horizontalRule = true;
    }
  }
  seg.splice(i0, survivorAt - i0);
  seg.relength(i0);
}

// ---------------------------------------------------------------------------------------------------------
// insertTable, insertPageBreak

function insertTable(doc: WorkDoc, r: Json): void {
  const rows = intArg(r.rows, "rows");
  const columns = intArg(r.columns, "columns");
  if (rows < 1 || columns < 1) throw new InvalidRequest("insertTable: rows and columns must be positive");
  const { seg, index } = locationOf(doc, r, "insertTable");
  const { i, offset } = paragraphAt(seg, index, "insertTable");
  if (seg.tableOf(i) >= 0) throw notEmulated("insertTable inside a table cell (a nested table)");
  if (offset < 0) throw notEmulated("insertTable before a page break or horizontal rule");
  const [head, tail] = split(seg, i, offset);
  const table = {
    type: "table" as const,
    rows: Array.from({ length: rows }, () => ({
      cells: Array.from({ length: columns }, () => ({
        blocks: [{ type: "paragraph" as const, heading: "NORMAL" as const, runs: [] }],
      })),
    })),
  };
  if (tail.type === "paragraph") {
    delete tail.pageBreak;
    delete tail.horizontalRule;
  }
  seg.splice(i, 1, paraItem(head), ...tableItems(table), paraItem(tail));
}

function insertPageBreak(doc: WorkDoc, r: Json): void {
  const { seg, index } = locationOf(doc, r, "insertPageBreak");
  if (seg.id !== "")
    throw new InvalidRequest(
      "insertPageBreak: Page breaks cannot be inserted inside a footnote, header or footer.",
    );
  const { i, para: p, offset } = paragraphAt(seg, index, "insertPageBreak");
  if (seg.tableOf(i) >= 0)
    throw new InvalidRequest("insertPageBreak: Page breaks cannot be inserted inside a table.");
  if (offset !== 0 || prefixOf(p) > 0)
    throw notEmulated("insertPageBreak other than at the start of a paragraph's text");
  const brk: ParagraphData = {
    type: "paragraph",
    heading: p.heading,
    ...(p.alignment ? { alignment: p.alignment } : {}),
    runs: [],
    pageBreak: true,
  };
  seg.splice(i, 0, paraItem(brk));
}

// ---------------------------------------------------------------------------------------------------------
// Styles

/** Calls `fn` for every paragraph the range [start, end) overlaps, with its text's start index. */
function eachParagraph(
  seg: Segment,
  start: number,
  end: number,
  fn: (i: number, p: Para, textStart: number) => void,
): void {
  for (let i = seg.find(start); i >= 0 && i < seg.items.length; i++) {
    const s = seg.startOf(i);
    if (s >= end) break;
    const item = seg.items[i]!;
    if (item.k === "p") fn(i, item.para, s + prefixOf(item.para));
  }
}

const TEXT_FIELDS = new Set([
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "foregroundColor",
  "backgroundColor",
  "link",
  "fontSize",
  "weightedFontFamily",
]);

function colorOf(v: unknown): string | undefined {
  const rgb = (v as { color?: { rgbColor?: Json } } | undefined)?.color?.rgbColor;
  return rgb ? hexOf(rgb as { red?: number }) : undefined;
}

function fieldsOf(r: Json, kind: string): string[] {
  if (typeof r.fields !== "string" || r.fields.trim() === "")
    throw new InvalidRequest(`${kind}: fields is required`);
  return r.fields.split(",").map((f) => f.trim());
}

function updateTextStyle(doc: WorkDoc, r: Json): void {
  const { seg, start, end } = rangeOf(doc, r, "updateTextStyle");
  const fields = fieldsOf(r, "updateTextStyle");
  for (const f of fields) if (!TEXT_FIELDS.has(f)) throw notEmulated(`updateTextStyle of the field ${f}`);
  const style = isObj(r.textStyle) ? r.textStyle : {};
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    if (f === "bold" || f === "italic" || f === "underline" || f === "strikethrough")
      patch[f] = style[f] === true ? true : undefined;
    if (f === "foregroundColor" || f === "backgroundColor") patch[f] = colorOf(style[f]);
    if (f === "link") {
      const link = style.link as { url?: unknown } | undefined;
      if (link && Object.keys(link).some((k) => k !== "url"))
        throw notEmulated("a link to a bookmark or heading");
      patch.linkUrl = typeof link?.url === "string" && link.url !== "" ? link.url : undefined;
    }
    if (f === "fontSize") {
      const size = style.fontSize as { magnitude?: unknown; unit?: unknown } | undefined;
      if (size && size.unit !== "PT") throw notEmulated("a font size in another unit than PT");
      patch.fontSize = typeof size?.magnitude === "number" ? size.magnitude : undefined;
    }
    if (f === "weightedFontFamily") {
      const family = (style.weightedFontFamily as { fontFamily?: unknown } | undefined)?.fontFamily;
      patch.fontFamily = typeof family === "string" && family !== "" ? family : undefined;
    }
  }
  eachParagraph(seg, start, end, (_i, p, textStart) => {
    const len = runsText(p.runs).length;
    const from = Math.max(start, textStart) - textStart;
    const to = Math.min(end, textStart + len) - textStart;
    if (to > from) p.runs = styleRange(p.runs, from, to - 1, patch as TextStyle);
  });
}

function updateParagraphStyle(doc: WorkDoc, r: Json): void {
  const { seg, start, end } = rangeOf(doc, r, "updateParagraphStyle");
  const fields = fieldsOf(r, "updateParagraphStyle");
  const style = isObj(r.paragraphStyle) ? r.paragraphStyle : {};
  let heading: HeadingName | undefined;
  let alignment: ParagraphData["alignment"] | null | undefined;
  for (const f of fields) {
    if (f === "namedStyleType") {
      const name = style.namedStyleType === undefined ? "NORMAL_TEXT" : String(style.namedStyleType);
      heading = NAMED_STYLES[name];
      if (!heading) throw notEmulated(`the named style ${name}`);
    } else if (f === "alignment") {
      if (style.alignment === undefined) alignment = null;
      else {
        alignment = ALIGNMENTS[String(style.alignment)];
        if (!alignment) throw notEmulated(`the alignment ${String(style.alignment)}`);
      }
    } else throw notEmulated(`updateParagraphStyle of the field ${f}`);
  }
  eachParagraph(seg, start, end, (_i, p) => {
    if (heading) p.heading = heading;
    if (alignment === null) delete p.alignment;
    else if (alignment) p.alignment = alignment;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Bullets

function createParagraphBullets(doc: WorkDoc, r: Json): void {
  const { seg, start, end } = rangeOf(doc, r, "createParagraphBullets");
  const preset = PRESETS[String(r.bulletPreset)];
  if (!preset) throw notEmulated(`the bullet preset ${String(r.bulletPreset)}`);
  const listId = doc.newListId();
  const hit: number[] = [];
  eachParagraph(seg, start, end, (i, p) => {
    if (p.type === "paragraph" && (p.pageBreak || p.horizontalRule))
      throw notEmulated("bullets on a page break");
    hit.push(i);
  });
  for (const i of hit) {
    const item = seg.items[i] as Extract<Item, { k: "p" }>;
    const p = item.para;
    const text = runsText(p.runs);
    const tabs = /^\t*/.exec(text)![0].length;
    const nesting = Math.min(tabs, 8);
    const li: ListItemData = {
      type: "listItem",
      heading: p.heading,
      ...(p.alignment ? { alignment: p.alignment } : {}),
      runs: tabs > 0 ? sliceRuns(p.runs, tabs, text.length) : p.runs,
      listId,
      nesting,
      glyph: preset[nesting % preset.length]!,
    };
    item.para = li;
    seg.relength(i);
  }
}

function deleteParagraphBullets(doc: WorkDoc, r: Json): void {
  const { seg, start, end } = rangeOf(doc, r, "deleteParagraphBullets");
  eachParagraph(seg, start, end, (i, p) => {
    if (p.type !== "listItem") return;
    (seg.items[i] as Extract<Item, { k: "p" }>).para = {
      type: "paragraph",
      heading: p.heading,
      ...(p.alignment ? { alignment: p.alignment } : {}),
      runs: p.runs,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Tables

/** The start item of the table that starts at `location` (the body, or a segment it names). */
function tableAt(doc: WorkDoc, location: unknown, kind: string): { seg: Segment; i: number } {
  if (!isObj(location)) throw new InvalidRequest(`${kind}: tableStartLocation is required`);
  const seg = segmentOf(doc, location, kind);
  const index = intArg(location.index, "tableStartLocation.index");
  const i = seg.find(index);
  if (i < 0 || seg.items[i]!.k !== "ts" || seg.startOf(i) !== index)
    throw new InvalidRequest(`${kind}: The provided table start location is invalid.`);
  return { seg, i };
}

function updateTableCellStyle(doc: WorkDoc, r: Json): void {
  const kind = "updateTableCellStyle";
  const fields = fieldsOf(r, kind);
  if (fields.some((f) => f !== "backgroundColor"))
    throw notEmulated(`${kind} of the fields ${String(r.fields)}`);
  const range = r.tableRange as
    | {
        tableCellLocation?: { tableStartLocation?: Json; rowIndex?: unknown; columnIndex?: unknown };
        rowSpan?: unknown;
        columnSpan?: unknown;
      }
    | undefined;
  const startLocation = range ? range.tableCellLocation?.tableStartLocation : r.tableStartLocation;
  const { seg, i } = tableAt(doc, startLocation, kind);
  const grid = seg.grid(i);
  let [row, col, rows, cols] = [0, 0, grid.length, grid[0]?.length ?? 0];
  if (range) {
    const loc = range.tableCellLocation!;
    row = intArg(loc.rowIndex ?? 0, "rowIndex");
    col = intArg(loc.columnIndex ?? 0, "columnIndex");
    rows = intArg(range.rowSpan, "rowSpan");
    cols = intArg(range.columnSpan, "columnSpan");
  }
  const bg = colorOf((r.tableCellStyle as Json | undefined)?.backgroundColor);
  for (let a = row; a < row + rows; a++) {
    for (let b = col; b < col + cols; b++) {
      const cell = grid[a]?.[b];
      if (!cell || a < 0 || b < 0) throw new InvalidRequest(`${kind}: The table range is outside the table.`);
      if (bg) cell.background = bg;
      else delete cell.background;
    }
  }
}

function updateTableColumnProperties(doc: WorkDoc, r: Json): void {
  const kind = "updateTableColumnProperties";
  const fields = fieldsOf(r, kind);
  const all = fields.length === 1 && fields[0] === "*";
  if (!all && fields.some((f) => f !== "width" && f !== "widthType"))
    throw notEmulated(`${kind} of the fields ${String(r.fields)}`);
  const { seg, i } = tableAt(doc, r.tableStartLocation, kind);
  const table = (seg.items[i] as Extract<Item, { k: "ts" }>).table;
  const columns = seg.grid(i)[0]?.length ?? 0;
  const props = isObj(r.tableColumnProperties) ? r.tableColumnProperties : {};
  const type = props.widthType ?? "EVENLY_DISTRIBUTED";
  const width = props.width as { magnitude?: unknown; unit?: unknown } | undefined;
  let value: number | null;
  if (type === "EVENLY_DISTRIBUTED") value = null;
  else if (type === "FIXED_WIDTH") {
    if (width?.unit !== "PT" || typeof width.magnitude !== "number")
      throw notEmulated(`${kind} without a width in PT`);
    if (width.magnitude < 5) throw new InvalidRequest(`${kind}: The column width must be at least 5 points.`);
    value = width.magnitude;
  } else throw notEmulated(`the column width type ${String(type)}`);
  const indices =
    Array.isArray(r.columnIndices) && r.columnIndices.length > 0
      ? r.columnIndices.map((c) => intArg(c, "columnIndices"))
      : Array.from({ length: columns }, (_, c) => c);
  const widths = [...(table.columnWidths ?? [])];
  while (widths.length < columns) widths.push(null);
  for (const c of indices) {
    if (c < 0 || c >= columns) throw new InvalidRequest(`${kind}: Column index ${c} is outside the table.`);
    widths[c] = value;
  }
  if (widths.every((w) => w === null)) delete table.columnWidths;
  else table.columnWidths = widths;
}

// ---------------------------------------------------------------------------------------------------------
// The document's style

/** A Dimension of the API in points; another unit is not emulated. */
function points(d: unknown, what: string): number {
  if (!isObj(d) || d.unit !== "PT" || typeof d.magnitude !== "number")
    throw notEmulated(`updateDocumentStyle with a ${what} that is not a magnitude in PT`);
  if (d.magnitude <= 0) throw new InvalidRequest(`updateDocumentStyle: ${what} must be positive`);
  return d.magnitude;
}

/**
 * updateDocumentStyle of pageSize ("The size of a page in the document") and flipPageOrientation ("Indicates
 * whether to flip the dimensions of the pageSize, which allows changing the page orientation between portrait
 * and landscape"); a field named without a value goes back to the default. Other fields are not emulated.
 */
function updateDocumentStyle(doc: WorkDoc, r: Json): void {
  const kind = "updateDocumentStyle";
  if (r.tabId) throw notEmulated(`${kind} with a tabId`);
  const fields = fieldsOf(r, kind);
  const style = isObj(r.documentStyle) ? r.documentStyle : {};
  for (const f of fields) {
    if (f === "pageSize") {
      const size = style.pageSize;
      if (size === undefined) delete doc.data.pageSize;
      else {
        const s = isObj(size) ? size : {};
        doc.data.pageSize = {
          width: points(s.width, "pageSize.width"),
          height: points(s.height, "pageSize.height"),
        };
      }
    } else if (f === "flipPageOrientation") {
      if (style.flipPageOrientation === true) doc.data.flipPageOrientation = true;
      else delete doc.data.flipPageOrientation;
    } else throw notEmulated(`${kind} of the field ${f}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Headers and footers

/** The document's one default header or footer, made empty (one empty paragraph); its id is the reply. */
function createSection(doc: WorkDoc, r: Json, which: "header" | "footer"): Json {
  const kind = which === "header" ? "createHeader" : "createFooter";
  if (r.sectionBreakLocation !== undefined) throw notEmulated(`${kind} with a sectionBreakLocation`);
  if (r.type !== "DEFAULT") throw notEmulated(`${kind} of the type ${String(r.type)}`);
  if (doc[which]) throw new InvalidRequest(`${kind}: A default ${which} already exists for this document.`);
  const seg = new Segment(
    0,
    [{ type: "paragraph", heading: "NORMAL", runs: [] }],
    which === "header" ? HEADER_ID : FOOTER_ID,
  );
  doc[which] = seg;
  return which === "header" ? { createHeader: { headerId: seg.id } } : { createFooter: { footerId: seg.id } };
}

function deleteHeader(doc: WorkDoc, r: Json): void {
  if (r.tabId) throw notEmulated("deleteHeader with a tabId");
  if (!doc.header || r.headerId !== doc.header.id)
    throw new InvalidRequest(`deleteHeader: The header ${String(r.headerId)} was not found.`);
  doc.header = null;
}

function deleteFooter(doc: WorkDoc, r: Json): void {
  if (r.tabId) throw notEmulated("deleteFooter with a tabId");
  if (!doc.footer || r.footerId !== doc.footer.id)
    throw new InvalidRequest(`deleteFooter: The footer ${String(r.footerId)} was not found.`);
  doc.footer = null;
}

const APPLY: Record<string, (doc: WorkDoc, r: Json) => unknown> = {
  insertText,
  deleteContentRange,
  insertTable,
  insertPageBreak,
  updateTextStyle,
  updateParagraphStyle,
  createParagraphBullets,
  deleteParagraphBullets,
  updateTableCellStyle,
  updateTableColumnProperties,
  updateDocumentStyle,
  deleteHeader,
  deleteFooter,
  createHeader: (doc, r) => createSection(doc, r, "header"),
  createFooter: (doc, r) => createSection(doc, r, "footer"),
};

/** Applies one request; `i` names it in the error. Returns its reply ({} for a request without one). */
export function applyRequest(doc: WorkDoc, request: unknown, i: number): Json {
  if (!isObj(request)) throw new InvalidRequest(`Invalid requests[${i}]: a request is an object`);
  const kinds = Object.keys(request);
  if (kinds.length !== 1)
    throw new InvalidRequest(`Invalid requests[${i}]: exactly one kind of request per entry`);
  const kind = kinds[0]!;
  const apply = APPLY[kind];
  if (!apply) throw notEmulated(`the request ${kind}`);
  const body = request[kind];
  if (!isObj(body)) throw new InvalidRequest(`Invalid requests[${i}].${kind}`);
  try {
    return (apply(doc, body) as Json | undefined) ?? {};
  } catch (e) {
    if (e instanceof InvalidRequest)
      throw new InvalidRequest(`Invalid requests[${i}].${kind}: ${e.message.replace(/^\w+: /, "")}`);
    throw e;
  }
}
