/**
 * The options of `npm start`, checked before anything is read or run: each mistake is one Dutch line and
 * exit code 2 (InputError).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Input the run cannot use: exit code 2 with this message. */
export class InputError extends Error {}

/** `--fault "<action>:<k>:quota|timeout"`: the k-th service call of that action fails as Google fails it. */
export interface FaultArg {
  action: string;
  call: number;
  kind: "quota" | "timeout";
}

export interface Args {
  input: string | null;
  out: string;
  today: string | null;
  state: string | null;
  fault: FaultArg | null;
  /** `--actions "<action>,<action>,…"`: the menu items to click, in this order (captions). */
  actions: string[] | null;
  /** `--help` or `-h`: print HELP and run nothing. */
  help: boolean;
}

const OPTIONS = ["input", "out", "today", "state", "fault", "actions"] as const;
const DEFAULTS: Args = {
  input: null,
  out: "out",
  today: null,
  state: null,
  fault: null,
  actions: null,
  help: false,
};
const USAGE =
  'Gebruik: npm start -- [--input BESTAND.xlsx] [--out MAP] [--today JJJJ-MM-DD] [--state MAP] [--actions "ACTIE,ACTIE,…"] [--fault "ACTIE:K:quota|timeout"]';

/** What `npm start -- --help` prints: every option and what it does, in Dutch like the run's other lines. */
export const HELP = `${USAGE}

Voert de add-on uit op een laptop, zonder Google-account: opent het werkblad, kiest de menu-items
(Werkblad inrichten, Valideren, Dashboards genereren, Rapport genereren, Jaaractieplan maken,
Uitnodigingen versturen…), opent Jaarplanning vergaderingen…, Instellingen en Help, en schrijft de
resultaten in de uitvoermap.

  --input BESTAND.xlsx   een export van het eigen werkblad (standaard: examples/voorbeeldnetwerk.xlsx)
  --out MAP              waar de resultaten komen (standaard: out)
  --today JJJJ-MM-DD     de datum van de run (standaard: vandaag)
  --state MAP            bewaart het nagebootste Google-account tussen runs: twee runs zijn twee klikken
  --actions "A,B,…"      alleen deze menu-items, in deze volgorde (zoals ze in het menu heten);
                         "Jaarplanning vergaderingen…" opent de dialoog
  --fault "A:K:quota"    laat de K-de aanroep van actie A mislukken zoals Google dat doet
                         (ook "A:K:timeout": de tijdslimiet van 6 minuten)
  --help, -h             deze uitleg

Resultaten: netwerkplan.xlsx, rapport.docx, jaaractieplan.docx, uitnodigingen.ics, index.html
(overzicht en dashboards), samenvatting.json en schermen/ (de dialogen als afbeelding).
Zie README.md voor alles.`;

export function parseArgs(argv: string[]): Args {
  if (argv.some((a) => a === "--help" || a === "-h")) return { ...DEFAULTS, help: true };
  const raw: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const key = flag.replace(/^--/, "") as (typeof OPTIONS)[number];
    if (!flag.startsWith("--") || !OPTIONS.includes(key)) {
      throw new InputError(`Onbekende optie ‘${flag}’. ${USAGE}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--"))
      throw new InputError(`De optie ${flag} mist een waarde.`);
    if (raw[key] !== undefined) throw new InputError(`De optie ${flag} staat er twee keer.`);
    raw[key] = value;
    i++;
  }
  const args: Args = {
    input: raw.input ?? DEFAULTS.input,
    out: raw.out ?? DEFAULTS.out,
    today: raw.today ?? DEFAULTS.today,
    state: raw.state ?? DEFAULTS.state,
    fault: raw.fault === undefined ? DEFAULTS.fault : parseFault(raw.fault),
    actions: raw.actions === undefined ? DEFAULTS.actions : parseActions(raw.actions),
    help: DEFAULTS.help,
  };
  if (args.today !== null) checkDay(args.today);
  return args;
}

function checkDay(day: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== day) {
    throw new InputError(
      `‘${day}’ is geen geldige datum; gebruik --today JJJJ-MM-DD, bijvoorbeeld 2026-11-22.`,
    );
  }
}

function parseFault(spec: string): FaultArg {
  const m = /^(.+):(\d+):(quota|timeout)$/.exec(spec.trim());
  const call = m ? Number(m[2]) : 0;
  if (!m || !Number.isSafeInteger(call) || call < 1) {
    throw new InputError(
      `‘${spec}’ is geen geldige --fault; gebruik --fault "ACTIE:K:quota" of "ACTIE:K:timeout" (K = de hoeveelste aanroep, vanaf 1), bijvoorbeeld --fault "Dashboards genereren:12:quota".`,
    );
  }
  return { action: m[1]!.trim(), call, kind: m[3] as FaultArg["kind"] };
}

function parseActions(list: string): string[] {
  const names = list.split(",").map((n) => n.trim());
  if (names.some((n) => n === "")) {
    throw new InputError(
      `‘${list}’ is geen geldige --actions; gebruik namen van acties met komma's ertussen, bijvoorbeeld --actions "Valideren,Dashboards genereren".`,
    );
  }
  return names;
}

/**
 * The files and folders the options name: the input must be a readable file, the output and state folders
 * folders that exist or can be made (nothing is made here).
 */
export function checkPaths(args: Args): void {
  if (args.input !== null) checkInput(args.input);
  checkFolder(args.out, "--out", "de resultaten");
  if (args.state !== null) checkFolder(args.state, "--state", "de opgeslagen toestand");
}

function checkInput(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`Het bestand ${file} (--input) bestaat niet.`);
  }
  if (stat.isDirectory()) throw new InputError(`${file} (--input) is een map, geen Excel-bestand (.xlsx).`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new InputError(`Het bestand ${file} (--input) kan niet worden gelezen.`);
  }
}

function checkFolder(dir: string, flag: string, what: string): void {
  const stat = statOrNull(dir);
  if (stat && !stat.isDirectory()) {
    throw new InputError(`${dir} (${flag}) is een bestand, geen map; kies een map voor ${what}.`);
  }
  // The folder itself, or the nearest folder above it that exists (where it would be made).
  let existing = path.resolve(dir);
  while (!statOrNull(existing)) existing = path.dirname(existing);
  if (!statOrNull(existing)!.isDirectory()) {
    throw new InputError(`De map ${dir} (${flag}) kan niet worden gemaakt: ${existing} is een bestand.`);
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new InputError(
      stat
        ? `In de map ${dir} (${flag}) mag niet worden geschreven.`
        : `De map ${dir} (${flag}) kan niet worden gemaakt: in ${existing} mag niet worden geschreven.`,
    );
  }
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}
