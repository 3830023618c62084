/**
 * Every user-facing string, in Dutch (default) and English. Placeholders: `{name}`.
 * The English table must have exactly the keys of the Dutch one (the type checks it).
 */
import { dashboardEn, dashboardNl } from "./messages/dashboard";
import { deadlineEn, deadlineNl } from "./messages/deadline";
import { documentsEn, documentsNl } from "./messages/documents";
import { invitesEn, invitesNl } from "./messages/invites";
import { screensEn, screensNl } from "./messages/screens";
import { validationEn, validationNl } from "./messages/validation";

const base = {
  "menu.setup": "Werkblad inrichten",
  "menu.validate": "Valideren",
  "menu.dashboards": "Dashboards genereren",
  "menu.report": "Rapport genereren",
  "menu.plan": "Jaaractieplan maken",
  "menu.invites": "Uitnodigingen versturen…",
  "menu.planMeetings": "Jaarplanning vergaderingen…",
  "menu.settings": "Instellingen…",
  "menu.help": "Help",
  "app.title": "Netwerkplan",
  "action.busy":
    "Netwerkplan is al bezig met een andere actie in dit werkblad. Wacht tot die klaar is en probeer het daarna opnieuw.",
  "error.timeout": "de actie duurde langer dan Google toestaat (6 minuten)",
  "error.quota": "de dagelijkse limiet van Google voor deze dienst is bereikt; probeer het morgen opnieuw",
  "error.protected": "een beveiligd tabblad of bereik mocht niet worden gewijzigd",
  "error.serviceBusy": "Google reageerde niet op tijd",
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
  "dashboards.summary": "{count} dashboards en het overzicht zijn bijgewerkt; {red} met een rode vlag.",
  "inputHelp.list": "Kies een waarde uit de lijst.",
  "validation.progress": "Valideren…",
  "validation.summary":
    "{activities} activiteiten gelezen, {valid} bruikbaar. {errors} fouten en {warnings} waarschuwingen: zie het tabblad ‘Validatie’.",
  "validation.summaryClean": "{activities} activiteiten gelezen, alle bruikbaar. Geen problemen gevonden.",
  "validation.idsAssigned": "{count} nieuwe activiteiten kregen een ID.",
  "help.title": "Netwerkplan — hulp",
  "error.columnMissing":
    "In het tabblad ‘{tab}’ ontbreekt de kolom ‘{column}’. Voeg een kolom met die kop toe in de eerste rij.",
} as const;

const nl = {
  ...base,
  ...validationNl,
  ...dashboardNl,
  ...deadlineNl,
  ...screensNl,
  ...documentsNl,
  ...invitesNl,
};

export type MessageKey = keyof typeof nl;
export type Lang = "nl" | "en";

const baseEn: Record<keyof typeof base, string> = {
  "menu.setup": "Set up workbook",
  "menu.validate": "Validate",
  "menu.dashboards": "Generate dashboards",
  "menu.report": "Generate report",
  "menu.plan": "Make annual action plan",
  "menu.invites": "Send invitations…",
  "menu.planMeetings": "Plan meetings for the year…",
  "menu.settings": "Settings…",
  "menu.help": "Help",
  "app.title": "Netwerkplan",
  "action.busy":
    "Netwerkplan is already running another action in this spreadsheet. Wait until it has finished and try again.",
  "error.timeout": "the action took longer than Google allows (6 minutes)",
  "error.quota": "Google's daily limit for this service has been reached; please try again tomorrow",
  "error.protected": "a protected tab or range could not be changed",
  "error.serviceBusy": "Google did not respond in time",
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
  "dashboards.summary": "{count} dashboards and the overview have been updated; {red} with a red flag.",
  "inputHelp.list": "Choose a value from the list.",
  "validation.progress": "Validating…",
  "validation.summary":
    "{activities} activities read, {valid} usable. {errors} errors and {warnings} warnings: see the ‘Validatie’ tab.",
  "validation.summaryClean": "{activities} activities read, all usable. No problems found.",
  "validation.idsAssigned": "{count} new activities were given an ID.",
  "help.title": "Netwerkplan — help",
  "error.columnMissing":
    "The tab ‘{tab}’ has no column ‘{column}’. Add a column with that header in the first row.",
};

const en: Record<MessageKey, string> = {
  ...baseEn,
  ...validationEn,
  ...dashboardEn,
  ...deadlineEn,
  ...screensEn,
  ...documentsEn,
  ...invitesEn,
};

const tables: Record<Lang, Record<MessageKey, string>> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = tables[lang];
  return (key, params) =>
    // Without parameters a message is its text: the models ask for the same words thousands of times.
    params === undefined
      ? table[key]
      : table[key].replace(/\{(\w+)\}/g, (m, name: string) =>
          params[name] !== undefined ? String(params[name]) : m,
        );
}

/** `Taal` setting or locale → language; anything unknown is Dutch. */
export function toLang(value: unknown): Lang {
  return typeof value === "string" && /^\s*en/i.test(value) ? "en" : "nl";
}

/** A value inside a message: ‘…’, shortened to `max` characters, on one line (spaces kept: they may be the point). */
export function q(value: string, max = 60): string {
  const one = value.replace(/[\r\n\t\u2028\u2029]+/g, " ").trim();
  return `‘${one.length > max ? `${one.slice(0, max - 1)}…` : one}’`;
}
