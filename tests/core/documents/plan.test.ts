/** core/documents/plan.ts: the jaaractieplan, section by section, and the example network against the seed. */
import { PLAN_INTRODUCTION } from "../../../examples/voorbeeldnetwerk";
import { OVERDUE_COLOR, TABLE_HEADER_BG } from "../../../src/core/documents/model";
import {
  buildPlan,
  goalsCell,
  inPlanYear,
  priorityGroups,
  textBlocks,
  themeGroups,
} from "../../../src/core/documents/plan";
import { translator } from "../../../src/core/i18n";
import { summaryScreen } from "../../../src/core/screens/summary";
import { DEFAULT_STATUS_COLOURS } from "../../../src/core/tabs";
import { STATUSES } from "../../../src/core/vocab";
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
import { exampleActivities, exampleProjects, exampleSettings } from "../../support/example-records";
import { act, project, settings } from "../../support/grid-helpers";

const nl = translator("nl");
const TODAY = "2026-01-15";

describe("Speerpunten", () => {
  const projects = [
    project({ name: "Gamma", row: 4, theme: "Proactieve zorg", problem: "P gamma", goals: ["g1"] }),
    project({ name: "Alpha", row: 2, theme: "Sociaal domein", problem: "P alpha", goals: ["a1", "a2"] }),
    project({ name: "Delta", row: 5, theme: "" }),
    project({
      name: "Beta",
      row: 3,
      theme: " proactieve ZORG ",
      problem: "P beta\n- punt een\n• punt twee",
      goals: [],
    }),
  ];

  test("the projects with a Thema, grouped per thema in sheet order (case and spaces ignored)", () => {
    expect(priorityGroups(projects).map((g) => [g.theme, g.projects.map((p) => p.name)])).toEqual([
      ["Sociaal domein", ["Alpha"]],
      ["proactieve ZORG", ["Beta", "Gamma"]],
    ]);
  });

  test("numbered per thema; the probleemstelling as paragraphs, the doelstellingen as bullets", () => {
    const doc = buildPlan({ projects, activities: [], settings: settings(), today: TODAY, lang: "nl" });
    const blocks = part(doc, "priorities");
    expect(headings(blocks, 1)).toEqual(["Speerpunten 2026"]);
    expect(headings(blocks, 2)).toEqual(["1. Sociaal domein", "2. proactieve ZORG"]);
    expect(sectionAfter(blocks, "1. Sociaal domein").map((b) => [b.kind, blockText(b)])).toEqual([
      ["paragraph", "P alpha"],
      ["list", "a1\na2"],
    ]);
    // Two speerpunten under one thema: each under its own name.
    const second = sectionAfter(blocks, "2. proactieve ZORG");
    expect(headings(second, 3)).toEqual(["Beta", "Gamma"]);
    expect(sectionAfter(second, "Beta").map((b) => [b.kind, blockText(b)])).toEqual([
      ["paragraph", "P beta"],
      ["list", "punt een\npunt twee"],
    ]);
  });

  test("a probleemstelling that ends in a list: the doelstellingen under their label, so the lists stay apart", () => {
    const listed = project({
      name: "PZP",
      row: 2,
      theme: "Proactieve zorg",
      problem: "Drie werkgroepen:\n- Bewustwording\n- Informeren",
      goals: ["Ouderen denken vroegtijdig na"],
    });
    const doc = buildPlan({
      projects: [listed],
      activities: [],
      settings: settings(),
      today: TODAY,
      lang: "nl",
    });
    expect(
      sectionAfter(part(doc, "priorities"), "1. Proactieve zorg").map((b) => [b.kind, blockText(b)]),
    ).toEqual([
      ["paragraph", "Drie werkgroepen:"],
      ["list", "Bewustwording\nInformeren"],
      ["paragraph", "Doelstellingen 2026:"],
      ["list", "Ouderen denken vroegtijdig na"],
    ]);
  });

  test("lines starting with a bullet sign are list items; other lines paragraphs", () => {
    expect(textBlocks("Een\n- twee\n* drie\no vier\nvijf").map((b) => [b.kind, blockText(b)])).toEqual([
      ["paragraph", "Een"],
      ["list", "twee\ndrie\nvier"],
      ["paragraph", "vijf"],
    ]);
    expect(textBlocks("ook\nopen")).toHaveLength(2); // a word starting with o is no bullet
  });

  test("no speerpunten: the section says how to make them", () => {
    const doc = buildPlan({
      projects: [project()],
      activities: [],
      settings: settings(),
      today: TODAY,
      lang: "nl",
    });
    expect(allText(part(doc, "priorities"))).toContain("Vul in het tabblad Projecten de kolom ‘Thema’ in");
  });
});

