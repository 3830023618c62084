/**
 * The example network: "Netwerk Palliatieve Zorg Gooi- en Vechtstreek", year 2026.
 *
 * One exported array per source tab of the workbook (PRODUCT.md §2). Every row is an object keyed by the
 * exact Dutch header names, in header order; the values are the cell values as written to the sheet
 * (`""` is an empty cell, dates are UTC-midnight `Date`s, checkboxes are booleans).
 *
 * Sources (see examples/README.md):
 * - `Activiteiten`: every activity of the network's jaaractieplan 2025 and the "Acties komende 12 maanden"
 *   of the three project dashboards (january 2026). Texts are the seeds' texts; PDF line breaks and OCR
 *   errors are repaired, the plan's own spelling is kept. Statuses are ILLUSTRATIVE (the plan has none).
 * - `Projecten`: the three dashboards, plus `Jaaractieplan 2025` for the annual plan's activities.
 * - `Leden` and `Vergaderingen`: FICTIONAL people, organisations and meeting dates.
 */

export type Status = "Behaald" | "Op schema" | "Doorlopend" | "Achter op schema";
export type Phase = "Ontwikkeling" | "Uitvoering" | "Continue" | "Afgerond";
export type CellValue = string | number | boolean | Date;

export const NETWORK_NAME = "Netwerk Palliatieve Zorg Gooi- en Vechtstreek";
export const REGION = "Gooi en Vechtstreek";
export const YEAR = 2026;

/** Multi-line cell text: one item per line. */
const lines = (...items: string[]): string => items.join("\n");

/** A local calendar date as the UTC-midnight `Date` that is written to the sheet. */
const date = (iso: string): Date => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

// ---------------------------------------------------------------------------------------------------------
// Projecten
// ---------------------------------------------------------------------------------------------------------

export const PROJECT_HEADERS = [
  "Naam",
  "Korte naam",
  "Thema",
  "Probleemstelling",
  "Doelstellingen",
  "Scope",
  "Rode vlag",
  "Opmerkelijke zaken",
  "Hulpvraag",
  "Voortgang",
  "Projectleider",
  "Peildatum",
] as const;

export interface ProjectRow {
  Naam: string;
  "Korte naam": string;
  /** The thema of the jaaractieplan this project is a speerpunt of ("" when it is none). */
  Thema: string;
  Probleemstelling: string;
  Doelstellingen: string;
  Scope: string;
  "Rode vlag": string;
  "Opmerkelijke zaken": string;
  Hulpvraag: string;
  Voortgang: string;
  Projectleider: string;
  Peildatum: string;
}

export const JAARACTIEPLAN = "Jaaractieplan 2025";
export const SAMEN_LEVEN = "Samen leven tot het laatst";
export const LEVENSPAD = "Levenspad";
export const PZP = "PZP in Wijde Meren en Naarden";
/** The plan's speerpunt 2, a project of its own (its activities are the plan's Maatschappelijke bewustwording). */
export const BEWUSTWORDING = "Maatschappelijke bewustwording";

const MB = "Maatschappelijke bewustwording";
const PROACTIEF = "Proactieve zorg en ondersteuning";
const SOCIAAL = "Aansluiting sociaal domein";

