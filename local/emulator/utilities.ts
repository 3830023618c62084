/**
 * Utilities: date formatting, sprintf-like formatting, base-64, digests, UUIDs and Blobs.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 *
 * Byte arrays are Java `byte[]`: numbers from -128 to 127.
 */
import * as crypto from "node:crypto";
import type { EmuContext } from "./context";
import { isDate } from "./values";

type Byte = number;
/** Enum arguments arrive as our enum strings (or anything else a caller passes). */
type CharsetArg = GoogleAppsScript.Utilities.Charset | string;
type DigestArg = GoogleAppsScript.Utilities.DigestAlgorithm | string;

// ---------------------------------------------------------------------------------------------------------
// Enums (Apps Script enums print as their names; plain strings are enough here)

export const Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;
export const DigestAlgorithm = {
  MD2: "MD2",
  MD5: "MD5",
  SHA_1: "SHA_1",
  SHA_256: "SHA_256",
  SHA_384: "SHA_384",
  SHA_512: "SHA_512",
} as const;
export const MacAlgorithm = {
  HMAC_MD5: "HMAC_MD5",
  HMAC_SHA_1: "HMAC_SHA_1",
  HMAC_SHA_256: "HMAC_SHA_256",
  HMAC_SHA_384: "HMAC_SHA_384",
  HMAC_SHA_512: "HMAC_SHA_512",
} as const;
export const RsaAlgorithm = { RSA_SHA_1: "RSA_SHA_1", RSA_SHA_256: "RSA_SHA_256" } as const;

