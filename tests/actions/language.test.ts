/**
 * The language of a run, through the bundle: Dutch from dist/Code.js itself, English from the project file
 * dist/English.html, which an execution reads at most once and only when it speaks English beyond the menu.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AddonRunner, ExecutionResult } from "../../local/run";
import {
  accountWith,
  distCopy,
  type Rows,
  runnerFor,
  setting,
  statusNetwork,
  tab,
  valuesOf,
  withFilesAway,
} from "../support/addon";
import { ENGLISH_HEADERS } from "../support/validation-fixtures";

const READ = "HtmlService.createHtmlOutputFromFile";

/** A copy of dist/ whose English.html says where a message came from: `setup.progress` is marked. */
const folder = distCopy("netwerkplan-en-", (dir) => {
  const file = path.join(dir, "English.html");
  const catalog = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  catalog["setup.progress"] = "Setting up the workbook (English.html)…";
  fs.writeFileSync(file, JSON.stringify(catalog));
});

function workbook(taal: string): Record<string, Rows> {
  return {
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Taal", taal],
    ],
  };
}

const runner = (taal: string): AddonRunner =>
  runnerFor(accountWith(workbook(taal)).account, "2026-11-22", folder());

const reads = (r: ExecutionResult) => r.calls[READ] ?? 0;

test("an English run shows the texts of English.html", () => {
  const en = runner("en");
  const r = en.clickFunction("menuSetUpWorkbook");
  expect(r.value).toMatchObject({
    outcome: "ok",
    message: expect.stringContaining("The workbook has been set up."),
  });
  const toast = en.ui.events.find((e) => e.kind === "toast");
  expect(toast).toMatchObject({ message: "Setting up the workbook (English.html)…" });
  const dialog = en.ui.events.filter((e) => e.kind === "modal").pop();
  expect(dialog).toMatchObject({ title: "Set up workbook" });
});

test("English costs one file read per execution, Dutch none; the menu needs none in either language", () => {
  const en = runner("en");
  const nl = runner("nl");
  // First clicks: each workbook is set up and its language remembered for onOpen.
  for (const r of [en, nl])
    expect(r.clickFunction("menuSetUpWorkbook").value).toMatchObject({ outcome: "ok" });
  // The same action on the same workbook: the pages read their own files alike (Styles, Client); English
  // reads English.html once more, however many messages it shows, and makes no other call.
  const inEnglish = en.clickFunction("menuValidate");
  const inDutch = nl.clickFunction("menuValidate");
  expect(inEnglish.value).toMatchObject({
    outcome: "ok",
    message: expect.stringContaining("There are no activities in the Activiteiten tab"),
  });
  expect(inDutch.value).toMatchObject({
    outcome: "ok",
    message: expect.stringContaining("Er staan geen activiteiten in het tabblad Activiteiten"),
  });
  expect(reads(inEnglish)).toBe(reads(inDutch) + 1);
  expect(inEnglish.totalCalls).toBe(inDutch.totalCalls + 2);
  expect(inEnglish.calls["HtmlOutput.getContent"]).toBe((inDutch.calls["HtmlOutput.getContent"] ?? 0) + 1);
  // Opening the file: the menu in the remembered language, from the bundle alone.
  const openEn = en.open("LIMITED");
  const openNl = nl.open("LIMITED");
  expect(reads(openEn)).toBe(0);
  expect(reads(openNl)).toBe(0);
  expect(openEn.totalCalls).toBe(openNl.totalCalls);
  expect(en.menuItems()[0]?.caption).toBe("Set up workbook");
  expect(nl.menuItems()[0]?.caption).toBe("Werkblad inrichten");
});

test("a Dutch run never needs English.html", () => {
  withFilesAway(folder(), ["English.html"], () => {
    const nl = runner("nl");
    expect(nl.open("LIMITED").error).toBeUndefined();
    expect(nl.clickFunction("menuSetUpWorkbook").value).toMatchObject({ outcome: "ok" });
    expect(nl.clickFunction("menuValidate").value).toMatchObject({ outcome: "ok" });
  });
});

test("describeWorkbook tells the workbook's language as the add-on reads Taal (the local preview's lang)", () => {
  for (const [taal, lang] of [
    ["English", "en"],
    ["Engels", "en"],
    ["nl", "nl"],
    ["", "nl"],
  ] as const) {
    const { account } = accountWith(workbook(taal));
    const described = runnerFor(account, "2026-11-22", folder()).execute<{ lang: string }>(
      "describeWorkbook",
    );
    expect(described.value?.lang).toBe(lang);
  }
});

test("an English workbook's Validatie and Status speak English from Werkblad inrichten on; Historie keeps the header it is read by", () => {
  const { account, ss } = accountWith({ ...statusNetwork(), ...workbook("en") });
  const en = runnerFor(account, "2026-11-22");
  const header = (name: string) => valuesOf(tab(ss, name))[0];
  const { Validatie: VALIDATIE, Status: STATUS } = ENGLISH_HEADERS;
  expect(en.clickFunction("menuSetUpWorkbook").value).toMatchObject({ outcome: "ok" });
  expect([header("Validatie"), header("Status")]).toEqual([VALIDATIE, STATUS]);
  expect(en.clickFunction("menuGenerateDashboards").value).toMatchObject({ outcome: "ok" });
  expect([header("Validatie"), header("Status")]).toEqual([VALIDATIE, STATUS]);
  // statusNetwork's one activity (Uitvoering, Op schema) by the English words of its dashboard.
  const [activity] = valuesOf(tab(ss, "Status")).slice(1);
  expect([activity![0], activity![3], activity![8], activity![9]]).toEqual([
    "A-0001",
    "Folder",
    "Implementation",
    "On track",
  ]);
  // The next day's run reads the first day's Historie: one row per project and day.
  const history = ["Datum", "Project", "Behaald", "Op schema", "Doorlopend", "Achter op schema"];
  expect(valuesOf(tab(ss, "Historie"))).toEqual([history, [expect.anything(), "Levenspad", 0, 1, 0, 0]]);
  const nextDay = runnerFor(account, "2026-11-23");
  expect(nextDay.clickFunction("menuGenerateDashboards").value).toMatchObject({ outcome: "ok" });
  expect(valuesOf(tab(ss, "Historie")).map((row) => row.slice(1))).toEqual([
    history.slice(1),
    ["Levenspad", 0, 1, 0, 0],
    ["Levenspad", 0, 1, 0, 0],
  ]);
  // Back to Dutch: the next run writes the Dutch headers again.
  setting(ss, "Taal", "nl");
  expect(nextDay.clickFunction("menuValidate").value).toMatchObject({ outcome: "ok" });
  expect(header("Validatie")).toEqual([
    "Tabblad",
    "Rij",
    "Kolom",
    "Waarde",
    "Ernst",
    "Melding",
    "Suggestie",
    "Link",
  ]);
  expect(header("Status")).toEqual([
    "ID",
    "Project",
    "Thema",
    "Onderwerp",
    "Trekker",
    "Deadline",
    "Start",
    "Einde",
    "Fase",
    "Status",
  ]);
});
