/**
 * Validation of the source tabs (PRODUCT.md §2, §2.7): rows in, typed records and problems out.
 *
 * - Columns are found by header (cells.ts); a missing tab or required column is one error for the tab,
 *   and then that tab's rows are neither checked nor used. Checks that refer to an unusable tab (an
 *   activity's project when `Projecten` is unusable, trekkers and meeting groups when `Leden` is) are
 *   skipped: the tab's own error says what to fix, without one echo per row.
 * - Each row goes through its tab's zod schema (schemas.ts): errors leave the row out, warnings keep it.
 * - Checks across rows (duplicates) are made here, on the rows in sheet order: the later row is reported.
 *
 * Total: every row with content gives a record or at least one error; nothing throws.
 */
import {
  type Cell,
  cellError,
  clip,
  EMPTY_CELL,
  q,
  type ReadTab,
  rawText,
  readTab,
  type SourceRow,
  textOf,
} from "./cells";
import type { IsoDate } from "./deadline";
import { type Lang, type Translate, translator } from "./i18n";
import { Lookup } from "./lookup";
import { OwnerMatcher } from "./owners";
import type { Activity, Meeting, Member, Problem, Project, RawTab, Settings, Severity } from "./records";
import {
  ACTIVITY_SOURCES,
  activitySchema,
  defaultSettings,
  emailOf,
  type FieldContext,
  fixShortName,
  groupKey,
  meetingSchema,
  memberSchema,
  projectSchema,
  type Resolution,
  SETTING_FIELDS,
  type Sink,
  settingsSchema,
  splitGroups,
  withSuggestion,
} from "./schemas";
import {
  ACTIVITIES,
  MEETINGS,
  MEMBERS,
  PHASES,
  type Phase,
  PROJECTS,
  SETTING_DEFS,
  SETTINGS,
  STATUSES,
  type Status,
  type TabDef,
} from "./tabs";
import { foldText, matchVocab, normalizeHeader } from "./vocab";

export { assignIds, type IdAssignment } from "./ids";

export interface ValidationInput {
  activities: RawTab | null;
  projects: RawTab | null;
  members: RawTab | null;
  meetings: RawTab | null;
  settings: RawTab | null;
}

export interface ValidationOptions {
  /** The run's date: deadlines that ended before it are overdue. */
  today: IsoDate;
  lang: Lang;
  /** The zone in which date and time cells are read (the spreadsheet's). */
  timeZone: string;
  /** Default for `Netwerknaam`. */
  spreadsheetName?: string;
}

export interface ValidationResult {
  /** Activities without errors, in sheet order. */
  activities: Activity[];
  projects: Project[];
  members: Member[];
  meetings: Meeting[];
  settings: Settings;
  /** Sorted: tab (Activiteiten, Projecten, Leden, Vergaderingen, Instellingen), row, column. */
  problems: Problem[];
  counts: {
    /** Rows of `Activiteiten` with content. */
    activities: number;
    /** Of those, the ones without errors. */
    valid: number;
    /** Over the valid activities. */
    byStatus: Record<Status, number>;
    byFase: Record<Phase, number>;
  };
}

// ---------------------------------------------------------------------------
// Problems

class RowSink implements Sink {
  private items: { key: string; message: string; suggestion: string }[] = [];
  warn(key: string, message: string, suggestion = ""): void {
    this.items.push({ key, message, suggestion });
  }
  take() {
    const out = this.items;
    this.items = [];
    return out;
  }
}

/** The cell as the partner typed it. */
const asTyped = (cell: Cell | undefined) =>
  cell === undefined ? "" : cell.d !== "" ? cell.d : rawText(cell);

function problemAt(
  read: ReadTab,
  row: number,
  cells: Record<string, Cell> | null,
  key: string | null,
  severity: Severity,
  message: string,
  suggestion = "",
): Problem {
  const index = key === null ? -1 : (read.cols[key] ?? -1);
  return {
    tab: read.name,
    row,
    column: key === null ? "" : (read.headers[key] ?? ""),
    columnIndex: index >= 0 ? index + 1 : 0,
    value: key === null || cells === null ? "" : clip(asTyped(cells[key])),
    severity,
    message,
    suggestion,
  };
}

interface Outcome<T> {
  row: number;
  cells: Record<string, Cell>;
  record: T | null;
  problems: Problem[];
}

