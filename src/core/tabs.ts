/**
 * The workbook's fixed structure (PRODUCT.md §2): tab names, their columns with accepted synonyms, which
 * columns are required and which the add-on writes itself, and the `Instellingen` defaults.
 * The headers of the tabs partners type in stay Dutch whatever the `Taal` setting (English headers are accepted
 * as synonyms); the headers of the generated `Validatie` and `Status` are shown in the run's language (`label`).
 */
import { DEFAULT_TIME_ZONE } from "./dates";
import type { MessageKey, Translate } from "./i18n";
import { normalizeHeader, STATUSES, type Status } from "./vocab";

export interface ColumnDef<K extends string = string> {
  /** Stable key used in code. */
  key: K;
  /** The header the add-on writes. */
  header: string;
  /** Other headers accepted for this column (matched after normalizeHeader). */
  synonyms: readonly string[];
  required: boolean;
  /** Written by the add-on; appended after the last header when missing. */
  addOnWritten?: boolean;
  /**
   * A generated tab's column: the message that is its header in the run's language (`header` is the Dutch
   * one). Source tabs have none: partners type under their Dutch headers, which the add-on finds them by.
   */
  label?: MessageKey;
}

export type TabKind = "source" | "generated";

export interface TabDef<K extends string = string> {
  key: string;
  name: string;
  kind: TabKind;
  /** Columns of a tab that is a table with a header row; empty for free-form generated tabs. */
  columns: readonly ColumnDef<K>[];
  hidden?: boolean;
  /** A source tab the workbook may lack: `Werkblad inrichten` makes it, validation does not miss it. */
  optional?: boolean;
}

/** The column keys of a tab definition. */
export type ColumnKey<T> = T extends TabDef<infer K> ? K : never;

const col = <K extends string>(
  key: K,
  header: string,
  synonyms: readonly string[] = [],
  flags: { required?: boolean; addOnWritten?: boolean } = {},
): ColumnDef<K> => ({
  key,
  header,
  synonyms,
  required: flags.required ?? false,
  addOnWritten: flags.addOnWritten,
});
/** A tab definition, its column keys kept as a type (so `matchColumns(tab, …).id` is known to exist). */
const tabDef = <K extends string>(def: TabDef<K>): TabDef<K> => def;
const req = { required: true };
const own = { addOnWritten: true };

export const ACTIVITIES_TAB = tabDef({
  key: "activities",
  name: "Activiteiten",
  kind: "source",
  columns: [
    col("id", "ID", ["Id", "Nr", "Nummer"], own),
    col("project", "Project", ["Speerpunt", "Projectnaam"], req),
    col("theme", "Thema", ["Theme", "Themas", "Domein"]),
    col("subject", "Onderwerp", ["Activiteit", "Titel", "Actie", "Subject", "Activity"], req),
    col("goal", "Doelstelling", ["Doel", "Doelen", "Goal"]),
    col("subgoals", "Subdoelstellingen", ["Subdoelstelling", "Subdoelen", "Sub-doelstellingen"]),
    col("actions", "Acties", ["Actiepunten", "Actions"]),
    col("owner", "Trekker", ["Trekkers", "Eigenaar", "Verantwoordelijke", "Owner"], req),
    col("deadline", "Deadline", ["Termijn", "Planning", "Wanneer", "Einddatum", "Streefdatum", "Due"], req),
    col("phase", "Fase", ["Phase"], req),
    col("status", "Status", ["Stand"], req),
    col("note", "Toelichting", ["Opmerking", "Opmerkingen", "Notes", "Note"]),
    col("updated", "Laatst bijgewerkt", ["Bijgewerkt", "Laatste wijziging", "Last updated"], own),
  ],
});

export const PROJECTS_TAB = tabDef({
  key: "projects",
  name: "Projecten",
  kind: "source",
  columns: [
    col("name", "Naam", ["Project", "Projectnaam", "Name"], req),
    col("shortName", "Korte naam", ["Afkorting", "Short name"]),
    col("theme", "Thema", ["Theme", "Themas"]),
    col("problem", "Probleemstelling", ["Probleem", "Problem"]),
    col("goals", "Doelstellingen", ["Doelstelling", "Doelen", "Goals"]),
    col("scope", "Scope", ["Reikwijdte"]),
    col("redFlag", "Rode vlag", ["Rode vlaggen", "Red flag"]),
    col("remarks", "Opmerkelijke zaken", ["Opmerkelijk", "Remarks"]),
    col("helpRequest", "Hulpvraag", ["Hulpvragen", "Help request"]),
    col("progress", "Voortgang", ["Progress"]),
    col("lead", "Projectleider", ["Projectleiding", "Project lead"]),
    col("asOf", "Peildatum", ["Datum", "As of"]),
  ],
});

