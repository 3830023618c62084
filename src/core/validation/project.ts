/** The `Projecten` record (PRODUCT.md §2.2): its schema, short names, and the checks across its rows. */
import { cellError, type ReadTab, textOf } from "../cells";
import { type Lang, q, type Translate } from "../i18n";
import { dashboardTabNames, fitShortName, invalidTabChars, MAX_SHORT_NAME } from "../tabnames";
import {
  Fail,
  type Field,
  type FieldContext,
  field,
  lineList,
  objectOf,
  optionalText,
  requiredText,
} from "./fields";
import { cleanText, laterDuplicates, problemAt, RowSink, records, rowError, sameKey } from "./problems";
import { contextFor, parseRows } from "./rows";

const shortName = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return "";
    }
    const text = textOf(cell);
    const bad = invalidTabChars(text);
    if (bad.length > 0) {
      return new Fail(
        c.t("val.shortName.chars", { value: q(text), chars: bad.join(" ") }),
        fitShortName(text),
      );
    }
    // Too long is no error: the dashboard takes it shortened (validateProjects warns, naming the tab).
    return text;
  });

/** Whether a usable `Korte naam` is too long for a tab name, so that its dashboard takes it shortened. */
const tooLong = (text: string) => text.length > MAX_SHORT_NAME;

/**
 * The name a `Korte naam` gives its dashboard, for the check that no two are the same: shortened when too long
 * (the rule dashboardTabNames applies); one with characters a tab may not hold (an error already) as typed.
 */
const usedShortName = (text: string) => (invalidTabChars(text).length > 0 ? text : fitShortName(text));

export function projectSchema(c: FieldContext) {
  return objectOf({
    name: requiredText(c),
    shortName: shortName(c),
    theme: optionalText(c),
    problem: optionalText(c),
    goals: lineList(c),
    scope: optionalText(c),
    redFlag: optionalText(c),
    remarks: optionalText(c),
    helpRequest: optionalText(c),
    progress: lineList(c),
    lead: optionalText(c),
    asOf: optionalText(c),
  });
}

export interface ProjectEntry {
  name: string;
  row: number;
  ok: boolean;
}

export function validateProjects(read: ReadTab, t: Translate, lang: Lang) {
  const sink = new RowSink();
  const outcomes = parseRows(read, projectSchema(contextFor(read, t, lang, sink)), sink, t);
  const names = laterDuplicates(
    outcomes,
    (o) => sameKey(cleanText(o.cells.name)) || null,
    (o, row) =>
      rowError(read, o, "name", t("val.projectName.duplicate", { value: q(cleanText(o.cells.name)), row })),
  );
  // Two short names that give one tab name, also once shortened: the later row is an error.
  const usedKey = (o: (typeof outcomes)[number]) =>
    sameKey(usedShortName(cleanText(o.cells.shortName))) || null;
  laterDuplicates(outcomes, usedKey, (o, row) => {
    const fixed = fitShortName(cleanText(o.cells.name));
    const free = fixed !== "" && !outcomes.some((x) => usedKey(x) === sameKey(fixed));
    const text = cleanText(o.cells.shortName);
    const used = usedShortName(text);
    const message =
      tooLong(text) && used !== text
        ? t("val.shortName.duplicateShortened", {
            value: q(text),
            shortened: q(used),
            row,
            max: MAX_SHORT_NAME,
          })
        : t("val.shortName.duplicate", { value: q(text), row });
    rowError(read, o, "shortName", message, free ? fixed : "");
  });
  // A usable project whose Korte naam is too long: its dashboard takes the name shortened; say which tab.
  const tabs = dashboardTabNames(records(outcomes));
  for (const o of outcomes) {
    const text = o.record?.shortName ?? "";
    if (o.record === null || !tooLong(text)) continue;
    const params = {
      value: q(text),
      length: text.length,
      max: MAX_SHORT_NAME,
      tab: q(tabs.get(o.record.name)!),
    };
    o.problems.push(
      problemAt(
        read,
        o.row,
        o.cells,
        "shortName",
        "warning",
        t("val.shortName.tooLong", params),
        fitShortName(text),
      ),
    );
  }
  // The index of names activities may refer to: the first row of each name, usable or not.
  const index = new Map<string, ProjectEntry>();
  const byRow = new Map(outcomes.map((o) => [o.row, o]));
  for (const row of names.values()) {
    const o = byRow.get(row)!;
    const name = cleanText(o.cells.name);
    index.set(name, { name, row, ok: o.record !== null });
  }
  return { outcomes, index };
}