export const EXAMPLE_PROJECTS: ProjectRow[] = [
  {
    Naam: JAARACTIEPLAN,
    "Korte naam": "Jaaractieplan 2025",
    // The plan's other activities span every thema: no speerpunt of its own.
    Thema: "",
    // From the plan's introduction.
    Probleemstelling:
      "Uitgangspunt is het landelijk kwaliteitskader palliatieve zorg en de opdracht vanuit het ministerie van " +
      "VWS ten aanzien van de coördinatie van het netwerk. Inhoudelijk sluiten de basisactiviteiten aan bij de " +
      "doelstellingen van het Nationaal Programma Palliatieve Zorg II en richten zich op maatschappelijke " +
      "bewustwording en proactieve zorg & ondersteuning.",
    // From the plan's "Speerpunten 2025".
    Doelstellingen: lines(
      "Er is contact met tenminste 3 gemeenten over het belang van palliatieve zorg en ondersteuning voor de inwoners van de gemeente en de rol van het sociaal domein.",
      "Het realiseren van publieksbijeenkomsten in het kader van in gesprek met de burger, vanuit huisartsenpraktijken en andere organisaties betrokken bij het netwerk.",
      "Het verspreiden van de gerealiseerde campagne ‘blik op palliatieve zorg’ in zorg- en welzijnsinstellingen.",
      "Programmaplan 2025 met activiteiten rond de internationale dag/week van de palliatieve zorg.",
      "Verkenning mogelijke andere interventies.",
      "Initiatie project ten aanzien van het zorgpad palliatieve zorg startend vanuit de 2e lijn in samenwerking met 0e en 1e lijn, met als uitgangspunt dat mensen kunnen overlijden op de plek van voorkeur.",
      "Vervolg dialoog PZP met andere partijen in Gooi- en Vechtstreek in samenwerking met projectleiding vanuit Regiokompas.",
    ),
    Scope: "Netwerkbreed",
    "Rode vlag": "",
    "Opmerkelijke zaken":
      "De activiteiten van 2025 vloeien voort uit het jaaractieplan 2024 dat gerealiseerd is op basis van de bijeenkomsten in het netwerk palliatieve zorg en de landelijke ontwikkelingen.",
    Hulpvraag: "",
    Voortgang: "",
    Projectleider: "Sanne Verhoeven",
    Peildatum: "",
  },
  {
    Naam: SAMEN_LEVEN,
    "Korte naam": "Samen leven",
    // The plan's speerpunt 1 (samenwerking sociaal domein), in its 2026 form.
    Thema: SOCIAAL,
    Probleemstelling:
      "De omvang van mensen in de palliatieve fase die thuis wonen is omvangrijk. De ondersteuning en " +
      "samenwerking tussen de community, het sociaal domein en zorgdomein krijgt een steeds grotere rol in het " +
      "leven van mensen in de palliatieve fase. Daartoe is weten wat palliatieve zorg en ondersteuning inhoudt, " +
      "van belang en waar je de mensen en organisaties kunt vinden die hierbij kunnen ondersteunen. Immers, het " +
      "gaat om zo goed mogelijk aansluiten bij de behoeften van mensen in de buurt.",
    Doelstellingen: lines(
      "Er is structureel contact met diverse medewerkers bij de gemeente Gooise Meren om samen te werken in de verbinding inwoners, sociaal domein en palliatieve zorgdomein.",
      "Medewerkers uit het sociaal domein weten wat palliatieve zorg is en herkennen signalen van achteruitgang.",
      "Knelpunten en kansen in de samenwerking worden omgezet in actieplannen met een korte actiecycli.",
      "Actieplannen lokaal worden bij succes gedeeld met andere buurten, kernen in de gemeente.",
      "In de leerwerkplaats werken inwoners, zorg en welzijn samen, delen ervaringen, leren van elkaar en versterken de samenwerking.",
      "In november ligt er een borgingsplan van de leerwerkplaats Gooise Meren zodat deze duurzaam voortgezet kan worden.",
      "Het sociaal domein is vertegenwoordigd in de kerngroep en netwerkbijeenkomst.",
    ),
    Scope: "Netwerkbreed",
    "Rode vlag": "",
    "Opmerkelijke zaken":
      "05-2025: Leerwerkplaats gefinancierd door NPPZ II programma/PZNL. Tussenevaluatie in november 2026 is goedgekeurd.",
    Hulpvraag: "",
    Voortgang: lines(
      "Contact gemeente Amsterdam met diverse beleidsmedewerkers",
      "In Gooise Meren is er samenwerking tussen inwoners, sociaal- en zorgdomein:",
      "Kerngroep",
      "Actiegroepen inrichten op basis van actieplannen",
      "Er zijn actieplannen op drie niveaus:",
      "Gemeente",
      "Kernen; Naarden, Bussum, Muiden en Muiderberg",
      "Wijk",
      "Er is een behoefteverkenning gedaan sociaal domein kennis/vaardigheden palliatieve zorg.",
      "Er is een scholingsprogramma op basis van behoeftenverkenning",
      "Deelname sociaal domein:",
      "Beleidsgroep",
      "Netwerkbijeenkomst",
      "Duurzaamheidsplan",
      "Evaluatie:",
      "Gesprek met betrokkenen over proces en producten",
      "Benoemen meerwaarde voor de inwoner en zorgverlener",
      "Bijstellen voor 2026 op basis van evaluatie",
    ),
    Projectleider: "Thijs Bakker",
    // As printed on the dashboard (its doelstellingen and actions are those of 2026).
    Peildatum: "Januari 2025",
  },
  {
    Naam: BEWUSTWORDING,
    "Korte naam": "Bewustwording",
    Thema: MB,
    // The plan's speerpunt 2: its paragraph and bullets.
    Probleemstelling:
      "Het doel is dat inwoners van Gooi- en Vechtstreek weten van palliatieve zorg is. Het is daarom " +
      "noodzakelijk om taboes te doorbreken zodat inwoners vroegtijdig en vanzelfsprekend het gesprek aangaan " +
      "over waarden, wensen en behoeften. Dat zorgt voor passende zorg in de laatste levensfase. Dat geldt voor " +
      "volwassenen als ook voor kind en gezin.",
    Doelstellingen: lines(
      "Het realiseren van publieksbijeenkomsten in het kader van in gesprek met de burger. Deze kunnen georganiseerd worden vanuit huisartsenpraktijken als ook vanuit andere organisaties betrokken bij het netwerk palliatieve zorg. Denk hierbij aan de openbare bibliotheek, welzijnsorganisaties etc.",
      "Het verspreiden van de gerealiseerde campagne ‘blik op palliatieve zorg’ in zorg- en welzijnsinstellingen.",
      "Programmaplan met activiteiten rond de internationale dag/week van de palliatieve zorg, binnen eigen organisaties en in gezamenlijkheid.",
      "Verkenning mogelijke andere interventies.",
    ),
    Scope: "Netwerkbreed",
    "Rode vlag": "",
    "Opmerkelijke zaken": "",
    Hulpvraag: "",
    Voortgang: "",
    Projectleider: "Sanne Verhoeven",
    Peildatum: "",
  },
  {
    Naam: LEVENSPAD,
    "Korte naam": "Levenspad",
    // The plan's speerpunt 3, first bullet: the zorgpad from the 2e lijn.
    Thema: PROACTIEF,
    Probleemstelling:
      "In de regio Gooi & Vechtstreek wordt palliatieve zorg te laat en versnipperd ingezet, waardoor patiënten " +
      "en naasten gebrek aan regie, samenhang en voorspelbaarheid ervaren. Professionals signaleren dat markering " +
      "van de palliatieve fase en proactieve zorgplanning onvoldoende structureel plaatsvinden en dat overdracht " +
      "tussen eerste en tweede lijn niet geborgd is. Door wisselende inzet van gespecialiseerde VPZ’en en het " +
      "ontbreken van structurele coördinatie, is de kwaliteit van zorg niet consistent. Met een snel vergrijzende " +
      "populatie en toenemende zorgvraag dreigt verdere druk op professionals en organisaties. Een duurzaam " +
      "regionaal model met duidelijke rollen, werkwijze en financiering ontbreekt, waardoor tijdige en passende " +
      "palliatieve zorg niet gegarandeerd is.",
    Doelstellingen: lines(
      "Er wordt uitvoering gegeven aan het projectplan Levenspad.",
      "Er vindt tijdige markering van de palliatieve fase plaats voor betere voorbereiding en zorgplanning.",
      "Er is een naadloze afstemming tussen 1e, 2e en 3e lijn voor optimale continuïteit.",
      "Structurele inzet van een gespecialiseerd verpleegkundig regioteam palliatieve zorg.",
      "Versterking PZP-gesprekken en integratie in digitale systemen (VIP live).",
      "Vermindering niet passende SEH/ziekenhuisopnames in de laatste drie maanden.",
      "Duurzaamheidsplan met advies passende financiering.",
    ),
    // The Levenspad dashboard has no scope line.
    Scope: "",
    "Rode vlag": "",
    "Opmerkelijke zaken": "20250901 akkoord op projectplan NPPZ II/PZNL",
    Hulpvraag: "",
    Voortgang: lines(
      "Start projectgroep/ uitvoerings- en klankbordgroep:",
      "De bemensing van de projectgroep is gerealiseerd. Verwachtingen zijn helder",
      "Bemensing klankbordgroep is gerealiseerd, inclusief ervaringsdeler",
      "Uitvoeringsgroep; zie vpk team.",
      "Kick-off:",
      "Kick-off is gerealiseerd.",
      "Levenspad:",
      "Uitwerking levenspad is gereed en beschikbaar binnen betrokken zorgorganisaties.",
      "VPK team:",
      "Er is een verwijzingsinstrument voor verwijzers naar het team.",
      "Er is een instrument beoordeling complexiteit en inzet rol /functie vpk team.",
      "Er is een werkwijze inzet team (zorgdomein, toegang VIP live etc.).",
      "Scholingsprogramma:",
      "Vpk team",
      "Vpk team naar aandachtsvelders palliatieve zorg in de eigen organisatie",
      "Evaluatie:",
      "Op basis van de doelstellingen in het projectplan",
    ),
    Projectleider: "Thijs Bakker",
    Peildatum: "Januari 2026",
  },
  {
    Naam: PZP,
    "Korte naam": "PZP Wijde Meren",
    // The plan's speerpunt 3, second bullet: the dialoog PZP with Regiokompas.
    Thema: PROACTIEF,
    Probleemstelling: lines(
      "In de regio Gooi en Vechtstreek is erkend dat het onderwerp Proactieve zorgplanning een regionaal " +
        "speerpunt is. Er is domeinoverstijgend samengewerkt aan een actieplan 2025. Dit actieplan is opgedeeld " +
        "in 3 werkgroepen:",
      // The dashboard lists only two of the three werkgroepen.
      "- Maatschappelijke bewustwording",
      "- Informeren en deskundig",
    ),
    Doelstellingen: lines(
      "Ouderen denken vroegtijdig na over wat het betekent om oud te worden/oud te zijn. Wat je kunt doen in de toekomst als het wat minder wordt.",
      "Kwetsbare ouderen in de regio krijgen voldoende informatie om na te kunnen denken en te kunnen delen rondom PZP.",
      "Ouderen bespreken tijdig hun wensen met naasten en professionals, leggen deze vast en zorgen samen voor een goede overdracht aan alle betrokken zorg- en welzijnsprofessionals.",
    ),
    Scope: "Netwerkbreed",
    "Rode vlag": "",
    "Opmerkelijke zaken":
      "Eind 2024 start project door samenwerking Regiokompas en NPZ GV. Later is RHOGO aangesloten. Nu 3 " +
      "werkgroepen met projectleiding vanuit elk gremium. Doen mee aan onderzoek ZonMw transmurale " +
      "samenwerkingsafspraken PZP.",
    Hulpvraag: "",
    Voortgang: lines(
      "Voortgang projectgroep en uitvoering projectplan",
      "Maatschappelijke bewustwording (bijeenkomsten, media, preventieve huisbezoeken):",
      "Uitvoering.",
      "Evaluatie 1e half jaar / jaar.",
      "Verbinding",
      "Transmurale samenwerkingsafspraken m.b.t. MB, PZP:",
      "Uitvoering.",
      "Implementatie samenwerkingsafspraken, waaier (hulpmiddel) etc.",
      "Meewerken aan ZonMw-onderzoek; Amsterdam UMC.",
      "Proeftuin VIP live; go/no go.",
      "Lokaliseren succesfactoren en mogelijkheden voor opschaling naar andere kernen.",
      "Maken van verspreidingsplan/toolkit.",
      "Evaluatie:",
      "Bijstellen voor 2026 op basis van evaluatie.",
    ),
    Projectleider: "Sanne Verhoeven",
    Peildatum: "Januari 2026",
  },
];

