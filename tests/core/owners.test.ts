import * as fc from "fast-check";
import { OwnerMatcher } from "../../src/core/owners";
import type { Member } from "../../src/core/records";

const m = (name: string, role: string, groups: string[] = [], active = true): Member => ({
  row: 0,
  name,
  email: null,
  organisation: "",
  role,
  groups,
  active,
});

const members = [
  m("Sanne Verhoeven", "Netwerkcoördinator", ["Kerngroep", "Themagroep Deskundigheid"]),
  m("Thijs Bakker", "Projectleider", ["Projectgroep Levenspad"]),
  m("Esther Kok", "Ondersteuner", ["Kerngroep"]),
  m("Annelies Mulder", "Coördinator VPTZ", ["Themagroep Hospicezorg/VPTZ"]),
  m("Ruud van der Linden", "Kaderarts palliatieve zorg"),
  m("Wim Koster", "Beleidsmedewerker Wmo", ["Themagroep Sociaal domein"], false),
];
const matcher = new OwnerMatcher(members);

test("spelling: the member or role a part names, as Leden spells it", () => {
  expect(
    [
      "NWC",
      "nwc.",
      "netwerk coördinator",
      "Netwerk-coördinator",
      "Coördinatoren VPTZ",
      "sanne  verhoeven",
      "projectleiders",
    ].map((p) => matcher.spelling(p)),
  ).toEqual([
    "Netwerkcoördinator",
    "Netwerkcoördinator",
    "Netwerkcoördinator",
    "Netwerkcoördinator",
    "Coördinator VPTZ",
    "Sanne Verhoeven",
    "Projectleider",
  ]);
  // A group, a role with a name, an inactive member's role, text: none.
  for (const p of ["Kerngroep", "Projectleider Jolanda", "Beleidsmedewerker Wmo", "allen", ""])
    expect([p, matcher.spelling(p)]).toEqual([p, null]);
});

