/**
 * Controlled vocabularies of the `Activiteiten` tab (PRODUCT.md §2.1) and the
 * forgiving matcher behind the suggestions of §2.7.
 *
 * Pure and total: no Google globals, nothing throws for any input.
 */
import { Memo } from "./memo";

export const STATUSES = ["Behaald", "Op schema", "Doorlopend", "Achter op schema"] as const;
export type Status = (typeof STATUSES)[number];

export const PHASES = ["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"] as const;
export type Phase = (typeof PHASES)[number];

export type VocabMatch<T extends string> =
  /** Typed exactly as the vocabulary has it. */
  | { ok: true; value: T; exact: true }
  /** Same word, different case/spacing/accents/trailing punctuation: usable, but warn "schrijf het zo". */
  | { ok: true; value: T; exact: false; suggestion: T }
  /** Not a value of the vocabulary; `suggestion` when a close or unique-prefix match exists. */
  | { ok: false; suggestion?: T };

/** Zero-width characters and the byte-order mark, invisible in a cell but not equal. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Combining marks left after NFKD decomposition (the accents of é, ë, ö, …). */
const MARKS = /\p{M}/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Spreadsheet error values (Google Sheets and Excel) that arrive as text. */
// biome-ignore format: a list
export const CELL_ERRORS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#ERROR!", "#SPILL!", "#CALC!", "#GETTING_DATA",
]);

/**
 * Lower case, accents stripped, compatibility forms folded (NBSP → space,
 * full-width digits → ASCII), invisible characters removed, whitespace runs
 * (incl. line breaks) collapsed to one space, trimmed.
 */
export function foldText(s: string): string {
  // Printable ASCII (most cells) has nothing to decompose, strip or hide, and no whitespace but the space:
  // only case and runs of spaces to fold.
  if (PRINTABLE_ASCII.test(s)) {
    const lower = s.toLowerCase();
    return (lower.includes("  ") ? lower.replace(/ +/g, " ") : lower).trim();
  }
  return s
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The key under which a header cell is matched (PRODUCT.md §2): case, accents,
 * surrounding and repeated spaces and trailing `:` are ignored.
 * Non-text header cells (numbers, dates, empty) are stringified; null/undefined give "".
 */
export function normalizeHeader(s: unknown): string {
  if (s === null || s === undefined) return "";
  const text = typeof s === "string" ? s : typeof s === "number" || typeof s === "boolean" ? String(s) : "";
  return trimEndChars(foldText(text), " :");
}

/** Drop trailing characters from `chars` (a loop, so no regex backtracking on long cells). */
function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Trailing punctuation tolerated on a vocabulary value (`Behaald.`, `Op schema!`). */
const TRAILING_PUNCT = " .,;:!?";

function looseKey(s: string): string {
  return trimEndChars(foldText(s), TRAILING_PUNCT);
}

/** Loose key without any spaces: `opschema` and `op  schema` are spacing variants of `Op schema`. */
function compactKey(s: string): string {
  return looseKey(s).replace(/ /g, "");
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where each substring is
 * edited at most once: insert, delete, substitute, swap two adjacent letters).
 * Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Allowed misspelling distance: 2 for words of 6+ letters, 1 for shorter ones. */
function allowedDistance(key: string): number {
  return key.length >= 6 ? 2 : 1;
}

/** A prefix must have at least this many letters before it is suggested. */
const MIN_PREFIX = 2;
/** Cells longer than this are not folded at all. */
const MAX_CELL = 1000;
/** Inputs longer than this are not compared letter by letter (no vocabulary value is that long). */
const MAX_COMPARE = 60;

/**
 * A vocabulary to match cell values against, its keys computed once (so thousands of distinct cells can
 * be matched against project names, groups, member names and roles). `match` tries, in this order:
 * 1. exactly equal → ok, exact;
 * 2. equal after folding case, accents, spacing (also missing spaces) and trailing
 *    punctuation → ok, not exact, with the canonical value as suggestion;
 * 3. a unique prefix of at least 2 letters (`achter` → `Achter op schema`) → not ok, suggestion;
 * 4. a unique closest value within the allowed edit distance → not ok, suggestion;
 * 5. otherwise (also for non-text and empty values) → not ok, no suggestion.
 */
export class Lookup<T extends string> {
  private readonly exact: Set<string>;
  private readonly keys: { value: T; key: string }[];
  private readonly matched = new Memo<VocabMatch<T>>();

  constructor(readonly values: readonly T[]) {
    this.exact = new Set(values);
    this.keys = values.map((value) => ({ value, key: compactKey(value) }));
  }

  match(raw: unknown): VocabMatch<T> {
    if (typeof raw !== "string" || raw.length > MAX_CELL) return { ok: false };
    if (this.exact.has(raw)) return { ok: true, value: raw as T, exact: true };
    return this.matched.of(raw, () => this.compute(raw));
  }

  private compute(raw: string): VocabMatch<T> {
    const input = compactKey(raw);
    if (input === "" || input.length > MAX_COMPARE) return { ok: false };
    const unique = (test: (k: { value: T; key: string }) => boolean): T | undefined => {
      let hit: T | undefined;
      for (const k of this.keys) {
        if (!test(k)) continue;
        if (hit !== undefined) return undefined;
        hit = k.value;
      }
      return hit;
    };
    const same = unique((k) => k.key === input);
    if (same !== undefined) return { ok: true, value: same, exact: false, suggestion: same };
    const prefixed = input.length >= MIN_PREFIX ? unique((k) => k.key.startsWith(input)) : undefined;
    if (prefixed !== undefined) return { ok: false, suggestion: prefixed };
    let best = Number.POSITIVE_INFINITY;
    let closest: T | undefined;
    let tie = false;
    for (const k of this.keys) {
      const max = allowedDistance(k.key);
      const d = editDistance(input, k.key, max);
      if (d > max || d > best) continue;
      if (d < best) {
        best = d;
        closest = k.value;
        tie = false;
      } else tie = true;
    }
    return closest === undefined || tie ? { ok: false } : { ok: false, suggestion: closest };
  }
}

/** One value matched against a vocabulary (see Lookup); for many values build one Lookup. */
export function matchVocab<T extends string>(raw: unknown, vocab: readonly T[]): VocabMatch<T> {
  return new Lookup(vocab).match(raw);
}
