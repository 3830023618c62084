/**
 * The preview of `Uitnodigingen versturen…` (PRODUCT.md §5, §6): what will be created, updated, cancelled
 * and left alone, with per meeting exactly who gets mail and why — built from the plan, shown before
 * anything is sent. The page prints every value escaped; the token goes back with the confirmation.
 */
import type { IsoDate } from "../dates";
import { zonedParts } from "../dates";
import type { MessageKey, Translate } from "../i18n";
import type { ExistingEvent } from "../invites/events";
import { previewToken, type RowWrite } from "../invites/outcome";
import { type InvitePlan, type ItemKind, type Mail, type PlanItem, refreshesLinks } from "../invites/plan";
import { ownStatus } from "../invites/status";
import { type CalTime, parseInstant } from "../invites/times";
import type { NotInvited } from "../invites/wanted";
import type { Problem } from "../records";
import { rowList } from "../validation/problems";

export interface InvitesScreenItem {
  row: string;
  title: string;
  when: string;
  where: string;
  /** What changes, what happened before, why it is skipped. */
  details: string[];
  /** Who gets mail and why, one line each; empty when nobody does. */
  mail: string[];
  /** Why nobody gets mail ("" when someone does, or when the item does nothing). */
  noMail: string;
}

export interface InvitesScreenSection {
  id: string;
  title: string;
  /** Collapsed at first (the rows nothing happens to). */
  collapsed: boolean;
  items: InvitesScreenItem[];
  help: string;
}

/** A list the coordinator should act on: the rows left out, the members who get no invitation. */
export interface InvitesScreenNotice {
  id: string;
  title: string;
  help: string;
  lines: string[];
}

export interface InvitesScreen {
  title: string;
  intro: string;
  notes: string[];
  /** Shown before the sections: what stays out of the calendar, and why. */
  notices: InvitesScreenNotice[];
  counts: { label: string; value: number }[];
  mailTotal: string;
  sections: InvitesScreenSection[];
  /** Calls to make, ids or `Uitnodiging` cells to write: the confirm button is shown. */
  hasWork: boolean;
  token: string;
  texts: {
    confirm: string;
    cancel: string;
    close: string;
    busy: string;
    /** Replaces the intro ("nothing happens until…") once the run has happened. */
    confirmed: string;
    offline: string;
  };
}

/** A problem that keeps a row of Vergaderingen (or the whole tab) out of the calendar. */
export interface LeftOut {
  /** The sheet row; 0 or 1 for a problem of the tab or its header row. */
  row: number;
  column: string;
  message: string;
}

export interface InvitesScreenInput {
  plan: InvitePlan;
  timeZone: string;
  sendInvites: boolean;
  calendarId: string;
  /** The errors that keep rows of Vergaderingen out of the calendar (leftOutOf), in sheet order. */
  leftOut: readonly LeftOut[];
  /**
   * The writes of `Uitnodiging` that make no call (outcome.ts statusWrites): errors to put in, errors of
   * rows fixed since to replace. Part of the work the confirmation does, and of its token.
   */
  statuses: readonly RowWrite[];
  /** The last run stopped before the end: how far it got. */
  resumed: { done: number; total: number } | null;
  /** Names by address, from Leden. */
  names: Readonly<Record<string, string>>;
}

const WEEKDAY_DAYS = 7;

/** "di 10 mrt 2026": the weekday and month from the translated lists. */
export function dayText(day: IsoDate, t: Translate): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + WEEKDAY_DAYS - 1) % WEEKDAY_DAYS;
  const weekdays = t("invites.weekdaysShort").split(",");
  const months = t("invites.monthsShort").split(",");
  return `${weekdays[weekday] ?? ""} ${d} ${months[m - 1] ?? ""} ${y}`;
}

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, "0");

