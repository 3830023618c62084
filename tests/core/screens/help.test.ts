/** core/screens/help.ts: Help in the language of Taal, from the same definitions the add-on works with. */

import { parseDeadline } from "../../../src/core/deadline";
import { translator } from "../../../src/core/i18n";
import { MENU_ITEMS } from "../../../src/core/menu";
import { DEADLINE_EXAMPLES, helpScreen } from "../../../src/core/screens/help";
import { ALL_TABS, DEFAULT_STATUS_COLOURS } from "../../../src/core/tabs";
import { settings } from "../../support/grid-helpers";

test("every menu item with what it does, in the menu's order and words", () => {
  const h = helpScreen(settings(), translator("nl"));
  expect(h.menu.map((m) => m.caption)).toEqual(MENU_ITEMS.map((m) => translator("nl")(m.caption)));
  expect(h.menu[0]).toMatchObject({ caption: "Werkblad inrichten" });
  expect(h.menu.every((m) => m.does.length > 10)).toBe(true);
});

test("every deadline example is one the parser accepts", () => {
  for (const text of DEADLINE_EXAMPLES) expect(parseDeadline(text)).toMatchObject({ ok: true });
});

test("the statuses in the colours of the settings, each with its word", () => {
  const h = helpScreen(
    settings({ colours: { ...DEFAULT_STATUS_COLOURS, Behaald: "#00ff00" } }),
    translator("nl"),
  );
  expect(h.colours.statuses[0]).toEqual({ word: "Behaald", colour: "#00ff00" });
  expect(h.colours.statuses).toHaveLength(4);
});

test("the columns of each source tab, required and add-on columns marked, with a button to the tab", () => {
  const h = helpScreen(settings(), translator("nl"));
  const sources = ALL_TABS.filter((t) => t.kind === "source");
  expect(h.tabs.list.map((t) => t.name)).toEqual(sources.map((t) => t.name));
  const acts = h.tabs.list[0]!;
  expect(acts.link).toEqual({ label: "Ga naar Activiteiten", tab: "Activiteiten", a1: "" });
  expect(acts.columns.find((c) => c.header === "Status")).toMatchObject({ required: true, byAddOn: false });
  expect(acts.columns.find((c) => c.header === "ID")).toMatchObject({ required: false, byAddOn: true });
  expect(acts.columns.find((c) => c.header === "Trekker")!.synonyms).toContain("Eigenaar");
  expect(h.tabs.generated).toContain("Validatie");
});

test("English with Taal en", () => {
  const h = helpScreen(settings(), translator("en"));
  expect(h.title).toBe("Netwerkplan — help");
  expect(h.menu[1]!.caption).toBe("Validate");
  expect(h.texts.required).toBe("required");
});
