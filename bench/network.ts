/**
 * Seeded synthetic networks for the benchmark: any number of activities spread over any number of projects,
 * with the tabs and columns of the example network (examples/voorbeeldnetwerk.ts), realistic text lengths,
 * a few per cent of values that validation rejects or warns about, members, a year of meetings and the
 * settings. The same seed gives the same workbook, cell for cell.
 */
import {
  ACTIVITY_HEADERS,
  MEETING_HEADERS,
  MEMBER_HEADERS,
  PROJECT_HEADERS,
} from "../examples/voorbeeldnetwerk";
import { Account } from "../local/emulator/account";
import { type CellValue, newSheetData, type SheetData } from "../local/emulator/spreadsheet/model";

export interface NetworkShape {
  activities: number;
  projects: number;
  /** Every other activity row without an ID (the rest keep theirs); default: every row has its ID. */
  scatteredMissingIds?: boolean;
  seed?: number;
}

/** mulberry32: a small, fast, seeded PRNG (public domain). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMAS = [
  "Maatschappelijke bewustwording",
  "Proactieve zorg en ondersteuning",
  "Aansluiting sociaal domein",
];
const GROUPS = ["Kerngroep", "Bestuurders", "Werkgroep ACP", "Netwerkbijeenkomst"];
/** The fases of an activity that is neither continuous nor achieved (those are Continue and Afgerond). */
const FASES = ["Ontwikkeling", "Uitvoering"];
const STATUSES = ["Op schema", "Behaald", "Achter op schema"];
/** Deadlines in every form partners write; the last two are not deadlines (a validation error). */
const DEADLINES = [
  "Dec. 2026",
  "Okt.-dec. 2026",
  "Q3 2026",
  "Q1 2027",
  "31-12-2026",
  "15-06-2026",
  "2026",
  "Mei 2026",
  "Jan.-mrt. 2027",
];
const BAD_DEADLINES = ["binnenkort", "na de zomer"];
const WORDS =
  "netwerk zorg palliatieve bijeenkomst huisarts wijkverpleging mantelzorg scholing proactieve planning vrijwilligers gemeente sociaal domein communicatie website folder evaluatie werkgroep regio hospice ziekenhuis apotheek casusbespreking kwaliteit signalering".split(
    " ",
  );

