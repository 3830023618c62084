/**
 * The `Instellingen…` sidebar (PRODUCT.md §2.5, §6) as a model: every setting with its current value as
 * typed, its label and help text, and the rule it must meet. The rules are data, so that the page checks a
 * value when its field is left with the very rule the server checks it with on saving (`checkSetting`).
 * Saving is planned here too: which cells of `Instellingen` change, in one block written at once, keeping
 * every row the add-on does not know.
 */
import { type Lang, type MessageKey, type Translate, translator } from "../i18n";
import { matchColumns, SETTING_DEFS, SETTINGS_TAB, type SettingDef, type SettingKind } from "../tabs";
import { normalizeHeader } from "../vocab";

/** The longest text a setting may hold (a Sheets cell holds 50,000 characters). */
export const MAX_SETTING_TEXT = 5000;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A rule as data: the page's script and checkSetting apply the same one. */
export interface SettingRule {
  /** A JavaScript regular expression the trimmed value must match (case-insensitive). */
  pattern?: string;
  /** For numbers: the inclusive range. */
  min?: number;
  max?: number;
  /** The value must be one of these (case-insensitive). */
  options?: readonly string[];
  maxLength: number;
  /** Said when the value breaks the rule. */
  message: string;
}

const DRIVE = "^$|^[-\\w]{20,}$|^https://(drive|docs)\\.google\\.com/\\S+$";

function ruleOf(kind: SettingKind, t: Translate, timeZones: readonly string[]): SettingRule | null {
  const base = { maxLength: MAX_SETTING_TEXT };
  switch (kind) {
    case "year":
      return {
        ...base,
        pattern: "^\\d{4}$",
        min: MIN_YEAR,
        max: MAX_YEAR,
        message: t("settings.invalid.year", { min: MIN_YEAR, max: MAX_YEAR }),
      };
    case "language":
      return { ...base, options: ["nl", "en"], message: t("settings.invalid.language") };
    case "timeZone":
      return { ...base, options: timeZones, message: t("settings.invalid.timeZone") };
    case "calendar":
      return {
        ...base,
        pattern: "^$|^primary$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$",
        message: t("settings.invalid.calendar"),
      };
    case "driveFolder":
    case "driveFile":
      return { ...base, pattern: DRIVE, message: t("settings.invalid.drive") };
    case "colour":
      return { ...base, pattern: "^#?([0-9a-f]{3}|[0-9a-f]{6})$", message: t("settings.invalid.colour") };
    case "text":
    case "longText":
      return { ...base, message: t("settings.invalid.tooLong", { max: MAX_SETTING_TEXT }) };
    case "checkbox":
      return null;
  }
}

/** null when `value` meets `rule`, else the rule's message. Empty text is allowed where the pattern is. */
export function checkSetting(rule: SettingRule | null, value: string | boolean): string | null {
  if (rule === null || typeof value === "boolean") return null;
  const text = value.trim();
  if (text.length > rule.maxLength) return rule.message;
  if (rule.options && !rule.options.some((o) => o.toLowerCase() === text.toLowerCase())) return rule.message;
  if (rule.pattern && !new RegExp(rule.pattern, "i").test(text)) return rule.message;
  if (rule.min !== undefined && Number(text) < rule.min) return rule.message;
  if (rule.max !== undefined && Number(text) > rule.max) return rule.message;
  return null;
}

