/** core/menu.ts: the menu's items and an action's name in titles and messages. */
import { translator } from "../../src/core/i18n";
import { actionName, MENU_ITEMS } from "../../src/core/menu";

test("an action's name is its caption without the menu's ellipsis; other captions as they are", () => {
  const nl = translator("nl");
  const en = translator("en");
  expect(MENU_ITEMS.map((i) => actionName(nl(i.caption)))).toEqual([
    "Werkblad inrichten",
    "Valideren",
    "Dashboards genereren",
    "Rapport genereren",
    "Jaaractieplan maken",
    "Uitnodigingen versturen",
    "Jaarplanning vergaderingen",
    "Instellingen",
    "Help",
  ]);
  expect(actionName(en("menu.invites"))).toBe("Send invitations");
  expect(actionName("Plan... ")).toBe("Plan... ");
  expect(actionName("Plan...")).toBe("Plan");
});
