/**
 * The working copy a documents.batchUpdate edits: each segment (body, header, footer) as a flat list of
 * items in document order — paragraphs, and the one-index markers of a table (its start, each row's start,
 * each cell's start, its end) — with start indexes computed lazily and kept as far as they are still
 * valid. https://developers.google.com/workspace/docs/api/concepts/structure#indexes
 *
 * Why flat: a batch of tens of thousands of requests must not lay the whole document out again for every
 * request. An edit at item i changes the start indexes of the items after it only, so only those are
 * forgotten; they are computed again (from the last one still known) when a later request needs them.
 * A writer that appends at the end, styles from start to end and makes bullets from end to start (as
 * core/documents/layout.ts does) so touches each item a bounded number of times.
 *
 * The plain model (document/model.ts) is rebuilt from the items when the whole batch has succeeded.
 */
import {
  type Block,
  type DocumentData,
  type ListItemData,
  type ParagraphData,
  runsText,
  type TableCellData,
  type TableData,
} from "../document/model";

export type Para = ParagraphData | ListItemData;

/** One item of a segment: a paragraph (its length: elements before its text, its text, its newline) or a marker. */
export type Item =
  | { k: "p"; para: Para; len: number }
  | { k: "ts"; table: TableData }
  | { k: "rs" }
  | { k: "cs"; cell: TableCellData }
  | { k: "te" };

/** Elements before a paragraph's text: a page break or horizontal rule, one index each. */
export const prefixOf = (p: Para): number =>
  p.type === "paragraph" ? (p.pageBreak ? 1 : 0) + (p.horizontalRule ? 1 : 0) : 0;

export const paraLength = (p: Para): number => prefixOf(p) + runsText(p.runs).length + 1;

export const paraItem = (para: Para): Item => ({ k: "p", para, len: paraLength(para) });

const lenOf = (item: Item): number => (item.k === "p" ? item.len : 1);

/** The items of a table (its rows and cells are kept as objects; their blocks are rebuilt on commit). */
export function tableItems(table: TableData): Item[] {
  const out: Item[] = [{ k: "ts", table }];
  for (const row of table.rows) {
    out.push({ k: "rs" });
    for (const cell of row.cells) {
      out.push({ k: "cs", cell });
      for (const b of cell.blocks) out.push(paraItem(b));
    }
  }
  out.push({ k: "te" });
  return out;
}

export class Segment {
  readonly items: Item[] = [];
  /** starts[i] is the start index of items[i], for every i < starts.length (the rest is to be computed). */
  private starts: number[];
  /** Per table (its start item's table): its cells by row and column, as long as the table stands. */
  private readonly grids = new Map<TableData, TableCellData[][]>();

  constructor(
    /** The first index of the segment: 1 for the body (after its section break), 0 for a header or footer. */
    readonly base: number,
    blocks: readonly Block[],
    /** "" for the body, else the header's or footer's id. */
    readonly id: string,
  ) {
    for (const b of blocks) {
      if (b.type === "table") this.items.push(...tableItems(b));
      else this.items.push(paraItem(b));
    }
    this.starts = [base];
  }

  /** The start index of items[i]; i = items.length gives the segment's end index. */
  startOf(i: number): number {
    const s = this.starts;
    for (let j = s.length; j <= i; j++) s.push(s[j - 1]! + lenOf(this.items[j - 1]!));
    return s[i]!;
  }

  get end(): number {
    return this.startOf(this.items.length);
  }

