/** core/screens/settings-form.ts: the sidebar's fields, their rules (the same on both sides) and saving. */
import {
  buildSettingsForm,
  checkSetting,
  driveIdOf,
  normalizeSetting,
  planSettingsSave,
  type SettingsTabRead,
} from "../../../src/core/screens/settings-form";
import { SETTING_DEFS } from "../../../src/core/tabs";

const ZONES = ["Europe/Amsterdam", "Europe/Brussels", "UTC"];
const opts = { lang: "nl" as const, year: 2026, spreadsheetName: "Netwerk Test", timeZones: ZONES };

/** A tab as read: display values are the values as text. */
function tab(rows: unknown[][]): SettingsTabRead {
  const values = [["Sleutel", "Waarde"], ...rows];
  return {
    values,
    display: values.map((r) => r.map((v) => (v === true ? "TRUE" : v === false ? "FALSE" : String(v ?? "")))),
  };
}
const CONTEXT = { year: 2026, spreadsheetName: "Netwerk Test" };
const noFormulas = (t: SettingsTabRead) => t.values.map((r) => r.map(() => ""));

describe("buildSettingsForm", () => {
  test("every setting of PRODUCT.md §2.5 in order, with its current value, label and help", () => {
    const form = buildSettingsForm(
      tab([
        ["Taal", "nl"],
        ["Regio", "Gooi en Vechtstreek"],
        ["Jaar", 2027],
        ["Uitnodigingen versturen", false],
      ]),
      opts,
    );
    expect(form.fields.map((f) => f.key)).toEqual(SETTING_DEFS.map((d) => d.key));
    const by = Object.fromEntries(form.fields.map((f) => [f.key, f]));
    expect(by.Regio).toMatchObject({ value: "Gooi en Vechtstreek", label: "Regio", error: null });
    expect(by.Jaar!.value).toBe("2027");
    expect(by["Uitnodigingen versturen"]!.value).toBe(false);
    // Absent rows show their default.
    expect(by.Netwerknaam!.value).toBe("Netwerk Test");
    expect(by.Tijdzone!.value).toBe("Europe/Amsterdam");
    expect(by["Kleur Behaald"]!.value).toMatch(/^#[0-9a-f]{6}$/);
    expect(by.Regio!.help).toContain("Dashboard");
  });

  test("a value that breaks its rule is marked; unknown keys are listed, not dropped", () => {
    const form = buildSettingsForm(
      tab([
        ["Jaar", "volgend jaar"],
        ["Kleur Behaald", "groen"],
        ["Favoriete kleur", "blauw"],
        ["", "zonder sleutel"],
      ]),
      opts,
    );
    const by = Object.fromEntries(form.fields.map((f) => [f.key, f]));
    expect(by.Jaar!.error).toBe("Vul een jaartal in van 2000 tot en met 2100.");
    expect(by["Kleur Behaald"]!.error).toBe("Vul een kleurcode in zoals #57bb8a.");
    expect(form.unknown).toEqual([{ key: "Favoriete kleur", value: "blauw" }]);
  });

  test("English labels with Taal en; no tab: defaults and a note that saving makes it", () => {
    const form = buildSettingsForm(null, { ...opts, lang: "en" });
    expect(form.hasTab).toBe(false);
    expect(form.texts.title).toBe("Settings");
    expect(form.fields.find((f) => f.key === "Regio")!.label).toBe("Region");
  });
});

describe("rules", () => {
  const rule = (key: string) => buildSettingsForm(null, opts).fields.find((f) => f.key === key)!.rule;
  test.each<[string, string, boolean]>([
    ["Jaar", "2026", true],
    ["Jaar", "1999", false],
    ["Jaar", "2101", false],
    ["Jaar", "26", false],
    ["Taal", "EN", true],
    ["Taal", "fr", false],
    ["Tijdzone", "europe/brussels", true],
    ["Tijdzone", "Mars/Olympus", false],
    ["Agenda", "", true],
    ["Agenda", "primary", true],
    ["Agenda", "abc123@group.calendar.google.com", true],
    ["Agenda", "mijn agenda", false],
    ["Rapportmap", "", true],
    ["Rapportmap", "1AbCdEfGhIjKlMnOpQrStUvWxYz", true],
    ["Rapportmap", "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz", true],
    ["Rapportmap", "map", false],
    ["Kleur Behaald", "#57BB8A", true],
    ["Kleur Behaald", "57bb8a", true],
    ["Kleur Behaald", "#5bb", true],
    ["Kleur Behaald", "groen", false],
    ["Regio", "x".repeat(5001), false],
  ])("%s = %j → %s", (key, value, ok) => {
    expect(checkSetting(rule(key), value) === null).toBe(ok);
  });

  test("a checkbox has no rule", () => {
    expect(rule("Rapport als PDF")).toBeNull();
    expect(checkSetting(null, true)).toBeNull();
  });

  test("stored values: year a number, colour with # in lower case, a Drive link as its id, text never a formula", () => {
    expect(normalizeSetting("year", " 2027 ")).toBe(2027);
    expect(normalizeSetting("colour", "57BB8A")).toBe("#57bb8a");
    expect(
      normalizeSetting(
        "driveFolder",
        "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz?usp=sharing",
      ),
    ).toBe("1AbCdEfGhIjKlMnOpQrStUvWxYz");
    expect(driveIdOf("https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit")).toBe(
      "1AbCdEfGhIjKlMnOpQrStUvWxYz",
    );
    expect(normalizeSetting("text", '=IMPORTXML("x")')).toBe('\'=IMPORTXML("x")');
    expect(normalizeSetting("text", "+31 6")).toBe("'+31 6");
  });
});

describe("planSettingsSave", () => {
  const current = tab([
    ["Netwerknaam", "Netwerk A"],
    ["Eigen notitie", "niet aankomen"],
    ["Regio", "Oud"],
    ["Jaar", 2026],
  ]);

  test("only changed values, in one block from the first to the last changed row, the rest as it was", () => {
    const plan = planSettingsSave(
      current,
      noFormulas(current),
      { Netwerknaam: "Netwerk A", Jaar: "2027", Regio: "Nieuw" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changed).toBe(2);
    expect(plan.write).toEqual({
      row: 4,
      col: 1,
      values: [
        ["Regio", "Nieuw"],
        ["Jaar", 2027],
      ],
    });
  });

  test("a row the add-on does not know between two changes is written back unchanged, a formula as its formula", () => {
    const formulas = noFormulas(current);
    formulas[2]![1] = '=UPPER("niet aankomen")';
    const plan = planSettingsSave(
      current,
      formulas,
      { Netwerknaam: "Netwerk B", Regio: "Nieuw" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan.write!.values).toEqual([
      ["Netwerknaam", "Netwerk B"],
      ["Eigen notitie", '=UPPER("niet aankomen")'],
      ["Regio", "Nieuw"],
    ]);
  });

  test("missing settings are appended below the last row; a new checkbox is marked for its validation", () => {
    const plan = planSettingsSave(
      current,
      noFormulas(current),
      { "Rapport als PDF": true, Taal: "en" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan.write).toEqual({
      row: 6,
      col: 1,
      values: [
        ["Taal", "en"],
        ["Rapport als PDF", true],
      ],
    });
    expect(plan.checkboxes).toEqual([{ row: 7, col: 2, checked: true }]);
    expect(plan.langChanged).toBe(true);
  });

  test("a yes/no setting holding true or false without its checkbox gets it back, with or without changes; text like ja is left", () => {
    const read = tab([
      ["Rapport als PDF", true],
      ["Uitnodigingen versturen", "ja"],
      ["Regio", "Oud"],
    ]);
    const none = read.values.map((r) => r.map(() => false));
    const withBoxes = { ...read, checkboxes: none };
    // Nothing changed: no write, only the checkbox of the row holding true.
    const quiet = planSettingsSave(withBoxes, noFormulas(read), { Regio: "Oud" }, "nl", ZONES, CONTEXT);
    expect(quiet.write).toBeNull();
    expect(quiet.changed).toBe(0);
    expect(quiet.checkboxes).toEqual([{ row: 2, col: 2, checked: true }]);
    // With a change, beside the write.
    const changed = planSettingsSave(withBoxes, noFormulas(read), { Regio: "Nieuw" }, "nl", ZONES, CONTEXT);
    expect(changed.write).not.toBeNull();
    expect(changed.checkboxes).toEqual([{ row: 2, col: 2, checked: true }]);
    // A checkbox that is there, or a tab read without validations: nothing.
    const boxed = none.map((r, i) => r.map((_, c) => i === 1 && c === 1));
    expect(
      planSettingsSave({ ...read, checkboxes: boxed }, noFormulas(read), {}, "nl", ZONES, CONTEXT).checkboxes,
    ).toEqual([]);
    expect(planSettingsSave(read, noFormulas(read), {}, "nl", ZONES, CONTEXT).checkboxes).toEqual([]);
  });

  test("an invalid value: nothing is written, the error names the key", () => {
    const plan = planSettingsSave(
      current,
      noFormulas(current),
      { Regio: "Nieuw", Jaar: "1900" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan.write).toBeNull();
    expect(plan.errors).toEqual([{ key: "Jaar", message: "Vul een jaartal in van 2000 tot en met 2100." }]);
  });

  test("a setting the tab lacks, sent with its default (what the form showed), is no change", () => {
    const plan = planSettingsSave(
      current,
      noFormulas(current),
      { Taal: "nl", Tijdzone: "Europe/Amsterdam", "Rapport als PDF": false, Regio: "Oud" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan).toMatchObject({ errors: [], changed: 0, write: null, langChanged: false });
  });

  test("unknown keys and values of another type from the page are ignored; no change writes nothing", () => {
    const plan = planSettingsSave(
      current,
      noFormulas(current),
      { "Eigen notitie": "overschreven?", Regio: 5 as unknown as string, Netwerknaam: "Netwerk A" },
      "nl",
      ZONES,
      CONTEXT,
    );
    expect(plan).toMatchObject({ errors: [], changed: 0, write: null });
  });

  test("columns found by header: a key column right of the value column", () => {
    const swapped: SettingsTabRead = {
      values: [
        ["Waarde", "Sleutel"],
        ["Oud", "Regio"],
      ],
      display: [
        ["Waarde", "Sleutel"],
        ["Oud", "Regio"],
      ],
    };
    const plan = planSettingsSave(swapped, noFormulas(swapped), { Regio: "Nieuw" }, "nl", ZONES, CONTEXT);
    expect(plan.write).toEqual({ row: 2, col: 1, values: [["Nieuw", "Regio"]] });
  });
});
