/**
 * The building blocks of the record schemas: a field turns one Cell into its typed value, and a record's
 * fields are one zod schema (objectOf).
 * - an ERROR is a zod issue at the field's key (the row is left out), with `params.suggestion` when there is
 *   a fix;
 * - a WARNING (the row is used) does not fail the parse: it goes to the `sink` under the field's key.
 * Every message comes from the run's translator. Pure and total: no field throws for any cell.
 */
import * as z from "zod/mini";
import { type Cell, cellError, dateOf, parseBoolean, rawText, splitLines, textOf } from "../cells";
import { type Lang, type MessageKey, q, type Translate } from "../i18n";
import { Memo } from "../memo";
import { Lookup } from "../vocab";

/** Where warnings go; `key` is the record field. */
export interface Sink {
  warn(key: string, message: string, suggestion?: string): void;
}

export interface FieldContext {
  t: Translate;
  lang: Lang;
  sink: Sink;
  /** The header of the field's column as the partner sees it. */
  label(key: string): string;
}

/** An error: the field has no usable value. */
export class Fail {
  constructor(
    readonly message: string,
    readonly suggestion = "",
  ) {}
}

/** A field's reading of its cell: the value, or why there is none. */
export type FieldParser<T> = (cell: Cell) => T | Fail;
/** A field, given the key it is stored under (warnings name it). */
export type Field<T> = (key: string) => FieldParser<T>;

export function field<T>(run: (cell: Cell, key: string) => T | Fail): Field<T> {
  return (key) => (cell) => run(cell, key);
}

type Output<F> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/**
 * A record of fields as one zod schema, each field told its own key (`prefix` + key): the input's cells by
 * key in, the record out, an issue at each field that fails. A field reads the cell of its own key, or of
 * the one `sources` names for it (two fields that read one column). The fields run in one pass (not as a zod
 * object of a schema each): thousands of rows go through it in every action.
 */
export function objectOf<F extends Record<string, Field<unknown>>>(
  fields: F,
  prefix = "",
  sources: Readonly<Record<string, string>> = {},
): z.ZodMiniType<Output<F>, Readonly<Record<string, Cell>>> {
  const parsers = Object.entries(fields).map(([key, make]) => ({
    key,
    source: sources[key] ?? key,
    parse: make(prefix + key),
  }));
  return z.transform((input: Readonly<Record<string, Cell>>, payload) => {
    const record: Record<string, unknown> = {};
    for (const { key, source, parse } of parsers) {
      const cell = input[source] as Cell;
      const out = parse(cell);
      if (out instanceof Fail) {
        payload.issues.push({
          code: "custom",
          input: cell.v,
          path: [key],
          message: out.message,
          params: { suggestion: out.suggestion },
        });
      } else record[key] = out;
    }
    return record as Output<F>;
  });
}

/** `message`, plus "Bedoelt u ‘…’?" when there is a suggestion. */
export function withSuggestion(t: Translate, message: string, suggestion: string | undefined): string {
  return suggestion === undefined || suggestion === ""
    ? message
    : `${message} ${t("val.didYouMean", { suggestion: q(suggestion) })}`;
}

/** The cell as typed, quoted for a message. */
export const shown = (cell: Cell) => q(cell.d !== "" ? cell.d : rawText(cell));

/** Optional free text, trimmed; a formula error is a warning and counts as empty. */
export const optionalText = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return "";
    }
    return textOf(cell);
  });

/** Required text, trimmed. */
export const requiredText = (c: FieldContext): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    return text === "" ? new Fail(c.t("val.required", { column: c.label(key) })) : text;
  });

/** Text kept as the add-on wrote it (its own columns), trimmed. */
export const plainText = (): Field<string> => field((cell) => textOf(cell));

/** One item per line, bullets stripped. */
export const lineList = (c: FieldContext): Field<string[]> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) {
      c.sink.warn(key, c.t("val.cellErrorIgnored", { error, column: c.label(key) }));
      return [];
    }
    return splitLines(rawText(cell));
  });

/** A Date cell, or null (the add-on's own date columns). */
export const optionalDate = (): Field<Date | null> => field((cell) => dateOf(cell));

/** A checkbox or ja/nee; empty gives `fallback`, anything else warns and gives `fallback`. */
export const yesNo = (c: FieldContext, fallback: boolean): Field<boolean> =>
  field((cell, key) => {
    const b = parseBoolean(cell);
    if (b === "empty") return fallback;
    if (b === "invalid") {
      const word = c.t(fallback ? "val.yes" : "val.no");
      c.sink.warn(
        key,
        c.t("val.boolean.invalid", { value: shown(cell), column: c.label(key), fallback: word }),
      );
      return fallback;
    }
    return b;
  });

/**
 * A field's messages by what they say: each distinct message is worded (translated, quoted) once. `key` must
 * hold everything the message depends on.
 */
export class Wording extends Memo<string> {}

/**
 * A value to type, as a message names it: its word in the run's language with the value itself when the two
 * differ (`Achieved (Behaald)`), since the cell and its drop-down hold the value (messages/en.ts).
 */
export function toType(value: string, word: string): string {
  return word === value ? value : `${word} (${value})`;
}

/**
 * A required value of a fixed vocabulary (Status, Fase), each with its word (`words`): loose spellings warn,
 * others fail.
 */
export function vocabulary<T extends string>(
  c: FieldContext,
  values: readonly T[],
  words: Readonly<Record<T, MessageKey>>,
): Field<T> {
  const allowed = values.map((v) => toType(v, c.t(words[v]))).join(", ");
  const lookup = new Lookup(values);
  const wording = new Wording();
  return field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    if (text === "") return new Fail(c.t("val.requiredChoice", { column: c.label(key), allowed }));
    const m = lookup.match(text);
    if (m.ok && m.exact) return m.value;
    // The messages name the field's column and the cell as shown (its text and its display value).
    const about = `${key}\u0000${rawText(cell)}\u0000${cell.d}`;
    if (m.ok) {
      const message = wording.of(about, () =>
        c.t("val.vocab.loose", { value: shown(cell), suggestion: q(m.value), column: c.label(key) }),
      );
      c.sink.warn(key, message, m.value);
      return m.value;
    }
    const message = wording.of(about, () =>
      withSuggestion(
        c.t,
        c.t("val.vocab.unknown", { value: shown(cell), column: c.label(key), allowed }),
        m.suggestion,
      ),
    );
    return new Fail(message, m.suggestion);
  });
}

/** A reference by name to another tab: the canonical name, a warning, or an error. */
export type Resolution =
  | {
      ok: true;
      value: string;
      loose?: { message: string; suggestion: string };
      /** A warning about what the reference names (the row is used). */
      warning?: string;
    }
  | { ok: false; message: string; suggestion: string };

/** Required text resolved against another tab (`resolve` null: that tab is unusable, accept as typed). */
export const reference = (
  c: FieldContext,
  resolve: ((text: string, cell: Cell) => Resolution) | null,
): Field<string> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const text = textOf(cell);
    if (text === "") return new Fail(c.t("val.required", { column: c.label(key) }));
    if (resolve === null) return text;
    const r = resolve(text, cell);
    if (!r.ok) return new Fail(r.message, r.suggestion);
    if (r.loose) c.sink.warn(key, r.loose.message, r.loose.suggestion);
    if (r.warning) c.sink.warn(key, r.warning);
    return r.value;
  });
