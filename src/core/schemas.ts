/**
 * The zod schemas that turn one sheet row (cells by column) into a typed record: the single place where the
 * shape of an Activity, Project, Member, Meeting and of the Settings is defined (PRODUCT.md §2).
 *
 * Each schema is built by a factory that takes the run's translator, so every message comes from the
 * schema in the run's language. A field is a zod transform from a Cell to its typed value:
 * - an ERROR is a zod issue (the row is left out), with `params.suggestion` when there is a fix;
 * - a WARNING (the row is used) does not fail the parse: it goes to the `sink` under the field's key.
 * Checks across rows (duplicates) live in validate.ts; checks across tabs get their indexes from the
 * factory's context.
 *
 * Pure and total: no field throws for any cell.
 */
import * as z from "zod/mini";
import {
  addHours,
  type Cell,
  cellError,
  dateOf,
  isDateValue,
  parseBoolean,
  parseTime,
  q,
  rawText,
  splitLines,
  textOf,
} from "./cells";
import {
  DEFAULT_TIME_ZONE,
  type Deadline,
  type DeadlineResult,
  dueDate,
  formatDeadlineError,
  type IsoDate,
  parseDeadline,
} from "./deadline";
import type { Lang, Translate } from "./i18n";
import { Lookup } from "./lookup";
import type { OwnerMatcher } from "./owners";
import type { Activity, Meeting, Member, Project, Settings } from "./records";
import { DEFAULT_STATUS_COLOURS, PHASES, type Phase, STATUSES, type Status } from "./tabs";
import { foldText } from "./vocab";

// ---------------------------------------------------------------------------
// Fields

/** Where warnings go; `key` is the record field. */
export interface Sink {
  warn(key: string, message: string, suggestion?: string): void;
}

export interface FieldContext {
  t: Translate;
  lang: Lang;
  sink: Sink;
  /** The header of the field's column as the partner sees it. */
  label(key: string): string;
}

/** An error: the field has no usable value. */
export class Fail {
  constructor(
    readonly message: string,
    readonly suggestion = "",
  ) {}
}

export type FieldSchema<T> = z.ZodMiniType<T, Cell>;
/** A field schema, given the key it is stored under (warnings name it). */
export type Field<T> = (key: string) => FieldSchema<T>;

export function field<T>(run: (cell: Cell, key: string) => T | Fail): Field<T> {
  return (key) =>
    z.transform((cell: Cell, payload) => {
      const out = run(cell, key);
      if (out instanceof Fail) {
        payload.issues.push({
          code: "custom",
          input: cell.v,
          message: out.message,
          params: { suggestion: out.suggestion },
        });
        return z.NEVER;
      }
      return out;
    });
}

type Shape<F> = { [K in keyof F]: F[K] extends Field<infer T> ? FieldSchema<T> : never };

/** A zod object of fields, each told its own key (`prefix` + key). */
export function objectOf<F extends Record<string, Field<unknown>>>(fields: F, prefix = "") {
  const shape: Record<string, FieldSchema<unknown>> = {};
  for (const [key, make] of Object.entries(fields)) shape[key] = make(prefix + key);
  return z.object(shape as Shape<F>);
}

/** `message`, plus "Bedoelt u ‘…’?" when there is a suggestion. */
export function withSuggestion(t: Translate, message: string, suggestion: string | undefined): string {
  return suggestion === undefined || suggestion === ""
    ? message
    : `${message} ${t("val.didYouMean", { suggestion: q(suggestion) })}`;
}

/** The cell as typed, quoted for a message. */
const shown = (cell: Cell) => q(cell.d !== "" ? cell.d : rawText(cell));

/** Optional free text, trimmed; a formula error is a warning and counts as empty. */
export const optionalText = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return "";
    }
    return textOf(cell);
  });

/** Required text, trimmed. */
export const requiredText = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    return text === "" ? new Fail(c.t("val.required", { column: c.label(key) })) : text;
  });

/** Text kept as the add-on wrote it (its own columns), trimmed. */
export const plainText = (): Field<string> => field((cell) => textOf(cell));

/** One item per line, bullets stripped. */
export const lineList = (c: FieldContext): Field<string[]> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return [];
    }
    return splitLines(rawText(cell));
  });

/** A Date cell, or null (the add-on's own date columns). */
export const optionalDate = (): Field<Date | null> => field((cell) => dateOf(cell));

