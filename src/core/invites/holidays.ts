/**
 * The Dutch public holidays (algemeen erkende feestdagen, Algemene termijnenwet art. 3) the year planning of
 * meetings avoids: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag,
 * Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. A small table with Easter computed, because the
 * `date-holidays` package with only its Dutch data is far larger than this whole add-on's needs (its test
 * checks this table against that package for many years).
 */
import { addDays, type IsoDate, isoOf as iso } from "../dates";

export type HolidayKey =
  | "newYear"
  | "easter"
  | "easterMonday"
  | "kingsDay"
  | "queensDay"
  | "liberation"
  | "ascension"
  | "whitSunday"
  | "whitMonday"
  | "christmas"
  | "boxingDay";

export interface Holiday {
  date: IsoDate;
  key: HolidayKey;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: IsoDate): number => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * The king's or queen's birthday: Koningsdag 27 April since 2014, Koninginnedag 30 April from 1980 to 2013;
 * on a Sunday it is kept the day before.
 */
function royalDay(year: number): Holiday {
  const key: HolidayKey = year >= 2014 ? "kingsDay" : "queensDay";
  const date = iso(year, 4, year >= 2014 ? 27 : 30);
  return { date: weekdayOf(date) === 0 ? addDays(date, -1) : date, key };
}

/** The public holidays of a year (1980 and later), in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), key: "newYear" },
    { date: easter, key: "easter" },
    { date: addDays(easter, 1), key: "easterMonday" },
    royalDay(year),
    { date: iso(year, 5, 5), key: "liberation" },
    { date: addDays(easter, 39), key: "ascension" },
    { date: addDays(easter, 49), key: "whitSunday" },
    { date: addDays(easter, 50), key: "whitMonday" },
    { date: iso(year, 12, 25), key: "christmas" },
    { date: iso(year, 12, 26), key: "boxingDay" },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
