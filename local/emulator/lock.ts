/**
 * LockService: mutual-exclusion locks that really exclude between executions.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * An execution is identified by its EmuContext. The lock table is module-level and keyed by the Account
 * instance, so two executions on the same account (two contexts, e.g. two vm runs) contend for the same
 * locks. Waiting is not emulated: a lock held by another execution makes tryLock return false (and
 * waitLock throw) at once, without advancing any clock. Within one execution, every Lock object of the
 * same scope shares the lock: the execution holds it or not. A negative timeout gives up before trying, as
 * in Apps Script: tryLock returns false and waitLock throws the timeout error (unless the lock is already
 * held, when both have no effect).
 */
import type { Account } from "./account";
import type { EmuContext } from "./context";
import { GAS_ERRORS } from "./runtime";

/** Account -> lock key ("script", "user:<email>", "document:<id>") -> holding execution. */
const registry = new WeakMap<Account, Map<string, EmuContext>>();

function locksOf(account: Account): Map<string, EmuContext> {
  let table = registry.get(account);
  if (!table) {
    table = new Map();
    registry.set(account, table);
  }
  return table;
}

/** Releases every lock the execution holds, as Apps Script does when a script ends. */
export function releaseAllLocks(ctx: EmuContext): void {
  const table = locksOf(ctx.account);
  for (const [key, holder] of table) if (holder === ctx) table.delete(key);
}

class Lock implements Partial<GoogleAppsScript.Lock.Lock> {
  readonly _self: GoogleAppsScript.Lock.Lock;

  constructor(
    private readonly _ctx: EmuContext,
    private readonly _key: string,
  ) {
    this._self = _ctx.rt.expose(this, "Lock");
  }

  hasLock(): boolean {
    return locksOf(this._ctx.account).get(this._key) === this._ctx;
  }

  /** Acquires the lock if it is free (or already ours); never waits. */
  tryLock(timeoutInMillis: number): boolean {
    const table = locksOf(this._ctx.account);
    const holder = table.get(this._key);
    if (holder === this._ctx) return true;
    if (holder || timeoutInMillis < 0) return false;
    table.set(this._key, this._ctx);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(GAS_ERRORS.lockTimeout);
  }

  /** No effect when this execution does not hold the lock. */
  releaseLock(): void {
    if (this.hasLock()) locksOf(this._ctx.account).delete(this._key);
  }
}

class LockService implements Partial<GoogleAppsScript.Lock.LockService> {
  constructor(private readonly _ctx: EmuContext) {}

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return new Lock(this._ctx, "script")._self;
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return new Lock(this._ctx, `user:${this._ctx.account.data.user.email}`)._self;
  }

  /** Null when the script runs outside a document, as documented. */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    const id = this._ctx.account.data.activeSpreadsheetId;
    if (!id) return null as unknown as GoogleAppsScript.Lock.Lock;
    return new Lock(this._ctx, `document:${id}`)._self;
  }
}

export function createLockService(ctx: EmuContext): GoogleAppsScript.Lock.LockService {
  return ctx.rt.expose(new LockService(ctx), "LockService");
}
