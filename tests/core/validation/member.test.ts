import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
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

  test("a duplicate address (case-insensitive) is an error on the later row", () => {
    const result = membersRun([
      member(),
      member({ Naam: "Thijs Bakker", "E-mail": "t.bakker@example.org" }),
      member({ Naam: "S. Verhoeven", "E-mail": "S.VERHOEVEN@example.org" }),
    ]);
    expect(result.problems.map(brief)).toEqual([
      { tab: "Leden", row: 4, column: "E-mail", severity: "error", suggestion: "" },
    ]);
    expect(result.problems[0]!.message).toContain("rij 2");
    expect(result.members.map((m) => m.row)).toEqual([2, 3]);
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