function addError<T>(o: Outcome<T>, p: Problem): void {
  o.problems.push(p);
  if (p.severity === "error") o.record = null;
}

interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}
interface Issue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

/** Runs every row with content through `schema`; `sources` maps record fields to the column they read. */
function runRows<T>(
  read: ReadTab,
  schema: Parser<T>,
  sink: RowSink,
  t: Translate,
  sources: Readonly<Record<string, string>> = {},
): Outcome<T & { row: number }>[] {
  const column = (key: string) => sources[key] ?? key;
  return read.rows.map(({ row, cells }) => {
    const input: Record<string, Cell> = { ...cells };
    for (const [field, source] of Object.entries(sources)) input[field] = cells[source] ?? EMPTY_CELL;
    const problems: Problem[] = [];
    let record: (T & { row: number }) | null = null;
    try {
      const result = schema.safeParse(input);
      if (result.success) record = { row, ...result.data };
      else {
        for (const issue of result.error.issues) {
          const key = typeof issue.path[0] === "string" ? column(issue.path[0]) : null;
          const suggestion = issue.params?.suggestion;
          problems.push(
            problemAt(
              read,
              row,
              cells,
              key,
              "error",
              issue.message,
              typeof suggestion === "string" ? suggestion : "",
            ),
          );
        }
      }
    } catch (e) {
      record = null;
      const detail = e instanceof Error ? e.message.slice(0, 200) : "?";
      problems.push(problemAt(read, row, cells, null, "error", t("val.rowUnreadable", { detail })));
    }
    for (const w of sink.take()) {
      problems.push(problemAt(read, row, cells, column(w.key), "warning", w.message, w.suggestion));
    }
    return { row, cells, record, problems };
  });
}

/** Reports the later rows whose `keyOf` equals an earlier row's (null keys are skipped). */
function laterDuplicates<T>(
  outcomes: readonly Outcome<T>[],
  keyOf: (o: Outcome<T>) => string | null,
  report: (o: Outcome<T>, firstRow: number) => void,
): Map<string, number> {
  const first = new Map<string, number>();
  for (const o of outcomes) {
    const key = keyOf(o);
    if (key === null) continue;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, o.row);
    else report(o, seen);
  }
  return first;
}

const records = <T>(outcomes: readonly Outcome<T>[]): T[] =>
  outcomes.flatMap((o) => (o.record === null ? [] : [o.record]));
const problemsOf = <T>(outcomes: readonly Outcome<T>[]) => outcomes.flatMap((o) => o.problems);

/** Case-insensitive comparison key (accents too, via foldText, when the text has any). */
function sameKey(text: string): string {
  if (text.length > 1000) return text; // pasted paragraphs: compared as they are
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/ +/g, " ").trim() : foldText(text);
}

/** Text of a cell when it is not a formula error; "" otherwise. */
const cleanText = (cell: Cell | undefined) =>
  cell === undefined || cellError(cell) !== null ? "" : textOf(cell);

// ---------------------------------------------------------------------------
// Tabs

interface Prepared {
  read: ReadTab | null;
  /** The tab exists and has its required columns. */
  usable: boolean;
  problems: Problem[];
}

/**
 * A missing tab is an error unless `optional`; an optional tab that is entirely blank counts as missing.
 * Each missing required column is one error (row 1, the column's name).
 */
function prepare(def: TabDef, raw: RawTab | null, t: Translate, optional: boolean): Prepared {
  const tabProblem = (tab: string, row: number, column: string, message: string): Problem => ({
    tab,
    row,
    column,
    columnIndex: 0,
    value: "",
    severity: "error",
    message,
    suggestion: "",
  });
  if (raw === null || typeof raw !== "object") {
    const problems = optional ? [] : [tabProblem(def.name, 0, "", t("val.tabMissing", { tab: def.name }))];
    return { read: null, usable: false, problems };
  }
  const read = readTab(def, raw);
  if (optional && read.blank) return { read: null, usable: false, problems: [] };
  const problems = read.missing.map((key) => {
    const col = def.columns.find((c) => c.key === key)!;
    const synonyms = col.synonyms.length > 0 ? col.synonyms.join(", ") : "—";
    return tabProblem(
      read.name,
      1,
      col.header,
      t("val.columnMissing", { tab: read.name, column: col.header, synonyms }),
    );
  });
  return { read, usable: problems.length === 0, problems };
}

