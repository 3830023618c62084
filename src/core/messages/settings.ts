/** Messages of the `Instellingen…` sidebar and Help (PRODUCT.md §6), Dutch and English: the settings feature's. */
export const settingsNl = {
  "settings.title": "Instellingen",
  "settings.intro":
    "Deze instellingen staan ook in het tabblad Instellingen. Wijzig ze hier of daar; wat u hier opslaat, komt daar te staan.",
  "settings.save": "Opslaan",
  "settings.saving": "Bezig met opslaan…",
  "settings.saved": "Opgeslagen: {count, plural, one {# instelling} other {# instellingen}} gewijzigd.",
  "settings.nothingChanged": "Er was niets gewijzigd.",
  "settings.fixFirst": "Verbeter eerst de gemarkeerde velden; er is niets opgeslagen.",
  "settings.langChanged": "De taal is gewijzigd. Open de instellingen opnieuw om ze in die taal te zien.",
  "settings.unknownTitle": "Onbekende instellingen",
  "settings.unknownHelp":
    "Deze rijen in het tabblad Instellingen kent Netwerkplan niet. Ze blijven staan; controleer de spelling of verwijder ze in het tabblad.",
  "settings.noTab":
    "Er is nog geen tabblad Instellingen. Opslaan maakt het aan met deze waarden (of kies Werkblad inrichten).",
  "settings.yes": "Aan",
  "settings.invalid.year": "Vul een jaartal in van {min} tot en met {max}.",
  "settings.invalid.language": "Kies nl (Nederlands) of en (Engels).",
  "settings.invalid.timeZone": "Kies een tijdzone uit de lijst, bijvoorbeeld Europe/Amsterdam.",
  "settings.invalid.calendar":
    "Vul een agenda-ID in (zoals naam@group.calendar.google.com) of laat het leeg voor uw eigen agenda.",
  "settings.invalid.drive":
    "Plak de link of het ID van het Google Drive-bestand of de map, of laat het leeg.",
  "settings.invalid.colour": "Vul een kleurcode in zoals #57bb8a.",
  "settings.invalid.tooLong": "Deze tekst is te lang (hoogstens {max} tekens).",
  "settings.label.Netwerknaam": "Netwerknaam",
  "settings.help.Netwerknaam": "De naam boven rapporten en in uitnodigingen.",
  "settings.label.Regio": "Regio",
  "settings.help.Regio": "Komt in de titel van elk dashboard: ‘Dashboard <regio>: <project>’.",
  "settings.label.Jaar": "Jaar",
  "settings.help.Jaar": "Het jaar van het jaaractieplan en van ‘Doelstellingen <jaar>’ op de dashboards.",
  "settings.label.Taal": "Taal",
  "settings.help.Taal": "De taal van menu, meldingen, dashboards en documenten.",
  "settings.label.Tijdzone": "Tijdzone",
  "settings.help.Tijdzone": "Begin- en eindtijden van vergaderingen gelden in deze tijdzone.",
  "settings.label.Agenda": "Agenda",
  "settings.help.Agenda": "De agenda waarin de vergaderingen komen. Leeg: uw eigen agenda.",
  "settings.label.Rapportmap": "Rapportmap",
  "settings.help.Rapportmap":
    "Link of ID van een map die Netwerkplan zelf maakte, of leeg: Netwerkplan maakt een eigen map.",
  "settings.label.Rapportsjabloon": "Rapportsjabloon",
  "settings.help.Rapportsjabloon":
    "Link of ID van een Google-document met {{plaatshouders}}; leeg: het standaardrapport.",
  "settings.label.Rapport als PDF": "Rapport als PDF",
  "settings.help.Rapport als PDF": "Zet naast elk rapport ook een PDF-kopie.",
  "settings.label.Inleiding jaaractieplan": "Inleiding jaaractieplan",
  "settings.help.Inleiding jaaractieplan": "De openingstekst van het jaaractieplan.",
  "settings.label.Uitnodigingen versturen": "Uitnodigingen versturen",
  "settings.help.Uitnodigingen versturen":
    "Uit: afspraken komen wel in de agenda, maar niemand krijgt een e-mail.",
  "settings.label.Kleur Behaald": "Kleur Behaald",
  "settings.label.Kleur Op schema": "Kleur Op schema",
  "settings.label.Kleur Doorlopend": "Kleur Doorlopend",
  "settings.label.Kleur Achter op schema": "Kleur Achter op schema",
  "settings.help.colour": "De kleur van deze status in tabbladen, dashboards en documenten.",

  "help.intro":
    "Netwerkplan maakt van het gedeelde werkblad met activiteiten gecontroleerde statusoverzichten, dashboards per project, een rapportage en agenda-uitnodigingen.",
  "help.menuTitle": "Het menu",
  "help.menu.setup":
    "Maakt ontbrekende tabbladen en kolommen aan, met keuzelijsten en statuskleuren. Wat er al staat, blijft precies zoals het was.",
  "help.menu.validate":
    "Controleert wat partners invulden en geeft nieuwe activiteiten een ID. Elk probleem komt in het tabblad Validatie, met een link naar de cel.",
  "help.menu.dashboards":
    "Maakt per project een dashboard van één pagina, het netwerkoverzicht en de statusgeschiedenis.",
  "help.menu.report": "Schrijft de voortgangsrapportage als Google-document.",
  "help.menu.plan":
    "Schrijft het jaaractieplan van het netwerk als Google-document, in de vorm van het eigen plan.",
  "help.menu.invites":
    "Maakt agenda-afspraken voor de vergaderingen; u ziet eerst wie een uitnodiging krijgt.",
  "help.menu.planMeetings": "Plant de vergaderingen van een jaar als rijen in Vergaderingen.",
  "help.menu.settings": "Netwerknaam, taal, tijdzone, agenda, rapportmap en de statuskleuren.",
  "help.menu.help": "Deze uitleg.",
  "help.deadlinesTitle": "Deadlines",
  "help.deadlines": "Typ een deadline als tekst. Netwerkplan begrijpt:",
  "help.deadlinesDue":
    "De laatste dag van de periode is de deadline; daarna is de activiteit verlopen als ze niet Behaald is.",
  "help.coloursTitle": "Statussen en kleuren",
  "help.colours":
    "Elke gekleurde cel draagt ook het woord van de status. De kleuren kiest u in Instellingen.",
  "help.tabsTitle": "Tabbladen en kolommen",
  "help.tabs":
    "Kolommen worden op hun kop gevonden; u mag ze verplaatsen en eigen kolommen toevoegen. Verplichte kolommen zijn vet.",
  "help.required": "verplicht",
  "help.addOn": "vult Netwerkplan zelf",
  "help.alsoAccepted": "ook: {names}",
  "help.goTo": "Ga naar {tab}",
  "help.generated":
    "Deze tabbladen maakt Netwerkplan telkens opnieuw: {tabs}, en per project een ‘Dashboard …’.",
};