const NODE_DIGEST: Record<string, string> = {
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

// ---------------------------------------------------------------------------------------------------------
// Errors

/** The V8 runtime's text when arguments do not fit any overload. */
export function signatureError(method: string, args: unknown[]): Error {
  const typeName = (v: unknown): string => {
    if (v === null) return "null";
    if (typeof v === "string") return "String";
    if (typeof v === "number") return "number";
    if (typeof v === "boolean") return "Boolean";
    if (isDate(v)) return "Date";
    if (Array.isArray(v)) return "Object[]";
    return typeof v === "object" ? "Object" : String(typeof v);
  };
  return new Error(
    `The parameters (${args.map(typeName).join(",")}) don't match the method signature for ${method}.`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Bytes

export function toJavaBytes(buf: Uint8Array): Byte[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function fromJavaBytes(bytes: Byte[]): Buffer {
  return Buffer.from(bytes.map((b) => Number(b) & 0xff));
}

/** Encodes a string like Java's String.getBytes(charset): US-ASCII turns other characters into "?". */
function encodeString(s: string, charsetArg: CharsetArg = Charset.UTF_8): Buffer {
  const charset = String(charsetArg);
  if (charset === Charset.US_ASCII)
    return Buffer.from(Array.from(s, (c) => (c.charCodeAt(0) < 128 ? c : "?")).join(""), "latin1");
  if (charset === Charset.UTF_8) return Buffer.from(s, "utf8");
  throw new Error(`Not emulated: Utilities charset ${String(charset)}`);
}

function dataBytes(method: string, args: unknown[], data: unknown, charset?: CharsetArg): Buffer {
  if (typeof data === "string") return encodeString(data, charset);
  if (Array.isArray(data)) return fromJavaBytes(data as Byte[]);
  throw signatureError(method, args);
}

/** Java charset names as Blob.getDataAsString(charset) takes them ("UTF-8", "US-ASCII", "ISO-8859-1"). */
function nodeEncoding(charset: string): BufferEncoding {
  const name = charset.toUpperCase().replace(/[-_]/g, "");
  if (name === "UTF8") return "utf8";
  if (name === "USASCII" || name === "ASCII") return "ascii";
  if (name === "ISO88591" || name === "LATIN1") return "latin1";
  throw new Error(`Not emulated: Blob charset ${charset}`);
}

// ---------------------------------------------------------------------------------------------------------
// formatDate: java.text.SimpleDateFormat in a time zone, English names

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

// ---------------------------------------------------------------------------------------------------------
// formatString: sprintf-like

const SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([sdifexXoc%])/g;

/**
 * %s %d %i %f %e %x %X %o %c %% with flags - + space 0, width and precision. A specifier without a
 * matching argument is left as it is.
 */
export function formatSprintf(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(SPEC, (whole, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === "%") return "%";
    if (next >= args.length) return whole;
    const arg = args[next++];
    const prec = precision === undefined ? undefined : Number(precision);
    let body: string;
    let numeric = true;
    const num = Number(arg);
    switch (conv) {
      case "s":
        body = String(arg);
        if (prec !== undefined) body = body.slice(0, prec);
        numeric = false;
        break;
      case "c":
        body = typeof arg === "number" ? String.fromCharCode(arg) : String(arg).charAt(0);
        numeric = false;
        break;
      case "d":
      case "i":
        body = Number.isFinite(num) ? String(Math.abs(Math.trunc(num))) : String(num);
        break;
      case "f":
        body = Number.isFinite(num) ? Math.abs(num).toFixed(prec ?? 6) : String(num);
        break;
      case "e":
        body = Number.isFinite(num)
          ? Math.abs(num)
              .toExponential(prec ?? 6)
              .replace(/e([+-])(\d)$/, "e$10$2")
          : String(num);
        break;
      default: {
        const radix = conv === "o" ? 8 : 16;
        body = Math.abs(Math.trunc(num)).toString(radix);
        if (conv === "X") body = body.toUpperCase();
      }
    }
    let sign = "";
    if (numeric && Number.isFinite(num)) {
      if (num < 0 && body !== "0" && !/^0(\.0*)?$/.test(body)) sign = "-";
      else if (flags.includes("+")) sign = "+";
      else if (flags.includes(" ")) sign = " ";
    }
    const w = width === undefined ? 0 : Number(width);
    const len = sign.length + body.length;
    if (len >= w) return sign + body;
    if (flags.includes("-")) return sign + body + " ".repeat(w - len);
    if (flags.includes("0") && numeric) return sign + "0".repeat(w - len) + body;
    return " ".repeat(w - len) + sign + body;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Blob

class Blob implements Partial<GoogleAppsScript.Base.Blob> {
  readonly _self: GoogleAppsScript.Base.Blob;

  constructor(
    private readonly _ctx: EmuContext,
    private _bytes: Buffer,
    private _contentType: string | null,
    private _name: string | null,
  ) {
    this._self = _ctx.rt.expose(this, "Blob");
  }

  getBytes(): Byte[] {
    return toJavaBytes(this._bytes);
  }

  setBytes(data: Byte[]): GoogleAppsScript.Base.Blob {
    this._bytes = fromJavaBytes(data);
    return this._self;
  }

  getDataAsString(charset = "UTF-8"): string {
    return this._bytes.toString(nodeEncoding(charset));
  }

  setDataFromString(data: string, charset = "UTF-8"): GoogleAppsScript.Base.Blob {
    this._bytes = Buffer.from(String(data), nodeEncoding(charset));
    return this._self;
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this._contentType = contentType;
    return this._self;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this._name = name;
    return this._self;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return new Blob(this._ctx, Buffer.from(this._bytes), this._contentType, this._name)._self;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return this.copyBlob();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Utilities

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_WEBSAFE = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?$/;
export const SLEEP_MAX_MS = 300000;

class Utilities implements Partial<GoogleAppsScript.Utilities.Utilities> {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;

  constructor(private readonly _ctx: EmuContext) {}

  /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.formatDate", [date, timeZone, format]);
    }
    return formatJavaDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatSprintf(String(template), args);
  }

  getUuid(): string {
    return crypto.randomUUID();
  }

  /** Emulated time does not pass: sleeping advances nothing. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || !(milliseconds >= 0 && milliseconds <= SLEEP_MAX_MS)) {
      throw new Error("Invalid argument: milliseconds");
    }
  }

  base64Encode(data: string | Byte[], charset?: CharsetArg): string {
    return dataBytes("Utilities.base64Encode", [data], data, charset).toString("base64");
  }

  base64EncodeWebSafe(data: string | Byte[], charset?: CharsetArg): string {
    return this.base64Encode(data, charset).replace(/\+/g, "-").replace(/\//g, "_");
  }

  /** Strict like Apps Script: the padded alphabet only. */
  base64Decode(encoded: string, _charset?: CharsetArg): Byte[] {
    if (typeof encoded !== "string") throw signatureError("Utilities.base64Decode", [encoded]);
    if (!BASE64.test(encoded)) throw new Error("Could not decode string.");
    return toJavaBytes(Buffer.from(encoded, "base64"));
  }

  base64DecodeWebSafe(encoded: string, _charset?: CharsetArg): Byte[] {
    if (typeof encoded !== "string") throw signatureError("Utilities.base64DecodeWebSafe", [encoded]);
    if (!BASE64_WEBSAFE.test(encoded)) throw new Error("Could not decode string.");
    return toJavaBytes(Buffer.from(encoded, "base64url"));
  }

  computeDigest(algorithm: DigestArg, value: string | Byte[], charset?: CharsetArg): Byte[] {
    const alg = NODE_DIGEST[String(algorithm)];
    if (!alg) {
      if (String(algorithm) === DigestAlgorithm.MD2)
        throw new Error("Not emulated: Utilities.computeDigest MD2");
      throw signatureError("Utilities.computeDigest", [algorithm, value]);
    }
    const bytes = dataBytes("Utilities.computeDigest", [algorithm, value], value, charset);
    return toJavaBytes(crypto.createHash(alg).update(bytes).digest());
  }

  newBlob(data: string | Byte[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    const bytes = dataBytes("Utilities.newBlob", [data], data);
    return new Blob(this._ctx, bytes, contentType ?? null, name ?? null)._self;
  }
}

export function createUtilities(ctx: EmuContext): GoogleAppsScript.Utilities.Utilities {
  return ctx.rt.expose(new Utilities(ctx), "Utilities");
}