function contextFor(
  read: ReadTab,
  t: Translate,
  lang: Lang,
  sink: Sink,
  sources: Readonly<Record<string, string>> = {},
): FieldContext {
  return { t, lang, sink, label: (key) => read.headers[sources[key] ?? key] ?? key };
}

// ---------------------------------------------------------------------------
// Projecten

interface ProjectEntry {
  name: string;
  row: number;
  ok: boolean;
}

function validateProjects(read: ReadTab, t: Translate, lang: Lang) {
  const sink = new RowSink();
  const outcomes = runRows(read, projectSchema(contextFor(read, t, lang, sink)), sink, t);
  const names = laterDuplicates(
    outcomes,
    (o) => sameKey(cleanText(o.cells.name)) || null,
    (o, row) =>
      addError(
        o,
        problemAt(
          read,
          o.row,
          o.cells,
          "name",
          "error",
          t("val.projectName.duplicate", { value: q(cleanText(o.cells.name)), row }),
        ),
      ),
  );
  laterDuplicates(
    outcomes,
    (o) => sameKey(cleanText(o.cells.shortName)) || null,
    (o, row) => {
      const fixed = fixShortName(cleanText(o.cells.name));
      const free =
        fixed !== "" && !outcomes.some((x) => sameKey(cleanText(x.cells.shortName)) === sameKey(fixed));
      const message = t("val.shortName.duplicate", { value: q(cleanText(o.cells.shortName)), row });
      addError(o, problemAt(read, o.row, o.cells, "shortName", "error", message, free ? fixed : ""));
    },
  );
  // The index of names activities may refer to: the first row of each name, usable or not.
  const index = new Map<string, ProjectEntry>();
  const byRow = new Map(outcomes.map((o) => [o.row, o]));
  for (const row of names.values()) {
    const o = byRow.get(row)!;
    const name = cleanText(o.cells.name);
    index.set(name, { name, row, ok: o.record !== null });
  }
  return { outcomes, index };
}

function projectResolver(
  index: ReadonlyMap<string, ProjectEntry>,
  shortNames: ReadonlyMap<string, string>,
  t: Translate,
) {
  const names = new Lookup([...index.keys()]);
  const cache = new Map<string, Resolution>();
  const broken = (value: string, entry: ProjectEntry): Resolution => ({
    ok: false,
    message: t("val.project.hasError", { value: q(value), row: entry.row }),
    suggestion: "",
  });
  const resolve = (text: string): Resolution => {
    const exact = index.get(text);
    if (exact !== undefined) return exact.ok ? { ok: true, value: exact.name } : broken(text, exact);
    const m = names.match(text);
    if (m.ok) {
      const entry = index.get(m.value)!;
      if (!entry.ok) return broken(text, entry);
      const message = t("val.project.loose", { value: q(text), suggestion: q(entry.name) });
      return { ok: true, value: entry.name, loose: { message, suggestion: entry.name } };
    }
    const suggestion = m.suggestion ?? shortNames.get(foldText(text)) ?? "";
    return {
      ok: false,
      message: withSuggestion(t, t("val.project.unknown", { value: q(text) }), suggestion),
      suggestion,
    };
  };
  return (text: string): Resolution => {
    let r = cache.get(text);
    if (r === undefined) {
      r = resolve(text);
      if (cache.size < 10_000) cache.set(text, r);
    }
    return r;
  };
}

// ---------------------------------------------------------------------------
// Leden

function validateMembers(read: ReadTab, t: Translate, lang: Lang) {
  // Group names: the first spelling seen in the tab is the canonical one.
  const canonical = new Map<string, string>();
  for (const { cells } of read.rows) {
    for (const g of splitGroups(cleanText(cells.groups))) {
      const key = groupKey(g);
      if (!canonical.has(key)) canonical.set(key, g);
    }
  }
  const sink = new RowSink();
  const outcomes = runRows(read, memberSchema(contextFor(read, t, lang, sink), canonical), sink, t);
  laterDuplicates(
    outcomes,
    (o) => emailOf(o.cells.email ?? EMPTY_CELL),
    (o, row) =>
      addError(
        o,
        problemAt(
          read,
          o.row,
          o.cells,
          "email",
          "error",
          t("val.email.duplicate", { value: q(cleanText(o.cells.email)), row }),
        ),
      ),
  );
  return outcomes;
}

