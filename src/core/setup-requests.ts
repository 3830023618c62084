/**
 * `Werkblad inrichten`'s plan (core/setup.ts) as Sheets API requests for ONE spreadsheets.batchUpdate, which
 * Google applies entirely or not at all: after any single failure the workbook is as it was or fully set up,
 * never a tab without its header, frozen row, protection or hiding, nor a setting without its checkbox.
 * The new tabs' ids are chosen here, so that the generated ones can be recorded as the add-on's before
 * they exist (core/swap.ts's ownership by id).
 *
 * Pure: types from @types/google-apps-script only, no Google globals.
 */
import { apiColor, gridRange } from "./batch";
import type { Translate } from "./i18n";
import type { SetupOp } from "./setup";
import { HEADER_BG } from "./style";
import { headersOf, type TabDef } from "./tabs";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** A tab as the action's snapshot sees it: its id and grid size. */
export interface SetupTarget {
  id: number;
  rows: number;
  columns: number;
}

export interface SetupRequestInput {
  ops: readonly SetupOp[];
  /** The tabs that exist, by name. */
  existing: ReadonlyMap<string, SetupTarget>;
  /** How many tabs there are: new tabs go after them, in the plan's order. */
  tabCount: number;
  /** A number no sheet id uses yet, from which the new tabs' ids are taken. */
  firstNewId: number;
  /** The protection's description on generated tabs, and the text of a free-form tab's first cell. */
  texts: { protection: string; placeholder: string };
  /** The run's language: a generated tab's headers are written in it (core/tabs.ts headersOf). */
  t: Translate;
}

export interface SetupRequests {
  requests: Request[];
  /** The tabs the batch makes, with their ids; `generated` ones are the add-on's. */
  created: { name: string; id: number; generated: boolean }[];
  /** Every tab by name, with its id and grid as they are once the batch is applied (new and grown ones). */
  grids: ReadonlyMap<string, SetupTarget>;
}

/** A new sheet's grid (Sheets' default), kept for the tabs partners type into. */
const SOURCE_GRID = { rows: 1000, columns: 26 };

/** The grid a new tab gets: a source tab room to type; a generated tab only what it uses. */
export function newTabGrid(tab: TabDef): SetupTarget & { frozen: number } {
  const n = tab.columns.length;
  if (tab.kind === "source")
    return {
      id: -1,
      rows: SOURCE_GRID.rows,
      columns: Math.max(SOURCE_GRID.columns, n),
      frozen: n > 0 ? 1 : 0,
    };
  return { id: -1, rows: n > 0 ? 2 : 1, columns: Math.max(n, 1), frozen: n > 0 ? 1 : 0 };
}

/** A header row's look (bold on the header colour), set once for the row by a repeatCell. */
function headerLook(): CellData {
  return { userEnteredFormat: { backgroundColor: apiColor(HEADER_BG)!, textFormat: { bold: true } } };
}
const HEADER_LOOK_FIELDS = "userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold";