// ---------------------------------------------------------------------------------------------------------
// Activiteiten
// ---------------------------------------------------------------------------------------------------------

export const ACTIVITY_HEADERS = [
  "ID",
  "Project",
  "Thema",
  "Onderwerp",
  "Doelstelling",
  "Subdoelstellingen",
  "Acties",
  "Trekker",
  "Deadline",
  "Fase",
  "Status",
  "Toelichting",
  "Laatst bijgewerkt",
] as const;

export interface ActivityRow {
  /** Written by the add-on: empty here. */
  ID: string;
  Project: string;
  Thema: string;
  Onderwerp: string;
  Doelstelling: string;
  Subdoelstellingen: string;
  Acties: string;
  Trekker: string;
  Deadline: string;
  Fase: Phase;
  Status: Status;
  Toelichting: string;
  /** Written by the add-on: empty here. */
  "Laatst bijgewerkt": string;
}

type ActivityInput = Pick<
  ActivityRow,
  "Project" | "Thema" | "Onderwerp" | "Trekker" | "Deadline" | "Fase" | "Status"
> &
  Partial<Pick<ActivityRow, "Doelstelling" | "Subdoelstellingen" | "Acties" | "Toelichting">>;

/** An activity row with every column in header order; the add-on's own columns left empty. */
const activity = (a: ActivityInput): ActivityRow => ({
  ID: "",
  Project: a.Project,
  Thema: a.Thema,
  Onderwerp: a.Onderwerp,
  Doelstelling: a.Doelstelling ?? "",
  Subdoelstellingen: a.Subdoelstellingen ?? "",
  Acties: a.Acties ?? "",
  Trekker: a.Trekker,
  Deadline: a.Deadline,
  Fase: a.Fase,
  Status: a.Status,
  Toelichting: a.Toelichting ?? "",
  "Laatst bijgewerkt": "",
});

const KENNEN = "Netwerkleden kennen elkaar";
const OVERLEGGEN = "Netwerkoverleggen";
const VRIJWILLIGERS = "Vrijwilligers";
const BEDRIJFSVOERING = "Bedrijfsvoering";

/**
 * The activities of the jaaractieplan 2025, in the plan's order.
 *
 * Deadline/Fase: the plan's last column holds either `Continue` (→ Deadline and Fase `Continue`), a year
 * (→ Deadline), a fase word (→ Fase) or nothing. INFERRED values are marked `// inferred: …` below:
 * a fase without deadline gets `Dec. 2025` (end of the plan year); an empty column gets a fase that fits the
 * text plus `Dec. 2025`, or `Continue` for recurring work (network meetings, lopende activiteiten).
 * The lopende activiteiten name no trekker: `Netwerkcoördinator` is inferred (they are the coordinator's
 * basic tasks). The plan spells "Netwerkcoordinator"/"Netwerk coördinator" in places; written here as
 * `Netwerkcoördinator`.
 *
 * Status: ILLUSTRATIVE. The plan prints only the legend Behaald/Op schema/Doorlopend/Achter op schema;
 * `Doorlopend` is used for every `Continue` activity, `Op schema` for most others, plus one `Achter op schema`
 * and one `Behaald`.
 *
 * Project: `Jaaractieplan 2025`, except three activities that are the start of a dashboard project:
 * "Dialoog PZP" (→ PZP in Wijde Meren en Naarden: Regiokompas, ZonMw consortium research),
 * "Overlijden op plek van voorkeur" (→ Levenspad: the zorgpad from the 2e lijn, SEH admissions, transfers)
 * and "Sociaal domein" (→ Samen leven tot het laatst: its probleemstelling is the plan's speerpunt 1),
 * and the three Maatschappelijke bewustwording activities, which are the plan's speerpunt 2 (→ its own
 * project, Maatschappelijke bewustwording: the publieksbijeenkomsten, the campagne, the internationale dag).
 */