function groupResolver(members: readonly Member[], t: Translate) {
  const active = [...new Set(members.filter((m) => m.active).flatMap((m) => m.groups))];
  const lookup = new Lookup(active);
  return (text: string): Resolution => {
    const m = lookup.match(text);
    if (m.ok && m.exact) return { ok: true, value: text };
    if (m.ok) {
      const message = t("val.group.loose", { value: q(text), suggestion: q(m.value) });
      return { ok: true, value: m.value, loose: { message, suggestion: m.value } };
    }
    const suggestion = m.suggestion ?? "";
    return {
      ok: false,
      message: withSuggestion(t, t("val.group.nobody", { value: q(text) }), suggestion),
      suggestion,
    };
  };
}

// ---------------------------------------------------------------------------
// Activiteiten

function validateActivities(
  read: ReadTab,
  t: Translate,
  opts: ValidationOptions,
  project: ((text: string) => Resolution) | null,
  owners: OwnerMatcher | null,
) {
  const sink = new RowSink();
  const ctx = {
    ...contextFor(read, t, opts.lang, sink, ACTIVITY_SOURCES),
    timeZone: opts.timeZone,
    today: opts.today,
    project,
    owners,
  };
  const outcomes = runRows(read, activitySchema(ctx), sink, t, ACTIVITY_SOURCES);
  laterDuplicates(
    outcomes,
    (o) => cleanText(o.cells.id).toUpperCase() || null,
    (o, row) => {
      const message = t("val.id.duplicate", { value: q(cleanText(o.cells.id)), row });
      addError(o, problemAt(read, o.row, o.cells, "id", "error", message, t("val.id.clearCell")));
    },
  );
  laterDuplicates(
    outcomes,
    (o) => {
      const subject = sameKey(cleanText(o.cells.subject));
      const projectText = o.record?.project ?? cleanText(o.cells.project);
      return subject === "" || projectText === "" ? null : `${sameKey(projectText)}\n${subject}`;
    },
    (o, row) => {
      const params = {
        value: q(cleanText(o.cells.subject)),
        project: q(o.record?.project ?? cleanText(o.cells.project)),
        row,
      };
      o.problems.push(
        problemAt(read, o.row, o.cells, "subject", "warning", t("val.subject.duplicate", params)),
      );
    },
  );
  return outcomes;
}

// ---------------------------------------------------------------------------
// Instellingen

export interface SettingsResult {
  settings: Settings;
  problems: Problem[];
}

/**
 * The settings of `Instellingen`, with defaults for every setting that is absent, empty or invalid (also
 * when the tab is missing). Unknown keys, duplicate keys and invalid values are warnings.
 */
export function settingsFrom(
  tab: RawTab | null,
  opts: { today: IsoDate; lang?: Lang; spreadsheetName?: string },
): SettingsResult {
  const lang = opts.lang ?? "nl";
  const t = translator(lang);
  const defaults = defaultSettings(opts);
  const prepared = prepare(SETTINGS, tab, t, true);
  const read = prepared.read;
  if (read === null || !prepared.usable) return { settings: defaults, problems: prepared.problems };

  const known = new Map(SETTING_DEFS.map((d) => [normalizeHeader(d.key), d.key]));
  const knownList = SETTING_DEFS.map((d) => d.key);
  const problems: Problem[] = [];
  const input: Record<string, Cell> = {};
  const rowOf = new Map<string, SourceRow>();
  const firstRow = new Map<string, number>();
  for (const source of read.rows) {
    const { row, cells } = source;
    const keyText = textOf(cells.key ?? EMPTY_CELL);
    if (keyText === "") {
      problems.push(
        problemAt(
          read,
          row,
          cells,
          "value",
          "warning",
          t("val.setting.noKey", { column: read.headers.key ?? "" }),
        ),
      );
      continue;
    }
    const key = known.get(normalizeHeader(keyText));
    if (key === undefined) {
      const m = matchVocab(keyText, knownList);
      const suggestion = m.ok ? m.value : (m.suggestion ?? "");
      const base = t("val.setting.unknown", { value: q(keyText), known: knownList.join(", ") });
      const message = withSuggestion(t, base, suggestion);
      problems.push(problemAt(read, row, cells, "key", "warning", message, suggestion));
      continue;
    }
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      problems.push(
        problemAt(
          read,
          row,
          cells,
          "key",
          "warning",
          t("val.setting.duplicate", { value: q(keyText), row: seen }),
        ),
      );
      continue;
    }
    firstRow.set(key, row);
    const fieldPath = SETTING_FIELDS[key]!;
    input[fieldPath] = cells.value ?? EMPTY_CELL;
    rowOf.set(fieldPath, source);
  }

  const sink = new RowSink();
  const ctx = { ...contextFor(read, t, lang, sink), label: () => read.headers.value ?? "", defaults };
  const colours: Record<string, Cell> = {};
  const flat: Record<string, unknown> = {};
  for (const [path, cell] of Object.entries(input)) {
    if (path.startsWith("colours.")) colours[path.slice("colours.".length)] = cell;
    else flat[path] = cell;
  }
  for (const path of Object.values(SETTING_FIELDS)) {
    if (path.startsWith("colours.")) colours[path.slice("colours.".length)] ??= EMPTY_CELL;
    else flat[path] ??= EMPTY_CELL;
  }
  let settings = defaults;
  try {
    const result = settingsSchema(ctx).safeParse({ ...flat, colours });
    if (result.success) settings = result.data;
  } catch {
    // The setting fields never fail; defaults stand if something unforeseen does.
  }
  for (const w of sink.take()) {
    const source = rowOf.get(w.key);
    if (source !== undefined)
      problems.push(problemAt(read, source.row, source.cells, "value", "warning", w.message, w.suggestion));
  }
  return { settings, problems: sortProblems(problems) };
}

