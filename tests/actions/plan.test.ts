/**
 * `Jaaractieplan maken` through the built bundle in the emulator: the Google Doc in the shape of the network's
 * own plan (seeds/jaaractieplan-2025.txt), lists and colours inside the tables, same-day replacement, a new
 * plan on every other day (its title has no date, yet an earlier plan is never taken over), a template, the
 * calls it costs, and the .docx read back.
 */
import type { Account } from "../../local/emulator/account";
import type { ListItemData, ParagraphData, TableData } from "../../local/emulator/document/model";
import type { AddonRunner } from "../../local/run";
import { accountWith, type Rows, runnerFor, tab } from "../support/addon";
import {
  docxCounts,
  exampleAccount,
  filesIn,
  headingTexts,
  reportedDoc,
  tablesOf,
  tableTexts,
  tableWithHeader,
  textOf,
} from "../support/documents";

const TODAY = "2026-01-15";
const TABLE_HEADER = ["Onderwerp", "Doelstelling en acties", "Trekkers", "Deadline", "Status"];

function click(runner: AddonRunner, caption: string) {
  const r = runner.click(caption);
  if (r.error || (r.value as { outcome?: string })?.outcome !== "ok") {
    throw new Error(`${caption}: ${r.error ?? JSON.stringify(r.value)}`);
  }
  return r;
}
const detailsOf = (r: { value?: unknown }) =>
  (
    r.value as {
      details: {
        documentId: string;
        replaced: boolean;
        folderId: string;
        sections: string[];
        placeholdersUnknown: string[];
      };
    }
  ).details;

