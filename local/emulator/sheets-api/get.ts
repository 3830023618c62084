/**
 * Spreadsheets.get with a `fields` mask: only the parts of the Spreadsheet resource the emulator can answer
 * exactly as the API would. https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * ("For large spreadsheets, as a best practice, retrieve only the specific spreadsheet fields that you want.")
 *
 * Answerable: spreadsheetId, spreadsheetUrl, properties.title / locale / timeZone, developerMetadata, and per
 * sheet: properties (or any of its fields), protectedRanges, developerMetadata, merges, basicFilter,
 * conditionalFormats (Sheet.conditionalFormats: "The conditional format rules in this sheet", in their order,
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet).
 * Anything else (no mask, whole sheets, grid data, charts, …) throws "Not emulated".
 * As in the API's JSON, a sheet without protected ranges, metadata, merges or rules has no such key.
 */
import { notEmulated } from "../spreadsheet/errors";
import type { SheetData, SpreadsheetData } from "../spreadsheet/model";
import { parseFieldMask } from "./fieldmask";
import { gridRangeOf, propertiesOf } from "./shapes";
import { conditionalFormatOf, developerMetadataOf, protectedRangeOf } from "./sheet-requests";

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

interface Allowed {
  /** Whether the whole field may be asked for. */
  whole: boolean;
  kids?: Record<string, Allowed>;
}

const leaf: Allowed = { whole: true };
const leaves = (...names: string[]): Record<string, Allowed> =>
  Object.fromEntries(names.map((n) => [n, leaf]));
const METADATA: Allowed = {
  whole: true,
  kids: leaves("metadataId", "metadataKey", "metadataValue", "location", "visibility"),
};
const GRID_RANGE: Allowed = {
  whole: true,
  kids: leaves("sheetId", "startRowIndex", "endRowIndex", "startColumnIndex", "endColumnIndex"),
};
const COLOR: Allowed = { whole: true, kids: leaves("red", "green", "blue", "alpha") };
const COLOR_STYLE: Allowed = { whole: true, kids: { rgbColor: COLOR, themeColor: leaf } };
const CONDITIONAL_FORMAT: Allowed = {
  whole: true,
  kids: {
    ranges: GRID_RANGE,
    booleanRule: {
      whole: true,
      kids: {
        condition: {
          whole: true,
          kids: { type: leaf, values: { whole: true, kids: leaves("userEnteredValue") } },
        },
        format: {
          whole: true,
          kids: {
            backgroundColor: COLOR,
            backgroundColorStyle: COLOR_STYLE,
            textFormat: {
              whole: true,
              kids: { bold: leaf, foregroundColor: COLOR, foregroundColorStyle: COLOR_STYLE },
            },
          },
        },
      },
    },
    gradientRule: leaf,
  },
};
const ALLOWED: Allowed = {
  whole: false,
  kids: {
    spreadsheetId: leaf,
    spreadsheetUrl: leaf,
    properties: { whole: false, kids: leaves("title", "locale", "timeZone") },
    developerMetadata: METADATA,
    sheets: {
      whole: false,
      kids: {
        properties: {
          whole: true,
          kids: {
            ...leaves("sheetId", "title", "index", "sheetType", "hidden", "tabColor", "tabColorStyle"),
            gridProperties: {
              whole: true,
              kids: leaves("rowCount", "columnCount", "frozenRowCount", "frozenColumnCount", "hideGridlines"),
            },
          },
        },
        protectedRanges: {
          whole: true,
          kids: {
            ...leaves("protectedRangeId", "description", "warningOnly", "requestingUserCanEdit", "editors"),
            range: GRID_RANGE,
          },
        },
        developerMetadata: METADATA,
        merges: GRID_RANGE,
        basicFilter: { whole: true, kids: { range: GRID_RANGE } },
        conditionalFormats: CONDITIONAL_FORMAT,
      },
    },
  },
};

/** The mask as a tree; a leaf (null) takes the whole field. */
type Tree = Map<string, Tree | null>;

function treeOf(fields: string): Tree {
  const root: Tree = new Map();
  for (const path of parseFieldMask(fields, "Sheets.Spreadsheets.get")) {
    let allowed = ALLOWED;
    let node = root;
    const parts = path.split(".");
    parts.forEach((part, i) => {
      const next = allowed.kids?.[part];
      if (!next) throw notEmulated(`Sheets.Spreadsheets.get with the field "${path}"`);
      allowed = next;
      if (i === parts.length - 1) {
        if (!next.whole) throw notEmulated(`Sheets.Spreadsheets.get with the field "${path}"`);
        node.set(part, null);
        return;
      }
      let child = node.get(part);
      if (child === null) return; // already asked for whole
      if (!child) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    });
  }
  return root;
}

function project(value: unknown, tree: Tree | null): unknown {
  if (tree === null) return value;
  if (Array.isArray(value)) return value.map((v) => project(v, tree) ?? {});
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const p = project(v, sub);
    if (p !== undefined && !(isEmptyObject(p) && !Array.isArray(v))) out[key] = p;
  }
  return out;
}

function isEmptyObject(v: unknown): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** The spreadsheet as the API answers `get` with this mask. */
export function spreadsheetOf(data: SpreadsheetData, fields: string, userEmail: string): Spreadsheet {
  const tree = treeOf(fields);
  const ids = {
    userEmail,
    nextObjectId(): number {
      const id = data.nextObjectId ?? 1;
      data.nextObjectId = id + 1;
      return id;
    },
  };
  const sheetTree = tree.get("sheets");
  const sheetOf = (s: SheetData, index: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const wants = (k: string) => sheetTree === null || sheetTree?.has(k);
    if (wants("properties")) out.properties = propertiesOf(s, index);
    if (wants("protectedRanges") && s.protections.length > 0)
      out.protectedRanges = s.protections.map((p) => protectedRangeOf(ids, s, p));
    if (wants("developerMetadata") && s.developerMetadata?.length)
      out.developerMetadata = s.developerMetadata.map((m) => developerMetadataOf(m, s.id));
    if (wants("merges") && s.merges.length > 0) out.merges = s.merges.map((m) => gridRangeOf(s.id, m));
    if (wants("basicFilter") && s.filter) out.basicFilter = { range: gridRangeOf(s.id, s.filter) };
    if (wants("conditionalFormats") && s.conditionalFormatRules.length > 0)
      out.conditionalFormats = s.conditionalFormatRules.map((r) => conditionalFormatOf(s.id, r));
    return out;
  };
  const full: Record<string, unknown> = {
    spreadsheetId: data.id,
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${data.id}/edit`,
    properties: { title: data.name, locale: data.locale, timeZone: data.timeZone },
  };
  if (data.developerMetadata?.length)
    full.developerMetadata = data.developerMetadata.map((m) => developerMetadataOf(m, null));
  if (sheetTree !== undefined) full.sheets = data.sheets.map(sheetOf);
  return structuredClone(project(full, tree)) as Spreadsheet;
}