const PLAN_ACTIVITIES: ActivityRow[] = [
  // --- Maatschappelijke bewustwording --------------------------------------------------------------------
  activity({
    Project: BEWUSTWORDING,
    Thema: MB,
    Onderwerp: "Organiseren van bijeenkomsten: Weet u wat u wilt?",
    Doelstelling:
      "Inwoners van Gooi en Vechtstreek weten van het begrip palliatieve zorg inhoudt en het belang van vroegtijdig nadenken en/of spreken over de laatste levensfase.",
    Subdoelstellingen: lines(
      "Betrokken organisaties in het netwerk weten wat deze bijeenkomsten inhouden en betekenen voor mensen in Gooi- en Vechtstreek en zijn geënthousiasmeerd om een bijeenkomst te organiseren.",
      "Er worden ten minste 5 bijeenkomsten georganiseerd.",
    ),
    Trekker: "Projectleider Jolanda",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
    Toelichting:
      "Het organiseren van bijeenkomsten waar groepen mensen informatie ontvangen over het leven en de eindigheid ervan. Vaak is hier een professional bij betrokken.",
  }),
  activity({
    Project: BEWUSTWORDING,
    Thema: MB,
    Onderwerp: "Internationale Dag van de Palliatieve Zorg",
    Doelstelling:
      "Inwoners van Gooi- en Vechstreek weten van het begrip palliatieve zorg inhoudt en het belang van vroegtijdig nadenken en/of spreken over de laatste levensfase.",
    Subdoelstellingen:
      "Er is een gezamenlijk programma rond -en tijdens de Internationale Dag van de Palliatieve Zorg waarbij de individuele organisaties ook meedoen.",
    Trekker: "Projectleider Jolanda en Themagroepleden",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
    Toelichting:
      "Rondom deze dag organiseren wij met elkaar een aantal activiteiten. Deze activiteiten worden uitgevoerd in het kader van Pal in de stad.",
  }),
  activity({
    Project: BEWUSTWORDING,
    Thema: MB,
    Onderwerp: "Campagne in de zorgorganisaties",
    Doelstelling:
      "Medewerkers in de zorginstellingen weten van het begrip palliatieve zorg in houdt en het belang van vroegtijdig nadenken en/of spreken over de laatste levensfase.",
    Subdoelstellingen: lines(
      "Het campagneplan ‘blik op palliatieve zorg’ wordt geevalueerd bij Amaris en Hilverzorg en verspreid onder andere belangstellende zorg-en welzijns organisaties.",
      "Er wordt toegewerkt naar het verspreiden en onderhouden van de campagne op lange termijn. O.a. door beschikbaar stellen van pal voor u’s in de blikken.",
      "Binnen de eigen organisatie is aantoonbaar dat werknemers hiernaar gaan handelen waarbij de babbelpot ‘de dood uit de pot’ onderdeel kan zijn.",
    ),
    Trekker: "Projectleider Jolanda",
    Deadline: "2024",
    Fase: "Uitvoering", // inferred: the plan gives only the year 2024
    Status: "Achter op schema",
    Toelichting:
      "Professionals maken onderdeel uit van de samenleving. In het netwerk ontplooien professionals initiatieven die zorgen voor bewustwording, buiten en binnen hun eigen organisatie.",
  }),

  // --- Proactieve zorg en ondersteuning ------------------------------------------------------------------
  activity({
    Project: JAARACTIEPLAN,
    Thema: PROACTIEF,
    Onderwerp: "Zorgvrager - en naasten perspectief",
    Doelstelling:
      "Ervaringsdeskundigen zijn een gelijkwaardig en vanzelfsprekend onderdeel van het netwerk Gooi- en Vechstreek",
    Subdoelstellingen: lines(
      "Ervaringsdelers zijn geïnstalleerd, delen ervaringen in het netwerk en worden ondersteund",
      "Er is samen met de ervaringsdelers een plan voor 2025 opgesteld",
    ),
    Trekker: "Netwerkcoördinator in samenwerking met projectleider consortium NH- en Flevoland- Ilse Raats",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
    Toelichting:
      "Vanuit persoonlijke ervaring en kennis kunnen zorgvragers en naasten bijdragen aan betere palliatieve zorg.",
  }),
  activity({
    Project: PZP,
    Thema: PROACTIEF,
    Onderwerp: "Dialoog PZP",
    Doelstelling:
      "In de regio Gooi en Vechtstreek bundelen van lopende initiatieven over het onderwerp proactieve zorgplanning (PZP) om te komen tot een gezamenlijke bijdrage aan een regionale ambitie.",
    Subdoelstellingen: lines(
      "Er is een gezamenlijke ambitie waar betrokken organisaties aan willen bijdragen.",
      "Er is een jaaractieplan met elkaar gemaakt op basis van deze ambitie",
      "Er is eigenaarschap op onderdelen uit het jaaractieplan dat uitgevoerd wordt.",
      "Er wordt aangesloten als werkgroep bij het ZonMw project van het consortium Noor-Holland en Flevoland dat onderzoek doet naar de implementatie van PZP.",
      "Er wordt aangesloten bij de stuurgroep ouderen onder gezond Gooi.",
    ),
    Trekker: "Netwerkcoördinator samen met projectleiders regiokompas",
    Deadline: "Dec. 2025", // inferred: the plan gives only the fase
    Fase: "Uitvoering",
    Status: "Op schema",
  }),
  activity({
    Project: LEVENSPAD,
    Thema: PROACTIEF,
    Onderwerp: "Overlijden op plek van voorkeur",
    Doelstelling: "Mensen in de palliatieve fase overlijden waar mogelijk op de plek van voorkeur.",
    Subdoelstellingen: lines(
      "Het is duidelijk welke knelpunten er zijn waardoor overlijden op plek van voorkeur niet wordt gerealiseerd door deze met elkaar in kaart te brengen. Waaronder;",
      "Het is duidelijk hoeveel mensen ongewenst op de SEH opgenomen worden.",
      "Het is duidelijk hoe de transfer van ziekenhuis naar huis gaat en waar kansen liggen om deze waar mogelijk te verbeteren.",
    ),
    Trekker: "Netwerkcoördinator samen met kerngroepleden",
    Deadline: "Dec. 2025", // inferred: the plan gives only the fase
    Fase: "Ontwikkeling",
    Status: "Behaald",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: PROACTIEF,
    Onderwerp:
      "Deskundigheidsbevordering met afgevaardigden uit verschillende zorgsettingen en vanuit verschillende functies",
    Doelstelling: "Professionals werkzaam in de palliatieve zorg voelen zich -en zijn deskundig.",
    Subdoelstellingen: lines(
      "Continueren van de themagroep deskundigheid met o.a. opleiders uit betrokken organisaties waar mogelijk in combinatie met kwaliteitsfunctionarissen.",
      "Er is een programma deskundigheidsbevordering passend bij de visie deskundigheidsbevordering en behoeften.",
      "Scholingsonderwerpen sluiten aan het Kwaliteitskader palliatieve zorg zodat dit op de werkvloer toegepast kan worden.",
      "Er is een evaluatie van elke deskundigheidsbevordering beschikbaar waarbij het streefcijfer 7 of hoger is.",
    ),
    Trekker: "Netwerkcoördinator samen met themagroep deskundigheid",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: PROACTIEF,
    Onderwerp: "PaTz",
    Doelstelling:
      "Patiënten in de laatste levensfase met (complexe) problematiek worden besproken in dit samenwerkingsverband zodat er goede afgestemde palliatieve zorg wordt gegeven.",
    Subdoelstellingen: lines(
      "Met PaTz-groepen kijken op welke wijze wij hen kunnen ondersteunen, problemen kunnen adresseren.",
      "Verbinding met RHOGOG als huisartsenorganisatie in de regio",
    ),
    Acties:
      "Samen met de kaderartsen palliatieve zorg en stichting PaTz stimuleren van het starten van nieuwe PaTzgroepen in de regio.",
    Trekker: "Netwerkcoördinator in samenwerking met kaderarts Marije van Daelen en Marijke Oosterhuis RHOGO",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
    Toelichting:
      "Kleine samenwerkingsverbanden in de wijken (HA en wijkverpleging, GV), dichtbij mensen in de palliatieve fase in de eerste lijn. We kijken hoe we deze vorm van samenwerking kunnen stimuleren in o.a. samenwerking met de kaderartsen palliatieve zorg en stichting PaTz.",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: PROACTIEF,
    Onderwerp: "Capaciteit",
    Doelstelling:
      "Helder of er knelpunten zijn tav de capaciteit zodat mensen op plek van voorkeur komen te overlijden.",
    Acties: lines(
      "Inventariseren van de huidige capaciteit binnen de nacht-/waakzorg.",
      "In gesprek komen met diverse andere stakeholders.",
      "Daarmee wordt gedeeltelijk aangesloten op he project versterken hospicezorg.",
    ),
    Trekker: "Netwerkcoördinator met themagroep hospicezorg/VPTZ",
    Deadline: "Dec. 2025", // inferred: the plan's column is empty
    Fase: "Ontwikkeling", // inferred: "een eerste aanzet ... om te onderzoeken"
    Status: "Op schema",
    Toelichting:
      "De capaciteit van de zorg staat onder druk. Er wordt een eerste aanzet gedaan om te onderzoeken waar mogelijkheden liggen voor voldoende (in)formele ondersteuning en zorg, 24 uur per dag.",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: PROACTIEF,
    Onderwerp: "Hospicezorg",
    Subdoelstellingen: lines(
      "Realiseren van ontmoetingsmomenten zodat vraagstukken met elkaar besproken kunnen worden.",
      "Zichtbaarheid vergroten bij eerste lijn en transferafdelingen.",
      "Opbrengsten vanuit het project versterken hospicezorg 2024 worden waar mogelijk via een plan 2025 uitgevoerd.",
    ),
    Acties: "Project versterken hospicezorg van 2024",
    Trekker: "Netwerkcoördinator met themagroep hospicezorg/VPTZ",
    Deadline: "Dec. 2025", // inferred: the plan's column is empty
    Fase: "Uitvoering", // inferred: results of the 2024 project are carried out in 2025
    Status: "Op schema",
    Toelichting:
      "De afvaardigingsleden van de hospices en palliatieve units komen regelmatig bij elkaar. Vraagstukken worden besproken. Men vindt elkaar via WhatsApp en hebben een eigen map in de online omgeving van het NPZA.",
  }),

  // --- Aansluiting sociaal domein ------------------------------------------------------------------------
  activity({
    Project: SAMEN_LEVEN,
    Thema: SOCIAAL,
    Onderwerp: "Sociaal domein",
    Doelstelling: lines(
      "Gemeenten zijn zich meer bewust wat palliatieve zorg inhoudt en op welke manier zijn samenwerking sociaal domein en palliatieve zorg kunnen ondersteunen.",
      "Medewerkers van het sociale domein weten wat palliatieve zorg en ondersteuning is en kunnen hun eigen rol hierin benoemen.",
    ),
    Subdoelstellingen: lines(
      "Er is een themagroep sociaal domein die voorzichzelf een helder opdracht schrijft. Daarin o.a.:",
      "Contact met minstens 3 gemeente over pall. Zorg bij inwoners van hun gemeente",
      "Contact met sociaal domein over palliatieve zorg",
      "Een gezamenlijke kick off in Hilversum sociaal domein en palliatieve zorg als start van elkaar kennen en samenwerking.",
    ),
    Acties: "Themagroep sociaal domein samenstellen.",
    Trekker: "Netwerkcoördinator + projectleider",
    Deadline: "Dec. 2025", // inferred: the plan's column is empty
    Fase: "Ontwikkeling", // inferred: "met elkaar verkennen", the themagroep is still to be formed
    Status: "Op schema",
    Toelichting:
      "Met elkaar verkennen partners sociaal domein en palliatieve zorg op welke wijze zorg en sociaal domein op elkaar kunnen aansluiten.",
  }),

  // --- Netwerkleden kennen elkaar ------------------------------------------------------------------------
  activity({
    Project: JAARACTIEPLAN,
    Thema: KENNEN,
    Onderwerp: "Digitaal expertiseboekje",
    Doelstelling: "Leden van het netwerk kennen elkaar en kunnen laagdrempelig elkaar consulteren.",
    Subdoelstellingen: "in 2025 is een eerste update digitaal boekje is beschikbaar.",
    Trekker: "Netwerkcoördinator + ondersteuner",
    Deadline: "Continue",
    Fase: "Continue",
    Status: "Doorlopend",
    Toelichting:
      "Ontstaan vanuit de behoefte van netwerkleden om elkaar gemakkelijk te bereiken en te consulteren, wanneer nodig. Het boekje is verspreid onder de leden die zijn opgenomen in het boekje.",
  }),

  // --- Netwerkoverleggen ---------------------------------------------------------------------------------
  activity({
    Project: JAARACTIEPLAN,
    Thema: OVERLEGGEN,
    Onderwerp: "Bestuurders",
    Doelstelling: lines(
      "Bestuurders zijn op de hoogte van het netwerk, het meerjarenplan en de activiteiten van het netwerk.",
      "Bestuurders geven aan op welke wijze zij betrokken willen zijn bij het netwerk",
      "Bestuurders ondertekenen een gezamenlijke maatschappelijke opgave met meerjarenplan in 2024.",
    ),
    Trekker: "Netwerkcoördinator met ondersteuning van dagelijks bestuur (kerngroep)",
    Deadline: "Continue", // inferred: recurring network meeting, the plan's column is empty
    Fase: "Continue", // inferred
    Status: "Doorlopend",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: OVERLEGGEN,
    Onderwerp: "Kerngroep",
    Doelstelling: lines(
      "De kerngroep op de hoogte van de ontwikkelingen en voortgang binnen het netwerk en kan hierbij ondersteunend zijn naar zowel de eigen organisatie als ook de regio.",
      "Doet tijdens de netwerkbijeenkomst kort verslag van haar activiteiten",
    ),
    Acties:
      "Organiseren van 4x per jaar een overleg voor de kerngroepleden e.a. afhankelijk van de nieuwe vormgeving netwerk.",
    Trekker: "Netwerkcoördinator en kerngroepleden",
    Deadline: "Continue", // inferred: recurring network meeting
    Fase: "Continue", // inferred
    Status: "Doorlopend",
  }),
  activity({
    Project: JAARACTIEPLAN,
    Thema: OVERLEGGEN,
    Onderwerp: "Ontmoetingen leden vanuit het netwerk/contactpersonen bijeenkomst",
    Acties:
      "Organiseren van 3-4 x per jaar een ontmoeting tussen leden van het netwerk volgens een inhoudelijk jaarplan",
    Trekker: "Netwerkcoördinator (faciliterend) + 1 a 2 leden (evt. roulerend)",
    Deadline: "Continue", // inferred: recurring network meeting
    Fase: "Continue", // inferred
    Status: "Doorlopend",
  }),

  // --- Vrijwilligers -------------------------------------------------------------------------------------
  activity({
    Project: JAARACTIEPLAN,
    Thema: VRIJWILLIGERS,
    Onderwerp: "Thema-avonden vrijwilligers",
    Doelstelling: "Vrijwilligers PTZ voelen zich gewaardeerd.",
    Subdoelstellingen:
      "In samenwerking met coördinatoren vrijwilligers faciliteren van een bijeenkomst met een inhoudelijk programma voor vrijwilligers palliatief terminale zorg.",
    Acties:
      "1x per jaar worden er bijeenkomst georganiseerd vanuit de hospices, palliatieve units en VPTZ in de regio",
    Trekker: "Netwerkcoördinator + Coördinatoren VPTZ",
    Deadline: "Dec. 2025", // inferred: the plan's column is empty; one evening in the plan year
    Fase: "Uitvoering", // inferred
    Status: "Op schema",
  }),

  // --- Lopende activiteiten (plan section 3): no trekker, deadline or fase given ---------------------------
  ...(
    [
      {
        Onderwerp: "Bedrijfsvoering",
        Acties: lines(
          "Aanvragen netwerksubsidie",
          "Opstellen jaarplan",
          "Opstellen begroting",
          "Financiële administratie t.b.v. op te stellen jaarrekening",
          "Opstellen compact jaarverslag geschikt voor verspreiding",
        ),
      },
      {
        Onderwerp: "Overleggen",
        Acties: lines(
          "Voorbereiding en voorzitten netwerkbijeenkomsten (toekomst mogelijk anders)",
          "Voorbereiding en notuleren bestuursvergadering",
          "Voorbereiding, voorzitten en notuleren kerngroep",
          "Deelname aan consortium Noord-Holland en Flevoland",
          "Bijeenkomsten PZNL en landelijke vereniging netwerk palliatieve zorg VNPZ",
          "Collega-netwerken waaronder netwerk dementie etc.",
          "Regionale samenwerkingspartners",
          "Collega-netwerk coördinatoren Noord-Holland en Flevoland",
        ),
      },
      {
        Onderwerp: "Participatie in Palliantie-Projecten",
        Acties: "Projectaanvragen en mogelijk anders betrokken afhankelijk van project.",
      },
      {
        Onderwerp: "Capaciteitsmeting hospices",
        Doelstelling: "Inzicht in benutting van de beschikbare capaciteit.",
      },
      { Onderwerp: "Thema-avond vrijwilligers", Acties: "In samenwerking met coördinatoren vrijwilligers" },
      {
        Onderwerp: "PaTZ-groepen",
        Acties: "In samenwerking PaTz informeren over toegevoegde waarde van PaTz groepen",
      },
      {
        Onderwerp: "Deelname aan consortium Noord-Holland en Flevoland",
        Acties: "Coördinatieteam & Consortiumraad",
      },
      {
        Onderwerp: "PR & Communicatie",
        Doelstelling:
          "Het vormgeven van een goed PR- en communicatiebeleid richting netwerkleden, beleid en burgers.",
        Acties: lines(
          "Maken communicatieplan",
          "Onderhoud en/of doorontwikkeling brochures en folders",
          "Uitgeven van de nieuwsbrief met uitbreiding regionaal nieuws en uitbreiding aantal lezers",
          "Uitgeven sprintjes – update info",
          "Onderhouden van de website",
          "Afname en verspreiding Pal voor u",
          "Uitgave van een compact jaarbericht",
          "Ontwikkeling ‘Zorgwaaier’.",
        ),
      },
    ] satisfies Partial<ActivityInput>[]
  ).map((a) =>
    activity({
      Project: JAARACTIEPLAN,
      Thema: BEDRIJFSVOERING,
      Trekker: "Netwerkcoördinator", // inferred: the coordinator's basic tasks
      Deadline: "Continue", // inferred: lopende activiteit
      Fase: "Continue", // inferred
      Status: "Doorlopend",
      ...a,
    }),
  ),
];

