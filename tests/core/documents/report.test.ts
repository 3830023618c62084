/** core/documents/report.ts: the voortgangsrapportage, section by section. */

import { OVERDUE_COLOR, RED_FLAG_COLOR, TABLE_HEADER_BG } from "../../../src/core/documents/model";
import { buildReport, meetingsAhead, progressBlocks } from "../../../src/core/documents/report";
import { translator } from "../../../src/core/i18n";
import type { Meeting } from "../../../src/core/records";
import { DEFAULT_STATUS_COLOURS } from "../../../src/core/tabs";
import {
  allText,
  blockText,
  cellText,
  headerTexts,
  headings,
  part,
  sectionAfter,
  tables,
  vocabularyTooWide,
  wordsTooWide,
} from "../../support/doc-helpers";
import {
  exampleActivities,
  exampleMeetings,
  exampleProjects,
  exampleSettings,
} from "../../support/example-records";
import { act, CUSTOM_COLOURS, project, settings } from "../../support/grid-helpers";

const TODAY = "2026-03-15";

const projects = [
  project({
    name: "Alpha",
    row: 2,
    redFlag: "Budget 2027 onzeker",
    helpRequest: "Vrijwilligers gezocht",
    lead: "Anna",
    progress: ["Kick-off:", "Gedaan", "Evaluatie:", "Gepland", "Nog een punt"],
  }),
  project({ name: "Beta", row: 3, goals: [] }),
];
const activities = [
  act({ row: 2, subject: "a1 overdue", project: "Alpha", deadline: "Feb. 2026", status: "Op schema" }),
  act({
    row: 3,
    subject: "a2 done",
    project: "Alpha",
    deadline: "Jan. 2026",
    status: "Behaald",
    phase: "Afgerond",
  }),
  act({ row: 4, subject: "a3 behind", project: "Beta", deadline: "Dec. 2026", status: "Achter op schema" }),
  act({ row: 5, subject: "a4 april", project: "Beta", deadline: "Apr. 2026", status: "Op schema" }),
  act({
    row: 6,
    subject: "a5 ongoing",
    project: "Beta",
    deadline: "Continue",
    status: "Doorlopend",
    phase: "Continue",
  }),
];
const meeting = (row: number, date: string, p: Partial<Meeting> = {}): Meeting => ({
  row,
  group: "Kerngroep",
  title: `Overleg ${row}`,
  date,
  start: "10:00",
  end: "12:00",
  location: "Hilversum",
  description: "",
  cancelled: false,
  eventId: "",
  inviteStatus: "",
  sentAt: null,
  ...p,
});
const meetings = [
  meeting(2, "2026-05-01"),
  meeting(3, "2026-02-01"), // past
  meeting(4, "2026-04-01", { cancelled: true }),
  meeting(5, "2026-04-01", { start: "14:00", end: "15:00" }),
  meeting(6, "2026-04-01", { start: null, end: null }),
];
const doc = buildReport({ projects, activities, meetings, settings: settings(), today: TODAY, lang: "nl" });

test("file name and title: network and date", () => {
  expect(doc.kind).toBe("report");
  expect(doc.title).toBe("Voortgangsrapportage Netwerk Test 15-03-2026");
  const title = part(doc, "title");
  expect(headings(title, "title")).toEqual(["Voortgangsrapportage Netwerk Test"]);
  expect(headings(title, "subtitle")).toEqual(["Stand van zaken op 15 maart 2026"]);
  expect(doc.values).toMatchObject({
    netwerknaam: "Netwerk Test",
    regio: "Testregio",
    jaar: "2026",
    datum: "15-03-2026",
  });
});

test("the summary dialog's counts: projects, activities, overdue, deadlines soon, meetings ahead", () => {
  // a1 is overdue; a4 (April) is due within three months; meetings 2, 5 and 6 are ahead and not cancelled.
  expect(doc.figures).toEqual([
    ["summary.count.projects", 2],
    ["summary.count.inDocument", 5],
    ["summary.count.overdue", 1],
    ["summary.count.upcoming", 1],
    ["summary.count.meetings", 3],
  ]);
});

