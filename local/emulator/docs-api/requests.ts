/**
 * The requests of documents.batchUpdate the emulator applies to the plain document model, one after the
 * other, each against the document as the requests before it left it (as the API does). Emulated:
 *
 * - insertText: at an index inside a paragraph's text (not before a page break); "\n" in the text starts a
 *   new paragraph with the same style and list ("Inserting a newline character will implicitly create a new
 *   Paragraph at that index. The paragraph style of the new paragraph will be copied from the paragraph at
 *   the current insertion index"); the text takes the style of the text before it.
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest
 * - updateTextStyle with the fields bold, italic, foregroundColor and link.
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
 * - createParagraphBullets with BULLET_DISC_CIRCLE_SQUARE or NUMBERED_DECIMAL_ALPHA_ROMAN: every paragraph the
 *   range touches joins one new list; "the nesting level of each paragraph is determined by counting leading
 *   tabs in front of each paragraph ... these leading tabs are removed by this request".
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest
 * - updateTableCellStyle with the field backgroundColor, for a tableRange of cells.
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest
 *
 * Any other request, field or preset is Not emulated; an index outside the body or not in a paragraph's
 * text is a 400 "Invalid requests[i].<kind>: …" as the API answers.
 */
import {
  type Block,
  type GlyphName,
  insertRunText,
  type ListItemData,
  normalizeRuns,
  runsText,
  styleRange,
  type TextRun,
  type TextStyle,
} from "../document/model";
import { hexOf, layoutOf, type Para, type Slot } from "./indexes";

/** A request the API refuses: the message follows the API's "Invalid requests[i].<kind>: <why>". */
export class InvalidRequest extends Error {}

/** The glyphs of a preset, per nesting level (levels repeat every three). */
const PRESETS: Record<string, GlyphName[]> = {
  BULLET_DISC_CIRCLE_SQUARE: ["BULLET", "HOLLOW_BULLET", "SQUARE_BULLET"],
  NUMBERED_DECIMAL_ALPHA_ROMAN: ["NUMBER", "LATIN_LOWER", "ROMAN_LOWER"],
};

