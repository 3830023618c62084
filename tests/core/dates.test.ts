import { addDays, addMonths, dutchDate, isoInZone, zonedMidnight, zonedParts } from "../../src/core/dates";

describe("dates in a time zone", () => {
  test.each([
    ["2026-11-21T23:30:00Z", "Europe/Amsterdam", "2026-11-22"],
    ["2026-11-21T23:30:00Z", "UTC", "2026-11-21"],
    ["2026-06-30T22:00:00Z", "Europe/Amsterdam", "2026-07-01"],
    ["2026-06-30T21:59:59Z", "Europe/Amsterdam", "2026-06-30"],
  ])("isoInZone(%s, %s) = %s", (instant, zone, day) => {
    expect(isoInZone(new Date(instant), zone)).toBe(day);
  });

  test.each([
    ["2026-01-15", "Europe/Amsterdam", "2026-01-14T23:00:00.000Z"],
    ["2026-07-15", "Europe/Amsterdam", "2026-07-14T22:00:00.000Z"],
    ["2026-03-29", "Europe/Amsterdam", "2026-03-28T23:00:00.000Z"],
    ["2026-10-25", "Europe/Amsterdam", "2026-10-24T22:00:00.000Z"],
    ["2026-10-26", "Europe/Amsterdam", "2026-10-25T23:00:00.000Z"],
    ["2026-07-15", "UTC", "2026-07-15T00:00:00.000Z"],
  ])("zonedMidnight(%s, %s) = %s", (day, zone, instant) => {
    const d = zonedMidnight(day, zone);
    expect(d.toISOString()).toBe(instant);
    expect(isoInZone(d, zone)).toBe(day);
  });

  test("adding days and months", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addMonths("2026-11-22", 12)).toBe("2027-11-22");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(dutchDate("2026-03-09")).toBe("09-03-2026");
  });
});

describe("zonedParts", () => {
  test("the same instant read again gives the same parts, in each zone its own", () => {
    const ms = Date.parse("2026-06-30T22:30:00Z");
    const first = zonedParts(ms, "Europe/Amsterdam");
    expect(first).toEqual({ year: 2026, month: 7, day: 1, hour: 0, minute: 30, second: 0 });
    expect(zonedParts(new Date(ms), "Europe/Amsterdam")).toEqual(first);
    expect(zonedParts(ms, "UTC")).toEqual({ year: 2026, month: 6, day: 30, hour: 22, minute: 30, second: 0 });
    expect(zonedParts(ms, "Nowhere/Atlantis")).toBeNull();
  });

  test("an invalid instant is refused as Intl refuses it, also when asked twice", () => {
    expect(() => zonedParts(Number.NaN, "UTC")).toThrow(RangeError);
    expect(() => zonedParts(new Date(Number.NaN), "UTC")).toThrow(RangeError);
  });
});

test("zonedMidnight asked again gives the same instant as a Date of its own", () => {
  const first = zonedMidnight("2026-03-29", "Europe/Amsterdam");
  first.setTime(0);
  const again = zonedMidnight("2026-03-29", "Europe/Amsterdam");
  expect(again.toISOString()).toBe("2026-03-28T23:00:00.000Z");
  expect(zonedMidnight("2026-03-29", "UTC").toISOString()).toBe("2026-03-29T00:00:00.000Z");
  expect(() => zonedMidnight("2026-03-29", "Nowhere/Atlantis")).toThrow(RangeError);
});
