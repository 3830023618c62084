/**
 * Which of the add-on's own statuses a cell of `Uitnodiging` holds (PRODUCT.md §2.4), in either language: a
 * status written in Dutch is still the add-on's after `Taal` became English, and the other way round. Case,
 * accents and spacing do not count.
 */
import type { Lang } from "../i18n";
import { foldText } from "../vocab";

/**
 * The words of the catalogs' `invites.status.*` in each language (tests/core/invites/status.test.ts checks that
 * they agree). Kept here rather than read from the catalogs: a Dutch execution never loads the English one.
 */
export const STATUS_WORDS = {
  nl: {
    sent: "verstuurd",
    noMail: "aangemaakt, zonder e-mail",
    updated: "bijgewerkt",
    cancelled: "geannuleerd",
    error: "fout: {error}",
    notSent: "niet verstuurd",
    cancelledBefore: "geannuleerd; {status}",
  },
  en: {
    sent: "sent",
    noMail: "created, without e-mail",
    updated: "updated",
    cancelled: "cancelled",
    error: "error: {error}",
    notSent: "not sent",
    cancelledBefore: "cancelled; {status}",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type OwnStatusKind = "sent" | "noMail" | "updated" | "cancelled" | "error" | "notSent";

export interface OwnStatus {
  kind: OwnStatusKind;
  /** The add-on cancelled the row's event: `geannuleerd`, or an error written over it (`geannuleerd; …`). */
  cancelled: boolean;
}

/** The text of a template before its first placeholder, folded: `fout: {error}` → `fout:`. */
const prefixOf = (template: string): string => foldText(template.slice(0, template.indexOf("{")));

const LANGS = Object.values(STATUS_WORDS).map((w) => ({
  exact: new Map<string, OwnStatusKind>([
    [foldText(w.sent), "sent"],
    [foldText(w.noMail), "noMail"],
    [foldText(w.updated), "updated"],
    [foldText(w.cancelled), "cancelled"],
  ]),
  error: prefixOf(w.error),
  notSent: foldText(w.notSent),
  cancelledBefore: prefixOf(w.cancelledBefore),
}));

/** An error the add-on wrote, in either language, without what it was written over. */
function errorKind(text: string): OwnStatusKind | null {
  for (const l of LANGS) {
    if (text.startsWith(l.error)) return "error";
    if (text.startsWith(l.notSent)) return "notSent";
  }
  return null;
}

/** The add-on's status in `cell`, or null (empty, or a text the add-on does not write). */
export function ownStatus(cell: unknown): OwnStatus | null {
  if (typeof cell !== "string") return null;
  const text = foldText(cell);
  if (text === "") return null;
  for (const l of LANGS) {
    const word = l.exact.get(text);
    if (word !== undefined) return { kind: word, cancelled: word === "cancelled" };
  }
  for (const l of LANGS) {
    if (!text.startsWith(l.cancelledBefore)) continue;
    const kind = errorKind(text.slice(l.cancelledBefore.length).trim());
    return kind === null ? null : { kind, cancelled: true };
  }
  const kind = errorKind(text);
  return kind === null ? null : { kind, cancelled: false };
}

/** An error the add-on wrote (a call that failed, or a row left out) that a run may replace. */
export const holdsError = (cell: unknown): boolean => {
  const s = ownStatus(cell);
  return s !== null && (s.kind === "error" || s.kind === "notSent");
};
