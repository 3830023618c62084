/** The `Vergaderingen` record (PRODUCT.md §2.4): its schema (date, times, group). */
import * as z from "zod/mini";
import { addHours, type Cell, cellError, type ReadTab, readTime, textOf } from "../cells";
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

/**
 * A whole hour without minutes before this hour (`2`, `2 uur`, `2u`) is ambiguous: "om 2 uur" for a meeting
 * almost always means 14:00. A time with minutes (`02:00`, `6:30`) or a time cell is taken as written.
 */
export const FIRST_UNAMBIGUOUS_HOUR = 7;

/** A meeting's time as read: "HH:mm", null (empty), "invalid", or an ambiguous whole hour with its afternoon. */
export type MeetingTime = string | null | "invalid" | { night: string; suggestion: string };

/**
 * A meeting's `Begintijd` or `Eindtijd` by the rule of `Vergaderingen` (readTime's forms, and a whole hour
 * before FIRST_UNAMBIGUOUS_HOUR refused with the afternoon as suggestion); the year planning's form reads its
 * times by the same rule.
 */
export function meetingTime(cell: Cell, timeZone: string): MeetingTime {
  const r = readTime(cell, timeZone);
  if (r === null || r === "invalid") return r;
  if (r.hourOnly && Number(r.time.slice(0, 2)) < FIRST_UNAMBIGUOUS_HOUR)
    return { night: r.time, suggestion: addHours(r.time, 12) };
  return r.time;
}

const time = (c: MeetingContext): Field<string | null> =>
  field((cell) => {
    const error = cellError(cell);
    if (error !== null) return new Fail(c.t("val.cellError", { error }));
    const r = meetingTime(cell, c.timeZone);
    if (r === "invalid") return new Fail(c.t("val.time.invalid", { value: shown(cell) }));
    if (r !== null && typeof r === "object") {
      return new Fail(
        c.t("val.time.night", { value: shown(cell), time: r.night, suggestion: r.suggestion }),
        r.suggestion,
      );
    }
    return r;
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
