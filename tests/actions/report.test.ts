/**
 * `Rapport genereren` through the built bundle in the emulator: the Google Doc it leaves (headings, tables,
 * colours), where it goes under drive.file, same-day replacement, templates, the PDF, Overzicht's link, the
 * summary dialog, the calls it costs, and the .docx read back.
 */
import type { Account } from "../../local/emulator/account";
import type { ParagraphData } from "../../local/emulator/document/model";
import { MIME_TYPES } from "../../local/emulator/drive/model";
import type { AddonRunner } from "../../local/run";
import { accountWith, type Rows, runnerFor, tab } from "../support/addon";
import {
  docxCounts,
  exampleAccount,
  filesIn,
  headingTexts,
  lastDialog,
  plainParagraph,
  reportedDoc,
  tablesOf,
  tableTexts,
  tableWithHeader,
  textOf,
} from "../support/documents";

const TODAY = "2026-01-15";

/** Clicks the menu item and fails on anything but "ok". */
function click(runner: AddonRunner, caption: string) {
  const r = runner.click(caption);
  if (r.error || (r.value as { outcome?: string })?.outcome !== "ok") {
    throw new Error(`${caption}: ${r.error ?? JSON.stringify(r.value)}`);
  }
  return r;
}

type Details = {
  documentId: string;
  url: string;
  title: string;
  replaced: boolean;
  folderId: string;
  pdfId: string | null;
  sections: string[];
  placeholdersUnknown: string[];
  placeholdersMisplaced: string[];
  folderRefused: boolean;
  templateRefused: boolean;
};
const details = (r: { value?: unknown }) => (r.value as { details: Details }).details;