/** A checkbox or ja/nee; empty gives `fallback`, anything else warns and gives `fallback`. */
export const yesNo = (c: FieldContext, fallback: boolean): Field<boolean> =>
  field((cell, key) => {
    const b = parseBoolean(cell);
    if (b === "empty") return fallback;
    if (b === "invalid") {
      const word = c.t(fallback ? "val.yes" : "val.no");
      c.sink.warn(
        key,
        c.t("val.boolean.invalid", { value: shown(cell), column: c.label(key), fallback: word }),
      );
      return fallback;
    }
    return b;
  });

/** A required value of a fixed vocabulary (Status, Fase): loose spellings warn, others fail. */
export function vocabulary<T extends string>(c: FieldContext, values: readonly T[]): Field<T> {
  const allowed = values.join(", ");
  const lookup = new Lookup(values);
  return field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    if (text === "") return new Fail(c.t("val.requiredChoice", { column: c.label(key), allowed }));
    const m = lookup.match(text);
    if (m.ok) {
      if (!m.exact) {
        const params = { value: shown(cell), suggestion: q(m.value), column: c.label(key) };
        c.sink.warn(key, c.t("val.vocab.loose", params), m.value);
      }
      return m.value;
    }
    const message = c.t("val.vocab.unknown", { value: shown(cell), column: c.label(key), allowed });
    return new Fail(withSuggestion(c.t, message, m.suggestion), m.suggestion);
  });
}

/** A reference by name to another tab: the canonical name, a warning, or an error. */
export type Resolution =
  | { ok: true; value: string; loose?: { message: string; suggestion: string } }
  | { ok: false; message: string; suggestion: string };

/** Required text resolved against another tab (`resolve` null: that tab is unusable, accept as typed). */
export const reference = (
  c: FieldContext,
  resolve: ((text: string, cell: Cell) => Resolution) | null,
): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    if (text === "") return new Fail(c.t("val.required", { column: c.label(key) }));
    if (resolve === null) return text;
    const r = resolve(text, cell);
    if (!r.ok) return new Fail(r.message, r.suggestion);
    if (r.loose) c.sink.warn(key, r.loose.message, r.loose.suggestion);
    return r.value;
  });

// ---------------------------------------------------------------------------
// Activiteiten

export interface ActivityContext extends FieldContext {
  timeZone: string;
  today: IsoDate;
  /** Resolves a project name; null when `Projecten` is unusable (missing tab or column). */
  project: ((text: string, cell: Cell) => Resolution) | null;
  /** Checks trekkers against `Leden`; null when `Leden` is unusable. */
  owners: OwnerMatcher | null;
}

const MAX_DEADLINE_TEXT = 10_000;

const deadline = (c: ActivityContext): Field<Deadline> => {
  // Partners repeat the same few deadlines: parse each text once.
  const cache = new Map<string, DeadlineResult>();
  return field((cell) => {
    let r = typeof cell.v === "string" ? cache.get(cell.v) : undefined;
    if (r === undefined) {
      // A pasted paragraph is no deadline; spare the parser from folding all of it.
      const huge = typeof cell.v === "string" && cell.v.length > MAX_DEADLINE_TEXT;
      r = huge ? { ok: false, code: "unrecognized" } : parseDeadline(cell.v, { timeZone: c.timeZone });
      if (typeof cell.v === "string" && cache.size < 10_000) cache.set(cell.v, r);
    }
    return r.ok ? { ...r.deadline } : new Fail(formatDeadlineError(r.code, r.detail, c.lang));
  });
};

const owner = (c: ActivityContext): Field<string> => {
  const text = requiredText(c);
  return (key) =>
    z.pipe(
      text(key),
      z.transform((value: string) => {
        const check = c.owners?.check(value);
        if (check && check.unmatched.length > 0) {
          const parts = check.unmatched.map((p) => q(p, 40)).join(", ");
          c.sink.warn(key, c.t("val.owner.unknown", { parts }), check.suggestion);
        }
        return value;
      }),
    );
};

