/**
 * The `Leden` record (PRODUCT.md §2.3): its schema, e-mail addresses, groups, and the checks across rows. An
 * address two or more rows share is a warning on each of them: the add-on cannot know whose it is, so every one
 * of them is kept (as trekker, in the groups) without an address, and none is invited until it is fixed.
 */
import * as z from "zod/mini";
import { type Cell, cellError, EMPTY_CELL, type ReadTab, rawText, textOf } from "../cells";
import { type Lang, q, type Translate } from "../i18n";
import type { Member } from "../records";
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
import { cleanText, problemAt, ROWS_NAMED, type RowOutcome, RowSink, rowList, sharedKeys } from "./problems";
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

/** The rows of `same` other than `o`'s, the first ROWS_NAMED + 1 of them: enough for rowList to name. */
function firstOtherRows(same: readonly RowOutcome<Member>[], o: RowOutcome<Member>): number[] {
  const rows: number[] = [];
  for (const x of same) {
    if (rows.length > ROWS_NAMED) break;
    if (x !== o) rows.push(x.row);
  }
  return rows;
}

export function validateMembers(read: ReadTab, t: Translate, lang: Lang): RowOutcome<Member>[] {
  // Group names: the first spelling seen in the tab is the canonical one.
  const canonical = new Map<string, string>();
  for (const { cells } of read.rows) {
    for (const g of splitGroups(cleanText(cells.groups))) {
      const key = groupKey(g);
      if (!canonical.has(key)) canonical.set(key, g);
    }
  }
  const sink = new RowSink();
  const outcomes: RowOutcome<Member>[] = parseRows(
    read,
    memberSchema(contextFor(read, t, lang, sink), canonical),
    sink,
    t,
  );
  // A shared address: nobody can tell whose it is, so every row that has it is told, and none is invited.
  for (const same of sharedKeys(outcomes, (o) => emailOf(o.cells.email ?? EMPTY_CELL))) {
    for (const o of same) {
      const shared = { others: same.length - 1, rows: firstOtherRows(same, o) };
      const message = t("val.email.duplicate", {
        value: q(cleanText(o.cells.email)),
        count: shared.others,
        rows: rowList(shared.rows),
      });
      o.problems.push(problemAt(read, o.row, o.cells, "email", "warning", message));
      if (o.record !== null) o.record = { ...o.record, email: null, sharedAddress: shared };
    }
  }
  return outcomes;
}
