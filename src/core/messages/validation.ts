/**
 * Messages of validation (PRODUCT.md §2.7), Dutch and English. Placeholders: `{name}`.
 * Values are quoted by the caller (‘…’ shortened), so a message reads well whatever the partner typed.
 * Every message says what is wrong and what is accepted; a `suggestion` column carries the fix.
 */
export const validationNl = {
  "severity.error": "Fout",
  "severity.warning": "Waarschuwing",

  // The workbook's structure
  "val.tabMissing":
    "Het tabblad ‘{tab}’ ontbreekt. Kies Netwerkplan › Werkblad inrichten om het aan te maken; tot dan wordt het niet gebruikt.",
  "val.projects.none":
    "Het tabblad ‘{tab}’ heeft nog geen projecten, dus geen enkele activiteit hoort bij een project: ze blijven allemaal buiten de dashboards en documenten. Zet per project of speerpunt een rij in ‘{tab}’ met ten minste de Naam, zoals de kolom Project van Activiteiten die noemt.",
  "val.columnMissing":
    "In het tabblad ‘{tab}’ ontbreekt de verplichte kolom ‘{column}’ (als kop is ook goed: {synonyms}). Voeg die kolom toe in de eerste rij; tot dan worden de rijen van dit tabblad niet gecontroleerd en niet gebruikt.",
  "val.noHeader":
    "‘{tab}’ heeft geen kopregel op rij 1. Zet de kolomkoppen (zoals Project, Onderwerp, Status) in de eerste rij; tot dan worden de rijen van dit tabblad niet gebruikt.",
  "val.headerLower":
    "In ‘{tab}’ staat de kopregel op rij {row}; Netwerkplan leest hem alleen op rij 1. Verwijder de rijen erboven; tot dan worden de rijen van dit tabblad niet gebruikt.",
  "val.columnTwice":
    "De kolom ‘{column}’ staat twee keer in ‘{tab}’: Netwerkplan leest kolom {used} (de eerste) en niet kolom {ignored}. Geef kolom {ignored} een andere kop of verwijder hem.",
  "val.rowUnreadable":
    "Deze rij kon niet worden gelezen ({detail}). Controleer de cellen van deze rij; de rij wordt niet gebruikt.",

  // Any cell
  "val.required": "‘{column}’ is leeg. Deze kolom is verplicht; vul haar in.",
  "val.requiredChoice": "‘{column}’ is leeg. Deze kolom is verplicht; kies uit: {allowed}.",
  "val.cellError":
    "De cel bevat een formulefout ({error}) in plaats van een waarde. Herstel de formule of typ de waarde in.",
  "val.cellErrorIgnored":
    "De cel bevat een formulefout ({error}) in plaats van een waarde; ‘{column}’ wordt als leeg behandeld. Herstel de formule of typ de waarde in.",
  "val.didYouMean": "Bedoelt u {suggestion}?",

  // Activiteiten
  "val.vocab.loose":
    "{value} is anders geschreven dan de vaste waarde {suggestion} van ‘{column}’. Het telt mee als {suggestion}; schrijf het bij voorkeur precies zo.",
  "val.vocab.unknown": "{value} is geen geldige waarde voor ‘{column}’. Toegestaan: {allowed}.",
  "val.project.loose":
    "Het project {value} is anders geschreven dan in het tabblad Projecten: {suggestion}. De activiteit telt mee bij {suggestion}; schrijf de naam bij voorkeur precies zo.",
  "val.project.unknown":
    "Het project {value} staat niet in het tabblad Projecten (kolom Naam). Kies een projectnaam uit Projecten of voeg het project daar toe.",
  "val.project.hasError":
    "Het project {value} heeft zelf een fout in het tabblad Projecten (rij {row}). Deze activiteit telt pas mee als die fout is hersteld.",
  "val.deadline.overdue":
    "Deadline verstreken: de deadline {value} liep af op {due}, maar de status is {status} en niet Behaald. Werk de status of de deadline bij.",
  "val.achievedNotDone":
    "De status is Behaald, maar de fase is {phase}. Een behaalde activiteit heeft fase Afgerond; pas de fase of de status aan.",
  "val.owner.unknown":
    "Niet gevonden in Leden als naam of rol van een actief lid: {parts}. Schrijf de naam of rol zoals in Leden, of voeg de persoon of rol daar toe.",
  "val.owner.inactive":
    "{name} staat in Leden (rij {row}), maar is niet actief. Zet bij dit lid in Leden een vinkje in de kolom Actief (of ja), of kies een andere trekker.",
  "val.id.duplicate":
    "Het ID {value} staat ook al in rij {row}. Maak de ID-cel van deze rij leeg; Netwerkplan geeft de rij dan een nieuw ID.",
  "val.id.clearCell": "Maak de ID-cel leeg",
  "val.subject.duplicate":
    "Het onderwerp {value} staat bij project {project} al in rij {row}. Is het dezelfde activiteit, verwijder dan een van beide; anders maak het onderwerp onderscheidend.",

  // Projecten
  "val.projectName.duplicate":
    "De projectnaam {value} staat ook al in rij {row}. Projectnamen moeten uniek zijn (hoofdletters tellen niet mee); deze rij wordt niet gebruikt.",
  "val.shortName.chars":
    "De korte naam {value} bevat tekens die niet in een tabbladnaam mogen ({chars}). Niet toegestaan: \\ / ? * [ ] : en een ' aan het eind.",
  "val.shortName.tooLong":
    "De korte naam {value} is {length} tekens lang; in de tabbladnaam ‘Dashboard …’ passen er hooguit {max} (31 tekens in totaal). Het dashboard van dit project heet daarom {tab}. Wilt u een andere naam, maak de korte naam dan hooguit {max} tekens lang.",
  "val.shortName.duplicate":
    "De korte naam {value} wordt al gebruikt door het project in rij {row}. Elke korte naam geeft een eigen tabblad en moet uniek zijn.",
  "val.shortName.duplicateShortened":
    "De korte naam {value} is te lang voor een tabbladnaam en wordt ingekort tot {shortened}, maar die naam wordt al gebruikt door het project in rij {row}. Elke korte naam geeft een eigen tabblad en moet uniek zijn: kies een korte naam van hooguit {max} tekens die nog niet voorkomt. Tot dan wordt deze rij niet gebruikt.",

  // Leden
  "val.email.invalid":
    "{value} is geen geldig e-mailadres. Schrijf één adres per lid, zoals naam@organisatie.nl. Tot het adres klopt, krijgt dit lid geen uitnodigingen voor vergaderingen; als trekker en in de groepen telt het lid wel mee.",
  "val.email.missing":
    "‘{column}’ is leeg. Tot hier een geldig adres staat, krijgt dit lid geen uitnodigingen voor vergaderingen; als trekker en in de groepen telt het lid wel mee.",
  "val.email.cellError":
    "De cel bevat een formulefout ({error}) in plaats van een e-mailadres. Tot hier een geldig adres staat, krijgt dit lid geen uitnodigingen voor vergaderingen; als trekker en in de groepen telt het lid wel mee. Herstel de formule of typ het adres in ‘{column}’.",
  "val.email.duplicate":
    "Het e-mailadres {value} staat ook bij {count, plural, one {het lid in rij {rows}} other {# andere leden, in de rijen {rows}}} (hoofdletters tellen niet mee). Netwerkplan kan niet weten bij wie het hoort, dus {count, plural, one {geen van beiden krijgt} other {geen van hen krijgt}} uitnodigingen voor vergaderingen tot elk lid een eigen adres heeft; als trekker en in de groepen tellen ze wel mee. Is het dezelfde persoon, verwijder dan de dubbele rij; anders verbeter het adres in de rij waar het niet klopt.",
  "val.boolean.invalid":
    "{value} in ‘{column}’ wordt niet herkend als ja of nee; het telt als {fallback}. Gebruik een vinkje of ja/nee.",
  "val.yes": "ja",
  "val.no": "nee",

  // Vergaderingen
  "val.group.nobody":
    "Niemand zit in groep {value}: geen enkel actief lid in Leden heeft die groep in de kolom Groepen. Kies een groep uit Leden of zet de groep bij de leden die moeten komen.",
  "val.group.noAddresses":
    "Geen enkel actief lid van groep {value} heeft een geldig e-mailadres in Leden: de afspraak komt in de agenda, maar niemand krijgt een uitnodiging. Vul de adressen in Leden aan.",
  "val.group.loose":
    "De groep {value} is anders geschreven dan in Leden: {suggestion}. De vergadering geldt voor {suggestion}; schrijf de groep bij voorkeur precies zo.",
  "val.date.invalid":
    "{value} is geen datum. Toegestaan: 12-3-2026, 12/3/2026, 2026-03-12, 12 maart 2026 of een datumcel.",
  "val.date.notDay":
    "{value} is een periode, geen dag. Een vergadering heeft één datum, zoals 12-3-2026 of een datumcel.",
  "val.time.invalid":
    "{value} is geen tijd. Toegestaan: 9:30, 09:30, 09.30, 9u30, 930, 14 (hele uren) of een tijdcel; leeg voor een vergadering van de hele dag.",
  "val.time.endWithoutStart":
    "Er is een eindtijd maar geen begintijd. Vul de begintijd in, of maak de eindtijd leeg voor een vergadering van de hele dag.",
  "val.time.endNotAfterStart": "De eindtijd {end} ligt niet na de begintijd {start}. Pas een van beide aan.",
  "val.time.night":
    "{value} is gelezen als {time} ’s nachts. Bedoelt u {suggestion}? Schrijf dan {suggestion}. Is het echt {time} ’s nachts, schrijf de tijd dan met minuten: {time}. Tot dan krijgt deze vergadering geen uitnodiging.",

  // Instellingen
  "val.setting.unknown":
    "{value} is geen bekende instelling; de rij blijft staan maar wordt niet gebruikt. Bekende instellingen: {known}.",
  "val.setting.noKey":
    "Deze rij heeft een waarde maar geen sleutel; ze wordt niet gebruikt. Zet in ‘{column}’ de naam van de instelling.",
  "val.setting.duplicate":
    "De instelling {value} staat ook al in rij {row}; deze rij wordt niet gebruikt. Verwijder een van beide.",
  "val.setting.language":
    "{value} is geen bekende taal; Netwerkplan gebruikt {fallback}. Toegestaan: nl of en.",
  "val.setting.timeZone":
    "{value} is geen geldige tijdzone; Netwerkplan gebruikt {fallback}. Gebruik een naam als Europe/Amsterdam.",
  "val.setting.year": "{value} is geen jaartal tussen 2000 en 2100; Netwerkplan gebruikt {fallback}.",
  "val.setting.colour":
    "{value} is geen kleurcode; Netwerkplan gebruikt {fallback}. Gebruik #rrggbb of #rgb, bijvoorbeeld #57bb8a.",
  "val.coloursRefreshed":
    "De statuskleuren in ‘Activiteiten’ volgen weer de kleuren uit Instellingen en lopen door tot de laatste rij.",

  // The headers of the generated tabs Validatie and Status (core/tabs.ts)
  "validation.col.tab": "Tabblad",
  "validation.col.row": "Rij",
  "validation.col.column": "Kolom",
  "validation.col.value": "Waarde",
  "validation.col.severity": "Ernst",
  "validation.col.message": "Melding",
  "validation.col.suggestion": "Suggestie",
  "validation.col.link": "Link",
  "status.col.id": "ID",
  "status.col.project": "Project",
  "status.col.theme": "Thema",
  "status.col.subject": "Onderwerp",
  "status.col.owner": "Trekker",
  "status.col.deadline": "Deadline",
  "status.col.start": "Start",
  "status.col.end": "Einde",
  "status.col.phase": "Fase",
  "status.col.status": "Status",
} as const;

