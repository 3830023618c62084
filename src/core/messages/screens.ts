/** Messages of the summary dialog and of every page (PRODUCT.md §6), Dutch and English; the sidebar and Help: settings.ts. */
export const screensNl = {
  "screen.close": "Sluiten",
  "screen.offline":
    "Dit is een opgeslagen kopie van het scherm; opslaan en springen werken alleen in Google Spreadsheets.",
  "screen.unsaved":
    "Er zijn wijzigingen die nog niet zijn opgeslagen. Druk nog een keer op Escape om toch te sluiten; de wijzigingen gaan dan verloren.",
  "screen.noTab.setup": "Het tabblad ‘{tab}’ bestaat niet; kies {item} om het te maken.",
  "screen.noTab.generated": "Het tabblad ‘{tab}’ bestaat niet (meer); kies {item} om het opnieuw te maken.",
  "screen.noTab": "Het tabblad ‘{tab}’ bestaat niet (meer). Misschien is het hernoemd of verwijderd.",
  "screen.needsAuth":
    "Netwerkplan heeft nog geen toestemming in dit werkblad. Kies een menu-item van Netwerkplan (bijvoorbeeld Valideren) en geef toestemming; open daarna de instellingen opnieuw.",

  "summary.problems": "Eerste problemen",
  "summary.moreProblems": "…en nog {count}. Alle problemen staan in het tabblad Validatie.",
  "summary.links": "Bekijken",
  "summary.failedKept":
    "Er is niets verloren gegaan: de tabbladen en gegevens zijn zoals ze vóór deze actie waren.",
  "summary.place.cell": "{tab}, rij {row} ({column})",
  "summary.place.row": "{tab}, rij {row}",
  "summary.count.activities": "Activiteiten gelezen",
  "summary.count.valid": "Bruikbaar",
  "summary.count.errors": "Fouten",
  "summary.count.warnings": "Waarschuwingen",
  "summary.count.ids": "Nieuwe ID’s",
  "summary.count.dashboards": "Dashboards",
  "summary.count.redFlags": "Met een rode vlag",
};

export const screensEn: Record<keyof typeof screensNl, string> = {
  "screen.close": "Close",
  "screen.offline": "This is a saved copy of the screen; saving and jumping only work in Google Sheets.",
  "screen.unsaved":
    "Some changes have not been saved yet. Press Escape again to close anyway; the changes will then be lost.",
  "screen.noTab.setup": "The tab ‘{tab}’ does not exist; choose {item} to create it.",
  "screen.noTab.generated": "The tab ‘{tab}’ does not exist (any more); choose {item} to make it again.",
  "screen.noTab": "The tab ‘{tab}’ does not exist (any more). It may have been renamed or deleted.",
  "screen.needsAuth":
    "Netwerkplan is not authorised in this spreadsheet yet. Choose a Netwerkplan menu item (for example Validate) and grant access; then open the settings again.",

  "summary.problems": "First problems",
  "summary.moreProblems": "…and {count} more. Every problem is in the Validatie tab.",
  "summary.links": "View",
  "summary.failedKept": "Nothing was lost: the tabs and data are as they were before this action.",
  "summary.place.cell": "{tab}, row {row} ({column})",
  "summary.place.row": "{tab}, row {row}",
  "summary.count.activities": "Activities read",
  "summary.count.valid": "Usable",
  "summary.count.errors": "Errors",
  "summary.count.warnings": "Warnings",
  "summary.count.ids": "New IDs",
  "summary.count.dashboards": "Dashboards",
  "summary.count.redFlags": "With a red flag",
};
