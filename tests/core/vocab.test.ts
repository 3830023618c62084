import * as fc from "fast-check";
import {
  editDistance,
  foldText,
  Lookup,
  matchVocab,
  normalizeHeader,
  PHASES,
  STATUSES,
  type VocabMatch,
} from "../../src/core/vocab";

describe("vocabularies", () => {
  test("statuses and fases are the ones of PRODUCT.md §2.1, in order", () => {
    expect(STATUSES).toEqual(["Behaald", "Op schema", "Doorlopend", "Achter op schema"]);
    expect(PHASES).toEqual(["Ontwikkeling", "Uitvoering", "Continue", "Afgerond"]);
  });
});

type Expect = VocabMatch<string>;
const exact = (value: string): Expect => ({ ok: true, value, exact: true });
const loose = (value: string): Expect => ({ ok: true, value, exact: false, suggestion: value });
const suggest = (value: string): Expect => ({ ok: false, suggestion: value });
const none: Expect = { ok: false };

describe("matchVocab: statuses", () => {
  test.each<[string, unknown, Expect]>([
    // exact
    ["Behaald", "Behaald", exact("Behaald")],
    ["Op schema", "Op schema", exact("Op schema")],
    ["Doorlopend", "Doorlopend", exact("Doorlopend")],
    ["Achter op schema", "Achter op schema", exact("Achter op schema")],
    // usable, but not as written (case, spacing, accents, trailing punctuation)
    ["spec example: double space and capital", "op  Schema", loose("Op schema")],
    ["lower case", "behaald", loose("Behaald")],
    ["upper case", "ACHTER OP SCHEMA", loose("Achter op schema")],
    ["trailing space", "Behaald ", loose("Behaald")],
    ["leading space", " Doorlopend", loose("Doorlopend")],
    ["trailing dot", "Behaald.", loose("Behaald")],
    ["trailing punctuation run", "Op schema!!", loose("Op schema")],
    ["missing space", "opschema", loose("Op schema")],
    ["non-breaking space", "Op\u00a0schema", loose("Op schema")],
    ["line break inside", "Achter op\nschema", loose("Achter op schema")],
    ["accent", "Béhaald", loose("Behaald")],
    ["zero-width space", "Behaald\u200b", loose("Behaald")],
    // not usable, with a suggestion: unique prefixes
    ["spec example: prefix", "achter", suggest("Achter op schema")],
    ["prefix with space", "op sch", suggest("Op schema")],
    ["two-letter prefix", "be", suggest("Behaald")],
    ["prefix, trailing dot", "Doorl.", suggest("Doorlopend")],
    // not usable, with a suggestion: misspellings
    ["one extra letter", "Behaaldd", suggest("Behaald")],
    ["one missing letter", "Bhaald", suggest("Behaald")],
    ["swapped letters", "Behaadl", suggest("Behaald")],
    ["swapped letters in a long value", "Achter op shcema", suggest("Achter op schema")],
    ["two edits in a long value", "Achtr op schma", suggest("Achter op schema")],
    ["two edits with accents", "Dóórlopnt", suggest("Doorlopend")],
    ["prefix missing the last letter", "Op schem", suggest("Op schema")],
    ["hyphens are misspellings, not spacing", "Op-schema-!", suggest("Op schema")],
    // not usable, no suggestion
    ["three edits", "Achtr op scma", none],
    ["one-letter prefix is too short", "b", none],
    ["other word", "Gedaan", none],
    ["fase word in the status column", "Afgerond", none],
    ["empty", "", none],
    ["only spaces", "   ", none],
    ["only punctuation", "...", none],
    ["number", 1, none],
    ["boolean", true, none],
    ["null", null, none],
    ["undefined", undefined, none],
    ["date", new Date(0), none],
    ["boxed string", new String("Behaald"), none],
    ["very long text", `Behaald ${"x".repeat(5000)}`, none],
  ])("%s: %j", (_label, input, expected) => {
    expect(matchVocab(input, STATUSES)).toEqual(expected);
  });
});