describe("Inleiding", () => {
  test("from Instellingen: a paragraph per line, a line ending in ':' a heading", () => {
    const doc = buildPlan({
      projects: [],
      activities: [],
      settings: settings({ planIntroduction: "Regel een.\n\nOverzicht:\nRegel twee." }),
      today: TODAY,
      lang: "nl",
    });
    expect(part(doc, "introduction").map((b) => [b.kind, blockText(b)])).toEqual([
      ["paragraph", "Regel een."],
      ["heading", "Overzicht"],
      ["paragraph", "Regel twee."],
    ]);
  });

  test("empty: a standard opening naming the year and the network", () => {
    const doc = buildPlan({ projects: [], activities: [], settings: settings(), today: TODAY, lang: "nl" });
    expect(blockText(part(doc, "introduction")[0]!)).toBe(
      "Voor u ligt het jaaractieplan 2026 van Netwerk Test.",
    );
  });
});

describe("Activiteitenplan", () => {
  test("which activities: ongoing, due this year or last, older ones only when not Behaald, none from later", () => {
    const y = 2026;
    expect(inPlanYear(act({ deadline: "Continue" }), y)).toBe(true);
    expect(inPlanYear(act({ deadline: "Okt. 2026" }), y)).toBe(true);
    expect(inPlanYear(act({ deadline: "Dec. 2025", status: "Behaald" }), y)).toBe(true);
    expect(inPlanYear(act({ deadline: "2024", status: "Achter op schema" }), y)).toBe(true);
    expect(inPlanYear(act({ deadline: "2024", status: "Behaald" }), y)).toBe(false);
    expect(inPlanYear(act({ deadline: "Jan. 2027" }), y)).toBe(false);
    expect(inPlanYear(act({ deadline: "Okt. 2026 - mrt. 2027" }), y)).toBe(true);
  });

  test("per thema in order of first appearance, activities without a thema last", () => {
    const groups = themeGroups(
      [
        act({ row: 2, theme: "B" }),
        act({ row: 3, theme: "" }),
        act({ row: 4, theme: "A" }),
        act({ row: 5, theme: "b " }),
        act({ row: 6, theme: "A", deadline: "2030" }),
      ],
      2026,
    );
    expect(groups.map((g) => [g.theme, g.activities.map((a) => a.row)])).toEqual([
      ["B", [2, 5]],
      ["A", [4]],
      ["", [3]],
    ]);
  });

  const activities = [
    {
      ...act({
        row: 2,
        theme: "Bewustwording",
        subject: "Bijeenkomsten",
        owner: "Projectleider Jolanda",
        deadline: "Continue",
        phase: "Continue",
        status: "Doorlopend",
      }),
      note: "Uitleg onder het onderwerp.",
      goal: "Het doel.",
      subgoals: ["Sub een", "Sub twee"],
      actions: ["Actie een"],
    },
    act({
      row: 3,
      theme: "Bewustwording",
      subject: "Campagne",
      deadline: "2024",
      status: "Achter op schema",
    }),
    act({ row: 4, theme: "", subject: "Losse actie" }),
  ];
  const doc = buildPlan({ projects: [], activities, settings: settings(), today: TODAY, lang: "nl" });
  const blocks = part(doc, "activities");

  test("the summary dialog's counts: speerpunten, themes with activities, activities in the plan", () => {
    // Two themes ("Overige activiteiten" is one); every activity here is in the plan year or carried over.
    expect(doc.figures).toEqual([
      ["summary.count.priorities", 0],
      ["summary.count.themes", 2],
      ["summary.count.inDocument", activities.length],
    ]);
    const withPriorities = buildPlan({
      projects: [project({ name: "P", theme: "Bewustwording" }), project({ name: "Q", theme: "" })],
      activities,
      settings: settings(),
      today: TODAY,
      lang: "nl",
    });
    expect(withPriorities.figures[0]).toEqual(["summary.count.priorities", 1]);
  });

  test("in English the dialog counts the speerpunten as the plan's heading names them: Priorities", () => {
    const en = translator("en");
    const english = buildPlan({
      projects: [project({ name: "P", theme: "Bewustwording" })],
      activities,
      settings: settings(),
      today: TODAY,
      lang: "en",
    });
    const dialog = summaryScreen(en("menu.plan"), "", { counts: english.figures }, en);
    expect(dialog.counts.map((c) => c.label)).toEqual(["Priorities", "Themes with activities", "Activities"]);
    expect(headings(part(english, "priorities"), 1)).toEqual(["Priorities 2026"]);
  });

  test("a new page, the heading, a line of explanation and the status legend before the tables", () => {
    expect(blocks[0]!.kind).toBe("pageBreak");
    expect(headings(blocks, 1)).toEqual(["Activiteitenplan"]);
    const legend = tables(blocks)[0]!;
    expect(headerTexts(legend)).toEqual(["Legenda", ...STATUSES]);
    expect(legend.header.map((c) => c.bg)).toEqual([
      TABLE_HEADER_BG,
      ...STATUSES.map((s) => DEFAULT_STATUS_COLOURS[s]),
    ]);
    expect(headings(blocks, 2)).toEqual(["Bewustwording", "Overige activiteiten"]);
  });

  test("the table of a thema: Onderwerp | Doelstelling en acties | Trekkers | Deadline | Status", () => {
    const [t] = tables(sectionAfter(blocks, "Bewustwording"));
    expect(headerTexts(t!)).toEqual([
      "Onderwerp",
      "Doelstelling en acties",
      "Trekkers",
      "Deadline",
      "Status",
    ]);
    const [first, second] = t!.rows;
    expect(first!.map(cellText)).toEqual([
      "Bijeenkomsten\nUitleg onder het onderwerp.",
      "Doelstelling:\nHet doel.\nSubdoelstellingen:\nSub een\nSub twee\nActies:\nActie een",
      "Projectleider Jolanda",
      "Continue", // the fase is not repeated when the deadline says it
      "Doorlopend",
    ]);
    expect(first![0]!.content[0]!.kind === "paragraph" && first![0]!.content[0]!.runs[0]!.bold).toBe(true);
    expect(first![1]!.content.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "list",
      "paragraph",
      "list",
    ]);
    expect(first![4]!.bg).toBe(DEFAULT_STATUS_COLOURS.Doorlopend);
    // Carried over from 2024: the deadline in dark red, marked, the fase under it.
    expect(cellText(second![3]!)).toBe("2024\n(verlopen)\nUitvoering");
    const late = second![3]!.content[0]!;
    expect(late.kind === "paragraph" && late.runs[0]!.color).toBe(OVERDUE_COLOR);
    expect(second![4]!.bg).toBe(DEFAULT_STATUS_COLOURS["Achter op schema"]);
  });

  test("an activity without goal, subgoals or actions has an empty cell, not labels", () => {
    expect(goalsCell(act(), nl).content.map((b) => blockText(b))).toEqual([""]);
  });

  test("no activities for the year: said so", () => {
    const empty = buildPlan({ projects: [], activities: [], settings: settings(), today: TODAY, lang: "nl" });
    expect(allText(part(empty, "activities"))).toContain("Er zijn geen activiteiten voor 2026.");
  });
});

