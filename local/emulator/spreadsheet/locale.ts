/**
 * What the spreadsheet's locale changes in this emulator: how typed text is recognised as a number or a date,
 * and how numbers and dates are displayed without an explicit number format.
 * Only the Netherlands (nl_NL, the add-on's default) and the United States are modelled; every other locale
 * behaves as en_US here. https://support.google.com/docs/answer/58515 (locale and time zone settings)
 */

export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Order of day and month in a typed date such as 31-12-2026 (nl) or 12/31/2026 (en_US). */
  dateOrder: "DMY" | "MDY";
  months: readonly string[];
  monthsShort: readonly string[];
  days: readonly string[];
  daysShort: readonly string[];
  /** Display of a date value whose cell has no number format; in the number-format language of Sheets. */
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

const NL: LocaleInfo = {
  decimal: ",",
  group: ".",
  dateOrder: "DMY",
  months: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  monthsShort: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  daysShort: ["zo", "ma", "di", "wo", "do", "vr", "za"],
  dateFormat: "d-m-yyyy",
  dateTimeFormat: "d-m-yyyy h:mm:ss",
  timeFormat: "h:mm:ss",
};

const EN_US: LocaleInfo = {
  decimal: ".",
  group: ",",
  dateOrder: "MDY",
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  daysShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  dateFormat: "m/d/yyyy",
  dateTimeFormat: "m/d/yyyy h:mm:ss",
  timeFormat: "h:mm:ss",
};

export function localeInfo(locale: string): LocaleInfo {
  return locale.toLowerCase().startsWith("nl") ? NL : EN_US;
}
