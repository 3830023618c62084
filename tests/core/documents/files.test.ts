/** core/documents/files.ts: the remembered documents, same-day replacement, links and what the action says. */
import {
  type DocumentResult,
  documentLink,
  documentOutcome,
  isServiceLimit,
  overviewLinkCell,
  parseDocumentsState,
  recoverablePlace,
  STORED_TITLE_MAX,
  safeUrl,
  sameDayDocument,
  settingId,
  storedDocumentsState,
  unrememberedCandidates,
} from "../../../src/core/documents/files";
import { translator } from "../../../src/core/i18n";

const nl = translator("nl");
const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
const URL = `https://docs.google.com/document/d/${ID}/edit`;

test("the remembered state survives anything stored: unreadable parts are dropped", () => {
  const made = {
    date: "2026-03-15",
    id: ID,
    url: URL,
    title: "T",
    pdfId: "p",
    pdfUrl: "https://drive.google.com/file/d/p/view",
  };
  expect(parseDocumentsState(JSON.stringify({ folder: "f", report: made, plan: { id: 3 } }))).toEqual({
    folder: "f",
    report: made,
  });
  expect(parseDocumentsState("{kapot")).toEqual({});
  expect(parseDocumentsState("[1]")).toEqual({});
  expect(parseDocumentsState(null)).toEqual({});
});

test("the same day's document is replaced; another day's is kept (a new one is made)", () => {
  const state = parseDocumentsState(
    JSON.stringify({ report: { date: "2026-03-15", id: ID, url: URL, title: "T" } }),
  );
  expect(sameDayDocument(state, "report", "2026-03-15")?.id).toBe(ID);
  expect(sameDayDocument(state, "report", "2026-03-16")).toBeNull();
  expect(sameDayDocument(state, "plan", "2026-03-15")).toBeNull();
});

describe("a document a run made and did not remember (it stopped before storing the id)", () => {
  const ZONE = "Europe/Amsterdam";
  /** A file made at that local time in Amsterdam (winter: UTC+1). */
  const at = (id: string, local: string) => ({ id, created: Date.parse(`${local}+01:00`) });
  const plan = (date: string, id: string) => ({
    date,
    id,
    url: `https://docs.google.com/document/d/${id}`,
    title: "P",
  });

  test("a plan of an earlier week, no longer remembered, is never taken up: its title is the same all year", () => {
    // Plans made on 5, 12 and 19 January; the one of the 19th is remembered; today is the 26th.
    const state = { plan: plan("2026-01-19", "p19") };
    const files = [
      at("p05", "2026-01-05T09:00:00"),
      at("p12", "2026-01-12T09:00:00"),
      at("p19", "2026-01-19T09:00:00"),
    ];
    expect(unrememberedCandidates(state, "plan", "2026-01-26", ZONE, files)).toEqual([]);
    // The same day as the remembered one (its run made another one before it, e.g. one since trashed and restored).
    expect(
      unrememberedCandidates(state, "plan", "2026-01-26", ZONE, [at("x", "2026-01-19T23:59:00")]),
    ).toEqual([]);
  });

  test("one made after the remembered day, up to today, is taken up; the newest first", () => {
    const state = { plan: plan("2026-01-19", "p19"), report: plan("2026-01-20", "r20") };
    const files = [
      at("p19", "2026-01-19T09:00:00"),
      at("r20", "2026-01-21T09:00:00"),
      at("a", "2026-01-20T00:00:30"),
      at("b", "2026-01-26T08:59:00"),
      at("future", "2026-01-27T00:00:01"),
    ];
    expect(unrememberedCandidates(state, "plan", "2026-01-26", ZONE, files)).toEqual(["b", "a"]);
  });

  test("the day is the network's: a file made at 00:30 in Amsterdam belongs to that day, not the one before", () => {
    const state = { report: plan("2026-01-19", "r19") };
    const files = [{ id: "x", created: Date.UTC(2026, 0, 19, 23, 30) }]; // 00:30 on the 20th in Amsterdam
    expect(unrememberedCandidates(state, "report", "2026-01-20", ZONE, files)).toEqual(["x"]);
    expect(unrememberedCandidates(state, "report", "2026-01-20", "UTC", files)).toEqual([]);
  });

  test("with nothing of the kind remembered, only one made today; a file without a date is left alone", () => {
    const state = { report: plan("2026-01-19", "r19") };
    const files = [
      at("yesterday", "2026-01-25T17:00:00"),
      at("today", "2026-01-26T08:00:00"),
      { id: "nodate", created: Number.NaN },
    ];
    expect(unrememberedCandidates(state, "plan", "2026-01-26", ZONE, files)).toEqual(["today"]);
    expect(unrememberedCandidates({}, "plan", "2026-01-26", ZONE, [])).toEqual([]);
  });

  test("only a Google Doc out of the trash, in the add-on's folder or still in My Drive", () => {
    const place = { doc: true, trashed: false, parents: ["folder"], folder: "folder", root: null };
    expect(recoverablePlace(place)).toBe(true);
    expect(recoverablePlace({ ...place, parents: ["root"], root: "root" })).toBe(true);
    expect(recoverablePlace({ ...place, parents: ["other"], root: "root" })).toBe(false);
    expect(recoverablePlace({ ...place, parents: ["folder", "other"], root: "root" })).toBe(false);
    expect(recoverablePlace({ ...place, trashed: true })).toBe(false);
    expect(recoverablePlace({ ...place, doc: false })).toBe(false);
  });
});