test("the outline: summary, one section per project, overdue, upcoming, meetings", () => {
  expect(
    headings(
      doc.parts.flatMap((p) => p.blocks),
      1,
    ),
  ).toEqual([
    "Samenvatting",
    "Alpha",
    "Beta",
    "Verlopen acties",
    "Deadlines komende drie maanden",
    "Vergaderingen",
  ]);
  // Every project starts on a new page, and so do the network-wide lists.
  const projectsPart = part(doc, "projects");
  expect(projectsPart.filter((b) => b.kind === "pageBreak")).toHaveLength(projects.length);
});

describe("Samenvatting", () => {
  const summary = part(doc, "summary");

  test("a line of counts derived from the activities", () => {
    // 5 activities, 2 projects; overdue: a1 (Feb 2026, not Behaald); upcoming within 3 months: a4 (April).
    expect(blockText(summary[1]!)).toBe(
      "5 activiteiten in 2 projecten; 1 verlopen, 1 met een deadline in de komende drie maanden.",
    );
  });

  test("per status: each status word on its colour, the count beside it, a total", () => {
    const [byStatus] = tables(sectionAfter(summary, "Activiteiten per status"));
    expect(headerTexts(byStatus!)).toEqual(["Status", "Aantal"]);
    expect(byStatus!.header.every((c) => c.bg === TABLE_HEADER_BG)).toBe(true);
    expect(byStatus!.rows.map((r) => [cellText(r[0]!), r[0]!.bg, cellText(r[1]!)])).toEqual([
      ["Behaald", DEFAULT_STATUS_COLOURS.Behaald, "1"],
      ["Op schema", DEFAULT_STATUS_COLOURS["Op schema"], "2"],
      ["Doorlopend", DEFAULT_STATUS_COLOURS.Doorlopend, "1"],
      ["Achter op schema", DEFAULT_STATUS_COLOURS["Achter op schema"], "1"],
      ["Totaal", undefined, "5"],
    ]);
  });

  test("per fase", () => {
    const [byPhase] = tables(sectionAfter(summary, "Activiteiten per fase"));
    expect(byPhase!.rows.map((r) => r.map(cellText))).toEqual([
      ["Ontwikkeling", "0"],
      ["Uitvoering", "3"],
      ["Continue", "1"],
      ["Afgerond", "1"],
    ]);
  });

  test("red flags (the project's own and activities behind schedule) and help requests, one bullet per project", () => {
    expect(sectionAfter(summary, "Rode vlaggen").map(blockText)).toEqual([
      "Alpha: Budget 2027 onzeker\nBeta: Achter op schema: a3 behind",
    ]);
    expect(sectionAfter(summary, "Hulpvragen").map(blockText)).toEqual(["Alpha: Vrijwilligers gezocht"]);
  });

  test("the status colours of Instellingen are used", () => {
    const custom = buildReport({
      projects,
      activities,
      meetings,
      settings: settings({ colours: { ...CUSTOM_COLOURS } }),
      today: TODAY,
      lang: "nl",
    });
    const [byStatus] = tables(sectionAfter(part(custom, "summary"), "Activiteiten per status"));
    expect(byStatus!.rows.slice(0, 4).map((r) => r[0]!.bg)).toEqual(Object.values(CUSTOM_COLOURS));
  });
});

