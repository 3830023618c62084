/**
 * The shape of a saved account (account.json, `npm start -- --state DIR`), checked when it is loaded: a file
 * that was edited by hand, cut short or written by something else is refused with where it goes wrong,
 * instead of failing somewhere in the middle of a run ("ss.sheets is not iterable").
 *
 * Strict about what the emulated services walk through (the containers: records, arrays, the fields of a
 * sheet and a cell), lenient about the rest: extra fields are allowed, and a store a later version added
 * may be missing (the loader fills in an empty one).
 */
import * as z from "zod";

const int = z.number().int();
const count = int.min(0);
const box = z.looseObject({ row: count, col: count, numRows: int.min(1), numCols: int.min(1) });
const value = z.union([z.string(), z.number(), z.boolean(), z.date()]);
const record = <T extends z.ZodType>(v: T) => z.record(z.string(), v);

const validation = z.looseObject({
  kind: z.enum(["list", "range", "checkbox", "other"]),
  strict: z.boolean(),
  values: z.array(z.string()).optional(),
  range: z.string().optional(),
});

const cell = z.looseObject({
  v: value.optional(),
  f: z.string().optional(),
  err: z.literal(true).optional(),
  link: z.string().optional(),
  runs: z.array(z.looseObject({ text: z.string() })).optional(),
  bg: z.string().optional(),
  fc: z.string().optional(),
  fs: z.number().optional(),
  nf: z.string().optional(),
  note: z.string().optional(),
  dv: validation.optional(),
});

const sheet = z.looseObject({
  id: int,
  name: z.string().min(1),
  cells: z.array(z.array(cell.nullable()).nullable()),
  maxRows: int.min(1),
  maxCols: int.min(1),
  frozenRows: count,
  frozenCols: count,
  hidden: z.boolean(),
  tabColor: z.string().nullable(),
  hiddenGridlines: z.boolean(),
  merges: z.array(box),
  colWidths: record(z.number()),
  rowHeights: record(z.number()),
  conditionalFormatRules: z.array(
    z.looseObject({
      ranges: z.array(box),
      condition: z.looseObject({ type: z.string(), values: z.array(z.string()) }),
      format: z.looseObject({}),
    }),
  ),
  protections: z.array(
    z.looseObject({ range: box.nullable(), description: z.string(), warningOnly: z.boolean() }),
  ),
  charts: z.array(
    z.looseObject({ id: int, ranges: z.array(box), position: z.looseObject({ row: count, col: count }) }),
  ),
  filter: box.nullable(),
  hiddenRows: record(z.literal(true)).optional(),
  hiddenCols: record(z.literal(true)).optional(),
  developerMetadata: z.array(z.looseObject({ id: int, key: z.string() })).optional(),
});

const spreadsheet = z.looseObject({
  id: z.string(),
  name: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  sheets: z.array(sheet).min(1),
  activeSheetId: int,
  nextSheetId: int,
  nextChartId: int,
});

const cacheEntry = z.looseObject({ value: z.string(), expires: z.number() });

const section = z.looseObject({ blocks: z.array(z.looseObject({ type: z.string() })) });

const account = z.looseObject({
  user: z.looseObject({ email: z.string(), locale: z.string() }),
  spreadsheets: record(spreadsheet),
  activeSpreadsheetId: z.string().nullable(),
  properties: z.looseObject({
    script: record(z.string()),
    user: record(z.string()),
    document: record(record(z.string())),
  }),
  cache: z.looseObject({
    script: record(cacheEntry),
    user: record(cacheEntry),
    document: record(record(cacheEntry)),
  }),
  calendar: z
    .looseObject({
      calendars: record(z.looseObject({ id: z.string() })).optional(),
      events: record(record(z.looseObject({}))).optional(),
      mails: z.array(z.looseObject({})).optional(),
      googleDomains: z.array(z.string()).optional(),
      nextEventNumber: z.number().optional(),
    })
    .optional(),
  documents: record(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      body: section,
      header: section.nullable(),
      footer: section.nullable(),
    }),
  ).optional(),
  drive: z
    .looseObject({
      rootId: z.string(),
      items: record(z.looseObject({ id: z.string(), name: z.string(), parents: z.array(z.string()) })),
      createdByApp: z.array(z.string()),
      grantedByPicker: z.array(z.string()),
    })
    .optional(),
  nextId: int,
});

const TYPES: Record<string, string> = {
  array: "een lijst",
  object: "een object",
  record: "een object",
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "waar of onwaar",
  date: "een datum",
};

/**
 * Where a loaded account goes wrong and how, in Dutch ("spreadsheets.<id>.sheets: verwacht een lijst"), or null
 * when it has the shape.
 */
export function accountShapeProblem(data: unknown): string | null {
  const result = account.safeParse(data);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const where = issue.path.map(String).join(".") || "het geheel";
  const what =
    issue.code === "invalid_type"
      ? `verwacht ${TYPES[issue.expected] ?? issue.expected}`
      : issue.code === "too_small"
        ? "te klein of leeg"
        : "geen toegestane waarde";
  return `${where}: ${what}`;
}