describe("trekkers against Leden", () => {
  test.each<[string, string[]]>([
    // names and roles
    ["Sanne Verhoeven", []],
    ["sanne  verhoeven", []],
    ["Netwerkcoördinator", []],
    ["netwerkcoordinator", []],
    ["Netwerk coördinator", []],
    ["Netwerk-coördinator", []],
    ["NWC", []],
    ["nwc.", []],
    ["Projectleider", []],
    ["Projectleiders", []],
    ["Coördinatoren VPTZ", []],
    // a role followed by a name
    ["Projectleider Jolanda", []],
    ["NWC Sanne", []],
    // groups of active members
    ["Kerngroep", []],
    ["kerngroepleden", []],
    ["Themagroepleden", []],
    ["themagroep deskundigheid", []],
    ["Netwerkcoördinator met themagroep hospicezorg/VPTZ", []],
    // separators
    ["Netwerkcoördinator + projectleider", []],
    ["Projectleider\nNWC", []],
    ["NWC / Thijs Bakker, Esther Kok; Ruud van der Linden & Ondersteuner", []],
    ["Netwerkcoördinator en kerngroepleden", []],
    ["Netwerkcoördinator samen met kerngroepleden", []],
    ["Netwerkcoördinator in samenwerking met projectleider consortium NH- en Flevoland- Ilse Raats", []],
    ["Thijs Bakker of Esther Kok", []],
    // remarks in parentheses
    ["Netwerkcoördinator met ondersteuning van dagelijks bestuur (kerngroep)", []],
    ["Netwerkcoördinator (faciliterend)", []],
    ["(kerngroep)", []],
    // no match
    ["NWC/projectteam", ["projectteam"]],
    ["NWC + allen", ["allen"]],
    ["NW/RHOGO/regiokompas", ["NW", "RHOGO", "regiokompas"]],
    ["Netwerkcoördinator (faciliterend) + 1 a 2 leden (evt. roulerend)", ["1 a 2 leden (evt. roulerend)"]],
    [
      "Netwerkcoördinator in samenwerking met kaderarts Marije van Daelen en Marijke Oosterhuis RHOGO",
      ["kaderarts Marije van Daelen", "Marijke Oosterhuis RHOGO"],
    ],
    ["Jolanda", ["Jolanda"]],
    ["Jolanda\n\nJolanda", ["Jolanda"]],
    // inactive members count for nothing (their names are reported apart: see below)
    ["Wim Koster", []],
    ["Beleidsmedewerker Wmo", ["Beleidsmedewerker Wmo"]],
    ["Themagroep Sociaal domein", ["Themagroep Sociaal domein"]],
    // a role is matched as a whole
    ["Kaderarts", ["Kaderarts"]],
  ])("%j → unmatched %j", (text, unmatched) => {
    expect(matcher.check(text).unmatched).toEqual(unmatched);
  });

  test("NWC needs an active member with the role Netwerkcoördinator", () => {
    const without = new OwnerMatcher(members.filter((x) => x.role !== "Netwerkcoördinator"));
    expect(without.check("NWC").unmatched).toEqual(["NWC"]);
    expect(without.check("Netwerkcoördinator").unmatched).toEqual(["Netwerkcoördinator"]);
  });

  test("one unmatched part gets the closest name or role as suggestion", () => {
    expect(matcher.check("Sanne").suggestion).toBe("Sanne Verhoeven");
    expect(matcher.check("NWC + Tijs Bakker")).toEqual({
      unmatched: ["Tijs Bakker"],
      suggestion: "Thijs Bakker",
      inactive: [],
    });
    expect(matcher.check("projectteam").suggestion).toBeUndefined();
  });

  describe("parts looked up among all members", () => {
    const withAddress = (member: Member, row: number, email: string): Member => ({ ...member, row, email });
    const lookup = new OwnerMatcher([
      withAddress(members[0]!, 2, "s.verhoeven@example.org"),
      withAddress(members[1]!, 3, "t.bakker@example.org"),
      withAddress(members[2]!, 4, "e.kok+netwerk@example.org"),
      withAddress(members[5]!, 7, "w.koster@example.org"),
      { ...m("Wim Koster", "", [], false), row: 9 },
      { ...m("Joke de Wit", "", [], false), row: 8 },
    ]);

    test.each<[string, string]>([
      ["s.verhoeven@example.org", "Sanne Verhoeven"],
      ["S.Verhoeven@Example.ORG", "Sanne Verhoeven"],
      ["mailto:s.verhoeven@example.org", "Sanne Verhoeven"],
      ["MAILTO: s.verhoeven@example.org", "Sanne Verhoeven"],
      ["<s.verhoeven@example.org>", "Sanne Verhoeven"],
      [" mailto:t.bakker@example.org ", "Thijs Bakker"],
      ["e.kok+netwerk@example.org", "Esther Kok"],
    ])("an active member's address %j stays unmatched, with her name %j as suggestion", (text, name) => {
      expect(lookup.check(text)).toEqual({ unmatched: [text.trim()], suggestion: name, inactive: [] });
    });

    test("an address beside a name: the address is the one unmatched part, her name the suggestion", () => {
      expect(lookup.check("NWC + mailto:t.bakker@example.org")).toEqual({
        unmatched: ["mailto:t.bakker@example.org"],
        suggestion: "Thijs Bakker",
        inactive: [],
      });
      // An address nobody in Leden has gets no suggestion, nor has an inactive member's.
      expect(lookup.check("x.onbekend@example.org").suggestion).toBeUndefined();
      expect(lookup.check("w.koster@example.org").suggestion).toBeUndefined();
    });

    test("a member in Leden who is not active is reported with her row, not as unknown", () => {
      const wim = { name: "Wim Koster", row: 7 };
      expect(lookup.check("Wim Koster")).toEqual({ unmatched: [], inactive: [wim] });
      expect(lookup.check("wim  koster")).toEqual({ unmatched: [], inactive: [wim] });
      expect(lookup.check("mailto:W.Koster@example.org")).toEqual({ unmatched: [], inactive: [wim] });
      expect(lookup.check("Wim Koster (tijdelijk) + w.koster@example.org")).toEqual({
        unmatched: [],
        inactive: [wim],
      });
      expect(lookup.check("Joke de Wit, Wim Koster en projectteam")).toEqual({
        unmatched: ["projectteam"],
        inactive: [{ name: "Joke de Wit", row: 8 }, wim],
      });
      // An active member of that name is a match, whoever else in Leden is inactive.
      expect(lookup.check("Sanne Verhoeven")).toEqual({ unmatched: [], inactive: [] });
    });
  });

  test("any text gives a result without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ maxLength: 600 }), (a, b) => {
        for (const text of [a, b, `${a}(${b}`, `${b})${a}`]) {
          const result = matcher.check(text);
          expect(Array.isArray(result.unmatched)).toBe(true);
        }
      }),
    );
  });
});
