/**
 * How wide a text is, from the metrics of Helvetica, which Arial matches character for character (the PDF
 * standard 14 fonts' metrics, @pdf-lib/standard-fonts): in Google Sheets' default font, Arial 10 pt, and in
 * Google Docs' default text, Arial 11 pt. A character those metrics lack (⚠) counts as `symbolEm` em (default
 * 1): it is drawn from a fallback font, whose width is not known here.
 */
import { Encodings, Font, FontNames } from "@pdf-lib/standard-fonts";

const regular = Font.load(FontNames.Helvetica);
const bold = Font.load(FontNames.HelveticaBold);

/** Pixels per point at Sheets' 96 dpi. */
const PX_PER_PT = 96 / 72;

/** The room for text in a column: its width less the cell's padding (about 3 px each side, as Sheets draws it). */
const CELL_PADDING_PX = 6;
/** Sheets' default size, which the cells measured here have. */
const FONT_PT = 10;

export interface TextOptions {
  bold?: boolean;
  symbolEm?: number;
}

/** The width of `text` in points at `sizePt` (italic is as wide as regular in these metrics). */
function textWidthPt(text: string, opts: TextOptions, sizePt: number): number {
  const font = opts.bold ? bold : regular;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const name = Encodings.WinAnsi.canEncodeUnicodeCodePoint(cp)
      ? Encodings.WinAnsi.encodeUnicodeCodePoint(cp).name
      : null;
    const width = name === null ? undefined : font.getWidthOfGlyph(name);
    units += typeof width === "number" ? width : 1000 * (opts.symbolEm ?? 1);
  }
  return (units / 1000) * sizePt;
}

const textWidthPx = (text: string, opts: TextOptions): number => textWidthPt(text, opts, FONT_PT) * PX_PER_PT;

/** The words of a text (what a wrapped cell breaks between). */
export const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => w !== "");

/** Whether `text` fits a column of `columnPx` on one line. */
export const fitsColumn = (text: string, columnPx: number, opts: TextOptions = {}) =>
  textWidthPx(text, opts) <= columnPx - CELL_PADDING_PX;

/**
 * The words of `texts` wider than a column of `columnPx`, which a wrapped cell would break inside the word. A
 * word joined by slashes (`NW/RHOGO/regiokompas`) is left aside: as long as a list of names, it may break.
 */
export const tooWide = (texts: readonly string[], columnPx: number, opts: TextOptions = {}): string[] =>
  texts.flatMap(wordsOf).filter((w) => !w.includes("/") && !fitsColumn(w, columnPx, opts));

// ---------------------------------------------------------------------------------------------------------
// Google Docs tables

/** Google Docs' default text (NORMAL_TEXT), Arial 11 pt: the documents set no other font or size. */
const DOC_FONT_PT = 11;
/** A Google Docs table cell's padding, 5 pt on each side (what a table the Docs API inserts has). */
const DOC_CELL_PADDING_PT = 10;
/** How far a list item's text is indented per nesting level (Docs' bullet presets: 36 pt, level 0 included). */
export const DOC_LIST_INDENT_PT = 36;

export interface DocTextOptions {
  bold?: boolean;
  /** The text starts this far in (a list item's indent). */
  indentPt?: number;
}

/** Whether `text` fits on one line of a Google Docs table column `columnPt` wide. */
export const fitsDocColumn = (text: string, columnPt: number, opts: DocTextOptions = {}) =>
  (opts.indentPt ?? 0) + textWidthPt(text, opts, DOC_FONT_PT) <= columnPt - DOC_CELL_PADDING_PT;

/** The words of `texts` that a Google Docs table column of `columnPt` breaks inside the word (as tooWide). */
export const tooWideInDoc = (
  texts: readonly string[],
  columnPt: number,
  opts: DocTextOptions = {},
): string[] => texts.flatMap(wordsOf).filter((w) => !w.includes("/") && !fitsDocColumn(w, columnPt, opts));
