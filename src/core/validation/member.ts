/** The `Leden` record (PRODUCT.md §2.3): its schema, e-mail addresses, groups, and the checks across rows. */
import * as z from "zod/mini";
import { type Cell, cellError, EMPTY_CELL, type ReadTab, rawText, textOf } from "../cells";
import { type Lang, q, type Translate } from "../i18n";
import { foldText } from "../vocab";
import {
  type Field,
  type FieldContext,
  field,
  objectOf,
  optionalText,
  requiredText,
  shown,
  yesNo,
} from "./fields";
import { cleanText, laterDuplicates, RowSink, rowError } from "./problems";
import { contextFor, parseRows } from "./rows";

const EMAIL = z.email();
const ADDRESS_LIKE = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** The address in a cell, lower case, when it is one valid address; null otherwise. */
export function emailOf(cell: Cell): string | null {
  if (cellError(cell) !== null) return null;
  const text = textOf(cell);
  return text !== "" && text.length <= 254 && EMAIL.safeParse(text).success ? text.toLowerCase() : null;
}

/**
 * `E-mail` (PRODUCT.md §2.3): required, but a missing or invalid address is a warning, not an error. The
 * member still counts everywhere else (a trekker's name or role, the groups a meeting can be for); only
 * invitations need the address, so she gets none until it is right (null).
 */
const email = (c: FieldContext): Field<string | null> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.email.cellError", { error, column: c.label(key) }));
      return null;
    }
    const text = textOf(cell);
    if (text === "") {
      c.sink.warn(key, c.t("val.email.missing", { column: c.label(key) }));
      return null;
    }
    const address = emailOf(cell);
    if (address !== null) return address;
    const found = text.length <= 1000 ? (text.match(ADDRESS_LIKE) ?? []) : [];
    const only = found.length === 1 && EMAIL.safeParse(found[0]).success ? found[0]! : "";
    c.sink.warn(key, c.t("val.email.invalid", { value: shown(cell) }), only);
    return null;
  });

/** Group names, split on `,` `;` and line breaks; `canonical` gives the first spelling seen in the tab. */
export function splitGroups(text: string): string[] {
  return text
    .split(/[,;\r\n]+/)
    .map((g) => g.replace(/\s+/g, " ").trim())
    .filter((g) => g !== "");
}

/** Key under which group spellings are the same; a pasted paragraph is not folded. */
export const groupKey = (g: string) => (g.length > 200 ? g : foldText(g));

const groups = (c: FieldContext, canonical: ReadonlyMap<string, string>): Field<string[]> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return [];
    }
    const out: string[] = [];
    for (const g of splitGroups(rawText(cell))) {
      const name = canonical.get(groupKey(g)) ?? g;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  });

export function memberSchema(c: FieldContext, canonicalGroups: ReadonlyMap<string, string>) {
  return objectOf({
    name: requiredText(c),
    email: email(c),
    organisation: optionalText(c),
    role: optionalText(c),
    groups: groups(c, canonicalGroups),
    active: yesNo(c, true),
  });
}

export function validateMembers(read: ReadTab, t: Translate, lang: Lang) {
  // Group names: the first spelling seen in the tab is the canonical one.
  const canonical = new Map<string, string>();
  for (const { cells } of read.rows) {
    for (const g of splitGroups(cleanText(cells.groups))) {
      const key = groupKey(g);
      if (!canonical.has(key)) canonical.set(key, g);
    }
  }
  const sink = new RowSink();
  const outcomes = parseRows(read, memberSchema(contextFor(read, t, lang, sink), canonical), sink, t);
  laterDuplicates(
    outcomes,
    (o) => emailOf(o.cells.email ?? EMPTY_CELL),
    (o, row) =>
      rowError(read, o, "email", t("val.email.duplicate", { value: q(cleanText(o.cells.email)), row })),
  );
  return outcomes;
}
