/** The add-on menu (PRODUCT.md §6): core/menu.ts's items, captions in the user's language. */
import { type Lang, translator } from "../core/i18n";
import { MENU_ITEMS } from "../core/menu";

export function buildMenu(lang: Lang): void {
  const t = translator(lang);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    menu.addItem(t(item.caption), item.fn);
    if (item.separatorAfter) menu.addSeparator();
  }
  menu.addToUi();
}
