/**
 * Utilities: date formatting (its SimpleDateFormat patterns in simple-date-format.ts), sprintf-like formatting,
 * base-64, digests, UUIDs and Blobs.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 *
 * Byte arrays are Java `byte[]`: numbers from -128 to 127.
 */
import * as crypto from "node:crypto";
import type { EmuContext } from "./context";
import { formatJavaDate } from "./simple-date-format";
import { isDate } from "./values";

type Byte = number;
/** Enum arguments arrive as our enum strings (or anything else a caller passes). */
type CharsetArg = GoogleAppsScript.Utilities.Charset | string;

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

/** A Java byte[] argument; an array of anything but numbers is refused (its real error text is not known). */
function fromJavaBytes(bytes: Byte[]): Buffer {
  if (!bytes.every((b) => typeof b === "number" && Number.isFinite(b))) {
    throw new Error("Not emulated: a byte array that holds something other than numbers");
  }
  return Buffer.from(bytes.map((b) => b & 0xff));
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

/** A Blob made by another service (DriveApp's File.getAs, File.getBlob). */
export function createBlob(
  ctx: EmuContext,
  bytes: Buffer,
  contentType: string | null,
  name: string | null,
): GoogleAppsScript.Base.Blob {
  return new Blob(ctx, bytes, contentType, name)._self;
}

// ---------------------------------------------------------------------------------------------------------
// Utilities

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_WEBSAFE = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?$/;
export const SLEEP_MAX_MS = 300000;

class Utilities implements Partial<GoogleAppsScript.Utilities.Utilities> {
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

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

  /**
   * Does not wait: the emulated clock (`ctx.now`, which caches and console timers read) moves on by
   * `milliseconds`, so a cache entry put for 2 seconds is gone after sleep(2000), as in Apps Script.
   */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || !(milliseconds >= 0 && milliseconds <= SLEEP_MAX_MS)) {
      throw new Error("Invalid argument: milliseconds");
    }
    const before = this._ctx.now;
    this._ctx.now = () => new Date(before().getTime() + milliseconds);
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

  /**
   * (algorithm, bytes), (algorithm, string) or (algorithm, string, charset). A string without a charset is
   * encoded as US-ASCII (other characters become "?"), as Apps Script does: gas-fakes' live tests
   * (testutilities.js, "utilities digest") expect the US-ASCII digests there.
   */
  computeDigest(...args: unknown[]): Byte[] {
    const method = "Utilities.computeDigest";
    const [algorithm, value, charset] = args;
    if (args.length < 2 || args.length > 3) throw signatureError(method, args);
    if (algorithm === DigestAlgorithm.MD2) throw new Error("Not emulated: Utilities.computeDigest MD2");
    const alg = NODE_DIGEST[String(algorithm)];
    if (!alg || typeof algorithm !== "string") throw signatureError(method, args);
    let bytes: Buffer;
    if (typeof value === "string") {
      const cs = charset ?? Charset.US_ASCII;
      if (cs !== Charset.US_ASCII && cs !== Charset.UTF_8) throw signatureError(method, args);
      bytes = encodeString(value, cs);
    } else if (Array.isArray(value) && args.length === 2) {
      bytes = fromJavaBytes(value);
    } else {
      throw signatureError(method, args);
    }
    return toJavaBytes(crypto.createHash(alg).update(bytes).digest());
  }

  /** A blob made from a string is "text/plain" unless given a content type (gas-fakes' live tests). */
  newBlob(data: string | Byte[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    const bytes = dataBytes("Utilities.newBlob", [data], data);
    const type = contentType === undefined && typeof data === "string" ? "text/plain" : contentType;
    return new Blob(this._ctx, bytes, type ?? null, name ?? null)._self;
  }
}

export function createUtilities(ctx: EmuContext): GoogleAppsScript.Utilities.Utilities {
  return ctx.rt.expose(new Utilities(ctx), "Utilities");
}
