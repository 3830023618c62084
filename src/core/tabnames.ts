/**
 * Tab names (PRODUCT.md §2): at most 31 characters, none of `\ / ? * [ ] :`, no apostrophe at either end
 * (the xlsx rules, so a download or a local run keeps them). The one home of that rule: the dashboard tab
 * names, the suggested `Korte naam`, and the name a person's tab gets when it must make way.
 */
import type { Project } from "./records";

/** xlsx limit for a sheet name. */
export const TAB_NAME_MAX = 31;
export const DASHBOARD_PREFIX = "Dashboard ";
/** `Dashboard <Korte naam>` must fit the 31 characters of a tab name. */
export const MAX_SHORT_NAME = TAB_NAME_MAX - DASHBOARD_PREFIX.length;
/** Not allowed in an xlsx sheet name; also control characters. */
const FORBIDDEN = /[\\/?*[\]:]|\p{Cc}/gu;
/** Used when a name has nothing left after cleaning. */
const FALLBACK_SHORT_NAME = "Project";
/** Words a shortened name should not end on. */
const DANGLING = new Set([
  "en",
  "of",
  "de",
  "het",
  "een",
  "van",
  "in",
  "op",
  "tot",
  "met",
  "voor",
  "and",
  "the",
]);

/**
 * Project name → `Dashboard <Korte naam>`, at most 31 characters, without `\ / ? * [ ] :`, unique (case
 * does not count, as in Sheets). `Korte naam` when filled, else the project name; shortened at a word
 * boundary where possible; a name already taken gets " 2", " 3"… Deterministic: the same project list
 * (in sheet order) always gives the same names, and the first project keeps the plain name.
 */
export function dashboardTabNames(projects: readonly Project[]): Map<string, string> {
  const room = TAB_NAME_MAX - DASHBOARD_PREFIX.length;
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of projects) {
    if (names.has(p.name)) continue;
    const base = shorten(cleanName(p.shortName) || cleanName(p.name) || FALLBACK_SHORT_NAME, room);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` ${n}`;
      name = shorten(base, room - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    names.set(p.name, DASHBOARD_PREFIX + name);
  }
  return names;
}

function cleanName(s: string): string {
  return tidy(s.replace(FORBIDDEN, " ").replace(/\s+/g, " "));
}

/** No spaces at the ends, nor apostrophes (a sheet name must not begin or end with one). */
function tidy(s: string): string {
  return s.replace(/^[\s']+|[\s']+$/g, "");
}

/** At most `max` UTF-16 units: whole words when the first word fits, never half a surrogate pair. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const words = s.split(" ");
  let kept: string[] = [];
  for (const w of words) {
    if ([...kept, w].join(" ").length > max) break;
    kept.push(w);
  }
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept = kept.slice(0, -1);
  const out = tidy(kept.join(" ").replace(/[\s\-–—,;.&+(]+$/, ""));
  return out === "" ? tidy(cutUnits(s, max)) || FALLBACK_SHORT_NAME : out;
}

function cutUnits(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The characters of `text` that a tab name may not hold (an apostrophe only at either end). */
export function invalidTabChars(text: string): string[] {
  const bad = [...new Set(text.match(FORBIDDEN) ?? [])].map((c) => (/\p{Cc}/u.test(c) ? "␀" : c));
  if (text.startsWith("'") || text.endsWith("'")) bad.push("'");
  return bad;
}

/** A usable `Korte naam` close to `text`: forbidden characters removed, shortened at a word to fit. */
export function fitShortName(text: string): string {
  const cleaned = cleanName(text);
  return cleaned === "" ? "" : shorten(cleaned, MAX_SHORT_NAME);
}

/** `base`, or `base 2`, `base 3`… cut to fit: the first that no tab in `taken` has (case does not count). */
export function freeTabName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = shorten(base, TAB_NAME_MAX);
  for (let n = 2; used.has(name.toLowerCase()); n++)
    name = `${shorten(base, TAB_NAME_MAX - ` ${n}`.length)} ${n}`;
  return name;
}