export const MEMBERS_TAB = tabDef({
  key: "members",
  name: "Leden",
  kind: "source",
  columns: [
    col("name", "Naam", ["Name", "Volledige naam"], req),
    col("email", "E-mail", ["Email", "E-mailadres", "Emailadres", "E-mail adres", "Mailadres", "Mail"], req),
    col("organisation", "Organisatie", ["Organisation", "Organization"]),
    col("role", "Rol", ["Functie", "Role"]),
    col("groups", "Groepen", ["Groep", "Groups"]),
    col("active", "Actief", ["Active"]),
  ],
});

export const MEETINGS_TAB = tabDef({
  key: "meetings",
  name: "Vergaderingen",
  kind: "source",
  optional: true,
  columns: [
    col("group", "Groep", ["Group", "Overleg"], req),
    col("title", "Titel", ["Title", "Naam"]),
    col("date", "Datum", ["Date", "Dag"], req),
    col("start", "Begintijd", ["Starttijd", "Start", "Begin", "Van", "Aanvang", "Start time"]),
    col("end", "Eindtijd", ["Eind", "Einde", "Tot", "End time"]),
    col("location", "Locatie", ["Plaats", "Adres", "Location"]),
    col("description", "Omschrijving", ["Beschrijving", "Description"]),
    col("cancelled", "Geannuleerd", ["Afgelast", "Cancelled"]),
    col("eventId", "Agenda-ID", ["Agenda ID", "Event ID"], own),
    col("inviteStatus", "Uitnodiging", ["Invitation"], own),
    col("sentAt", "Verstuurd op", ["Sent at"], own),
  ],
});

export const SETTINGS_TAB = tabDef({
  key: "settings",
  name: "Instellingen",
  kind: "source",
  optional: true,
  columns: [
    col("key", "Sleutel", ["Instelling", "Key", "Setting"], req),
    col("value", "Waarde", ["Value"], req),
  ],
});

/** A column of a generated tab: its Dutch header, shown in the run's language as the message `label`. */
const labelled = (header: string, label: MessageKey): ColumnDef => ({
  ...col(normalizeHeader(header), header),
  label,
});

export const VALIDATION_TAB = tabDef({
  key: "validation",
  name: "Validatie",
  kind: "generated",
  columns: [
    labelled("Tabblad", "validation.col.tab"),
    labelled("Rij", "validation.col.row"),
    labelled("Kolom", "validation.col.column"),
    labelled("Waarde", "validation.col.value"),
    labelled("Ernst", "validation.col.severity"),
    labelled("Melding", "validation.col.message"),
    labelled("Suggestie", "validation.col.suggestion"),
    labelled("Link", "validation.col.link"),
  ],
});

export const STATUS_TAB = tabDef({
  key: "status",
  name: "Status",
  kind: "generated",
  columns: [
    labelled("ID", "status.col.id"),
    labelled("Project", "status.col.project"),
    labelled("Thema", "status.col.theme"),
    labelled("Onderwerp", "status.col.subject"),
    labelled("Trekker", "status.col.owner"),
    labelled("Deadline", "status.col.deadline"),
    labelled("Start", "status.col.start"),
    labelled("Einde", "status.col.end"),
    labelled("Fase", "status.col.phase"),
    labelled("Status", "status.col.status"),
  ],
});

export const OVERVIEW_TAB = tabDef({ key: "overview", name: "Overzicht", kind: "generated", columns: [] });

/**
 * `Historie` keeps its Dutch header in either language: a hidden store rather than a page, which the next
 * `Dashboards genereren` reads back by this header (core/history.ts) whatever `Taal` says by then; its status
 * columns are the vocabulary's values. What it feeds, the trend in `Overzicht`, is shown in the run's language.
 */
export const HISTORY_TAB = tabDef({
  key: "history",
  name: "Historie",
  kind: "generated",
  hidden: true,
  columns: ["Datum", "Project", ...STATUSES].map((h) => col(normalizeHeader(h), h)),
});

