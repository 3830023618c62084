/**
 * The add-on menu's captions (PRODUCT.md §6), Dutch and English. Both stay in the bundle: onOpen labels the
 * menu before any setting is read, and must not load the English catalog for it (see core/i18n.ts).
 */
export const menuNl = {
  "menu.setup": "Werkblad inrichten",
  "menu.validate": "Valideren",
  "menu.dashboards": "Dashboards genereren",
  "menu.report": "Rapport genereren",
  "menu.plan": "Jaaractieplan maken",
  "menu.invites": "Uitnodigingen versturen…",
  "menu.planMeetings": "Jaarplanning vergaderingen…",
  "menu.settings": "Instellingen…",
  "menu.help": "Help",
} as const;

export const menuEn: Record<keyof typeof menuNl, string> = {
  "menu.setup": "Set up workbook",
  "menu.validate": "Validate",
  "menu.dashboards": "Generate dashboards",
  "menu.report": "Generate report",
  "menu.plan": "Make annual action plan",
  "menu.invites": "Send invitations…",
  "menu.planMeetings": "Plan meetings for the year…",
  "menu.settings": "Settings…",
  "menu.help": "Help",
};
