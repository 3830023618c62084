/** core/memo.ts: each text's answer made once, null answers too, and no more than MEMO_LIMIT kept. */
import { MEMO_LIMIT, Memo } from "../../src/core/memo";

test("an answer is made once per key, also when it is null", () => {
  const memo = new Memo<string | null>();
  let made = 0;
  const make = (v: string | null) => () => {
    made++;
    return v;
  };
  expect(memo.of("eind 2026", make("Dec. 2026"))).toBe("Dec. 2026");
  expect(memo.of("eind 2026", make("anders"))).toBe("Dec. 2026");
  expect(memo.of("onzin", make(null))).toBeNull();
  expect(memo.of("onzin", make("anders"))).toBeNull();
  expect(made).toBe(2);
});

test("past MEMO_LIMIT keys a new key's answer is made each time, the kept ones still answer", () => {
  const memo = new Memo<number>();
  for (let i = 0; i < MEMO_LIMIT; i++) memo.of(`k${i}`, () => i);
  let made = 0;
  const count = () => {
    made++;
    return -1;
  };
  expect(memo.of("nieuw", count)).toBe(-1);
  expect(memo.of("nieuw", count)).toBe(-1);
  expect(made).toBe(2);
  expect(memo.of("k0", count)).toBe(0);
  expect(made).toBe(2);
});
