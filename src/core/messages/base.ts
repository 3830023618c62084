/** Messages of the frame every action runs in (lock, errors) and the short ones of the actions, Dutch and English. */
export const baseNl = {
  "date.months": "januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december",
  "app.title": "Netwerkplan",
  "action.busy":
    "Netwerkplan is al bezig met een andere actie in dit werkblad. Wacht tot die klaar is en probeer het daarna opnieuw.",
  "error.timeout": "de actie duurde langer dan Google toestaat (6 minuten)",
  "error.quota": "de dagelijkse limiet van Google voor deze dienst is bereikt",
  "error.rate": "Google kreeg in korte tijd te veel verzoeken",
  "error.protected": "een beveiligd tabblad of bereik mocht niet worden gewijzigd",
  "error.serviceBusy": "Google reageerde niet op tijd",
  "error.lock": "een andere actie in dit werkblad was nog bezig",
  "error.advice.tomorrow":
    "Deze limiet geldt per dag: probeer het morgen opnieuw. Lukt het dan nog niet, neem dan deze melding op in uw vraag.",
  "error.advice.soon":
    "Probeer het over een paar minuten opnieuw. Blijft het misgaan, neem dan deze melding op in uw vraag.",
  "error.advice.protected":
    "Vraag de eigenaar van het werkblad om u het beveiligde tabblad of bereik te laten bewerken, en probeer het daarna opnieuw.",
  "error.advice.other": "Probeer het zo opnieuw. Blijft het misgaan, neem dan deze melding op in uw vraag.",
  "error.googleLabel": "Technische melding van Google:",
  "action.noDocument":
    "Netwerkplan werkt alleen vanuit een Google-spreadsheet. Open het werkblad en kies het menu daar.",
  "action.failed": "‘{action}’ is niet gelukt: {error}.",
  "setup.progress": "Werkblad inrichten…",
  "setup.nothingToDo": "Het werkblad was al ingericht. Er is niets gewijzigd.",
  "setup.done": "Het werkblad is ingericht.",
  "setup.createdTabs": "Nieuwe tabbladen: {tabs}.",
  "setup.addedColumns": "Kolommen toegevoegd aan ‘{tab}’: {columns}.",
  "setup.addedSettings": "Instellingen toegevoegd: {keys}.",
  "setup.headersWritten": "Kopregel geschreven in het lege tabblad ‘{tab}’.",
  "setup.noHeader":
    "‘{tab}’ heeft gegevens maar geen kopregel op rij 1; Netwerkplan heeft er niets in geschreven. Zet de kolomkoppen (zoals Project, Onderwerp, Status) in rij 1.",
  "setup.headerLower":
    "In ‘{tab}’ staat de kopregel op rij {row}, niet op rij 1; Netwerkplan heeft er niets in geschreven. Verwijder de rijen boven de kopregel.",
  "overview.placeholder": "Dit overzicht wordt gemaakt met Netwerkplan › Dashboards genereren.",
  "protection.description": "Netwerkplan maakt dit tabblad telkens opnieuw; wijzigingen hier gaan verloren.",
  "grid.cut":
    "Ingekort: deze tekst is langer dan een cel in Google Spreadsheets kan bevatten (50.000 tekens). De volledige tekst staat in het tabblad waar hij is ingevuld.",
  "validation.none": "Geen problemen gevonden.",
  "inputHelp.project": "Kies een project uit het tabblad Projecten.",
  "dashboards.progress": "Dashboards genereren…",
  "tabs.renamed": "Een eigen tabblad met dezelfde naam als een gegenereerd tabblad is bewaard als: {tabs}.",
  "dashboards.removed":
    "{count, plural, one {Verwijderd, omdat er geen bruikbaar project meer bij hoort: {tabs}.} other {Verwijderd, omdat er geen bruikbaar project meer bij hoort: {tabs}.}}",
  "dashboards.summary":
    "{count, plural, =0 {Het overzicht is bijgewerkt; er zijn geen projecten voor een dashboard} one {# dashboard en het overzicht zijn bijgewerkt} other {# dashboards en het overzicht zijn bijgewerkt}}{red, plural, =0 {} other {; # met een rode vlag}}.",
  "inputHelp.list": "Kies een waarde uit de lijst.",
  "validation.progress": "Valideren…",
  "validation.summary":
    "{activities, plural, one {# activiteit} other {# activiteiten}} gelezen, {valid} bruikbaar. {errors, plural, =0 {Geen fouten} one {# fout} other {# fouten}} en {warnings, plural, =0 {geen waarschuwingen} one {# waarschuwing} other {# waarschuwingen}}: zie het tabblad ‘Validatie’.",
  "validation.summaryClean":
    "{activities, plural, =0 {Er staan geen activiteiten in het tabblad Activiteiten} one {# activiteit gelezen, bruikbaar} other {# activiteiten gelezen, alle bruikbaar}}. Geen problemen gevonden.",
  "validation.idsAssigned":
    "{count, plural, one {# nieuwe activiteit kreeg een ID} other {# nieuwe activiteiten kregen een ID}}.",
  "help.title": "Netwerkplan — hulp",
  "error.columnMissing":
    "In het tabblad ‘{tab}’ ontbreekt de kolom ‘{column}’. Voeg een kolom met die kop toe in de eerste rij.",
} as const;

