/** Messages of the deadline parser (PRODUCT.md §2.6), Dutch and English. `{value}` comes quoted. */
export const deadlineNl = {
  "deadline.empty": "De deadline is leeg.",
  "deadline.notText": "De deadline is geen tekst of datum (bijvoorbeeld een vinkje).",
  "deadline.cellError": "De cel bevat een formulefout {value} in plaats van een deadline.",
  "deadline.numberNotYear":
    "Het getal {value} is geen jaartal. Komt het uit een export (een datumgetal)? Typ de datum dan als tekst.",
  "deadline.yearOutOfRange": "Het jaar {value} ligt niet tussen {min} en {max}.",
  "deadline.shortYear": "Schrijf het jaar voluit in vier cijfers (20{year} in plaats van {year}).",
  "deadline.missingYear": "Het jaar ontbreekt.",
  "deadline.invalidDate": "Deze datum bestaat niet: {value}.",
  "deadline.invalidDateCell": "De datumcel bevat geen geldige datum.",
  "deadline.unknownMonth": "Onbekende maand {value}.",
  "deadline.invalidQuarter": "Onbekend kwartaal {value}: gebruik Q1, Q2, Q3 of Q4.",
  "deadline.reversedRange":
    "De periode eindigt vóór het begin. Loopt ze over de jaargrens, zet dan bij beide maanden het jaar (okt. 2025 - mrt. 2026).",
  "deadline.badTimeZone":
    "De tijdzone {value} in Instellingen is ongeldig, dus een datumcel kan niet gelezen worden. Gebruik bijvoorbeeld Europe/Amsterdam.",
  "deadline.unrecognized": "Deze deadline wordt niet herkend.",
  "deadline.accepted":
    "Toegestaan: een datum (31-12-2026, 31/12/2026, 2026-12-31 of een datumcel), een maand (Dec. 2026, december 2026), een periode (Jan.-dec. 2026, Okt. 2025 - mrt. 2026), een kwartaal (Q3 2026), een jaar (2026) of Continue / Doorlopend.",
};

export const deadlineEn: Record<keyof typeof deadlineNl, string> = {
  "deadline.empty": "The deadline is empty.",
  "deadline.notText": "The deadline is neither text nor a date (for example a checkbox).",
  "deadline.cellError": "The cell holds a formula error {value} instead of a deadline.",
  "deadline.numberNotYear":
    "The number {value} is not a year. If it comes from an export (a date serial), type the date as text.",
  "deadline.yearOutOfRange": "The year {value} is not between {min} and {max}.",
  "deadline.shortYear": "Write the year in full with four digits (20{year} instead of {year}).",
  "deadline.missingYear": "The year is missing.",
  "deadline.invalidDate": "This date does not exist: {value}.",
  "deadline.invalidDateCell": "The date cell holds no valid date.",
  "deadline.unknownMonth": "Unknown month {value}.",
  "deadline.invalidQuarter": "Unknown quarter {value}: use Q1, Q2, Q3 or Q4.",
  "deadline.reversedRange":
    "The period ends before it starts. If it crosses the new year, give both months their year (Oct. 2025 - Mar. 2026).",
  "deadline.badTimeZone":
    "The time zone {value} in Instellingen is invalid, so a date cell cannot be read. Use for example Europe/Amsterdam.",
  "deadline.unrecognized": "This deadline is not recognised.",
  "deadline.accepted":
    "Accepted: a date (31-12-2026, 31/12/2026, 2026-12-31 or a date cell), a month (Dec. 2026, December 2026), a period (Jan.-Dec. 2026, Oct. 2025 - Mar. 2026), a quarter (Q3 2026), a year (2026) or Continue / Doorlopend (ongoing, no end). Month names may also be Dutch (mrt, mei, okt).",
};
