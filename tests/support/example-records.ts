/**
 * A small adapter from the example network's rows (examples/voorbeeldnetwerk.ts) to the validated records
 * that the dashboard and document builders take, standing in for validation in their tests.
 */

import {
  EXAMPLE_ACTIVITIES,
  EXAMPLE_MEETINGS,
  EXAMPLE_PROJECTS,
  EXAMPLE_SETTINGS,
} from "../../examples/voorbeeldnetwerk";
import { buildDashboard } from "../../src/core/dashboard";
import { parseDeadline } from "../../src/core/deadline";
import type { Activity, Meeting, Project, Settings } from "../../src/core/records";
import type { Status } from "../../src/core/vocab";

const lines = (s: string): string[] =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

export function exampleActivities(): Activity[] {
  return EXAMPLE_ACTIVITIES.map((r, i) => {
    const parsed = parseDeadline(r.Deadline);
    if (!parsed.ok) throw new Error(`example deadline not parsed: ${r.Deadline}`);
    return {
      row: i + 2,
      id: `A-${String(i + 1).padStart(4, "0")}`,
      project: r.Project,
      theme: r.Thema,
      subject: r.Onderwerp,
      goal: r.Doelstelling,
      subgoals: lines(r.Subdoelstellingen),
      actions: lines(r.Acties),
      owner: r.Trekker,
      deadlineText: r.Deadline,
      deadline: parsed.deadline,
      phase: r.Fase,
      status: r.Status,
      note: r.Toelichting,
      updated: null,
    };
  });
}

export function exampleProjects(): Project[] {
  return EXAMPLE_PROJECTS.map((r, i) => ({
    row: i + 2,
    name: r.Naam,
    shortName: r["Korte naam"],
    theme: r.Thema,
    problem: r.Probleemstelling,
    goals: lines(r.Doelstellingen),
    scope: r.Scope,
    redFlag: r["Rode vlag"],
    remarks: r["Opmerkelijke zaken"],
    helpRequest: r.Hulpvraag,
    progress: lines(r.Voortgang),
    lead: r.Projectleider,
    asOf: r.Peildatum,
  }));
}

export function exampleMeetings(): Meeting[] {
  return EXAMPLE_MEETINGS.map((m, i) => ({
    row: i + 2,
    group: m.Groep,
    title: m.Titel,
    date: m.Datum.toISOString().slice(0, 10),
    start: m.Begintijd || null,
    end: m.Eindtijd || null,
    location: m.Locatie,
    description: m.Omschrijving,
    cancelled: m.Geannuleerd,
    eventId: "",
    inviteStatus: "",
    sentAt: null,
  }));
}

export function exampleSettings(): Settings {
  const get = (key: string) => EXAMPLE_SETTINGS.find((s) => s.Sleutel === key)?.Waarde;
  const colour = (s: Status) => String(get(`Kleur ${s}`));
  return {
    networkName: String(get("Netwerknaam")),
    region: String(get("Regio")),
    year: Number(get("Jaar")),
    lang: "nl",
    timeZone: String(get("Tijdzone")),
    calendarId: "",
    reportFolder: "",
    reportTemplate: "",
    reportPdf: false,
    planIntroduction: "",
    sendInvites: true,
    colours: {
      Behaald: colour("Behaald"),
      "Op schema": colour("Op schema"),
      Doorlopend: colour("Doorlopend"),
      "Achter op schema": colour("Achter op schema"),
    },
  };
}

/** The projects the example's activities name, in their order. */
export function exampleProjectNames(): string[] {
  return [...new Set(exampleActivities().map((a) => a.project))];
}

/** The dashboard of the example project `name` on `today`, with the project and its activities. */
export function exampleDashboard(name: string, today: string) {
  const p = exampleProjects().find((x) => x.name === name)!;
  const as = exampleActivities().filter((a) => a.project === name);
  return { project: p, activities: as, ...buildDashboard(p, as, exampleSettings(), today, "nl") };
}