export const baseEn: Record<keyof typeof baseNl, string> = {
  "date.months": "January,February,March,April,May,June,July,August,September,October,November,December",
  "app.title": "Netwerkplan",
  "action.busy":
    "Netwerkplan is already running another action in this spreadsheet. Wait until it has finished and try again.",
  "error.timeout": "the action took longer than Google allows (6 minutes)",
  "error.quota": "Google's daily limit for this service has been reached",
  "error.rate": "Google received too many requests in a short time",
  "error.protected": "a protected tab or range could not be changed",
  "error.serviceBusy": "Google did not respond in time",
  "error.lock": "another action in this spreadsheet was still running",
  "error.advice.tomorrow":
    "This limit is per day: please try again tomorrow. If it still fails then, include this message in your question.",
  "error.advice.soon":
    "Please try again in a few minutes. If it keeps failing, include this message in your question.",
  "error.advice.protected":
    "Ask the owner of the spreadsheet to let you edit the protected tab or range, then try again.",
  "error.advice.other":
    "Please try again shortly. If it keeps failing, include this message in your question.",
  "error.googleLabel": "Technical message from Google:",
  "action.noDocument":
    "Netwerkplan only works from a Google spreadsheet. Open the spreadsheet and use the menu there.",
  "action.failed": "‘{action}’ did not succeed: {error}.",
  "setup.progress": "Setting up the workbook…",
  "setup.nothingToDo": "The workbook was already set up. Nothing was changed.",
  "setup.done": "The workbook has been set up.",
  "setup.createdTabs": "New tabs: {tabs}.",
  "setup.addedColumns": "Columns added to ‘{tab}’: {columns}.",
  "setup.addedSettings": "Settings added: {keys}.",
  "setup.headersWritten": "Header row written in the empty tab ‘{tab}’.",
  "setup.noHeader":
    "‘{tab}’ has data but no header row on row 1; Netwerkplan wrote nothing into it. Put the column headers (such as Project, Onderwerp, Status) in row 1.",
  "setup.headerLower":
    "In ‘{tab}’ the header row is on row {row}, not on row 1; Netwerkplan wrote nothing into it. Delete the rows above the header row.",
  "overview.placeholder": "This overview is made with Netwerkplan › Generate dashboards.",
  "protection.description": "Netwerkplan rebuilds this tab each time; changes made here are lost.",
  "grid.cut":
    "Shortened: this text is longer than a Google Sheets cell can hold (50,000 characters). The full text is in the tab where it was entered.",
  "validation.none": "No problems found.",
  "inputHelp.project": "Choose a project from the Projecten tab.",
  "dashboards.progress": "Generating dashboards…",
  "tabs.renamed": "A tab of your own with the name of a generated tab was kept as: {tabs}.",
  "dashboards.removed":
    "{count, plural, one {Removed, because no usable project goes with it any more: {tabs}.} other {Removed, because no usable project goes with them any more: {tabs}.}}",
  "dashboards.summary":
    "{count, plural, =0 {The overview has been updated; there are no projects for a dashboard} one {# dashboard and the overview have been updated} other {# dashboards and the overview have been updated}}{red, plural, =0 {} other {; # with a red flag}}.",
  "inputHelp.list": "Choose a value from the list.",
  "validation.progress": "Validating…",
  "validation.summary":
    "{activities, plural, one {# activity} other {# activities}} read, {valid} usable. {errors, plural, =0 {No errors} one {# error} other {# errors}} and {warnings, plural, =0 {no warnings} one {# warning} other {# warnings}}: see the ‘Validatie’ tab.",
  "validation.summaryClean":
    "{activities, plural, =0 {There are no activities in the Activiteiten tab} one {# activity read, usable} other {# activities read, all usable}}. No problems found.",
  "validation.idsAssigned":
    "{count, plural, one {# new activity was given an ID} other {# new activities were given an ID}}.",
  "help.title": "Netwerkplan — help",
  "error.columnMissing":
    "The tab ‘{tab}’ has no column ‘{column}’. Add a column with that header in the first row.",
};
