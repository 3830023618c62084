/** The `Vergaderingen` record (PRODUCT.md §2.4): its schema (date, times, group). */
import * as z from "zod/mini";
import { addHours, type Cell, cellError, parseTime, type ReadTab, textOf } from "../cells";
import type { IsoDate } from "../dates";
import { isDateValue } from "../dates";
import { parseDeadline } from "../deadline";
import type { Lang, Translate } from "../i18n";
import {
  Fail,
  type Field,
  type FieldContext,
  field,
  objectOf,
  optionalDate,
  optionalText,
  plainText,
  type Resolution,
  reference,
  shown,
  yesNo,
} from "./fields";
import { RowSink } from "./problems";
import { contextFor, parseRows } from "./rows";

export interface MeetingContext extends FieldContext {
  timeZone: string;
  /** Resolves a group; null when `Leden` is unusable. */
  group: ((text: string, cell: Cell) => Resolution) | null;
}

const meetingDate = (c: MeetingContext): Field<IsoDate> =>
  field((cell, key) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    if (textOf(cell) === "" && !isDateValue(cell.v))
      return new Fail(c.t("val.required", { column: c.label(key) }));
    const r = parseDeadline(cell.v, { timeZone: c.timeZone });
    if (r.ok && r.deadline.kind === "period" && r.deadline.granularity === "day") return r.deadline.start;
    const notDay = r.ok && r.deadline.kind === "period" && !isDateValue(cell.v);
    return new Fail(c.t(notDay ? "val.date.notDay" : "val.date.invalid", { value: shown(cell) }));
  });

const time = (c: MeetingContext): Field<string | null> =>
  field((cell) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const r = parseTime(cell, c.timeZone);
    return r === "invalid" ? new Fail(c.t("val.time.invalid", { value: shown(cell) })) : r;
  });

/** A meeting without an end time lasts this long (PRODUCT.md §2.4). */
export const DEFAULT_MEETING_HOURS = 2;

export function meetingSchema(c: MeetingContext) {
  return z.pipe(
    objectOf({
      group: reference(c, c.group),
      title: optionalText(c),
      date: meetingDate(c),
      start: time(c),
      end: time(c),
      location: optionalText(c),
      description: optionalText(c),
      cancelled: yesNo(c, false),
      eventId: plainText(),
      inviteStatus: plainText(),
      sentAt: optionalDate(),
    }),
    z.transform((m, payload) => {
      if (m.start === null) {
        if (m.end !== null) {
          payload.issues.push({
            code: "custom",
            input: m.end,
            path: ["end"],
            message: c.t("val.time.endWithoutStart"),
            params: { suggestion: "" },
          });
          return z.NEVER;
        }
        return m;
      }
      if (m.end === null) return { ...m, end: addHours(m.start, DEFAULT_MEETING_HOURS) };
      if (m.end <= m.start) {
        payload.issues.push({
          code: "custom",
          input: m.end,
          path: ["end"],
          message: c.t("val.time.endNotAfterStart", { start: m.start, end: m.end }),
          params: { suggestion: "" },
        });
        return z.NEVER;
      }
      return m;
    }),
  );
}

/** Every meeting row through its schema; `group` null when `Leden` is unusable. */
export function validateMeetings(
  read: ReadTab,
  t: Translate,
  opts: { lang: Lang; timeZone: string },
  group: ((text: string) => Resolution) | null,
) {
  const sink = new RowSink();
  const ctx = { ...contextFor(read, t, opts.lang, sink), timeZone: opts.timeZone, group };
  return parseRows(read, meetingSchema(ctx), sink, t);
}