/** The value to store: a colour with its `#`, lower case; a Drive link as its file or folder id. */
export function normalizeSetting(kind: SettingKind, value: string | boolean): string | number | boolean {
  if (typeof value === "boolean") return value;
  const text = value.trim();
  if (kind === "year") return Number(text);
  if (kind === "language") return text.toLowerCase();
  if (kind === "colour") return `#${text.replace(/^#/, "").toLowerCase()}`;
  if (kind === "driveFolder" || kind === "driveFile") return driveIdOf(text);
  // Text typed in the sidebar stays text in the sheet: never a formula (PRODUCT.md §7).
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The id in a Google Drive or Docs link (`/d/<id>`, `/folders/<id>`, `?id=<id>`); the text itself otherwise. */
export function driveIdOf(text: string): string {
  const m = /\/(?:d|folders)\/([-\w]{20,})|[?&]id=([-\w]{20,})/.exec(text);
  return m ? (m[1] ?? m[2]!) : text;
}

// ---------------------------------------------------------------------------
// The form

export interface SettingField {
  key: string;
  kind: SettingKind;
  label: string;
  help: string;
  /** As the tab shows it (a checkbox as a boolean); the default when the row is missing. */
  value: string | boolean;
  rule: SettingRule | null;
  /** What is wrong with the current value, or null. */
  error: string | null;
}

export interface SettingsForm {
  lang: Lang;
  /** Whether `Instellingen` exists (saving creates it when not). */
  hasTab: boolean;
  fields: SettingField[];
  /** Rows whose key the add-on does not know: shown, never dropped. */
  unknown: { key: string; value: string }[];
  timeZones: string[];
  /** Every text the page shows besides the fields. */
  texts: Record<
    | "title"
    | "intro"
    | "save"
    | "saving"
    | "close"
    | "fixFirst"
    | "unknownTitle"
    | "unknownHelp"
    | "noTab"
    | "yes"
    | "offline"
    | "unsaved",
    string
  >;
}

const LABELS: Record<string, MessageKey> = {
  Netwerknaam: "settings.label.Netwerknaam",
  Regio: "settings.label.Regio",
  Jaar: "settings.label.Jaar",
  Taal: "settings.label.Taal",
  Tijdzone: "settings.label.Tijdzone",
  Agenda: "settings.label.Agenda",
  Rapportmap: "settings.label.Rapportmap",
  Rapportsjabloon: "settings.label.Rapportsjabloon",
  "Rapport als PDF": "settings.label.Rapport als PDF",
  "Inleiding jaaractieplan": "settings.label.Inleiding jaaractieplan",
  "Uitnodigingen versturen": "settings.label.Uitnodigingen versturen",
  "Kleur Behaald": "settings.label.Kleur Behaald",
  "Kleur Op schema": "settings.label.Kleur Op schema",
  "Kleur Doorlopend": "settings.label.Kleur Doorlopend",
  "Kleur Achter op schema": "settings.label.Kleur Achter op schema",
};
const HELP: Record<string, MessageKey> = {
  Netwerknaam: "settings.help.Netwerknaam",
  Regio: "settings.help.Regio",
  Jaar: "settings.help.Jaar",
  Taal: "settings.help.Taal",
  Tijdzone: "settings.help.Tijdzone",
  Agenda: "settings.help.Agenda",
  Rapportmap: "settings.help.Rapportmap",
  Rapportsjabloon: "settings.help.Rapportsjabloon",
  "Rapport als PDF": "settings.help.Rapport als PDF",
  "Inleiding jaaractieplan": "settings.help.Inleiding jaaractieplan",
  "Uitnodigingen versturen": "settings.help.Uitnodigingen versturen",
};

/** The Instellingen tab as read: its values and what they show (display values), header row included. */
export interface SettingsTabRead {
  values: readonly (readonly unknown[])[];
  display: readonly (readonly string[])[];
  /** Whether each cell shows a checkbox (its data validation); same shape as `values`. */
  checkboxes?: readonly (readonly boolean[])[];
}

interface Located {
  keyCol: number;
  valueCol: number;
  /** 1-based sheet row of each known key, by key; unknown keys in order. */
  rows: Map<string, number>;
  unknown: { key: string; value: string; row: number }[];
}

function locate(tab: SettingsTabRead | null): Located | null {
  if (tab === null || tab.values.length === 0) return null;
  const cols = matchColumns(SETTINGS_TAB, tab.values[0] ?? []);
  if (cols.key < 0 || cols.value < 0) return null;
  const known = new Map(SETTING_DEFS.map((d) => [normalizeHeader(d.key), d.key]));
  const rows = new Map<string, number>();
  const unknown: Located["unknown"] = [];
  tab.values.forEach((row, i) => {
    if (i === 0) return;
    const keyCell = row[cols.key];
    const keyText = typeof keyCell === "string" ? keyCell.trim() : String(keyCell ?? "").trim();
    if (keyText === "") return;
    const key = known.get(normalizeHeader(keyText));
    if (key === undefined)
      unknown.push({ key: keyText, value: tab.display[i]?.[cols.value] ?? "", row: i + 1 });
    else if (!rows.has(key)) rows.set(key, i + 1);
  });
  return { keyCol: cols.key, valueCol: cols.value, rows, unknown };
}

function currentValue(def: SettingDef, tab: SettingsTabRead, row: number, col: number): string | boolean {
  const v = tab.values[row - 1]?.[col];
  if (def.kind === "checkbox")
    return typeof v === "boolean" ? v : /^(ja|true|waar|aan|yes|x|1)$/i.test(String(v ?? ""));
  if (def.kind === "year" && typeof v === "number") return String(v);
  return tab.display[row - 1]?.[col] ?? (typeof v === "string" ? v : "");
}

export function buildSettingsForm(
  tab: SettingsTabRead | null,
  opts: { lang: Lang; year: number; spreadsheetName: string; timeZones: readonly string[] },
): SettingsForm {
  const t = translator(opts.lang);
  const where = locate(tab);
  const fields = SETTING_DEFS.map((def): SettingField => {
    const row = where?.rows.get(def.key);
    const fallback = def.defaultValue({ year: opts.year, spreadsheetName: opts.spreadsheetName });
    const value =
      tab && where && row !== undefined
        ? currentValue(def, tab, row, where.valueCol)
        : typeof fallback === "boolean"
          ? fallback
          : String(fallback);
    const rule = ruleOf(def.kind, t, opts.timeZones);
    const help = HELP[def.key] ?? "settings.help.colour";
    return {
      key: def.key,
      kind: def.kind,
      label: t(LABELS[def.key]!),
      help: t(help),
      value,
      rule,
      error: checkSetting(rule, value),
    };
  });
  return {
    lang: opts.lang,
    hasTab: tab !== null,
    fields,
    unknown: (where?.unknown ?? []).map(({ key, value }) => ({ key, value })),
    timeZones: [...opts.timeZones],
    texts: {
      title: t("settings.title"),
      intro: t("settings.intro"),
      save: t("settings.save"),
      saving: t("settings.saving"),
      close: t("screen.close"),
      fixFirst: t("settings.fixFirst"),
      unknownTitle: t("settings.unknownTitle"),
      unknownHelp: t("settings.unknownHelp"),
      noTab: t("settings.noTab"),
      yes: t("settings.yes"),
      offline: t("screen.offline"),
      unsaved: t("screen.unsaved"),
    },
  };
}

// ---------------------------------------------------------------------------
// Saving

export interface SettingsSave {
  /** What is wrong, by key; when any, nothing is written. */
  errors: { key: string; message: string }[];
  /** The number of settings whose value changes. */
  changed: number;
  /** Whether `Taal` changes. */
  langChanged: boolean;
  /** The block to write, or null when nothing changes: 1-based top-left and the values (formulas kept). */
  write: { row: number; col: number; values: unknown[][] } | null;
  /**
   * 1-based rows and column of cells that get a checkbox (validation only, their value is written by
   * `write` or stays): new yes/no settings, and a yes/no setting holding true or false without its checkbox
   * (a save stopped between the values and the checkbox leaves one; the next save puts it back).
   */
  checkboxes: { row: number; col: number; checked: boolean }[];
}

/** What the sidebar sends: each setting's value by key, as typed (a checkbox as a boolean). */
export type SettingsChanges = Readonly<Record<string, string | boolean>>;

/**
 * Plans saving `changes` into the tab: known keys only; each value checked with its rule; only values
 * that differ are written. The block spans the key and value columns from the first changed row to the
 * last one (new settings are appended below the last row); cells inside it that do not change are
 * written back as they were (a formula as its formula), so one setValues saves everything.
 * `formulas` are the tab's formulas ("" where none), same shape as `tab.values`.
 */
export function planSettingsSave(
  tab: SettingsTabRead,
  formulas: readonly (readonly string[])[],
  changes: SettingsChanges,
  lang: Lang,
  timeZones: readonly string[],
  context: { year: number; spreadsheetName: string },
): SettingsSave {
  const t = translator(lang);
  const where = locate(tab) ?? { keyCol: 0, valueCol: 1, rows: new Map<string, number>(), unknown: [] };
  const errors: SettingsSave["errors"] = [];
  const updates = new Map<number, { key: string; value: string | number | boolean; isNew: boolean }>();
  let nextRow = Math.max(tab.values.length, 1) + 1;
  let langChanged = false;
  for (const def of SETTING_DEFS) {
    if (!(def.key in changes)) continue;
    const raw = changes[def.key]!;
    if (typeof raw !== "string" && typeof raw !== "boolean") continue;
    const problem = checkSetting(ruleOf(def.kind, t, timeZones), raw);
    if (problem !== null) {
      errors.push({ key: def.key, message: problem });
      continue;
    }
    const value = normalizeSetting(def.kind, raw);
    const row = where.rows.get(def.key);
    if (row !== undefined) {
      const before = currentValue(def, tab, row, where.valueCol);
      const stored = typeof value === "string" ? value.replace(/^'/, "") : value;
      const same = typeof stored === "boolean" ? before === stored : String(before).trim() === String(stored);
      if (same) continue;
      updates.set(row, { key: def.key, value, isNew: false });
    } else {
      // A setting the tab lacks is only written when it differs from the default the form showed.
      const fallback = def.defaultValue(context);
      const stored = typeof value === "string" ? value.replace(/^'/, "") : value;
      if (String(stored) === String(typeof fallback === "string" ? fallback.trim() : fallback)) continue;
      updates.set(nextRow++, { key: def.key, value, isNew: true });
    }
    if (def.key === "Taal") langChanged = true;
  }
  // Yes/no settings the tab holds as true or false without their checkbox, not otherwise written.
  const missing = SETTING_DEFS.flatMap((def) => {
    const row = where.rows.get(def.key);
    if (def.kind !== "checkbox" || row === undefined || updates.has(row) || !tab.checkboxes) return [];
    const v = tab.values[row - 1]?.[where.valueCol];
    if (typeof v !== "boolean" || tab.checkboxes[row - 1]?.[where.valueCol] === true) return [];
    return [{ row, col: where.valueCol + 1, checked: v }];
  });
  if (errors.length > 0) return { errors, changed: 0, langChanged: false, write: null, checkboxes: [] };
  if (updates.size === 0) return { errors, changed: 0, langChanged: false, write: null, checkboxes: missing };

  const rowsChanged = [...updates.keys()];
  const top = Math.min(...rowsChanged);
  const bottom = Math.max(...rowsChanged);
  const left = Math.min(where.keyCol, where.valueCol);
  const right = Math.max(where.keyCol, where.valueCol);
  const values: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: unknown[] = [];
    for (let c = left; c <= right; c++) {
      const update = updates.get(r);
      if (update && c === where.valueCol) line.push(update.value);
      else if (update?.isNew && c === where.keyCol) line.push(update.key);
      else {
        const f = formulas[r - 1]?.[c] ?? "";
        line.push(f !== "" ? f : (tab.values[r - 1]?.[c] ?? ""));
      }
    }
    values.push(line);
  }
  const checkboxes = [
    ...[...updates.entries()]
      .filter(([, u]) => u.isNew && typeof u.value === "boolean")
      .map(([row, u]) => ({ row, col: where.valueCol + 1, checked: u.value === true })),
    ...missing,
  ];
  return {
    errors: [],
    changed: updates.size,
    langChanged,
    write: { row: top, col: left + 1, values },
    checkboxes,
  };
}