function words(rnd: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
  const s = out.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sheet(id: number, name: string, rows: (CellValue | "")[][]): SheetData {
  const width = Math.max(...rows.map((r) => r.length));
  const s = newSheetData(id, name, Math.max(1000, rows.length + 50), Math.max(26, width));
  s.cells = rows.map((r) => r.map((v) => (v === "" ? null : { v })));
  return s;
}

export const projectName = (i: number) =>
  `Project ${String(i + 1).padStart(2, "0")} ${WORDS[i % WORDS.length]}`;

/** The network as an account whose active spreadsheet holds its five tabs. */
export function networkAccount(shape: NetworkShape): Account {
  const rnd = prng(shape.seed ?? 20261122);
  const projects = Array.from({ length: shape.projects }, (_, i) => projectName(i));
  // Projects differ in size (a few large, many small), as in real networks: weight 1/(k+1).
  const weights = projects.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => {
    cumulative.push((acc + w) / total);
    return acc + w;
  }, 0);
  const pickProject = () => {
    const x = rnd();
    const k = cumulative.findIndex((c) => x <= c);
    return projects[k < 0 ? projects.length - 1 : k]!;
  };
  // Trekkers are members (by name), a few are people outside Leden (a validation warning, as in real sheets).
  const trekkers = Array.from({ length: 40 }, (_, i) => (i % 10 === 9 ? `Trekker ${i + 1}` : `Lid ${i + 1}`));

  const acts: (CellValue | "")[][] = [[...ACTIVITY_HEADERS]];
  for (let i = 0; i < shape.activities; i++) {
    // Every project has at least one valid activity (so that every size has the same projects with
    // activities); the rest go by weight, a few per cent with values validation rejects or warns about.
    const first = i < projects.length;
    const project = first ? projects[i]! : pickProject();
    const continuous = rnd() < 0.12;
    const bad = !first && rnd() < 0.02;
    const deadline = continuous
      ? "Continue"
      : bad
        ? BAD_DEADLINES[i % BAD_DEADLINES.length]!
        : DEADLINES[Math.floor(rnd() * DEADLINES.length)]!;
    const status = continuous ? "Doorlopend" : STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    const hasId = !shape.scatteredMissingIds || i % 2 === 0;
    acts.push([
      hasId ? `A-${String(i + 1).padStart(4, "0")}` : "",
      project,
      THEMAS[i % THEMAS.length]!,
      words(rnd, 4),
      words(rnd, 12),
      rnd() < 0.5 ? `${words(rnd, 6)}\n${words(rnd, 6)}` : "",
      `${words(rnd, 8)}\n${words(rnd, 8)}`,
      !first && rnd() < 0.03 ? "" : trekkers[Math.floor(rnd() * trekkers.length)]!,
      deadline,
      continuous ? "Continue" : status === "Behaald" ? "Afgerond" : FASES[Math.floor(rnd() * FASES.length)]!,
      !first && rnd() < 0.01 ? "op schma" : status,
      rnd() < 0.3 ? words(rnd, 15) : "",
      "",
    ]);
  }

  const projRows: (CellValue | "")[][] = [[...PROJECT_HEADERS]];
  projects.forEach((p, i) => {
    projRows.push([
      p,
      `P${String(i + 1).padStart(2, "0")} ${WORDS[i % WORDS.length]}`,
      THEMAS[i % THEMAS.length]!,
      words(rnd, 30),
      `${words(rnd, 10)}\n${words(rnd, 10)}\n${words(rnd, 10)}`,
      words(rnd, 15),
      i % 7 === 3 ? words(rnd, 8) : "",
      words(rnd, 12),
      i % 4 === 0 ? words(rnd, 8) : "",
      `Fase 1:\n${words(rnd, 12)}\nFase 2:\n${words(rnd, 12)}`,
      trekkers[i % trekkers.length]!,
      "Februari 2026",
    ]);
  });

  const members: (CellValue | "")[][] = [[...MEMBER_HEADERS]];
  for (let i = 0; i < 40; i++) {
    const groups = GROUPS.filter((_, g) => (i + g) % 3 === 0).join(", ");
    members.push([
      `Lid ${i + 1}`,
      `lid${i + 1}@example.org`,
      `Organisatie ${(i % 12) + 1}`,
      i === 0 ? "Netwerkcoördinator" : "",
      groups || GROUPS[0]!,
      i % 10 !== 9,
    ]);
  }

  const meetings: (CellValue | "")[][] = [[...MEETING_HEADERS]];
  // Two meetings a month in 2026, rotating over the groups (dates as UTC midnight, as xlsx import gives).
  for (let m = 0; m < 12; m++) {
    for (const day of [10, 24]) {
      const g = GROUPS[(m * 2 + (day === 10 ? 0 : 1)) % GROUPS.length]!;
      meetings.push([
        g,
        `${g} overleg`,
        new Date(Date.UTC(2026, m, day)),
        "14:00",
        "16:00",
        "Netwerkbureau",
        words(rnd, 10),
        false,
        "",
        "",
        "",
      ]);
    }
  }

  const settings: (CellValue | "")[][] = [
    ["Sleutel", "Waarde"],
    ["Netwerknaam", "Netwerk Palliatieve Zorg Benchregio"],
    ["Regio", "Benchregio"],
    ["Jaar", 2026],
    ["Taal", "nl"],
    ["Tijdzone", "Europe/Amsterdam"],
    ["Agenda", ""],
    ["Rapportmap", ""],
    ["Rapportsjabloon", ""],
    ["Rapport als PDF", true],
    ["Inleiding jaaractieplan", `Inleiding:\n${words(rnd, 40)}`],
    ["Uitnodigingen versturen", true],
  ];

  const account = new Account();
  const ss = account.createSpreadsheet("Netwerkplan bench");
  ss.sheets = [
    sheet(0, "Activiteiten", acts),
    sheet(1, "Projecten", projRows),
    sheet(2, "Leden", members),
    sheet(3, "Vergaderingen", meetings),
    sheet(4, "Instellingen", settings),
  ];
  ss.nextSheetId = 5;
  ss.activeSheetId = 0;
  account.data.activeSpreadsheetId = ss.id;
  return account;
}
