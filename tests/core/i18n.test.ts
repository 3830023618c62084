/** core/i18n.ts: both languages complete, every message used, placeholders filled, values quoted. */
import * as fs from "node:fs";
import * as path from "node:path";
import { PHASE_WORDS, STATUS_WORDS } from "../../src/core/blocks";
import { type MessageKey, plurals, q, translator } from "../../src/core/i18n";
import { en } from "../../src/core/messages/en";
import { dutch } from "../../src/core/messages/nl";
import { ALL_TABS, SETTING_DEFS } from "../../src/core/tabs";
import { PHASES, STATUSES } from "../../src/core/vocab";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|html)$/.test(e.name) ? [p] : [];
  });
}

// Every key as it stands in the Dutch table (the English one has the same keys: the type checks it).
const keysOf = (file: string) =>
  [...fs.readFileSync(path.join(SRC, "core", file), "utf8").matchAll(/^\s*"([a-zA-Z][\w.]*)":/gm)].map(
    (m) => m[1]!,
  );

test("every message key is used somewhere in src/ (as a literal, so a search finds it)", () => {
  const tables = [
    "i18n.ts",
    ...fs.readdirSync(path.join(SRC, "core", "messages")).map((f) => `messages/${f}`),
  ];
  const keys = new Set(tables.flatMap(keysOf));
  expect(keys.size).toBeGreaterThan(100);
  const code = sourceFiles(SRC)
    .filter((f) => !f.includes(`${path.sep}messages${path.sep}`) && !f.endsWith("i18n.ts"))
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
  const unused = [...keys].filter((k) => !code.includes(`"${k}"`));
  expect(unused).toEqual([]);
});

test("placeholders are filled; a missing parameter stays visible instead of vanishing", () => {
  const t = translator("nl");
  expect(t("validation.idsAssigned" as MessageKey, { count: 3 })).toBe(
    "3 nieuwe activiteiten kregen een ID.",
  );
  expect(t("validation.idsAssigned" as MessageKey)).toBe("{count} nieuwe activiteiten kregen een ID.");
  expect(translator("en")("validation.idsAssigned" as MessageKey, { count: 3 })).toBe(
    "3 new activities were given an ID.",
  );
});

test("a count decides the words around it: one, other, an exact number, a plural inside a form", () => {
  const t = translator("nl");
  const ids = (count: number) => t("validation.idsAssigned", { count });
  expect([ids(1), ids(2), ids(0)]).toEqual([
    "1 nieuwe activiteit kreeg een ID.",
    "2 nieuwe activiteiten kregen een ID.",
    "0 nieuwe activiteiten kregen een ID.",
  ]);
  const summary = (activities: number, errors: number, warnings: number) =>
    t("validation.summary", { activities, valid: activities - errors, errors, warnings });
  expect(summary(1, 1, 0)).toBe(
    "1 activiteit gelezen, 0 bruikbaar. 1 fout en geen waarschuwingen: zie het tabblad ‘Validatie’.",
  );
  expect(summary(40, 0, 28)).toBe(
    "40 activiteiten gelezen, 40 bruikbaar. Geen fouten en 28 waarschuwingen: zie het tabblad ‘Validatie’.",
  );
  expect(t("dashboards.summary", { count: 1, red: 0 })).toBe("1 dashboard en het overzicht zijn bijgewerkt.");
  expect(t("dashboards.summary", { count: 5, red: 1 })).toBe(
    "5 dashboards en het overzicht zijn bijgewerkt; 1 met een rode vlag.",
  );
  expect(translator("en")("dashboards.summary", { count: 0, red: 0 })).toBe(
    "The overview has been updated; there are no projects for a dashboard.",
  );
  // A form's own plural and placeholders; text around stays; `#` is the count of the plural it stands in.
  const text = "Er {n, plural, one {is # rij} other {zijn # rijen{m, plural, =0 {} other {, # met {wat}}}}}.";
  expect(plurals(text, { n: 1, m: 3 })).toBe("Er is 1 rij.");
  expect(plurals(text, { n: 4, m: 3 })).toBe("Er zijn 4 rijen, 3 met {wat}.");
  expect(plurals(text, { n: 4, m: 0 })).toBe("Er zijn 4 rijen.");
  expect(plurals("geen meervoud {n}", { n: 1 })).toBe("geen meervoud {n}");
});

