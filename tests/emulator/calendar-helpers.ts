/** Contexts and event bodies for the fidelity tests of the advanced Calendar service. */
import type { Account } from "../../local/emulator/account";
import { createCalendar } from "../../local/emulator/calendar";
import type { EmuContext } from "../../local/emulator/context";
import { type TestClock, testClock, testContext } from "./services-helpers";

type Event = GoogleAppsScript.Calendar.Schema.Event;

export const AMS = "Europe/Amsterdam";

/** The `Calendar` global of one execution on `account` (a new one when omitted), with a clock that stands still. */
export function calendarContext(account?: Account): {
  ctx: EmuContext;
  Calendar: GoogleAppsScript.Calendar;
  clock: TestClock;
} {
  const clock = testClock();
  const ctx = testContext({ ...(account ? { account } : {}), now: clock.now });
  return { ctx, Calendar: createCalendar(ctx), clock };
}

/** A two-hour meeting at `start` (wall clock "YYYY-MM-DDTHH:MM:SS") in `zone`, with the given guests. */
export function meeting(start: string, guests: string[] = [], extra: Event = {}, zone = AMS): Event {
  const [date, time] = start.split("T") as [string, string];
  const endHour = String(Number(time.slice(0, 2)) + 2).padStart(2, "0");
  return {
    summary: "Kerngroep: overleg",
    location: "Zorgcentrum De Linde",
    description: "Agenda volgt.",
    start: { dateTime: start, timeZone: zone },
    end: { dateTime: `${date}T${endHour}${time.slice(2)}`, timeZone: zone },
    ...(guests.length ? { attendees: guests.map((email) => ({ email })) } : {}),
    ...extra,
  };
}

/** The error a call throws, with the GoogleJsonResponseException fields (fails the test when it does not throw). */
export function apiErrorOf(fn: () => unknown): Error & { details?: { code: number; message: string } } {
  try {
    fn();
  } catch (e) {
    return e as Error & { details?: { code: number; message: string } };
  }
  throw new Error("expected the call to throw");
}
