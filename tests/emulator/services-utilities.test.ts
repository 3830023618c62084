/** Fidelity tests: Utilities (dates, strings, base-64, digests, blobs, sleep, UUIDs). */
import { createUtilities } from "../../local/emulator/utilities";
import { TEST_NOW, testContext } from "./services-helpers";

const newUtilities = () => createUtilities(testContext());

/** Java's signed bytes of a hex string. */
const signedBytes = (hex: string): number[] =>
  (hex.match(/../g) ?? []).map((h) => {
    const b = Number.parseInt(h, 16);
    return b > 127 ? b - 256 : b;
  });

// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// "Formats date according to specification described in Java SE SimpleDateFormat class."
// https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
describe("Utilities.formatDate", () => {
  const u = newUtilities();
  const fmt = (iso: string, tz: string, pattern: string) => u.formatDate(new Date(iso), tz, pattern);

  test("Europe/Amsterdam across the start of summer time, 29 March 2026", () => {
    const p = "yyyy-MM-dd HH:mm:ss z Z";
    expect(fmt("2026-03-29T00:59:59Z", "Europe/Amsterdam", p)).toBe("2026-03-29 01:59:59 CET +0100");
    expect(fmt("2026-03-29T01:00:00Z", "Europe/Amsterdam", p)).toBe("2026-03-29 03:00:00 CEST +0200");
  });

  test("Europe/Amsterdam across the end of summer time, 25 October 2026", () => {
    const p = "yyyy-MM-dd HH:mm z XXX";
    expect(fmt("2026-10-25T00:30:00Z", "Europe/Amsterdam", p)).toBe("2026-10-25 02:30 CEST +02:00");
    expect(fmt("2026-10-25T01:30:00Z", "Europe/Amsterdam", p)).toBe("2026-10-25 02:30 CET +01:00");
  });

  test("the calendar day depends on the zone", () => {
    expect(fmt("2026-03-28T23:30:00Z", "Europe/Amsterdam", "dd-MM-yyyy")).toBe("29-03-2026");
    expect(fmt("2026-03-28T23:30:00Z", "UTC", "dd-MM-yyyy")).toBe("28-03-2026");
  });

  test("UTC, with quoted literals and ISO offsets", () => {
    expect(u.formatDate(TEST_NOW, "UTC", "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe("2026-11-22T10:00:00Z");
    expect(u.formatDate(TEST_NOW, "UTC", "HH:mm z X XX XXX")).toBe("10:00 UTC Z Z Z");
  });

  test("English month and day names, short and long forms, day numbers", () => {
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "EEEE d MMMM yyyy, EEE d MMM yy")).toBe(
      "Sunday 22 November 2026, Sun 22 Nov 26",
    );
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "M/d/yy D u G")).toBe("11/22/26 326 7 AD");
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "zzzz")).toBe("Central European Standard Time");
  });

  test("12- and 24-hour fields, milliseconds, AM/PM", () => {
    expect(fmt("2026-11-22T12:05:07.009Z", "Europe/Amsterdam", "h:mm:ss.SSS a")).toBe("1:05:07.009 PM");
    expect(fmt("2026-11-21T23:15:00Z", "Europe/Amsterdam", "H k K h a")).toBe("0 24 0 12 AM");
    expect(fmt("2026-11-22T10:00:00Z", "Europe/Amsterdam", "HH:mm X XX")).toBe("11:00 +01 +0100");
  });

  test("quoted text, and '' for an apostrophe inside and outside quotes", () => {
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "'Week van' d MMMM")).toBe("Week van 22 November");
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "h 'o''clock' a")).toBe("11 o'clock AM");
    expect(u.formatDate(TEST_NOW, "Europe/Amsterdam", "''yy")).toBe("'26");
  });

  // java.util.TimeZone.getTimeZone: "the specified TimeZone, or the GMT zone if the given ID cannot be understood"
  test("an unknown zone ID means GMT; custom GMT offsets are understood", () => {
    expect(u.formatDate(TEST_NOW, "Mars/Olympus_Mons", "HH:mm z")).toBe("10:00 GMT");
    expect(u.formatDate(TEST_NOW, "GMT+05:30", "HH:mm z Z")).toBe("15:30 GMT+05:30 +0530");
  });

  test("illegal pattern letters and a non-Date argument throw", () => {
    expect(() => u.formatDate(TEST_NOW, "UTC", "yyyy-qq")).toThrow("Illegal pattern character 'q'");
    expect(() => u.formatDate(TEST_NOW, "UTC", "'open")).toThrow("Unterminated quote");
    expect(() => u.formatDate("2026-11-22" as unknown as Date, "UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
describe("Utilities.formatString", () => {
  const u = newUtilities();

  test("sprintf-like %s %d %f with widths, flags and precision", () => {
    expect(u.formatString("%s heeft %d activiteiten", "Hospice", 12)).toBe("Hospice heeft 12 activiteiten");
    expect(u.formatString("%11.6f", Math.PI)).toBe("   3.141593");
    expect(u.formatString("%-6s|", "abc")).toBe("abc   |");
    expect(u.formatString("%05d", -42)).toBe("-0042");
    expect(u.formatString("%+d %x %X %o %%", 5, 255, 255, 8)).toBe("+5 ff FF 10 %");
    expect(u.formatString("%.2e", 12345.678)).toBe("1.23e+04");
    expect(u.formatString("%s en %s", "a")).toBe("a en %s");
  });
});

describe("Utilities base-64 and digests", () => {
  const u = newUtilities();

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)
  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)
  test("base-64 of strings (UTF-8) and byte arrays, decoded to signed bytes", () => {
    expect(u.base64Encode("Hé")).toBe("SMOp");
    expect(u.base64Encode([72, -61, -87])).toBe("SMOp");
    expect(u.base64Decode("SMOp")).toEqual([72, -61, -87]);
    expect(u.base64Encode("é", u.Charset.US_ASCII)).toBe("Pw==");
    expect(() => u.base64Decode("SMO")).toThrow("Could not decode string.");
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64EncodeWebSafe(Byte)
  test("web-safe base-64 uses - and _", () => {
    expect(u.base64EncodeWebSafe([-5, -1])).toBe("-_8=");
    expect(u.base64Encode([-5, -1])).toBe("+/8=");
    expect(u.base64DecodeWebSafe("-_8=")).toEqual([-5, -1]);
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
  test("computeDigest returns Java's signed bytes", () => {
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, "abc")).toEqual(
      signedBytes("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    );
    expect(u.computeDigest(u.DigestAlgorithm.MD5, "")).toEqual(
      signedBytes("d41d8cd98f00b204e9800998ecf8427e"),
    );
    expect(u.computeDigest(u.DigestAlgorithm.MD5, [97, 98, 99])).toEqual(
      signedBytes("900150983cd24fb0d6963f7d28e17f72"),
    );
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
  // gas-fakes' live tests (test/testutilities.js, "utilities digest"): without a charset a string is hashed
  // as US-ASCII ("€🙂" as "??"); bytes take no charset; arguments that fit no overload are refused.
  test("computeDigest: a string without a charset is US-ASCII; the overloads are checked", () => {
    const md5 = u.DigestAlgorithm.MD5;
    expect(u.computeDigest(md5, "€🙂")).toEqual([
      -22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69,
    ]);
    expect(u.computeDigest(md5, "€🙂")).toEqual(u.computeDigest(md5, "??"));
    expect(u.computeDigest(md5, "€🙂", u.Charset.UTF_8)).toEqual([
      -71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6,
    ]);
    const signature =
      /^The parameters \(.*\) don't match the method signature for Utilities\.computeDigest\.$/;
    const call =
      (...args: unknown[]) =>
      () =>
        (u.computeDigest as (...a: unknown[]) => unknown)(...args);
    expect(call(md5, "x", u.Charset.US_ASCII, 4)).toThrow(signature);
    expect(call("x")).toThrow(signature);
    expect(call(md5, [0, 1, 2], u.Charset.UTF_8)).toThrow(signature);
    expect(call(md5, "x", "fake")).toThrow(signature);
    expect(call("fake", "x", u.Charset.US_ASCII)).toThrow(signature);
    expect(call(md5, ["12bad"])).toThrow(
      "Not emulated: a byte array that holds something other than numbers",
    );
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
// https://developers.google.com/apps-script/reference/base/blob
describe("Utilities.newBlob", () => {
  test("a blob from a string keeps data, content type and name", () => {
    const ctx = testContext();
    const u = createUtilities(ctx);
    const blob = u.newBlob("Zorg & welzijn", "text/plain", "notitie.txt");
    expect(blob.getDataAsString()).toBe("Zorg & welzijn");
    expect(blob.getContentType()).toBe("text/plain");
    expect(blob.getName()).toBe("notitie.txt");
    expect(blob.setName("verslag.txt").getName()).toBe("verslag.txt");
    const copy = blob.copyBlob().setName("kopie.txt");
    expect(blob.getName()).toBe("verslag.txt");
    expect(copy.getBytes()).toEqual(blob.getBytes());
    expect(ctx.rt.calls["Blob.setName"]).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/base/blob#setBytes(Byte)
  // https://developers.google.com/apps-script/reference/base/blob#setDataFromString(String,String)
  // https://developers.google.com/apps-script/reference/base/blob#setContentType(String)
  // https://developers.google.com/apps-script/reference/base/blob#isGoogleType()
  // https://developers.google.com/apps-script/reference/base/blob#getBlob()
  test("bytes, text and content type can be replaced; getBlob is an independent copy", () => {
    const blob = newUtilities().newBlob([1, 2], "application/octet-stream", "data.bin");
    expect(blob.setBytes([-1, 0, 127]).getBytes()).toEqual([-1, 0, 127]);
    expect(blob.setDataFromString("Hé").getBytes()).toEqual([72, -61, -87]);
    expect(blob.setDataFromString("é", "ISO-8859-1").getBytes()).toEqual([-23]);
    expect(blob.getDataAsString("ISO-8859-1")).toBe("é");
    expect(blob.setContentType("text/csv").getContentType()).toBe("text/csv");
    expect(blob.setContentType(null).getContentType()).toBeNull();
    expect(blob.isGoogleType()).toBe(false);
    const copy = blob.getBlob();
    copy.setBytes([65]).setName("kopie.bin");
    expect([blob.getBytes(), blob.getName()]).toEqual([[-23], "data.bin"]);
    expect([copy.getDataAsString(), copy.getName()]).toEqual(["A", "kopie.bin"]);
  });

  // gas-fakes' live tests (test/testutilities.js, "utilities blob manipulation"): newBlob(text) is text/plain.
  test("a blob from a string alone is text/plain, without a name", () => {
    const blob = newUtilities().newBlob("foo is not bar");
    expect([blob.getContentType(), blob.getName(), blob.getDataAsString()]).toEqual([
      "text/plain",
      null,
      "foo is not bar",
    ]);
  });

  test("a blob from bytes has no content type or name until set", () => {
    const blob = newUtilities().newBlob([72, -61, -87]);
    expect(blob.getDataAsString()).toBe("Hé");
    expect(blob.getBytes()).toEqual([72, -61, -87]);
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });
});

describe("Utilities.sleep and getUuid", () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  // "The maximum allowed value is 300000 (or 5 minutes)."
  test("sleep does not wait but moves the emulated clock on; it refuses more than 300000 ms", () => {
    const ctx = testContext();
    const u = createUtilities(ctx);
    const started = Date.now();
    u.sleep(300000);
    expect(Date.now() - started).toBeLessThan(1000);
    u.sleep(500);
    expect(ctx.now().getTime() - TEST_NOW.getTime()).toBe(300500);
    expect(() => u.sleep(300001)).toThrow("Invalid argument: milliseconds");
    expect(() => u.sleep(-1)).toThrow("Invalid argument: milliseconds");
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  test("getUuid gives distinct version-4 UUIDs", () => {
    const u = newUtilities();
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
  });
});