/** `yyyy-mm-dd` → `d-m-yyyy`, the way partners write dates. */
export function dutchDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}-${Number(m)}-${y}`;
}

export function activitySchema(c: ActivityContext) {
  return objectOf({
    id: field((cell) => {
      const error = cellError(cell);
      return error !== null ? new Fail(c.t("val.cellError", { error })) : textOf(cell);
    }),
    project: reference(c, c.project),
    theme: optionalText(c),
    subject: requiredText(c),
    goal: optionalText(c),
    subgoals: lineList(c),
    actions: lineList(c),
    owner: owner(c),
    deadlineText: plainText(),
    deadline: deadline(c),
    phase: vocabulary<Phase>(c, PHASES),
    status: vocabulary<Status>(c, STATUSES),
    note: optionalText(c),
    updated: optionalDate(),
  }).check(
    z.superRefine((a) => {
      const due = dueDate(a.deadline);
      if (due !== null && due < c.today && a.status !== "Behaald") {
        const params = { value: q(a.deadlineText), due: dutchDate(due), status: q(a.status) };
        c.sink.warn("deadline", c.t("val.deadline.overdue", params));
      }
      if (a.status === "Behaald" && a.phase !== "Afgerond") {
        c.sink.warn("phase", c.t("val.achievedNotDone", { phase: q(a.phase) }), "Afgerond");
      }
    }),
  );
}

/** Record fields that read another field's column. */
export const ACTIVITY_SOURCES: Readonly<Record<string, string>> = { deadlineText: "deadline" };

// ---------------------------------------------------------------------------
// Projecten

/** `Dashboard <Korte naam>` must fit the 31 characters of a tab name. */
export const MAX_SHORT_NAME = 31 - "Dashboard ".length;
const FORBIDDEN_IN_TAB = /[\\/?*[\]:]/g;

/** A usable short name close to `text`: forbidden characters removed, cut at a word to fit. */
export function fixShortName(text: string): string {
  let s = text.replace(FORBIDDEN_IN_TAB, " ").replace(/\s+/g, " ").trim().replace(/'+$/, "").trim();
  if (s.length > MAX_SHORT_NAME) {
    const cut = s.slice(0, MAX_SHORT_NAME + 1);
    const space = cut.lastIndexOf(" ");
    s = (space > 0 ? cut.slice(0, space) : s.slice(0, MAX_SHORT_NAME)).trim();
  }
  return s;
}

const shortName = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return "";
    }
    const text = textOf(cell);
    const bad = [...new Set(text.match(FORBIDDEN_IN_TAB) ?? [])];
    if (text.endsWith("'")) bad.push("'");
    const fixed = fixShortName(text);
    if (bad.length > 0) {
      return new Fail(c.t("val.shortName.chars", { value: q(text), chars: bad.join(" ") }), fixed);
    }
    if (text.length > MAX_SHORT_NAME) {
      const params = { value: q(text), length: text.length, max: MAX_SHORT_NAME };
      return new Fail(c.t("val.shortName.tooLong", params), fixed);
    }
    return text;
  });

export function projectSchema(c: FieldContext) {
  return objectOf({
    name: requiredText(c),
    shortName: shortName(c),
    problem: optionalText(c),
    goals: lineList(c),
    scope: optionalText(c),
    redFlag: optionalText(c),
    remarks: optionalText(c),
    helpRequest: optionalText(c),
    progress: lineList(c),
    lead: optionalText(c),
    asOf: optionalText(c),
  });
}

// ---------------------------------------------------------------------------
// Leden

const EMAIL = z.email();
const ADDRESS_LIKE = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** The address in a cell, lower case, when it is one valid address; null otherwise. */
export function emailOf(cell: Cell): string | null {
  if (cellError(cell) !== null) return null;
  const text = textOf(cell);
  return text !== "" && text.length <= 254 && EMAIL.safeParse(text).success ? text.toLowerCase() : null;
}

const email = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    if (text === "") return new Fail(c.t("val.required", { column: c.label(key) }));
    const address = emailOf(cell);
    if (address !== null) return address;
    const found = text.length <= 1000 ? (text.match(ADDRESS_LIKE) ?? []) : [];
    const only = found.length === 1 && EMAIL.safeParse(found[0]).success ? found[0]! : "";
    return new Fail(c.t("val.email.invalid", { value: shown(cell) }), only);
  });

/** Group names, split on `,` `;` and line breaks; `canonical` gives the first spelling seen in the tab. */
export function splitGroups(text: string): string[] {
  return text
    .split(/[,;\r\n]+/)
    .map((g) => g.replace(/\s+/g, " ").trim())
    .filter((g) => g !== "");
}

/** Key under which group spellings are the same; a pasted paragraph is not folded. */
export const groupKey = (g: string) => (g.length > 200 ? g : foldText(g));

const groups = (c: FieldContext, canonical: ReadonlyMap<string, string>): Field<string[]> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return [];
    }
    const out: string[] = [];
    for (const g of splitGroups(rawText(cell))) {
      const name = canonical.get(groupKey(g)) ?? g;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  });

export function memberSchema(c: FieldContext, canonicalGroups: ReadonlyMap<string, string>) {
  return objectOf({
    name: requiredText(c),
    email: email(c),
    organisation: optionalText(c),
    role: optionalText(c),
    groups: groups(c, canonicalGroups),
    active: yesNo(c, true),
  });
}

// ---------------------------------------------------------------------------
// Vergaderingen

export interface MeetingContext extends FieldContext {
  timeZone: string;
  /** Resolves a group; null when `Leden` is unusable. */
  group: ((text: string, cell: Cell) => Resolution) | null;
}

const meetingDate = (c: MeetingContext): Field<IsoDate> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    if (textOf(cell) === "" && !isDateValue(cell.v))
      return new Fail(c.t("val.required", { column: c.label(key) }));
    const r = parseDeadline(cell.v, { timeZone: c.timeZone });
    if (r.ok && r.deadline.kind === "period" && r.deadline.granularity === "day") return r.deadline.start;
    const notDay = r.ok && r.deadline.kind === "period" && !isDateValue(cell.v);
    return new Fail(c.t(notDay ? "val.date.notDay" : "val.date.invalid", { value: shown(cell) }));
  });

const time = (c: MeetingContext): Field<string | null> =>
  field((cell) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const r = parseTime(cell, c.timeZone);
    return r === "invalid" ? new Fail(c.t("val.time.invalid", { value: shown(cell) })) : r;
  });

/** A meeting without an end time lasts this long (PRODUCT.md §2.4). */
export const DEFAULT_MEETING_HOURS = 2;

export function meetingSchema(c: MeetingContext) {
  return z.pipe(
    objectOf({
      group: reference(c, c.group),
      title: optionalText(c),
      date: meetingDate(c),
      start: time(c),
      end: time(c),
      location: optionalText(c),
      description: optionalText(c),
      cancelled: yesNo(c, false),
      eventId: plainText(),
      inviteStatus: plainText(),
      sentAt: optionalDate(),
    }),
    z.transform((m, payload) => {
      if (m.start === null) {
        if (m.end !== null) {
          payload.issues.push({
            code: "custom",
            input: m.end,
            path: ["end"],
            message: c.t("val.time.endWithoutStart"),
            params: { suggestion: "" },
          });
          return z.NEVER;
        }
        return m;
      }
      if (m.end === null) return { ...m, end: addHours(m.start, DEFAULT_MEETING_HOURS) };
      if (m.end <= m.start) {
        payload.issues.push({
          code: "custom",
          input: m.end,
          path: ["end"],
          message: c.t("val.time.endNotAfterStart", { start: m.start, end: m.end }),
          params: { suggestion: "" },
        });
        return z.NEVER;
      }
      return m;
    }),
  );
}

// ---------------------------------------------------------------------------
// Instellingen

export interface SettingsContext extends FieldContext {
  /** Defaults for settings that are absent, empty or invalid. */
  defaults: Settings;
}

/** Free text; empty (or a formula error, with a warning) gives `fallback`. */
const textSetting = (c: SettingsContext, fallback: string): Field<string> => {
  const text = optionalText(c);
  return (key) =>
    z.pipe(
      text(key),
      z.transform((value: string) => (value === "" ? fallback : value)),
    );
};

const LANGUAGES: Record<string, "nl" | "en"> = {
  nl: "nl",
  "nl-nl": "nl",
  "nl-be": "nl",
  nederlands: "nl",
  ned: "nl",
  dutch: "nl",
  en: "en",
  "en-gb": "en",
  "en-us": "en",
  eng: "en",
  engels: "en",
  english: "en",
};

const languageSetting = (c: SettingsContext): Field<"nl" | "en"> =>
  field((cell, key) => {
    const text = textOf(cell);
    if (text === "" && cellError(cell) === null) return c.defaults.lang;
    const lang = text.length <= 20 ? LANGUAGES[foldText(text)] : undefined;
    if (lang !== undefined) return lang;
    c.sink.warn(key, c.t("val.setting.language", { value: shown(cell), fallback: c.defaults.lang }));
    return c.defaults.lang;
  });

/** The canonical IANA name of a time zone, or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone === "" || zone.length > 100 || !/^[A-Za-z]/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const timeZoneSetting = (c: SettingsContext): Field<string> =>
  field((cell, key) => {
    const text = textOf(cell);
    if (text === "" && cellError(cell) === null) return c.defaults.timeZone;
    const zone = canonicalTimeZone(text);
    if (zone !== null) return zone;
    c.sink.warn(key, c.t("val.setting.timeZone", { value: shown(cell), fallback: c.defaults.timeZone }));
    return c.defaults.timeZone;
  });

const yearSetting = (c: SettingsContext): Field<number> =>
  field((cell, key) => {
    const v = cell.v;
    const text = textOf(cell);
    if (text === "" && cellError(cell) === null && !isDateValue(v)) return c.defaults.year;
    const n = typeof v === "number" ? v : /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isInteger(n) && n >= 2000 && n <= 2100) return n;
    c.sink.warn(key, c.t("val.setting.year", { value: shown(cell), fallback: c.defaults.year }));
    return c.defaults.year;
  });

const colourSetting = (c: SettingsContext, status: Status): Field<string> =>
  field((cell, key) => {
    const text = textOf(cell);
    const fallback = c.defaults.colours[status];
    if (text === "" && cellError(cell) === null) return fallback;
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
    if (m) {
      const hex = m[1]!.toLowerCase();
      return `#${hex.length === 3 ? [...hex].map((x) => x + x).join("") : hex}`;
    }
    const suggestion = /^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(text) ? `#${text.toLowerCase()}` : "";
    c.sink.warn(key, c.t("val.setting.colour", { value: shown(cell), fallback }), suggestion);
    return fallback;
  });

