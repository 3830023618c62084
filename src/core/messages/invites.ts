/** Messages of the calendar invites (PRODUCT.md §5) and the year planning of meetings, Dutch and English. */
export const invitesNl = {
  "invites.progress": "Uitnodigingen voorbereiden…",
  "invites.sending": "Uitnodigingen versturen…",
  "invites.weekdaysShort": "ma,di,wo,do,vr,za,zo",
  "invites.weekdays": "maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag",
  "invites.monthsShort": "jan,feb,mrt,apr,mei,jun,jul,aug,sep,okt,nov,dec",
  "invites.link.sheet": "Dashboards en overzicht",
  "invites.link.report": "Nieuwste rapportage",

  "invites.preview.title": "Uitnodigingen versturen",
  "invites.preview.intro":
    "Hieronder staat wat Netwerkplan in de agenda gaat zetten en wie daarover een e-mail van Google Agenda krijgt. Er gebeurt niets totdat u op ‘{confirm}’ klikt.",
  "invites.preview.calendar": "Agenda: {calendar}.",
  "invites.preview.ownCalendar": "uw eigen agenda",
  "invites.preview.mailOff":
    "‘Uitnodigingen versturen’ staat uit in Instellingen: de afspraken worden gemaakt en bijgewerkt, maar niemand krijgt een e-mail.",
  "invites.preview.resumed":
    "De vorige keer stopte Netwerkplan voordat alles klaar was ({done} van {total} verwerkt). Hieronder staat wat nog moet; niets wordt dubbel gemaakt.",
  "invites.preview.linksOnly":
    "{count, plural, one {Bij # afspraak verandert} other {Bij # afspraken verandert}} alleen de link in de omschrijving, bijvoorbeeld naar de nieuwste rapportage. Netwerkplan zet de nieuwe link erin zonder dat iemand een e-mail krijgt; {count, plural, one {de afspraak staat} other {de afspraken staan}} bij ‘Blijft ongewijzigd’.",
  "invites.preview.mailTotal":
    "{mails, plural, one {# e-mail} other {# e-mails}} aan {people, plural, one {# persoon} other {# personen}}.",
  "invites.preview.noMail": "Niemand krijgt een e-mail.",
  "invites.preview.nothingToDo": "De agenda is bij: er is niets te doen.",
  "invites.preview.nothingElseToDo":
    "{count, plural, =0 {Er is niets te doen en er wordt niets verstuurd: zolang de fout hieronder er is, komt geen vergadering in de agenda.} one {Voor de rijen zonder fout is de agenda bij: er is niets te doen en er wordt niets verstuurd. De rij met een fout hieronder komt pas in de agenda als die klopt.} other {Voor de rijen zonder fout is de agenda bij: er is niets te doen en er wordt niets verstuurd. De rijen met een fout hieronder komen pas in de agenda als ze kloppen.}}",
  "invites.leftOut.title":
    "Niet in de agenda: {count, plural, one {rij met een fout (#)} other {rijen met een fout (#)}}",
  "invites.leftOut.titleTab": "Niet in de agenda: Vergaderingen heeft een fout",
  "invites.leftOut.help":
    "{count, plural, =0 {Zolang deze fout er is, komt geen enkele rij van Vergaderingen in de agenda. Herstel de fout en kies daarna opnieuw ‘Uitnodigingen versturen…’.} one {Deze rij van Vergaderingen blijft buiten de agenda totdat de fout hersteld is. Herstel die in Vergaderingen en kies daarna opnieuw ‘Uitnodigingen versturen…’.} other {Deze rijen van Vergaderingen blijven buiten de agenda totdat de fouten hersteld zijn. Herstel die in Vergaderingen en kies daarna opnieuw ‘Uitnodigingen versturen…’.}}",
  "invites.leftOut.cell": "Rij {row}, {column}: {message}",
  "invites.leftOut.row": "Rij {row}: {message}",
  "invites.leftOut.more":
    "En nog {count, plural, one {# melding} other {# meldingen}}: Valideren zet ze allemaal in het tabblad Validatie.",
  "invites.statuses.title":
    "Kolom Uitnodiging: {count, plural, one {# rij verandert} other {# rijen veranderen}}",
  "invites.statuses.help":
    "Netwerkplan zet in de kolom Uitnodiging waarom een rij niet in de agenda komt, en haalt die fout weg zodra de rij klopt. Alleen die cel verandert; wat verder in de rij staat, blijft zoals het is.",
  "invites.statuses.error": "Rij {row}: de fout wordt in Uitnodiging gezet.",
  "invites.statuses.settled": "Rij {row}: de oude fout in Uitnodiging wordt vervangen door ‘{status}’.",
  "invites.statuses.cleared": "Rij {row}: de oude fout in Uitnodiging wordt gewist.",
  "invites.statuses.more": "En nog {count, plural, one {# rij} other {# rijen}}.",
  "invites.notInvited.title": "Geen uitnodiging: geen bruikbaar e-mailadres ({count})",
  "invites.notInvited.line":
    "{name} ({groups}) krijgt geen uitnodiging: in Leden (rij {row}) staat geen geldig e-mailadres.",
  "invites.notInvited.shared":
    "{name} ({groups}) krijgt geen uitnodiging: in Leden (rij {row}) staat hetzelfde e-mailadres als bij {count, plural, one {het lid in rij {rows}} other {# andere leden, in de rijen {rows}}}, en Netwerkplan kan niet weten bij wie het hoort.",
  "invites.notInvited.help":
    "{count, plural, one {Dit actieve lid hoort bij een groep die wordt uitgenodigd. Zet in Leden een eigen, geldig adres bij dit lid en kies daarna opnieuw ‘Uitnodigingen versturen…’: dan krijgt het alsnog een uitnodiging.} other {Deze actieve leden horen bij een groep die wordt uitgenodigd. Zet in Leden bij elk van hen een eigen, geldig adres en kies daarna opnieuw ‘Uitnodigingen versturen…’: dan krijgen zij alsnog een uitnodiging.}}",
  "invites.preview.confirm": "Bevestigen en versturen",
  "invites.preview.confirmNoMail": "Bevestigen",
  "invites.preview.cancel": "Sluiten zonder te versturen",
  "invites.preview.cancelNoMail": "Sluiten zonder iets te wijzigen",
  "invites.preview.busy": "Bezig met de agenda… Sluit dit venster niet.",
  "invites.preview.confirmed":
    "U heeft bevestigd. Hierboven staat wat Netwerkplan heeft gedaan; hieronder staat nog wat het voorbeeld liet zien.",
  "invites.preview.stale":
    "Het werkblad of de agenda is veranderd sinds dit voorbeeld. Er is niets verstuurd; bekijk het nieuwe voorbeeld.",
  "invites.preview.count.create": "Wordt aangemaakt",
  "invites.preview.count.update": "Wordt bijgewerkt",
  "invites.preview.count.cancel": "Wordt geannuleerd",
  "invites.preview.count.recreate": "Wordt opnieuw gemaakt",
  "invites.preview.count.unchanged": "Blijft ongewijzigd",
  "invites.section.create": "Wordt aangemaakt ({count})",
  "invites.section.update": "Wordt bijgewerkt ({count})",
  "invites.section.recreate": "Wordt opnieuw gemaakt ({count})",
  "invites.section.cancel": "Wordt geannuleerd ({count})",
  "invites.section.skipped": "Wordt overgeslagen ({count})",
  "invites.section.unchanged": "Blijft ongewijzigd ({count})",
  "invites.section.past": "Voorbij: er wordt niets meer verstuurd ({count})",
  "invites.section.orphans": "Niet meer in het werkblad ({count})",
  "invites.section.orphansHelp":
    "{count, plural, one {Deze afspraak maakte Netwerkplan eerder, maar geen rij van Vergaderingen noemt hem nog. Hij blijft staan; verwijder hem in Google Agenda als hij niet doorgaat.} other {Deze afspraken maakte Netwerkplan eerder, maar geen rij van Vergaderingen noemt ze nog. Ze blijven staan; verwijder ze in Google Agenda als ze niet doorgaan.}}",
  "invites.item.row": "rij {row}",
  "invites.item.allDay": "hele dag",
  "invites.change.time": "Tijd: {from} → {to}",
  "invites.change.place": "Plaats: {from} → {to}",
  "invites.change.title": "Titel: {from} → {to}",
  "invites.change.none": "(leeg)",
  "invites.change.description": "De omschrijving verandert.",
  "invites.change.links": "De link in de omschrijving verandert (bijvoorbeeld naar de nieuwste rapportage).",
  "invites.change.zone": "De tijdzone van de afspraak verandert (de tijd blijft gelijk).",
  "invites.change.internal": "Netwerkplan werkt zijn eigen kenmerk van de afspraak bij.",
  "invites.change.added": "Nieuwe gasten: {names}",
  "invites.change.removed": "Gasten eraf, zonder e-mail: {names}",
  "invites.note.adopted":
    "Teruggevonden in de agenda: een eerdere keer is de afspraak gemaakt maar kwam het Agenda-ID niet in het werkblad.",
  "invites.note.duplicateId":
    "Het Agenda-ID van deze rij staat ook in een andere rij (gekopieerd?); deze rij krijgt een eigen afspraak.",
  "invites.note.foreign":
    "Het Agenda-ID hoort bij een afspraak die Netwerkplan niet voor dit werkblad maakte. Netwerkplan laat die afspraak met rust; maak de cel leeg om een nieuwe afspraak te laten maken.",
  "invites.note.nothingToCancel": "Geannuleerd; er is geen afspraak om te annuleren.",
  "invites.note.recreate": "De afspraak is uit de agenda verdwenen; er komt een nieuwe.",
  "invites.note.reinstated":
    "Weer ingepland: Netwerkplan heeft deze afspraak eerder geannuleerd. Nu Geannuleerd niet meer aan staat, wordt hij opnieuw gemaakt.",
  "invites.mail.invited": "uitnodiging",
  "invites.mail.updated": "bericht over de wijziging",
  "invites.mail.cancelled": "bericht dat het niet doorgaat",
  "invites.mail.othersUpdated":
    "Google meldt nieuwe gasten ook aan de gasten die er al waren: zij krijgen een bericht dat de gastenlijst is gewijzigd.",
  "invites.noMail.setting": "Geen e-mail: ‘Uitnodigingen versturen’ staat uit.",
  "invites.noMail.quiet":
    "Geen e-mail: alleen titel, omschrijving of gastenlijst veranderen, zonder nieuwe gasten.",
  "invites.noMail.noGuests": "Geen e-mail: de groep heeft geen actieve leden met een geldig e-mailadres.",
  "invites.noMail.linksOnly": "Geen e-mail: alleen de link in de omschrijving verandert.",

  "invites.done":
    "{created} aangemaakt, {updated} bijgewerkt, {cancelled} geannuleerd, {recreated} opnieuw gemaakt, {unchanged} ongewijzigd.",
  "invites.doneMail":
    "Google Agenda stuurt {mails, plural, one {# e-mail} other {# e-mails}} aan {people, plural, one {# persoon} other {# personen}}.",
  "invites.doneNoMail": "Er is geen e-mail verstuurd.",
  "invites.doneLinks":
    "{count, plural, one {Bij # afspraak is} other {Bij # afspraken is}} alleen de link in de omschrijving bijgewerkt (bijvoorbeeld naar de nieuwste rapportage), zonder e-mail.",
  "invites.stopped":
    "Netwerkplan stopte op tijd, voordat Google de actie zou afbreken: {left, plural, one {# vergadering is} other {# vergaderingen zijn}} nog niet verwerkt. Kies nog eens ‘Uitnodigingen versturen…’ om verder te gaan; niets wordt dubbel gemaakt.",
  "invites.stoppedQuota":
    "Google liet even geen agenda-wijzigingen meer toe (limiet): {left, plural, one {# vergadering is} other {# vergaderingen zijn}} nog niet verwerkt. Kies later nog eens ‘Uitnodigingen versturen…’ om verder te gaan; niets wordt dubbel gemaakt.",
  "invites.failedRows":
    "{count, plural, one {# vergadering gaf} other {# vergaderingen gaven}} een fout; de melding staat in de kolom Uitnodiging.",
  "invites.notWritten":
    "Tijdens het versturen veranderden de rijen van Vergaderingen (een rij ingevoegd of verwijderd), dus zijn Agenda-ID, Uitnodiging en Verstuurd op niet ingevuld. Kies nog eens ‘Uitnodigingen versturen…’: Netwerkplan vindt de afspraken terug, zonder iets dubbel te maken of opnieuw te mailen.",
  "invites.count.created": "Aangemaakt",
  "invites.count.updated": "Bijgewerkt",
  "invites.count.cancelled": "Geannuleerd",
  "invites.count.recreated": "Opnieuw gemaakt",
  "invites.count.unchanged": "Ongewijzigd",
  "invites.count.mails": "E-mails",
  "invites.count.failed": "Met een fout",
  "invites.count.notRun": "Nog te doen",
  // The add-on's own words in Uitnodiging: core/invites/status.ts knows them in both languages (kept equal by
  // tests/core/invites/status.test.ts), so that a cell written before a switch of Taal is still recognised.
  "invites.status.sent": "verstuurd",
  "invites.status.noMail": "aangemaakt, zonder e-mail",
  "invites.status.updated": "bijgewerkt",
  "invites.status.cancelled": "geannuleerd",
  "invites.status.error": "fout: {error}",
  "invites.status.notSent": "niet verstuurd",
  "invites.status.cancelledBefore": "geannuleerd; {status}",
  "invites.status.invalid": "{notSent}, {count, plural, one {fout in} other {fouten in}} {columns}: {errors}",
  "invites.status.invalidRow": "{notSent}: {errors}",
  "invites.error.noTab": "Er is geen tabblad Vergaderingen. Kies eerst Werkblad inrichten.",
  "invites.error.noColumns":
    "In Vergaderingen ontbreken de kolommen {columns}, waarin Netwerkplan bijhoudt welke afspraken het maakte. Kies eerst Werkblad inrichten.",
  "invites.error.noService":
    "De agenda-dienst van Google (Calendar API) staat niet aan voor Netwerkplan; zonder die dienst kunnen geen uitnodigingen worden verstuurd.",
  "invites.error.calendar":
    "de agenda ‘{calendar}’ kon niet worden gelezen ({error}); controleer de instelling Agenda",
  "invites.error.busy":
    "Google Agenda liet even geen verzoeken toe (limiet); probeer het over een paar minuten opnieuw",

  "meetings.title": "Jaarplanning vergaderingen",
  "meetings.intro":
    "Plan de vergaderingen van een groep voor een jaar. U ziet de rijen eerst; ze komen onderaan in Vergaderingen. Bestaande rijen blijven zoals ze zijn. Valt de dag op een feestdag of een datum die u uitsluit, dan schuift de vergadering een week later of eerder, binnen dezelfde maand.",
  "meetings.label.group": "Groep",
  "meetings.label.title": "Titel",
  "meetings.help.title": "Leeg: de naam van de groep.",
  "meetings.label.year": "Jaar",
  "meetings.label.weekday": "Dag",
  "meetings.label.week": "Welke in de maand",
  "meetings.week.1": "eerste",
  "meetings.week.2": "tweede",
  "meetings.week.3": "derde",
  "meetings.week.4": "vierde",
  "meetings.week.last": "laatste",
  "meetings.label.start": "Begintijd",
  "meetings.label.end": "Eindtijd",
  "meetings.help.end": "Leeg: twee uur na de begintijd.",
  "meetings.label.location": "Locatie",
  "meetings.label.description": "Omschrijving",
  "meetings.label.when": "Wanneer in het jaar",
  "meetings.mode.months": "In deze maanden",
  "meetings.mode.count": "Een aantal keer per jaar",
  "meetings.label.count": "Aantal keer",
  "meetings.label.firstMonth": "Vanaf",
  "meetings.label.exclude": "Niet op deze data",
  "meetings.help.exclude":
    "Bijvoorbeeld schoolvakanties: één datum per regel (dd-mm-jjjj), of een periode: 20-07-2026 t/m 28-08-2026.",
  "meetings.preview": "Voorbeeld",
  "meetings.add": "Toevoegen aan Vergaderingen",
  "meetings.busy": "Bezig…",
  "meetings.rowsTitle": "Deze rijen komen erbij",
  "meetings.none": "Er komen geen rijen bij.",
  "meetings.skippedTitle": "Niet gepland",
  "meetings.col.date": "Datum",
  "meetings.col.time": "Tijd",
  "meetings.col.note": "Opmerking",
  "meetings.moved": "{from} is {reason}",
  "meetings.reason.excluded": "uitgesloten",
  "meetings.skip.exists": "{month}: de groep heeft al een vergadering op {date}.",
  "meetings.skip.noDate": "{month}: geen geschikte dag (feestdagen of uitgesloten data).",
  "meetings.skip.past": "{month}: {date} is al voorbij.",
  "meetings.invalid.group": "Kies een groep uit de lijst.",
  "meetings.invalid.year": "Vul een jaartal in van 2000 tot en met 2100.",
  "meetings.invalid.weekday": "Kies een dag.",
  "meetings.invalid.week": "Kies welke in de maand.",
  "meetings.invalid.time": "Vul een tijd in zoals 14:00.",
  "meetings.invalid.night":
    "{value} is gelezen als {time} ’s nachts. Bedoelt u {suggestion}? Vul dan {suggestion} in. Is het echt {time} ’s nachts, schrijf de tijd dan met minuten: {time}.",
  "meetings.invalid.end": "De eindtijd moet na de begintijd liggen.",
  "meetings.invalid.months": "Kies ten minste één maand.",
  "meetings.invalid.count": "Kies 1 tot en met 12 keer, passend in het jaar vanaf de gekozen maand.",
  "meetings.invalid.exclude": "Deze datum begrijpt Netwerkplan niet: {value}. Gebruik dd-mm-jjjj.",
  "meetings.invalid.noSuchDay": "{date} bestaat niet ({value}): {month} {year} heeft {days} dagen.",
  "meetings.invalid.noSuchMonth": "Maand {month} bestaat niet ({value}). Schrijf de dag eerst: dd-mm-jjjj.",
  "meetings.invalid.reversed":
    "De periode {value} eindigt vóór hij begint. Zet de eerste dag vooraan, zoals 20-07-2026 t/m 28-08-2026.",
  "meetings.invalid.periodTooLong":
    "De periode {value} is langer dan een jaar. Een periode is hoogstens een jaar lang; verdeel hem over meer regels.",
  "meetings.invalid.tooLong": "Deze tekst is te lang (hoogstens {max} tekens).",
  "meetings.fixFirst": "Verbeter eerst de gemarkeerde velden.",
  "meetings.added":
    "{count, plural, one {# vergadering toegevoegd aan Vergaderingen (rij {first})} other {# vergaderingen toegevoegd aan Vergaderingen (rij {first} tot en met {last})}}.",
  "meetings.addedNone": "Er is niets toegevoegd: er waren geen rijen om toe te voegen.",
  "meetings.stale":
    "Vergaderingen is veranderd sinds het voorbeeld. Er is niets toegevoegd; bekijk het nieuwe voorbeeld.",
  "meetings.noGroups": "Er zijn nog geen groepen: vul in Leden bij de actieve leden de kolom Groepen in.",
  "meetings.count.added": "Toegevoegd",
  "meetings.count.skipped": "Niet gepland",

  "holiday.newYear": "Nieuwjaarsdag",
  "holiday.easter": "Eerste paasdag",
  "holiday.easterMonday": "Tweede paasdag",
  "holiday.kingsDay": "Koningsdag",
  "holiday.queensDay": "Koninginnedag",
  "holiday.liberation": "Bevrijdingsdag",
  "holiday.ascension": "Hemelvaartsdag",
  "holiday.whitSunday": "Eerste pinksterdag",
  "holiday.whitMonday": "Tweede pinksterdag",
  "holiday.christmas": "Eerste kerstdag",
  "holiday.boxingDay": "Tweede kerstdag",
};

