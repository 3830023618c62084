/**
 * A partner's export of a Netwerkplan sheet, as an outsider would build it to check validation end to end
 * (tests/e2e-validation.test.ts): the five source tabs with their columns in another order than
 * PRODUCT.md §2, synonyms (`Trekkers`, `E-mailadres`, `Functie`, `Projectnaam`, `Plaats`), headers in
 * other case or with a trailing `:`, unknown extra columns, empty rows in between, real date and time
 * cells, checkboxes, and planted mistakes, each on its own row.
 *
 * Every tab is a map from the 1-based sheet row to the row's cells by header; rows that are not listed
 * stay empty. The expected problems (the planted mistakes) are listed in the test, by tab, row and column.
 */
import ExcelJS from "exceljs";

export type Value =
  | string
  | number
  | boolean
  | Date
  | { formula: string; result: { error: string } }
  | { time: string }
  | { date: string };

export interface TabFixture {
  name: string;
  headers: readonly string[];
  /** 1-based sheet row → cells by header (missing headers are empty cells). */
  rows: Readonly<Record<number, Readonly<Record<string, Value>>>>;
}

/** A date cell as the sheet shows it (dd-mm-yyyy). */
const day = (iso: string): Value => ({ date: iso });
/** A time cell (hh:mm), as Sheets exports one: the time on 30-12-1899. */
const clock = (hhmm: string): Value => ({ time: hhmm });
/** A broken formula, as a deleted reference leaves it. */
export const REF_ERROR: Value = { formula: "#REF!", result: { error: "#REF!" } };
/** Text that starts with `=`: typed as text, never a formula. */
export const EQUALS_TEXT = "=> Gesprekskaarten in de huisartsenpraktijk";

// ---------------------------------------------------------------------------------------------------
// Activiteiten: columns shuffled, `Trekkers` for Trekker, `status:`, `FASE`, an unknown `Budget (€)`,
// no `Laatst bijgewerkt` (the add-on appends it), IDs typed for the older rows only.

const A = (
  project: string,
  onderwerp: string,
  trekkers: string,
  status: string,
  fase: string,
  deadline: Value,
  more: Record<string, Value> = {},
): Record<string, Value> => ({
  Project: project,
  Onderwerp: onderwerp,
  Trekkers: trekkers,
  "status:": status,
  FASE: fase,
  Deadline: deadline,
  ...more,
});

const JAP = "Jaaractieplan 2026";
const SL = "Samen leven tot het laatst";
const LP = "Levenspad";
const PZP = "PZP Wijde Meren";