  /** The item that holds `index`, or -1 past the end. */
  find(index: number): number {
    const s = this.starts;
    const n = this.items.length;
    if (index < this.base) return -1;
    // Compute starts until one lies past the index (or the segment ends).
    while (s.length <= n && s[s.length - 1]! <= index) this.startOf(s.length);
    if (s[s.length - 1]! <= index) return -1;
    let lo = 0;
    let hi = Math.min(s.length, n) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Items from i on moved or changed length: their starts are computed again when asked for. */
  changed(i: number): void {
    if (this.starts.length > i + 1) this.starts.length = i + 1;
  }

  /** The paragraph at i changed its text or elements. */
  relength(i: number): void {
    const item = this.items[i]!;
    if (item.k !== "p") return;
    const len = paraLength(item.para);
    if (len !== item.len) {
      item.len = len;
      this.changed(i);
    }
  }

  splice(i: number, remove: number, ...add: Item[]): void {
    for (let j = i; j < i + remove; j++) {
      const item = this.items[j]!;
      if (item.k === "ts") this.grids.delete(item.table);
    }
    this.items.splice(i, remove, ...add);
    this.changed(i);
  }

  /** The cells of the table whose start item is at i, by row and column. */
  grid(i: number): TableCellData[][] {
    const start = this.items[i];
    if (start?.k !== "ts") throw new Error("grid of a non-table");
    const known = this.grids.get(start.table);
    if (known) return known;
    const rows: TableCellData[][] = [];
    for (let j = i + 1; j < this.items.length; j++) {
      const item = this.items[j]!;
      if (item.k === "te") break;
      if (item.k === "rs") rows.push([]);
      if (item.k === "cs") rows[rows.length - 1]!.push(item.cell);
    }
    this.grids.set(start.table, rows);
    return rows;
  }

  /** The index of the table start item whose table holds item i, or -1 outside tables. */
  tableOf(i: number): number {
    for (let j = i; j >= 0; j--) {
      const k = this.items[j]!.k;
      if (k === "ts") return j;
      if (k === "te") return -1;
    }
    return -1;
  }

  /** The blocks of the plain model, rebuilt from the items. */
  blocks(): Block[] {
    const out: Block[] = [];
    let table: TableData | null = null;
    let cell: TableCellData | null = null;
    for (const item of this.items) {
      switch (item.k) {
        case "p":
          if (cell) cell.blocks.push(item.para);
          else out.push(item.para);
          break;
        case "ts":
          table = item.table;
          table.rows = [];
          out.push(table);
          break;
        case "rs":
          table!.rows.push({ cells: [] });
          cell = null;
          break;
        case "cs":
          cell = item.cell;
          cell.blocks = [];
          table!.rows[table!.rows.length - 1]!.cells.push(cell);
          break;
        case "te":
          table = null;
          cell = null;
          break;
      }
    }
    return out;
  }
}

/** Fixed ids of the one header and one footer a document of the model can have. */
export const HEADER_ID = "kix.header";
export const FOOTER_ID = "kix.footer";

/** A document being edited by one batch: its segments and what else the requests change. */
export class WorkDoc {
  readonly body: Segment;
  header: Segment | null;
  footer: Segment | null;
  private nextList: number;

  constructor(readonly data: DocumentData) {
    this.body = new Segment(1, data.body.blocks, "");
    this.header = data.header ? new Segment(0, data.header.blocks, HEADER_ID) : null;
    this.footer = data.footer ? new Segment(0, data.footer.blocks, FOOTER_ID) : null;
    this.nextList = data.nextListId;
  }

  newListId(): string {
    return `kix.emu${this.nextList++}`;
  }

  /** The segment a segmentId names; undefined when there is none. */
  segment(id: string): Segment | undefined {
    if (id === "") return this.body;
    if (id === HEADER_ID) return this.header ?? undefined;
    if (id === FOOTER_ID) return this.footer ?? undefined;
    return undefined;
  }

  /** The document's data after the batch (the input was a copy: it is changed and returned). */
  commit(): DocumentData {
    const d = this.data;
    d.body = { blocks: this.body.blocks() };
    d.header = this.header ? { blocks: this.header.blocks() } : null;
    d.footer = this.footer ? { blocks: this.footer.blocks() } : null;
    d.nextListId = this.nextList;
    return d;
  }
}