export function setupRequests(input: SetupRequestInput): SetupRequests {
  const requests: Request[] = [];
  const created: SetupRequests["created"] = [];
  const targets = new Map(input.existing);
  /** Grows the tab's grid when `rows` × `columns` does not fit (an updateCells past it fails). */
  const fitGrid = (name: string, rows: number, columns: number): SetupTarget => {
    const t = targets.get(name)!;
    if (columns > t.columns)
      requests.push({
        appendDimension: { sheetId: t.id, dimension: "COLUMNS", length: columns - t.columns },
      });
    if (rows > t.rows)
      requests.push({ appendDimension: { sheetId: t.id, dimension: "ROWS", length: rows - t.rows } });
    const grown = { id: t.id, rows: Math.max(rows, t.rows), columns: Math.max(columns, t.columns) };
    targets.set(name, grown);
    return grown;
  };
  // The header texts, then their look once for the row (not per cell).
  const header = (sheetId: number, startCol: number, headers: readonly string[]) =>
    requests.push(
      {
        updateCells: {
          start: { sheetId, rowIndex: 0, columnIndex: startCol },
          rows: [{ values: headers.map((h) => ({ userEnteredValue: { stringValue: h } })) }],
          fields: "userEnteredValue",
        },
      },
      {
        repeatCell: {
          range: gridRange(sheetId, { row: 0, col: startCol, numRows: 1, numCols: headers.length }),
          cell: headerLook(),
          fields: HEADER_LOOK_FIELDS,
        },
      },
    );

  for (const op of input.ops) {
    switch (op.kind) {
      case "createTab": {
        const id = input.firstNewId + created.length;
        const grid = newTabGrid(op.tab);
        const generated = op.tab.kind !== "source";
        requests.push({
          addSheet: {
            properties: {
              sheetId: id,
              title: op.tab.name,
              index: input.tabCount + created.length,
              hidden: op.tab.hidden === true,
              gridProperties: { rowCount: grid.rows, columnCount: grid.columns, frozenRowCount: grid.frozen },
            },
          },
        });
        created.push({ name: op.tab.name, id, generated });
        targets.set(op.tab.name, { id, rows: grid.rows, columns: grid.columns });
        if (op.tab.columns.length > 0) header(id, 0, headersOf(op.tab, input.t));
        else
          requests.push({
            updateCells: {
              start: { sheetId: id, rowIndex: 0, columnIndex: 0 },
              rows: [
                {
                  values: [
                    {
                      userEnteredValue: { stringValue: input.texts.placeholder },
                      userEnteredFormat: { textFormat: { italic: true } },
                    },
                  ],
                },
              ],
              fields: "userEnteredValue,userEnteredFormat.textFormat.italic",
            },
          });
        if (generated)
          requests.push({
            addProtectedRange: {
              protectedRange: {
                range: { sheetId: id },
                description: input.texts.protection,
                warningOnly: true,
              },
            },
          });
        break;
      }
      case "writeHeaders": {
        const headers = op.tab.columns.map((c) => c.header);
        const t = fitGrid(op.tabName, 2, headers.length);
        header(t.id, 0, headers);
        requests.push({
          updateSheetProperties: {
            properties: { sheetId: t.id, gridProperties: { frozenRowCount: 1 } },
            fields: "gridProperties.frozenRowCount",
          },
        });
        break;
      }
      case "appendColumns": {
        const t = fitGrid(op.tabName, 1, op.startCol + op.headers.length);
        header(t.id, op.startCol, op.headers);
        break;
      }
      case "appendSettings": {
        const width = Math.max(op.keyCol, op.valueCol) + 1;
        const t = fitGrid(op.tabName, op.startRow - 1 + op.rows.length, width);
        // The key and the value column of the new rows (which are empty): no other cell is touched.
        const column = (columnIndex: number, cells: CellData[]) =>
          requests.push({
            updateCells: {
              start: { sheetId: t.id, rowIndex: op.startRow - 1, columnIndex },
              rows: cells.map((c) => ({ values: [c] })),
              fields: "userEnteredValue,userEnteredFormat.numberFormat,dataValidation",
            },
          });
        column(
          op.keyCol,
          op.rows.map(([key]) => textCell(key)),
        );
        column(
          op.valueCol,
          op.rows.map(([, value]) => settingCell(value)),
        );
        break;
      }
    }
  }
  return { requests, created, grids: targets };
}

/** Text in a plain-text cell, so that Sheets never reads it as a number or a date. */
function textCell(text: string): CellData {
  return { userEnteredValue: { stringValue: text }, userEnteredFormat: { numberFormat: { type: "TEXT" } } };
}

/** A setting's default: text as text, a number as a whole number, a yes/no as a checkbox. */
function settingCell(value: string | number | boolean): CellData {
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number")
    return {
      userEnteredValue: { numberValue: value },
      userEnteredFormat: { numberFormat: { type: "NUMBER", pattern: "0" } },
    };
  return {
    userEnteredValue: { boolValue: value },
    dataValidation: { condition: { type: "BOOLEAN" }, strict: true },
  };
}