test("English with Taal = en", () => {
  const en = buildPlan({ projects: [], activities: [act()], settings: settings(), today: TODAY, lang: "en" });
  expect(en.title).toBe("Annual action plan 2026 Netwerk Test");
  expect(
    headings(
      en.parts.flatMap((p) => p.blocks),
      1,
    ),
  ).toEqual(["Priorities 2026", "Activity plan"]);
});

// ---------------------------------------------------------------------------------------------------------
// The example network against seeds/jaaractieplan-2025.txt

/** The seed's speerpunt 2 opens with this sentence. */
const SEED_SPEERPUNT_2 = "Het doel is dat inwoners van Gooi- en Vechtstreek weten van palliatieve zorg is.";

describe("the example network's plan reads as the seed's", () => {
  const doc = buildPlan({
    projects: exampleProjects(),
    activities: exampleActivities(),
    settings: { ...exampleSettings(), planIntroduction: PLAN_INTRODUCTION },
    today: TODAY,
    lang: "nl",
  });
  const all = doc.parts.flatMap((p) => p.blocks);

  test("title, the plan's own introduction, speerpunten, activiteitenplan", () => {
    expect(doc.title).toBe("Jaaractieplan 2026 Netwerk Palliatieve Zorg Gooi- en Vechtstreek");
    expect(blockText(part(doc, "introduction")[0]!)).toBe(
      "Voor u ligt het jaaractieplan 2026 van het Netwerk Palliatieve Zorg Gooi- en Vechtstreek.",
    );
    expect(headings(all, 1)).toEqual(["Speerpunten 2026", "Activiteitenplan"]);
  });

  test("the seed's three speerpunten, in its order, each with a paragraph and bullets", () => {
    const priorities = part(doc, "priorities");
    expect(headings(priorities, 2)).toEqual([
      "1. Aansluiting sociaal domein",
      "2. Maatschappelijke bewustwording",
      "3. Proactieve zorg en ondersteuning",
    ]);
    // Speerpunt 2 is the seed's own text.
    const mb = sectionAfter(priorities, "2. Maatschappelijke bewustwording");
    expect(mb.map((b) => b.kind)).toEqual(["paragraph", "list"]);
    expect(blockText(mb[0]!).startsWith(SEED_SPEERPUNT_2)).toBe(true);
    expect(blockText(mb[1]!).split("\n")).toHaveLength(4);
    // Speerpunt 3 holds its two bullets' projects: the zorgpad (Levenspad) and the dialoog PZP.
    expect(headings(sectionAfter(priorities, "3. Proactieve zorg en ondersteuning"), 3)).toEqual([
      "Levenspad",
      "PZP in Wijde Meren en Naarden",
    ]);
  });

  test("the seed's themas in its order, each seed activity in its thema's table with its status", () => {
    const plan = part(doc, "activities");
    const themes = headings(plan, 2);
    expect(themes).toEqual([
      "Maatschappelijke bewustwording",
      "Proactieve zorg en ondersteuning",
      "Aansluiting sociaal domein",
      "Netwerkleden kennen elkaar",
      "Netwerkoverleggen",
      "Vrijwilligers",
      "Bedrijfsvoering",
    ]);
    const subjects = new Map<string, string>();
    for (const theme of themes) {
      const [t] = tables(sectionAfter(plan, theme));
      for (const row of t!.rows) subjects.set(cellText(row[0]!).split("\n")[0]!, theme);
    }
    // Every activity of the example's plan (the seed's) is in the table of its own thema.
    for (const a of exampleActivities().filter(
      (x) => x.project !== "Samen leven tot het laatst" || x.subject === "Sociaal domein",
    )) {
      expect([a.subject, subjects.get(a.subject)]).toEqual([a.subject, a.theme]);
    }
  });

  test("status cells carry this year's status word on its colour", () => {
    const plan = part(doc, "activities");
    const [t] = tables(sectionAfter(plan, "Maatschappelijke bewustwording"));
    const colours = exampleSettings().colours;
    expect(t!.rows.map((r) => [cellText(r[4]!), r[4]!.bg])).toEqual(
      exampleActivities()
        .filter((a) => a.theme === "Maatschappelijke bewustwording")
        .map((a) => [a.status, colours[a.status]]),
    );
  });
});

// A table cell breaks a word wider than its column inside the word ("Netwerkcoör|dinator" as trekker). Measured
// in Google Docs' default text, Arial 11 pt, with the cells' padding and a bullet's indent
// (tests/support/text-width.ts: Helvetica's metrics).
describe("the example network's plan: every word fits its table column, so a cell breaks between words", () => {
  const plans = (["nl", "en"] as const).map(
    (lang) =>
      [
        lang,
        buildPlan({
          projects: exampleProjects(),
          activities: exampleActivities(),
          settings: exampleSettings(),
          today: TODAY,
          lang,
        }).parts.flatMap((p) => p.blocks),
      ] as const,
  );

  test("every word of every table: the bold onderwerp, the goals' bullets, the trekkers, headers included", () => {
    for (const [, blocks] of plans) {
      expect(tables(blocks).length).toBeGreaterThan(5);
      expect(wordsTooWide(blocks)).toEqual([]);
    }
  });

  test("every status, deadline form and fase (under the deadline), in Dutch and in English", () => {
    for (const [lang, blocks] of plans) expect(vocabularyTooWide(blocks, translator(lang))).toEqual([]);
  });
});