export const settingsEn: Record<keyof typeof settingsNl, string> = {
  "settings.title": "Settings",
  "settings.intro":
    "These settings are also in the Instellingen tab. Change them here or there; what you save here is written there.",
  "settings.save": "Save",
  "settings.saving": "Saving…",
  "settings.saved": "Saved: {count, plural, one {# setting} other {# settings}} changed.",
  "settings.nothingChanged": "Nothing was changed.",
  "settings.fixFirst": "Correct the marked fields first; nothing was saved.",
  "settings.langChanged": "The language has changed. Open the settings again to see them in that language.",
  "settings.unknownTitle": "Unknown settings",
  "settings.unknownHelp":
    "Netwerkplan does not know these rows of the Instellingen tab. They stay; check the spelling or delete them in the tab.",
  "settings.noTab":
    "There is no Instellingen tab yet. Saving creates it with these values (or choose Set up workbook).",
  "settings.yes": "On",
  "settings.invalid.year": "Enter a year from {min} to {max}.",
  "settings.invalid.language": "Choose nl (Dutch) or en (English).",
  "settings.invalid.timeZone": "Choose a time zone from the list, for example Europe/Amsterdam.",
  "settings.invalid.calendar":
    "Enter a calendar ID (like name@group.calendar.google.com) or leave it empty for your own calendar.",
  "settings.invalid.drive": "Paste the link or ID of the Google Drive file or folder, or leave it empty.",
  "settings.invalid.colour": "Enter a colour code like #57bb8a.",
  "settings.invalid.tooLong": "This text is too long (at most {max} characters).",
  "settings.label.Netwerknaam": "Network name",
  "settings.help.Netwerknaam": "The name above reports and in invitations.",
  "settings.label.Regio": "Region",
  "settings.help.Regio": "Appears in the title of every dashboard: ‘Dashboard <region>: <project>’.",
  "settings.label.Jaar": "Year",
  "settings.help.Jaar": "The year of the annual action plan and of ‘Goals <year>’ on the dashboards.",
  "settings.label.Taal": "Language",
  "settings.help.Taal": "The language of the menu, messages, dashboards and documents.",
  "settings.label.Tijdzone": "Time zone",
  "settings.help.Tijdzone": "Meeting start and end times are in this time zone.",
  "settings.label.Agenda": "Calendar",
  "settings.help.Agenda": "The calendar the meetings go to. Empty: your own calendar.",
  "settings.label.Rapportmap": "Report folder",
  "settings.help.Rapportmap":
    "Link or ID of a folder that Netwerkplan made itself, or empty: Netwerkplan makes a folder of its own.",
  "settings.label.Rapportsjabloon": "Report template",
  "settings.help.Rapportsjabloon":
    "Link or ID of a Google Doc with {{placeholders}}; empty: the standard report.",
  "settings.label.Rapport als PDF": "Report as PDF",
  "settings.help.Rapport als PDF": "Also put a PDF copy beside each report.",
  "settings.label.Inleiding jaaractieplan": "Action plan introduction",
  "settings.help.Inleiding jaaractieplan": "The opening text of the annual action plan.",
  "settings.label.Uitnodigingen versturen": "Send invitations",
  "settings.help.Uitnodigingen versturen": "Off: events are put in the calendar, but nobody gets an e-mail.",
  "settings.label.Kleur Behaald": "Colour Achieved",
  "settings.label.Kleur Op schema": "Colour On track",
  "settings.label.Kleur Doorlopend": "Colour Ongoing",
  "settings.label.Kleur Achter op schema": "Colour Behind schedule",
  "settings.help.colour": "The colour of this status in tabs, dashboards and documents.",

  "help.intro":
    "Netwerkplan turns the shared activity sheet into validated status sheets, a dashboard per project, a progress report and calendar invitations.",
  "help.menuTitle": "The menu",
  "help.menu.setup":
    "Creates missing tabs and columns, with drop-down lists and status colours. What is there stays exactly as it was.",
  "help.menu.validate":
    "Checks what partners entered and gives new activities an ID. Every problem goes to the Validatie tab, with a link to the cell.",
  "help.menu.dashboards":
    "Makes a one-page dashboard per project, the network overview and the status history.",
  "help.menu.report": "Writes the progress report as a Google Doc.",
  "help.menu.plan": "Writes the network's annual action plan as a Google Doc, in the shape of its own plan.",
  "help.menu.invites": "Creates calendar events for the meetings; you first see who gets an invitation.",
  "help.menu.planMeetings": "Plans a year of meetings as rows in Vergaderingen.",
  "help.menu.settings": "Network name, language, time zone, calendar, report folder and the status colours.",
  "help.menu.help": "This help.",
  "help.deadlinesTitle": "Deadlines",
  "help.deadlines": "Type a deadline as text. Netwerkplan understands:",
  "help.deadlinesDue":
    "The last day of the period is the due date; after it the activity is overdue unless its status is Achieved.",
  "help.coloursTitle": "Statuses and colours",
  "help.colours": "Every coloured cell also carries the status word. Choose the colours in Settings.",
  "help.tabsTitle": "Tabs and columns",
  "help.tabs":
    "Columns are found by their header; you may move them and add columns of your own. Required columns are bold.",
  "help.required": "required",
  "help.addOn": "filled in by Netwerkplan",
  "help.alsoAccepted": "also: {names}",
  "help.goTo": "Go to {tab}",
  "help.generated": "Netwerkplan rebuilds these tabs every time: {tabs}, and a ‘Dashboard …’ per project.",
};
