/**
 * Where the documents go and what the coordinator is told (PRODUCT.md §4, README "Where the documents go").
 *
 * The add-on's scopes are `documents` and `drive.file`. Under drive.file DriveApp reaches only the files and
 * folders the add-on made itself or that the user picked with it, so:
 * - the documents go into a folder the add-on makes itself (`Netwerkplan – <Netwerknaam>`), remembered in the
 *   spreadsheet's document properties; `Rapportmap` is used when the add-on can open it (a folder it made),
 *   and otherwise reported, with the own folder used instead;
 * - the template (`Rapportsjabloon`) is read with the Docs API, which the documents scope allows for every
 *   document the user can read, and its contents are copied into the new document (no Drive copy needed);
 * - a second run on the same day opens that day's document again (same file id, same link) and replaces its
 *   contents; an earlier day's document is kept as it is; the PDF copy of the day is replaced.
 * Pure: the remembered state in, decisions and texts out.
 */
import { dutchDate, type IsoDate, isoInZone } from "../dates";
import type { Lang, MessageKey, Translate } from "../i18n";
import { driveIdOf } from "../screens/settings-form";
import type { SummaryFacts } from "../screens/summary";
import type { DocKind, DocModel } from "./model";

/** The document properties key of the remembered state. */
export const DOCUMENTS_PROPERTY = "netwerkplan.documents";

export interface MadeDocument {
  /** The run's date. */
  date: IsoDate;
  id: string;
  url: string;
  title: string;
  pdfId?: string;
  pdfUrl?: string;
}

export interface DocumentsState {
  /** The folder the add-on made. */
  folder?: string;
  report?: MadeDocument;
  plan?: MadeDocument;
}

/** The longest document title kept in the document properties (which hold 9 KB per value). */
export const STORED_TITLE_MAX = 200;

/**
 * The documents state as it is stored: titles shortened, so that a very long Netwerknaam cannot make the
 * value too large for the document properties (the documents themselves keep their full title).
 */
export function storedDocumentsState(state: DocumentsState): string {
  const short = (m: MadeDocument | undefined) =>
    m && m.title.length > STORED_TITLE_MAX
      ? { ...m, title: `${m.title.slice(0, STORED_TITLE_MAX - 1)}…` }
      : m;
  const out: DocumentsState = { ...state };
  for (const key of Object.keys(out) as (keyof DocumentsState)[]) {
    const v = out[key];
    if (v && typeof v === "object") (out as Record<string, unknown>)[key] = short(v as MadeDocument);
  }
  return JSON.stringify(out);
}

/** The remembered state; {} for anything unreadable. */
export function parseDocumentsState(json: string | null | undefined): DocumentsState {
  try {
    const v: unknown = JSON.parse(json ?? "{}");
    if (v === null || typeof v !== "object" || Array.isArray(v)) return {};
    const o = v as Record<string, unknown>;
    const made = (x: unknown): MadeDocument | undefined => {
      if (x === null || typeof x !== "object") return undefined;
      const m = x as Record<string, unknown>;
      const str = (k: string) => (typeof m[k] === "string" ? (m[k] as string) : undefined);
      const [date, id, url, title] = [str("date"), str("id"), str("url"), str("title")];
      if (!date || !id || !url || title === undefined) return undefined;
      const pdfId = str("pdfId");
      const pdfUrl = str("pdfUrl");
      return { date, id, url, title, ...(pdfId ? { pdfId } : {}), ...(pdfUrl ? { pdfUrl } : {}) };
    };
    const out: DocumentsState = {};
    if (typeof o.folder === "string" && o.folder !== "") out.folder = o.folder;
    const report = made(o.report);
    const plan = made(o.plan);
    if (report) out.report = report;
    if (plan) out.plan = plan;
    return out;
  } catch (_e) {
    return {};
  }
}

/** The id of the document to replace today, or null for a new one. */
export function sameDayDocument(state: DocumentsState, kind: DocKind, today: IsoDate): MadeDocument | null {
  const prev = state[kind];
  return prev && prev.date === today ? prev : null;
}

/** A file of the document's title that Drive lists (`DriveApp.getFilesByName`): its id and `getDateCreated()`. */
export interface NamedFile {
  id: string;
  /** When the file was made, in milliseconds. */
  created: number;
}

