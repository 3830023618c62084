/** The add-on menu (PRODUCT.md §6): captions in the user's language, each calling a top-level function. */
import { type Lang, type MessageKey, translator } from "../core/i18n";

/** Menu items in order: caption key and the global function Apps Script calls. */
export const MENU_ITEMS: readonly { key: MessageKey; fn: string }[] = [
  { key: "menu.setup", fn: "menuSetUpWorkbook" },
  { key: "menu.validate", fn: "menuValidate" },
  { key: "menu.dashboards", fn: "menuGenerateDashboards" },
  { key: "menu.report", fn: "menuGenerateReport" },
  { key: "menu.invites", fn: "menuSendInvitations" },
  { key: "menu.planMeetings", fn: "menuPlanMeetings" },
  { key: "menu.settings", fn: "menuShowSettings" },
  { key: "menu.help", fn: "menuShowHelp" },
];

/** Items after which a separator goes. */
const SEPARATE_AFTER = new Set<MessageKey>(["menu.setup", "menu.report", "menu.planMeetings"]);

export function buildMenu(lang: Lang): void {
  const t = translator(lang);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    menu.addItem(t(item.key), item.fn);
    if (SEPARATE_AFTER.has(item.key)) menu.addSeparator();
  }
  menu.addToUi();
}
