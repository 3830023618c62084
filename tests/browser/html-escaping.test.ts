/**
 * Contextual escaping (local/emulator/html-context.ts) as a browser reads it: a value printed with `<?= ?>` in
 * text, in quoted attributes and in script code reads back in Chromium as exactly that value, and adds no
 * element, runs no script, opens no dialog.
 * https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets
 */
import fc from "fast-check";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../local/browser";
import { createHtmlService } from "../../local/emulator/html";
import { testContext } from "../emulator/services-helpers";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const TEMPLATE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title><?= v ?></title></head>
<body>
<p id="tekst"><?= v ?></p>
<a id="dq" title="<?= v ?>" href="#<?= v ?>">link</a>
<span id="sq" data-v='<?= v ?>'></span>
<textarea id="ta"><?= v ?></textarea>
<!-- <?= v ?> -->
<script>window.waarde = <?= v ?>; window.obj = <?= o ?>;</script>
<div id="einde"></div>
</body></html>`;

/** Characters and pieces that end contexts early; \r and NUL are left out (HTML normalises them). */
const PIECES = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "`",
  "/",
  "\\",
  "\n",
  "\t",
  " ",
  "=",
  "\u2028",
  "</script>",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"'><svg onload=alert(1)>",
  "<!--",
  "-->",
  "$" + "{x}",
  "*/",
  "&amp;",
  "&#39;",
  "a",
  "é",
];

const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

function render(v: string): string {
  const t = createHtmlService(testContext()).createTemplate(TEMPLATE);
  t.v = v;
  t.o = { v, lijst: [v, 1, null] };
  return t.evaluate().getContent();
}

test("every printed value reads back as itself and changes nothing else on the page", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await fc.assert(
    fc.asyncProperty(hostile, async (v) => {
      await page.setContent(render(v));
      const seen = await page.evaluate(() => {
        const w = globalThis as unknown as {
          document: {
            getElementById(id: string): {
              textContent: string;
              getAttribute(n: string): string;
              value: string;
            };
            body: { querySelectorAll(s: string): { length: number } };
          };
          waarde: unknown;
          obj: unknown;
        };
        const doc = w.document;
        return {
          tekst: doc.getElementById("tekst").textContent,
          dq: doc.getElementById("dq").getAttribute("title"),
          href: doc.getElementById("dq").getAttribute("href"),
          sq: doc.getElementById("sq").getAttribute("data-v"),
          ta: doc.getElementById("ta").value,
          waarde: w.waarde,
          obj: w.obj,
          elements: doc.body.querySelectorAll("*").length,
        };
      });
      expect(seen).toEqual({
        tekst: v,
        dq: v,
        href: `#${v}`,
        sq: v,
        // A textarea drops one newline right after its start tag (HTML's rule, not escaping).
        ta: v.replace(/^\n/, ""),
        waarde: v,
        obj: { v, lijst: [v, 1, null] },
        elements: 6,
      });
    }),
    { numRuns: 60 },
  );
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