/**
 * The "Acties komende 12 maanden" of the three dashboards: Onderwerp, Trekker, Deadline and Fase exactly as
 * printed (OCR errors repaired); Thema chosen to match the project; Status illustrative.
 */
const DASHBOARD_ACTIVITIES: ActivityRow[] = [
  // Samen leven tot het laatst
  ...(
    [
      ["Contact gemeente", "NWC/projectteam", "Jan. 2026", "Uitvoering", "Op schema"],
      [
        "4x Samen leven tot het laatst-bijeenkomst",
        "NWC/projectteam",
        "Dec. 2026",
        "Uitvoering",
        "Op schema",
      ],
      ["Bestand samenwerkingspartners", "NWC/projectteam", "Continue", "Continue", "Doorlopend"],
      [
        "Concrete actieplannen; weergave in ontwikkelplan",
        "NWC/projectteam",
        "Dec. 2026",
        "Uitvoering",
        "Op schema",
      ],
      [
        "Deelname aan beleidsgroep en netwerkbijeenkomst",
        "NWC + allen",
        "Continue",
        "Ontwikkeling",
        "Doorlopend",
      ],
      ["Duurzaamheidsplan & Evaluatie", "NWC/projectteam", "Okt. 2026", "Ontwikkeling", "Op schema"],
    ] as const
  ).map(([Onderwerp, Trekker, Deadline, Fase, Status]) =>
    activity({ Project: SAMEN_LEVEN, Thema: SOCIAAL, Onderwerp, Trekker, Deadline, Fase, Status }),
  ),
  // Levenspad ("Projectleider" and "NWC" are stacked in one cell on the dashboard)
  ...(
    [
      [
        "Projectgroep, uitvoeringsgroep en klankbordgroep geïnstalleerd / verwachtingen helder",
        "Projectleider\nNWC",
        "Dec. 2025",
        "Ontwikkeling",
        "Behaald",
      ],
      ["Voorbereiding en kick-off", "Projectleider\nNWC", "Dec. 2025", "Ontwikkeling", "Behaald"],
      [
        "Uitvoering projectplan met daarin de doelstellingen zoals geformuleerd.",
        "Projectleider\nNWC",
        "Jan.-dec. 2026",
        "Ontwikkeling",
        "Op schema",
      ],
      [
        "Duurzaamheidsplan - met financiële paragraaf",
        "Projectleider\nNWC",
        "Okt.-dec. 2026",
        "Ontwikkeling",
        "Op schema",
      ],
      ["Evaluatie op basis van doelstellingen plan", "NWC + allen", "Dec. 2026", "Ontwikkeling", "Op schema"],
    ] as const
  ).map(([Onderwerp, Trekker, Deadline, Fase, Status]) =>
    activity({ Project: LEVENSPAD, Thema: PROACTIEF, Onderwerp, Trekker, Deadline, Fase, Status }),
  ),
  // PZP in Wijde Meren en Naarden
  ...(
    [
      [
        "Voortgang projectgroep en uitvoering projectplan",
        "NW/RHOGO/regiokompas",
        "Dec. 2026",
        "Uitvoering",
        "Op schema",
      ],
      ["Maatschappelijke bewustwording", "NW", "Dec. 2026", "Uitvoering", "Op schema"],
      [
        "Uitvoering samenwerkingsafspraken PZP + meewerken onderzoek",
        "NW/RHOGO/regiokompas",
        "Mei 2026",
        "Uitvoering",
        "Op schema",
      ],
      [
        "Verspreidingsplan en toolkit op basis van mogelijkheden en kansen.",
        "NWC + allen",
        "Jan.-dec. 2025",
        "Ontwikkeling",
        "Achter op schema",
      ],
      ["Evaluatie", "NWC + allen", "Dec. 2025", "Ontwikkeling", "Behaald"],
    ] as const
  ).map(([Onderwerp, Trekker, Deadline, Fase, Status]) =>
    activity({ Project: PZP, Thema: PROACTIEF, Onderwerp, Trekker, Deadline, Fase, Status }),
  ),
];

