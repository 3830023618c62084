/**
 * The cost model of `npm run bench`: what each Google service call is taken to cost in a real Apps Script
 * run, in seconds, as a LOW and a HIGH figure (MID is their geometric mean, √(low × high)). Every figure
 * says where it comes from — a published measurement, Google's own page, or "assumption" with the reason.
 * A figure is per call, per cell attribute written, per cell read, per flush, or (Sheets and Docs API) per
 * request and per cell written. Change a figure here and every modelled time in the bench follows.
 *
 * How a run is priced (price() below), from the calls in the order the add-on made them (bench/trace.ts):
 * - every call costs its method's per-call figure;
 * - SpreadsheetApp queues writes: a write's per-call and per-attribute cost is paid, and one flush is
 *   charged, when the next SpreadsheetApp read or structural call (or SpreadsheetApp.flush(), or a Sheets
 *   API call, or the end of the execution) forces the queue out — "every time you do a read, we must first
 *   empty (commit) the write cache" (Google, Optimizing Spreadsheet Operations, 2010:
 *   http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html). Ui calls
 *   (toast, dialogs) do not flush: writes made before a dialog appear only at the end (Ben Collins,
 *   https://www.benlcollins.com/?p=21547);
 * - a read pays per cell it returns;
 * - a Sheets API batchUpdate pays per call, per request (structural requests such as addSheet more than
 *   cell and dimension requests) and per cell it writes (the emulator's `cells`); a Docs API batchUpdate
 *   per call and per request.
 * Cell attributes written (the bench's "attrs"): one per element of an array setter (setValues,
 * setBackgrounds, …), one per uniform setter (setBackground on a range sends one value), one per range of a
 * RangeList setter, and for a Sheets API batchUpdate every value, format property and note its cells
 * carry (repeatCell once).
 */
import type { TracedCall } from "./trace";

/** Seconds, low and high. */
export interface Rate {
  low: number;
  high: number;
  source: string;
}

const BEST_PRACTICES =
  "Google, Apps Script best practices (https://developers.google.com/apps-script/guides/support/best-practices): a 100×100 grid coloured cell by cell — 10,000 offset + setBackgroundColor calls, a flush per row — takes about 70 s; one setBackgrounds of the same 10,000 cells about 1 s";
const SO_FLUSH =
  "measured, Stack Overflow 'What is faster: ScriptDb or SpreadsheetApp?' (copy at https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp): one setValues of 4,000 cells < 50 ms, 610 ms with a flush after it; 400 row-by-row setValues 164 ms, ≈ 12 s with a flush after each";
const PROPERTIES =
  "measured, 100 runs each (L. Peralta, https://ziritione.org/post/apps_script_performance): getProperty min 20 / avg 30 / max 84 ms, setProperty min 43 / avg 62 / max 231 ms; CacheService get 3–8 ms, put 73–281 ms";
const API_ROUND_TRIP =
  "high: measured, 10 sequential Sheets API values.update calls from Cloud Run took 11.87 s, ≈ 1.2 s each (https://github.com/piotr-agier/google-drive-mcp/pull/203); low: assumption, a call from Apps Script stays inside Google's network";

const r = (low: number, high: number, source: string): Rate => ({ low, high, source });

/** How a method behaves for the model. */
export type Kind =
  | "local"
  | "sheetRead"
  | "sheetWrite"
  | "sheetStructural"
  | "sheetFlush"
  | "sheetsApiWrite"
  | "sheetsApiRead"
  | "propertiesRead"
  | "propertiesWrite"
  | "cacheRead"
  | "cacheWrite"
  | "lock"
  | "uiDialog"
  | "uiToast"
  | "html"
  | "docCreate"
  | "docOpen"
  | "docEdit"
  | "docSave"
  | "docsApiWrite"
  | "docsApiRead"
  | "driveRead"
  | "driveWrite"
  | "driveCopy"
  | "driveExport"
  | "calendarRead"
  | "calendarWrite"
  | "other";

