/**
 * The elements of a Google Doc: Body, HeaderSection, FooterSection, Paragraph, ListItem, Table, TableRow,
 * TableCell, PageBreak, HorizontalRule. Each is a view over the plain data of model.ts; like Apps Script,
 * every getChild()/getParagraphs() hands out a new object for the same element.
 * https://developers.google.com/apps-script/reference/document/body
 * https://developers.google.com/apps-script/reference/document/paragraph
 * https://developers.google.com/apps-script/reference/document/list-item
 * https://developers.google.com/apps-script/reference/document/table
 * https://developers.google.com/apps-script/reference/document/table-row
 * https://developers.google.com/apps-script/reference/document/table-cell
 * https://developers.google.com/apps-script/reference/document/header-section
 * https://developers.google.com/apps-script/reference/document/footer-section
 *
 * Deliberate limits (each throws Not emulated): text with a line break in it, tables from ragged or empty
 * arrays, attributes other than the text ones, HEADING, HORIZONTAL_ALIGNMENT, GLYPH_TYPE, NESTING_LEVEL and a
 * cell's BACKGROUND_COLOR, images, tables of contents, footnotes, positioned objects.
 */
import { EmuObject } from "../spreadsheet/base";
import { enumOut } from "../spreadsheet/enums";
import { gasError, notEmulated } from "../spreadsheet/errors";
import { ElementType, type ElementTypeName, GlyphType, HorizontalAlignment, ParagraphHeading } from "./enums";
import { DOCS_ERRORS, docsSignatureError, docEnumArg as enumArg } from "./errors";
import {
  type Block,
  blockText,
  cellText,
  cloneData,
  type DocumentData,
  type GlyphName,
  type ListItemData,
  newParagraph,
  type ParagraphData,
  paragraphsOf,
  rowText,
  runsText,
  type SectionData,
  styleRange,
  type TableCellData,
  type TableData,
  type TableRowData,
  tableText,
} from "./model";
import {
  checkNoBreaks,
  colorArg,
  type DocScope,
  EmuText,
  findTextIn,
  isTextAttribute,
  type Para,
  replaceTextIn,
  textAttributesOf,
  textPatch,
} from "./text";

type GElement = GoogleAppsScript.Document.Element;

/** What a document's elements share: the edit guard, the execution, the data (for list ids). */
export interface DocView extends DocScope {
  readonly _data: DocumentData;
}

/** Where a block lives: a section (body, header, footer) or a table cell. Null for a detached copy. */
export interface Holder {
  readonly blocks: Block[];
  /** The container element as the add-on sees it. */
  element(): unknown;
  readonly isCell: boolean;
}

const typeOf = (name: ElementTypeName) => enumOut<GoogleAppsScript.Document.ElementType>(ElementType, name);

/** The element object for a block in a holder. */
export function wrapBlock(doc: DocView, block: Block, holder: Holder | null): GElement {
  if (block.type === "table") return new EmuTable(doc, block, holder)._proxy as unknown as GElement;
  if (block.type === "listItem") return new EmuListItem(doc, block, holder)._proxy as unknown as GElement;
  return new EmuParagraph(doc, block, holder)._proxy as unknown as GElement;
}

/** Every paragraph/list item under `blocks` with the holder it sits in (table cells included). */
function paragraphsWithHolders(doc: DocView, blocks: Block[], holder: Holder): [Para, Holder][] {
  const out: [Para, Holder][] = [];
  for (const b of blocks) {
    if (b.type === "table") {
      const table = new EmuTable(doc, b, holder);
      b.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const cellHolder = new EmuTableCell(doc, table, r, c)._asHolder();
          out.push(...paragraphsWithHolders(doc, cell.blocks, cellHolder));
        });
      });
    } else {
      out.push([b, holder]);
    }
  }
  return out;
}

function tablesOf(blocks: Block[]): TableData[] {
  const out: TableData[] = [];
  for (const b of blocks) {
    if (b.type !== "table") continue;
    out.push(b);
    for (const row of b.rows) for (const cell of row.cells) out.push(...tablesOf(cell.blocks));
  }
  return out;
}

/** Removing `index` from a holder must leave it ending in a paragraph (a section never ends with a table). */
function checkRemovable(holder: Holder, index: number): void {
  const rest = holder.blocks.filter((_, i) => i !== index);
  const last = rest[rest.length - 1];
  if (!last || last.type === "table") throw gasError(DOCS_ERRORS.lastParagraph);
}

function childIndexArg(
  method: string,
  args: ArrayLike<unknown>,
  v: unknown,
  count: number,
  inclusive: boolean,
) {
  if (typeof v !== "number" || !Number.isInteger(v)) throw docsSignatureError(method, args);
  if (v < 0 || v > count || (!inclusive && v === count)) {
    if (inclusive) throw notEmulated(`${method} at child index ${v} of ${count}`);
    throw gasError(DOCS_ERRORS.childIndex(v, count));
  }
  return v;
}