export const EXAMPLE_ACTIVITIES: ActivityRow[] = [...PLAN_ACTIVITIES, ...DASHBOARD_ACTIVITIES];

// ---------------------------------------------------------------------------------------------------------
// Leden (FICTIONAL people and organisations; e-mail on example.org)
// ---------------------------------------------------------------------------------------------------------

export const MEMBER_HEADERS = ["Naam", "E-mail", "Organisatie", "Rol", "Groepen", "Actief"] as const;

export interface MemberRow {
  Naam: string;
  "E-mail": string;
  Organisatie: string;
  Rol: string;
  /** Comma-separated group names. */
  Groepen: string;
  Actief: boolean;
}

export const GROUPS = [
  "Kerngroep",
  "Bestuurders",
  "Contactpersonen",
  "Themagroep Deskundigheid",
  "Themagroep Hospicezorg/VPTZ",
  "Themagroep Sociaal domein",
  "Projectgroep Levenspad",
  "Projectgroep Samen leven tot het laatst",
  "Werkgroep PZP",
] as const;
export type Group = (typeof GROUPS)[number];

const NETWERK = "Netwerk Palliatieve Zorg Gooi- en Vechtstreek";

const member = (
  Naam: string,
  email: string,
  Organisatie: string,
  Rol: string,
  groups: Group[],
  Actief = true,
): MemberRow => ({
  Naam,
  "E-mail": `${email}@example.org`,
  Organisatie,
  Rol,
  Groepen: groups.join(", "),
  Actief,
});

