import { languageOf } from "../../../src/core/validation/settings";
import { brief, settingsRun } from "../../support/validation-fixtures";

describe("Instellingen", () => {
  test("known keys (matched like headers) fill the settings", () => {
    const result = settingsRun([
      ["Netwerknaam", "Netwerk Palliatieve Zorg"],
      ["regio:", "Gooi en Vechtstreek"],
      ["Jaar", 2027],
      ["Taal", "EN"],
      ["Tijdzone", "europe/brussels"],
      ["Agenda", "abc@group.calendar.google.com"],
      ["Rapportmap", ""],
      ["Rapport als PDF", "ja"],
      ["Inleiding jaaractieplan", "In 2027 werken we aan…"],
      ["Uitnodigingen versturen", false],
      ["Kleur Behaald", "#0A6"],
      ["kleur op schema", "#B7E1A1"],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.settings).toEqual({
      networkName: "Netwerk Palliatieve Zorg",
      region: "Gooi en Vechtstreek",
      year: 2027,
      lang: "en",
      timeZone: "Europe/Brussels",
      calendarId: "abc@group.calendar.google.com",
      reportFolder: "",
      reportTemplate: "",
      reportPdf: true,
      planIntroduction: "In 2027 werken we aan…",
      sendInvites: false,
      colours: {
        Behaald: "#00aa66",
        "Op schema": "#b7e1a1",
        Doorlopend: "#9fc5e8",
        "Achter op schema": "#ea9999",
      },
    });
  });

  test.each<[string, unknown, string, unknown, string, string]>([
    ["Taal", "fr", "lang", "nl", "", "geen bekende taal; Netwerkplan gebruikt nl"],
    ["Tijdzone", "Europe/Amsterdm", "timeZone", "Europe/Amsterdam", "", "gebruikt Europe/Amsterdam"],
    ["Tijdzone", "+01:00", "timeZone", "Europe/Amsterdam", "", "geen geldige tijdzone"],
    ["Jaar", 1999, "year", 2026, "", "geen jaartal tussen 2000 en 2100; Netwerkplan gebruikt 2026"],
    ["Jaar", "2026.5", "year", 2026, "", "geen jaartal"],
    ["Jaar", "volgend jaar", "year", 2026, "", "geen jaartal"],
    [
      "Uitnodigingen versturen",
      "graag",
      "sendInvites",
      true,
      "",
      "niet herkend als ja of nee; het telt als ja",
    ],
    [
      "Kleur Doorlopend",
      "blauw",
      "colours",
      { Doorlopend: "#9fc5e8" },
      "",
      "geen kleurcode; Netwerkplan gebruikt #9fc5e8",
    ],
    ["Kleur Doorlopend", "6fa8dc", "colours", { Doorlopend: "#9fc5e8" }, "#6fa8dc", "geen kleurcode"],
    ["Kleur Doorlopend", "#12345", "colours", { Doorlopend: "#9fc5e8" }, "", "geen kleurcode"],
  ])("%s %j is a warning and the default is used", (key, value, field, expected, suggestion, text) => {
    const result = settingsRun([[key, value]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion },
    ]);
    expect(result.problems[0]!.message).toContain(text);
    expect(result.settings).toMatchObject({ [field]: expected });
  });

  test("an unknown key is a warning with the closest known key; the row stays unused", () => {
    const result = settingsRun([
      ["Tijdszone", "Europe/Amsterdam"],
      ["Logo", "https://example.org/logo.png"],
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Sleutel", severity: "warning", suggestion: "Tijdzone" },
      { tab: "Instellingen", row: 3, column: "Sleutel", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("Bedoelt u ‘Tijdzone’?");
    expect(result.problems[1]!.message).toContain("Netwerknaam, Regio, Jaar");
  });

  test("a duplicate key is a warning on the later row; the first value counts", () => {
    const result = settingsRun([
      ["Regio", "Gooi"],
      ["Jaar", 2026],
      ["REGIO", "Vechtstreek"],
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 4, column: "Sleutel", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.settings.region).toBe("Gooi");
  });

  test("a value without a key is a warning", () => {
    const result = settingsRun([["", "iets"]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion: "" },
    ]);
  });

  test("empty values and a missing tab give the defaults, without problems", () => {
    const result = settingsRun([
      ["Jaar", ""],
      ["Taal", ""],
      ["Tijdzone", ""],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.settings).toMatchObject({ year: 2026, lang: "nl", timeZone: "Europe/Amsterdam" });
  });

  test("a formula error in a value is a warning", () => {
    const result = settingsRun([["Netwerknaam", "#REF!"]]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Instellingen", row: 2, column: "Waarde", severity: "warning", suggestion: "" },
    ]);
    expect(result.settings.networkName).toBe("");
  });

  test("settings problems follow the run's language", () => {
    const result = settingsRun([["Taal", "fr"]], "en");
    expect(result.problems[0]!.message).toBe(
      "‘fr’ is not a known language; Netwerkplan uses nl. Accepted: nl or en.",
    );
  });
});

describe("languageOf: the language alone, before anything else is read", () => {
  const values = (rows: unknown[][], header: unknown[] = ["Sleutel", "Waarde"]) => [header, ...rows];
  test.each<[string, unknown[][], "nl" | "en"]>([
    ["Taal en", [["Taal", "en"]], "en"],
    ["English, any case, key with a colon", [["taal:", " English "]], "en"],
    ["nl-BE", [["Taal", "nl-BE"]], "nl"],
    ["not understood", [["Taal", "Frans"]], "nl"],
    ["a number", [["Taal", 7]], "nl"],
    ["absent", [["Regio", "Gooi"]], "nl"],
    ["no rows", [], "nl"],
  ])("%s", (_label, rows, lang) => {
    expect(languageOf(values(rows))).toBe(lang);
  });

  test("columns found by header (moved, synonym); no key column: Dutch", () => {
    expect(languageOf(values([["", "en", "Taal"]], ["Opmerking", "Value", "Instelling"]))).toBe("en");
    expect(languageOf(values([["Taal", "en"]], ["Iets", "Waarde"]))).toBe("nl");
    expect(languageOf([])).toBe("nl");
  });

  test("it agrees with the full settings reader", () => {
    for (const v of ["en", "EN-gb", "engels", "nl", "Dutch", "fr", ""]) {
      expect(languageOf(values([["Taal", v]]))).toBe(settingsRun([["Taal", v]]).settings.lang);
    }
  });
});
