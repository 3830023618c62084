/**
 * Who Google Calendar mails, and why, when the organizer's calendar changes an event with `sendUpdates`.
 *
 * What the reference says (https://developers.google.com/workspace/calendar/api/v3/reference/events/insert,
 * …/patch, …/update, …/delete):
 *   insert  sendUpdates "Whether to send notifications about the creation of the new event. Note that some
 *           emails might still be sent. The default is false." all: "Notifications are sent to all guests."
 *           externalOnly: "Notifications are sent to non-Google Calendar guests only." none: "No
 *           notifications are sent."
 *   patch / update  "Guests who should receive notifications about the event update (for example, title
 *           changes, etc.)", same three values.
 *   delete  "Guests who should receive notifications about the deletion of the event.", same three values.
 * Without sendUpdates no mail goes out (the deprecated sendNotifications defaulted to false as well).
 *
 * How the emulator applies that, per change of the guest list (addresses compared case-insensitively):
 * - insert: every guest is `invited`.
 * - patch/update: a guest added is `invited`; a guest removed is told the event is `cancelled` for them; a
 *   guest who stays gets `updated` when anything a guest sees changed (title, description, place, start, end,
 *   status, the guest list) — so adding one guest with "all" mails every guest, as users of the API report
 *   (https://github.com/googleapis/google-api-nodejs-client/issues/3310). A change only guests cannot see
 *   (private extended properties, reminders, colour) mails nobody; a patch that changes nothing mails nobody.
 * - status set to "cancelled" (or delete): every guest is told `cancelled`; a cancelled event set back to
 *   "confirmed": every guest is `invited` again.
 * - externalOnly: only guests who are not Google Calendar users (see isGoogleUser) are mailed.
 * The organizer (the calendar itself, or the user) is never mailed about their own change.
 */
import type { CalendarMail, MailingMethod } from "./model";

type Event = GoogleAppsScript.Calendar.Schema.Event;
export type SendUpdates = "all" | "externalOnly" | "none";
export const SEND_UPDATES = ["all", "externalOnly", "none"] as const;

/** Whether `email` is a Google Calendar user: gmail.com, googlemail.com, the user's domain, listed domains. */
export function isGoogleUser(email: string, userEmail: string, googleDomains: readonly string[]): boolean {
  const domain = email.toLowerCase().split("@")[1] ?? "";
  const own = userEmail.toLowerCase().split("@")[1] ?? "";
  return (
    domain === "gmail.com" ||
    domain === "googlemail.com" ||
    domain === own ||
    googleDomains.some((d) => d.toLowerCase() === domain)
  );
}

/** The guest-visible fields that differ between two versions of an event. */
export function visibleChanges(before: Event, after: Event): string[] {
  const changes: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (const field of ["summary", "description", "location", "status"] as const) {
    if (!same(before[field], after[field])) changes.push(field);
  }
  for (const field of ["start", "end"] as const) {
    const a = before[field];
    const b = after[field];
    const key = (w: typeof a) =>
      w?.date ? `date:${w.date}` : `at:${w?.dateTime ? Date.parse(w.dateTime) : ""}`;
    if (key(a) !== key(b)) changes.push(field);
  }
  const guests = (e: Event) =>
    (e.attendees ?? [])
      .map((a) => (a.email ?? "").toLowerCase())
      .sort()
      .join(",");
  if (guests(before) !== guests(after)) changes.push("attendees");
  return changes;
}

export interface MailContext {
  at: string;
  calendarId: string;
  /** The organizer's address and the user's: neither is mailed. */
  selfEmails: string[];
  userEmail: string;
  googleDomains: readonly string[];
  method: MailingMethod;
  sendUpdates: SendUpdates;
  /** The event's start as a mail shows it (ISO instant or date). */
  start: string;
}

/** The mails one change causes; `before` null for an insert, `after` cancelled for a delete. */
export function mailsFor(ctx: MailContext, before: Event | null, after: Event): CalendarMail[] {
  if (ctx.sendUpdates === "none") return [];
  const sendUpdates = ctx.sendUpdates;
  const self = new Set(ctx.selfEmails.map((e) => e.toLowerCase()));
  const guestsOf = (e: Event | null) =>
    (e?.attendees ?? []).filter((a) => a.email && !self.has(a.email.toLowerCase()) && !a.resource);
  const oldGuests = before && before.status !== "cancelled" ? guestsOf(before) : [];
  const newGuests = after.status !== "cancelled" ? guestsOf(after) : [];
  const key = (a: { email?: string }) => (a.email ?? "").toLowerCase();
  const newKeys = new Set(newGuests.map(key));
  const oldKeys = new Set(oldGuests.map(key));
  const changes = before ? visibleChanges(before, after) : [];

  const out: CalendarMail[] = [];
  const mail = (to: string, reason: CalendarMail["reason"], withChanges = false) => {
    if (sendUpdates === "externalOnly" && isGoogleUser(to, ctx.userEmail, ctx.googleDomains)) return;
    const m: CalendarMail = {
      at: ctx.at,
      to,
      reason,
      calendarId: ctx.calendarId,
      eventId: after.id ?? "",
      summary: after.summary ?? "",
      start: ctx.start,
      method: ctx.method,
      sendUpdates,
    };
    if (withChanges) m.changes = changes;
    out.push(m);
  };
  for (const g of oldGuests) if (!newKeys.has(key(g))) mail(g.email!, "cancelled");
  for (const g of newGuests) {
    if (!oldKeys.has(key(g))) mail(g.email!, "invited");
    else if (changes.length > 0) mail(g.email!, "updated", true);
  }
  return out;
}