/**
 * Which files of the document's title may be the document of a run that stopped between making it and
 * remembering it (`DocumentApp.create` before the id was stored): the ids worth a closer look
 * (`recoverablePlace`), newest first. Never a document the add-on remembers, and never an older one.
 *
 * A run remembers its document before writing it, and a document stops being remembered only when a later
 * run remembers another: on a later day, or on the same day when the remembered one was trashed. So every
 * document of this kind that an earlier run made, completed or not, was made on or before the day of the
 * remembered one — the plan's title stays the same all year, so that is every plan of an earlier week — and
 * a document made after that day (up to today) can only come from a run that stopped before remembering it.
 * With nothing of this kind remembered (its first run), only a document made today is taken up. A file made
 * after today (a clock set back) or without a readable date is left alone.
 */
export function unrememberedCandidates(
  state: DocumentsState,
  kind: DocKind,
  today: IsoDate,
  timeZone: string,
  files: readonly NamedFile[],
): string[] {
  const known = new Set([state.report?.id, state.plan?.id]);
  const after = state[kind]?.date ?? null;
  return files
    .filter((f) => {
      if (known.has(f.id) || !Number.isFinite(f.created)) return false;
      const day = isoInZone(new Date(f.created), timeZone);
      return day <= today && (after === null ? day === today : day > after);
    })
    .sort((a, b) => b.created - a.created)
    .map((f) => f.id);
}

/** Where a candidate of `unrememberedCandidates` is and what it is. */
export interface CandidatePlace {
  /** A Google Doc. */
  doc: boolean;
  trashed: boolean;
  /** The ids of its parent folders the add-on can reach (`File.getParents`). */
  parents: readonly string[];
  /** The add-on's folder for the documents. */
  folder: string;
  /** My Drive's id; null when not read (only needed for a parent that is not the folder). */
  root: string | null;
}

/**
 * Whether the interrupted run's document is where that run left it: a Google Doc out of the trash, in the
 * add-on's folder or not yet moved out of My Drive. One in another folder (another network's of the same
 * name) is not taken.
 */
export function recoverablePlace(p: CandidatePlace): boolean {
  return p.doc && !p.trashed && p.parents.every((id) => id === p.folder || id === p.root);
}

/** The Drive id in a `Rapportmap` or `Rapportsjabloon` value (a link or an id), or null when empty. */
export function settingId(value: string): string | null {
  const text = value.trim();
  return text === "" ? null : driveIdOf(text);
}

/** Only links to Google's own https pages are shown (the dialog opens them in a new tab). */
export function safeUrl(url: string): string | null {
  return /^https:\/\/(docs|drive)\.google\.com\//.test(url) ? url : null;
}

