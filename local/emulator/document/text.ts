/**
 * Text: the editable text of an element, with character attributes by offset.
 * https://developers.google.com/apps-script/reference/document/text
 *
 * A Text is either a window on one paragraph (Paragraph.editAsText(), Paragraph.appendText(), the element a
 * findText result points to) or the text of a container (Body, TableCell, TableRow, Table .editAsText()).
 * Offsets (setBold(start, endInclusive, bold) and the like) are supported on one paragraph; on a container
 * spanning several paragraphs they throw Not emulated, while the whole-text forms (setBold(bold)) apply to
 * every paragraph in it.
 */
import type { EmuContext } from "../context";
import { EmuObject } from "../spreadsheet/base";
import { enumOut } from "../spreadsheet/enums";
import { notEmulated } from "../spreadsheet/errors";
import { ElementType } from "./enums";
import { docsSignatureError } from "./errors";
import {
  deleteRunText,
  insertRunText,
  type ListItemData,
  type ParagraphData,
  runsText,
  styleAt,
  styleRange,
  type TextRun,
  type TextStyle,
} from "./model";
import { checkReplacement, matchesIn, re2ToRegExp } from "./regex";

export type GText = GoogleAppsScript.Document.Text;
export type Para = ParagraphData | ListItemData;

/** What every element of a document needs: the execution, the edit guard (saveAndClose), the data. */
export interface DocScope {
  readonly _ctx: EmuContext;
  /** Throws when the document was closed with saveAndClose(). */
  _edit(): void;
}

// ---------------------------------------------------------------------------------------------------------
// Attribute values

/** "#rrggbb" (any case), stored lower case; null clears. Other colour forms are not emulated. */
export function colorArg(v: unknown, method: string, args: ArrayLike<unknown>): string | undefined {
  if (v === null) return undefined;
  if (typeof v !== "string") throw docsSignatureError(method, args);
  if (!/^#[0-9a-fA-F]{6}$/.test(v))
    throw notEmulated(`${method} with the colour "${v}" (only #rrggbb is emulated)`);
  return v.toLowerCase();
}

const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: "bold",
  ITALIC: "italic",
  UNDERLINE: "underline",
  STRIKETHROUGH: "strikethrough",
  FONT_SIZE: "fontSize",
  FONT_FAMILY: "fontFamily",
  FOREGROUND_COLOR: "foregroundColor",
  BACKGROUND_COLOR: "backgroundColor",
  LINK_URL: "linkUrl",
};

export function isTextAttribute(key: string): boolean {
  return key in TEXT_ATTRIBUTES;
}

/** A text-attribute value of setAttributes, checked; undefined clears it. */
export function textAttributeValue(
  key: string,
  v: unknown,
  method: string,
  args: ArrayLike<unknown>,
): unknown {
  if (v === null || v === undefined) return undefined;
  const field = TEXT_ATTRIBUTES[key]!;
  if (field === "bold" || field === "italic" || field === "underline" || field === "strikethrough") {
    if (typeof v !== "boolean") throw docsSignatureError(method, args);
    return v;
  }
  if (field === "fontSize") {
    if (typeof v !== "number" || !(v > 0)) throw docsSignatureError(method, args);
    return v;
  }
  if (field === "foregroundColor" || field === "backgroundColor") return colorArg(v, method, args);
  if (typeof v !== "string") throw docsSignatureError(method, args);
  return v === "" ? undefined : v;
}

/** The style patch of a setAttributes object's text attributes. */
export function textPatch(
  attrs: Record<string, unknown>,
  method: string,
  args: ArrayLike<unknown>,
): TextStyle {
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (isTextAttribute(k)) patch[TEXT_ATTRIBUTES[k]!] = textAttributeValue(k, v, method, args);
  }
  return patch as TextStyle;
}