/** In the order the add-on creates them. */
export const ALL_TABS: readonly TabDef[] = [
  ACTIVITIES_TAB,
  PROJECTS_TAB,
  MEMBERS_TAB,
  MEETINGS_TAB,
  SETTINGS_TAB,
  VALIDATION_TAB,
  STATUS_TAB,
  OVERVIEW_TAB,
  HISTORY_TAB,
];

/** Default status colours (PRODUCT.md §3), readable with dark text. */
export const DEFAULT_STATUS_COLOURS: Record<Status, string> = {
  Behaald: "#57bb8a",
  "Op schema": "#b7e1cd",
  Doorlopend: "#9fc5e8",
  "Achter op schema": "#ea9999",
};

/** How a setting is edited and checked (the sidebar's field, and the rule both sides apply). */
export type SettingKind =
  | "text"
  | "longText"
  | "year"
  | "language"
  | "timeZone"
  | "calendar"
  | "driveFolder"
  | "driveFile"
  | "checkbox"
  | "colour";

export interface SettingDef {
  /** The key in `Instellingen` (column Sleutel). */
  key: string;
  /** The field of the Settings record it fills (`colours.<status>` for the colours). */
  field: string;
  kind: SettingKind;
  /** Default value written by `Werkblad inrichten`; a function of the context for dynamic defaults. */
  defaultValue: (ctx: { year: number; spreadsheetName: string }) => string | number | boolean;
}

/** Every setting of PRODUCT.md §2.5, in the order the sidebar and `Werkblad inrichten` list them. */
export const SETTING_DEFS: readonly SettingDef[] = [
  { key: "Netwerknaam", field: "networkName", kind: "text", defaultValue: (c) => c.spreadsheetName },
  { key: "Regio", field: "region", kind: "text", defaultValue: () => "" },
  { key: "Jaar", field: "year", kind: "year", defaultValue: (c) => c.year },
  { key: "Taal", field: "lang", kind: "language", defaultValue: () => "nl" },
  { key: "Tijdzone", field: "timeZone", kind: "timeZone", defaultValue: () => DEFAULT_TIME_ZONE },
  { key: "Agenda", field: "calendarId", kind: "calendar", defaultValue: () => "" },
  { key: "Rapportmap", field: "reportFolder", kind: "driveFolder", defaultValue: () => "" },
  { key: "Rapportsjabloon", field: "reportTemplate", kind: "driveFile", defaultValue: () => "" },
  { key: "Rapport als PDF", field: "reportPdf", kind: "checkbox", defaultValue: () => false },
  { key: "Inleiding jaaractieplan", field: "planIntroduction", kind: "longText", defaultValue: () => "" },
  { key: "Uitnodigingen versturen", field: "sendInvites", kind: "checkbox", defaultValue: () => true },
  ...STATUSES.map(
    (s): SettingDef => ({
      key: `Kleur ${s}`,
      field: `colours.${s}`,
      kind: "colour",
      defaultValue: () => DEFAULT_STATUS_COLOURS[s],
    }),
  ),
];

/** The header row the add-on writes for a tab: a generated tab's in the run's language, a source tab's as it is. */
export function headersOf(tab: TabDef, t: Translate): string[] {
  return tab.columns.map((c) => (c.label === undefined ? c.header : t(c.label)));
}

/** Finds a tab definition's sheet among existing tab names (case- and accent-insensitive). */
export function findTabName(existing: readonly string[], tab: TabDef): string | undefined {
  const want = normalizeHeader(tab.name);
  return existing.find((n) => normalizeHeader(n) === want);
}

/**
 * Maps each column of `tab` to its 0-based index in `headerRow`, or -1. Own headers are matched first,
 * then synonyms, so a synonym never takes a header that names another column; each header serves one
 * column, the leftmost match wins.
 */
/** A header cell as it is matched: "Trekker(s)", "Groep(en)" — a plural in brackets names the same column. */
const headerKey = (h: unknown) =>
  typeof h === "string" ? normalizeHeader(h).replace(/\s*\((s|en)\)$/, "") : "";

export function matchColumns<K extends string>(
  tab: TabDef<K>,
  headerRow: readonly unknown[],
): Record<K, number> {
  const normalized = headerRow.map(headerKey);
  const taken = new Set<number>();
  const out = {} as Record<K, number>;
  const claim = (key: K, names: readonly string[]) => {
    const wanted = new Set(names.map(normalizeHeader));
    const i = normalized.findIndex((h, idx) => h !== "" && !taken.has(idx) && wanted.has(h));
    if (i >= 0) {
      taken.add(i);
      out[key] = i;
    }
  };
  for (const c of tab.columns) claim(c.key, [c.header]);
  for (const c of tab.columns) if (out[c.key] === undefined) claim(c.key, c.synonyms);
  for (const c of tab.columns) if (out[c.key] === undefined) out[c.key] = -1;
  return out;
}