describe("a project's section", () => {
  const alpha = sectionAfter(part(doc, "projects"), "Alpha");

  test("lead, probleemstelling, doelstellingen of the year, voortgang, activities, flag and help", () => {
    expect(blockText(alpha[0]!)).toBe("Projectleider: Anna · Scope: Netwerkbreed · Peildatum: Maart 2026");
    expect(headings(alpha, 2)).toEqual([
      "Probleemstelling",
      "Doelstellingen 2026",
      "Voortgang",
      "Activiteiten",
      "Rode vlag, opmerkelijke zaken en hulpvraag",
    ]);
    expect(sectionAfter(alpha, "Probleemstelling").map(blockText)).toEqual(["Het probleem."]);
    const goals = sectionAfter(alpha, "Doelstellingen 2026");
    expect(goals).toHaveLength(1);
    expect(goals[0]!.kind).toBe("list");
    expect(blockText(goals[0]!)).toBe("Doel een\nDoel twee");
  });

  test("voortgang: a line ending in ':' is a bold sub-heading, the lines under it bullets", () => {
    const blocks = sectionAfter(alpha, "Voortgang");
    expect(blocks.map((b) => [b.kind, blockText(b)])).toEqual([
      ["paragraph", "Kick-off:"],
      ["list", "Gedaan"],
      ["paragraph", "Evaluatie:"],
      ["list", "Gepland\nNog een punt"],
    ]);
    expect(blocks[0]!.kind === "paragraph" && blocks[0]!.runs[0]!.bold).toBe(true);
    expect(progressBlocks([])).toEqual([]);
    // Lines before the first sub-heading are paragraphs, as the dashboards show them (no bullet).
    expect(
      progressBlocks(["Contact met de gemeente", "Kick-off:", "Gedaan"]).map((b) => [b.kind, blockText(b)]),
    ).toEqual([
      ["paragraph", "Contact met de gemeente"],
      ["paragraph", "Kick-off:"],
      ["list", "Gedaan"],
    ]);
  });

  test("its activities in a table by due date: status coloured with its word, overdue deadlines marked", () => {
    const [t] = tables(sectionAfter(alpha, "Activiteiten"));
    expect(headerTexts(t!)).toEqual(["Onderwerp", "Trekker", "Deadline", "Fase", "Status"]);
    expect(t!.rows.map((r) => r.map(cellText))).toEqual([
      ["a2 done", "NWC", "Jan. 2026", "Afgerond", "Behaald"],
      ["a1 overdue", "NWC", "Feb. 2026\n(verlopen)", "Uitvoering", "Op schema"],
    ]);
    expect(
      t!.rows[1]![2]!.content[0]!.kind === "paragraph" && t!.rows[1]![2]!.content[0]!.runs[0]!.color,
    ).toBe(OVERDUE_COLOR);
    expect(t!.rows.map((r) => r[4]!.bg)).toEqual([
      DEFAULT_STATUS_COLOURS.Behaald,
      DEFAULT_STATUS_COLOURS["Op schema"],
    ]);
  });

  test("red flag in red, opmerkelijke zaken and hulpvraag; 'Geen' when empty", () => {
    const flag = sectionAfter(alpha, "Rode vlag, opmerkelijke zaken en hulpvraag");
    expect(flag.map(blockText)).toEqual([
      "Rode vlag: Budget 2027 onzeker",
      "Opmerkelijke zaken: Geen",
      "Hulpvraag: Vrijwilligers gezocht",
    ]);
    expect(flag[0]!.kind === "paragraph" && flag[0]!.runs[0]!.color).toBe(RED_FLAG_COLOR);
  });

  test("a project without goals or activities says so", () => {
    const empty = buildReport({
      projects: [project({ name: "Gamma", goals: [], problem: "" })],
      activities: [],
      meetings: [],
      settings: settings(),
      today: TODAY,
      lang: "nl",
    });
    const gamma = sectionAfter(part(empty, "projects"), "Gamma");
    expect(sectionAfter(gamma, "Probleemstelling").map(blockText)).toEqual(["Niet ingevuld"]);
    expect(sectionAfter(gamma, "Doelstellingen 2026").map(blockText)).toEqual(["Niet ingevuld"]);
    expect(sectionAfter(gamma, "Activiteiten").map(blockText)).toEqual([
      "Dit project heeft geen bruikbare activiteiten.",
    ]);
  });
});

test("network-wide: overdue and upcoming activities as tables with their project", () => {
  const [overdue] = tables(part(doc, "overdue"));
  expect(headerTexts(overdue!)).toEqual(["Onderwerp", "Project", "Trekker", "Deadline", "Fase", "Status"]);
  expect(overdue!.rows.map((r) => cellText(r[0]!))).toEqual(["a1 overdue"]);
  const [soon] = tables(part(doc, "upcoming"));
  expect(soon!.rows.map((r) => [cellText(r[0]!), cellText(r[1]!)])).toEqual([["a4 april", "Beta"]]);
});

