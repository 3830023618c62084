import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  brief,
  MEMBER_HEADERS,
  member,
  membersRun,
  OPTS,
  tab,
  workbook,
} from "../../support/validation-fixtures";

describe("Leden", () => {
  test("a valid member; the address is trimmed and compared in lower case", () => {
    const result = membersRun([member({ "E-mail": "  S.Verhoeven@Example.ORG ", Organisatie: "NPZ" })]);
    expect(result.problems).toEqual([]);
    expect(result.members).toEqual([
      {
        row: 2,
        name: "Sanne Verhoeven",
        email: "s.verhoeven@example.org",
        organisation: "NPZ",
        role: "Netwerkcoördinator",
        groups: ["Kerngroep"],
        active: true,
      },
    ]);
  });

  test("Naam is required", () => {
    const result = membersRun([member({ Naam: "" })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "Naam", severity: "error", suggestion: "" },
    ]);
    expect(result.members).toEqual([]);
  });

  test("an empty E-mail is a warning: the member is kept, without an address, and told she gets no invitations", () => {
    const result = membersRun([member({ "E-mail": "" })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "E-mail", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("‘E-mail’ is leeg");
    expect(result.problems[0]!.message).toContain("geen uitnodigingen");
    expect(result.members).toEqual([
      {
        row: 2,
        name: "Sanne Verhoeven",
        email: null,
        organisation: "",
        role: "Netwerkcoördinator",
        groups: ["Kerngroep"],
        active: true,
      },
    ]);
  });

  test.each<[string, string]>([
    ["jan@", ""],
    ["jan.example.org", ""],
    ["jan@example", ""],
    ["jan @example.org", ""],
    ["Jan Jansen <jan@example.org>", "jan@example.org"],
    ["mailto:jan@example.org", "jan@example.org"],
    ["jan@example.org; piet@example.org", ""],
  ])("an invalid address %j is a warning, with the address it holds as suggestion", (value, suggestion) => {
    const result = membersRun([member({ "E-mail": value })]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "E-mail", severity: "warning", suggestion },
    ]);
    expect(result.problems[0]!.message).toContain("geen geldig e-mailadres");
    expect(result.problems[0]!.message).toContain("krijgt dit lid geen uitnodigingen");
    expect(result.problems[0]!.value).toBe(value);
    expect(result.members.map((m) => [m.name, m.role, m.email])).toEqual([
      ["Sanne Verhoeven", "Netwerkcoördinator", null],
    ]);
  });

  test("a formula error in E-mail is a warning too; English", () => {
    const members = tab("Leden", MEMBER_HEADERS, [member({ "E-mail": "#REF!" })]);
    const result = validateWorkbook(workbook({ members }), { ...OPTS, lang: "en" });
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "E-mail", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("#REF!");
    expect(result.problems[0]!.message).toContain("gets no meeting invitations");
    expect(result.members.map((m) => m.email)).toEqual([null]);
  });

  test("members without an address are not duplicates of each other", () => {
    const result = membersRun([
      member({ "E-mail": "" }),
      member({ Naam: "Thijs Bakker", "E-mail": "" }),
      member({ Naam: "Jan", "E-mail": "jan@" }),
    ]);
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([
      [2, "warning"],
      [3, "warning"],
      [4, "warning"],
    ]);
    expect(result.members.map((m) => m.name)).toEqual(["Sanne Verhoeven", "Thijs Bakker", "Jan"]);
  });

  test("a shared address (case-insensitive) is a warning on every row that has it: all kept, none with the address", () => {
    // Row 2 mistyped the address of Annelies in row 4: nobody can tell which row is right.
    const rows = [
      member({ Naam: "Ruud van der Linden", "E-mail": "a.mulder@example.org", Groepen: "Kerngroep" }),
      member({ Naam: "Thijs Bakker", "E-mail": "t.bakker@example.org" }),
      member({
        Naam: "Annelies Mulder",
        "E-mail": "A.Mulder@example.org",
        Groepen: "Themagroep Deskundigheid",
      }),
    ];
    const result = membersRun(rows);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 2, column: "E-mail", severity: "warning", suggestion: "" },
      { tab: "Leden", row: 4, column: "E-mail", severity: "warning", suggestion: "" },
    ]);
    expect(result.problems.map((p) => p.value)).toEqual(["a.mulder@example.org", "A.Mulder@example.org"]);
    expect(result.problems[0]!.message).toBe(
      "Het e-mailadres ‘a.mulder@example.org’ staat ook bij het lid in rij 4 (hoofdletters tellen niet mee). Netwerkplan kan niet weten bij wie het hoort, dus geen van beiden krijgt uitnodigingen voor vergaderingen tot elk lid een eigen adres heeft; als trekker en in de groepen tellen ze wel mee. Is het dezelfde persoon, verwijder dan de dubbele rij; anders verbeter het adres in de rij waar het niet klopt.",
    );
    expect(result.problems[1]!.message).toContain("‘A.Mulder@example.org’ staat ook bij het lid in rij 2 ");
    // Both stay members (trekker, groups), without an address: neither is invited.
    expect(result.members.map((m) => [m.row, m.name, m.email, m.groups, m.sharedAddress])).toEqual([
      [2, "Ruud van der Linden", null, ["Kerngroep"], { others: 1, rows: [4] }],
      [3, "Thijs Bakker", "t.bakker@example.org", ["Kerngroep"], undefined],
      [4, "Annelies Mulder", null, ["Themagroep Deskundigheid"], { others: 1, rows: [2] }],
    ]);
    // As trekkers they still count: an activity of Annelies is no "not found in Leden".
    const withActivity = validateWorkbook(
      workbook({
        members: tab("Leden", MEMBER_HEADERS, rows),
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity({ Trekker: "Annelies Mulder" })]),
      }),
      OPTS,
    );
    expect(withActivity.problems.filter((p) => p.tab === "Activiteiten")).toEqual([]);
  });

  test("an address in three rows or more names the other rows, a few at most; English", () => {
    const rows = Array.from({ length: 8 }, (_, i) =>
      member({ Naam: `Lid ${i + 2}`, "E-mail": "info@example.org" }),
    );
    const members = tab("Leden", MEMBER_HEADERS, [member({ "E-mail": "eigen@example.org" }), ...rows]);
    const nl = membersRun([member({ "E-mail": "eigen@example.org" }), ...rows]);
    expect(nl.problems.map((p) => [p.row, p.severity])).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((row) => [row, "warning"]),
    );
    expect(nl.problems[0]!.message).toContain("staat ook bij 7 andere leden, in de rijen 4, 5, 6, 7, 8, … (");
    expect(nl.problems[0]!.message).toContain("geen van hen krijgt uitnodigingen");
    expect(nl.problems[7]!.message).toContain("in de rijen 3, 4, 5, 6, 7, … (");
    expect(nl.members.map((m) => m.email)).toEqual(["eigen@example.org", ...rows.map(() => null)]);
    expect(nl.members[1]!.sharedAddress).toEqual({ others: 7, rows: [4, 5, 6, 7, 8, 9] });
    const en = validateWorkbook(workbook({ members }), { ...OPTS, lang: "en" });
    expect(en.problems.find((p) => p.tab === "Leden")!.message).toContain(
      "is also used by 7 other members, in rows 4, 5, 6, 7, 8, … (case does not count). Netwerkplan cannot tell whose it is, so none of them gets meeting invitations",
    );
  });

  test("Groepen: split on , ; and line breaks, trimmed, first spelling in the tab is canonical", () => {
    const result = membersRun([
      member({ Groepen: "Kerngroep;  Themagroep Hospicezorg/VPTZ ,\nBestuurders,," }),
      member({
        Naam: "Thijs",
        "E-mail": "t@example.org",
        Groepen: "KERNGROEP\nthemagroep hospicezorg/vptz; kerngroep",
      }),
      member({ Naam: "Esther", "E-mail": "e@example.org", Groepen: "" }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.members.map((m) => m.groups)).toEqual([
      ["Kerngroep", "Themagroep Hospicezorg/VPTZ", "Bestuurders"],
      ["Kerngroep", "Themagroep Hospicezorg/VPTZ"],
      [],
    ]);
  });

  test.each<[unknown, boolean, boolean]>([
    [true, true, false],
    [false, false, false],
    ["", true, false],
    ["ja", true, false],
    ["Nee", false, false],
    ["WAAR", true, false],
    ["onwaar", false, false],
    ["TRUE", true, false],
    ["false", false, false],
    ["x", true, false],
    ["1", true, false],
    ["0", false, false],
    [1, true, false],
    [0, false, false],
    ["misschien", true, true],
    [7, true, true],
  ])("Actief %j → %s (warning: %s)", (value, active, warned) => {
    const result = membersRun([member({ Actief: value })]);
    expect(result.members.map((m) => m.active)).toEqual([active]);
    expect(result.problems.map(brief)).toEqual(
      warned ? [{ tab: "Leden", row: 2, column: "Actief", severity: "warning", suggestion: "" }] : [],
    );
    if (warned) expect(result.problems[0]!.message).toContain("het telt als ja");
  });

  test("a row with only an unticked checkbox is empty", () => {
    const result = membersRun([member(), { Actief: false }, { Actief: true }]);
    expect(result.problems).toEqual([]);
    expect(result.members).toHaveLength(1);
  });

  test("a missing required column", () => {
    const result = membersRun([member()], ["Naam", "Rol"]);
    expect(result.problems.map((p) => [p.tab, p.row, p.column, p.columnIndex, p.severity])).toEqual([
      ["Leden", 1, "E-mail", 0, "error"],
    ]);
    expect(result.members).toEqual([]);
  });
});
