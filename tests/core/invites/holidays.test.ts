/**
 * core/invites/holidays.ts against the `date-holidays` package (a maintained holiday library, a dev
 * dependency only): the same public holidays of the Netherlands for every year from 1990 to 2100, plus
 * Bevrijdingsdag, which the Algemene termijnenwet counts and the package files under its type "school".
 */
import Holidays from "date-holidays";
import { dutchHolidays, easterSunday, weekdayOf } from "../../../src/core/invites/holidays";

const nl = new Holidays("NL");

function reference(year: number) {
  return nl
    .getHolidays(year)
    .filter((h) => h.type === "public" || h.name === "Bevrijdingsdag")
    .map((h) => h.date.slice(0, 10))
    .sort();
}

test("every public holiday of 1990–2100 is the package's, and no other", () => {
  for (let year = 1990; year <= 2100; year++) {
    expect({ year, dates: dutchHolidays(year).map((h) => h.date) }).toEqual({ year, dates: reference(year) });
  }
});

test("Easter Sunday: known dates, always a Sunday between 22 March and 25 April", () => {
  expect(easterSunday(2024)).toBe("2024-03-31");
  expect(easterSunday(2026)).toBe("2026-04-05");
  expect(easterSunday(2038)).toBe("2038-04-25");
  expect(easterSunday(2285)).toBe("2285-03-22");
  for (let year = 1583; year <= 3000; year++) {
    const e = easterSunday(year);
    expect(weekdayOf(e)).toBe(0);
    expect(e.slice(5) >= "03-22" && e.slice(5) <= "04-25").toBe(true);
  }
});

test("Koningsdag on a Sunday is kept on Saturday the 26th; Koninginnedag before 2014", () => {
  expect(dutchHolidays(2025).find((h) => h.key === "kingsDay")?.date).toBe("2025-04-26");
  expect(dutchHolidays(2026).find((h) => h.key === "kingsDay")?.date).toBe("2026-04-27");
  expect(dutchHolidays(2013).find((h) => h.key === "queensDay")?.date).toBe("2013-04-30");
  expect(dutchHolidays(2006).find((h) => h.key === "queensDay")?.date).toBe("2006-04-29");
});
