/** `Instellingen…`: the sidebar through the bundle, saving with saveSettings, and its safety. */
import { accountWith, runnerFor, tab, valuesOf } from "../support/addon";

const HOSTILE = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", `"'><svg onload=alert(1)>`];

function setup(rows: unknown[][]) {
  const { account, ss } = accountWith({ Instellingen: [["Sleutel", "Waarde"], ...(rows as never[][])] });
  const runner = runnerFor(account);
  return { account, ss, runner };
}

const sidebar = (runner: ReturnType<typeof runnerFor>) => {
  const e = runner.ui.events.filter((x) => x.kind === "sidebar").pop();
  return e && "html" in e ? e : null;
};

describe("the sidebar", () => {
  test("opens with every setting and its value, titled in the workbook's language", () => {
    const { runner } = setup([
      ["Regio", "Gooi en Vechtstreek"],
      ["Jaar", 2027],
      ["Favoriete kleur", "blauw"],
    ]);
    const r = runner.clickFunction("menuShowSettings");
    expect(r.error).toBeUndefined();
    const page = sidebar(runner)!;
    expect(page.title).toBe("Instellingen");
    expect(page.html).toContain('value="Gooi en Vechtstreek"');
    expect(page.html).toContain('value="2027"');
    // The unknown key is shown, not dropped.
    expect(page.html).toContain("Onbekende instellingen");
    expect(page.html).toContain("Favoriete kleur");
    // English with Taal en.
    const en = setup([["Taal", "en"]]);
    en.runner.clickFunction("menuShowSettings");
    expect(sidebar(en.runner)!.title).toBe("Settings");
  });

  test("hostile values in the sheet are shown as text: escaped, never markup", () => {
    const { runner } = setup(HOSTILE.map((h, i) => [i === 0 ? "Regio" : `Eigen ${i}`, h]));
    runner.clickFunction("menuShowSettings");
    const html = sidebar(runner)!.html;
    for (const h of HOSTILE) expect(html).not.toContain(h);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toContain("<script>alert");
  });
});

describe("authorisation", () => {
  test("opens in AuthMode.LIMITED too; when Google says authorisation is needed, the sidebar says what to do", () => {
    const { runner } = setup([["Regio", "Gooi"]]);
    expect(runner.execute("menuShowSettings", [], "LIMITED").error).toBeUndefined();
    expect(sidebar(runner)!.html).toContain('value="Gooi"');
    runner.faults = [
      { method: "Range.getValues", call: 1, message: "Authorization is required to perform that action." },
    ];
    expect(runner.clickFunction("menuShowSettings").error).toBeUndefined();
    runner.faults = [];
    expect(sidebar(runner)!.html).toContain("Netwerkplan heeft nog geen toestemming in dit werkblad");
  });

  test("in AuthMode.NONE no page can open: the call fails with Google's permission error (Google then asks)", () => {
    const { runner } = setup([]);
    expect(runner.execute("menuShowSettings", [], "NONE").error).toMatch(/permission/);
  });
});

describe("saveSettings", () => {
  test("writes the changed values in one block, keeps unknown keys, appends missing settings", () => {
    const { ss, runner } = setup([
      ["Regio", "Oud"],
      ["Eigen notitie", "blijft"],
      ["Jaar", 2026],
    ]);
    const r = runner.execute<{ ok: boolean; message: string }>("saveSettings", [
      { Regio: "Gooi en Vechtstreek", Jaar: "2027", "Rapport als PDF": true },
    ]);
    expect(r.error).toBeUndefined();
    expect(r.value).toMatchObject({ ok: true, message: "Opgeslagen: 3 instellingen gewijzigd." });
    expect(valuesOf(tab(ss, "Instellingen"))).toEqual([
      ["Sleutel", "Waarde"],
      ["Regio", "Gooi en Vechtstreek"],
      ["Eigen notitie", "blijft"],
      ["Jaar", 2027],
      ["Rapport als PDF", true],
    ]);
    expect(tab(ss, "Instellingen").cells[4]?.[1]?.dv?.kind).toBe("checkbox");
    // One write for the values.
    expect(r.calls["Range.setValues"]).toBe(1);
  });

  test("an invalid value writes nothing and names the setting", () => {
    const { ss, runner } = setup([["Jaar", 2026]]);
    const before = JSON.stringify(ss);
    const r = runner.execute("saveSettings", [{ Jaar: "volgend jaar", Regio: "Nieuw" }]);
    expect(r.value).toEqual({
      ok: false,
      message: "Verbeter eerst de gemarkeerde velden; er is niets opgeslagen.",
      errors: [{ key: "Jaar", message: "Vul een jaartal in van 2000 tot en met 2100." }],
    });
    expect(JSON.stringify(ss)).toBe(before);
  });

  test("hostile text is saved as the text it is: never a formula, never markup", () => {
    const { ss, runner } = setup([]);
    runner.execute("saveSettings", [{ Regio: '=IMPORTXML("http://x")', Netwerknaam: HOSTILE[0] }]);
    const values = Object.fromEntries(valuesOf(tab(ss, "Instellingen")).slice(1) as [string, unknown][]);
    expect(values.Regio).toBe('=IMPORTXML("http://x")');
    expect(
      tab(ss, "Instellingen")
        .cells.flat()
        .some((c) => c?.f !== undefined),
    ).toBe(false);
    expect(values.Netwerknaam).toBe(HOSTILE[0]);
  });

  test("changing Taal relabels the menu at the next open", () => {
    const { runner } = setup([["Taal", "nl"]]);
    const r = runner.execute<{ message: string }>("saveSettings", [{ Taal: "en" }]);
    expect(r.value?.message).toContain("De taal is gewijzigd");
    runner.open("FULL");
    expect(runner.menuItems()[0]!.caption).toBe("Set up workbook");
  });

  test("without an Instellingen tab, saving makes it", () => {
    const { account, ss } = accountWith({ Activiteiten: [["Project"]] });
    const runner = runnerFor(account);
    runner.execute("saveSettings", [{ Regio: "Gooi" }]);
    expect(valuesOf(tab(ss, "Instellingen"))).toEqual([
      ["Sleutel", "Waarde"],
      ["Regio", "Gooi"],
    ]);
  });
});

describe("goToRange", () => {
  test("opens the tab of a button; an unknown tab is a clear error", () => {
    const { account, ss } = accountWith({ Blad1: [["x"]], Validatie: [["Tabblad"]] });
    const runner = runnerFor(account);
    expect(runner.execute("goToRange", ["Validatie", "B2"]).error).toBeUndefined();
    expect(ss.sheets.find((s) => s.id === ss.activeSheetId)?.name).toBe("Validatie");
    expect(runner.execute("goToRange", ["Bestaat niet", ""]).error).toBe(
      "Het tabblad ‘Bestaat niet’ bestaat niet (meer). Misschien is het hernoemd of verwijderd.",
    );
    // Vergaderingen may be missing: the message says how to make it.
    expect(runner.execute("goToRange", ["Vergaderingen", ""]).error).toBe(
      "Het tabblad ‘Vergaderingen’ bestaat niet; kies Werkblad inrichten om het te maken.",
    );
  });
});
