/**
 * `matchVocab` (vocab.ts) for vocabularies built from the sheet (project names, groups, member names and
 * roles), with the keys of the vocabulary computed once: the same four steps and the same answers
 * (a property test holds them equal), but fast when thousands of distinct cells are matched against it.
 */
import { editDistance, foldText, type VocabMatch } from "./vocab";

const MAX_CELL = 1000;
const MAX_COMPARE = 60;
const MIN_PREFIX = 2;
const TRAILING_PUNCT = " .,;:!?";

function compactKey(s: string): string {
  const folded = foldText(s);
  let end = folded.length;
  while (end > 0 && TRAILING_PUNCT.includes(folded[end - 1]!)) end--;
  return folded.slice(0, end).replace(/ /g, "");
}

export class Lookup<T extends string> {
  private readonly exact: Set<string>;
  private readonly keys: { value: T; key: string }[];
  private readonly cache = new Map<string, VocabMatch<T>>();

  constructor(readonly values: readonly T[]) {
    this.exact = new Set(values);
    this.keys = values.map((value) => ({ value, key: compactKey(value) }));
  }

  match(raw: string): VocabMatch<T> {
    if (raw.length > MAX_CELL) return { ok: false };
    if (this.exact.has(raw)) return { ok: true, value: raw as T, exact: true };
    let m = this.cache.get(raw);
    if (m === undefined) {
      m = this.compute(raw);
      if (this.cache.size < 10_000) this.cache.set(raw, m);
    }
    return m;
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
      const max = k.key.length >= 6 ? 2 : 1;
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