export function settingsSchema(c: SettingsContext) {
  const colours = Object.fromEntries(STATUSES.map((s) => [s, colourSetting(c, s)])) as Record<
    Status,
    Field<string>
  >;
  const plain = objectOf({
    networkName: textSetting(c, c.defaults.networkName),
    region: textSetting(c, c.defaults.region),
    year: yearSetting(c),
    lang: languageSetting(c),
    timeZone: timeZoneSetting(c),
    calendarId: textSetting(c, c.defaults.calendarId),
    reportFolder: textSetting(c, c.defaults.reportFolder),
    reportTemplate: textSetting(c, c.defaults.reportTemplate),
    sendInvites: yesNo(c, c.defaults.sendInvites),
  });
  return z.object({ ...plain.shape, colours: objectOf(colours, "colours.") });
}

/** Which record field each `Instellingen` key fills (keys as in SETTING_DEFS). */
export const SETTING_FIELDS: Readonly<Record<string, string>> = {
  Netwerknaam: "networkName",
  Regio: "region",
  Jaar: "year",
  Taal: "lang",
  Tijdzone: "timeZone",
  Agenda: "calendarId",
  Rapportmap: "reportFolder",
  Rapportsjabloon: "reportTemplate",
  "Uitnodigingen versturen": "sendInvites",
  ...Object.fromEntries(STATUSES.map((s) => [`Kleur ${s}`, `colours.${s}`])),
};