// ---------------------------------------------------------------------------
// The workbook

function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || a.p.columnIndex - b.p.columnIndex || a.i - b.i)
    .map((x) => x.p);
}

export function validateWorkbook(input: ValidationInput, opts: ValidationOptions): ValidationResult {
  const t = translator(opts.lang === "en" ? "en" : "nl");
  const lang: Lang = opts.lang === "en" ? "en" : "nl";
  const settings = settingsFrom(input.settings, {
    today: opts.today,
    lang,
    spreadsheetName: opts.spreadsheetName,
  });

  const members = prepare(MEMBERS, input.members, t, false);
  const memberOutcomes = members.read && members.usable ? validateMembers(members.read, t, lang) : [];
  const memberRecords = records(memberOutcomes);

  const projects = prepare(PROJECTS, input.projects, t, false);
  const projectResult = projects.read && projects.usable ? validateProjects(projects.read, t, lang) : null;
  const projectRecords = projectResult ? records(projectResult.outcomes) : [];

  const meetings = prepare(MEETINGS, input.meetings, t, true);
  let meetingOutcomes: Outcome<Meeting>[] = [];
  if (meetings.read && meetings.usable) {
    const read = meetings.read;
    const sink = new RowSink();
    const group = members.usable ? groupResolver(memberRecords, t) : null;
    const ctx = { ...contextFor(read, t, lang, sink), timeZone: opts.timeZone, group };
    meetingOutcomes = runRows(read, meetingSchema(ctx), sink, t);
  }

  const activities = prepare(ACTIVITIES, input.activities, t, false);
  let activityOutcomes: Outcome<Activity>[] = [];
  if (activities.read && activities.usable) {
    const shortNames = new Map(
      projectRecords.filter((p) => p.shortName !== "").map((p) => [foldText(p.shortName), p.name] as const),
    );
    const project = projectResult ? projectResolver(projectResult.index, shortNames, t) : null;
    const owners = members.usable ? new OwnerMatcher(memberRecords) : null;
    activityOutcomes = validateActivities(activities.read, t, opts, project, owners);
  }
  const activityRecords = records(activityOutcomes);

  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byFase = Object.fromEntries(PHASES.map((f) => [f, 0])) as Record<Phase, number>;
  for (const a of activityRecords) {
    byStatus[a.status] += 1;
    byFase[a.phase] += 1;
  }

  const problems = [
    ...sortProblems([...activities.problems, ...problemsOf(activityOutcomes)]),
    ...sortProblems([...projects.problems, ...(projectResult ? problemsOf(projectResult.outcomes) : [])]),
    ...sortProblems([...members.problems, ...problemsOf(memberOutcomes)]),
    ...sortProblems([...meetings.problems, ...problemsOf(meetingOutcomes)]),
    ...settings.problems,
  ];

  return {
    activities: activityRecords,
    projects: projectRecords,
    members: memberRecords,
    meetings: records(meetingOutcomes),
    settings: settings.settings,
    problems,
    counts: {
      activities: activities.read ? activities.read.rows.length : 0,
      valid: activityRecords.length,
      byStatus,
      byFase,
    },
  };
}
