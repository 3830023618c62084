/** core/tabnames.ts: tab names within the xlsx rules, the suggested Korte naam, and a free name. */
import * as fc from "fast-check";
import type { Project } from "../../src/core/records";
import {
  dashboardTabNames,
  fitShortName,
  freeTabName,
  invalidTabChars,
  MAX_SHORT_NAME,
  TAB_NAME_MAX,
} from "../../src/core/tabnames";
import { exampleProjects } from "../support/example-records";
import { project } from "../support/grid-helpers";

const named = (name: string, shortName = ""): Project => project({ name, shortName });
const forbidden = /[\\/?*[\]:]/;

describe("dashboardTabNames", () => {
  test("Korte naam when given, else the project name", () => {
    const names = dashboardTabNames([named("Samen leven tot het laatst", "Samen leven"), named("Levenspad")]);
    expect([...names]).toEqual([
      ["Samen leven tot het laatst", "Dashboard Samen leven"],
      ["Levenspad", "Dashboard Levenspad"],
    ]);
  });

  test("long names are cut at a word boundary to 31 characters, without a dangling small word", () => {
    const names = dashboardTabNames([
      named("PZP in Wijde Meren en Naarden"),
      named("Samen leven tot het laatst"),
    ]);
    expect(names.get("PZP in Wijde Meren en Naarden")).toBe("Dashboard PZP in Wijde Meren");
    expect(names.get("Samen leven tot het laatst")).toBe("Dashboard Samen leven");
  });

  test("one long word is cut hard", () => {
    const name = "Netwerkcoördinatiewerkzaamheden2026";
    const tab = dashboardTabNames([named(name)]).get(name)!;
    expect(tab).toBe("Dashboard Netwerkcoördinatiewer");
    expect(tab).toHaveLength(31);
  });

  test("forbidden characters are removed, also from Korte naam", () => {
    const names = dashboardTabNames([named("Zorg/welzijn: [regio]*?", ""), named("B", "Q1\\Q2 'test'")]);
    expect(names.get("Zorg/welzijn: [regio]*?")).toBe("Dashboard Zorg welzijn regio");
    expect(names.get("B")).toBe("Dashboard Q1 Q2 'test");
  });

  test("a name with nothing left gets a fallback", () => {
    expect(dashboardTabNames([named("???")]).get("???")).toBe("Dashboard Project");
  });

  test("duplicates get 2, 3… (case-insensitively), still within 31 characters", () => {
    const long = "Deskundigheidsbevordering"; // 25 characters, cut to 21
    const names = dashboardTabNames([
      named("A", "Levenspad"),
      named("B", "LEVENSPAD"),
      named("C", "Levenspad"),
      named("D", long),
      named("E", long),
      named("F", "Levenspad 2"),
    ]);
    expect([...names.values()]).toEqual([
      "Dashboard Levenspad",
      "Dashboard LEVENSPAD 2",
      "Dashboard Levenspad 3",
      "Dashboard Deskundigheidsbevorde",
      "Dashboard Deskundigheidsbevor 2",
      "Dashboard Levenspad 2 2",
    ]);
    for (const n of names.values()) expect(n.length).toBeLessThanOrEqual(31);
  });

  test("the example network keeps its short names", () => {
    expect([...dashboardTabNames(exampleProjects()).values()]).toEqual([
      "Dashboard Jaaractieplan 2025",
      "Dashboard Samen leven",
      "Dashboard Bewustwording",
      "Dashboard Levenspad",
      "Dashboard PZP Wijde Meren",
    ]);
  });

  test("property: valid, unique, and stable from run to run", () => {
    const word = fc.stringMatching(/^[A-Za-zé\\/?*[\]:' 0-9-]{0,40}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, word), { selector: (x) => x[0], maxLength: 12 }), (rows) => {
        const projects = rows.map(([name, shortName]) => named(name, shortName));
        const names = dashboardTabNames(projects);
        expect(names.size).toBe(projects.length);
        const tabs = [...names.values()];
        for (const tab of tabs) {
          expect(tab.length).toBeLessThanOrEqual(31);
          expect(tab.startsWith("Dashboard ")).toBe(true);
          expect(forbidden.test(tab)).toBe(false);
          expect(tab).toBe(tab.trim());
          expect(tab.endsWith("'")).toBe(false);
        }
        expect(new Set(tabs.map((t) => t.toLowerCase())).size).toBe(tabs.length);
        expect(dashboardTabNames(projects.map((p) => ({ ...p })))).toEqual(names);
      }),
    );
  });
});

describe("invalidTabChars", () => {
  test("names the forbidden characters once each, and an apostrophe at either end", () => {
    expect(invalidTabChars("Zorg/Welzijn: [plan]?")).toEqual(["/", ":", "[", "]", "?"]);
    expect(invalidTabChars("'Levenspad")).toEqual(["'"]);
    expect(invalidTabChars("Levenspad'")).toEqual(["'"]);
    expect(invalidTabChars("Mantelzorgers' dag")).toEqual([]);
    expect(invalidTabChars("PZP Wijdemeren")).toEqual([]);
  });
});

describe("fitShortName", () => {
  test("forbidden characters become spaces; a name that fits is kept", () => {
    expect(fitShortName("Zorg/Welzijn")).toBe("Zorg Welzijn");
    expect(fitShortName("  Levenspad  ")).toBe("Levenspad");
    expect(fitShortName("")).toBe("");
  });

  test("too long: cut at a word, no dangling small word, within the room a dashboard name leaves", () => {
    expect(MAX_SHORT_NAME).toBe(TAB_NAME_MAX - "Dashboard ".length);
    expect(fitShortName("Samen leven tot het laatst")).toBe("Samen leven");
    const fitted = fitShortName("Palliatieve zorg voor mensen met een verstandelijke beperking");
    expect(fitted.length).toBeLessThanOrEqual(MAX_SHORT_NAME);
    expect(fitted).toBe("Palliatieve zorg");
  });

  test("it agrees with the dashboard tab name of a project without a Korte naam", () => {
    const name = "Netwerkbrede scholing en deskundigheid";
    expect(dashboardTabNames([named(name)]).get(name)).toBe(`Dashboard ${fitShortName(name)}`);
  });
});

describe("freeTabName", () => {
  test("the name itself when free; else 2, 3… (case does not count); always within 31 characters", () => {
    expect(freeTabName("Status (eigen)", ["Status"])).toBe("Status (eigen)");
    expect(freeTabName("Status (eigen)", ["status (EIGEN)"])).toBe("Status (eigen) 2");
    expect(freeTabName("Status (eigen)", ["Status (eigen)", "Status (eigen) 2"])).toBe("Status (eigen) 3");
    const long = "Dashboard Samen leven tot het (eigen)";
    const free = freeTabName(long, []);
    expect(free.length).toBeLessThanOrEqual(TAB_NAME_MAX);
    expect(freeTabName(long, [free]).length).toBeLessThanOrEqual(TAB_NAME_MAX);
    expect(freeTabName(long, [free])).not.toBe(free);
  });
});