function textArg(method: string, args: ArrayLike<unknown>, v: unknown): string {
  if (typeof v !== "string") throw docsSignatureError(method, args);
  checkNoBreaks(v, method);
  return v;
}

/** The cells of appendTable(cells): a non-empty rectangle of strings. */
function cellsArg(method: string, args: ArrayLike<unknown>, v: unknown): string[][] {
  if (!Array.isArray(v) || !v.every((r) => Array.isArray(r) && r.every((c) => typeof c === "string"))) {
    throw docsSignatureError(method, args);
  }
  const rows = v as string[][];
  if (rows.length === 0 || rows[0]!.length === 0) throw notEmulated(`${method} with no cells`);
  if (rows.some((r) => r.length !== rows[0]!.length))
    throw notEmulated(`${method} with rows of unequal length`);
  for (const r of rows) for (const c of r) checkNoBreaks(c, method);
  return rows;
}

export function newTableData(cells: string[][]): TableData {
  return {
    type: "table",
    rows: cells.map((r) => ({ cells: r.map((text) => ({ blocks: [newParagraph(text)] })) })),
  };
}

/** A list item's list: it continues the list of the item just before it, as Docs does when appending. */
function newListItem(doc: DocView, holder: Holder, index: number, text: string): ListItemData {
  const prev = holder.blocks[index - 1];
  if (prev && prev.type === "listItem") {
    return {
      type: "listItem",
      heading: "NORMAL",
      runs: text ? [{ text, style: {} }] : [],
      listId: prev.listId,
      nesting: 0,
      glyph: glyphOfList(holder.blocks, prev.listId, 0),
    };
  }
  const listId = `kix.emu${doc._data.nextListId++}`;
  // A new list's items are numbered (gas-fakes' tests against live Apps Script: GlyphType.NUMBER).
  return {
    type: "listItem",
    heading: "NORMAL",
    runs: text ? [{ text, style: {} }] : [],
    listId,
    nesting: 0,
    glyph: "NUMBER",
  };
}

function glyphOfList(blocks: Block[], listId: string, nesting: number): GlyphName {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === "listItem" && b.listId === listId && b.nesting === nesting) return b.glyph;
  }
  return nesting === 0 ? "NUMBER" : "BULLET";
}

// ---------------------------------------------------------------------------------------------------------
// Containers of blocks: sections and table cells share append/insert/get

abstract class EmuContainer<G> extends EmuObject<G> {
  constructor(
    readonly _doc: DocView,
    className: string,
  ) {
    super(_doc._ctx, className);
  }

  abstract _holder(): Holder;

  protected _blocks(): Block[] {
    return this._holder().blocks;
  }

  /** Inserts a block; returns it. */
  protected _insert(index: number, block: Block): Block {
    this._doc._edit();
    this._blocks().splice(index, 0, block);
    return block;
  }

  protected _paraArg(method: string, args: unknown[], listItem: boolean): Para {
    const [v] = args;
    if (typeof v === "string") {
      const text = textArg(method, args, v);
      return listItem ? (null as unknown as Para) : newParagraph(text);
    }
    const raw = (v as { _self?: unknown } | null)?._self;
    const ok = listItem
      ? raw instanceof EmuListItem
      : raw instanceof EmuParagraph && !(raw instanceof EmuListItem);
    if (!ok) throw docsSignatureError(method, args);
    const el = raw as EmuParagraph;
    if (el._holder) throw gasError(DOCS_ERRORS.notDetached);
    return cloneData(el._block);
  }

  appendParagraph(...args: unknown[]) {
    const method = `${this._className}.appendParagraph`;
    if (args.length !== 1) throw docsSignatureError(method, args);
    const block = this._paraArg(method, args, false);
    this._insert(this._blocks().length, block);
    return new EmuParagraph(this._doc, block as ParagraphData, this._holder())._proxy;
  }

  appendListItem(...args: unknown[]) {
    const method = `${this._className}.appendListItem`;
    if (args.length !== 1) throw docsSignatureError(method, args);
    const holder = this._holder();
    const index = holder.blocks.length;
    const block =
      typeof args[0] === "string"
        ? newListItem(this._doc, holder, index, textArg(method, args, args[0]))
        : (this._paraArg(method, args, true) as ListItemData);
    this._insert(index, block);
    return new EmuListItem(this._doc, block, holder)._proxy;
  }

  insertParagraph(...args: unknown[]) {
    const method = `${this._className}.insertParagraph`;
    if (args.length !== 2) throw docsSignatureError(method, args);
    const index = childIndexArg(method, args, args[0], this._blocks().length, true);
    const block = this._paraArg(method, [args[1]], false);
    this._insert(index, block);
    return new EmuParagraph(this._doc, block as ParagraphData, this._holder())._proxy;
  }