describe("matchVocab: fases", () => {
  test.each<[string, unknown, Expect]>([
    ["Continue", "Continue", exact("Continue")],
    ["Afgerond", "Afgerond", exact("Afgerond")],
    ["lower case", "uitvoering", loose("Uitvoering")],
    ["trailing colon", "Ontwikkeling:", loose("Ontwikkeling")],
    ["Dutch spelling continu is a prefix", "Continu", suggest("Continue")],
    ["prefix", "Ontwikkel", suggest("Ontwikkeling")],
    ["two edits", "Uitvoeren", suggest("Uitvoering")],
    ["misspelled", "Afgerondt", suggest("Afgerond")],
    ["status word in the fase column", "Doorlopend", none],
    ["status word Behaald", "Behaald", none],
  ])("%s: %j", (_label, input, expected) => {
    expect(matchVocab(input, PHASES)).toEqual(expected);
  });
});

describe("matchVocab: thresholds and ambiguity", () => {
  const shortAndLong = ["Kort", "Lange reeks"] as const;
  test.each<[string, readonly string[], string, Expect]>([
    ["short word: one edit is suggested", shortAndLong, "Krot", suggest("Kort")],
    ["short word: two edits are not", shortAndLong, "Kt", none],
    ["five letters: two edits are not", ["Groep"], "Grp", none],
    ["five letters: one edit is", ["Groep"], "Grop", suggest("Groep")],
    ["six letters: two edits are", ["Groepen"], "Grpen", suggest("Groepen")],
    ["equally close to two values: no guess", ["Aap", "Aas"], "Aat", none],
    ["prefix of two values: no guess", ["Op schema", "Op tijd"], "op", none],
    [
      "prefix beats a closer misspelling of another value",
      ["Plan", "Planning"],
      "Plann",
      suggest("Planning"),
    ],
    ["exact wins over loose duplicates", ["ja", "Ja"], "Ja", exact("Ja")],
    ["loose match to two values: no guess", ["ja", "Ja"], "JA", none],
  ])("%s", (_label, vocab, input, expected) => {
    expect(matchVocab(input, vocab)).toEqual(expected);
  });
});

