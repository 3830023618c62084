/**
 * How wide a text is in Google Sheets' default font, Arial 10 pt, from the metrics of Helvetica, which Arial
 * matches character for character (the PDF standard 14 fonts' metrics, @pdf-lib/standard-fonts). A character
 * those metrics lack (⚠) counts as `symbolEm` em (default 1): Sheets draws it from a fallback font, whose width
 * is not known here.
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

function textWidthPx(text: string, opts: TextOptions): number {
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
  return (units / 1000) * FONT_PT * PX_PER_PT;
}

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
