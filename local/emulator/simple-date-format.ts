/**
 * java.text.SimpleDateFormat with Locale.US in a java.util.TimeZone, as Utilities.formatDate uses it.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 */
const MONTHS = [
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
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Zone {
  /** Offset from UTC in milliseconds at instant `t`. */
  offset(t: number): number;
  shortName(t: number): string;
  longName(t: number): string;
}

function gmtName(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const mins = Math.abs(offsetMs) / 60000;
  return `GMT${sign}${pad(Math.floor(mins / 60), 2)}:${pad(mins % 60, 2)}`;
}

function fixedZone(offsetMs: number, shortName: string, longName: string): Zone {
  return { offset: () => offsetMs, shortName: () => shortName, longName: () => longName };
}

/** "GMT+2" / "GMT+5:30" (CLDR) -> "GMT+02:00" / "GMT+05:30" (Java). */
function javaGmt(name: string): string {
  const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  return m ? `GMT${m[1]}${pad(Number(m[2]), 2)}:${m[3] ?? "00"}` : name;
}

function intlZone(id: string): Zone {
  const numeric = new Intl.DateTimeFormat("en-US", {
    timeZone: id,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const nameIn = (locale: string, style: "short" | "long") => {
    const f = new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: style });
    return (t: number) => f.formatToParts(t).find((p) => p.type === "timeZoneName")?.value ?? "";
  };
  const usShort = nameIn("en-US", "short");
  const gbShort = nameIn("en-GB", "short");
  const long = nameIn("en-US", "long");
  return {
    offset(t) {
      const parts: Record<string, number> = {};
      for (const p of numeric.formatToParts(t)) if (p.type !== "literal") parts[p.type] = Number(p.value);
      const local = Date.UTC(
        parts.year!,
        parts.month! - 1,
        parts.day!,
        parts.hour!,
        parts.minute!,
        parts.second!,
      );
      return local - Math.floor(t / 1000) * 1000;
    },
    // Java prints abbreviations where it has them (CET, EST); CLDR has them in en-US or en-GB.
    shortName(t) {
      const us = usShort(t);
      if (!us.startsWith("GMT")) return us;
      return javaGmt(gbShort(t));
    },
    longName: long,
  };
}

const zoneCache = new Map<string, Zone>();

/**
 * A time zone as java.util.TimeZone.getTimeZone reads its ID: an IANA name, "GMT", or a custom
 * "GMT+hh:mm"; any other ID silently means GMT.
 */
export function javaTimeZone(id: string): Zone {
  const cached = zoneCache.get(id);
  if (cached) return cached;
  let zone: Zone;
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (id === "GMT") zone = fixedZone(0, "GMT", "Greenwich Mean Time");
  else if (custom && Number(custom[2]) <= 23 && Number(custom[3] ?? 0) <= 59) {
    const ms = (Number(custom[2]) * 60 + Number(custom[3] ?? 0)) * 60000 * (custom[1] === "-" ? -1 : 1);
    zone = fixedZone(ms, gmtName(ms), gmtName(ms));
  } else {
    try {
      zone = intlZone(id);
    } catch {
      zone = fixedZone(0, "GMT", "Greenwich Mean Time");
    }
  }
  zoneCache.set(id, zone);
  return zone;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

type Token = { letter: string; count: number } | { text: string };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error("Unterminated quote");
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          text += "'";
          j += 2;
        } else {
          text += pattern[j];
          j++;
        }
      }
      tokens.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ letter: c, count: j - i });
      i = j;
    } else {
      tokens.push({ text: c });
      i++;
    }
  }
  return tokens;
}

function isoOffset(offsetMs: number, count: number): string {
  if (count > 3) throw new Error(`invalid ISO 8601 format: length=${count}`);
  if (offsetMs === 0) return "Z";
  const sign = offsetMs < 0 ? "-" : "+";
  const mins = Math.abs(offsetMs) / 60000;
  const hh = pad(Math.floor(mins / 60), 2);
  const mm = pad(mins % 60, 2);
  return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

/** Formats like java.text.SimpleDateFormat with Locale.US in the given time zone. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const t = date.getTime();
  const zone = javaTimeZone(timeZone);
  const offset = zone.offset(t);
  const local = new Date(t + offset);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const day = local.getUTCDate();
  const hour = local.getUTCHours();
  const weekday = local.getUTCDay();
  let out = "";
  for (const token of tokenize(pattern)) {
    if ("text" in token) {
      out += token.text;
      continue;
    }
    const n = token.count;
    switch (token.letter) {
      case "G":
        out += year > 0 ? "AD" : "BC";
        break;
      case "y":
        out += n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      case "M":
      case "L":
        out += n >= 4 ? MONTHS[month] : n === 3 ? MONTHS[month]!.slice(0, 3) : pad(month + 1, n);
        break;
      case "D":
        out += pad((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000 + 1, n);
        break;
      case "d":
        out += pad(day, n);
        break;
      case "E":
        out += n >= 4 ? WEEKDAYS[weekday] : WEEKDAYS[weekday]!.slice(0, 3);
        break;
      case "u":
        out += pad(((weekday + 6) % 7) + 1, n);
        break;
      case "a":
        out += hour < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(hour, n);
        break;
      case "k":
        out += pad(hour === 0 ? 24 : hour, n);
        break;
      case "K":
        out += pad(hour % 12, n);
        break;
      case "h":
        out += pad(hour % 12 === 0 ? 12 : hour % 12, n);
        break;
      case "m":
        out += pad(local.getUTCMinutes(), n);
        break;
      case "s":
        out += pad(local.getUTCSeconds(), n);
        break;
      case "S":
        out += pad(local.getUTCMilliseconds(), n);
        break;
      case "z":
        out += n >= 4 ? zone.longName(t) : zone.shortName(t);
        break;
      case "Z": {
        const mins = Math.abs(offset) / 60000;
        out += `${offset < 0 ? "-" : "+"}${pad(Math.floor(mins / 60), 2)}${pad(mins % 60, 2)}`;
        break;
      }
      case "X":
        out += isoOffset(offset, n);
        break;
      case "Y":
      case "w":
      case "W":
      case "F":
        // Week-based fields depend on Java's locale week rules; the add-on does not use them.
        throw new Error(`Not emulated: Utilities.formatDate pattern letter '${token.letter}'`);
      default:
        throw new Error(`Illegal pattern character '${token.letter}'`);
    }
  }
  return out;
}