/** The value of one attribute over runs: the same for every character, or null. */
function uniform(runs: readonly TextRun[], field: keyof TextStyle, start: number, end: number): unknown {
  let value: unknown;
  let first = true;
  let pos = 0;
  for (const r of runs) {
    const rs = pos;
    const re = pos + r.text.length;
    pos = re;
    if (re <= start || rs >= end) continue;
    const v = r.style[field] ?? null;
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) return null;
  }
  return first ? null : value;
}

export function textAttributesOf(
  runs: readonly TextRun[],
  start: number,
  end: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(TEXT_ATTRIBUTES)) out[key] = uniform(runs, field, start, end);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// replaceText / findText over paragraphs

/** Replaces every match in one paragraph; the new text takes the style of the first character it replaces. */
export function replaceInPara(p: Para, re: RegExp, replacement: string, method: string): void {
  const text = runsText(p.runs);
  const matches = matchesIn(text, re, method);
  let runs = p.runs;
  for (let i = matches.length - 1; i >= 0; i--) {
    const [start, end] = matches[i]!;
    const style = { ...styleAt(runs, start) };
    runs = deleteRunText(runs, start, end - 1);
    runs = insertRunText(runs, start, replacement);
    if (replacement) runs = styleRange(runs, start, start + replacement.length - 1, fullStyle(style));
  }
  p.runs = runs;
}

/** A patch that sets exactly `style` (clearing the attributes it lacks). */
function fullStyle(style: TextStyle): TextStyle {
  const patch: Record<string, unknown> = {};
  for (const field of Object.values(TEXT_ATTRIBUTES)) patch[field] = style[field];
  return patch as TextStyle;
}

export function replaceTextIn(paras: Para[], pattern: unknown, replacement: unknown, method: string): void {
  if (typeof pattern !== "string" || typeof replacement !== "string") {
    throw docsSignatureError(method, [pattern, replacement]);
  }
  const re = re2ToRegExp(pattern, method);
  checkReplacement(replacement, method);
  for (const p of paras) replaceInPara(p, re, replacement, method);
}

// ---------------------------------------------------------------------------------------------------------
// RangeElement: a findText result

export class EmuRangeElement extends EmuObject<GoogleAppsScript.Document.RangeElement> {
  constructor(
    ctx: EmuContext,
    readonly _para: Para,
    readonly _start: number,
    readonly _endInclusive: number,
    private readonly _text: () => GText,
  ) {
    super(ctx, "RangeElement");
  }
  getElement() {
    return this._text() as unknown as GoogleAppsScript.Document.Element;
  }
  getStartOffset() {
    return this._start;
  }
  getEndOffsetInclusive() {
    return this._endInclusive;
  }
  isPartial() {
    return !(this._start === 0 && this._endInclusive === runsText(this._para.runs).length - 1);
  }
}

/**
 * The first match after `from` (a RangeElement of an earlier search), paragraph by paragraph.
 * `textOf(p)` makes the Text element of a paragraph for the result.
 */