describe("matchVocab properties", () => {
  test("never throws; any value or suggestion comes from the vocabulary", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withBoxedValues: true }), fc.string({ unit: "binary" })), (v) => {
        for (const vocab of [STATUSES, PHASES]) {
          const r = matchVocab(v, vocab);
          if (r.ok) expect(vocab).toContain(r.value);
          if ("suggestion" in r && r.suggestion !== undefined) expect(vocab).toContain(r.suggestion);
          if (r.ok && r.exact) expect(r.value).toBe(v);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test("any change of case, spacing or trailing punctuation is accepted as the same value", () => {
    const variant = fc.record({
      value: fc.constantFrom(...STATUSES, ...PHASES),
      upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      gap: fc.constantFrom(" ", "  ", "\u00a0", "\n", " \t ", ""),
      lead: fc.constantFrom("", " ", "\u00a0"),
      tail: fc.constantFrom("", ".", " :", "!?", " "),
    });
    fc.assert(
      fc.property(variant, ({ value, upper, gap, lead, tail }) => {
        const cased = [...value].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("");
        const typed = lead + cased.split(" ").join(gap) + tail;
        const vocab: readonly string[] = (STATUSES as readonly string[]).includes(value) ? STATUSES : PHASES;
        const r = matchVocab(typed, vocab);
        expect(r).toEqual(typed === value ? exact(value) : loose(value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("editDistance (optimal string alignment)", () => {
  test.each<[string, string, number, number]>([
    ["", "", 2, 0],
    ["abc", "abc", 2, 0],
    ["ab", "ba", 2, 1],
    ["behaald", "bhaald", 2, 1],
    ["kitten", "sitting", 5, 3],
    ["ca", "abc", 5, 3], // restricted: a swapped pair is not edited again (true Damerau gives 2)
    ["a", "abcdef", 2, 3], // length difference alone exceeds max: max + 1
    ["abcdef", "uvwxyz", 2, 3], // stops early at max + 1
  ])("%j ~ %j (max %d) = %d", (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });
});

describe("normalizeHeader", () => {
  test.each<[unknown, string]>([
    ["Deadline", "deadline"],
    ["  Laatst   bijgewerkt : ", "laatst bijgewerkt"],
    ["Trekker:", "trekker"],
    ["Fase ::", "fase"],
    ["Laatst\nbijgewerkt", "laatst bijgewerkt"],
    ["Status\u00a0", "status"],
    ["\ufeffID", "id"],
    ["Coördinator", "coordinator"],
    ["Ïdeeën", "ideeen"],
    ["E-mail", "e-mail"],
    ["Agenda-ID", "agenda-id"],
    ["Deadline: gepland", "deadline: gepland"],
    [":", ""],
    ["", ""],
    [2026, "2026"],
    [true, "true"],
    [null, ""],
    [undefined, ""],
    [{}, ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  test("headers that differ only in case, accents, spacing and trailing colons match", () => {
    expect(normalizeHeader("  korte NAAM: ")).toBe(normalizeHeader("Korte naam"));
    expect(normalizeHeader("Netwerkcoordinator")).toBe(normalizeHeader("Netwerkcoördinator"));
    expect(normalizeHeader("Korte naam")).not.toBe(normalizeHeader("Kortenaam"));
  });

  test("only trailing colons go: a long run of colons before text is kept", () => {
    const s = `${":".repeat(200_000)}x`;
    expect(normalizeHeader(s)).toBe(s);
    expect(normalizeHeader(`x${":".repeat(200_000)}`)).toBe("x");
  });
});

describe("a Lookup reused across cells answers as a fresh one does (its cache changes nothing)", () => {
  const vocabularies = [
    [...STATUSES],
    ["Levenspad", "Samen leven tot het laatst", "PZP in Wijde Meren en Naarden", "Jaaractieplan 2025"],
    ["Kerngroep", "kerngroep", "Bestuurders", "Themagroep Hospicezorg/VPTZ"],
  ];
  test.each(vocabularies.map((v) => [v.join(", "), v] as const))("%s", (_label, vocab) => {
    const lookup = new Lookup(vocab);
    const input = fc.oneof(
      fc.constantFrom(...vocab),
      fc
        .constantFrom(...vocab)
        .chain((v) =>
          fc
            .tuple(fc.nat({ max: v.length }), fc.string({ maxLength: 2 }), fc.nat({ max: 2 }))
            .map(([i, s, cut]) => (v.slice(0, i) + s + v.slice(i + cut)).toUpperCase()),
        ),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(input, (raw) => {
        const fresh = new Lookup(vocab).match(raw);
        expect(lookup.match(raw)).toEqual(fresh);
        expect(lookup.match(raw)).toEqual(fresh);
      }),
      { numRuns: 500 },
    );
  });
});

describe("foldText", () => {
  /** The whole folding, as for any text. */
  const reference = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();

  test("printable ASCII takes the short way to the same key as any other text", () => {
    expect(foldText("  Op   Schema ")).toBe("op schema");
    expect(foldText("Café\u00a0Noord")).toBe("cafe noord");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({
            unit: fc.constantFrom(" ", "  ", "A", "b", "Z", "~", "1", ".", "é", "\t", "\n", "\u00a0"),
          }),
          fc.string({ unit: "grapheme", maxLength: 20 }),
          fc.string({ maxLength: 40 }),
        ),
        (s) => expect(foldText(s)).toBe(reference(s)),
      ),
      { numRuns: 500 },
    );
  });
});
