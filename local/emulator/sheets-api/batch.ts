/**
 * One batchUpdate at work: the requests are applied in order to a working copy of the spreadsheet, and only
 * when every one of them succeeded is the copy made the spreadsheet ("If any request is not valid then the
 * entire request will fail and nothing will be applied",
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
 *
 * The copy is made sheet by sheet, on a sheet's first change: a batch that builds new tabs and deletes old
 * ones copies nothing. On commit, a changed sheet's data is moved into the sheet's own object, so that Sheet
 * objects the script got from SpreadsheetApp before the call see the changes, as they do in Apps Script.
 */
import { notEmulated } from "../spreadsheet/errors";
import { gridCells as cellCount, MAX_CELLS } from "../spreadsheet/grid";
import type { SheetData, SpreadsheetData } from "../spreadsheet/model";
import { InvalidRequest, SHEETS_API_ERRORS } from "./errors";

export class Batch {
  /** The working spreadsheet: the original's fields, its own list of sheets. */
  readonly ss: SpreadsheetData;
  private readonly originals: Set<SheetData>;
  /** Copy -> the original sheet it was made from. */
  private readonly originalOf = new Map<SheetData, SheetData>();
  /** Cells written (updateCells, repeatCell, appendCells) and cell fields written (cells x fields). */
  cells = 0;
  cellFields = 0;

  constructor(
    readonly original: SpreadsheetData,
    /** The user's address (the editor of protected ranges the script adds). */
    readonly userEmail: string,
  ) {
    this.ss = { ...original, sheets: [...original.sheets] };
    this.originals = new Set(original.sheets);
  }

  /** The sheet with this id, or the request fails with `missing(id)`. */
  sheet(id: number, missing: (id: number) => string): SheetData {
    const s = this.ss.sheets.find((x) => x.id === id);
    if (!s) throw new InvalidRequest(missing(id));
    return s;
  }

  /** A sheet that is named by a GridRange, GridCoordinate or DimensionRange ("No grid with id"). */
  grid(id: number): SheetData {
    return this.sheet(id, SHEETS_API_ERRORS.noGrid);
  }

  /** The sheet, made safe to change: an original sheet is copied on its first change. */
  writable(sheet: SheetData): SheetData {
    if (!this.originals.has(sheet) || this.originalOf.has(sheet)) return sheet;
    const copy = structuredClone(sheet);
    this.originalOf.set(copy, sheet);
    this.originals.delete(sheet);
    this.ss.sheets[this.ss.sheets.indexOf(sheet)] = copy;
    return copy;
  }

  /** The next id for a protected range or developer metadata. */
  nextObjectId(): number {
    const id = this.ss.nextObjectId ?? 1;
    this.ss.nextObjectId = id + 1;
    return id;
  }

  /** Fails when the spreadsheet would hold more than 10,000,000 cells. */
  checkCellLimit(): void {
    if (cellCount(this.ss.sheets) > MAX_CELLS) throw new InvalidRequest(SHEETS_API_ERRORS.tooManyCells);
  }

  /** Makes the working copy the spreadsheet. */
  commit(): void {
    const sheets = this.ss.sheets.map((s) => {
      const original = this.originalOf.get(s);
      if (!original) return s;
      for (const k of Object.keys(original))
        if (!(k in s)) delete (original as unknown as Record<string, unknown>)[k];
      Object.assign(original, s);
      return original;
    });
    Object.assign(this.original, { ...this.ss, sheets });
  }
}

/** A request field the emulator cannot honour. */
export function refuse(what: string): never {
  throw notEmulated(what);
}