/** A start or end read in `zone`: its date and its clock ("" for an all-day date). */
function wall(t: CalTime | null | undefined, zone: string): { day: IsoDate; clock: string } | null {
  if (t?.date) return { day: t.date, clock: "" };
  const ms = parseInstant(t?.dateTime);
  const p = ms === null ? null : zonedParts(ms, zone);
  if (p === null) return null;
  return { day: `${p.year}-${pad(p.month)}-${pad(p.day)}`, clock: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "di 10 mrt 2026, 14:00–16:00"; "di 10 mrt 2026 (hele dag)"; over midnight both days. */
export function whenText(
  start: CalTime | null | undefined,
  end: CalTime | null | undefined,
  zone: string,
  t: Translate,
): string {
  const s = wall(start, zone);
  const e = wall(end, zone);
  if (s === null) return "";
  if (s.clock === "") return `${dayText(s.day, t)} (${t("invites.item.allDay")})`;
  if (e === null) return `${dayText(s.day, t)}, ${s.clock}`;
  if (e.day === s.day) return `${dayText(s.day, t)}, ${s.clock}–${e.clock}`;
  return `${dayText(s.day, t)}, ${s.clock} – ${dayText(e.day, t)}, ${e.clock}`;
}

const MAIL_REASON: Record<Mail["reason"], MessageKey> = {
  invited: "invites.mail.invited",
  updated: "invites.mail.updated",
  cancelled: "invites.mail.cancelled",
};

function person(email: string, names: Readonly<Record<string, string>>): string {
  const name = names[email];
  return name ? `${name} <${email}>` : email;
}

/**
 * A row made again because the add-on itself cancelled its event (Geannuleerd was ticked, then unticked):
 * its `Uitnodiging` still says so — the word the add-on wrote when it cancelled, or an error written over it
 * since (`geannuleerd; …`), in either language. Any other event that is gone was deleted in Google Calendar.
 */
export function reinstated(item: PlanItem): boolean {
  return item.kind === "recreate" && ownStatus(item.wanted.storedStatus)?.cancelled === true;
}

function changeLines(item: PlanItem, input: InvitesScreenInput, t: Translate): string[] {
  const before = item.before;
  const body = item.wanted.body;
  const names = (emails: readonly string[]) => emails.map((e) => input.names[e] ?? e).join(", ");
  const lines: string[] = [];
  if (item.note === "adopted") lines.push(t("invites.note.adopted"));
  if (item.note === "duplicateId") lines.push(t("invites.note.duplicateId"));
  if (item.note === "foreign") lines.push(t("invites.note.foreign"));
  if (item.note === "nothingToCancel") lines.push(t("invites.note.nothingToCancel"));
  if (item.kind === "recreate")
    lines.push(t(reinstated(item) ? "invites.note.reinstated" : "invites.note.recreate"));
  if (refreshesLinks(item)) lines.push(t("invites.change.links"));
  if (item.kind !== "update" || before === null) return lines;
  const none = t("invites.change.none");
  for (const c of item.changes) {
    if (c === "time")
      lines.push(
        t("invites.change.time", {
          from: whenText(before.start, before.end, input.timeZone, t),
          to: whenText(body.start, body.end, input.timeZone, t),
        }),
      );
    else if (c === "place")
      lines.push(t("invites.change.place", { from: before.location || none, to: body.location || none }));
    else if (c === "title")
      lines.push(t("invites.change.title", { from: before.summary || none, to: body.summary || none }));
    else if (c === "description") lines.push(t("invites.change.description"));
    else if (c === "links") lines.push(t("invites.change.links"));
    else if (c === "zone") lines.push(t("invites.change.zone"));
  }
  if (item.added.length > 0) lines.push(t("invites.change.added", { names: names(item.added) }));
  if (item.removed.length > 0) lines.push(t("invites.change.removed", { names: names(item.removed) }));
  if (lines.length === 0 && item.changes.includes("key")) lines.push(t("invites.change.internal"));
  return lines;
}

function noMailReason(item: PlanItem, input: InvitesScreenInput, t: Translate): string {
  if (item.mail.length > 0 || item.ops.length === 0) return "";
  if (refreshesLinks(item)) return t("invites.noMail.linksOnly");
  if (!input.sendInvites) return t("invites.noMail.setting");
  if (item.kind === "update") return t("invites.noMail.quiet");
  return t("invites.noMail.noGuests");
}

function screenItem(item: PlanItem, input: InvitesScreenInput, t: Translate): InvitesScreenItem {
  const body = item.wanted.body;
  const mail = item.mail.map((m) => `${person(m.to, input.names)} — ${t(MAIL_REASON[m.reason])}`);
  const othersTold =
    item.kind === "update" &&
    item.added.length > 0 &&
    !item.changes.includes("time") &&
    !item.changes.includes("place") &&
    item.mail.some((m) => m.reason === "updated");
  if (othersTold) mail.push(t("invites.mail.othersUpdated"));
  return {
    row: t("invites.item.row", { row: item.row }),
    title: body.summary ?? "",
    when: whenText(body.start, body.end, input.timeZone, t),
    where: body.location ?? "",
    details: changeLines(item, input, t),
    mail,
    noMail: noMailReason(item, input, t),
  };
}

function orphanItem(ev: ExistingEvent, input: InvitesScreenInput, t: Translate): InvitesScreenItem {
  return {
    row: "",
    title: ev.summary,
    when: whenText(ev.start, ev.end, input.timeZone, t),
    where: ev.location,
    details: [],
    mail: [],
    noMail: "",
  };
}

const SECTIONS: readonly { kind: ItemKind; title: MessageKey; collapsed: boolean }[] = [
  { kind: "create", title: "invites.section.create", collapsed: false },
  { kind: "update", title: "invites.section.update", collapsed: false },
  { kind: "recreate", title: "invites.section.recreate", collapsed: false },
  { kind: "cancel", title: "invites.section.cancel", collapsed: false },
  { kind: "skipped", title: "invites.section.skipped", collapsed: false },
  { kind: "unchanged", title: "invites.section.unchanged", collapsed: true },
  { kind: "past", title: "invites.section.past", collapsed: true },
];

/** The preview's counts: what will happen, never what has (the summary dialog says that afterwards). */
const COUNT_LABELS: readonly { kind: ItemKind; label: MessageKey }[] = [
  { kind: "create", label: "invites.preview.count.create" },
  { kind: "update", label: "invites.preview.count.update" },
  { kind: "cancel", label: "invites.preview.count.cancel" },
  { kind: "recreate", label: "invites.preview.count.recreate" },
  { kind: "unchanged", label: "invites.preview.count.unchanged" },
];

/** The errors of `tab` (Vergaderingen) in a validation's problems: each keeps its row out of the calendar. */
export function leftOutOf(problems: readonly Problem[], tab: string): LeftOut[] {
  return problems
    .filter((p) => p.tab === tab && p.severity === "error")
    .map((p) => ({ row: p.row, column: p.column, message: p.message }));
}

/** The rows of Vergaderingen kept out of the calendar (0 when only the tab or its header has a problem). */
const leftOutRows = (leftOut: readonly LeftOut[]): Set<number> =>
  new Set(leftOut.filter((p) => p.row > 1).map((p) => p.row));

/** At most this many problems are listed; the rest are counted (Valideren lists them all). */
export const LEFT_OUT_SHOWN = 25;

function leftOutNotice(leftOut: readonly LeftOut[], t: Translate): InvitesScreenNotice | null {
  if (leftOut.length === 0) return null;
  const rows = leftOutRows(leftOut);
  const line = (p: LeftOut) => {
    if (p.row <= 1) return p.message;
    return p.column === ""
      ? t("invites.leftOut.row", { row: p.row, message: p.message })
      : t("invites.leftOut.cell", { row: p.row, column: p.column, message: p.message });
  };
  const lines = leftOut.slice(0, LEFT_OUT_SHOWN).map(line);
  if (leftOut.length > LEFT_OUT_SHOWN)
    lines.push(t("invites.leftOut.more", { count: leftOut.length - LEFT_OUT_SHOWN }));
  return {
    id: "left-out",
    title: rows.size > 0 ? t("invites.leftOut.title", { count: rows.size }) : t("invites.leftOut.titleTab"),
    // One row, several, or none (a problem of the whole tab): the help says which.
    help: t("invites.leftOut.help", { count: rows.size }),
    lines,
  };
}

/** What the confirmation writes into `Uitnodiging` without a call: per row, an error put in or replaced. */
function statusesNotice(
  statuses: readonly RowWrite[],
  leftOut: readonly LeftOut[],
  t: Translate,
): InvitesScreenNotice | null {
  if (statuses.length === 0) return null;
  const errorRows = leftOutRows(leftOut);
  const line = (w: RowWrite) => {
    if (errorRows.has(w.row)) return t("invites.statuses.error", { row: w.row });
    return w.status
      ? t("invites.statuses.settled", { row: w.row, status: w.status })
      : t("invites.statuses.cleared", { row: w.row });
  };
  const lines = statuses.slice(0, LEFT_OUT_SHOWN).map(line);
  if (statuses.length > LEFT_OUT_SHOWN)
    lines.push(t("invites.statuses.more", { count: statuses.length - LEFT_OUT_SHOWN }));
  return {
    id: "statuses",
    title: t("invites.statuses.title", { count: statuses.length }),
    help: t("invites.statuses.help"),
    lines,
  };
}

/**
 * The active members of the groups this run invites (meetings that are not cancelled and not over) who get
 * no invitation because `Leden` has no valid address for them, or one that another member has too: each once,
 * with those groups and the reason.
 */
function notInvitedNotice(items: readonly PlanItem[], t: Translate): InvitesScreenNotice | null {
  const byRow = new Map<number, { member: NotInvited; groups: string[] }>();
  for (const item of items) {
    if (item.wanted.cancelled || item.kind === "past" || item.kind === "skipped") continue;
    for (const m of item.wanted.withoutAddress) {
      const entry = byRow.get(m.row) ?? { member: m, groups: [] };
      if (!entry.groups.includes(item.wanted.group)) entry.groups.push(item.wanted.group);
      byRow.set(m.row, entry);
    }
  }
  if (byRow.size === 0) return null;
  const line = (row: number, { member, groups }: { member: NotInvited; groups: string[] }) => {
    const params = { name: member.name, groups: groups.join(", "), row };
    const shared = member.sharedAddress;
    return shared
      ? t("invites.notInvited.shared", { ...params, count: shared.others, rows: rowList(shared.rows) })
      : t("invites.notInvited.line", params);
  };
  const lines = [...byRow].sort((a, b) => a[0] - b[0]).map(([row, entry]) => line(row, entry));
  return {
    id: "not-invited",
    title: t("invites.notInvited.title", { count: byRow.size }),
    help: t("invites.notInvited.help", { count: byRow.size }),
    lines,
  };
}

export function invitesScreen(input: InvitesScreenInput, t: Translate): InvitesScreen {
  const { plan } = input;
  const items = plan.items;
  const mails = items.flatMap((i) => i.mail);
  const people = new Set(mails.map((m) => m.to));
  const hasWork = input.statuses.length > 0 || items.some((i) => i.ops.length > 0 || i.writeId);
  const notes: string[] = [
    t("invites.preview.calendar", {
      calendar:
        input.calendarId === "" || input.calendarId === "primary"
          ? t("invites.preview.ownCalendar")
          : input.calendarId,
    }),
  ];
  if (!input.sendInvites) notes.push(t("invites.preview.mailOff"));
  if (input.resumed) notes.push(t("invites.preview.resumed", input.resumed));
  const linksOnly = items.filter(refreshesLinks).length;
  if (linksOnly > 0) notes.push(t("invites.preview.linksOnly", { count: linksOnly }));
  const leftOut = leftOutNotice(input.leftOut, t);
  const notInvited = notInvitedNotice(items, t);
  const statuses = statusesNotice(input.statuses, input.leftOut, t);
  const confirm = t(mails.length > 0 ? "invites.preview.confirm" : "invites.preview.confirmNoMail");
  // The confirm button is there only when there is something to do; "nothing to do" never hides rows left out.
  const intro = hasWork
    ? t("invites.preview.intro", { confirm })
    : leftOut
      ? t("invites.preview.nothingElseToDo", { count: leftOutRows(input.leftOut).size })
      : t("invites.preview.nothingToDo");

  const sections: InvitesScreenSection[] = SECTIONS.flatMap((s) => {
    const list = items.filter((i) => i.kind === s.kind);
    if (list.length === 0) return [];
    return [
      {
        id: s.kind,
        title: t(s.title, { count: list.length }),
        collapsed: s.collapsed,
        items: list.map((i) => screenItem(i, input, t)),
        help: "",
      },
    ];
  });
  if (plan.orphans.length > 0) {
    sections.push({
      id: "orphans",
      title: t("invites.section.orphans", { count: plan.orphans.length }),
      collapsed: false,
      items: plan.orphans.map((o) => orphanItem(o, input, t)),
      help: t("invites.section.orphansHelp", { count: plan.orphans.length }),
    });
  }
  return {
    title: t("invites.preview.title"),
    intro,
    notes,
    notices: [leftOut, statuses, notInvited].filter((n): n is InvitesScreenNotice => n !== null),
    counts: COUNT_LABELS.map((c) => ({
      label: t(c.label),
      value: items.filter((i) => i.kind === c.kind).length,
    })),
    mailTotal:
      mails.length > 0
        ? t("invites.preview.mailTotal", { mails: mails.length, people: people.size })
        : t("invites.preview.noMail"),
    sections,
    hasWork,
    token: previewToken(plan, input.statuses),
    texts: {
      confirm,
      // Closing sends nothing: the button says so, in words no section title uses.
      cancel: t(mails.length > 0 ? "invites.preview.cancel" : "invites.preview.cancelNoMail"),
      close: t("screen.close"),
      busy: t("invites.preview.busy"),
      confirmed: t("invites.preview.confirmed"),
      offline: t("screen.offline"),
    },
  };
}