describe("on the example network", () => {
  let account: Account;
  let runner: AddonRunner;
  let made: ReturnType<typeof click>;

  beforeAll(async () => {
    ({ account } = await exampleAccount());
    runner = runnerFor(account, TODAY);
    click(runner, "Werkblad inrichten");
    made = click(runner, "Jaaractieplan maken");
  });

  test("the seed's shape: title, introduction, numbered speerpunten, then the activiteitenplan per thema", () => {
    const doc = reportedDoc(account, made.value);
    expect(doc.name).toBe("Jaaractieplan 2026 Netwerk Palliatieve Zorg Gooi- en Vechtstreek");
    expect(headingTexts(doc, "TITLE")).toEqual(["Jaaractieplan 2026"]);
    expect(headingTexts(doc, "HEADING1")).toEqual(["Speerpunten 2026", "Activiteitenplan"]);
    expect(headingTexts(doc, "HEADING2")).toEqual([
      "Activiteitenplan samenvatting",
      "1. Aansluiting sociaal domein",
      "2. Maatschappelijke bewustwording",
      "3. Proactieve zorg en ondersteuning",
      "Maatschappelijke bewustwording",
      "Proactieve zorg en ondersteuning",
      "Aansluiting sociaal domein",
      "Netwerkleden kennen elkaar",
      "Netwerkoverleggen",
      "Vrijwilligers",
      "Bedrijfsvoering",
    ]);
    expect(detailsOf(made).sections).toEqual(["Speerpunten 2026", "Activiteitenplan"]);
    const intro = (doc.body.blocks[2] as ParagraphData).runs.map((r) => r.text).join("");
    expect(intro).toBe(
      "Voor u ligt het jaaractieplan 2026 van het Netwerk Palliatieve Zorg Gooi- en Vechtstreek.",
    );
    // A page break before the activiteitenplan.
    const i = doc.body.blocks.findIndex(
      (b) => b.type === "paragraph" && b.runs[0]?.text === "Activiteitenplan",
    );
    expect((doc.body.blocks[i - 1] as ParagraphData).pageBreak).toBe(true);
  });

  test("the speerpunten's doelstellingen are real bullets", () => {
    const doc = reportedDoc(account, made.value);
    const start = doc.body.blocks.findIndex(
      (b) => b.type !== "table" && b.runs[0]?.text === "2. Maatschappelijke bewustwording",
    );
    const after = doc.body.blocks.slice(start + 1, start + 6);
    expect(after.map((b) => b.type)).toEqual(["paragraph", "listItem", "listItem", "listItem", "listItem"]);
    expect((after[1] as ListItemData).glyph).toBe("BULLET");
  });

  test("a thema's table: the onderwerp in bold, goals and subgoals as a list inside the cell, the status in colour", () => {
    const doc = reportedDoc(account, made.value);
    const t = tablesOf(doc.body).filter((x) => tableTexts(x)[0]!.join("|") === TABLE_HEADER.join("|"))[0]!;
    const row = t.rows[1]!;
    expect(
      row.cells[0]!.blocks.map((b) => [b.type, b.runs[0]?.text.slice(0, 30), b.runs[0]?.style.bold ?? false]),
    ).toEqual([
      ["paragraph", "Organiseren van bijeenkomsten:", true],
      ["paragraph", "Het organiseren van bijeenkoms", false],
    ]);
    expect(row.cells[1]!.blocks.map((b) => [b.type, b.type === "listItem" ? b.glyph : null])).toEqual([
      ["paragraph", null],
      ["paragraph", null],
      ["paragraph", null],
      ["listItem", "BULLET"],
      ["listItem", "BULLET"],
    ]);
    expect(row.cells[1]!.blocks[0]!.runs[0]).toEqual({ text: "Doelstelling:", style: { bold: true } });
    expect(tableTexts(t)[1]!.slice(2)).toEqual(["Projectleider Jolanda", "Continue", "Doorlopend"]);
    expect(row.cells[4]!.background).toBe("#6fa8dc");
    // As in the network's own plan, on A4 landscape (595.3 × 841.9 pt turned), the goals column is the
    // widest: 24, 35, 16, 13 and 12 % of the page's text width, 841.9 - 2 × 72 pt, in whole points.
    expect([doc.pageSize, doc.flipPageOrientation]).toEqual([{ width: 595.3, height: 841.9 }, true]);
    expect(t.columnWidths).toEqual([24, 35, 16, 13, 12].map((w) => Math.floor((w / 100) * 697)));
    // The carried-over campagne (2024, Achter op schema): marked and red.
    expect(tableTexts(t)[3]!.slice(3)).toEqual(["2024\n(verlopen)\nUitvoering", "Achter op schema"]);
    expect(t.rows[3]!.cells[4]!.background).toBe("#e06666");
  });

  test("the status legend: the four statuses in their colours", () => {
    const doc = reportedDoc(account, made.value);
    const legend = tableWithHeader(doc, [
      "Legenda",
      "Behaald",
      "Op schema",
      "Doorlopend",
      "Achter op schema",
    ]);
    expect(legend.rows[0]!.cells.slice(1).map((c) => c.background)).toEqual([
      "#00a651",
      "#b7e1a1",
      "#6fa8dc",
      "#e06666",
    ]);
  });

  test("the .docx read back has its Heading 1 paragraphs and every table row", async () => {
    const doc = reportedDoc(account, made.value);
    const counts = await docxCounts(doc);
    expect(counts.heading1).toBe(2);
    expect(counts.tableRows).toBe(tablesOf(doc.body).reduce((n, t: TableData) => n + t.rows.length, 0));
    // Lists inside cells stay lists.
    expect(counts.xml).toContain("<w:numPr>");
    // The column widths go along: the goals column is the widest in Word too.
    const grid =
      /<w:tblGrid>((?:<w:gridCol w:w="\d+"\/>)+)<\/w:tblGrid>(?:(?!<w:tblGrid>)[\s\S])*?Doelstelling en acties/.exec(
        counts.xml,
      );
    const cols = [...(grid?.[1] ?? "").matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(5);
    expect(Math.max(...cols)).toBe(cols[1]);
  });

  test("a second run on the same day replaces it (same id); the status changed in the sheet shows", () => {
    const acts = tab(account.activeSpreadsheet!, "Activiteiten");
    const statusCol = acts.cells[0]!.findIndex((c) => c?.v === "Status");
    const row = acts.cells.findIndex((r) => r?.[3]?.v === "Campagne in de zorgorganisaties");
    acts.cells[row]![statusCol] = { v: "Op schema" };
    const again = click(runner, "Jaaractieplan maken");
    expect(detailsOf(again)).toMatchObject({ documentId: detailsOf(made).documentId, replaced: true });
    const doc = reportedDoc(account, again.value);
    const t = tablesOf(doc.body).filter((x) => tableTexts(x)[0]!.join("|") === TABLE_HEADER.join("|"))[0]!;
    expect(tableTexts(t)[3]![4]).toBe("Op schema");
    expect(
      Object.values(account.data.documents).filter((d) => d.name.startsWith("Jaaractieplan")),
    ).toHaveLength(1);
  });
});

function network(activities: number, settings: [string, unknown][] = []): Record<string, Rows> {
  return {
    Activiteiten: [
      ["ID", "Project", "Thema", "Onderwerp", "Subdoelstellingen", "Trekker", "Deadline", "Fase", "Status"],
      ...Array.from({ length: activities }, (_, i): Rows[number] => [
        "",
        "Alpha",
        ["Een", "Twee", "Drie"][i % 3]!,
        `Activiteit ${i + 1}`,
        "Sub een\nSub twee",
        "Anna de Vries",
        i % 2 === 0 ? "Continue" : "Okt. 2026",
        i % 2 === 0 ? "Continue" : "Uitvoering",
        i % 2 === 0 ? "Doorlopend" : "Op schema",
      ]),
    ],
    Projecten: [
      ["Naam", "Thema", "Probleemstelling", "Doelstellingen"],
      ["Alpha", "Een", "Het speerpunt.", "Doel 1\nDoel 2"],
    ],
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
    ],
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Netwerknaam", "Netwerk Test"],
      ["Jaar", 2026],
      ...settings,
    ] as Rows,
  };
}