export function findTextIn(
  ctx: EmuContext,
  paras: Para[],
  args: unknown[],
  method: string,
  textOf: (p: Para) => GText,
): GoogleAppsScript.Document.RangeElement | null {
  const [pattern, fromArg] = args;
  if (typeof pattern !== "string" || args.length > 2) throw docsSignatureError(method, args);
  let from: EmuRangeElement | null = null;
  if (args.length === 2) {
    from =
      (fromArg as { _self?: unknown } | null)?._self instanceof EmuRangeElement
        ? (fromArg as { _self: EmuRangeElement })._self
        : null;
    if (!from) throw docsSignatureError(method, args);
  }
  const re = re2ToRegExp(pattern, method);
  let startIndex = 0;
  let minOffset = 0;
  if (from) {
    startIndex = paras.indexOf(from._para);
    if (startIndex < 0) return null;
    minOffset = from._endInclusive + 1;
  }
  for (let i = startIndex; i < paras.length; i++) {
    const p = paras[i]!;
    const found = matchesIn(runsText(p.runs), re, method).find(
      ([s]) => i !== startIndex || !from || s >= minOffset,
    );
    if (found) return new EmuRangeElement(ctx, p, found[0], found[1] - 1, () => textOf(p))._proxy;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Text

export class EmuText extends EmuObject<GText> {
  /**
   * @param _single the one paragraph this Text edits, or null for a container's text
   * @param _start window start in that paragraph
   * @param _length window length; null: to the end of the paragraph (grows with it)
   * @param _all every paragraph this Text covers (for whole-text edits)
   * @param _whole the text as the element's getText() gives it
   */
  constructor(
    readonly _doc: DocScope,
    readonly _single: Para | null,
    private readonly _start: number,
    private _length: number | null,
    private readonly _all: () => Para[],
    private readonly _whole: () => string,
    private readonly _parent: () => unknown,
  ) {
    super(_doc._ctx, "Text");
  }

  private _len(): number {
    if (!this._single) return this._whole().length;
    return this._length ?? runsText(this._single.runs).length - this._start;
  }

  /** The one paragraph, for offset-based methods. */
  private _para(method: string): Para {
    if (this._single) return this._single;
    const all = this._all();
    if (all.length === 1 && all[0]) return all[0];
    throw notEmulated(`${method} with offsets on the text of several paragraphs`);
  }

  private _range(
    method: string,
    args: ArrayLike<unknown>,
    start: unknown,
    end: unknown,
  ): [Para, number, number] {
    if (typeof start !== "number" || typeof end !== "number")
      throw docsSignatureError(`Text.${method}`, args);
    const p = this._para(`Text.${method}`);
    const len = this._len();
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= len) {
      throw notEmulated(`Text.${method} with offsets ${start}..${end} outside the text (length ${len})`);
    }
    return [p, this._start + start, this._start + end];
  }

  /** Applies a style patch: to the window, or (container) to every paragraph. */
  _styleWhole(patch: TextStyle): void {
    this._doc._edit();
    if (this._single) {
      const len = this._len();
      if (len > 0)
        this._single.runs = styleRange(this._single.runs, this._start, this._start + len - 1, patch);
      return;
    }
    for (const p of this._all()) {
      const len = runsText(p.runs).length;
      if (len > 0) p.runs = styleRange(p.runs, 0, len - 1, patch);
    }
  }

  private _style(
    method: string,
    args: unknown[],
    field: keyof TextStyle,
    check: (v: unknown) => unknown,
  ): GText {
    if (args.length === 1) {
      this._styleWhole({ [field]: check(args[0]) } as TextStyle);
      return this._proxy;
    }
    if (args.length !== 3) throw docsSignatureError(`Text.${method}`, args);
    const [p, s, e] = this._range(method, args, args[0], args[1]);
    this._doc._edit();
    p.runs = styleRange(p.runs, s, e, { [field]: check(args[2]) } as TextStyle);
    return this._proxy;
  }

  private _get(method: string, args: unknown[], field: keyof TextStyle): unknown {
    if (args.length === 1) {
      const offset = args[0];
      if (typeof offset !== "number") throw docsSignatureError(`Text.${method}`, args);
      const [p, s] = this._range(method, args, offset, offset);
      return styleAt(p.runs, s)[field] ?? null;
    }
    if (args.length !== 0) throw docsSignatureError(`Text.${method}`, args);
    if (this._single) return uniform(this._single.runs, field, this._start, this._start + this._len());
    const values = this._all()
      .filter((p) => runsText(p.runs).length > 0)
      .map((p) => uniform(p.runs, field, 0, runsText(p.runs).length));
    return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : null;
  }

  private _bool(method: string, args: unknown[]) {
    return (v: unknown) => {
      if (typeof v !== "boolean" && v !== null) throw docsSignatureError(`Text.${method}`, args);
      return v ?? undefined;
    };
  }

  getType() {
    return enumOut<GoogleAppsScript.Document.ElementType>(ElementType, "TEXT");
  }
  getParent() {
    return this._parent() as GoogleAppsScript.Document.ContainerElement;
  }
  asText() {
    return this._proxy;
  }
  getText() {
    if (!this._single) return this._whole();
    return runsText(this._single.runs).slice(this._start, this._start + this._len());
  }

  setText(...args: unknown[]): GText {
    const [text] = args;
    if (typeof text !== "string" || args.length !== 1) throw docsSignatureError("Text.setText", args);
    checkNoBreaks(text, "Text.setText");
    const p = this._para("Text.setText");
    this._doc._edit();
    const len = this._single ? this._len() : runsText(p.runs).length;
    const style = styleAt(p.runs, this._start);
    let runs = len > 0 ? deleteRunText(p.runs, this._start, this._start + len - 1) : p.runs;
    runs = insertRunText(runs, this._start, text);
    if (text) runs = styleRange(runs, this._start, this._start + text.length - 1, fullStyle(style));
    p.runs = runs;
    if (this._length !== null) this._length = text.length;
    return this._proxy;
  }

  appendText(...args: unknown[]): GText {
    const [text] = args;
    if (typeof text !== "string" || args.length !== 1) throw docsSignatureError("Text.appendText", args);
    return this.insertText(this._len(), text);
  }

  insertText(...args: unknown[]): GText {
    const [offset, text] = args;
    if (typeof offset !== "number" || typeof text !== "string" || args.length !== 2) {
      throw docsSignatureError("Text.insertText", args);
    }
    checkNoBreaks(text, "Text.insertText");
    const p = this._para("Text.insertText");
    const len = this._len();
    if (!Number.isInteger(offset) || offset < 0 || offset > len) {
      throw notEmulated(`Text.insertText at offset ${offset} outside the text (length ${len})`);
    }
    this._doc._edit();
    p.runs = insertRunText(p.runs, this._start + offset, text);
    if (this._length !== null) this._length += text.length;
    return this._proxy;
  }

  deleteText(...args: unknown[]): GText {
    if (args.length !== 2) throw docsSignatureError("Text.deleteText", args);
    const [p, s, e] = this._range("deleteText", args, args[0], args[1]);
    this._doc._edit();
    p.runs = deleteRunText(p.runs, s, e);
    if (this._length !== null) this._length -= e - s + 1;
    return this._proxy;
  }

  setBold(...args: unknown[]) {
    return this._style("setBold", args, "bold", this._bool("setBold", args));
  }
  setItalic(...args: unknown[]) {
    return this._style("setItalic", args, "italic", this._bool("setItalic", args));
  }
  setUnderline(...args: unknown[]) {
    return this._style("setUnderline", args, "underline", this._bool("setUnderline", args));
  }
  setStrikethrough(...args: unknown[]) {
    return this._style("setStrikethrough", args, "strikethrough", this._bool("setStrikethrough", args));
  }
  setFontSize(...args: unknown[]) {
    return this._style("setFontSize", args, "fontSize", (v) => {
      if (v === null) return undefined;
      if (typeof v !== "number" || !(v > 0)) throw docsSignatureError("Text.setFontSize", args);
      return v;
    });
  }
  setFontFamily(...args: unknown[]) {
    return this._style("setFontFamily", args, "fontFamily", (v) => {
      if (v === null) return undefined;
      if (typeof v !== "string") throw docsSignatureError("Text.setFontFamily", args);
      return v;
    });
  }
  setForegroundColor(...args: unknown[]) {
    return this._style("setForegroundColor", args, "foregroundColor", (v) =>
      colorArg(v, "Text.setForegroundColor", args),
    );
  }
  setBackgroundColor(...args: unknown[]) {
    return this._style("setBackgroundColor", args, "backgroundColor", (v) =>
      colorArg(v, "Text.setBackgroundColor", args),
    );
  }
  setLinkUrl(...args: unknown[]) {
    return this._style("setLinkUrl", args, "linkUrl", (v) => {
      if (v === null) return undefined;
      if (typeof v !== "string") throw docsSignatureError("Text.setLinkUrl", args);
      return v === "" ? undefined : v;
    });
  }

  isBold(...args: unknown[]) {
    return this._get("isBold", args, "bold") as boolean;
  }
  isItalic(...args: unknown[]) {
    return this._get("isItalic", args, "italic") as boolean;
  }
  isUnderline(...args: unknown[]) {
    return this._get("isUnderline", args, "underline") as boolean;
  }
  isStrikethrough(...args: unknown[]) {
    return this._get("isStrikethrough", args, "strikethrough") as boolean;
  }
  getFontSize(...args: unknown[]) {
    return this._get("getFontSize", args, "fontSize") as number;
  }
  getFontFamily(...args: unknown[]) {
    return this._get("getFontFamily", args, "fontFamily") as string;
  }
  getForegroundColor(...args: unknown[]) {
    return this._get("getForegroundColor", args, "foregroundColor") as string;
  }
  getBackgroundColor(...args: unknown[]) {
    return this._get("getBackgroundColor", args, "backgroundColor") as string;
  }
  getLinkUrl(...args: unknown[]) {
    return this._get("getLinkUrl", args, "linkUrl") as string;
  }

  /** Offsets where a run of text with other attributes starts. */
  getTextAttributeIndices() {
    const p = this._para("Text.getTextAttributeIndices");
    const out: number[] = [];
    let pos = 0;
    for (const r of p.runs) {
      const s = pos - this._start;
      pos += r.text.length;
      if (s >= 0 && s < this._len()) out.push(s);
    }
    if (out[0] !== 0 && this._len() > 0) out.unshift(0);
    return out;
  }

  setAttributes(...args: unknown[]): GText {
    if (args.length === 1) {
      this._styleWhole(attributesPatch(args[0], "Text.setAttributes", args));
      return this._proxy;
    }
    if (args.length !== 3) throw docsSignatureError("Text.setAttributes", args);
    const [p, s, e] = this._range("setAttributes", args, args[0], args[1]);
    const patch = attributesPatch(args[2], "Text.setAttributes", args);
    this._doc._edit();
    p.runs = styleRange(p.runs, s, e, patch);
    return this._proxy;
  }

  getAttributes(...args: unknown[]) {
    if (args.length === 1) {
      const [p, s] = this._range("getAttributes", args, args[0], args[0]);
      return textAttributesOf(p.runs, s, s + 1);
    }
    if (args.length !== 0) throw docsSignatureError("Text.getAttributes", args);
    const p = this._para("Text.getAttributes");
    return textAttributesOf(p.runs, this._start, this._start + this._len());
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this._doc._edit();
    if (this._single && (this._start !== 0 || this._length !== null)) {
      throw notEmulated("Text.replaceText on a part of a paragraph");
    }
    replaceTextIn(this._all(), searchPattern, replacement, "Text.replaceText");
    return this._proxy as unknown as GoogleAppsScript.Document.Element;
  }

  findText(...args: unknown[]) {
    return findTextIn(
      this._ctx,
      this._all(),
      args,
      "Text.findText",
      (p) =>
        new EmuText(
          this._doc,
          p,
          0,
          null,
          () => [p],
          () => runsText(p.runs),
          this._parent,
        )._proxy,
    );
  }
}

/** Only text attributes may be set on a Text; anything else is not emulated. */
function attributesPatch(attrs: unknown, method: string, args: ArrayLike<unknown>): TextStyle {
  if (attrs === null || typeof attrs !== "object" || Array.isArray(attrs))
    throw docsSignatureError(method, args);
  for (const k of Object.keys(attrs)) {
    if (!isTextAttribute(k)) throw notEmulated(`${method} with the attribute ${k}`);
  }
  return textPatch(attrs as Record<string, unknown>, method, args);
}

/**
 * A line or paragraph break inside text handed to the Docs service: what it becomes (a new paragraph, a
 * soft line break, "\r") is not documented, so it is refused. Split the text into paragraphs instead.
 */
export function checkNoBreaks(text: string, method: string): void {
  if (text.includes("\n") || text.includes("\r") || text.includes("\u000b"))
    throw notEmulated(`${method} with a line break in the text`);
}
