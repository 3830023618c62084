/** A small synthetic network of any size: three projects, activities spread over them and the statuses. */
import type { Rows } from "./addon";

const HEADER = [
  "ID",
  "Project",
  "Thema",
  "Onderwerp",
  "Trekker",
  "Deadline",
  "Fase",
  "Status",
  "Laatst bijgewerkt",
];
const DEADLINES = ["Dec. 2026", "Okt.-dec. 2026", "Q3 2027", "Continue", "2027", "Mei 2026", "31-12-2026"];
const STATUSES = ["Op schema", "Doorlopend", "Behaald", "Achter op schema"];
export const PROJECTS = ["Levenspad", "Samen leven tot het laatst", "PZP in Wijde Meren en Naarden"];

export function network(activityCount: number): Record<string, Rows> {
  const activities: Rows = [HEADER];
  for (let i = 0; i < activityCount; i++) {
    const deadline = DEADLINES[i % DEADLINES.length]!;
    activities.push([
      "",
      PROJECTS[i % PROJECTS.length]!,
      "Proactieve zorg en ondersteuning",
      `Activiteit ${i + 1}`,
      "Netwerkcoördinator",
      deadline,
      deadline === "Continue" ? "Continue" : "Uitvoering",
      deadline === "Continue" ? "Doorlopend" : STATUSES[i % STATUSES.length]!,
      "",
    ]);
  }
  return {
    Activiteiten: activities,
    Projecten: [
      ["Naam", "Korte naam", "Probleemstelling", "Doelstellingen", "Rode vlag", "Voortgang", "Peildatum"],
      ...PROJECTS.map((p) => [
        p,
        "",
        `Probleem van ${p}`,
        "Doel 1\nDoel 2",
        "",
        "Fase 1:\nGedaan",
        "November 2026",
      ]),
    ],
    Leden: [
      ["Naam", "E-mail", "Rol", "Groepen", "Actief"],
      ["Anna de Vries", "anna@example.org", "Netwerkcoördinator", "Kerngroep", true],
    ],
    Vergaderingen: [["Groep", "Titel", "Datum"]],
    Instellingen: [
      ["Sleutel", "Waarde"],
      ["Regio", "Gooi en Vechtstreek"],
      ["Jaar", 2026],
    ],
  };
}