export const EXAMPLE_MEMBERS: MemberRow[] = [
  member("Sanne Verhoeven", "s.verhoeven", NETWERK, "Netwerkcoördinator", [
    "Kerngroep",
    "Bestuurders",
    "Contactpersonen",
    "Themagroep Deskundigheid",
    "Themagroep Hospicezorg/VPTZ",
    "Themagroep Sociaal domein",
    "Projectgroep Levenspad",
    "Projectgroep Samen leven tot het laatst",
    "Werkgroep PZP",
  ]),
  member("Thijs Bakker", "t.bakker", NETWERK, "Projectleider", [
    "Contactpersonen",
    "Themagroep Sociaal domein",
    "Projectgroep Levenspad",
    "Projectgroep Samen leven tot het laatst",
  ]),
  member("Esther Kok", "e.kok", NETWERK, "Ondersteuner", ["Kerngroep", "Contactpersonen"]),
  member(
    "Ruud van der Linden",
    "r.vanderlinden",
    "Huisartsenkring Gooi en Vecht",
    "Kaderarts palliatieve zorg",
    ["Kerngroep", "Themagroep Deskundigheid", "Projectgroep Levenspad", "Werkgroep PZP"],
  ),
  member("Annelies Mulder", "a.mulder", "VPTZ Gooi en Vecht", "Coördinator VPTZ", [
    "Contactpersonen",
    "Themagroep Hospicezorg/VPTZ",
  ]),
  member("Karin de Groot", "k.degroot", "Hospice De Lindehof, Hilversum", "Coördinator vrijwilligers", [
    "Themagroep Hospicezorg/VPTZ",
  ]),
  member("Lotte Meijer", "l.meijer", "Hospice Vechthuis, Weesp", "Coördinator hospice", [
    "Contactpersonen",
    "Themagroep Hospicezorg/VPTZ",
  ]),
  member("Peter Smit", "p.smit", "Thuiszorg Gooi & Vecht", "Bestuurder", ["Bestuurders"]),
  member("Monique Visser", "m.visser", "Hospice De Lindehof, Hilversum", "Bestuurder", ["Bestuurders"]),
  member("Hans Jansen", "h.jansen", "Ziekenhuis Gooimeer", "Bestuurder", ["Bestuurders"]),
  member(
    "Fleur Hendriks",
    "f.hendriks",
    "Ziekenhuis Gooimeer",
    "Verpleegkundig specialist palliatieve zorg",
    ["Kerngroep", "Themagroep Deskundigheid", "Projectgroep Levenspad"],
  ),
  member("Mark Hoekstra", "m.hoekstra", "Ziekenhuis Gooimeer", "Transferverpleegkundige", [
    "Projectgroep Levenspad",
    "Werkgroep PZP",
  ]),
  member("Bram Dijkstra", "b.dijkstra", "Huisartsenpraktijk De Brink, Huizen", "Huisarts", [
    "Contactpersonen",
    "Werkgroep PZP",
  ]),
  member("Ingrid Bos", "i.bos", "Thuiszorg Gooi & Vecht", "Wijkverpleegkundige", [
    "Kerngroep",
    "Contactpersonen",
    "Werkgroep PZP",
  ]),
  member("Els Brouwer", "e.brouwer", "Zorggroep Vechtstede", "Kwaliteitsfunctionaris", [
    "Themagroep Deskundigheid",
  ]),
  member("Joost Vermeulen", "j.vermeulen", "Zorggroep Vechtstede", "Opleidingsadviseur", [
    "Themagroep Deskundigheid",
  ]),
  member("Daniëlle Peters", "d.peters", "Zorggroep Vechtstede", "Geestelijk verzorger", [
    "Contactpersonen",
    "Themagroep Hospicezorg/VPTZ",
  ]),
  member("Noor el Amrani", "n.elamrani", "Gemeente Gooise Meren", "Beleidsmedewerker sociaal domein", [
    "Kerngroep",
    "Themagroep Sociaal domein",
    "Projectgroep Samen leven tot het laatst",
  ]),
  member("Yvonne de Wit", "y.dewit", "Welzijn Gooise Meren", "Ouderenadviseur", [
    "Themagroep Sociaal domein",
    "Projectgroep Samen leven tot het laatst",
  ]),
  member("Gerard Post", "g.post", "", "Ervaringsdeler", ["Contactpersonen", "Projectgroep Levenspad"]),
  member(
    "Wim Koster",
    "w.koster",
    "Gemeente Hilversum",
    "Beleidsmedewerker Wmo",
    ["Themagroep Sociaal domein"],
    false,
  ),
];

// ---------------------------------------------------------------------------------------------------------
// Vergaderingen (FICTIONAL dates, times and venues for 2026)
// ---------------------------------------------------------------------------------------------------------

export const MEETING_HEADERS = [
  "Groep",
  "Titel",
  "Datum",
  "Begintijd",
  "Eindtijd",
  "Locatie",
  "Omschrijving",
  "Geannuleerd",
  "Agenda-ID",
  "Uitnodiging",
  "Verstuurd op",
] as const;

export interface MeetingRow {
  Groep: Group;
  Titel: string;
  /** The local calendar date, as a UTC-midnight Date. */
  Datum: Date;
  /** "HH:mm" text. */
  Begintijd: string;
  /** "HH:mm" text. */
  Eindtijd: string;
  Locatie: string;
  Omschrijving: string;
  Geannuleerd: boolean;
  /** Written by the add-on: empty here. */
  "Agenda-ID": string;
  /** Written by the add-on: empty here. */
  Uitnodiging: string;
  /** Written by the add-on: empty here. */
  "Verstuurd op": string;
}

const meeting = (
  Groep: Group,
  Titel: string,
  iso: string,
  Begintijd: string,
  Eindtijd: string,
  Locatie: string,
  Omschrijving: string,
): MeetingRow => ({
  Groep,
  Titel,
  Datum: date(iso),
  Begintijd,
  Eindtijd,
  Locatie,
  Omschrijving,
  Geannuleerd: false,
  "Agenda-ID": "",
  Uitnodiging: "",
  "Verstuurd op": "",
});

const BUREAU = "Netwerkbureau, Hilversum";

