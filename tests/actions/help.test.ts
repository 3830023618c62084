/** `Help`: a dialog with the menu, the deadline forms, the colours and the columns of each tab. */
import { accountWith, runnerFor } from "../support/addon";

test("Help opens as a dialog in the workbook's language, with every section", () => {
  const { account } = accountWith({
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Kleur Behaald", "#00ff00"],
    ],
  });
  const runner = runnerFor(account);
  expect(runner.clickFunction("menuShowHelp").error).toBeUndefined();
  const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop();
  expect(dialog).toMatchObject({ title: "Netwerkplan — hulp" });
  const html = dialog && "html" in dialog ? dialog.html : "";
  for (const text of [
    "Werkblad inrichten",
    "Okt.-dec. 2026",
    "Q3 2026",
    "#00ff00",
    "Trekker",
    "Ga naar Activiteiten",
  ])
    expect(html).toContain(text);
  // The column help names the synonyms a partner may use.
  expect(html).toContain("Eigenaar");
});

test("in English with Taal en", () => {
  const { account } = accountWith({
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Taal", "en"],
    ],
  });
  const runner = runnerFor(account);
  runner.clickFunction("menuShowHelp");
  const dialog = runner.ui.events.filter((e) => e.kind === "modal").pop();
  expect(dialog).toMatchObject({ title: "Netwerkplan — help" });
  expect(dialog && "html" in dialog ? dialog.html : "").toContain("Set up workbook");
});
