/** Builders for validation tests: RawTabs from header lists and row objects, and a small valid workbook. */
import type { Problem, RawTab } from "../../src/core/records";
import {
  type ValidationInput,
  type ValidationOptions,
  validateWorkbook,
} from "../../src/core/validation/workbook";

/** What a sheet shows for a value: text as is, dates as d-m-yyyy (UTC), empty for null/undefined/objects. */
export function display(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? "" : `${v.getUTCDate()}-${v.getUTCMonth() + 1}-${v.getUTCFullYear()}`;
  }
  return "";
}

/** A tab from its header row and rows of values (arrays in header order, or objects keyed by header). */
export function tab(
  name: string,
  headers: readonly unknown[],
  rows: readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[],
): RawTab {
  const values = [
    [...headers],
    ...rows.map((r) =>
      Array.isArray(r) ? [...r] : headers.map((h) => (r as Record<string, unknown>)[String(h)] ?? ""),
    ),
  ];
  return { name, values, display: values.map((row) => row.map(display)) };
}

/** The headers of the generated Validatie and Status tabs in an English workbook (Taal = en). */
export const ENGLISH_HEADERS = {
  Validatie: ["Tab", "Row", "Column", "Value", "Severity", "Message", "Suggestion", "Link"],
  Status: ["ID", "Project", "Theme", "Subject", "Owner", "Deadline", "Start", "End", "Phase", "Status"],
};

export const PROJECT_HEADERS = [
  "Naam",
  "Korte naam",
  "Thema",
  "Doelstellingen",
  "Voortgang",
  "Projectleider",
] as const;
// The example network's header rows: the spec's columns in the spec's order.
export { ACTIVITY_HEADERS, MEETING_HEADERS, MEMBER_HEADERS } from "../../examples/voorbeeldnetwerk";

import { ACTIVITY_HEADERS, MEETING_HEADERS, MEMBER_HEADERS } from "../../examples/voorbeeldnetwerk";

/** A valid activity row; override any column. */
export const activity = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  Project: "Levenspad",
  Thema: "Proactieve zorg en ondersteuning",
  Onderwerp: "Kick-off",
  Trekker: "Netwerkcoördinator",
  Deadline: "Dec. 2026",
  Fase: "Uitvoering",
  Status: "Op schema",
  ...over,
});

export const PROJECTS = tab("Projecten", PROJECT_HEADERS, [
  { Naam: "Levenspad", "Korte naam": "" },
  { Naam: "Samen leven tot het laatst", "Korte naam": "Samen leven" },
]);

export const MEMBERS = tab("Leden", MEMBER_HEADERS, [
  {
    Naam: "Sanne Verhoeven",
    "E-mail": "s.verhoeven@example.org",
    Rol: "Netwerkcoördinator",
    Groepen: "Kerngroep, Bestuurders",
    Actief: true,
  },
  {
    Naam: "Thijs Bakker",
    "E-mail": "t.bakker@example.org",
    Rol: "Projectleider",
    Groepen: "Kerngroep",
    Actief: true,
  },
  {
    Naam: "Annelies Mulder",
    "E-mail": "a.mulder@example.org",
    Rol: "Coördinator VPTZ",
    Groepen: "Themagroep Hospicezorg/VPTZ",
    Actief: true,
  },
  {
    Naam: "Wim Koster",
    "E-mail": "w.koster@example.org",
    Rol: "Beleidsmedewerker Wmo",
    Groepen: "Themagroep Sociaal domein",
    Actief: false,
  },
]);

export const OPTS: ValidationOptions = { today: "2026-06-15", lang: "nl", timeZone: "Europe/Amsterdam" };

export function workbook(over: Partial<ValidationInput> = {}): ValidationInput {
  return {
    activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity()]),
    projects: PROJECTS,
    members: MEMBERS,
    meetings: null,
    settings: null,
    ...over,
  };
}

/** Validates activity rows (objects keyed by header) against the small workbook. */
export function validateActivities(
  rows: readonly Record<string, unknown>[],
  opts: Partial<ValidationOptions> = {},
  headers: readonly string[] = ACTIVITY_HEADERS,
) {
  return validateWorkbook(workbook({ activities: tab("Activiteiten", headers, rows) }), { ...OPTS, ...opts });
}

/** The parts of a problem most tests assert on. */
export const brief = (p: Problem) => ({
  tab: p.tab,
  row: p.row,
  column: p.column,
  severity: p.severity,
  suggestion: p.suggestion,
});

// Per-tab runs: the small workbook with one tab replaced.

export const projectsRun = (rows: Record<string, unknown>[], activities = [activity()]) =>
  validateWorkbook(
    workbook({
      projects: tab("Projecten", PROJECT_HEADERS, rows),
      activities: tab("Activiteiten", ACTIVITY_HEADERS, activities),
    }),
    OPTS,
  );

export const membersRun = (rows: Record<string, unknown>[], headers: readonly string[] = MEMBER_HEADERS) => {
  const result = validateWorkbook(workbook({ members: tab("Leden", headers, rows) }), OPTS);
  return { ...result, problems: result.problems.filter((p) => p.tab === "Leden") };
};

export const member = (over: Record<string, unknown> = {}) => ({
  Naam: "Sanne Verhoeven",
  "E-mail": "s.verhoeven@example.org",
  Rol: "Netwerkcoördinator",
  Groepen: "Kerngroep",
  Actief: true,
  ...over,
});

export const meetingsRun = (rows: Record<string, unknown>[], opts = OPTS) =>
  validateWorkbook(workbook({ meetings: tab("Vergaderingen", MEETING_HEADERS, rows) }), opts);

export const meeting = (over: Record<string, unknown> = {}) => ({
  Groep: "Kerngroep",
  Titel: "Kerngroepoverleg",
  Datum: new Date(Date.UTC(2026, 1, 10)),
  Begintijd: "14:00",
  Eindtijd: "16:00",
  Locatie: "Netwerkbureau",
  ...over,
});

export const settingsRun = (rows: unknown[][], lang: "nl" | "en" = "nl") =>
  validateWorkbook(workbook({ settings: tab("Instellingen", ["Sleutel", "Waarde"], rows) }), {
    ...OPTS,
    lang,
  });
