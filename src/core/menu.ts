/**
 * The add-on menu (PRODUCT.md §6), in order: each item's caption, the top-level function Apps Script calls,
 * what Help says it does, and where a separator follows. gas/menu.ts builds the menu from it; Help lists it.
 */
import type { MessageKey } from "./i18n";

export interface MenuItem {
  caption: MessageKey;
  fn: string;
  does: MessageKey;
  /** A separator follows this item. */
  separatorAfter?: boolean;
}

/**
 * An action's name in a dialog's title and in its messages: its menu caption without the ellipsis that, in
 * a menu, says a dialog follows ("Uitnodigingen versturen…" → "Uitnodigingen versturen").
 */
export function actionName(caption: string): string {
  return caption.replace(/\s*(?:…|\.\.\.)$/, "");
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: "menu.setup", fn: "menuSetUpWorkbook", does: "help.menu.setup", separatorAfter: true },
  { caption: "menu.validate", fn: "menuValidate", does: "help.menu.validate" },
  { caption: "menu.dashboards", fn: "menuGenerateDashboards", does: "help.menu.dashboards" },
  { caption: "menu.report", fn: "menuGenerateReport", does: "help.menu.report" },
  { caption: "menu.plan", fn: "menuMakePlan", does: "help.menu.plan", separatorAfter: true },
  { caption: "menu.invites", fn: "menuSendInvitations", does: "help.menu.invites" },
  {
    caption: "menu.planMeetings",
    fn: "menuPlanMeetings",
    does: "help.menu.planMeetings",
    separatorAfter: true,
  },
  { caption: "menu.settings", fn: "menuShowSettings", does: "help.menu.settings" },
  { caption: "menu.help", fn: "menuShowHelp", does: "help.menu.help" },
];
