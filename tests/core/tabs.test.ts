/** core/tabs.ts: columns found by header, and what a workbook must have to be used. */
import {
  ACTIVITIES_TAB,
  MEETINGS_TAB,
  matchColumns,
  missingStructure,
  REQUIRED_TABS,
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
      columns: [
        { tab: "Activiteiten", column: "Status" },
        { tab: "Vergaderingen", column: "Groep" },
        { tab: "Vergaderingen", column: "Datum" },
      ],
    });
  });
});