/** Settings when `Instellingen` says nothing. */
export function defaultSettings(opts: { today: IsoDate; spreadsheetName?: string }): Settings {
  const year = Number(opts.today.slice(0, 4));
  return {
    networkName: opts.spreadsheetName ?? "",
    region: "",
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : 2026,
    lang: "nl",
    timeZone: DEFAULT_TIME_ZONE,
    calendarId: "",
    reportFolder: "",
    reportTemplate: "",
    sendInvites: true,
    colours: { ...DEFAULT_STATUS_COLOURS },
  };
}

// ---------------------------------------------------------------------------
// The schemas' outputs are the records (without `row`): a compile-time check.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output<F extends (...args: never[]) => z.ZodMiniType> = z.output<ReturnType<F>>;
export type SchemaShapesMatchRecords = [
  Same<Output<typeof activitySchema>, Omit<Activity, "row">>,
  Same<Output<typeof projectSchema>, Omit<Project, "row">>,
  Same<Output<typeof memberSchema>, Omit<Member, "row">>,
  Same<Output<typeof meetingSchema>, Omit<Meeting, "row">>,
  Same<Output<typeof settingsSchema>, Settings>,
] extends [true, true, true, true, true]
  ? true
  : never;
export const SCHEMA_SHAPES_MATCH_RECORDS: SchemaShapesMatchRecords = true;