  insertListItem(...args: unknown[]) {
    const method = `${this._className}.insertListItem`;
    if (args.length !== 2) throw docsSignatureError(method, args);
    const holder = this._holder();
    const index = childIndexArg(method, args, args[0], holder.blocks.length, true);
    const block =
      typeof args[1] === "string"
        ? newListItem(this._doc, holder, index, textArg(method, args, args[1]))
        : (this._paraArg(method, [args[1]], true) as ListItemData);
    this._insert(index, block);
    return new EmuListItem(this._doc, block, holder)._proxy;
  }

  getNumChildren() {
    return this._blocks().length;
  }

  getChild(...args: unknown[]) {
    const method = `${this._className}.getChild`;
    const blocks = this._blocks();
    const index = childIndexArg(method, args, args[0], blocks.length, false);
    return wrapBlock(this._doc, blocks[index]!, this._holder());
  }

  getChildIndex(child: GElement) {
    const raw = (child as unknown as { _self?: unknown } | null)?._self;
    const block = raw instanceof EmuBlockElement ? raw._block : null;
    const i = block ? this._blocks().indexOf(block) : -1;
    if (i < 0) throw notEmulated(`${this._className}.getChildIndex of an element that is not its child`);
    return i;
  }

  removeChild(child: GElement) {
    const raw = (child as unknown as { _self?: unknown } | null)?._self;
    const block = raw instanceof EmuBlockElement ? raw._block : null;
    const i = block ? this._blocks().indexOf(block) : -1;
    if (i < 0) throw notEmulated(`${this._className}.removeChild of an element that is not its child`);
    checkRemovable(this._holder(), i);
    this._doc._edit();
    this._blocks().splice(i, 1);
    return this._proxy;
  }

  getText() {
    return this._blocks().map(blockText).join("\n");
  }

  editAsText() {
    return new EmuText(
      this._doc,
      null,
      0,
      null,
      () => paragraphsOf(this._blocks()),
      () => this.getText(),
      () => this._proxy,
    )._proxy;
  }

  replaceText(searchPattern: string, replacement: string) {
    this._doc._edit();
    replaceTextIn(paragraphsOf(this._blocks()), searchPattern, replacement, `${this._className}.replaceText`);
    return this._proxy;
  }