export const ACTIVITIES: TabFixture = {
  name: "Activiteiten",
  headers: [
    "Project",
    "Onderwerp",
    "Trekkers",
    "status:",
    "FASE",
    "Deadline",
    "Thema",
    "Budget (€)",
    "ID",
    "Doelstelling",
    "Acties",
    "Toelichting",
  ],
  rows: {
    // Clean rows: 2–5, 7–14, 16–28 (25 activities).
    2: A(JAP, "Jaarplan 2027 opstellen", "Netwerkcoördinator", "Op schema", "Uitvoering", "Dec. 2026", {
      Thema: "Bedrijfsvoering",
      "Budget (€)": 1500,
      ID: "A-0001",
      Acties: "• Input kerngroep ophalen\n• Concept naar bestuurders",
    }),
    3: A(JAP, "Kerngroepoverleggen organiseren", "NWC", "Doorlopend", "Continue", "Continue", {
      Thema: "Netwerkoverleggen",
      ID: "A-0002",
    }),
    4: A(JAP, "Nieuwsbrief viermaal per jaar", "Sanne Verhoeven", "Doorlopend", "Continue", "Doorlopend", {
      Thema: "Maatschappelijke bewustwording",
      ID: "A-0003",
    }),
    5: A(JAP, "Website actualiseren", "Netwerkcoördinator", "Behaald", "Afgerond", "juni 2026", {
      Thema: "Maatschappelijke bewustwording",
      "Budget (€)": 800,
      ID: "A-0004",
      Toelichting: "Nieuwe site live sinds 1 juli",
    }),
    7: A(
      JAP,
      "Netwerkbijeenkomst najaar",
      "Netwerkcoördinator + projectleider",
      "Op schema",
      "Uitvoering",
      "Okt.-dec. 2026",
      { Thema: "Netwerkleden kennen elkaar", "Budget (€)": 2500, ID: "A-0005" },
    ),
    8: A(JAP, "Vrijwilligers VPTZ scholen", "Coördinator VPTZ", "Op schema", "Ontwikkeling", "Q1 2027", {
      Thema: "Vrijwilligers",
      ID: "A-0006",
    }),
    9: A(JAP, "Jaarverslag 2025", "NWC", "Behaald", "Afgerond", "Q2 2026", {
      Thema: "Bedrijfsvoering",
      ID: "A-0007",
    }),
    10: A(SL, "Contact wethouders Wmo", "Karin de Wit", "Achter op schema", "Uitvoering", "31-12-2026", {
      Thema: "Aansluiting sociaal domein",
      ID: "A-0008",
      Toelichting: "Wethouder met verlof; nieuwe afspraak in december",
    }),
    11: A(SL, "Sociale kaart palliatieve zorg", "Karin de Wit", "Op schema", "Ontwikkeling", "mrt. 2027", {
      Thema: "Aansluiting sociaal domein",
      Doelstelling: "Iedere inwoner vindt de juiste hulp",
    }),
    12: A(SL, "Training mantelzorgconsulenten", "Projectleider", "Op schema", "Uitvoering", "2026-12-31", {
      Thema: "Aansluiting sociaal domein",
    }),
    13: A(SL, "Inloopochtenden buurthuis", "Annelies Mulder", "Doorlopend", "Continue", "Doorlopend", {
      Thema: "Vrijwilligers",
    }),
    // Due today (a date cell): not passed yet.
    14: A(SL, "Evaluatie pilot Hilversum", "Projectleider", "Op schema", "Uitvoering", day("2026-11-22"), {
      Thema: "Aansluiting sociaal domein",
    }),
    16: A(LP, "Scholing PZP huisartsen", "Pieter Jansen", "Op schema", "Uitvoering", "Jan.-dec. 2026", {
      Thema: "Proactieve zorg en ondersteuning",
      "Budget (€)": 4000,
    }),
    17: A(LP, EQUALS_TEXT, "Thijs Bakker", "Op schema", "Ontwikkeling", "Q4 2026", {
      Thema: "Proactieve zorg en ondersteuning",
    }),
    // A year typed into Excel is a number cell.
    18: A(LP, "Levenspad-app testen", "Thijs Bakker", "Achter op schema", "Ontwikkeling", 2026, {
      Thema: "Proactieve zorg en ondersteuning",
    }),
    19: A(LP, "Folder Levenspad drukken", "Projectleider Thijs", "Behaald", "Afgerond", "sept. 2026", {
      Thema: "Maatschappelijke bewustwording",
    }),
    20: A(LP, "Werkgroep levenseinde", "Thijs Bakker en Pieter Jansen", "Doorlopend", "Continue", "Continue"),
    21: A(PZP, "Kick-off PZP Wijde Meren", "Netwerkcoördinator", "Behaald", "Afgerond", "12-3-2026", {
      Thema: "Proactieve zorg en ondersteuning",
    }),
    // Stray spaces around a project name and a status: trimmed, not a spelling variant.
    22: A(
      "PZP Wijde Meren ",
      "Scholing wijkverpleging",
      "Pieter Jansen",
      "Op schema",
      "Uitvoering",
      "december 2026",
    ),
    23: A(PZP, "Registratie PZP in HIS", "Huisarts", "Op schema", "Ontwikkeling", "mei 2027"),
    24: A(
      PZP,
      "Evaluatie met huisartsen",
      "Netwerkcoördinator",
      "Op schema",
      "Ontwikkeling",
      "jan.-jun. 2027",
    ),
    25: A(PZP, "Casuïstiekbespreking", "Pieter Jansen", "Doorlopend", "Continue", "Doorlopend"),
    26: A(JAP, "Overleg bestuurders", "Netwerkcoördinator", "Op schema", "Uitvoering", "31/12/2026", {
      Thema: "Netwerkoverleggen",
    }),
    27: A(JAP, "Week van de palliatieve zorg", "NWC", " Behaald ", "Afgerond", "okt. 2026", {
      Thema: "Maatschappelijke bewustwording",
    }),
    // The same Onderwerp as row 24, in another project: no duplicate.
    28: A(LP, "Evaluatie met huisartsen", "NWC / Projectleider", "Op schema", "Ontwikkeling", "sept. 2027"),

    // Planted mistakes, one per row: 30–43.
    30: A(
      "Levenspat",
      "Voorlichting in de bibliotheek",
      "Thijs Bakker",
      "Op schema",
      "Uitvoering",
      "dec. 2026",
    ),
    31: A(JAP, "Regionaal symposium", "NWC", "op  Schema", "Uitvoering", "Q1 2027"),
    32: A(SL, "Buurtcoaches betrekken", "Karin de Wit", "achter", "Uitvoering", "mrt. 2027"),
    33: A(PZP, "Spiegelgesprekken", "Pieter Jansen", "Op schema", "Uitvoerring", "apr. 2027"),
    34: A(JAP, "Beleidsplan 2027-2030", "Netwerkcoördinator", "Op schema", "Ontwikkeling", "eind 2026"),
    35: A(SL, "Mantelzorgdag", "Karin de Wit", "Op schema", "Uitvoering", "31-02-2026"),
    36: A(LP, "Pilot digitale PZP", "Thijs Bakker", "Op schema", "Ontwikkeling", "dec.-jan. 2026"),
    37: A(PZP, "", "Pieter Jansen", "Op schema", "Uitvoering", "Q2 2027", { Doelstelling: "Nog invullen" }),
    38: A(JAP, "Inventarisatie scholingsaanbod", "NWC", "Op schema", "Uitvoering", REF_ERROR),
    39: A(SL, "Rondetafel huisartsen en gemeente", "Karin de Wit", "Op schema", "Uitvoering", "sept. 2026"),
    40: A(LP, "Intervisie projectgroep", "Thijs Bakker", "Behaald", "Uitvoering", "nov. 2026"),
    41: A(JAP, "Oriëntatie op samenwerking hospices", "Jan de Vries", "Op schema", "Ontwikkeling", "Q2 2027"),
    42: A(LP, "Scholing PZP Huisartsen", "Pieter Jansen", "Op schema", "Uitvoering", "Q3 2027"),
    43: A(PZP, "Netwerkkaart wijkteams", "Netwerkcoördinator", "Op schema", "Ontwikkeling", "Q3 2027", {
      ID: "A-0004",
    }),
  },
};

