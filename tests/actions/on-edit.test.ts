import { accountWith, runnerFor, tab } from "../support/addon";

const ACTIVITY_HEADER = ["Project", "Thema", "Onderwerp", "Trekker", "Deadline", "Fase", "Status"];

describe("onEdit", () => {
  const header = ["ID", ...ACTIVITY_HEADER, "Laatst bijgewerkt"];
  test("stamps Laatst bijgewerkt on the edited rows of Activiteiten only", () => {
    const { account, ss } = accountWith({
      Activiteiten: [
        header,
        ["", "P", "", "Eerste", "NWC", "Dec. 2026", "Uitvoering", "Op schema", ""],
        ["", "P", "", "Tweede", "NWC", "2026", "Uitvoering", "Op schema", ""],
      ],
      Projecten: [["Naam"], ["P"]],
    });
    const runner = runnerFor(account, "2026-11-22");
    const edit = (sheetName: string, a1: string) => runner.edit(sheetName, a1);
    expect(edit("Activiteiten", "E3").error).toBeUndefined();
    const acts = tab(ss, "Activiteiten");
    const stamp = acts.cells[2]?.[8]?.v;
    expect(stamp).toEqual(new Date(runner.now().getTime()));
    expect(acts.cells[1]?.[8]?.v).toBeUndefined();
    expect(acts.cells[2]?.[8]?.nf).toBe("dd-mm-yyyy hh:mm");
    // Header row, other tabs and the stamp column itself do not stamp.
    edit("Activiteiten", "A1");
    edit("Projecten", "A2");
    edit("Activiteiten", "I2");
    expect(acts.cells[1]?.[8]?.v).toBeUndefined();
    expect(acts.cells[0]?.[8]?.v).toBe("Laatst bijgewerkt");
  });
});
