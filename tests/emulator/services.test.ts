/**
 * Fidelity tests: PropertiesService, LockService, CacheService, Session, and how these services meet the
 * runtime (call counting, Not emulated, AuthMode.NONE, faults).
 */
import * as vm from "node:vm";
import { Account } from "../../local/emulator/account";
import { CACHE_ERRORS, createCacheService } from "../../local/emulator/cache";
import { createLockService, releaseAllLocks } from "../../local/emulator/lock";
import { createConsole, createLogger } from "../../local/emulator/logger";
import { createPropertiesService, PROPERTY_ERRORS } from "../../local/emulator/properties";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { createSession } from "../../local/emulator/session";
import { createUtilities } from "../../local/emulator/utilities";
import { testClock, testContext } from "./services-helpers";

describe("PropertiesService", () => {
  // https://developers.google.com/apps-script/guides/properties#data_format
  // "Data types that are not already strings are automatically converted to strings"
  test("stores values as strings and returns null for a missing key", () => {
    const props = createPropertiesService(testContext()).getScriptProperties();
    props.setProperty("DAYS_TO_FETCH", 5 as unknown as string);
    props.setProperty("ENABLED", true as unknown as string);
    expect(props.getProperty("DAYS_TO_FETCH")).toBe("5");
    expect(props.getProperty("ENABLED")).toBe("true");
    // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
    expect(props.getProperty("MISSING")).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  // https://developers.google.com/apps-script/reference/properties/properties#getKeys()
  test("getProperties is a copy; getKeys lists the keys; deletes remove", () => {
    const props = createPropertiesService(testContext()).getUserProperties();
    props.setProperty("a", "1").setProperty("b", "2").setProperty("c", "3");
    const all = props.getProperties();
    all.a = "changed";
    expect(props.getProperty("a")).toBe("1");
    expect(props.getKeys().sort()).toEqual(["a", "b", "c"]);
    props.deleteProperty("b");
    expect(props.getProperties()).toEqual({ a: "1", c: "3" });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  test("setProperties converts values and, with deleteAllOthers, drops the other keys", () => {
    const props = createPropertiesService(testContext()).getScriptProperties();
    props.setProperties({ keep: "x", old: "y" });
    props.setProperties({ keep: 1, added: null } as unknown as Record<string, string>);
    expect(props.getProperties()).toEqual({ keep: "1", old: "y", added: "null" });
    props.setProperties({ only: "z" }, true);
    expect(props.getProperties()).toEqual({ only: "z" });
  });

  // https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
  test("script, user and document stores are separate; document properties are per document", () => {
    const ctx = testContext();
    const service = createPropertiesService(ctx);
    expect(service.getDocumentProperties()).toBeNull();

    const first = ctx.account.createSpreadsheet("Eerste").id;
    const second = ctx.account.createSpreadsheet("Tweede").id;
    ctx.account.data.activeSpreadsheetId = first;
    service.getDocumentProperties().setProperty("Taal", "en");
    service.getScriptProperties().setProperty("Taal", "nl");
    expect(service.getUserProperties().getProperty("Taal")).toBeNull();
    expect(service.getDocumentProperties().getProperty("Taal")).toBe("en");

    ctx.account.data.activeSpreadsheetId = second;
    expect(service.getDocumentProperties().getProperty("Taal")).toBeNull();
    expect(service.getScriptProperties().getProperty("Taal")).toBe("nl");
    // The store is plain account data, so it is saved with the account.
    expect(ctx.account.data.properties.document[first]).toEqual({ Taal: "en" });
  });

  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
  // "Properties value size 9 KB / val", "Properties total storage 500 KB / property store"
  test("a value over 9 KB (in UTF-8 bytes) is refused and nothing is stored", () => {
    const props = createPropertiesService(testContext()).getScriptProperties();
    props.setProperty("max", "x".repeat(9 * 1024));
    expect(props.getProperty("max")).toHaveLength(9216);
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow(PROPERTY_ERRORS.valueTooLarge);
    // 4609 characters, but 9218 bytes.
    expect(() => props.setProperty("accents", "é".repeat(4609))).toThrow("Argument too large: value");
    expect(props.getKeys()).toEqual(["max"]);
  });

  test("a store over 500 KB is refused with the quota text, keeping what was there", () => {
    const props = createPropertiesService(testContext()).getScriptProperties();
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, "y".repeat(9000));
    }).toThrow("You have exceeded the property storage quota. Please remove some properties and try again.");
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
    expect(props.getKeys()).toHaveLength(n - 1);
    // Overwriting a key counts its new size only.
    props.setProperty("k0", "small");
    expect(props.getProperty("k0")).toBe("small");
  });
});

describe("LockService", () => {
  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  test("a script lock held by one execution excludes another execution on the same account", () => {
    const account = new Account();
    const a = testContext({ account });
    const b = testContext({ account });
    const lockA = createLockService(a).getScriptLock();
    const lockB = createLockService(b).getScriptLock();

    expect(lockA.tryLock(1000)).toBe(true);
    expect(lockA.hasLock()).toBe(true);
    expect(lockB.tryLock(30000)).toBe(false);
    expect(lockB.hasLock()).toBe(false);
    expect(() => lockB.waitLock(30000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(GAS_ERRORS.lockTimeout).toBe("Lock timeout: another process was holding the lock for too long.");

    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
    lockB.releaseLock(); // not held by b: no effect
    expect(lockA.hasLock()).toBe(true);
    lockA.releaseLock();
    expect(lockA.hasLock()).toBe(false);
    expect(lockB.tryLock(0)).toBe(true);
  });

  test("waitLock on a lock another execution holds fails at once instead of waiting", () => {
    const account = new Account();
    createLockService(testContext({ account })).getScriptLock().waitLock(10000);
    const lock = createLockService(testContext({ account })).getScriptLock();
    const started = Date.now();
    expect(() => lock.waitLock(30000)).toThrow(GAS_ERRORS.lockTimeout);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // "Locks are released automatically when the script terminates" (Lock#releaseLock)
  test("releaseAllLocks ends an execution's locks, like the end of a script", () => {
    const account = new Account();
    const a = testContext({ account, withDocument: true });
    const b = testContext({ account });
    const la = createLockService(a);
    expect(la.getScriptLock().tryLock(0)).toBe(true);
    expect(la.getDocumentLock().tryLock(0)).toBe(true);
    expect(createLockService(b).getDocumentLock().tryLock(0)).toBe(false);
    releaseAllLocks(a);
    expect(createLockService(b).getScriptLock().tryLock(0)).toBe(true);
    expect(createLockService(b).getDocumentLock().tryLock(0)).toBe(true);
  });

  test("two vm runs on one account contend for the script lock", () => {
    const account = new Account();
    const code = "var lock = LockService.getScriptLock(); lock.tryLock(5000);";
    const runA = testContext({ account });
    const runB = testContext({ account });
    expect(vm.runInNewContext(code, { LockService: createLockService(runA) })).toBe(true);
    expect(vm.runInNewContext(code, { LockService: createLockService(runB) })).toBe(false);
    releaseAllLocks(runA);
    expect(vm.runInNewContext(code, { LockService: createLockService(runB) })).toBe(true);
  });

  test("scopes are separate locks; other accounts do not contend; one execution re-acquires its own lock", () => {
    const account = new Account();
    const a = testContext({ account });
    const b = testContext({ account });
    expect(createLockService(a).getScriptLock().tryLock(0)).toBe(true);
    expect(createLockService(b).getUserLock().tryLock(0)).toBe(true);
    expect(createLockService(testContext()).getScriptLock().tryLock(0)).toBe(true);
    // A second Lock object of the same execution: the execution already holds the lock.
    expect(createLockService(a).getScriptLock().hasLock()).toBe(true);
    expect(createLockService(a).getScriptLock().tryLock(0)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  // ("timing out after the provided number of milliseconds"; "This method has no effect if the lock has
  // already been acquired"). gas-fakes' live tests (test/testlock.js, "Lock timeout failures"): tryLock(-100)
  // is false, waitLock(-100) throws "Lock timeout…", and neither takes the lock.
  test("a negative timeout: tryLock is false and waitLock throws, unless the lock is already held", () => {
    const lock = createLockService(testContext()).getScriptLock();
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(-100)).toThrow(GAS_ERRORS.lockTimeout);
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.tryLock(-100)).toBe(true);
    lock.waitLock(-1);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    lock.waitLock(0);
    expect(lock.hasLock()).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  test("getDocumentLock is null outside a document", () => {
    expect(createLockService(testContext()).getDocumentLock()).toBeNull();
  });
});

describe("CacheService", () => {
  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
  // "The value persists in the cache for up to 10 minutes"
  test("an entry expires after 600 seconds by default", () => {
    const clock = testClock();
    const cache = createCacheService(testContext({ now: clock.now })).getScriptCache();
    cache.put("status", "klaar");
    clock.advanceSeconds(599);
    expect(cache.get("status")).toBe("klaar");
    clock.advanceSeconds(1);
    expect(cache.get("status")).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
  // "The maximum time allowed is 6 hours (21,600 seconds)"
  test("an explicit expiration is kept, and capped at 21600 seconds", () => {
    const clock = testClock();
    const cache = createCacheService(testContext({ now: clock.now })).getUserCache();
    cache.put("short", "a", 5);
    cache.put("long", "b", 100000);
    clock.advanceSeconds(5);
    expect(cache.get("short")).toBeNull();
    clock.advanceSeconds(21600 - 5 - 1);
    expect(cache.get("long")).toBe("b");
    clock.advanceSeconds(1);
    expect(cache.get("long")).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache#getAll(String)
  // https://developers.google.com/apps-script/reference/cache/cache#putAll(Object,Integer)
  test("putAll, getAll (found keys only), remove, removeAll; values become strings", () => {
    const cache = createCacheService(testContext()).getScriptCache();
    cache.putAll({ a: "1", b: 2, c: "3" } as unknown as Record<string, string>, 60);
    expect(cache.getAll(["a", "b", "x"])).toEqual({ a: "1", b: "2" });
    cache.remove("a");
    cache.removeAll(["b", "c"]);
    expect(cache.getAll(["a", "b", "c"])).toEqual({});
  });

  // https://developers.google.com/apps-script/reference/cache/cache (250-character keys, 100 KB values)
  test("key and value limits throw Apps Script's texts", () => {
    const cache = createCacheService(testContext()).getScriptCache();
    cache.put("k".repeat(250), "ok");
    expect(() => cache.put("k".repeat(251), "x")).toThrow(CACHE_ERRORS.keyTooLong);
    expect(CACHE_ERRORS.keyTooLong).toBe("Argument too large: key");
    cache.put("max", "v".repeat(100 * 1024));
    expect(() => cache.put("big", "v".repeat(100 * 1024 + 1))).toThrow("Argument too large: value");
    expect(() => cache.putAll({ fine: "1", big: "v".repeat(102401) })).toThrow("Argument too large: value");
    expect(cache.get("fine")).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)
  // gas-fakes' live tests (test/teststores.js, "cache store"): put for 2 seconds, sleep(2000), get is null.
  test("Utilities.sleep moves the emulated clock on, so an entry expires while the script sleeps", () => {
    const ctx = testContext();
    const cache = createCacheService(ctx).getScriptCache();
    const utilities = createUtilities(ctx);
    cache.put("t", "ex", 2);
    utilities.sleep(1999);
    expect(cache.get("t")).toBe("ex");
    utilities.sleep(1);
    expect(cache.get("t")).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()
  test("document caches are per document and null outside one", () => {
    const ctx = testContext();
    const service = createCacheService(ctx);
    expect(service.getDocumentCache()).toBeNull();
    ctx.account.data.activeSpreadsheetId = ctx.account.createSpreadsheet("A").id;
    service.getDocumentCache()!.put("x", "1");
    expect(service.getScriptCache().get("x")).toBeNull();
    expect(service.getDocumentCache()!.get("x")).toBe("1");
  });
});

describe("Session", () => {
  // https://developers.google.com/apps-script/reference/base/session
  test("user, locale, time zone and temporary key come from the account", () => {
    const ctx = testContext();
    ctx.account.data.user = { email: "nwc@netwerk-gv.nl", locale: "nl" };
    const session = createSession(ctx);
    expect(session.getActiveUser().getEmail()).toBe("nwc@netwerk-gv.nl");
    expect(session.getEffectiveUser().getEmail()).toBe("nwc@netwerk-gv.nl");
    expect(session.getActiveUserLocale()).toBe("nl");
    expect(session.getScriptTimeZone()).toBe("Europe/Amsterdam");
    expect(createSession(ctx, { scriptTimeZone: "UTC" }).getScriptTimeZone()).toBe("UTC");
    const key = session.getTemporaryActiveUserKey();
    expect(key).toBe(createSession(testContext({ account: ctx.account })).getTemporaryActiveUserKey());
    expect(key).not.toContain("nwc");
    ctx.account.data.user.email = "ander@netwerk-gv.nl";
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  // https://developers.google.com/apps-script/reference/base/user
  // gas-fakes' live tests (test/testsession.js): Session.getActiveUser().toString() is the email address.
  test("a User prints as its email address", () => {
    const ctx = testContext();
    ctx.account.data.user = { email: "nwc@netwerk-gv.nl", locale: "nl" };
    const user = createSession(ctx).getActiveUser();
    expect(String(user)).toBe("nwc@netwerk-gv.nl");
    expect(`${createSession(ctx).getEffectiveUser()}`).toBe("nwc@netwerk-gv.nl");
  });
});

describe("runtime integration", () => {
  test("calls are counted per Class.method; calls made inside another call are not", () => {
    const ctx = testContext();
    const props = createPropertiesService(ctx).getScriptProperties();
    props.setProperty("a", "1").setProperty("b", "2");
    props.getProperty("a");
    createLockService(ctx).getScriptLock().waitLock(1000);
    expect(ctx.rt.snapshotCalls()).toEqual({
      "Lock.waitLock": 1,
      "LockService.getScriptLock": 1,
      "Properties.getProperty": 1,
      "Properties.setProperty": 2,
      "PropertiesService.getScriptProperties": 1,
    });
  });

  test("a method the emulator lacks throws Not emulated", () => {
    const ctx = testContext();
    const u = createUtilities(ctx) as unknown as Record<string, () => unknown>;
    expect(() => u.zip!()).toThrow("Not emulated: Utilities.zip");
    const cache = createCacheService(ctx).getScriptCache() as unknown as Record<string, () => unknown>;
    expect(() => cache.clear!()).toThrow("Not emulated: Cache.clear");
  });

  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
  test("in AuthMode.NONE Logger, console and Utilities work, PropertiesService is refused", () => {
    const ctx = testContext();
    ctx.rt.authMode = "NONE";
    createLogger(ctx).log("open");
    createConsole(ctx).log("open");
    expect(createUtilities(ctx).formatString("%s", "x")).toBe("x");
    expect(() => createPropertiesService(ctx).getScriptProperties()).toThrow(
      "You do not have permission to call PropertiesService.getScriptProperties",
    );
    expect(ctx.log).toEqual(["open", "open"]);
  });

  test("an injected fault throws the quota text on the k-th call", () => {
    const ctx = testContext();
    const cache = createCacheService(ctx).getScriptCache();
    ctx.rt.injectFault({ method: "Cache.put", call: 2 });
    cache.put("a", "1");
    expect(() => cache.put("b", "2")).toThrow("Service invoked too many times for one day: cache.");
    expect(cache.get("b")).toBeNull();
  });
});