export interface DocState {
  blocks: Block[];
  /** Counter for new list ids. */
  nextListId: () => string;
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const notEmulated = (what: string) => new Error(`Not emulated: Docs.Documents.batchUpdate with ${what}`);

function intArg(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new InvalidRequest(`${what} must be an integer`);
  return v;
}

function rangeOf(r: Json, kind: string): { start: number; end: number } {
  if (!isObj(r.range)) throw new InvalidRequest(`${kind}: range is required`);
  if (r.range.segmentId || r.range.tabId) throw notEmulated(`${kind} outside the body`);
  const start = intArg(r.range.startIndex, "range.startIndex");
  const end = intArg(r.range.endIndex, "range.endIndex");
  if (start < 1 || end <= start) throw new InvalidRequest(`${kind}: the range must not be empty`);
  return { start, end };
}

function checkEnd(end: number, docEnd: number, kind: string): void {
  if (end > docEnd)
    throw new InvalidRequest(
      `${kind}: Index ${end - 1} must be less than the end index of the referenced segment, ${docEnd}.`,
    );
}

const slotsIn = (slots: Slot[], start: number, end: number) =>
  slots.filter((s) => s.start < end && s.end > start);

// ---------------------------------------------------------------------------------------------------------

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

function insertText(doc: DocState, r: Json): void {
  if (!isObj(r.location)) throw notEmulated("insertText without a location (endOfSegmentLocation)");
  if (r.location.segmentId || r.location.tabId) throw notEmulated("insertText outside the body");
  const index = intArg(r.location.index, "location.index");
  if (typeof r.text !== "string") throw new InvalidRequest("insertText: text is required");
  const text = r.text.replace(/\r\n?/g, "\n");
  const { slots, end } = layoutOf(doc.blocks);
  if (index < 1 || index >= end) {
    throw new InvalidRequest(
      `insertText: Index ${index} must be less than the end index of the referenced segment, ${end}.`,
    );
  }
  const slot = slots.find((s) => index >= s.start && index < s.end);
  if (!slot)
    throw new InvalidRequest(
      "insertText: The insertion index must be inside the bounds of an existing paragraph.",
    );
  const offset = index - slot.start - slot.prefix;
  if (offset < 0) throw notEmulated("insertText before a page break or horizontal rule");
  const p = slot.para;
  if (text.includes("\u000b")) throw notEmulated("insertText with a vertical tab (soft line break)");
  const [first, ...more] = text.split("\n");
  let runs = first ? insertRunText(p.runs, offset, first) : p.runs;
  if (more.length === 0) {
    p.runs = runs;
    return;
  }
  const cut = offset + (first?.length ?? 0);
  const len = runsText(runs).length;
  const styleBefore = runs.length > 0 ? styleAtOffset(runs, cut) : {};
  const tail = sliceRuns(runs, cut, len);
  runs = sliceRuns(runs, 0, cut);
  p.runs = runs;
  const at = slot.holder.indexOf(p);
  const fresh = more.map((line, k): Para => {
    const lineRuns = line ? [{ text: line, style: { ...styleBefore } }] : [];
    const base = k === more.length - 1 ? normalizeRuns([...lineRuns, ...tail]) : lineRuns;
    return p.type === "listItem"
      ? { ...p, runs: base }
      : {
          type: "paragraph",
          heading: p.heading,
          ...(p.alignment ? { alignment: p.alignment } : {}),
          runs: base,
        };
  });
  slot.holder.splice(at + 1, 0, ...fresh);
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

// ---------------------------------------------------------------------------------------------------------

const TEXT_FIELDS = new Set(["bold", "italic", "foregroundColor", "link"]);

function updateTextStyle(doc: DocState, r: Json): void {
  const { start, end } = rangeOf(r, "updateTextStyle");
  if (typeof r.fields !== "string" || r.fields.trim() === "")
    throw new InvalidRequest("updateTextStyle: fields is required");
  const fields = r.fields.split(",").map((f) => f.trim());
  for (const f of fields) if (!TEXT_FIELDS.has(f)) throw notEmulated(`updateTextStyle of the field ${f}`);
  const style = isObj(r.textStyle) ? r.textStyle : {};
  const patch: TextStyle = {};
  const set = patch as Record<string, unknown>;
  for (const f of fields) {
    if (f === "bold" || f === "italic") set[f] = style[f] === true ? true : undefined;
    if (f === "foregroundColor") {
      const rgb = (style.foregroundColor as { color?: { rgbColor?: Json } } | undefined)?.color?.rgbColor;
      set.foregroundColor = rgb ? hexOf(rgb as { red?: number }) : undefined;
    }
    if (f === "link") {
      const link = style.link as { url?: unknown } | undefined;
      if (link && Object.keys(link).some((k) => k !== "url"))
        throw notEmulated("a link to a bookmark or heading");
      set.linkUrl = typeof link?.url === "string" && link.url !== "" ? link.url : undefined;
    }
  }
  const layout = layoutOf(doc.blocks);
  checkEnd(end, layout.end, "updateTextStyle");
  for (const s of slotsIn(layout.slots, start, end)) {
    const textStart = s.start + s.prefix;
    const len = runsText(s.para.runs).length;
    const from = Math.max(start, textStart) - textStart;
    const to = Math.min(end, textStart + len) - textStart;
    if (to > from) s.para.runs = styleRange(s.para.runs, from, to - 1, patch);
  }
}

// ---------------------------------------------------------------------------------------------------------

function createParagraphBullets(doc: DocState, r: Json): void {
  const { start, end } = rangeOf(r, "createParagraphBullets");
  const preset = PRESETS[String(r.bulletPreset)];
  if (!preset) throw notEmulated(`the bullet preset ${String(r.bulletPreset)}`);
  const layout = layoutOf(doc.blocks);
  checkEnd(end, layout.end, "createParagraphBullets");
  const listId = doc.nextListId();
  for (const s of slotsIn(layout.slots, start, end)) {
    const p = s.para;
    if (p.type === "paragraph" && (p.pageBreak || p.horizontalRule))
      throw notEmulated("bullets on a page break");
    const text = runsText(p.runs);
    const tabs = /^\t*/.exec(text)![0].length;
    const runs = tabs > 0 ? sliceRuns(p.runs, tabs, text.length) : p.runs;
    const nesting = Math.min(tabs, 8);
    const item: ListItemData = {
      type: "listItem",
      heading: p.heading,
      ...(p.alignment ? { alignment: p.alignment } : {}),
      runs,
      listId,
      nesting,
      glyph: preset[nesting % preset.length]!,
    };
    s.holder.splice(s.holder.indexOf(p), 1, item);
  }
}

// ---------------------------------------------------------------------------------------------------------

function updateTableCellStyle(doc: DocState, r: Json): void {
  if (r.fields !== "backgroundColor")
    throw notEmulated(`updateTableCellStyle of the fields ${String(r.fields)}`);
  const range = r.tableRange as
    | {
        tableCellLocation?: { tableStartLocation?: Json; rowIndex?: unknown; columnIndex?: unknown };
        rowSpan?: unknown;
        columnSpan?: unknown;
      }
    | undefined;
  if (!range?.tableCellLocation?.tableStartLocation)
    throw notEmulated("updateTableCellStyle without a tableRange");
  const loc = range.tableCellLocation;
  const start = intArg(loc.tableStartLocation!.index, "tableStartLocation.index");
  const row = intArg(loc.rowIndex ?? 0, "rowIndex");
  const col = intArg(loc.columnIndex ?? 0, "columnIndex");
  const rows = intArg(range.rowSpan, "rowSpan");
  const cols = intArg(range.columnSpan, "columnSpan");
  const table = layoutOf(doc.blocks).tables.find((t) => t.start === start)?.table;
  if (!table) throw new InvalidRequest(`updateTableCellStyle: The provided table start location is invalid.`);
  const bg = (r.tableCellStyle as { backgroundColor?: { color?: { rgbColor?: Json } } } | undefined)
    ?.backgroundColor;
  const rgb = bg?.color?.rgbColor;
  for (let i = row; i < row + rows; i++) {
    for (let j = col; j < col + cols; j++) {
      const cell = table.rows[i]?.cells[j];
      if (!cell) throw new InvalidRequest("updateTableCellStyle: The table range is outside the table.");
      if (rgb) cell.background = hexOf(rgb as { red?: number });
      else delete cell.background;
    }
  }
}

const APPLY: Record<string, (doc: DocState, r: Json) => void> = {
  insertText,
  updateTextStyle,
  createParagraphBullets,
  updateTableCellStyle,
};

/** Applies one request; `i` names it in the error. */
export function applyRequest(doc: DocState, request: unknown, i: number): void {
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
    apply(doc, body);
  } catch (e) {
    if (e instanceof InvalidRequest)
      throw new InvalidRequest(`Invalid requests[${i}].${kind}: ${e.message.replace(/^\w+: /, "")}`);
    throw e;
  }
}
