/** Fidelity tests: Logger and console write to ctx.log only. */
import { createConsole, createLogger } from "../../local/emulator/logger";
import { testClock, testContext } from "./services-helpers";

describe("Logger", () => {
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  // "The string can include multiple %s placeholders, which are replaced with corresponding values"
  test("log substitutes %s, chains, and getLog returns the messages since clear", () => {
    const ctx = testContext();
    const logger = createLogger(ctx);
    logger.log("Rij %s van %s", 3, 10).log("klaar");
    logger.log({ tab: "Activiteiten", rijen: 2 });
    expect(logger.getLog()).toBe('Rij 3 van 10\nklaar\n{"tab":"Activiteiten","rijen":2}');
    // https://developers.google.com/apps-script/reference/base/logger#clear()
    logger.clear();
    expect(logger.getLog()).toBe("");
    logger.log(5);
    expect(logger.getLog()).toBe("5");
    expect(ctx.log).toEqual(["Rij 3 van 10", "klaar", '{"tab":"Activiteiten","rijen":2}', "5"]);
    expect(ctx.rt.calls["Logger.log"]).toBe(4);
  });
});

// https://developers.google.com/apps-script/reference/base/console
describe("console", () => {
  test("levels, format specifiers and extra values", () => {
    const ctx = testContext();
    const con = createConsole(ctx);
    con.log("%d rijen in %s", 12, "Leden");
    con.info("info", { a: 1 });
    con.warn("let op");
    con.error(new Error("kapot"));
    expect(ctx.log).toEqual(["12 rijen in Leden", 'info {"a":1}', "[warn] let op", "[error] Error: kapot"]);
    expect(ctx.rt.calls["console.log"]).toBe(1);
  });

  test("time and timeEnd measure the emulated clock", () => {
    const clock = testClock();
    const ctx = testContext({ now: clock.now });
    const con = createConsole(ctx);
    con.time("export");
    clock.advanceSeconds(2);
    con.timeEnd("export");
    expect(ctx.log).toEqual(["export: 2000ms"]);
  });

  test("nothing reaches the real stdout, stderr or host console", () => {
    const spies = [
      jest.spyOn(process.stdout, "write"),
      jest.spyOn(process.stderr, "write"),
      jest.spyOn(console, "log"),
      jest.spyOn(console, "info"),
      jest.spyOn(console, "warn"),
      jest.spyOn(console, "error"),
    ];
    try {
      const ctx = testContext();
      createLogger(ctx).log("a %s", "b");
      const con = createConsole(ctx);
      con.log("c");
      con.info("d");
      con.warn("e");
      con.error("f");
      expect(ctx.log).toHaveLength(5);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
