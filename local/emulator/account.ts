import * as fs from "node:fs";
import * as path from "node:path";
import { type CalendarData, newCalendarData } from "./calendar/model";
import type { DocumentData } from "./document/model";
import { type DriveData, newDriveData } from "./drive/model";
import { newSpreadsheetData, type SpreadsheetData } from "./spreadsheet/model";
import { isDate } from "./values";

/**
 * Everything a Google account holds that the add-on can reach: spreadsheets, property stores, caches.
 * Later services (Docs, Drive, Calendar) add their own stores here. It is plain data so that the whole
 * account can be saved to a folder as JSON and loaded again (`npm start -- --state DIR`).
 */
export interface AccountData {
  user: { email: string; locale: string };
  spreadsheets: Record<string, SpreadsheetData>;
  /** The spreadsheet the add-on runs in (SpreadsheetApp.getActiveSpreadsheet()). */
  activeSpreadsheetId: string | null;
  properties: {
    script: Record<string, string>;
    user: Record<string, string>;
    /** Per spreadsheet id. */
    document: Record<string, Record<string, string>>;
  };
  /** Cache entries: key -> value and expiry (ms since epoch). */
  cache: {
    script: Record<string, { value: string; expires: number }>;
    user: Record<string, { value: string; expires: number }>;
    document: Record<string, Record<string, { value: string; expires: number }>>;
  };
  /** Google Calendar: calendars, events and the mails they caused (calendar/model.ts). */
  calendar: CalendarData;
  /** Google Docs by id (DocumentApp); their Drive items are in `drive`. */
  documents: Record<string, DocumentData>;
  /** Folders and files (DriveApp), and what the drive.file scope lets the script reach. */
  drive: DriveData;
  nextId: number;
}

export function newAccountData(): AccountData {
  return {
    user: { email: "coordinator@example.org", locale: "nl" },
    spreadsheets: {},
    activeSpreadsheetId: null,
    properties: { script: {}, user: {}, document: {} },
    cache: { script: {}, user: {}, document: {} },
    calendar: newCalendarData(),
    documents: {},
    drive: newDriveData(),
    nextId: 1,
  };
}

export class Account {
  constructor(readonly data: AccountData = newAccountData()) {}

  /** A new id in the shape of a Drive file id (44 characters, URL-safe). */
  newFileId(): string {
    const n = this.data.nextId++;
    return `1emu${String(n).padStart(6, "0")}${"x".repeat(34)}`;
  }

  createSpreadsheet(name: string, timeZone = "Europe/Amsterdam"): SpreadsheetData {
    const id = this.newFileId();
    const ss = newSpreadsheetData(id, name, timeZone);
    this.data.spreadsheets[id] = ss;
    return ss;
  }

  /** Adds an existing spreadsheet (for example read from an xlsx file) to the account. */
  addSpreadsheet(ss: SpreadsheetData): void {
    this.data.spreadsheets[ss.id] = ss;
  }

  get activeSpreadsheet(): SpreadsheetData | null {
    const id = this.data.activeSpreadsheetId;
    return id ? (this.data.spreadsheets[id] ?? null) : null;
  }

  /** Writes the account to `dir/account.json` (dates encoded as `{ "$date": iso }`). */
  save(dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "account.json");
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, dateReplacer, 1));
    fs.renameSync(tmp, file);
  }

  /**
   * Loads an account saved with `save`; null when the folder holds none. A file that is not JSON, or not in the
   * shape of a saved account (account-shape.ts), throws an Error that says where (in Dutch).
   */
  static load(dir: string): Account | null {
    const file = path.join(dir, "account.json");
    if (!fs.existsSync(file)) return null;
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(file, "utf8"), dateReviver);
    } catch {
      throw new Error("account.json is geen leesbare JSON");
    }
    // The check's schemas (zod, some 10 MB once loaded) are loaded only when a saved account is.
    const { accountShapeProblem } = require("./account-shape") as typeof import("./account-shape");
    const problem = accountShapeProblem(data);
    if (problem) throw new Error(`account.json wijkt af bij ${problem}`);
    return new Account({ ...newAccountData(), ...(data as AccountData) });
  }
}

function dateReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (isDate(raw)) return { $date: raw.toISOString() };
  return value;
}

function dateReviver(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o.$date === "string") return new Date(o.$date);
  }
  return value;
}