test("meetings ahead: from today, not cancelled, by date and time; all-day ones say so", () => {
  expect(meetingsAhead(meetings, TODAY).map((m) => m.row)).toEqual([6, 5, 2]);
  const [t] = tables(part(doc, "meetings"));
  expect(headerTexts(t!)).toEqual(["Datum", "Tijd", "Groep", "Titel", "Locatie"]);
  expect(t!.rows.map((r) => r.map(cellText))).toEqual([
    ["01-04-2026", "hele dag", "Kerngroep", "Overleg 6", "Hilversum"],
    ["01-04-2026", "14:00–15:00", "Kerngroep", "Overleg 5", "Hilversum"],
    ["01-05-2026", "10:00–12:00", "Kerngroep", "Overleg 2", "Hilversum"],
  ]);
});

test("empty lists say so instead of an empty table", () => {
  const quiet = buildReport({
    projects: [],
    activities: [],
    meetings: [],
    settings: settings(),
    today: TODAY,
    lang: "nl",
  });
  expect(allText(part(quiet, "overdue"))).toContain("Geen verlopen acties.");
  expect(allText(part(quiet, "upcoming"))).toContain("Geen deadlines in de komende drie maanden.");
  expect(allText(part(quiet, "meetings"))).toContain("Er zijn geen vergaderingen gepland.");
  expect(allText(part(quiet, "summary"))).toContain("Geen rode vlaggen.");
});

test("text from the sheet stays as typed: formulas and markup are plain runs; line breaks make paragraphs", () => {
  const odd = buildReport({
    projects: [project({ name: '=HYPERLINK("x")', problem: "<b>vet</b>\nregel\ttwee" })],
    activities: [act({ project: '=HYPERLINK("x")', subject: "=1+1" })],
    meetings: [],
    settings: settings({ networkName: "<script>x</script>" }),
    today: TODAY,
    lang: "nl",
  });
  const all = allText(odd.parts.flatMap((p) => p.blocks));
  expect(all).toContain('=HYPERLINK("x")');
  expect(all).toContain("=1+1");
  expect(all).toContain("<b>vet</b>");
  expect(all).toContain("regel twee"); // a tab would read as list nesting in Docs
  expect(odd.title).toBe("Voortgangsrapportage <script>x</script> 15-03-2026");
  for (const b of odd.parts.flatMap((p) => p.blocks)) expect(blockText(b)).not.toMatch(/\t/);
});

test("English with Taal = en", () => {
  const en = buildReport({ projects, activities, meetings, settings: settings(), today: TODAY, lang: "en" });
  expect(en.title).toBe("Progress report Netwerk Test 15-03-2026");
  expect(headings(part(en, "title"), "subtitle")).toEqual(["Status as of 15 March 2026"]);
  expect(
    headings(
      en.parts.flatMap((p) => p.blocks),
      1,
    ),
  ).toEqual([
    "Summary",
    "Alpha",
    "Beta",
    "Overdue actions",
    "Deadlines in the next three months",
    "Meetings",
  ]);
});

// A table cell breaks a word wider than its column inside the word ("Ontwikkelin|g"). Measured in Google Docs'
// default text, Arial 11 pt, with the cells' padding (tests/support/text-width.ts: Helvetica's metrics).
describe("the example network's report: every word fits its table column, so a cell breaks between words", () => {
  // Early in the year (few overdue actions, many meetings ahead) and late (many overdue, the next year's meetings).
  const reports = (["2026-01-15", "2026-11-22"] as const).flatMap((today) =>
    (["nl", "en"] as const).map((lang) =>
      buildReport({
        projects: exampleProjects(),
        activities: exampleActivities(),
        meetings: exampleMeetings(),
        settings: exampleSettings(),
        today,
        lang,
      }),
    ),
  );

  test("every word of every table, headers included (a word joined by slashes aside: it is as long as a name list)", () => {
    for (const r of reports) {
      const blocks = r.parts.flatMap((p) => p.blocks);
      expect(tables(blocks).length).toBeGreaterThan(5);
      expect(wordsTooWide(blocks)).toEqual([]);
    }
  });

  test("every status, fase and deadline form, in Dutch and in English", () => {
    for (const [r, lang] of reports.map((x, i) => [x, i % 2 === 0 ? "nl" : "en"] as const))
      expect(
        vocabularyTooWide(
          r.parts.flatMap((p) => p.blocks),
          translator(lang),
        ),
      ).toEqual([]);
  });
});
