/**
 * Fidelity tests: contextual escaping of `<?= ?>` and HtmlOutput.appendUntrusted.
 * https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets — "Apps Script keeps
 * track of the output's context on the page — inside an HTML attribute, inside a client-side script tag, or
 * anywhere else — and automatically adds escape characters to protect against cross-site scripting (XSS)".
 * Where the guide leaves the escaping open, the emulator refuses (Not emulated) instead of guessing.
 * tests/browser/html-escaping.test.ts checks in Chromium that what is printed reads back as the value.
 */
import { createHtmlService } from "../../local/emulator/html";
import { testContext } from "./services-helpers";

const html = () => createHtmlService(testContext());

const render = (source: string, vars: Record<string, unknown> = {}): string => {
  const t = html().createTemplate(source);
  for (const [k, v] of Object.entries(vars)) t[k] = v;
  return t.evaluate().getContent();
};

const HOSTILE = `<img src=x onerror=alert(1)>"'&`;
const AS_HTML = "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;";

describe("anywhere else: HTML text", () => {
  test.each([
    ["text", "<p><?= v ?></p>", `<p>${AS_HTML}</p>`],
    ["a comment", "<!-- <?= v ?> -->", `<!-- ${AS_HTML} -->`],
    ["a <title>", "<title><?= v ?></title>", `<title>${AS_HTML}</title>`],
    ["a <textarea>", "<textarea><?= v ?></textarea>", `<textarea>${AS_HTML}</textarea>`],
    ["a <style>", "<style>.x{color:<?= v ?>}</style>", `<style>.x{color:${AS_HTML}}</style>`],
  ])("in %s the value is HTML-escaped", (_where, source, expected) => {
    expect(render(source, { v: HOSTILE })).toBe(expected);
  });

  test("a <script> inside a comment or an attribute opens no script", () => {
    expect(render('<!-- <script> --><a title="<script>"><?= v ?></a>', { v: "<b>" })).toBe(
      '<!-- <script> --><a title="<script>">&lt;b&gt;</a>',
    );
  });

  test("after a script element ends (in any letter case) values are text again", () => {
    expect(render("<script>var a = 1;</SCRIPT ><p><?= v ?></p>", { v: "<b>" })).toBe(
      "<script>var a = 1;</SCRIPT ><p>&lt;b&gt;</p>",
    );
    expect(render('<script src="x.js"></script><?= v ?>', { v: "<b>" })).toBe(
      '<script src="x.js"></script>&lt;b&gt;',
    );
  });
});

describe("inside an HTML attribute", () => {
  test("double- and single-quoted values are HTML-escaped, quotes included", () => {
    expect(render(`<a title="<?= v ?>" data-x='<?= v ?>' href="#<?= v ?>">`, { v: HOSTILE })).toBe(
      `<a title="${AS_HTML}" data-x='${AS_HTML}' href="#${AS_HTML}">`,
    );
  });

  test("an attribute value that looks like markup does not end the tag for the scanner", () => {
    expect(render("<a title=\"a > b\" class='c'><?= v ?></a>", { v: "<i>" })).toBe(
      "<a title=\"a > b\" class='c'>&lt;i&gt;</a>",
    );
  });

  test.each([
    ["an unquoted value", "<input value=<?= v ?>>", "in the unquoted value of attribute value"],
    ["an event handler", '<button onclick="go(<?= v ?>)">', "in the event-handler attribute onclick"],
    ["an attribute name", "<input <?= v ?>>", "where a tag or an attribute name belongs"],
  ])("%s is refused: its escaping is not documented", (_where, source, message) => {
    expect(() => render(source, { v: "x" })).toThrow(`Not emulated: printing a value ${message}`);
  });
});

describe("inside a client-side script tag", () => {
  test("a value in code becomes a JavaScript literal that cannot end the script", () => {
    expect(
      render("<script>var d = <?= d ?>, s = <?= s ?>, n = <?= n ?>;</script>", {
        d: { naam: "</script><script>alert(1)</script>", lijst: [1, null] },
        s: "it's",
        n: 3,
      }),
    ).toBe(
      '<script>var d = {"naam":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","lijst":[1,null]}, s = "it\\u0027s", n = 3;</script>',
    );
  });

  test("strings, comments, regular expressions and template literals before it are skipped", () => {
    const source = [
      "<script>",
      "var a = 'x\\'y', b = \"</p>\", re = /['\"`/]/g; // it's",
      // a template literal with a substitution that holds a brace in a string: `a${ { k: '}' }.k }b`
      "/* don't */ var t = `a$" + "{ { k: '}' }.k }b`;",
      "var c = a / b + '/', v = <?= v ?>;",
      "</script>",
    ].join("\n");
    expect(render(source, { v: "ok" })).toContain(`var c = a / b + '/', v = "ok";`);
  });

  test.each([
    ["a single-quoted string", "<script>var s = '<?= v ?>';</script>", "inside a JavaScript string"],
    ["a double-quoted string", '<script>var s = "a <?= v ?>";</script>', "inside a JavaScript string"],
    ["a template literal", "<script>var s = `<?= v ?>`;</script>", "inside a JavaScript template literal"],
    ["a line comment", "<script>// <?= v ?>\n</script>", "inside a JavaScript comment"],
    ["a block comment", "<script>/* <?= v ?> */</script>", "inside a JavaScript comment"],
    [
      "a regular expression",
      "<script>var r = /<?= v ?>/;</script>",
      "inside a JavaScript regular expression",
    ],
  ])("inside %s a value is refused: print the whole value instead", (_where, source, message) => {
    expect(() => render(source, { v: "x" })).toThrow(`Not emulated: printing a value ${message}`);
  });
});

// https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)
describe("appendUntrusted", () => {
  test("follows the page across appends, however the markup is cut", () => {
    const out = html()
      .createHtmlOutput("<scr")
      .append("ipt>var x = ")
      .appendUntrusted("<b>")
      .append(";</scr");
    expect(out.append("ipt><p>").appendUntrusted("<b>").getContent()).toBe(
      '<script>var x = "\\u003cb\\u003e";</script><p>&lt;b&gt;',
    );
  });

  test("force-printed and included markup counts as page: a value after an included script is text", () => {
    const h = createHtmlService(testContext({ files: { Script: "<script>var a = '</p>';</script>" } }));
    const t = h.createTemplate('<?!= include("Script") ?><p><?= v ?></p>');
    t.include = (name: string) => h.createHtmlOutputFromFile(name).getContent();
    t.v = "<b>";
    expect(t.evaluate().getContent()).toBe("<script>var a = '</p>';</script><p>&lt;b&gt;</p>");
  });

  test("setContent and clear start the page afresh", () => {
    const out = html().createHtmlOutput("<script>var x = ");
    expect(out.setContent("<p>").appendUntrusted("<b>").getContent()).toBe("<p>&lt;b&gt;");
    expect(out.clear().appendUntrusted("<b>").getContent()).toBe("&lt;b&gt;");
  });
});
