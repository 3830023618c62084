/**
 * Session: the user and the script's time zone.
 * https://developers.google.com/apps-script/reference/base/session
 * https://developers.google.com/apps-script/reference/base/user
 */
import * as crypto from "node:crypto";
import type { EmuContext } from "./context";

export const DEFAULT_SCRIPT_TIME_ZONE = "Europe/Amsterdam";

export interface SessionOptions {
  /** The project's time zone (appsscript.json `timeZone`); default Europe/Amsterdam. */
  scriptTimeZone?: string;
}

class User implements Partial<GoogleAppsScript.Base.User> {
  readonly _self: GoogleAppsScript.Base.User;

  constructor(
    ctx: EmuContext,
    private readonly _email: string,
  ) {
    this._self = ctx.rt.expose(this, "User");
  }

  getEmail(): string {
    return this._email;
  }

  /** A User prints as its email address. */
  _toString(): string {
    return this._email;
  }
}

class Session implements Partial<GoogleAppsScript.Base.Session> {
  constructor(
    private readonly _ctx: EmuContext,
    private readonly _timeZone: string,
  ) {}

  /** The emulated account is both the user at the keyboard and the one the script runs as. */
  getActiveUser(): GoogleAppsScript.Base.User {
    return new User(this._ctx, this._ctx.account.data.user.email)._self;
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new User(this._ctx, this._ctx.account.data.user.email)._self;
  }

  getActiveUserLocale(): string {
    return this._ctx.account.data.user.locale;
  }

  getScriptTimeZone(): string {
    return this._timeZone;
  }

  /** Stable per user, and does not reveal the address (a hash of it). */
  getTemporaryActiveUserKey(): string {
    const email = this._ctx.account.data.user.email;
    return crypto.createHash("sha256").update(`netwerkplan-emulator:${email}`).digest("base64");
  }
}

export function createSession(ctx: EmuContext, options: SessionOptions = {}): GoogleAppsScript.Base.Session {
  return ctx.rt.expose(new Session(ctx, options.scriptTimeZone ?? DEFAULT_SCRIPT_TIME_ZONE), "Session");
}
