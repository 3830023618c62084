/**
 * Does a `Trekker` refer to people in `Leden` (PRODUCT.md §2.7)? Partners write trekkers as free text:
 * "Netwerkcoördinator + projectleider", "NWC/projectteam", "Projectleider Jolanda en Themagroepleden",
 * "Netwerkcoördinator met ondersteuning van dagelijks bestuur (kerngroep)".
 *
 * The text is split into parts on line breaks, `/ + , ; &` and the words `en`, `of`, `met`, `samen met`,
 * `in samenwerking met`, `i.s.m.` (not inside parentheses; not `en` after a hyphen, as in "NH- en
 * Flevoland-"). Adjacent parts are joined again when together they name something ("Themagroep
 * Hospicezorg/VPTZ"). A part matches when, case- and accent-insensitively, it is:
 * - the name of an active member;
 * - the role of an active member, also spaced or hyphenated differently ("netwerk coördinator") or in the
 *   plural ("Coördinatoren VPTZ" for "Coördinator VPTZ"), or a known abbreviation of such a role (NWC);
 * - such a role followed by a name ("Projectleider Jolanda");
 * - a group of active members, also followed by "leden"/"lid" ("kerngroepleden", "Themagroepleden").
 * A parenthesised remark explains its part: "dagelijks bestuur (kerngroep)" matches because "kerngroep"
 * does; a remark that matches nothing ("(faciliterend)") is ignored.
 *
 * A part that does not match is looked up once more, so the message can say what is wrong: an active
 * member's e-mail address (also with "mailto:") stays unmatched but gets that member's name as suggestion;
 * the name or address of a member who is in `Leden` but not active is reported as such, with the row.
 *
 * Pure and total.
 */

import { Memo } from "./memo";
import type { Member } from "./records";
import { foldText, Lookup } from "./vocab";

export interface OwnerCheck {
  /**
   * Parts (as typed, whitespace collapsed) that match no active member's name, role or group, and are not
   * the name or address of an inactive member (those are in `inactive`).
   */
  unmatched: string[];
  /**
   * With one unmatched part: the name of the active member whose e-mail address it is, or else the closest
   * name or role, when there is one.
   */
  suggestion?: string;
  /** Members of `Leden` that are not active but that parts name (by name or e-mail address), once each. */
  inactive: InactiveMember[];
}

/** A member who is in `Leden` but not active: the name as `Leden` spells it, and the row there. */
export interface InactiveMember {
  name: string;
  row: number;
}

/** A part that is no trekker, looked up among all members: an active member's address, or an inactive member. */
type Known = { address: string } | { inactive: InactiveMember };

/** Known abbreviations of roles, by the role's key (see roleKey). */
const ABBREVIATIONS: Record<string, string> = { nwc: "netwerkcoordinator" };

/** Separators between parts, outside parentheses. The captured text is kept for joining parts again. */
const SEPARATOR =
  /(\s*(?:\r\n|\r|\n)+\s*|\s*[/+,;&]\s*|(?<!-)\s+(?:in samenwerking met|samen met|met|en|of|i\.s\.m\.|ism)\s+)/i;
const MAX_OWNER = 500;
const MAX_JOIN = 3;
/** Placeholders for parenthesised remarks inside a part: \uE000<index>\uE001. */
const REMARK = /\uE000(\d+)\uE001/g;