describe("on the example network", () => {
  let account: Account;
  let runner: AddonRunner;
  let first: ReturnType<typeof click>;

  beforeAll(async () => {
    ({ account } = await exampleAccount());
    runner = runnerFor(account, TODAY);
    click(runner, "Werkblad inrichten");
    click(runner, "Dashboards genereren");
    first = click(runner, "Rapport genereren");
  });

  test("one Google Doc, named for the network and the day, with real headings", () => {
    const doc = reportedDoc(account, first.value);
    expect(doc.name).toBe("Voortgangsrapportage Netwerk Palliatieve Zorg Gooi- en Vechtstreek 15-01-2026");
    expect(headingTexts(doc, "TITLE")).toEqual([
      "Voortgangsrapportage Netwerk Palliatieve Zorg Gooi- en Vechtstreek",
    ]);
    const projects = [
      "Jaaractieplan 2025",
      "Samen leven tot het laatst",
      "Maatschappelijke bewustwording",
      "Levenspad",
      "PZP in Wijde Meren en Naarden",
    ];
    expect(headingTexts(doc, "HEADING1")).toEqual([
      "Samenvatting",
      ...projects,
      "Verlopen acties",
      "Deadlines komende drie maanden",
      "Vergaderingen",
    ]);
    expect(details(first).sections).toEqual(headingTexts(doc, "HEADING1"));
    // Each project: Probleemstelling, Doelstellingen, Voortgang, Activiteiten, Rode vlag…
    expect(headingTexts(doc, "HEADING2").filter((h) => h === "Probleemstelling")).toHaveLength(
      projects.length,
    );
    // The body starts with the title (no empty paragraph before it).
    expect((doc.body.blocks[0] as ParagraphData).heading).toBe("TITLE");
  });

  test("status cells carry the status word on the status colour of Instellingen", () => {
    const doc = reportedDoc(account, first.value);
    const t = tableWithHeader(doc, ["Status", "Aantal"]);
    const colours = {
      Behaald: "#00a651",
      "Op schema": "#b7e1a1",
      Doorlopend: "#6fa8dc",
      "Achter op schema": "#e06666",
    };
    expect(
      t.rows.slice(1, 5).map((r) => [r.cells[0]!.blocks[0]!.runs[0]!.text, r.cells[0]!.background]),
    ).toEqual(Object.entries(colours));
    // The header row: bold on the header colour.
    expect(
      t.rows[0]!.cells.every((c) => c.background === "#d9e2f3" && c.blocks[0]!.runs[0]!.style.bold),
    ).toBe(true);
  });

  test("a project's activity table: one row per activity of the project, overdue deadlines marked", () => {
    const doc = reportedDoc(account, first.value);
    const tables = tablesOf(doc.body).filter(
      (t) => tableTexts(t)[0]!.join("|") === "Onderwerp|Trekker|Deadline|Fase|Status",
    );
    // One per project with activities (all five have some).
    expect(tables).toHaveLength(5);
    const bewustwording = tables[2]!;
    expect(
      tableTexts(bewustwording)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([
      "Campagne in de zorgorganisaties",
      "Organiseren van bijeenkomsten: Weet u wat u wilt?",
      "Internationale Dag van de Palliatieve Zorg",
    ]);
    expect(tableTexts(bewustwording)[1]![2]).toBe("2024\n(verlopen)");
    expect(bewustwording.rows[1]!.cells[4]!.background).toBe("#e06666");
  });

  test("in the folder the add-on made; the link in Overzicht and in the summary dialog (a new tab)", () => {
    const d = details(first);
    const folder = account.data.drive.items[d.folderId]!;
    expect(folder.name).toBe("Netwerkplan – Netwerk Palliatieve Zorg Gooi- en Vechtstreek");
    expect(account.data.drive.createdByApp).toEqual(expect.arrayContaining([d.folderId, d.documentId]));
    expect(filesIn(account, d.folderId).map((f) => f.id)).toEqual([d.documentId]);
    const overview = tab(account.activeSpreadsheet!, "Overzicht");
    const row = overview.cells.findIndex((r) => r?.[0]?.v === "Voortgangsrapportage");
    expect(overview.cells[row]![1]!.f).toBe(`=HYPERLINK("${d.url}","${d.title}")`);
    const html = lastDialog(runner.ui.events);
    expect(html).toContain(`<a href="${d.url}" target="_blank" rel="noopener noreferrer">${d.title}</a>`);
  });

  test("the .docx read back has the same Heading 1 paragraphs and table rows", async () => {
    const doc = reportedDoc(account, first.value);
    const counts = await docxCounts(doc);
    expect(counts.heading1).toBe(headingTexts(doc, "HEADING1").length);
    expect(counts.tableRows).toBe(tablesOf(doc.body).reduce((n, t) => n + t.rows.length, 0));
  });

  test("a second run on the same day replaces that document: same id and link, new content, one file", () => {
    const ss = account.activeSpreadsheet!;
    const acts = tab(ss, "Activiteiten");
    const statusCol = acts.cells[0]!.findIndex((c) => c?.v === "Status");
    const row = acts.cells.findIndex((r) => r?.[3]?.v === "Campagne in de zorgorganisaties");
    acts.cells[row]![statusCol] = { v: "Behaald" };
    const again = click(runner, "Rapport genereren");
    expect(details(again)).toMatchObject({
      documentId: details(first).documentId,
      url: details(first).url,
      replaced: true,
    });
    const doc = reportedDoc(account, again.value);
    expect(tableWithHeader(doc, ["Status", "Aantal"]).rows[1]!.cells[1]!.blocks[0]!.runs[0]!.text).toBe("5");
    expect(filesIn(account, details(first).folderId)).toHaveLength(1);
    expect(Object.keys(account.data.documents)).toHaveLength(1);
    expect((again.value as { message: string }).message).toContain("het document van vandaag is vervangen");
  });

  test("on another day a new document; the earlier day's is kept; Overzicht links the newest", () => {
    const next = runnerFor(account, "2026-01-16");
    const r = click(next, "Rapport genereren");
    expect(details(r).documentId).not.toBe(details(first).documentId);
    expect(details(r).replaced).toBe(false);
    const files = filesIn(account, details(first).folderId);
    expect(files.map((f) => f.id).sort()).toEqual([details(first).documentId, details(r).documentId].sort());
    expect(files.every((f) => !f.trashed)).toBe(true);
    const overview = tab(account.activeSpreadsheet!, "Overzicht");
    const row = overview.cells.findIndex((x) => x?.[0]?.v === "Voortgangsrapportage");
    expect(overview.cells[row]![1]!.f).toContain(details(r).url);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A small network, to vary what matters

const ACTIVITY_HEADER = ["ID", "Project", "Thema", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];

function network(
  opts: { activities?: number; settings?: [string, unknown][]; subjects?: string[] } = {},
): Record<string, Rows> {
  const n = opts.activities ?? 6;
  const subjects = opts.subjects ?? [];
  const statuses = ["Op schema", "Achter op schema", "Behaald", "Doorlopend"];
  return {
    Activiteiten: [
      ACTIVITY_HEADER,
      ...Array.from({ length: n }, (_, i): Rows[number] => [
        "",
        i % 2 === 0 ? "Alpha" : "Beta",
        ["Een", "Twee"][i % 2]!,
        subjects[i] ?? `Activiteit ${i + 1}`,
        "Anna de Vries",
        ["Dec. 2026", "Feb. 2026", "Continue", "Mrt. 2026"][i % 4]!,
        i % 4 === 2 ? "Continue" : "Uitvoering",
        i % 4 === 2 ? "Doorlopend" : statuses[i % 4]!,
      ]),
    ],
    Projecten: [
      ["Naam", "Thema", "Probleemstelling", "Doelstellingen", "Voortgang"],
      ["Alpha", "Een", "Probleem A", "Doel 1\nDoel 2", "Fase:\nGedaan"],
      ["Beta", "", "Probleem B", "Doel 3", ""],
    ],
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
    ],
    Vergaderingen: [["Groep", "Titel", "Datum"]],
    Instellingen: [
      ["Sleutel", "Waarde"],
      ...[
        ["Netwerknaam", "Netwerk Test"],
        ["Jaar", 2026],
      ].filter(([k]) => !opts.settings?.some(([o]) => o === k)),
      ...(opts.settings ?? []),
    ] as Rows,
  };
}

/** Calls of the Docs services (DocumentApp's classes and the advanced Docs service). */
function docsCalls(calls: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(calls).filter(([k]) =>
      /^(Document|Body|Paragraph|ListItem|Table|Text|HeaderSection|FooterSection|RangeElement|Docs)\b/.test(
        k,
      ),
    ),
  );
}

test("the Docs calls are the same for 8 and 400 activities (the whole content is one batchUpdate)", () => {
  const run = (n: number) => {
    const { account } = accountWith(network({ activities: n }));
    const runner = runnerFor(account, TODAY);
    return docsCalls(click(runner, "Rapport genereren").calls);
  };
  const small = run(8);
  expect(run(400)).toEqual(small);
  expect(small["Docs.Documents.batchUpdate"]).toBe(1);
  expect(small["Docs.Documents.get"]).toBe(1);
  expect(Object.keys(small).filter((k) => /^(Body|Paragraph|Table|Text)\./.test(k))).toEqual([]);
});

test("one snapshot of the tabs: Overzicht's link cell is found in it, before anything is written", () => {
  for (const action of ["Rapport genereren", "Jaaractieplan maken"]) {
    const { account } = accountWith(network({ activities: 8 }));
    const runner = runnerFor(account, TODAY);
    click(runner, "Dashboards genereren");
    const r = click(runner, action);
    expect(r.calls["Sheets.Spreadsheets.get"]).toBe(1);
    expect(r.calls["Spreadsheet.getSheets"]).toBeUndefined();
    // …and the link is there all the same.
    expect(r.calls["Range.setFormula"]).toBe(1);
  }
});

test("text from cells comes out literal: a formula, markup and a placeholder are just text", () => {
  const { account } = accountWith(
    network({
      subjects: ["=SUM(A1:A3)", "<b>vet</b> & <script>x</script>", "{{netwerknaam}}"],
      settings: [["Netwerknaam", "Netwerk <i>Test</i>"]],
    }),
  );
  const runner = runnerFor(account, TODAY);
  const r = click(runner, "Rapport genereren");
  const doc = reportedDoc(account, r.value);
  const text = textOf(doc.body);
  for (const s of ["=SUM(A1:A3)", "<b>vet</b> & <script>x</script>", "{{netwerknaam}}"])
    expect(text).toContain(s);
  // No run got a style from what the text says.
  for (const t of tablesOf(doc.body))
    for (const row of t.rows.slice(1))
      for (const c of row.cells)
        for (const b of c.blocks) for (const x of b.runs) expect(x.style.linkUrl).toBeUndefined();
  // The dialog shows the network's name as text.
  const html = lastDialog(runner.ui.events);
  expect(html).toContain("Netwerk &lt;i&gt;Test&lt;/i&gt;");
  expect(html).not.toContain("<i>Test</i>");
});

test("English with Taal = en", () => {
  const { account } = accountWith(network({ settings: [["Taal", "en"]] }));
  const runner = runnerFor(account, TODAY);
  const r = runner.clickFunction("menuGenerateReport");
  expect(r.value).toMatchObject({ outcome: "ok" });
  const doc = reportedDoc(account, r.value);
  expect(doc.name).toBe("Progress report Netwerk Test 15-01-2026");
  expect(headingTexts(doc, "HEADING1")[0]).toBe("Summary");
  expect((r.value as { message: string }).message).toContain("has been made");
});

test("Rapport als PDF: a PDF copy beside the document; the same day's PDF is replaced, not added", () => {
  const { account } = accountWith(network({ settings: [["Rapport als PDF", true]] }));
  const runner = runnerFor(account, TODAY);
  const r = click(runner, "Rapport genereren");
  const d = details(r);
  const pdf = account.data.drive.items[d.pdfId!]!;
  expect(pdf).toMatchObject({ mimeType: MIME_TYPES.PDF, parents: [d.folderId], trashed: false });
  expect(pdf.name).toBe(`${d.title.replace(/\.[^.]*$/, "")}.pdf`);
  const again = details(click(runner, "Rapport genereren"));
  expect(again.pdfId).not.toBe(d.pdfId);
  expect(account.data.drive.items[d.pdfId!]!.trashed).toBe(true);
  const live = filesIn(account, d.folderId).filter((f) => !f.trashed);
  expect(live.map((f) => f.mimeType).sort()).toEqual([MIME_TYPES.GOOGLE_DOCS, MIME_TYPES.PDF].sort());
  expect(lastDialog(runner.ui.events)).toContain("(PDF)</a>");
});

test("a run interrupted after making the document: the next click writes that one; another network's document of the same name is left alone", () => {
  const { account } = accountWith(network());
  const title = "Voortgangsrapportage Netwerk Test 15-01-2026";
  const made = (parent: string, blocks: ParagraphData[]) => {
    const id = account.newFileId();
    account.data.documents[id] = {
      id,
      name: title,
      nextListId: 1,
      header: null,
      footer: null,
      body: { blocks },
    };
    const when = "2026-01-15T08:00:00.000Z";
    account.data.drive.items[id] = {
      id,
      name: title,
      mimeType: MIME_TYPES.GOOGLE_DOCS,
      parents: [parent],
      trashed: false,
      created: when,
      updated: when,
    };
    account.data.drive.createdByApp.push(id);
    return id;
  };
  // Another network with the same name: its report of today, in its own folder the add-on made.
  const otherFolder = account.newFileId();
  account.data.drive.items[otherFolder] = {
    id: otherFolder,
    name: "Netwerkplan – Netwerk Test",
    mimeType: MIME_TYPES.FOLDER,
    parents: [account.data.drive.rootId],
    trashed: false,
    created: "2026-01-01T00:00:00.000Z",
    updated: "2026-01-01T00:00:00.000Z",
  };
  account.data.drive.createdByApp.push(otherFolder);
  const other = made(otherFolder, [
    { type: "paragraph", heading: "NORMAL", runs: [{ text: "Ander netwerk", style: {} }] },
  ]);
  // This network's run stopped right after DocumentApp.create: an empty document in My Drive.
  const orphan = made(account.data.drive.rootId, [{ type: "paragraph", heading: "NORMAL", runs: [] }]);
  const runner = runnerFor(account, TODAY);
  const d = details(click(runner, "Rapport genereren"));
  expect(d.documentId).toBe(orphan);
  expect(account.data.drive.items[orphan]!.parents).toEqual([d.folderId]);
  expect(headingTexts(account.data.documents[orphan]!, "TITLE")).toEqual([
    "Voortgangsrapportage Netwerk Test",
  ]);
  expect(textOf(account.data.documents[other]!.body)).toBe("Ander netwerk");
  expect(account.data.drive.items[other]!.parents).toEqual([otherFolder]);
});

test("a report the add-on stopped remembering is not taken up again, even with today's title", () => {
  const { account, ss } = accountWith(network());
  const runner = runnerFor(account, TODAY);
  const subject = (text: string) => {
    tab(ss, "Activiteiten").cells[1]![3] = { v: text };
  };
  subject("Eerste versie");
  const first = details(click(runner, "Rapport genereren"));
  // The coordinator trashes today's report and makes it anew, then restores the first from the trash and
  // trashes the second: the add-on remembers the second, and the first is hers again.
  account.data.drive.items[first.documentId]!.trashed = true;
  subject("Tweede versie");
  const second = details(click(runner, "Rapport genereren"));
  expect(second.documentId).not.toBe(first.documentId);
  account.data.drive.items[first.documentId]!.trashed = false;
  account.data.drive.items[second.documentId]!.trashed = true;
  subject("Derde versie");
  const r = click(runner, "Rapport genereren");
  const third = details(r);
  expect([first.documentId, second.documentId]).not.toContain(third.documentId);
  expect(third.replaced).toBe(false);
  expect((r.value as { message: string }).message).toContain("is gemaakt");
  expect(textOf(account.data.documents[first.documentId]!.body)).toContain("Eerste versie");
  expect(textOf(account.data.documents[first.documentId]!.body)).not.toContain("Derde versie");
  expect(textOf(account.data.documents[third.documentId]!.body)).toContain("Derde versie");
});

describe("drive.file: the add-on reaches only what it made", () => {
  test("a Rapportmap the add-on did not make is refused: the document goes to its own folder, and it says so", () => {
    const { account } = accountWith(network());
    // A folder the user made in Drive, outside the add-on.
    const folderId = account.newFileId();
    account.data.drive.items[folderId] = {
      id: folderId,
      name: "Mijn rapporten",
      mimeType: MIME_TYPES.FOLDER,
      parents: [account.data.drive.rootId],
      trashed: false,
      created: "2026-01-01T00:00:00.000Z",
      updated: "2026-01-01T00:00:00.000Z",
    };
    const ss = account.activeSpreadsheet!;
    const settings = tab(ss, "Instellingen");
    settings.cells.push([{ v: "Rapportmap" }, { v: `https://drive.google.com/drive/folders/${folderId}` }]);
    const runner = runnerFor(account, TODAY);
    const r = click(runner, "Rapport genereren");
    const d = details(r);
    expect(d.folderRefused).toBe(true);
    expect(d.folderId).not.toBe(folderId);
    expect(filesIn(account, folderId)).toEqual([]);
    expect((r.value as { message: string }).message).toContain(
      "De map in ‘Rapportmap’ kon niet worden geopend",
    );
    // The folder it made itself is used as Rapportmap without complaint.
    settings.cells[settings.cells.length - 1]![1] = { v: d.folderId };
    expect(details(click(runner, "Rapport genereren"))).toMatchObject({
      folderRefused: false,
      folderId: d.folderId,
    });
  });
});

describe("templates (Rapportsjabloon)", () => {
  /** A template made by the user (not by the add-on), with placeholders everywhere. */
  function withTemplate(account: Account, runner: AddonRunner): string {
    const r = runner.execute<string>("describeWorkbook"); // any execution: the template is made beside it
    if (r.error) throw new Error(r.error);
    const id = account.newFileId();
    const p = plainParagraph;
    account.data.documents[id] = {
      id,
      name: "Huisstijl rapport",
      nextListId: 1,
      header: { blocks: [p("{{netwerknaam}} — {{regio}}")] },
      footer: { blocks: [p("Gemaakt op {{datum}} {{onbekend}}")] },
      body: {
        blocks: [
          p("Rapport {{ Netwerknaam }}", "TITLE"),
          p("{{samenvatting}}"),
          {
            type: "table",
            rows: [
              { cells: [{ blocks: [p("Jaar")] }, { blocks: [p("{{jaar}}")] }] },
              { cells: [{ blocks: [p("Nog iets")] }, { blocks: [p("{{verlopen}}")] }] },
            ],
          },
          p("{{projecten}}"),
          p("Met vriendelijke groet, {{ongeldig}}"),
        ],
      },
    };
    return id;
  }

  test("its placeholders filled in body, header, footer and table; parts where they stand; the unknown reported", () => {
    const { account } = accountWith(network({ settings: [["Regio", "Gooi"]] }));
    const runner = runnerFor(account, TODAY);
    const template = withTemplate(account, runner);
    tab(account.activeSpreadsheet!, "Instellingen").cells.push([
      { v: "Rapportsjabloon" },
      { v: `https://docs.google.com/document/d/${template}/edit` },
    ]);
    const r = click(runner, "Rapport genereren");
    const doc = reportedDoc(account, r.value);
    expect(textOf(doc.header)).toBe("Netwerk Test — Gooi");
    expect(textOf(doc.footer)).toBe("Gemaakt op 15-01-2026 {{onbekend}}");
    const body = doc.body.blocks;
    expect((body[0] as ParagraphData).runs.map((x) => x.text).join("")).toBe("Rapport Netwerk Test");
    expect((body[0] as ParagraphData).heading).toBe("TITLE");
    // {{samenvatting}} became the summary; the template's table kept, its {{jaar}} filled, {{verlopen}} misplaced.
    expect(headingTexts(doc, "HEADING1")).toEqual(["Samenvatting", "Alpha", "Beta"]);
    const t = tablesOf(doc.body).find((x) => tableTexts(x)[0]![0] === "Jaar")!;
    expect(tableTexts(t)).toEqual([
      ["Jaar", "2026"],
      ["Nog iets", "{{verlopen}}"],
    ]);
    expect(textOf(doc.body)).toContain("Met vriendelijke groet, {{ongeldig}}");
    expect(textOf(doc.body)).not.toContain("Deadlines komende drie maanden"); // not placed
    const d = details(r);
    // In the order they stand: body, header, footer.
    expect(d.placeholdersUnknown).toEqual(["{{ongeldig}}", "{{onbekend}}"]);
    expect(d.placeholdersMisplaced).toEqual(["{{verlopen}}"]);
    const message = (r.value as { message: string }).message;
    expect(message).toContain(
      "Onbekende plaatshouders in het sjabloon, niet ingevuld: {{ongeldig}}, {{onbekend}}.",
    );
    expect(message).toContain("Gemaakt met het sjabloon ‘Huisstijl rapport’.");
    expect(lastDialog(runner.ui.events)).toContain("{{ongeldig}}, {{onbekend}}");
    // The template itself is untouched, and the add-on never needed Drive access to it.
    expect(textOf(account.data.documents[template]!.body)).toContain("{{samenvatting}}");
    expect(account.data.drive.createdByApp).not.toContain(template);
  });

  test("a template that cannot be opened: the document is made without it, and it says so", () => {
    const { account } = accountWith(
      network({ settings: [["Rapportsjabloon", "1NietBestaandDocument00000000000"]] }),
    );
    const runner = runnerFor(account, TODAY);
    const r = click(runner, "Rapport genereren");
    expect(details(r).templateRefused).toBe(true);
    expect(headingTexts(reportedDoc(account, r.value), "TITLE")).toEqual([
      "Voortgangsrapportage Netwerk Test",
    ]);
    expect((r.value as { message: string }).message).toContain(
      "Het sjabloon in ‘Rapportsjabloon’ kon niet worden geopend",
    );
  });

  test("a value with $ or \\ goes in as it is (no replacement patterns)", () => {
    const { account } = accountWith(network({ settings: [["Netwerknaam", "Netwerk $1 \\n €"]] }));
    const runner = runnerFor(account, TODAY);
    const template = withTemplate(account, runner);
    tab(account.activeSpreadsheet!, "Instellingen").cells.push([{ v: "Rapportsjabloon" }, { v: template }]);
    const doc = reportedDoc(account, click(runner, "Rapport genereren").value);
    expect(textOf(doc.header)).toBe("Netwerk $1 \\n € — ");
  });
});