// ---------------------------------------------------------------------------------------------------
// Projecten: `Projectnaam` for Naam, `Korte naam` first, an unknown `Kostenplaats`.

export const PROJECTS: TabFixture = {
  name: "Projecten",
  headers: [
    "Korte naam",
    "Projectnaam",
    "Projectleider",
    "Probleemstelling",
    "Doelstellingen",
    "Scope",
    "Kostenplaats",
    "Voortgang",
    "Peildatum",
    "Rode vlag",
    "Opmerkelijke zaken",
    "Hulpvraag",
  ],
  rows: {
    2: {
      "Korte naam": "Jaarplan",
      Projectnaam: JAP,
      Projectleider: "Sanne Verhoeven",
      Probleemstelling: "Het netwerk werkt met een jaarplan voor alle partners.",
      Doelstellingen: "• Netwerkleden kennen elkaar\n• Bewustwording vergroten",
      Scope: "Netwerkbreed",
      Kostenplaats: 4410,
      Voortgang: "Gerealiseerd:\nWebsite vernieuwd\nJaarverslag 2025 vastgesteld",
      Peildatum: "November 2026",
    },
    3: {
      "Korte naam": "Samen leven",
      Projectnaam: SL,
      Projectleider: "Karin de Wit",
      Probleemstelling: "Zorg en sociaal domein kennen elkaar onvoldoende.",
      Doelstellingen: "Sociale kaart\nTraining mantelzorgconsulenten",
      Scope: "Gemeenten Gooi en Vechtstreek",
      "Rode vlag": "Gesprek met wethouders loopt vertraging op",
      Hulpvraag: "Wie kent een contactpersoon bij de gemeente Huizen?",
      Peildatum: "November 2026",
    },
    4: {
      Projectnaam: LP,
      Projectleider: "Thijs Bakker",
      Probleemstelling: "Proactieve zorgplanning komt laat op gang.",
      Scope: "Netwerkbreed",
      Peildatum: "Oktober 2026",
    },
    5: {
      Projectnaam: PZP,
      Projectleider: "Pieter Jansen",
      Scope: "Wijdemeren",
      "Opmerkelijke zaken": "Alle huisartsenpraktijken doen mee",
      Peildatum: "November 2026",
    },
  },
};