test("the Docs calls are the same for 6 and 300 activities", () => {
  const calls = (n: number) => {
    const { account } = accountWith(network(n));
    const r = click(runnerFor(account, TODAY), "Jaaractieplan maken");
    return Object.fromEntries(
      Object.entries(r.calls).filter(([k]) =>
        /^(Document|Body|Paragraph|ListItem|Table|Text|Docs)\b/.test(k),
      ),
    );
  };
  const small = calls(6);
  expect(calls(300)).toEqual(small);
  // The whole content is one get and one batchUpdate; DocumentApp only makes the document (getId).
  expect(small).toEqual({
    "Document.getId": 1,
    "Docs.Documents.get": 1,
    "Docs.Documents.batchUpdate": 1,
  });
});

test("a template: its introduction and the parts where their placeholders stand", () => {
  const { account } = accountWith(network(3));
  const runner = runnerFor(account, TODAY);
  const id = account.newFileId();
  const p = (text: string): ParagraphData => ({
    type: "paragraph",
    heading: "NORMAL",
    runs: [{ text, style: {} }],
  });
  account.data.documents[id] = {
    id,
    name: "Sjabloon plan",
    nextListId: 1,
    header: null,
    footer: { blocks: [p("{{titel}} · {{netwerknaam}}")] },
    body: {
      blocks: [
        p("Ons plan voor {{jaar}}."),
        p("{{speerpunten}}"),
        p("{{activiteitenplan}}"),
        p("{{projecten}}"),
      ],
    },
  };
  tab(account.activeSpreadsheet!, "Instellingen").cells.push([{ v: "Rapportsjabloon" }, { v: id }]);
  const r = click(runner, "Jaaractieplan maken");
  const doc = reportedDoc(account, r.value);
  expect((doc.body.blocks[0] as ParagraphData).runs[0]!.text).toBe("Ons plan voor 2026.");
  expect(headingTexts(doc, "HEADING1")).toEqual(["Speerpunten 2026", "Activiteitenplan"]);
  expect(headingTexts(doc, "TITLE")).toEqual([]); // the template has its own opening
  expect(textOf(doc.footer)).toBe("Jaaractieplan 2026 · Netwerk Test");
  // {{projecten}} belongs to the report: unknown here, and left as it is.
  expect(detailsOf(r).placeholdersUnknown).toEqual(["{{projecten}}"]);
  expect(textOf(doc.body)).toContain("{{projecten}}");
});

describe("a plan on another day is a new one, though the title has no date", () => {
  const DAYS = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"];
  const plans = (account: Account) =>
    Object.values(account.data.documents).filter((d) => d.name === "Jaaractieplan 2026 Netwerk Test");
  /** Each day's first activity says which day's plan it is in, so an overwritten plan shows. */
  const mark = (account: Account, day: string) => {
    tab(account.activeSpreadsheet!, "Activiteiten").cells[1]![3] = { v: `Activiteit van ${day}` };
  };

  test("four runs on four days: four plans, each said to be made, none overwritten", () => {
    const { account } = accountWith(network(3));
    const runs = DAYS.map((day) => {
      mark(account, day);
      return click(runnerFor(account, day), "Jaaractieplan maken");
    });
    const ids = runs.map((r) => detailsOf(r).documentId);
    expect(new Set(ids).size).toBe(DAYS.length);
    for (const r of runs) {
      expect(detailsOf(r).replaced).toBe(false);
      expect((r.value as { message: string }).message).toContain("is gemaakt");
    }
    DAYS.forEach((day, i) => {
      const text = textOf(account.data.documents[ids[i]!]!.body);
      expect(text).toContain(`Activiteit van ${day}`);
      for (const other of DAYS.filter((d) => d !== day))
        expect(text).not.toContain(`Activiteit van ${other}`);
    });
    expect(plans(account)).toHaveLength(DAYS.length);
    const folder = filesIn(account, detailsOf(runs[0]!).folderId);
    expect(
      folder
        .filter((f) => !f.trashed)
        .map((f) => f.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  test("a run stopped before it remembered its plan: the next click writes that one, the earlier plans are kept", () => {
    const { account } = accountWith(network(3));
    const earlier = DAYS.slice(0, 2).map((day) => {
      mark(account, day);
      return detailsOf(click(runnerFor(account, day), "Jaaractieplan maken")).documentId;
    });
    const day = DAYS[2]!;
    mark(account, day);
    const runner = runnerFor(account, day);
    // The plan is made and moved into the folder; storing its id is the call that fails.
    runner.faults = [
      { method: "Properties.setProperty", call: 1, message: "Exceeded maximum execution time" },
    ];
    expect(runner.click("Jaaractieplan maken").error).toMatch(/Exceeded maximum execution time/);
    const left = plans(account).filter((d) => !earlier.includes(d.id));
    expect(left).toHaveLength(1);
    runner.faults = [];
    const next = click(runner, "Jaaractieplan maken");
    expect(detailsOf(next)).toMatchObject({ documentId: left[0]!.id, replaced: false });
    expect(plans(account)).toHaveLength(3);
    DAYS.slice(0, 3).forEach((d, i) => {
      const id = i < 2 ? earlier[i]! : left[0]!.id;
      expect(textOf(account.data.documents[id]!.body)).toContain(`Activiteit van ${d}`);
    });
  });
});
