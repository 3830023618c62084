/**
 * The typed records that validation produces from the partners' rows, and the problems it finds.
 * Past validation, these types are trusted: dashboards, reports and invites read only these.
 */

import type { IsoDate } from "./dates";
import type { Deadline } from "./deadline";
import type { Phase, Status } from "./vocab";

/** One tab as read from the sheet: values (row 0 = header) and display values (what the partner sees). */
export interface RawTab {
  name: string;
  values: readonly (readonly unknown[])[];
  display: readonly (readonly string[])[];
}

export type Severity = "error" | "warning";

export interface Problem {
  /** Tab name as in the workbook. */
  tab: string;
  /** 1-based sheet row; 0 when the problem is about the tab as a whole. */
  row: number;
  /** Header text as in the sheet ("" for the whole row or tab). */
  column: string;
  /** 1-based sheet column of that header, 0 when none (for the link). */
  columnIndex: number;
  /** The value as the partner typed it (display value). */
  value: string;
  severity: Severity;
  /** Clear message in the run's language. */
  message: string;
  /** The suggested value or action, "" when none. */
  suggestion: string;
}

export interface Activity {
  /** 1-based sheet row. */
  row: number;
  /** `A-0001`…; "" only before IDs are assigned. */
  id: string;
  project: string;
  theme: string;
  subject: string;
  goal: string;
  /** One per line, bullets stripped. */
  subgoals: string[];
  actions: string[];
  owner: string;
  /** The deadline as typed (display value). */
  deadlineText: string;
  deadline: Deadline;
  phase: Phase;
  status: Status;
  note: string;
  updated: Date | null;
}

export interface Project {
  row: number;
  name: string;
  /** As typed; "" when empty (the dashboard tab name is derived elsewhere). */
  shortName: string;
  /**
   * The thema of the jaaractieplan under which this project is a speerpunt (documents/plan.ts); "" when it is
   * no speerpunt.
   */
  theme: string;
  problem: string;
  /** One per line, bullets stripped. */
  goals: string[];
  scope: string;
  redFlag: string;
  remarks: string;
  helpRequest: string;
  /** One per line; a line ending in ":" is a sub-heading. */
  progress: string[];
  lead: string;
  /** Label as typed, e.g. "Januari 2026". */
  asOf: string;
}

export interface Member {
  row: number;
  name: string;
  /**
   * Lower case; null when `E-mail` is empty, not one valid address or another member's too (a warning): she gets
   * no invitations.
   */
  email: string | null;
  /**
   * Set when other members' `E-mail` holds this same address (case-insensitive; a warning on every one of those
   * rows): email is then null, since nobody can tell whose address it is, and she gets no invitations. `others`:
   * how many other members have it; `rows`: the first of their rows (rowList names them). Absent when the
   * address is hers alone.
   */
  sharedAddress?: { others: number; rows: number[] };
  organisation: string;
  role: string;
  groups: string[];
  active: boolean;
}

export interface Meeting {
  row: number;
  group: string;
  title: string;
  date: IsoDate;
  /** "HH:mm" or null for an all-day meeting. */
  start: string | null;
  /** "HH:mm" or null for an all-day meeting (defaults to start + 2 hours). */
  end: string | null;
  location: string;
  description: string;
  cancelled: boolean;
  eventId: string;
  inviteStatus: string;
  sentAt: Date | null;
}

export interface Settings {
  networkName: string;
  region: string;
  year: number;
  lang: "nl" | "en";
  timeZone: string;
  calendarId: string;
  reportFolder: string;
  reportTemplate: string;
  /** A PDF copy beside the report. */
  reportPdf: boolean;
  /** The opening text of the jaaractieplan ("" = the template's or a standard one). */
  planIntroduction: string;
  sendInvites: boolean;
  colours: Record<Status, string>;
}