test("Rapportmap and Rapportsjabloon: a link or an id", () => {
  expect(settingId(` ${URL} `)).toBe(ID);
  expect(settingId(`https://drive.google.com/drive/folders/${ID}?usp=sharing`)).toBe(ID);
  expect(settingId(ID)).toBe(ID);
  expect(settingId("  ")).toBeNull();
});

test("links: only Google's https pages; the label quoted for a formula", () => {
  expect(safeUrl(URL)).toBe(URL);
  expect(safeUrl("javascript:alert(1)")).toBeNull();
  expect(safeUrl("https://evil.example/docs.google.com/")).toBeNull();
  expect(documentLink(URL, 'Rapport "Gooi" =1+1')).toBe(`=HYPERLINK("${URL}","Rapport ""Gooi"" =1+1")`);
  expect(documentLink("http://docs.google.com/x", "x")).toBeNull();
});

test("the Overzicht row of each document, found by its label", () => {
  const columnA = [
    ["Overzicht Netwerk"],
    ["Documenten"],
    ["Voortgangsrapportage"],
    ["Jaaractieplan"],
    ["Alle acties"],
  ];
  expect(overviewLinkCell(columnA, "report", nl)).toEqual({ row: 3, col: 2 });
  expect(overviewLinkCell(columnA, "plan", nl)).toEqual({ row: 4, col: 2 });
  expect(overviewLinkCell([["Overzicht"]], "plan", nl)).toBeNull();
});