/** The source tabs a workbook must have to be used at all (the others are made by `Werkblad inrichten`). */
export const REQUIRED_TABS: readonly TabDef[] = ALL_TABS.filter((t) => t.kind === "source" && !t.optional);

/** Of the workbook's tab names, those of the source tabs (the only ones missingStructure reads rows of). */
export function sourceTabNames(names: readonly string[]): Set<string> {
  const found = ALL_TABS.filter((def) => def.kind === "source").map((def) => findTabName(names, def));
  return new Set(found.filter((n): n is string => n !== undefined));
}

/**
 * What the workbook lacks to be used: required tabs, source tabs whose header row is further down than row 1
 * (the 1-based row it is on: the add-on reads a header on row 1 only, see headerRowOf), and required columns
 * of the tabs whose header is on row 1. `top` is a tab's first rows (up to HEADER_SEARCH_ROWS, the header
 * row included); without it only `header` (row 1) is looked at.
 */
export function missingStructure(
  tabs: readonly { name: string; header: readonly unknown[]; top?: readonly (readonly unknown[])[] }[],
): {
  tabs: string[];
  headers: { tab: string; row: number }[];
  columns: { tab: string; column: string }[];
} {
  const names = tabs.map((t) => t.name);
  const missingTabs = REQUIRED_TABS.filter((def) => findTabName(names, def) === undefined).map((d) => d.name);
  const headers: { tab: string; row: number }[] = [];
  const columns = ALL_TABS.filter((def) => def.kind === "source").flatMap((def) => {
    const name = findTabName(names, def);
    const tab = tabs.find((t) => t.name === name);
    if (!tab) return [];
    const at = headerRowOf(def, (tab.top ?? [tab.header]).slice(0, HEADER_SEARCH_ROWS));
    if (at > 0) {
      // A title row above the header: one finding, the row the header is on, not every column as missing.
      headers.push({ tab: tab.name, row: at + 1 });
      return [];
    }
    if (tab.header.every((h) => h === "" || h === null || h === undefined)) return [];
    const cols = matchColumns(def, tab.header);
    return def.columns
      .filter((c) => c.required && (cols[c.key] ?? -1) < 0)
      .map((c) => ({ tab: tab.name, column: c.header }));
  });
  return { tabs: missingTabs, headers, columns };
}

/**
 * Header cells that name a column matchColumns already found elsewhere (a second `Status` column): they are
 * not read, and validation says which one is used. 0-based indexes.
 */
export function duplicateColumns<K extends string>(
  tab: TabDef<K>,
  headerRow: readonly unknown[],
): { key: K; header: string; used: number; ignored: number }[] {
  const cols = matchColumns(tab, headerRow);
  const taken = new Set(Object.values(cols) as number[]);
  const out: { key: K; header: string; used: number; ignored: number }[] = [];
  headerRow.forEach((h, i) => {
    const key = headerKey(h);
    if (key === "" || taken.has(i)) return;
    const c = tab.columns.find(
      (col) => cols[col.key] >= 0 && [col.header, ...col.synonyms].some((n) => normalizeHeader(n) === key),
    );
    if (c) out.push({ key: c.key, header: c.header, used: cols[c.key], ignored: i });
  });
  return out;
}

/** How far down a header row that is not on row 1 is looked for (to say where it is). */
export const HEADER_SEARCH_ROWS = 20;

/** How many of a tab's columns a row must name to be its header row (both of a two-column tab). */
function headerThreshold(tab: TabDef): number {
  return Math.min(2, tab.columns.filter((c) => c.required).length || 1);
}

/**
 * The 0-based row (among the first rows given) that is the tab's header row: the first that names enough
 * of its columns; -1 when none does. Row 0 is the only place the add-on reads a header from; a header
 * further down is reported, never guessed.
 */
export function headerRowOf(tab: TabDef, rows: readonly (readonly unknown[])[]): number {
  const need = headerThreshold(tab);
  return rows.findIndex((row) => {
    const cols = matchColumns(tab, Array.isArray(row) ? row : []);
    return Object.values(cols).filter((i) => (i as number) >= 0).length >= need;
  });
}