/** Strip a Dutch/English plural ending from a word of 4+ letters (both sides are stripped alike). */
function singular(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith("en")) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** Words of folded text. */
function words(folded: string): string[] {
  return folded
    .replace(/[.:;!?"'‘’“”]+/g, " ")
    .split(/[\s-]+/)
    .filter((w) => w !== "");
}

/** Key under which roles are compared: folded, words singular, no spaces or hyphens. */
function roleKey(ws: readonly string[]): string {
  return ws.map(singular).join("");
}

/** Name key of folded text. */
function nameKey(folded: string): string {
  return folded.replace(/^[\s.:;,'"‘’“”-]+|[\s.:;,'"‘’“”-]+$/g, "").replace(/\s*-\s*/g, "-");
}

/** Group key of a name key: without a trailing "leden"/"lid". */
function groupKey(name: string): string {
  return name.replace(/[\s-]*(?:leden|lid)$/, "").trim();
}

export class OwnerMatcher {
  /** The active members' names by key, each with how `Leden` spells it (the first spelling). */
  private readonly names = new Map<string, string>();
  /** Their roles likewise, and abbreviations ("NWC") with the spelling of the role they stand for. */
  private readonly roles = new Map<string, string>();
  private readonly groups = new Set<string>();
  /** First words of group names ("themagroep"), for "Themagroepleden". */
  private readonly groupPrefixes = new Set<string>();
  private readonly vocabulary: Lookup<string>;
  /** The active members' names by their e-mail address (lower case). */
  private readonly addresses = new Map<string, string>();
  /** The inactive members by name key and by e-mail address (the first row with each). */
  private readonly inactiveNames = new Map<string, InactiveMember>();
  private readonly inactiveAddresses = new Map<string, InactiveMember>();
  private readonly checked = new Memo<OwnerCheck>();
  /** spelling()'s answers by part. */
  private readonly spelled = new Memo<string | null>();

  constructor(members: readonly Member[]) {
    const vocabulary = new Set<string>();
    const spell = (into: Map<string, string>, key: string, text: string) => {
      if (!into.has(key)) into.set(key, oneLine(text));
    };
    for (const m of members) {
      const name = oneLine(m.name);
      if (!m.active) {
        if (name === "") continue;
        const inactive = { name, row: m.row };
        const key = nameKey(foldText(name));
        if (!this.inactiveNames.has(key)) this.inactiveNames.set(key, inactive);
        if (m.email !== null && !this.inactiveAddresses.has(m.email))
          this.inactiveAddresses.set(m.email, inactive);
        continue;
      }
      if (m.name !== "") {
        spell(this.names, nameKey(foldText(m.name)), m.name);
        vocabulary.add(m.name);
        if (m.email !== null && !this.addresses.has(m.email)) this.addresses.set(m.email, name);
      }
      if (m.role !== "") {
        const key = roleKey(words(foldText(m.role)));
        if (key !== "") spell(this.roles, key, m.role);
        vocabulary.add(m.role);
      }
      for (const g of m.groups) {
        const key = nameKey(foldText(g));
        if (key === "") continue;
        this.groups.add(key);
        const first = key.split(" ")[0]!;
        if (first !== key) this.groupPrefixes.add(first);
      }
    }
    for (const [abbreviation, role] of Object.entries(ABBREVIATIONS)) {
      const spelling = this.roles.get(role);
      if (spelling !== undefined) spell(this.roles, abbreviation, spelling);
    }
    this.vocabulary = new Lookup([...vocabulary]);
  }

  /**
   * How `Leden` spells the one member or role a part of a `Trekker` names, whatever its case, spacing,
   * plural or abbreviation: "NWC", "netwerk coördinator" → "Netwerkcoördinator"; "Coördinatoren VPTZ" →
   * "Coördinator VPTZ". Null when it names no single member or role (a group, "Projectleider Jolanda", text).
   */
  spelling(part: string): string | null {
    return this.spelled.of(part, () => {
      const folded = foldText(part);
      const name = nameKey(folded);
      if (name === "") return null;
      return this.names.get(name) ?? this.roles.get(roleKey(words(folded))) ?? null;
    });
  }

  /** Checks one `Trekker` text. Empty text has no parts and matches trivially. */
  check(text: string): OwnerCheck {
    return this.checked.of(text, () => this.compute(text));
  }

  private compute(text: string): OwnerCheck {
    if (text.length > MAX_OWNER) return { unmatched: [oneLine(text.slice(0, 200))], inactive: [] };
    const { outer, remarks } = extractRemarks(text);
    const pieces = outer.split(SEPARATOR);
    // pieces: part, separator, part, separator, …, part
    const parts: string[] = [];
    const seps: string[] = [];
    for (let i = 0; i < pieces.length; i++) (i % 2 === 0 ? parts : seps).push(pieces[i] ?? "");
    const unmatched: string[] = [];
    /** The active member's name for each unmatched part that is her address. */
    const addressed = new Map<string, string>();
    const inactive = new Map<number, InactiveMember>();
    const miss = (part: string, known: Known | null) => {
      const shown = oneLine(restore(part, remarks));
      if (known !== null && "inactive" in known) inactive.set(known.inactive.row, known.inactive);
      else {
        unmatched.push(shown);
        if (known !== null) addressed.set(shown, known.address);
      }
    };
    let i = 0;
    while (i < parts.length) {
      let consumed = 0;
      for (let j = Math.min(parts.length - 1, i + MAX_JOIN); j > i && consumed === 0; j--) {
        let joined = parts[i]!;
        for (let k = i; k < j; k++) joined += seps[k]! + parts[k + 1]!;
        if (this.matchesPart(joined, remarks, true)) consumed = j - i + 1;
        else {
          // An address with a separator in it ("s+netwerk@…") is one part again.
          const known = this.known(joined);
          if (known !== null) {
            miss(joined, known);
            consumed = j - i + 1;
          }
        }
      }
      if (consumed === 0) {
        const part = parts[i]!;
        if (!this.matchesPart(part, remarks, false)) miss(part, this.known(part));
        consumed = 1;
      }
      i += consumed;
    }
    const distinct = [...new Set(unmatched)];
    const result: OwnerCheck = { unmatched: distinct, inactive: [...inactive.values()] };
    if (distinct.length === 1) {
      let suggestion = addressed.get(distinct[0]!);
      if (suggestion === undefined) {
        const m = this.vocabulary.match(distinct[0]!);
        suggestion = m.ok ? m.value : m.suggestion;
      }
      if (suggestion !== undefined) result.suggestion = suggestion;
    }
    return result;
  }

  /**
   * A part (remarks as placeholders) that is an active member's e-mail address (also as "mailto:…" or
   * "<…>"), or the name or address of an inactive member; null otherwise.
   */
  private known(part: string): Known | null {
    const own = part.replace(REMARK, " ").trim();
    const address = own
      .replace(/^mailto:\s*/i, "")
      .replace(/^<\s*|\s*>$/g, "")
      .toLowerCase();
    const name = this.addresses.get(address);
    if (name !== undefined) return { address: name };
    const inactive = this.inactiveAddresses.get(address) ?? this.inactiveNames.get(nameKey(foldText(own)));
    return inactive !== undefined ? { inactive } : null;
  }

  /**
   * A part (remarks as placeholders) matches when its text or one of its remarks names someone. Parts joined
   * again (`whole`) must name one thing as a whole: a role followed by a name does not count there, or
   * "NWC + allen" would pass as "NWC" followed by the name "+ allen".
   */
  private matchesPart(part: string, remarks: readonly string[], whole: boolean): boolean {
    const own = part.replace(REMARK, " ").trim();
    const inner = [...part.matchAll(REMARK)].map((m) => remarks[Number(m[1])] ?? "");
    if (own === "" && inner.length === 0) return !whole;
    if (own !== "" && this.matchesText(own, whole)) return true;
    if (whole) return false;
    return inner.some(
      (r) =>
        this.matchesText(r, false) ||
        r.split(SEPARATOR).some((p, k) => k % 2 === 0 && this.matchesText(p, false)),
    );
  }

  private matchesText(text: string, whole: boolean): boolean {
    const folded = foldText(text);
    const name = nameKey(folded);
    if (name === "") return false;
    if (this.names.has(name)) return true;
    const ws = words(folded);
    if (ws.length === 0) return false;
    // A role (or its abbreviation), possibly followed by a name: "Projectleider Jolanda".
    for (let k = ws.length; k >= (whole ? ws.length : 1); k--) {
      if (this.roles.has(roleKey(ws.slice(0, k)))) return true;
    }
    const group = groupKey(name);
    if (group === "") return false;
    if (this.groups.has(group) || this.groupPrefixes.has(group)) return true;
    const compact = group.replace(/[\s-]/g, "");
    for (const g of this.groups) if (g.replace(/[\s-]/g, "") === compact) return true;
    return false;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Replaces each top-level "(…)" by a placeholder; an unclosed "(" runs to the end, a stray ")" is dropped. */
function extractRemarks(text: string): { outer: string; remarks: string[] } {
  const clean = text.replace(/[\uE000\uE001]/g, "");
  const remarks: string[] = [];
  let outer = "";
  let depth = 0;
  let current = "";
  for (const ch of clean) {
    if (ch === "(") {
      if (depth > 0) current += ch;
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) {
        outer += `\uE000${remarks.length}\uE001`;
        remarks.push(current);
        current = "";
      } else current += ch;
    } else if (ch === ")") {
      outer += " ";
    } else if (depth > 0) current += ch;
    else outer += ch;
  }
  if (depth > 0) {
    outer += `\uE000${remarks.length}\uE001`;
    remarks.push(current);
  }
  return { outer, remarks };
}

function restore(part: string, remarks: readonly string[]): string {
  return part.replace(REMARK, (_, i: string) => `(${remarks[Number(i)] ?? ""})`);
}