test("every plural in both languages has an `other` form and counts what the other language counts", () => {
  const counted = (text: string) => [...text.matchAll(/\{(\w+), plural,/g)].map((m) => m[1]!).sort();
  const others = (text: string) => text.match(/ other \{/g)?.length ?? 0;
  let seen = 0;
  for (const key of Object.keys(en) as MessageKey[]) {
    const names = counted(dutch[key]);
    expect([key, counted(en[key])]).toEqual([key, names]);
    if (names.length === 0) continue;
    seen++;
    expect([key, others(dutch[key]), others(en[key])]).toEqual([key, names.length, names.length]);
    // 0, 1 and 2 of each count leave nothing of the notation behind.
    for (const lang of ["nl", "en"] as const)
      for (const n of [0, 1, 2]) {
        const out = translator(lang)(key, Object.fromEntries(names.map((x) => [x, n])));
        expect(out).not.toMatch(/plural|#|\}\}|\{[^\w]|[^\w]\}/);
      }
  }
  expect(seen).toBeGreaterThanOrEqual(6);
});

test("q: a value in a message, on one line, shortened", () => {
  expect(q("Op\nschema")).toBe("‘Op schema’");
  expect(q("x".repeat(100), 10)).toBe(`‘${"x".repeat(9)}…’`);
});

/** `text` without every whole-word occurrence of `names` (longest first, as written: case counts). */
function without(text: string, names: readonly string[]): string {
  const escaped = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join("|")})(?![\\p{L}\\d])`, "gu"), " ");
}

describe("the English catalog", () => {
  const english = Object.entries(en) as [MessageKey, string][];
  // The deadline forms that mean ongoing (PRODUCT.md §2.6): what a partner types in Deadline, not a fase or status.
  const DEADLINE_FORMS = ["Continue / Doorlopend"];
  // Each status and fase with its English word; a value to type is written as both (`Achieved (Behaald)`).
  const pairs = [
    ...STATUSES.map((s) => [s, en[STATUS_WORDS[s]]] as const),
    ...PHASES.map((p) => [p, en[PHASE_WORDS[p]]] as const),
  ];
  const TO_TYPE = pairs.map(([value, word]) => `${word} (${value})`);

  test("a status or fase is named by its English word; a value to type as the word with the value: `Achieved (Behaald)`", () => {
    const named = english.flatMap(([key, text]) => {
      // A setting's key is the workbook's name for it (‘Kleur Behaald’), whatever the language.
      const rest = without(text, [...SETTING_DEFS.map((d) => d.key), ...DEADLINE_FORMS, ...TO_TYPE]);
      const left = pairs.filter(([value]) => without(rest, [value]) !== rest).map(([value]) => value);
      return left.length > 0 ? [`${key}: ${left.join(", ")}`] : [];
    });
    expect(named).toEqual([]);
  });

  // The workbook's own names, which English text uses as they are.
  const NAMES = [
    ...ALL_TABS.map((t) => t.name),
    ...ALL_TABS.filter((t) => t.kind === "source").flatMap((t) =>
      t.columns.flatMap((c) => [c.header, ...c.synonyms]),
    ),
    ...SETTING_DEFS.map((d) => d.key),
    ...DEADLINE_FORMS,
    ...TO_TYPE,
  ];
  // Common Dutch words that are not English ones, and this workbook's Dutch terms. Month names are not among
  // them: a deadline or date may be written with Dutch or English ones (core/deadline.ts).
  const DUTCH = new Set(
    (
      "aan als bij dat de deze dit een geen het hier hun ik je kan maar met naar niet nog ons ook op te tot u uit " +
      "uw van voor wat wel wordt worden zie zijn zo t/m ja/nee ja nee tabblad tabbladen kolom kolommen rij " +
      "rijen regel regels fout fouten waarschuwing waarschuwingen melding suggestie waarde ernst einde " +
      "speerpunt speerpunten doelstelling doelstellingen trekker trekkers fase behaald afgerond ontwikkeling " +
      "uitvoering doorlopend achter thema jaar jaaractieplan activiteitenplan vergadering vergaderingen leden " +
      "activiteit activiteiten onderwerp instelling instellingen sleutel overzicht historie validatie kopregel " +
      "uitnodiging uitnodigingen groep groepen begintijd eindtijd locatie omschrijving geannuleerd voortgang " +
      "probleemstelling hulpvraag opmerkelijke zaken vlag peildatum projecten naam kleur"
    ).split(" "),
  );
  /** The Dutch words of a text outside the workbook's names (words: not the letters of a form such as 9u30). */
  const dutchWords = (text: string) => {
    const words =
      without(text.replace(/\{\w+/g, " "), NAMES).match(/(?<![\p{L}\d])\p{L}+(?:\/\p{L}+)*(?![\p{L}\d])/gu) ??
      [];
    return [...new Set(words.filter((w) => DUTCH.has(w.toLowerCase())))];
  };

  test("the scan for Dutch words passes the workbook's names and finds the words around them", () => {
    expect(
      dutchWords("Choose a project from the Projecten tab, in the Naam column; 9u30 is a time."),
    ).toEqual([]);
    expect(
      dutchWords("Overdue unless it is Behaald: see the Validatie tab, kolom Status, t/m the end."),
    ).toEqual(["Behaald", "kolom", "t/m"]);
    expect(dutchWords("Overdue unless it is Achieved (Behaald), in the ‘Kleur Behaald’ setting.")).toEqual(
      [],
    );
  });

  test("holds no Dutch words but the workbook's own names (tabs, the columns partners type under, settings)", () => {
    const found = english.flatMap(([key, text]) => {
      const words = dutchWords(text);
      return words.length > 0 ? [`${key}: ${words.join(", ")}`] : [];
    });
    expect(found).toEqual([]);
  });
});

test("the settings' help names the dashboards' headings as the dashboards show them, in either language", () => {
  // `<…>` stands for a value, as the help says it (‘Dashboard <regio>: <project>’).
  const asHelp = (text: string) =>
    new RegExp(`‘${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/@/g, "<\\p{L}+>")}’`, "u");
  for (const lang of ["nl", "en"] as const) {
    const t = translator(lang);
    expect([lang, t("settings.help.Jaar")]).toEqual([
      lang,
      expect.stringMatching(asHelp(t("dashboard.goals", { year: "@" }))),
    ]);
    expect([lang, t("settings.help.Regio")]).toEqual([
      lang,
      expect.stringMatching(asHelp(t("dashboard.title", { region: "@", project: "@" }))),
    ]);
  }
});