export const PER_CALL: Record<Kind, Rate> = {
  local: r(
    0.00005,
    0.001,
    "assumption: no server round trip — object handles (getRange, getActiveSpreadsheet), builders, enums, Utilities, Logger (the best-practices page builds its 10,000 ranges with offset() inside the loop it times)",
  ),
  sheetRead: r(
    0.01,
    0.2,
    "assumption: one server round trip (PropertiesService's, 20–84 ms, is the nearest published figure); its flush and cells are charged apart",
  ),
  sheetWrite: r(
    0.0004,
    0.0067,
    `low: 164 ms / 400 queued setValues (${SO_FLUSH}); high: (70 s − 100 flushes × 30 ms) / 10,000 setBackgroundColor calls (${BEST_PRACTICES})`,
  ),
  sheetStructural: r(
    0.05,
    1.5,
    "assumption (stated in issue 12): insertSheet, deleteSheet, insertChart, protect and the like change the spreadsheet's structure on the server at once",
  ),
  sheetFlush: r(0, 0, "SpreadsheetApp.flush() itself: its cost is the flush it forces (FLUSH)"),
  sheetsApiWrite: r(0.2, 1.2, `Sheets API spreadsheets.batchUpdate per call; ${API_ROUND_TRIP}`),
  sheetsApiRead: r(0.1, 1.2, `Sheets API spreadsheets.get per call; ${API_ROUND_TRIP}`),
  propertiesRead: r(0.02, 0.084, PROPERTIES),
  propertiesWrite: r(0.043, 0.231, PROPERTIES),
  cacheRead: r(0.003, 0.008, PROPERTIES),
  cacheWrite: r(0.073, 0.281, PROPERTIES),
  lock: r(0.02, 0.2, "assumption: LockService is a server round trip like PropertiesService's"),
  uiDialog: r(
    0.1,
    1,
    "assumption: the page is evaluated and sent to the user's browser; the user's own time at a dialog is not counted",
  ),
  uiToast: r(0.02, 0.2, "assumption: a message to the open editor, not awaited"),
  html: r(0.002, 0.05, "assumption: HtmlService templating on the server, one project file read"),
  docCreate: r(0.5, 3, "assumption: DocumentApp.create makes a Drive file and a document"),
  docOpen: r(0.3, 2, "assumption: DocumentApp.openById loads the whole document"),
  docEdit: r(
    0.001,
    0.02,
    "assumption: DocumentApp edits are queued in the open document like SpreadsheetApp writes (sheetWrite's range) and saved at saveAndClose",
  ),
  docSave: r(0.3, 3, "assumption: saveAndClose writes every queued edit of the document"),
  docsApiWrite: r(0.3, 2, `Docs API documents.batchUpdate per call; ${API_ROUND_TRIP}`),
  docsApiRead: r(0.2, 1.5, `Docs API documents.get per call; ${API_ROUND_TRIP}`),
  driveRead: r(0.05, 0.5, "assumption: a Drive metadata read (getFolderById, getUrl, iterators)"),
  driveWrite: r(
    0.2,
    1.5,
    "assumption: a Drive metadata write (createFolder, moveTo, setTrashed, createFile)",
  ),
  driveCopy: r(0.5, 5, "assumption: makeCopy copies a whole document on the server"),
  driveExport: r(1, 10, "assumption: getAs('application/pdf') renders the document to PDF"),
  calendarRead: r(0.1, 1, `Calendar API events.list / get; ${API_ROUND_TRIP}`),
  calendarWrite: r(
    0.2,
    1.2,
    `Calendar API events.insert / patch / delete; ${API_ROUND_TRIP}; Google may rate-limit quick writes to one calendar (https://developers.google.com/calendar/api/guides/quota)`,
  ),
  other: r(0.001, 0.1, "assumption: a method this model does not classify (the bench names them)"),
};

/** One flush of SpreadsheetApp's write queue (its writes' cells are charged apart). */
export const FLUSH = r(
  0.029,
  0.1,
  `low: ≈ 12 s / 400 flushes (${SO_FLUSH}); high: assumption, 3× for a large workbook whose formulas and conditional formats are recalculated at each flush`,
);

/** A cell attribute written through SpreadsheetApp, paid at its flush. */
export const PER_ATTRIBUTE = r(
  0.0000125,
  0.00015,
  `low: 50 ms / 4,000 cells, high: 610 ms / 4,000 cells with its flush (${SO_FLUSH}); ${BEST_PRACTICES} gives 0.1 ms, inside the range`,
);

/** A cell returned by a read (getValues, getDisplayValues, …). */
export const PER_CELL_READ = r(
  0.000001,
  0.00001,
  "assumption: reading is cheaper than writing (no recalculation); a tenth of PER_ATTRIBUTE's figures",
);

/** A cell written by a Sheets API batchUpdate (updateCells, repeatCell, appendCells: every cell it touches). */
export const API_PER_CELL = r(
  0.0000125,
  0.00015,
  "assumption: a cell written through the API costs what one attribute written through SpreadsheetApp costs (PER_ATTRIBUTE), all its attributes together — the request carries them in one CellData",
);

/** Requests of a Sheets API batchUpdate that change a sheet's structure. */
export const API_STRUCTURAL_REQUESTS = new Set([
  "addSheet",
  "deleteSheet",
  "duplicateSheet",
  "addChart",
  "addProtectedRange",
  "insertDimension",
  "deleteDimension",
]);