// ---------------------------------------------------------------------------------------------------
// Leden: `E-mailadres` and `Functie` as synonyms, an unknown `Telefoon`, checkboxes, an empty row.

const L = (
  naam: string,
  organisatie: string,
  email: string,
  functie: string,
  groepen: string,
  actief: boolean,
): Record<string, Value> => ({
  Naam: naam,
  Organisatie: organisatie,
  "E-mailadres": email,
  Functie: functie,
  Groepen: groepen,
  Actief: actief,
});

export const MEMBERS: TabFixture = {
  name: "Leden",
  headers: ["Naam", "Organisatie", "E-mailadres", "Functie", "Groepen", "Actief", "Telefoon"],
  rows: {
    2: {
      ...L(
        "Sanne Verhoeven",
        "NPZ Gooi en Vechtstreek",
        "s.verhoeven@npz-gv.nl",
        "Netwerkcoördinator",
        "Kerngroep, Bestuurders",
        true,
      ),
      Telefoon: "035-1234567",
    },
    3: L(
      "Thijs Bakker",
      "Hospice Het Zonnehuis",
      "t.bakker@zonnehuis.nl",
      "Projectleider",
      "Kerngroep, Projectgroep Levenspad",
      true,
    ),
    4: L(
      "Annelies Mulder",
      "VPTZ Gooi",
      "a.mulder@vptz-gooi.nl",
      "Coördinator VPTZ",
      "Themagroep Hospicezorg/VPTZ",
      true,
    ),
    5: L(
      "Karin de Wit",
      "Gemeente Hilversum",
      "k.dewit@hilversum.nl",
      "Beleidsmedewerker Wmo",
      "Themagroep Sociaal domein",
      true,
    ),
    6: L(
      "Pieter Jansen",
      "Huisartsen Gooi",
      "p.jansen@hagv.nl",
      "Huisarts",
      "Themagroep Deskundigheid, Kerngroep",
      true,
    ),
    8: L(
      "Marloes Smit",
      "Tergooi MC",
      "m.smit@tergooi.nl",
      "Verpleegkundig specialist",
      "Contactpersonen",
      false,
    ),
    // Planted: the address of row 3 in other case (a warning on both rows: Thijs and Tom count as members,
    // but neither gets invitations); an address that is none (a warning: Joost counts as a member, but gets
    // no invitations).
    9: L(
      "Tom Bakker",
      "Hospice Het Zonnehuis",
      "T.Bakker@Zonnehuis.nl",
      "Vrijwilliger",
      "Themagroep Hospicezorg/VPTZ",
      true,
    ),
    10: L(
      "Joost Visser",
      "Amaris",
      "j.visser(at)amaris.nl",
      "Specialist ouderengeneeskunde",
      "Themagroep Deskundigheid",
      true,
    ),
  },
};

// ---------------------------------------------------------------------------------------------------
// Vergaderingen: `datum:` first, `Naam` for Titel, `Plaats` for Locatie, date and time cells; no
// `Agenda-ID`, `Uitnodiging`, `Verstuurd op` (the add-on appends them).