  findText(...args: unknown[]) {
    const pairs = paragraphsWithHolders(this._doc, this._blocks(), this._holder());
    return findTextIn(
      this._ctx,
      pairs.map(([p]) => p),
      args,
      `${this._className}.findText`,
      (p) => {
        const holder = pairs.find(([q]) => q === p)![1];
        return (
          wrapBlock(this._doc, p, holder) as unknown as GoogleAppsScript.Document.Paragraph
        ).editAsText();
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sections

export type SectionKind = "body" | "header" | "footer";

const SECTION_CLASS: Record<SectionKind, string> = {
  body: "Body",
  header: "HeaderSection",
  footer: "FooterSection",
};
const SECTION_TYPE: Record<SectionKind, ElementTypeName> = {
  body: "BODY_SECTION",
  header: "HEADER_SECTION",
  footer: "FOOTER_SECTION",
};

export class EmuSection extends EmuContainer<GoogleAppsScript.Document.Body> {
  constructor(
    doc: DocView,
    readonly _section: SectionData,
    readonly _kind: SectionKind,
  ) {
    super(doc, SECTION_CLASS[_kind]);
  }

  /** The body prints as Apps Script's own class name (gas-fakes' tests against live Apps Script). */
  _toString(): string {
    return this._kind === "body" ? "DocumentBodySection" : SECTION_CLASS[this._kind];
  }

  _holder(): Holder {
    return { blocks: this._section.blocks, element: () => this._proxy, isCell: false };
  }

  getType() {
    return typeOf(SECTION_TYPE[this._kind]);
  }

  /** Appends a table made of the cells and, as Apps Script does, an empty paragraph after it. */
  appendTable(...args: unknown[]) {
    const method = `${this._className}.appendTable`;
    if (args.length !== 1) throw notEmulated(`${method} without cells`);
    const [v] = args;
    let table: TableData;
    const raw = (v as { _self?: unknown } | null)?._self;
    if (raw instanceof EmuTable) {
      if (raw._holder) throw gasError(DOCS_ERRORS.notDetached);
      table = cloneData(raw._block);
    } else {
      table = newTableData(cellsArg(method, args, v));
    }
    this._doc._edit();
    this._section.blocks.push(table, newParagraph());
    return new EmuTable(this._doc, table, this._holder())._proxy;
  }

  appendHorizontalRule() {
    const p: ParagraphData = { ...newParagraph(), horizontalRule: true };
    this._insert(this._section.blocks.length, p);
    return new EmuHorizontalRule(this._doc, p, this._holder())._proxy;
  }

  getParagraphs() {
    return paragraphsWithHolders(this._doc, this._section.blocks, this._holder()).map(
      ([p, h]) => wrapBlock(this._doc, p, h) as unknown as GoogleAppsScript.Document.Paragraph,
    );
  }

  getListItems() {
    return paragraphsWithHolders(this._doc, this._section.blocks, this._holder())
      .filter(([p]) => p.type === "listItem")
      .map(([p, h]) => wrapBlock(this._doc, p, h) as unknown as GoogleAppsScript.Document.ListItem);
  }

  getTables() {
    const all = tablesOf(this._section.blocks);
    return all.map((t) => {
      const top = this._section.blocks.includes(t);
      // A nested table's holder is its cell; only its identity matters to the add-on here.
      return new EmuTable(this._doc, t, top ? this._holder() : null)._proxy;
    });
  }

  /** Leaves one empty paragraph, as a section can never be empty. */
  clear() {
    this._doc._edit();
    this._section.blocks.splice(0, this._section.blocks.length, newParagraph());
    return this._proxy;
  }

  setText(...args: unknown[]) {
    const text = textArg(`${this._className}.setText`, args, args[0]);
    this._doc._edit();
    this._section.blocks.splice(0, this._section.blocks.length, newParagraph(text));
    return this._proxy;
  }
}

/** The body also holds page breaks (headers and footers cannot). */
export class EmuBody extends EmuSection {
  appendPageBreak(...args: unknown[]) {
    if (args.length !== 0) throw notEmulated("Body.appendPageBreak(PageBreak)");
    const p: ParagraphData = { ...newParagraph(), pageBreak: true };
    this._insert(this._section.blocks.length, p);
    return new EmuPageBreak(this._doc, p, this._holder())._proxy;
  }

  insertPageBreak(...args: unknown[]) {
    if (args.length !== 1) throw notEmulated("Body.insertPageBreak(Integer, PageBreak)");
    const index = childIndexArg("Body.insertPageBreak", args, args[0], this._section.blocks.length, true);
    const p: ParagraphData = { ...newParagraph(), pageBreak: true };
    this._insert(index, p);
    return new EmuPageBreak(this._doc, p, this._holder())._proxy;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: paragraph, list item, table

abstract class EmuBlockElement<G, B extends Block> extends EmuObject<G> {
  constructor(
    readonly _doc: DocView,
    readonly _block: B,
    /** Null for a detached copy. */
    readonly _holder: Holder | null,
    className: string,
  ) {
    super(_doc._ctx, className);
  }

  protected _index(): number {
    return this._holder ? this._holder.blocks.indexOf(this._block) : -1;
  }

  getParent() {
    return (this._holder?.element() ?? null) as GoogleAppsScript.Document.ContainerElement;
  }

  getNextSibling() {
    const i = this._index();
    const next = i >= 0 ? this._holder!.blocks[i + 1] : undefined;
    return next ? wrapBlock(this._doc, next, this._holder) : (null as unknown as GElement);
  }

  getPreviousSibling() {
    const i = this._index();
    const prev = i > 0 ? this._holder!.blocks[i - 1] : undefined;
    return prev ? wrapBlock(this._doc, prev, this._holder) : (null as unknown as GElement);
  }

  removeFromParent() {
    const i = this._index();
    if (i < 0) return this._proxy;
    checkRemovable(this._holder!, i);
    this._doc._edit();
    this._holder!.blocks.splice(i, 1);
    return this._proxy;
  }

  asParagraph() {
    return this._as("PARAGRAPH");
  }
  asListItem() {
    return this._as("LIST_ITEM");
  }
  asTable() {
    return this._as("TABLE");
  }

  private _as(type: ElementTypeName) {
    const own = (this as unknown as { getType(): unknown }).getType();
    if (String(own) !== type) throw notEmulated(`${this._className}.as… to ${type} (it is ${String(own)})`);
    return this._proxy;
  }
}

export class EmuParagraph extends EmuBlockElement<GoogleAppsScript.Document.Paragraph, Para> {
  constructor(doc: DocView, block: Para, holder: Holder | null, className = "Paragraph") {
    super(doc, block, holder, className);
  }

  getType() {
    return typeOf("PARAGRAPH");
  }

  getText() {
    return runsText(this._block.runs);
  }

  /** Replaces the contents with plain text (returns nothing, as in Apps Script). */
  setText(...args: unknown[]): void {
    const text = textArg(`${this._className}.setText`, args, args[0]);
    this._doc._edit();
    this._block.runs = text ? [{ text, style: {} }] : [];
  }

  /** The new text takes the attributes of the text before it; the Text returned covers only the new text. */
  appendText(...args: unknown[]) {
    const text = textArg(`${this._className}.appendText`, args, args[0]);
    const start = runsText(this._block.runs).length;
    const t = this._text(start, 0);
    t.insertText(0, text);
    return t._proxy;
  }

  editAsText() {
    return this._text(0, null)._proxy;
  }

  _text(start: number, length: number | null) {
    return new EmuText(
      this._doc,
      this._block,
      start,
      length,
      () => [this._block],
      () => this.getText(),
      () => this._proxy,
    );
  }

  clear() {
    this._doc._edit();
    this._block.runs = [];
    return this._proxy;
  }

  getNumChildren() {
    const b = this._block as ParagraphData;
    return b.pageBreak || b.horizontalRule || this._block.runs.length > 0 ? 1 : 0;
  }

  getChild(...args: unknown[]) {
    const index = childIndexArg(`${this._className}.getChild`, args, args[0], this.getNumChildren(), false);
    void index;
    const b = this._block as ParagraphData;
    if (b.pageBreak)
      return new EmuPageBreak(this._doc, b, this._holder, this._proxy)._proxy as unknown as GElement;
    if (b.horizontalRule)
      return new EmuHorizontalRule(this._doc, b, this._holder, this._proxy)._proxy as unknown as GElement;
    return this._text(0, null)._proxy as unknown as GElement;
  }

  setHeading(...args: unknown[]) {
    const heading = enumArg(ParagraphHeading, args[0], `${this._className}.setHeading`, args);
    this._doc._edit();
    this._block.heading = heading;
    return this._proxy;
  }

  getHeading() {
    return enumOut<GoogleAppsScript.Document.ParagraphHeading>(ParagraphHeading, this._block.heading);
  }

  setAlignment(...args: unknown[]) {
    const alignment = enumArg(HorizontalAlignment, args[0], `${this._className}.setAlignment`, args);
    this._doc._edit();
    this._block.alignment = alignment;
    return this._proxy;
  }

  /** Unset alignment reads as LEFT, the Docs default for left-to-right text. */
  getAlignment() {
    return enumOut<GoogleAppsScript.Document.HorizontalAlignment>(
      HorizontalAlignment,
      this._block.alignment ?? "LEFT",
    );
  }

  setLinkUrl(...args: unknown[]) {
    const [url] = args;
    if (url !== null && typeof url !== "string")
      throw docsSignatureError(`${this._className}.setLinkUrl`, args);
    this._text(0, null)._styleWhole({ linkUrl: url ? url : undefined });
    return this._proxy;
  }

  getLinkUrl() {
    return this._text(0, null).getLinkUrl() as string;
  }

  setAttributes(...args: unknown[]) {
    const method = `${this._className}.setAttributes`;
    const [attrs] = args;
    if (args.length !== 1 || attrs === null || typeof attrs !== "object")
      throw docsSignatureError(method, args);
    const a = attrs as Record<string, unknown>;
    for (const k of Object.keys(a)) {
      if (!isTextAttribute(k) && !this._paragraphAttribute(k))
        throw notEmulated(`${method} with the attribute ${k}`);
    }
    this._doc._edit();
    if ("HEADING" in a && a.HEADING !== null)
      this._block.heading = enumArg(ParagraphHeading, a.HEADING, method, args);
    if ("HORIZONTAL_ALIGNMENT" in a) {
      this._block.alignment =
        a.HORIZONTAL_ALIGNMENT === null
          ? undefined
          : enumArg(HorizontalAlignment, a.HORIZONTAL_ALIGNMENT, method, args);
    }
    this._setListAttributes(a, method, args);
    const patch = textPatch(a, method, args);
    const len = runsText(this._block.runs).length;
    if (Object.keys(patch).length > 0 && len > 0)
      this._block.runs = styleRange(this._block.runs, 0, len - 1, patch);
    return this._proxy;
  }

  protected _paragraphAttribute(key: string): boolean {
    return key === "HEADING" || key === "HORIZONTAL_ALIGNMENT";
  }

  protected _setListAttributes(_a: Record<string, unknown>, _method: string, _args: unknown[]): void {}

  getAttributes() {
    const out: Record<string, unknown> = textAttributesOf(
      this._block.runs,
      0,
      runsText(this._block.runs).length,
    );
    out.HEADING = this.getHeading();
    out.HORIZONTAL_ALIGNMENT = this._block.alignment
      ? enumOut(HorizontalAlignment, this._block.alignment)
      : null;
    return out;
  }

  replaceText(searchPattern: string, replacement: string) {
    this._doc._edit();
    replaceTextIn([this._block], searchPattern, replacement, `${this._className}.replaceText`);
    return this._proxy as unknown as GElement;
  }

  findText(...args: unknown[]) {
    return findTextIn(this._ctx, [this._block], args, `${this._className}.findText`, () => this.editAsText());
  }

  /** A detached deep copy, to append elsewhere. */
  copy() {
    return new EmuParagraph(this._doc, cloneData(this._block), null)._proxy;
  }
}

export class EmuListItem extends EmuParagraph {
  declare readonly _block: ListItemData;

  constructor(doc: DocView, block: ListItemData, holder: Holder | null) {
    super(doc, block, holder, "ListItem");
  }

  override getType() {
    return typeOf("LIST_ITEM");
  }

  setGlyphType(...args: unknown[]) {
    const glyph = enumArg(GlyphType, args[0], "ListItem.setGlyphType", args);
    this._doc._edit();
    this._block.glyph = glyph;
    return this._proxy as unknown as GoogleAppsScript.Document.ListItem;
  }

  getGlyphType() {
    return enumOut<GoogleAppsScript.Document.GlyphType>(GlyphType, this._block.glyph);
  }

  /** Docs lists have nine levels, 0 to 8. */
  setNestingLevel(...args: unknown[]) {
    const [level] = args;
    if (typeof level !== "number") throw docsSignatureError("ListItem.setNestingLevel", args);
    if (!Number.isInteger(level) || level < 0 || level > 8) {
      throw notEmulated(`ListItem.setNestingLevel(${level}) outside 0..8`);
    }
    this._doc._edit();
    this._block.nesting = level;
    return this._proxy as unknown as GoogleAppsScript.Document.ListItem;
  }

  getNestingLevel() {
    return this._block.nesting;
  }

  getListId() {
    return this._block.listId;
  }

  /** Makes this item part of the list of `listItem`. */
  setListId(...args: unknown[]) {
    const raw = (args[0] as { _self?: unknown } | null)?._self;
    if (!(raw instanceof EmuListItem)) throw docsSignatureError("ListItem.setListId", args);
    this._doc._edit();
    this._block.listId = raw._block.listId;
    return this._proxy as unknown as GoogleAppsScript.Document.ListItem;
  }

  protected override _paragraphAttribute(key: string): boolean {
    return super._paragraphAttribute(key) || key === "GLYPH_TYPE" || key === "NESTING_LEVEL";
  }

  protected override _setListAttributes(a: Record<string, unknown>, method: string, args: unknown[]): void {
    if ("GLYPH_TYPE" in a && a.GLYPH_TYPE !== null)
      this._block.glyph = enumArg(GlyphType, a.GLYPH_TYPE, method, args);
    if ("NESTING_LEVEL" in a && a.NESTING_LEVEL !== null) {
      const level = a.NESTING_LEVEL;
      if (typeof level !== "number" || !Number.isInteger(level) || level < 0 || level > 8) {
        throw docsSignatureError(method, args);
      }
      this._block.nesting = level;
    }
  }

  override getAttributes() {
    const out = super.getAttributes();
    out.GLYPH_TYPE = this.getGlyphType();
    out.NESTING_LEVEL = this._block.nesting;
    out.LIST_ID = this._block.listId;
    return out;
  }

  override copy() {
    return new EmuListItem(this._doc, cloneData(this._block), null)
      ._proxy as unknown as GoogleAppsScript.Document.Paragraph;
  }
}

/** A page break, inside a paragraph of its own. https://developers.google.com/apps-script/reference/document/page-break */
export class EmuPageBreak extends EmuObject<GoogleAppsScript.Document.PageBreak> {
  constructor(
    readonly _doc: DocView,
    readonly _para: ParagraphData,
    readonly _holder: Holder | null,
    private readonly _parentProxy: unknown = null,
  ) {
    super(_doc._ctx, "PageBreak");
  }
  getType() {
    return typeOf("PAGE_BREAK");
  }
  getParent() {
    return (this._parentProxy ??
      new EmuParagraph(this._doc, this._para, this._holder)
        ._proxy) as GoogleAppsScript.Document.ContainerElement;
  }
}

/** https://developers.google.com/apps-script/reference/document/horizontal-rule */
export class EmuHorizontalRule extends EmuObject<GoogleAppsScript.Document.HorizontalRule> {
  constructor(
    readonly _doc: DocView,
    readonly _para: ParagraphData,
    readonly _holder: Holder | null,
    private readonly _parentProxy: unknown = null,
  ) {
    super(_doc._ctx, "HorizontalRule");
  }
  getType() {
    return typeOf("HORIZONTAL_RULE");
  }
  getParent() {
    return (this._parentProxy ??
      new EmuParagraph(this._doc, this._para, this._holder)
        ._proxy) as GoogleAppsScript.Document.ContainerElement;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Tables

function containerText(doc: DocView, paras: () => Para[], whole: () => string, parent: () => unknown) {
  return new EmuText(doc, null, 0, null, paras, whole, parent)._proxy;
}

/** A setAttributes object on a table, row or cell: text attributes apply to all its text. */
function applyTextAttributes(
  doc: DocView,
  paras: Para[],
  attrs: Record<string, unknown>,
  method: string,
  args: unknown[],
  allowed: (key: string) => boolean = () => false,
): void {
  for (const k of Object.keys(attrs)) {
    if (!isTextAttribute(k) && !allowed(k)) throw notEmulated(`${method} with the attribute ${k}`);
  }
  const text = Object.fromEntries(Object.entries(attrs).filter(([k]) => isTextAttribute(k) && !allowed(k)));
  const patch = textPatch(text, method, args);
  doc._edit();
  for (const p of paras) {
    const len = runsText(p.runs).length;
    if (len > 0 && Object.keys(patch).length > 0) p.runs = styleRange(p.runs, 0, len - 1, patch);
  }
}

export class EmuTable extends EmuBlockElement<GoogleAppsScript.Document.Table, TableData> {
  constructor(doc: DocView, block: TableData, holder: Holder | null) {
    super(doc, block, holder, "Table");
  }

  getType() {
    return typeOf("TABLE");
  }
  getNumRows() {
    return this._block.rows.length;
  }
  getNumChildren() {
    return this._block.rows.length;
  }

  getRow(...args: unknown[]) {
    const r = childIndexArg("Table.getRow", args, args[0], this._block.rows.length, false);
    return new EmuTableRow(this._doc, this, r)._proxy;
  }

  getChild(...args: unknown[]) {
    const r = childIndexArg("Table.getChild", args, args[0], this._block.rows.length, false);
    return new EmuTableRow(this._doc, this, r)._proxy as unknown as GElement;
  }

  getCell(...args: unknown[]) {
    const [r, c] = args;
    const row = childIndexArg("Table.getCell", args, r, this._block.rows.length, false);
    const col = childIndexArg("Table.getCell", args, c, this._block.rows[row]!.cells.length, false);
    return new EmuTableCell(this._doc, this, row, col)._proxy;
  }

  /** A new row without cells; add them with TableRow.appendTableCell. */
  appendTableRow(...args: unknown[]) {
    if (args.length !== 0) throw notEmulated("Table.appendTableRow(TableRow)");
    this._doc._edit();
    this._block.rows.push({ cells: [] });
    return new EmuTableRow(this._doc, this, this._block.rows.length - 1)._proxy;
  }

  removeRow(...args: unknown[]) {
    const r = childIndexArg("Table.removeRow", args, args[0], this._block.rows.length, false);
    this._doc._edit();
    this._block.rows.splice(r, 1);
    return new EmuTableRow(this._doc, new EmuTable(this._doc, { type: "table", rows: [] }, null), 0)._proxy;
  }

  /**
   * https://developers.google.com/apps-script/reference/document/table#setColumnWidth(Integer,Number):
   * the width in points; the column index must be one of the table's columns.
   */
  setColumnWidth(...args: unknown[]) {
    const [c, width] = args;
    const columns = Math.max(0, ...this._block.rows.map((r) => r.cells.length));
    const col = childIndexArg("Table.setColumnWidth", args, c, columns, false);
    if (args.length !== 2 || typeof width !== "number" || !Number.isFinite(width) || width < 0)
      throw docsSignatureError("Table.setColumnWidth", args);
    this._doc._edit();
    const widths = this._block.columnWidths ?? [];
    while (widths.length < columns) widths.push(null);
    widths[col] = width;
    this._block.columnWidths = widths;
    return this._proxy;
  }

  /** https://developers.google.com/apps-script/reference/document/table#getColumnWidth(Integer): null when never set. */
  getColumnWidth(...args: unknown[]) {
    const columns = Math.max(0, ...this._block.rows.map((r) => r.cells.length));
    const col = childIndexArg("Table.getColumnWidth", args, args[0], columns, false);
    return this._block.columnWidths?.[col] ?? null;
  }

  getText() {
    return tableText(this._block);
  }

  editAsText() {
    return containerText(
      this._doc,
      () => paragraphsOf([this._block]),
      () => this.getText(),
      () => this._proxy,
    );
  }

  setAttributes(...args: unknown[]) {
    const [attrs] = args;
    if (args.length !== 1 || attrs === null || typeof attrs !== "object")
      throw docsSignatureError("Table.setAttributes", args);
    applyTextAttributes(
      this._doc,
      paragraphsOf([this._block]),
      attrs as Record<string, unknown>,
      "Table.setAttributes",
      args,
    );
    return this._proxy;
  }

  replaceText(searchPattern: string, replacement: string) {
    this._doc._edit();
    replaceTextIn(paragraphsOf([this._block]), searchPattern, replacement, "Table.replaceText");
    return this._proxy as unknown as GElement;
  }

  findText(...args: unknown[]) {
    return findTextIn(
      this._ctx,
      paragraphsOf([this._block]),
      args,
      "Table.findText",
      (p) => new EmuParagraph(this._doc, p, null)._text(0, null)._proxy,
    );
  }

  copy() {
    return new EmuTable(this._doc, cloneData(this._block), null)._proxy;
  }
}

export class EmuTableRow extends EmuObject<GoogleAppsScript.Document.TableRow> {
  constructor(
    readonly _doc: DocView,
    readonly _table: EmuTable,
    readonly _rowIndex: number,
  ) {
    super(_doc._ctx, "TableRow");
  }

  _row(): TableRowData {
    const row = this._table._block.rows[this._rowIndex];
    if (!row) throw notEmulated("TableRow of a row that was removed");
    return row;
  }

  getType() {
    return typeOf("TABLE_ROW");
  }
  getNumCells() {
    return this._row().cells.length;
  }
  getNumChildren() {
    return this._row().cells.length;
  }
  getCell(...args: unknown[]) {
    const c = childIndexArg("TableRow.getCell", args, args[0], this._row().cells.length, false);
    return new EmuTableCell(this._doc, this._table, this._rowIndex, c)._proxy;
  }
  getChild(...args: unknown[]) {
    const c = childIndexArg("TableRow.getChild", args, args[0], this._row().cells.length, false);
    return new EmuTableCell(this._doc, this._table, this._rowIndex, c)._proxy as unknown as GElement;
  }

  /** A new cell at the end of the row, with the text (or empty). */
  appendTableCell(...args: unknown[]) {
    if (args.length > 1) throw docsSignatureError("TableRow.appendTableCell", args);
    const text = args.length === 1 ? textArg("TableRow.appendTableCell", args, args[0]) : "";
    this._doc._edit();
    const cells = this._row().cells;
    cells.push({ blocks: [newParagraph(text)] });
    return new EmuTableCell(this._doc, this._table, this._rowIndex, cells.length - 1)._proxy;
  }

  getParentTable() {
    return this._table._proxy;
  }
  getParent() {
    return this._table._proxy as unknown as GoogleAppsScript.Document.ContainerElement;
  }
  getText() {
    return rowText(this._row());
  }
  editAsText() {
    return containerText(
      this._doc,
      () => this._row().cells.flatMap((c) => paragraphsOf(c.blocks)),
      () => this.getText(),
      () => this._proxy,
    );
  }
  setAttributes(...args: unknown[]) {
    const [attrs] = args;
    if (args.length !== 1 || attrs === null || typeof attrs !== "object") {
      throw docsSignatureError("TableRow.setAttributes", args);
    }
    const paras = this._row().cells.flatMap((c) => paragraphsOf(c.blocks));
    applyTextAttributes(this._doc, paras, attrs as Record<string, unknown>, "TableRow.setAttributes", args);
    return this._proxy;
  }
  replaceText(searchPattern: string, replacement: string) {
    this._doc._edit();
    const paras = this._row().cells.flatMap((c) => paragraphsOf(c.blocks));
    replaceTextIn(paras, searchPattern, replacement, "TableRow.replaceText");
    return this._proxy as unknown as GElement;
  }
}

export class EmuTableCell extends EmuContainer<GoogleAppsScript.Document.TableCell> {
  constructor(
    doc: DocView,
    readonly _table: EmuTable,
    readonly _rowIndex: number,
    readonly _colIndex: number,
  ) {
    super(doc, "TableCell");
  }

  _cell(): TableCellData {
    const cell = this._table._block.rows[this._rowIndex]?.cells[this._colIndex];
    if (!cell) throw notEmulated("TableCell of a cell that was removed");
    return cell;
  }

  _holder(): Holder {
    return this._asHolder();
  }

  _asHolder(): Holder {
    return { blocks: this._cell().blocks, element: () => this._proxy, isCell: true };
  }

  getType() {
    return typeOf("TABLE_CELL");
  }

  override getText() {
    return cellText(this._cell());
  }

  /** Replaces the cell's contents with one paragraph of plain text. */
  setText(...args: unknown[]) {
    const text = textArg("TableCell.setText", args, args[0]);
    this._doc._edit();
    this._cell().blocks.splice(0, this._cell().blocks.length, newParagraph(text));
    return this._proxy;
  }

  clear() {
    this._doc._edit();
    this._cell().blocks.splice(0, this._cell().blocks.length, newParagraph());
    return this._proxy;
  }

  setBackgroundColor(...args: unknown[]) {
    const color = colorArg(args[0], "TableCell.setBackgroundColor", args);
    this._doc._edit();
    this._cell().background = color;
    if (color === undefined) delete this._cell().background;
    return this._proxy;
  }

  /** Null when the cell has no background of its own. */
  getBackgroundColor() {
    return (this._cell().background ?? null) as string;
  }

  getParentRow() {
    return new EmuTableRow(this._doc, this._table, this._rowIndex)._proxy;
  }
  getParentTable() {
    return this._table._proxy;
  }
  getParent() {
    return this.getParentRow() as unknown as GoogleAppsScript.Document.ContainerElement;
  }
  getRowIndex() {
    return this._rowIndex;
  }

  /** BACKGROUND_COLOR is the cell's background; text attributes apply to its text. */
  setAttributes(...args: unknown[]) {
    const [attrs] = args;
    if (args.length !== 1 || attrs === null || typeof attrs !== "object") {
      throw docsSignatureError("TableCell.setAttributes", args);
    }
    const a = attrs as Record<string, unknown>;
    applyTextAttributes(
      this._doc,
      paragraphsOf(this._cell().blocks),
      a,
      "TableCell.setAttributes",
      args,
      (k) => k === "BACKGROUND_COLOR",
    );
    if ("BACKGROUND_COLOR" in a) {
      const color = colorArg(a.BACKGROUND_COLOR, "TableCell.setAttributes", args);
      if (color === undefined) delete this._cell().background;
      else this._cell().background = color;
    }
    return this._proxy;
  }

  getAttributes() {
    const paras = paragraphsOf(this._cell().blocks);
    const single = paras.length === 1 ? paras[0]! : null;
    const out: Record<string, unknown> = single
      ? textAttributesOf(single.runs, 0, runsText(single.runs).length)
      : {};
    out.BACKGROUND_COLOR = this._cell().background ?? null;
    return out;
  }
}