describe("what the action says", () => {
  const result: DocumentResult = {
    kind: "report",
    made: { date: "2026-03-15", id: ID, url: URL, title: "Voortgangsrapportage N 15-03-2026" },
    replaced: false,
    folder: { id: "F", name: "Netwerkplan – N", url: "https://drive.google.com/drive/folders/F" },
    folderRefused: false,
    template: null,
    templateRefused: false,
    placeholdersUnknown: [],
    placeholdersMisplaced: [],
    placeholdersFilled: 0,
    templateSkipped: 0,
    sections: ["Samenvatting", "Alpha"],
    tables: 3,
    figures: [
      ["summary.count.projects", 2],
      ["summary.count.inDocument", 14],
    ],
    overview: true,
    requests: 12,
  };

  test("made: where it is, the link in Overzicht; counts and links to the document and the folder", () => {
    const out = documentOutcome(result, nl);
    expect(out.message.split("\n")).toEqual([
      "‘Voortgangsrapportage N 15-03-2026’ is gemaakt.",
      "Het staat in de map ‘Netwerkplan – N’.",
      "De link staat ook in het tabblad ‘Overzicht’.",
    ]);
    // What the document holds, as the model counted it (not its sections or tables).
    expect(out.facts.counts).toEqual([
      ["summary.count.projects", 2],
      ["summary.count.inDocument", 14],
    ]);
    expect(out.facts.urls).toEqual([
      { label: "Voortgangsrapportage N 15-03-2026", url: URL },
      { label: "Map ‘Netwerkplan – N’", url: "https://drive.google.com/drive/folders/F" },
    ]);
    expect(out.details).toMatchObject({
      documentId: ID,
      url: URL,
      sections: ["Samenvatting", "Alpha"],
      placeholdersUnknown: [],
    });
  });

  test("replaced, with a PDF, a template with unknown placeholders, a refused folder", () => {
    const out = documentOutcome(
      {
        ...result,
        replaced: true,
        made: { ...result.made, pdfId: "P", pdfUrl: "https://drive.google.com/file/d/P/view" },
        folderRefused: true,
        template: { name: "Sjabloon" },
        placeholdersUnknown: ["{{x}}", "{{y}}"],
        placeholdersFilled: 4,
        templateSkipped: 1,
        templateLeftOut: 2,
        overview: false,
      },
      nl,
    );
    const lines = out.message.split("\n");
    expect(lines[0]).toBe(
      "‘Voortgangsrapportage N 15-03-2026’ is bijgewerkt: het document van vandaag is vervangen en houdt dezelfde link.",
    );
    expect(lines).toContain("Er staat een PDF-kopie naast.");
    expect(lines).toContain("Gemaakt met het sjabloon ‘Sjabloon’.");
    expect(lines).toContain(
      "Niet overgenomen uit het sjabloon (bijvoorbeeld een afbeelding of een inhoudsopgave), dus niet in het document: 3.",
    );
    expect(lines).toContain("Onbekende plaatshouders in het sjabloon, niet ingevuld: {{x}}, {{y}}.");
    expect(lines.some((l) => l.startsWith("De map in ‘Rapportmap’ kon niet worden geopend"))).toBe(true);
    expect(lines[lines.length - 1]).toBe(
      "De link komt in het tabblad ‘Overzicht’ zodra de dashboards zijn gegenereerd.",
    );
    expect(out.facts.counts).toContainEqual(["summary.count.unknownPlaceholders", 2]);
    expect(out.facts.urls?.map((u) => u.label)).toContain("Voortgangsrapportage N 15-03-2026 (PDF)");
  });
});

test("the stored state keeps titles short: a very long Netwerknaam cannot pass the 9 KB of a document property", () => {
  const long = "N".repeat(20_000);
  const made = { date: "2026-11-30", id: "d1", url: "https://docs.google.com/document/d/d1", title: long };
  const json = storedDocumentsState({ folder: "f1", report: made, plan: { ...made, id: "d2" } });
  expect(json.length).toBeLessThan(9 * 1024);
  const back = parseDocumentsState(json);
  expect(back.report!.title).toHaveLength(STORED_TITLE_MAX);
  expect(back.report!.title.endsWith("…")).toBe(true);
  expect(back.folder).toBe("f1");
  expect(back.plan!.id).toBe("d2");
});

test("a limit stops the run; a file that is not there (or not ours) does not", () => {
  for (const message of [
    "Service invoked too many times for one day: docs create.",
    "Exceeded maximum execution time",
  ])
    expect(isServiceLimit(new Error(message))).toBe(true);
  const api = (code: number, reason: string) =>
    Object.assign(new Error(`API call to docs.documents.get failed with error: ${reason}`), {
      details: { code, errors: [{ reason }] },
    });
  expect(isServiceLimit(api(429, "rateLimitExceeded"))).toBe(true);
  expect(isServiceLimit(api(403, "userRateLimitExceeded"))).toBe(true);
  expect(isServiceLimit(api(404, "notFound"))).toBe(false);
  expect(isServiceLimit(api(403, "forbidden"))).toBe(false);
  expect(
    isServiceLimit(
      new Error("No item with the given ID could be found, or you do not have permission to access it."),
    ),
  ).toBe(false);
});
