import { activeGroups } from "../../../src/core/validation/references";
import { validateWorkbook } from "../../../src/core/validation/workbook";
import {
  ACTIVITY_HEADERS,
  activity,
  MEMBER_HEADERS,
  MEMBERS,
  member,
  OPTS,
  tab,
  workbook,
} from "../../support/validation-fixtures";

describe("members across tabs", () => {
  test("an inactive member's role does not count for trekkers", () => {
    const result = validateWorkbook(
      workbook({
        members: MEMBERS,
        activities: tab("Activiteiten", ACTIVITY_HEADERS, [activity({ Trekker: "Beleidsmedewerker Wmo" })]),
      }),
      OPTS,
    );
    expect(result.problems.map((p) => [p.column, p.severity])).toEqual([["Trekker", "warning"]]);
  });
});

describe("activeGroups", () => {
  test("the groups of active members only, each once, sorted as a Dutch reader expects", () => {
    const result = validateWorkbook(
      workbook({
        members: tab("Leden", MEMBER_HEADERS, [
          member({ "E-mail": "a@example.org", Groepen: "Themagroep Sociaal domein, Kerngroep" }),
          member({ "E-mail": "b@example.org", Groepen: "kerngroep; Bestuurders" }),
          member({ "E-mail": "c@example.org", Groepen: "Äldre groep, Zorgverleners", Actief: false }),
          member({ "E-mail": "d@example.org", Groepen: "Ëerste lijn" }),
        ]),
      }),
      OPTS,
    );
    expect(activeGroups(result.members)).toEqual([
      "Bestuurders",
      "Ëerste lijn",
      "Kerngroep",
      "Themagroep Sociaal domein",
    ]);
  });
});
