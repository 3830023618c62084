/** core/tabs.ts: columns found by header, and what a workbook must have to be used. */
import {
  ACTIVITIES_TAB,
  MEETINGS_TAB,
  matchColumns,
  missingStructure,
  REQUIRED_TABS,
  sourceTabNames,
} from "../../src/core/tabs";

describe("matchColumns", () => {
  test("matches by header, ignoring case, accents, spaces and a trailing colon, with synonyms", () => {
    const cols = matchColumns(ACTIVITIES_TAB, ["  projéct ", "TREKKERS:", "Onderwerp", "termijn", 42, null]);
    expect(cols).toMatchObject({ project: 0, owner: 1, subject: 2, deadline: 3, status: -1, id: -1 });
  });

  test("a header that names a column is never taken by another column's synonym", () => {
    // "Naam" is a synonym of Vergaderingen.Titel; "Titel" itself is present further right.
    const cols = matchColumns(MEETINGS_TAB, ["Naam", "Groep", "Titel", "Datum"]);
    expect(cols.title).toBe(2);
    expect(cols.group).toBe(1);
  });
});

test("sourceTabNames: the workbook's names of the source tabs (as a person spells them), not the generated ones", () => {
  expect([...sourceTabNames(["activiteiten ", "Status", "Dashboard X", "Leden", "Notities"])]).toEqual([
    "activiteiten ",
    "Leden",
  ]);
});

describe("missingStructure", () => {
  const header = ["Project", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];
  test("Activiteiten, Projecten and Leden are required; Vergaderingen and Instellingen are made when missing", () => {
    expect(REQUIRED_TABS.map((t) => t.name)).toEqual(["Activiteiten", "Projecten", "Leden"]);
    expect(missingStructure([{ name: "activiteiten ", header }]).tabs).toEqual(["Projecten", "Leden"]);
  });

  test("required columns of the tabs that are there, by header (synonyms count); an empty header row is not judged", () => {
    const out = missingStructure([
      { name: "Activiteiten", header: ["Speerpunt", "Activiteit", "Eigenaar", "Deadline", "Fase"] },
      { name: "Projecten", header: [] },
      { name: "Leden", header: ["Naam", "Mail"] },
      { name: "Vergaderingen", header: ["Titel"] },
    ]);
    expect(out).toEqual({
      tabs: [],
      headers: [],
      columns: [
        { tab: "Activiteiten", column: "Status" },
        { tab: "Vergaderingen", column: "Groep" },
        { tab: "Vergaderingen", column: "Datum" },
      ],
    });
  });

  test("a header row below a title row is one finding with the row it is on, not every column missing", () => {
    const title = ["Activiteitenoverzicht netwerk 2026"];
    const data = ["Bewustwording", "Bijeenkomst", "Sanne", "Q1 2026", "Uitvoering", "Op schema"];
    const out = missingStructure([
      { name: "Activiteiten", header: title, top: [title, header, data] },
      // A title row and an empty row: the header is on row 3.
      {
        name: "Projecten",
        header: ["Projecten 2026"],
        top: [["Projecten 2026"], [], ["Naam", "Korte naam"]],
      },
      // An empty row 1 with the header under it.
      { name: "Leden", header: [], top: [[], ["Naam", "E-mail"], ["Sanne", "s@example.org"]] },
    ]);
    expect(out).toEqual({
      tabs: [],
      headers: [
        { tab: "Activiteiten", row: 2 },
        { tab: "Projecten", row: 3 },
        { tab: "Leden", row: 2 },
      ],
      columns: [],
    });
  });

  test("a header on row 1 is judged by its columns, whatever the rows under it name", () => {
    const first = ["Project", "Onderwerp", "Trekker", "Deadline", "Fase"];
    const out = missingStructure([{ name: "Activiteiten", header: first, top: [first, header] }]);
    expect(out.headers).toEqual([]);
    expect(out.columns).toEqual([{ tab: "Activiteiten", column: "Status" }]);
  });
});