export const EXAMPLE_MEETINGS: MeetingRow[] = [
  meeting(
    "Kerngroep",
    "Kerngroepoverleg",
    "2026-02-10",
    "14:00",
    "16:00",
    BUREAU,
    "Jaarplanning 2026, dashboards per project, voorbereiding netwerkbijeenkomst maart.",
  ),
  meeting(
    "Kerngroep",
    "Kerngroepoverleg",
    "2026-05-12",
    "14:00",
    "16:00",
    "Ziekenhuis Gooimeer, Blaricum",
    "Voortgang Levenspad en PZP; financiering en duurzaamheid.",
  ),
  meeting(
    "Kerngroep",
    "Kerngroepoverleg",
    "2026-09-15",
    "14:00",
    "16:00",
    BUREAU,
    "Programma rond de Internationale Dag van de Palliatieve Zorg; voortgangsrapportage.",
  ),
  meeting(
    "Kerngroep",
    "Kerngroepoverleg",
    "2026-11-24",
    "14:00",
    "16:00",
    "Gemeentehuis Gooise Meren, Bussum",
    "Evaluatie 2026 en opzet jaaractieplan 2027.",
  ),
  meeting(
    "Contactpersonen",
    "Netwerkbijeenkomst",
    "2026-03-19",
    "15:00",
    "17:30",
    "Gemeentehuis Gooise Meren, Bussum",
    "Thema: samenwerking sociaal domein en palliatieve zorg (Samen leven tot het laatst).",
  ),
  meeting(
    "Contactpersonen",
    "Netwerkbijeenkomst",
    "2026-06-11",
    "15:00",
    "17:30",
    "Hospice De Lindehof, Hilversum",
    "Thema: Levenspad en het verpleegkundig regioteam palliatieve zorg.",
  ),
  meeting(
    "Contactpersonen",
    "Netwerkbijeenkomst",
    "2026-10-08",
    "15:00",
    "17:30",
    "Bibliotheek Huizen",
    "Thema: proactieve zorgplanning, in de week van de Internationale Dag van de Palliatieve Zorg.",
  ),
  meeting(
    "Themagroep Deskundigheid",
    "Themagroep Deskundigheid",
    "2026-03-02",
    "15:30",
    "17:00",
    "Zorggroep Vechtstede, Weesp",
    "Scholingsprogramma 2026 en evaluaties.",
  ),
  meeting(
    "Themagroep Deskundigheid",
    "Themagroep Deskundigheid",
    "2026-09-28",
    "15:30",
    "17:00",
    "Online (videoverbinding)",
    "Scholingsbehoeften 2027.",
  ),
  meeting(
    "Themagroep Hospicezorg/VPTZ",
    "Themagroep Hospicezorg/VPTZ",
    "2026-04-15",
    "10:00",
    "12:00",
    "Hospice Vechthuis, Weesp",
    "Capaciteit nacht-/waakzorg, zichtbaarheid bij eerste lijn en transferafdelingen.",
  ),
  meeting(
    "Themagroep Hospicezorg/VPTZ",
    "Themagroep Hospicezorg/VPTZ",
    "2026-10-21",
    "10:00",
    "12:00",
    "Hospice De Lindehof, Hilversum",
    "Voorbereiding thema-avond vrijwilligers.",
  ),
  meeting(
    "Themagroep Hospicezorg/VPTZ",
    "Thema-avond vrijwilligers",
    "2026-11-12",
    "19:30",
    "21:30",
    "Dorpshuis Naarden",
    "Avond met een inhoudelijk programma voor vrijwilligers palliatief terminale zorg.",
  ),
  meeting(
    "Themagroep Sociaal domein",
    "Themagroep Sociaal domein",
    "2026-02-26",
    "13:30",
    "15:30",
    "Gemeentehuis Gooise Meren, Bussum",
    "Opdracht van de themagroep; contact met gemeenten.",
  ),
  meeting(
    "Themagroep Sociaal domein",
    "Themagroep Sociaal domein",
    "2026-09-03",
    "13:30",
    "15:30",
    "Welzijn Gooise Meren, Naarden",
    "Scholingsprogramma sociaal domein; borgingsplan leerwerkplaats.",
  ),
  // Already planned for early next year, as a kerngroep does in the autumn.
  meeting(
    "Themagroep Deskundigheid",
    "Themagroep Deskundigheid",
    "2027-01-25",
    "15:00",
    "17:00",
    BUREAU,
    "Scholingsprogramma 2027 en de evaluaties van 2026.",
  ),
  meeting(
    "Kerngroep",
    "Kerngroepoverleg",
    "2027-02-09",
    "14:00",
    "16:00",
    BUREAU,
    "Jaarplanning 2027, dashboards per project, voorbereiding netwerkbijeenkomst maart.",
  ),
  meeting(
    "Contactpersonen",
    "Netwerkbijeenkomst",
    "2027-03-18",
    "15:30",
    "18:00",
    "Ziekenhuis Gooimeer, Blaricum",
    "Terugblik op 2026 en het jaaractieplan 2027.",
  ),
];

// ---------------------------------------------------------------------------------------------------------
// Instellingen
// ---------------------------------------------------------------------------------------------------------

export const SETTING_HEADERS = ["Sleutel", "Waarde"] as const;

/** The introduction of the jaaractieplan 2025, its years moved on by one. */
export const PLAN_INTRODUCTION = lines(
  `Voor u ligt het jaaractieplan ${YEAR} van het ${NETWORK_NAME}.`,
  "In deze samenvatting worden de belangrijkste activiteiten van het Netwerk Palliatieve Zorg beschreven.",
  "Uitgangspunt is het landelijk kwaliteitskader palliatieve zorg en de opdracht vanuit het ministerie van VWS ten aanzien van de coördinatie van het netwerk. Inhoudelijk sluiten deze basisactiviteiten aan bij de doelstellingen van het Nationaal Programma Palliatieve Zorg II en richten zich op maatschappelijke bewustwording en proactieve zorg & ondersteuning.",
  `De activiteiten van ${YEAR} vloeien voort uit het jaaractieplan ${YEAR - 1} dat gerealiseerd is op basis van de bijeenkomsten in het netwerk palliatieve zorg en de landelijke ontwikkelingen.`,
  "Activiteitenplan samenvatting:",
  `Het activiteitenplan is opgebouwd uit de speerpunten voor ${YEAR} en de belangrijkste lopende activiteiten van het ${NETWORK_NAME}. Uitgangspunt is hierbij het Kwaliteitskader palliatieve zorg.`,
);

export interface SettingRow {
  Sleutel: string;
  Waarde: string | number | boolean;
}

export const EXAMPLE_SETTINGS: SettingRow[] = [
  { Sleutel: "Netwerknaam", Waarde: NETWORK_NAME },
  { Sleutel: "Regio", Waarde: REGION },
  { Sleutel: "Jaar", Waarde: YEAR },
  { Sleutel: "Taal", Waarde: "nl" },
  { Sleutel: "Tijdzone", Waarde: "Europe/Amsterdam" },
  { Sleutel: "Agenda", Waarde: "" },
  { Sleutel: "Rapportmap", Waarde: "" },
  { Sleutel: "Rapportsjabloon", Waarde: "" },
  { Sleutel: "Rapport als PDF", Waarde: false },
  // The plan's own opening (seeds/jaaractieplan-2025.txt), for this year: a line ending in ":" is a heading.
  { Sleutel: "Inleiding jaaractieplan", Waarde: PLAN_INTRODUCTION },
  { Sleutel: "Uitnodigingen versturen", Waarde: true },
  // Light enough for dark text (contrast with black ≥ 4.5:1, checked in tests/examples.test.ts).
  { Sleutel: "Kleur Behaald", Waarde: "#00a651" },
  { Sleutel: "Kleur Op schema", Waarde: "#b7e1a1" },
  { Sleutel: "Kleur Doorlopend", Waarde: "#6fa8dc" },
  { Sleutel: "Kleur Achter op schema", Waarde: "#e06666" },
];

// ---------------------------------------------------------------------------------------------------------
// The workbook
// ---------------------------------------------------------------------------------------------------------

export interface ExampleTab {
  name: string;
  headers: readonly string[];
  rows: readonly object[];
}

/** The source tabs in workbook order. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { name: "Activiteiten", headers: ACTIVITY_HEADERS, rows: EXAMPLE_ACTIVITIES },
  { name: "Projecten", headers: PROJECT_HEADERS, rows: EXAMPLE_PROJECTS },
  { name: "Leden", headers: MEMBER_HEADERS, rows: EXAMPLE_MEMBERS },
  { name: "Vergaderingen", headers: MEETING_HEADERS, rows: EXAMPLE_MEETINGS },
  { name: "Instellingen", headers: SETTING_HEADERS, rows: EXAMPLE_SETTINGS },
];

/** The cell value of `row` under `header` ("" for an empty cell). */
export function cellOf(row: object, header: string): CellValue {
  const v = (row as Record<string, unknown>)[header];
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  throw new Error(`no value for column ${header}`);
}