/** A HYPERLINK formula to a document, its label quoted (the network's name may hold any character). */
export function documentLink(url: string, label: string): string | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(safe)},${quote(label)})`;
}

/** The toast while an action works. */
export const PROGRESS: Record<DocKind, MessageKey> = { report: "report.progress", plan: "plan.progress" };

/** The name of the folder the add-on makes for the network's documents. */
export function folderName(network: string, t: Translate): string {
  return t("documents.folderName", { network: network.replace(/\s+/g, " ").trim() }).trim();
}

/** How a document's link looks in `Overzicht` (the same whether the overview or the action writes it). */
export const LINK_LOOK = { color: "#1155cc", italic: false, numberFormat: "0" } as const;

/** The labels `Overzicht` shows the newest document under. */
export const OVERVIEW_LABELS: Record<DocKind, MessageKey> = {
  report: "overview.reportLink",
  plan: "overview.planLink",
};

/**
 * The cell of `Overzicht` that holds the link of `kind` (1-based), found by its label in column A; null when
 * the tab has no such row (made before this version, or in another language).
 */
export function overviewLinkCell(
  columnA: readonly (readonly unknown[])[],
  kind: DocKind,
  t: Translate,
): { row: number; col: number } | null {
  const label = t(OVERVIEW_LABELS[kind]);
  const i = columnA.findIndex((r) => r[0] === label);
  return i < 0 ? null : { row: i + 1, col: 2 };
}

// ---------------------------------------------------------------------------------------------------------
// What the action tells

export interface DocumentResult {
  kind: DocKind;
  made: MadeDocument;
  replaced: boolean;
  folder: { id: string; name: string; url: string };
  /** Rapportmap was set and could not be opened. */
  folderRefused: boolean;
  template: { name: string } | null;
  /** Rapportsjabloon was set and could not be opened. */
  templateRefused: boolean;
  placeholdersUnknown: string[];
  placeholdersMisplaced: string[];
  placeholdersFilled: number;
  /** Template elements that could not be copied (neither paragraph, list item nor table). */
  templateSkipped: number;
  /** Images and other objects inside the template's paragraphs that the copy left out (copy.ts). */
  templateLeftOut?: number;
  sections: string[];
  tables: number;
  /** The document's own counts for the dialog (DocModel.figures). */
  figures: DocModel["figures"];
  /** The link went into Overzicht. */
  overview: boolean;
  /** Docs API requests in the one batchUpdate. */
  requests: number;
}

export function documentOutcome(r: DocumentResult, t: Translate) {
  const lines = [
    t(r.replaced ? "documents.replaced" : "documents.made", { title: r.made.title }),
    t("documents.inFolder", { folder: r.folder.name }),
    ...(r.made.pdfId ? [t("documents.pdf")] : []),
    ...(r.template ? [t("documents.templateUsed", { template: r.template.name })] : []),
    ...(r.templateSkipped + (r.templateLeftOut ?? 0) > 0
      ? [t("documents.templateSkipped", { count: r.templateSkipped + (r.templateLeftOut ?? 0) })]
      : []),
    ...(r.folderRefused ? [t("documents.folderRefused")] : []),
    ...(r.templateRefused ? [t("documents.templateRefused")] : []),
    ...(r.placeholdersUnknown.length > 0
      ? [t("documents.unknownPlaceholders", { names: r.placeholdersUnknown.join(", ") })]
      : []),
    ...(r.placeholdersMisplaced.length > 0
      ? [t("documents.misplacedPlaceholders", { names: r.placeholdersMisplaced.join(", ") })]
      : []),
    t(r.overview ? "documents.overviewUpdated" : "documents.overviewLater"),
  ];
  const urls = [
    { label: t("documents.link.doc", { title: r.made.title }), url: r.made.url },
    ...(r.made.pdfUrl
      ? [{ label: t("documents.link.pdf", { title: r.made.title }), url: r.made.pdfUrl }]
      : []),
    { label: t("documents.link.folder", { folder: r.folder.name }), url: r.folder.url },
  ].flatMap((u) => {
    const url = safeUrl(u.url);
    return url ? [{ label: u.label, url }] : [];
  });
  const facts: SummaryFacts = {
    counts: [
      ...r.figures,
      ...(r.template
        ? ([
            ["summary.count.placeholders", r.placeholdersFilled],
            ["summary.count.unknownPlaceholders", r.placeholdersUnknown.length],
          ] as const)
        : []),
    ],
    urls,
  };
  return {
    message: lines.join("\n"),
    facts,
    details: {
      documentId: r.made.id,
      url: r.made.url,
      title: r.made.title,
      date: dutchDate(r.made.date),
      replaced: r.replaced,
      folderId: r.folder.id,
      pdfId: r.made.pdfId ?? null,
      sections: r.sections,
      tables: r.tables,
      template: r.template?.name ?? null,
      placeholdersUnknown: r.placeholdersUnknown,
      placeholdersMisplaced: r.placeholdersMisplaced,
      folderRefused: r.folderRefused,
      templateRefused: r.templateRefused,
      docsRequests: r.requests,
    },
  };
}

/**
 * Why a document that would pass what a Google Doc holds (write.ts DOC_MAX_CHARACTERS) is not written: said
 * before anything is made, with the numbers in the user's language.
 */
export function tooLargeMessage(
  title: string,
  characters: number,
  max: number,
  lang: Lang,
  t: Translate,
): string {
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL");
  return t("documents.tooLarge", { title, count: number.format(characters), max: number.format(max) });
}

/**
 * The error of a call that hit one of Google's limits (Apps Script's daily quota or the 6-minute time-out,
 * or an API's rate limit) rather than a file that is not there: the run must stop on it, not carry on as
 * if the folder, document or template were gone (which would make a second one).
 */
export function isServiceLimit(e: unknown): boolean {
  const err = (typeof e === "object" && e !== null ? e : { message: String(e) }) as {
    message?: unknown;
    details?: { code?: unknown; errors?: readonly { reason?: unknown }[] | null } | null;
  };
  const code = err.details?.code;
  const reason = String(err.details?.errors?.[0]?.reason ?? "");
  if (code === 429 || /rateLimitExceeded|quotaExceeded/i.test(reason)) return true;
  return /Service invoked too many times|Exceeded maximum execution time|Service unavailable|rate limit/i.test(
    String(err.message ?? ""),
  );
}
