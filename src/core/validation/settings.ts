/**
 * `Instellingen` (PRODUCT.md §2.5): a key/value tab read into Settings, with a default for every setting
 * that is absent, empty or invalid (also when the tab is missing). Unknown keys, duplicate keys and
 * invalid values are warnings, never dropped silently.
 */
import * as z from "zod/mini";
import { type Cell, cellError, EMPTY_CELL, type SourceRow, textOf } from "../cells";
import { canonicalTimeZone, DEFAULT_TIME_ZONE, type IsoDate, isDateValue } from "../dates";
import { type Lang, q, translator } from "../i18n";
import type { Problem, RawTab, Settings } from "../records";
import { DEFAULT_STATUS_COLOURS, matchColumns, SETTING_DEFS, SETTINGS_TAB } from "../tabs";
import { foldText, matchVocab, normalizeHeader, STATUSES, type Status } from "../vocab";
import {
  type Field,
  type FieldContext,
  field,
  objectOf,
  optionalText,
  shown,
  withSuggestion,
  yesNo,
} from "./fields";
import { problemAt, RowSink, sortProblems } from "./problems";
import { contextFor, prepareTab } from "./rows";

export interface SettingsContext extends FieldContext {
  /** Defaults for settings that are absent, empty or invalid. */
  defaults: Settings;
}

/** Free text; empty (or a formula error, with a warning) gives `fallback`. */
const textSetting = (c: SettingsContext, fallback: string): Field<string> => {
  const text = optionalText(c);
  return (key) => {
    const optional = text(key);
    return (cell) => {
      const value = optional(cell);
      return value === "" ? fallback : value;
    };
  };
};

const LANGUAGES: Record<string, Lang> = {
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

/** The language a `Taal` value names, or undefined. */
function parseLanguage(text: string): Lang | undefined {
  return text.length <= 20 ? LANGUAGES[foldText(text)] : undefined;
}

const languageSetting = (c: SettingsContext): Field<Lang> =>
  field((cell, key) => {
    const text = textOf(cell);
    if (text === "" && cellError(cell) === null) return c.defaults.lang;
    const lang = parseLanguage(text);
    if (lang !== undefined) return lang;
    c.sink.warn(key, c.t("val.setting.language", { value: shown(cell), fallback: c.defaults.lang }));
    return c.defaults.lang;
  });

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
    reportPdf: yesNo(c, c.defaults.reportPdf),
    planIntroduction: textSetting(c, c.defaults.planIntroduction),
    sendInvites: yesNo(c, c.defaults.sendInvites),
  });
  // The colours are a record of their own in the record (`colours.Behaald`, …).
  return z.intersection(plain, z.object({ colours: objectOf(colours, "colours.") }));
}

/** Which record field each `Instellingen` key fills (keys as in SETTING_DEFS). */
export const SETTING_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  SETTING_DEFS.map((d) => [d.key, d.field]),
);

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
    reportPdf: false,
    planIntroduction: "",
    sendInvites: true,
    colours: { ...DEFAULT_STATUS_COLOURS },
  };
}

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
  const prepared = prepareTab(SETTINGS_TAB, tab, t);
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

/**
 * Only the language of `Instellingen` (its `Taal` row), from the tab's values: what every action needs
 * before anything else is read, so that its messages are in the right language. Dutch when absent or
 * not understood.
 */
export function languageOf(values: readonly (readonly unknown[])[]): Lang {
  const cols = matchColumns(SETTINGS_TAB, values[0] ?? []);
  if (cols.key < 0 || cols.value < 0) return "nl";
  const want = normalizeHeader("Taal");
  const row = values.slice(1).find((r) => normalizeHeader(r[cols.key]) === want);
  const value = row?.[cols.value];
  return (typeof value === "string" ? parseLanguage(value.trim()) : undefined) ?? "nl";
}