export const validationEn: Record<keyof typeof validationNl, string> = {
  "severity.error": "Error",
  "severity.warning": "Warning",

  "val.tabMissing":
    "The tab ‘{tab}’ is missing. Choose Netwerkplan › Set up workbook to create it; until then it is not used.",
  "val.projects.none":
    "The tab ‘{tab}’ has no projects yet, so no activity belongs to a project: they all stay out of the dashboards and documents. Add a row to ‘{tab}’ for each project or priority, with at least its name in the Naam column, as the Project column of Activiteiten names it.",
  "val.columnMissing":
    "The tab ‘{tab}’ has no required column ‘{column}’ (also accepted as header: {synonyms}). Add that column in the first row; until then the rows of this tab are neither checked nor used.",
  "val.noHeader":
    "‘{tab}’ has no header row on row 1. Put the column headers (such as Project, Onderwerp, Status) in the first row; until then the rows of this tab are not used.",
  "val.headerLower":
    "In ‘{tab}’ the header row is on row {row}; Netwerkplan reads it on row 1 only. Delete the rows above it; until then the rows of this tab are not used.",
  "val.columnTwice":
    "The column ‘{column}’ appears twice in ‘{tab}’: Netwerkplan reads column {used} (the first), not column {ignored}. Give column {ignored} another header or delete it.",
  "val.rowUnreadable":
    "This row could not be read ({detail}). Check the cells of this row; the row is not used.",

  "val.required": "‘{column}’ is empty. This column is required; please fill it in.",
  "val.requiredChoice": "‘{column}’ is empty. This column is required; choose from: {allowed}.",
  "val.cellError":
    "The cell holds a formula error ({error}) instead of a value. Repair the formula or type the value.",
  "val.cellErrorIgnored":
    "The cell holds a formula error ({error}) instead of a value; ‘{column}’ is treated as empty. Repair the formula or type the value.",
  "val.didYouMean": "Did you mean {suggestion}?",

  "val.vocab.loose":
    "{value} is written differently from the fixed value {suggestion} of ‘{column}’. It counts as {suggestion}; preferably write it exactly like that.",
  "val.vocab.unknown": "{value} is not a valid value for ‘{column}’. Accepted: {allowed}.",
  "val.project.loose":
    "The project {value} is written differently from the Projecten tab: {suggestion}. The activity counts for {suggestion}; preferably write the name exactly like that.",
  "val.project.unknown":
    "The project {value} is not in the Projecten tab (column Naam). Choose a project name from Projecten or add the project there.",
  "val.project.hasError":
    "The project {value} has an error of its own in the Projecten tab (row {row}). This activity counts once that error is fixed.",
  "val.deadline.overdue":
    "Deadline passed: the deadline {value} ended on {due}, but the status is {status}, not Achieved (Behaald). Update the status or the deadline.",
  "val.achievedNotDone":
    "The status is Achieved (Behaald), but the phase is {phase}. An achieved activity has the phase Completed (Afgerond); change the phase or the status.",
  "val.owner.unknown":
    "Not found in Leden as the name or role of an active member: {parts}. Write the name or role as in Leden, or add the person or role there.",
  "val.owner.inactive":
    "{name} is in Leden (row {row}) but not active. Tick the column Actief for this member in Leden (or write yes), or choose another owner (Trekker).",
  "val.id.duplicate":
    "The ID {value} is also in row {row}. Empty the ID cell of this row; Netwerkplan then gives the row a new ID.",
  "val.id.clearCell": "Empty the ID cell",
  "val.subject.duplicate":
    "The subject {value} of project {project} is also in row {row}. If it is the same activity, delete one of them; otherwise make the subject distinct.",

  "val.projectName.duplicate":
    "The project name {value} is also in row {row}. Project names must be unique (case does not count); this row is not used.",
  "val.shortName.chars":
    "The short name {value} contains characters that a tab name cannot have ({chars}). Not allowed: \\ / ? * [ ] : and a ' at the end.",
  "val.shortName.tooLong":
    "The short name {value} is {length} characters long; the tab name ‘Dashboard …’ has room for at most {max} (31 characters in all). This project's dashboard is therefore called {tab}. For another name, make the short name at most {max} characters long.",
  "val.shortName.duplicate":
    "The short name {value} is already used by the project in row {row}. Every short name makes its own tab and must be unique.",
  "val.shortName.duplicateShortened":
    "The short name {value} is too long for a tab name and is shortened to {shortened}, but the project in row {row} already uses that name. Every short name makes its own tab and must be unique: choose a short name of at most {max} characters that is not used yet. Until then this row is not used.",

  "val.email.invalid":
    "{value} is not a valid e-mail address. Write one address per member, like name@organisation.org. Until the address is right, this member gets no meeting invitations; the member still counts as an owner (Trekker) and in their groups.",
  "val.email.missing":
    "‘{column}’ is empty. Until a valid address is here, this member gets no meeting invitations; the member still counts as an owner (Trekker) and in their groups.",
  "val.email.cellError":
    "The cell holds a formula error ({error}) instead of an e-mail address. Until a valid address is here, this member gets no meeting invitations; the member still counts as an owner (Trekker) and in their groups. Repair the formula or type the address in ‘{column}’.",
  "val.email.duplicate":
    "The e-mail address {value} is also used by {count, plural, one {the member in row {rows}} other {# other members, in rows {rows}}} (case does not count). Netwerkplan cannot tell whose it is, so {count, plural, one {neither of them gets} other {none of them gets}} meeting invitations until every member has their own address; as an owner (Trekker) and in the groups they still count. If it is the same person, delete the duplicate row; otherwise correct the address in the row where it is wrong.",
  "val.boolean.invalid":
    "{value} in ‘{column}’ is not recognised as yes or no; it counts as {fallback}. Use a checkbox or yes/no.",
  "val.yes": "yes",
  "val.no": "no",

  "val.group.nobody":
    "Nobody is in group {value}: no active member in Leden has that group in the column Groepen. Choose a group from Leden or add the group to the members who should attend.",
  "val.group.noAddresses":
    "No active member of group {value} has a valid e-mail address in Leden: the event goes in the calendar, but nobody gets an invitation. Complete the addresses in Leden.",
  "val.group.loose":
    "The group {value} is written differently from Leden: {suggestion}. The meeting is for {suggestion}; preferably write the group exactly like that.",
  "val.date.invalid":
    "{value} is not a date. Accepted: 12-3-2026, 12/3/2026, 2026-03-12, 12 March 2026 or a date cell.",
  "val.date.notDay": "{value} is a period, not a day. A meeting has one date, like 12-3-2026 or a date cell.",
  "val.time.invalid":
    "{value} is not a time. Accepted: 9:30, 09:30, 09.30, 9u30, 930, 14 (whole hours) or a time cell; empty for an all-day meeting.",
  "val.time.endWithoutStart":
    "There is an end time but no start time. Fill in the start time, or empty the end time for an all-day meeting.",
  "val.time.endNotAfterStart": "The end time {end} is not after the start time {start}. Change one of them.",
  "val.time.night":
    "{value} was read as {time} at night. Did you mean {suggestion}? Then write {suggestion}. If it really is {time} at night, write the time with minutes: {time}. Until then this meeting gets no invitation.",

  "val.setting.unknown":
    "{value} is not a known setting; the row stays but is not used. Known settings: {known}.",
  "val.setting.noKey":
    "This row has a value but no key; it is not used. Put the name of the setting in ‘{column}’.",
  "val.setting.duplicate":
    "The setting {value} is also in row {row}; this row is not used. Delete one of them.",
  "val.setting.language": "{value} is not a known language; Netwerkplan uses {fallback}. Accepted: nl or en.",
  "val.setting.timeZone":
    "{value} is not a valid time zone; Netwerkplan uses {fallback}. Use a name like Europe/Amsterdam.",
  "val.setting.year": "{value} is not a year between 2000 and 2100; Netwerkplan uses {fallback}.",
  "val.setting.colour":
    "{value} is not a colour code; Netwerkplan uses {fallback}. Use #rrggbb or #rgb, for example #57bb8a.",
  "val.coloursRefreshed":
    "The status colours in ‘Activiteiten’ follow the colours in Instellingen again and reach down to the last row.",

  "validation.col.tab": "Tab",
  "validation.col.row": "Row",
  "validation.col.column": "Column",
  "validation.col.value": "Value",
  "validation.col.severity": "Severity",
  "validation.col.message": "Message",
  "validation.col.suggestion": "Suggestion",
  "validation.col.link": "Link",
  "status.col.id": "ID",
  "status.col.project": "Project",
  "status.col.theme": "Theme",
  "status.col.subject": "Subject",
  "status.col.owner": "Owner",
  "status.col.deadline": "Deadline",
  "status.col.start": "Start",
  "status.col.end": "End",
  "status.col.phase": "Phase",
  "status.col.status": "Status",
};
