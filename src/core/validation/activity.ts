/** The `Activiteiten` record (PRODUCT.md §2.1): its schema and the checks across its rows. */
import * as z from "zod/mini";
import { PHASE_WORDS, STATUS_WORDS } from "../blocks";
import type { ReadTab } from "../cells";
import { type Cell, cellError, textOf } from "../cells";
import { dutchDate, type IsoDate } from "../dates";
import {
  type Deadline,
  type DeadlineResult,
  deadlineSuggestion,
  dueDate,
  formatDeadlineError,
  parseDeadline,
} from "../deadline";
import { type Lang, q, type Translate } from "../i18n";
import { Memo } from "../memo";
import type { OwnerMatcher } from "../owners";
import { PHASES, type Phase, STATUSES, type Status } from "../vocab";
import {
  Fail,
  type Field,
  type FieldContext,
  field,
  lineList,
  objectOf,
  optionalDate,
  optionalText,
  plainText,
  type Resolution,
  reference,
  requiredText,
  vocabulary,
  Wording,
  withSuggestion,
} from "./fields";
import { cleanText, laterDuplicates, problemAt, RowSink, rowError, sameKey } from "./problems";
import { contextFor, parseRows } from "./rows";

export interface ActivityContext extends FieldContext {
  timeZone: string;
  today: IsoDate;
  /** Resolves a project name; null when `Projecten` is unusable (missing tab or column). */
  project: ((text: string, cell: Cell) => Resolution) | null;
  /** Checks trekkers against `Leden`; null when `Leden` is unusable. */
  owners: OwnerMatcher | null;
}

const MAX_DEADLINE_TEXT = 10_000;

const deadline = (c: ActivityContext): Field<Deadline> => {
  // Partners repeat the same few deadlines: parse each text once, and word each failure (its message and
  // suggestion) once.
  const parsed = new Memo<DeadlineResult>();
  const failures = new Memo<Fail>();
  return field((cell) => {
    const text = typeof cell.v === "string" ? cell.v : null;
    // A pasted paragraph is no deadline; spare the parser from folding all of it. A date cell is read with
    // what it shows: formatted as a month or a year (`december 2026`), it is that month or year.
    const parse = (): DeadlineResult =>
      text !== null && text.length > MAX_DEADLINE_TEXT
        ? { ok: false, code: "unrecognized" }
        : parseDeadline(cell.v, { timeZone: c.timeZone, display: cell.d });
    const r = text === null ? parse() : parsed.of(text, parse);
    if (r.ok) return { ...r.deadline };
    const fail = () => {
      // A likely reading of what was typed (`eind 2026` → `Dec. 2026`): in the message and as the suggestion.
      const suggestion = text !== null && text.length <= 200 ? deadlineSuggestion(text) : null;
      return new Fail(formatDeadlineError(r.code, r.detail, c.t, suggestion), suggestion ?? "");
    };
    return text === null ? fail() : failures.of(text, fail);
  });
};

/**
 * Required text whose people and roles are checked against `Leden`: one warning naming the parts not found
 * (with "Bedoelt u …?" when there is a suggestion, e.g. the name of the member whose address was typed) and
 * the members named who are in `Leden` but not active.
 */
const owner = (c: ActivityContext): Field<string> => {
  const text = requiredText(c);
  const wording = new Wording();
  return (key) => {
    const required = text(key);
    return (cell) => {
      const value = required(cell);
      if (value instanceof Fail) return value;
      const check = c.owners?.check(value);
      if (check && (check.unmatched.length > 0 || check.inactive.length > 0)) {
        const message = wording.of(value, () => {
          const sentences = check.inactive.map((m) =>
            c.t("val.owner.inactive", { name: q(m.name), row: m.row }),
          );
          if (check.unmatched.length > 0) {
            const parts = check.unmatched.map((p) => q(p, 40)).join(", ");
            sentences.unshift(withSuggestion(c.t, c.t("val.owner.unknown", { parts }), check.suggestion));
          }
          return sentences.join(" ");
        });
        c.sink.warn(key, message, check.suggestion);
      }
      return value;
    };
  };
};

/** Record fields that read another field's column. */
export const ACTIVITY_SOURCES: Readonly<Record<string, string>> = { deadlineText: "deadline" };

export function activitySchema(c: ActivityContext) {
  const wording = new Wording();
  return objectOf(
    {
      id: field((cell) => {
        const error = cellError(cell);
        return error !== null ? new Fail(c.t("val.cellError", { error })) : textOf(cell);
      }),
      project: reference(c, c.project),
      theme: optionalText(c),
      subject: requiredText(c),
      goal: optionalText(c),
      subgoals: lineList(c),
      actions: lineList(c),
      owner: owner(c),
      deadlineText: plainText(),
      deadline: deadline(c),
      phase: vocabulary<Phase>(c, PHASES, PHASE_WORDS),
      status: vocabulary<Status>(c, STATUSES, STATUS_WORDS),
      note: optionalText(c),
      updated: optionalDate(),
    },
    "",
    ACTIVITY_SOURCES,
  ).check(
    z.superRefine((a) => {
      const due = dueDate(a.deadline);
      if (due !== null && due < c.today && a.status !== "Behaald") {
        const message = wording.of(`overdue\u0000${a.deadlineText}\u0000${due}\u0000${a.status}`, () =>
          c.t("val.deadline.overdue", { value: q(a.deadlineText), due: dutchDate(due), status: q(a.status) }),
        );
        c.sink.warn("deadline", message);
      }
      if (a.status === "Behaald" && a.phase !== "Afgerond") {
        const message = wording.of(`achieved\u0000${a.phase}`, () =>
          c.t("val.achievedNotDone", { phase: q(a.phase) }),
        );
        c.sink.warn("phase", message, "Afgerond");
      }
    }),
  );
}

export function validateActivities(
  read: ReadTab,
  t: Translate,
  opts: { lang: Lang; timeZone: string; today: IsoDate },
  project: ((text: string) => Resolution) | null,
  owners: OwnerMatcher | null,
) {
  const sink = new RowSink();
  const ctx = {
    ...contextFor(read, t, opts.lang, sink, ACTIVITY_SOURCES),
    timeZone: opts.timeZone,
    today: opts.today,
    project,
    owners,
  };
  const outcomes = parseRows(read, activitySchema(ctx), sink, t, ACTIVITY_SOURCES);
  laterDuplicates(
    outcomes,
    (o) => cleanText(o.cells.id).toUpperCase() || null,
    (o, row) => {
      const message = t("val.id.duplicate", { value: q(cleanText(o.cells.id)), row });
      rowError(read, o, "id", message, t("val.id.clearCell"));
    },
  );
  laterDuplicates(
    outcomes,
    (o) => {
      const subject = sameKey(cleanText(o.cells.subject));
      const projectText = o.record?.project ?? cleanText(o.cells.project);
      return subject === "" || projectText === "" ? null : `${sameKey(projectText)}\n${subject}`;
    },
    (o, row) => {
      const params = {
        value: q(cleanText(o.cells.subject)),
        project: q(o.record?.project ?? cleanText(o.cells.project)),
        row,
      };
      o.problems.push(
        problemAt(read, o.row, o.cells, "subject", "warning", t("val.subject.duplicate", params)),
      );
    },
  );
  return outcomes;
}