export const API_PER_STRUCTURAL_REQUEST = r(
  0.01,
  0.3,
  "assumption: the server work of insertSheet / protect (sheetStructural) without a call's round trip: a fifth of its range",
);
export const API_PER_REQUEST = r(
  0.0005,
  0.01,
  "assumption: a cell, merge, dimension, filter or property request's own work, beside its cells",
);
export const DOCS_API_PER_REQUEST = r(
  0.0005,
  0.01,
  "assumption: one insertText / updateTextStyle / bullets / table-cell style request inside a documents.batchUpdate",
);

/** Which kind each counted method is: the first rule that matches. */
const RULES: [RegExp, Kind][] = [
  [/^SpreadsheetApp\.flush$/, "sheetFlush"],
  [
    /^(SpreadsheetApp\.(getActive\w*|getUi|new\w+)|Spreadsheet\.(getId|getUrl|getRange|getRangeList)|Sheet\.(getRange|getRangeList|newChart)|Range\.(offset|getA1Notation|getRow|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getSheet)|Charts\.\w+|\w*Builder\.\w+|DataValidation\.\w+|ConditionalFormatRule\.\w+|EmbeddedChart\.(getId|getOptions|modify)|Utilities\.\w+|Logger\.\w+|console\.\w+|Session\.\w+|Ui\.(createAddonMenu|createMenu)|Menu\.\w+|ScriptApp\.\w+|MimeType\.\w+|PropertiesService\.\w+|LockService\.\w+|CacheService\.\w+|Blob\.\w+|HtmlOutput\.\w+)$/,
    "local",
  ],
  [
    /^(Spreadsheet\.(insertSheet|deleteSheet|duplicateSheet|moveActiveSheet|insertSheetWithDataSourceTable)|Sheet\.(insertChart|updateChart|removeChart|protect|copyTo|insertRows?\w*|insertColumns?\w*|deleteRows?|deleteColumns?|setName)|Range\.(protect|createFilter|insertCells|deleteCells|copyTo|moveTo)|Protection\.remove|Filter\.remove)$/,
    "sheetStructural",
  ],
  [
    /^(Range|RangeList|Sheet|Spreadsheet|Protection|Filter)\.(set\w*|clear\w*|merge\w*|breakApart|insert(Checkboxes)|remove(Checkboxes|Editors?|Editor)|add(Editors?|Viewers?)|hideSheet|showSheet|hideRows?\w*|hideColumns?\w*|showRows|showColumns|unhide\w*|sort|autoResize\w*|activate|appendRow|trim\w*|addDeveloperMetadata)$/,
    "sheetWrite",
  ],
  [/^(Range|RangeList|Sheet|Spreadsheet|Protection|Filter|EmbeddedChart)\.\w+$/, "sheetRead"],
  [/^Sheets\.Spreadsheets\.batchUpdate$/, "sheetsApiWrite"],
  [/^Sheets\.Spreadsheets\.get$/, "sheetsApiRead"],
  [/^Properties\.(getProperty|getProperties|getKeys)$/, "propertiesRead"],
  [/^Properties\.\w+$/, "propertiesWrite"],
  [/^Cache\.(get|getAll)$/, "cacheRead"],
  [/^Cache\.\w+$/, "cacheWrite"],
  [/^Lock\.\w+$/, "lock"],
  [/^(Spreadsheet|Ui)\.toast$/, "uiToast"],
  [/^Ui\.\w+$/, "uiDialog"],
  [/^(HtmlService|HtmlTemplate)\.\w+$/, "html"],
  [/^DocumentApp\.create$/, "docCreate"],
  [/^DocumentApp\.open\w*$/, "docOpen"],
  [/^Document\.saveAndClose$/, "docSave"],
  [
    /^(DocumentApp|Document|Body|HeaderSection|FooterSection|Paragraph|ListItem|Table|TableRow|TableCell|Text|PageBreak|HorizontalRule|InlineImage|RangeElement|Position)\.\w+$/,
    "docEdit",
  ],
  [/^Docs\.Documents\.batchUpdate$/, "docsApiWrite"],
  [/^Docs\.Documents\.\w+$/, "docsApiRead"],
  [/^File\.makeCopy$/, "driveCopy"],
  [/^(File|Document)\.(getAs|getBlob)$/, "driveExport"],
  [
    /^(DriveApp\.(create\w+|addFile|removeFile)|Folder\.(create\w+|addFile|removeFile|setName|setTrashed|moveTo|addEditor\w*|setSharing)|File\.(setName|setTrashed|moveTo|setContent|setDescription|addEditor\w*|setSharing))$/,
    "driveWrite",
  ],
  [/^(DriveApp|Folder|File|FileIterator|FolderIterator)\.\w+$/, "driveRead"],
  [/^Calendar\.\w+\.(list|get|instances|watch)$/, "calendarRead"],
  [/^Calendar\.\w+\.\w+$/, "calendarWrite"],
];