export const invitesEn: Record<keyof typeof invitesNl, string> = {
  "invites.progress": "Preparing invitations…",
  "invites.sending": "Sending invitations…",
  "invites.weekdaysShort": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
  "invites.weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday",
  "invites.monthsShort": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
  "invites.link.sheet": "Dashboards and overview",
  "invites.link.report": "Latest progress report",

  "invites.preview.title": "Send invitations",
  "invites.preview.intro":
    "Below is what Netwerkplan will put in the calendar and who gets an e-mail about it from Google Calendar. Nothing happens until you click ‘{confirm}’.",
  "invites.preview.calendar": "Calendar: {calendar}.",
  "invites.preview.ownCalendar": "your own calendar",
  "invites.preview.mailOff":
    "‘Uitnodigingen versturen’ is off in Settings: the events are created and updated, but nobody gets an e-mail.",
  "invites.preview.resumed":
    "Last time Netwerkplan stopped before everything was done ({done} of {total} handled). Below is what is left; nothing is made twice.",
  "invites.preview.linksOnly":
    "In {count, plural, one {# event} other {# events}} only the link in the description changes, for instance to the latest progress report. Netwerkplan puts the new link in without anyone getting an e-mail; {count, plural, one {the event is} other {the events are}} listed under ‘Stays unchanged’.",
  "invites.preview.mailTotal":
    "{mails, plural, one {# e-mail} other {# e-mails}} to {people, plural, one {# person} other {# people}}.",
  "invites.preview.noMail": "Nobody gets an e-mail.",
  "invites.preview.nothingToDo": "The calendar is up to date: there is nothing to do.",
  "invites.preview.nothingElseToDo":
    "{count, plural, =0 {There is nothing to do and nothing is sent: while the error below is there, no meeting goes in the calendar.} one {For the rows without an error the calendar is up to date: there is nothing to do and nothing is sent. The row with an error below only goes in the calendar once it is right.} other {For the rows without an error the calendar is up to date: there is nothing to do and nothing is sent. The rows with an error below only go in the calendar once they are right.}}",
  "invites.leftOut.title":
    "Not in the calendar: {count, plural, one {row with an error (#)} other {rows with an error (#)}}",
  "invites.leftOut.titleTab": "Not in the calendar: Vergaderingen has an error",
  "invites.leftOut.help":
    "{count, plural, =0 {While this error is there, no row of Vergaderingen goes in the calendar. Fix the error, then choose ‘Send invitations…’ again.} one {This row of Vergaderingen stays out of the calendar until the error is fixed. Fix it in Vergaderingen, then choose ‘Send invitations…’ again.} other {These rows of Vergaderingen stay out of the calendar until the errors are fixed. Fix them in Vergaderingen, then choose ‘Send invitations…’ again.}}",
  "invites.leftOut.cell": "Row {row}, {column}: {message}",
  "invites.leftOut.row": "Row {row}: {message}",
  "invites.leftOut.more":
    "And {count, plural, one {# more message} other {# more messages}}: Validate lists them all in the Validatie tab.",
  "invites.statuses.title": "Uitnodiging column: {count, plural, one {# row changes} other {# rows change}}",
  "invites.statuses.help":
    "Netwerkplan notes in the Uitnodiging column why a row stays out of the calendar, and removes that error once the row is right. Only that cell changes; the rest of the row stays as it is.",
  "invites.statuses.error": "Row {row}: the error is put in Uitnodiging.",
  "invites.statuses.settled": "Row {row}: the old error in Uitnodiging is replaced by ‘{status}’.",
  "invites.statuses.cleared": "Row {row}: the old error in Uitnodiging is cleared.",
  "invites.statuses.more": "And {count, plural, one {# more row} other {# more rows}}.",
  "invites.notInvited.title": "No invitation: no usable e-mail address ({count})",
  "invites.notInvited.line":
    "{name} ({groups}) gets no invitation: Leden (row {row}) has no valid e-mail address.",
  "invites.notInvited.shared":
    "{name} ({groups}) gets no invitation: Leden (row {row}) has the same e-mail address as {count, plural, one {the member in row {rows}} other {# other members, in rows {rows}}}, and Netwerkplan cannot tell whose it is.",
  "invites.notInvited.help":
    "{count, plural, one {This active member belongs to a group that is invited. Give them their own valid address in Leden, then choose ‘Send invitations…’ again: they will then get their invitation.} other {These active members belong to a group that is invited. Give each of them their own valid address in Leden, then choose ‘Send invitations…’ again: they will then get their invitation.}}",
  "invites.preview.confirm": "Confirm and send",
  "invites.preview.confirmNoMail": "Confirm",
  "invites.preview.cancel": "Close without sending",
  "invites.preview.cancelNoMail": "Close without changing anything",
  "invites.preview.busy": "Working on the calendar… Do not close this window.",
  "invites.preview.confirmed":
    "You confirmed. Above is what Netwerkplan did; below is still what the preview showed.",
  "invites.preview.stale":
    "The spreadsheet or the calendar changed since this preview. Nothing was sent; look at the new preview.",
  "invites.preview.count.create": "To be created",
  "invites.preview.count.update": "To be updated",
  "invites.preview.count.cancel": "To be cancelled",
  "invites.preview.count.recreate": "To be made again",
  "invites.preview.count.unchanged": "Stays unchanged",
  "invites.section.create": "To be created ({count})",
  "invites.section.update": "To be updated ({count})",
  "invites.section.recreate": "To be made again ({count})",
  "invites.section.cancel": "To be cancelled ({count})",
  "invites.section.skipped": "To be skipped ({count})",
  "invites.section.unchanged": "Stays unchanged ({count})",
  "invites.section.past": "Past: nothing is sent any more ({count})",
  "invites.section.orphans": "No longer in the spreadsheet ({count})",
  "invites.section.orphansHelp":
    "{count, plural, one {Netwerkplan made this event earlier, but no row of Vergaderingen names it any more. It is left as it is; delete it in Google Calendar if it is not taking place.} other {Netwerkplan made these events earlier, but no row of Vergaderingen names them any more. They are left as they are; delete them in Google Calendar if they are not taking place.}}",
  "invites.item.row": "row {row}",
  "invites.item.allDay": "all day",
  "invites.change.time": "Time: {from} → {to}",
  "invites.change.place": "Place: {from} → {to}",
  "invites.change.title": "Title: {from} → {to}",
  "invites.change.none": "(empty)",
  "invites.change.description": "The description changes.",
  "invites.change.links": "The link in the description changes (for instance to the latest progress report).",
  "invites.change.zone": "The event's time zone changes (the time stays the same).",
  "invites.change.internal": "Netwerkplan updates its own marker on the event.",
  "invites.change.added": "New guests: {names}",
  "invites.change.removed": "Guests taken off, without e-mail: {names}",
  "invites.note.adopted":
    "Found again in the calendar: an earlier run made the event but its Agenda-ID did not reach the spreadsheet.",
  "invites.note.duplicateId":
    "This row's Agenda-ID is also in another row (copied?); this row gets an event of its own.",
  "invites.note.foreign":
    "The Agenda-ID belongs to an event Netwerkplan did not make for this spreadsheet. Netwerkplan leaves that event alone; empty the cell to have a new event made.",
  "invites.note.nothingToCancel": "Cancelled; there is no event to cancel.",
  "invites.note.recreate": "The event has gone from the calendar; a new one is made.",
  "invites.note.reinstated":
    "Planned again: Netwerkplan cancelled this event earlier. Now that Geannuleerd is no longer ticked, it is made again.",
  "invites.mail.invited": "invitation",
  "invites.mail.updated": "notice of the change",
  "invites.mail.cancelled": "notice that it is cancelled",
  "invites.mail.othersUpdated":
    "Google also tells the guests who were already invited about new guests: they get a notice that the guest list changed.",
  "invites.noMail.setting": "No e-mail: ‘Uitnodigingen versturen’ is off.",
  "invites.noMail.quiet":
    "No e-mail: only the title, the description or the guest list change, with no new guests.",
  "invites.noMail.noGuests": "No e-mail: the group has no active members with a valid address.",
  "invites.noMail.linksOnly": "No e-mail: only the link in the description changes.",

  "invites.done":
    "{created} created, {updated} updated, {cancelled} cancelled, {recreated} made again, {unchanged} unchanged.",
  "invites.doneMail":
    "Google Calendar sends {mails, plural, one {# e-mail} other {# e-mails}} to {people, plural, one {# person} other {# people}}.",
  "invites.doneNoMail": "No e-mail was sent.",
  "invites.doneLinks":
    "In {count, plural, one {# event} other {# events}} only the link in the description was updated (for instance to the latest progress report), without e-mail.",
  "invites.stopped":
    "Netwerkplan stopped in time, before Google would end the action: {left, plural, one {# meeting has} other {# meetings have}} not been handled yet. Choose ‘Send invitations…’ again to continue; nothing is made twice.",
  "invites.stoppedQuota":
    "Google allowed no more calendar changes for a while (limit): {left, plural, one {# meeting has} other {# meetings have}} not been handled yet. Choose ‘Send invitations…’ again later to continue; nothing is made twice.",
  "invites.failedRows":
    "{count, plural, one {# meeting gave} other {# meetings gave}} an error; the message is in the Uitnodiging column.",
  "invites.notWritten":
    "While sending, the rows of Vergaderingen changed (a row was inserted or deleted), so Agenda-ID, Uitnodiging and Verstuurd op were not filled in. Choose ‘Send invitations…’ again: Netwerkplan finds the events again, without making anything twice or mailing again.",
  "invites.count.created": "Created",
  "invites.count.updated": "Updated",
  "invites.count.cancelled": "Cancelled",
  "invites.count.recreated": "Made again",
  "invites.count.unchanged": "Unchanged",
  "invites.count.mails": "E-mails",
  "invites.count.failed": "With an error",
  "invites.count.notRun": "Still to do",
  "invites.status.sent": "sent",
  "invites.status.noMail": "created, without e-mail",
  "invites.status.updated": "updated",
  "invites.status.cancelled": "cancelled",
  "invites.status.error": "error: {error}",
  "invites.status.notSent": "not sent",
  "invites.status.cancelledBefore": "cancelled; {status}",
  "invites.status.invalid":
    "{notSent}, {count, plural, one {error in} other {errors in}} {columns}: {errors}",
  "invites.status.invalidRow": "{notSent}: {errors}",
  "invites.error.noTab": "There is no Vergaderingen tab. Choose Set up workbook first.",
  "invites.error.noColumns":
    "Vergaderingen lacks the columns {columns}, in which Netwerkplan keeps which events it made. Choose Set up workbook first.",
  "invites.error.noService":
    "Google's calendar service (Calendar API) is not switched on for Netwerkplan; without it no invitations can be sent.",
  "invites.error.calendar": "the calendar ‘{calendar}’ could not be read ({error}); check the Agenda setting",
  "invites.error.busy":
    "Google Calendar allowed no requests for a while (limit); please try again in a few minutes",

  "meetings.title": "Plan meetings for the year",
  "meetings.intro":
    "Plan a group's meetings for a year. You see the rows first; they are added at the bottom of Vergaderingen. Existing rows stay as they are. When the day is a public holiday or a date you exclude, the meeting moves a week later or earlier, within the same month.",
  "meetings.label.group": "Group",
  "meetings.label.title": "Title",
  "meetings.help.title": "Empty: the group's name.",
  "meetings.label.year": "Year",
  "meetings.label.weekday": "Day",
  "meetings.label.week": "Which in the month",
  "meetings.week.1": "first",
  "meetings.week.2": "second",
  "meetings.week.3": "third",
  "meetings.week.4": "fourth",
  "meetings.week.last": "last",
  "meetings.label.start": "Start time",
  "meetings.label.end": "End time",
  "meetings.help.end": "Empty: two hours after the start.",
  "meetings.label.location": "Location",
  "meetings.label.description": "Description",
  "meetings.label.when": "When in the year",
  "meetings.mode.months": "In these months",
  "meetings.mode.count": "A number of times a year",
  "meetings.label.count": "Number of times",
  "meetings.label.firstMonth": "From",
  "meetings.label.exclude": "Not on these dates",
  "meetings.help.exclude":
    "School holidays, for instance: one date per line (dd-mm-yyyy), or a period: 20-07-2026 to 28-08-2026.",
  "meetings.preview": "Preview",
  "meetings.add": "Add to Vergaderingen",
  "meetings.busy": "Working…",
  "meetings.rowsTitle": "These rows will be added",
  "meetings.none": "No rows will be added.",
  "meetings.skippedTitle": "Not planned",
  "meetings.col.date": "Date",
  "meetings.col.time": "Time",
  "meetings.col.note": "Note",
  "meetings.moved": "{from} is {reason}",
  "meetings.reason.excluded": "excluded",
  "meetings.skip.exists": "{month}: the group already has a meeting on {date}.",
  "meetings.skip.noDate": "{month}: no suitable day (public holidays or excluded dates).",
  "meetings.skip.past": "{month}: {date} has passed.",
  "meetings.invalid.group": "Choose a group from the list.",
  "meetings.invalid.year": "Enter a year from 2000 to 2100.",
  "meetings.invalid.weekday": "Choose a day.",
  "meetings.invalid.week": "Choose which in the month.",
  "meetings.invalid.time": "Enter a time such as 14:00.",
  "meetings.invalid.night":
    "{value} was read as {time} at night. Did you mean {suggestion}? Then enter {suggestion}. If it really is {time} at night, write the time with minutes: {time}.",
  "meetings.invalid.end": "The end time must be after the start time.",
  "meetings.invalid.months": "Choose at least one month.",
  "meetings.invalid.count": "Choose 1 to 12 times, fitting in the year from the chosen month.",
  "meetings.invalid.exclude": "Netwerkplan does not understand this date: {value}. Use dd-mm-yyyy.",
  "meetings.invalid.noSuchDay": "{date} does not exist ({value}): {month} {year} has {days} days.",
  "meetings.invalid.noSuchMonth": "There is no month {month} ({value}). Write the day first: dd-mm-yyyy.",
  "meetings.invalid.reversed":
    "The period {value} ends before it starts. Put the first day first, as in 20-07-2026 to 28-08-2026.",
  "meetings.invalid.periodTooLong":
    "The period {value} is longer than a year. A period is at most a year long; split it over more lines.",
  "meetings.invalid.tooLong": "This text is too long (at most {max} characters).",
  "meetings.fixFirst": "Correct the marked fields first.",
  "meetings.added":
    "{count, plural, one {# meeting added to Vergaderingen (row {first})} other {# meetings added to Vergaderingen (rows {first} to {last})}}.",
  "meetings.addedNone": "Nothing was added: there were no rows to add.",
  "meetings.stale": "Vergaderingen changed since the preview. Nothing was added; look at the new preview.",
  "meetings.noGroups": "There are no groups yet: fill in the Groepen column of the active members in Leden.",
  "meetings.count.added": "Added",
  "meetings.count.skipped": "Not planned",

  "holiday.newYear": "New Year's Day",
  "holiday.easter": "Easter Sunday",
  "holiday.easterMonday": "Easter Monday",
  "holiday.kingsDay": "King's Day",
  "holiday.queensDay": "Queen's Day",
  "holiday.liberation": "Liberation Day",
  "holiday.ascension": "Ascension Day",
  "holiday.whitSunday": "Whit Sunday",
  "holiday.whitMonday": "Whit Monday",
  "holiday.christmas": "Christmas Day",
  "holiday.boxingDay": "Boxing Day",
};