export const MEETINGS: TabFixture = {
  name: "Vergaderingen",
  headers: ["datum:", "Groep", "Naam", "Begintijd", "Eindtijd", "Plaats", "Geannuleerd", "Omschrijving"],
  rows: {
    2: {
      "datum:": day("2026-12-10"),
      Groep: "Kerngroep",
      Naam: "Kerngroepoverleg december",
      Begintijd: "14:00",
      Eindtijd: "16:00",
      Plaats: "Hilversum",
      Geannuleerd: false,
      Omschrijving: "Agenda volgt",
    },
    3: {
      "datum:": day("2027-01-21"),
      Groep: "Themagroep Hospicezorg/VPTZ",
      Naam: "Themagroep hospicezorg",
      Begintijd: clock("10:00"),
      Plaats: "Hospice Het Zonnehuis",
      Geannuleerd: false,
    },
    // Planted: a group nobody is in; an end before the start.
    4: {
      "datum:": day("2027-02-04"),
      Groep: "Werkgroep Rouwzorg",
      Naam: "Startbijeenkomst rouwzorg",
      Begintijd: "13:00",
      Eindtijd: "15:00",
    },
    5: {
      "datum:": day("2027-03-11"),
      Groep: "Bestuurders",
      Naam: "Bestuurdersoverleg",
      Begintijd: clock("15:00"),
      Eindtijd: "13:30",
      Plaats: "Bussum",
    },
    6: {
      "datum:": "18-3-2027",
      Groep: "Themagroep Sociaal domein",
      Naam: "Themagroep sociaal domein",
      Begintijd: "9:30",
      Eindtijd: "11:00",
      Plaats: "Gemeentehuis Huizen",
      Geannuleerd: true,
    },
  },
};

// ---------------------------------------------------------------------------------------------------
// Instellingen: every known key (so `Werkblad inrichten` appends none), an unknown `Uitleg` column.

export const SETTINGS: TabFixture = {
  name: "Instellingen",
  headers: ["Sleutel", "Waarde", "Uitleg"],
  rows: {
    2: { Sleutel: "Netwerknaam", Waarde: "Netwerk Palliatieve Zorg Gooi- en Vechtstreek" },
    3: { Sleutel: "Regio", Waarde: "Gooi en Vechtstreek" },
    4: { Sleutel: "Jaar", Waarde: 2026 },
    5: { Sleutel: "Taal", Waarde: "Frans", Uitleg: "nl of en" },
    6: { Sleutel: "Tijdzone", Waarde: "Europe/Amsterdam" },
    7: { Sleutel: "Agenda" },
    8: { Sleutel: "Rapportmap" },
    9: { Sleutel: "Rapportsjabloon" },
    10: { Sleutel: "Uitnodigingen versturen", Waarde: true },
    11: { Sleutel: "Kleur Behaald", Waarde: "#57bb8a" },
    12: { Sleutel: "Kleur Op schema", Waarde: "#b7e1cd" },
    13: { Sleutel: "Kleur Doorlopend", Waarde: "#9fc5e8" },
    14: { Sleutel: "Kleur Achter op schema", Waarde: "#ea9999" },
    15: { Sleutel: "Huisstijl", Waarde: "blauw" },
  },
};

export const TABS: readonly TabFixture[] = [ACTIVITIES, PROJECTS, MEMBERS, MEETINGS, SETTINGS];

/** Sheet rows of a tab that hold anything. */
export const rowsOf = (tab: TabFixture): number[] => Object.keys(tab.rows).map(Number);

/** The cell of `tab` at (row, header), or undefined when empty. */
export const cellOf = (tab: TabFixture, row: number, header: string): Value | undefined =>
  tab.rows[row]?.[header];

/** 1-based column of a header in the sheet. */
export function columnOf(tab: TabFixture, header: string): number {
  const i = tab.headers.indexOf(header);
  if (i < 0) throw new Error(`${tab.name} has no column ${header}`);
  return i + 1;
}

function toExcel(v: Value): ExcelJS.CellValue {
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("date" in v) return new Date(`${v.date}T00:00:00Z`);
  if ("time" in v) return new Date(`1899-12-30T${v.time}:00Z`);
  return { formula: v.formula, result: v.result as ExcelJS.CellErrorValue };
}

/** Writes the workbook as a partner's download from Sheets would look (dates and times formatted). */
export async function writeFixture(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const tab of TABS) {
    const ws = wb.addWorksheet(tab.name);
    ws.getRow(1).values = [...tab.headers];
    for (const row of rowsOf(tab)) {
      tab.headers.forEach((header, i) => {
        const v = cellOf(tab, row, header);
        if (v === undefined || v === "") return;
        const cell = ws.getCell(row, i + 1);
        cell.value = toExcel(v);
        if (typeof v === "object" && !(v instanceof Date) && "date" in v) cell.numFmt = "dd-mm-yyyy";
        if (typeof v === "object" && !(v instanceof Date) && "time" in v) cell.numFmt = "hh:mm";
      });
    }
  }
  await wb.xlsx.writeFile(file);
}