export function kindOf(method: string): Kind {
  for (const [re, kind] of RULES) if (re.test(method)) return kind;
  return "other";
}

/** Each kind's effect on SpreadsheetApp's write queue. */
const QUEUES = new Set<Kind>(["sheetWrite"]);
const FORCES_FLUSH = new Set<Kind>([
  "sheetRead",
  "sheetStructural",
  "sheetFlush",
  "sheetsApiWrite",
  "sheetsApiRead",
]);
/** Calls that read the spreadsheet's state (for "all reads before the writes"). */
const READS_SHEET = new Set<Kind>(["sheetRead", "sheetsApiRead"]);
const WRITES_SHEET = new Set<Kind>(["sheetWrite", "sheetStructural", "sheetsApiWrite"]);

export interface Seconds {
  low: number;
  high: number;
}

export interface Priced {
  low: number;
  mid: number;
  high: number;
  flushes: number;
  /** Cell attributes written (see the header). */
  attributes: number;
  /** Cells the Sheets API batchUpdates touched (the emulator's `cells`). */
  apiCells: number;
  cellsRead: number;
  /** Seconds per kind, so that a reader sees what drives the total. */
  byKind: Partial<Record<Kind | "flush" | "attributes" | "cellsRead" | "apiCells" | "apiRequests", Seconds>>;
  /** Spreadsheet reads made after the action's first spreadsheet write, by method. */
  readsAfterWrite: Record<string, number>;
  /** Snapshots of the tab list: Spreadsheet.getSheets and Sheets.Spreadsheets.get calls. */
  snapshots: number;
  /** Methods the model does not classify (priced as "other"). */
  unclassified: string[];
}

export const mid = (low: number, high: number) => Math.sqrt(low * high);

/**
 * Prices one execution's calls, in order. `apiCells`: the cells its Sheets API batchUpdates wrote, from the
 * emulator's usage (`Sheets.Spreadsheets.batchUpdate.cells`).
 */
export function price(calls: readonly TracedCall[], apiCellsWritten = 0): Priced {
  const by: Priced["byKind"] = {};
  const add = (k: keyof Priced["byKind"], rate: Rate, n: number) => {
    if (n === 0) return;
    const s = by[k] ?? { low: 0, high: 0 };
    s.low += rate.low * n;
    s.high += rate.high * n;
    by[k] = s;
  };
  let pending = false;
  let wrote = false;
  let flushes = 0;
  let attributes = 0;
  let cellsRead = 0;
  let snapshots = 0;
  const readsAfterWrite: Record<string, number> = {};
  const unclassified = new Set<string>();
  for (const c of calls) {
    const kind = kindOf(c.name);
    if (kind === "other") unclassified.add(c.name);
    if (FORCES_FLUSH.has(kind)) {
      // A queued write goes out first; an explicit flush with nothing queued still goes to the server once.
      if (pending || kind === "sheetFlush") flushes++;
      pending = false;
    }
    add(kind, PER_CALL[kind], 1);
    if (QUEUES.has(kind)) pending = true;
    if (READS_SHEET.has(kind) && wrote) readsAfterWrite[c.name] = (readsAfterWrite[c.name] ?? 0) + 1;
    if (WRITES_SHEET.has(kind) && !c.threw) wrote = true;
    if (c.name === "Spreadsheet.getSheets" || c.name === "Sheets.Spreadsheets.get") snapshots++;
    attributes += c.attributes;
    if (kind !== "sheetsApiWrite") add("attributes", PER_ATTRIBUTE, c.attributes);
    if (c.cellsRead > 0) {
      cellsRead += c.cellsRead;
      add("cellsRead", PER_CELL_READ, c.cellsRead);
    }
    if (kind === "sheetsApiWrite" && !c.threw) {
      for (const [type, n] of Object.entries(c.requests ?? {}))
        add(
          "apiRequests",
          API_STRUCTURAL_REQUESTS.has(type) ? API_PER_STRUCTURAL_REQUEST : API_PER_REQUEST,
          n,
        );
    }
    if (kind === "docsApiWrite" && !c.threw) {
      const n = Object.values(c.requests ?? {}).reduce((a, b) => a + b, 0);
      add("apiRequests", DOCS_API_PER_REQUEST, n);
    }
  }
  if (pending) flushes++;
  add("flush", FLUSH, flushes);
  const apiCells = apiCellsWritten;
  add("apiCells", API_PER_CELL, apiCells);
  let low = 0;
  let high = 0;
  for (const s of Object.values(by)) {
    low += s.low;
    high += s.high;
  }
  return {
    low,
    mid: mid(low, high),
    high,
    flushes,
    attributes,
    apiCells,
    cellsRead,
    byKind: by,
    readsAfterWrite,
    snapshots,
    unclassified: [...unclassified].sort(),
  };
}
