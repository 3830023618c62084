/** Fidelity tests: HtmlService, HtmlOutput and HtmlTemplate. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Account } from "../../local/emulator/account";
import { createHtmlService } from "../../local/emulator/html";
import { AddonRunner } from "../../local/run";
import { testContext } from "./services-helpers";

const newHtml = (files: Record<string, string> = {}) => createHtmlService(testContext({ files }));

const render = (source: string, vars: Record<string, unknown> = {}): string => {
  const t = newHtml().createTemplate(source);
  for (const [k, v] of Object.entries(vars)) t[k] = v;
  return t.evaluate().getContent();
};

// https://developers.google.com/apps-script/reference/html/html-output
describe("HtmlOutput", () => {
  // https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)
  test("append adds markup as is; appendUntrusted escapes it", () => {
    const out = newHtml()
      .createHtmlOutput("<b>Hallo</b>")
      .append("<i>x</i>")
      .appendUntrusted("<script>alert('x')</script>");
    expect(out.getContent()).toBe("<b>Hallo</b><i>x</i>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  });

  test("setContent, clear, title, size, modes, favicon and meta tags", () => {
    const html = newHtml();
    const out = html.createHtmlOutput();
    expect(out.getContent()).toBe("");
    expect(out.getWidth()).toBeNull();
    out
      .setContent("<p>x</p>")
      .setTitle("Netwerkplan")
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME)
      .setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)
      .setFaviconUrl("https://example.org/icon.png")
      .addMetaTag("viewport", "width=device-width");
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getFaviconUrl()]).toEqual([
      "Netwerkplan",
      300,
      200,
      "https://example.org/icon.png",
    ]);
    const [tag] = out.getMetaTags();
    expect([tag?.getName(), tag?.getContent()]).toEqual(["viewport", "width=device-width"]);
    expect(out.getContent()).toBe("<p>x</p>");
    expect(out.clear().getContent()).toBe("");
  });

  // https://developers.google.com/apps-script/reference/html/sandbox-mode
  // https://developers.google.com/apps-script/reference/html/x-frame-options-mode
  test("SandboxMode and XFrameOptionsMode are enums whose values print as their names", () => {
    const html = newHtml();
    expect(Object.keys(html.SandboxMode)).toEqual(["EMULATED", "IFRAME", "NATIVE"]);
    expect(Object.keys(html.XFrameOptionsMode)).toEqual(["ALLOWALL", "DEFAULT"]);
    expect(typeof html.SandboxMode.IFRAME).toBe("object");
    expect(`${html.SandboxMode.IFRAME} ${html.XFrameOptionsMode.ALLOWALL}`).toBe("IFRAME ALLOWALL");
  });

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  test("createHtmlOutputFromFile reads the project's file, raw; an unknown name throws", () => {
    const html = newHtml({ Sidebar: "<h1><?= titel ?></h1>" });
    expect(html.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<h1><?= titel ?></h1>");
    expect(() => html.createHtmlOutputFromFile("Zijbalk")).toThrow("No HTML file named Zijbalk was found.");
    expect(() => html.createTemplateFromFile("Zijbalk")).toThrow("No HTML file named Zijbalk was found.");
  });
});

// https://developers.google.com/apps-script/guides/html/templates
describe("HtmlTemplate scriptlets", () => {
  // "Printing scriptlets ... output the results of their code into the page using contextual escaping."
  test("<?= ?> escapes markup, ampersands and both quotes", () => {
    expect(
      render('<p><?= naam ?></p><a title="<?= titel ?>">', {
        naam: '<script>alert("x & y")</script>',
        titel: `"onclick='x'`,
      }),
    ).toBe(
      '<p>&lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt;</p><a title="&quot;onclick=&#39;x&#39;">',
    );
  });

  // Inside a client-side <script>, a printed value becomes a JavaScript literal.
  test("<?= ?> inside a <script> element prints a safe JavaScript literal", () => {
    expect(
      render("<script>var data = <?= data ?>; var n = <?= n ?>;</script><p><?= tekst ?></p>", {
        data: { titel: "</script><b>" },
        n: 3,
        tekst: "<b>",
      }),
    ).toBe(
      '<script>var data = {"titel":"\\u003c/script\\u003e\\u003cb\\u003e"}; var n = 3;</script><p>&lt;b&gt;</p>',
    );
  });

  // "Force-printing scriptlets ... are like printing scriptlets except that they avoid contextual escaping."
  test("<?!= ?> prints raw", () => {
    expect(render("<div><?!= html ?></div>", { html: "<b>vet</b>" })).toBe("<div><b>vet</b></div>");
  });

  // "Standard scriptlets ... execute code without explicitly outputting content to the page."
  test("<? ?> scriptlets run loops and branches that span HTML", () => {
    const source = [
      "<ul>",
      "<? for (var i = 0; i < items.length; i++) { ?>",
      "  <li><?= items[i] ?></li>",
      "<? } ?>",
      "</ul>",
      "<? if (items.length > 1) { ?>meer<? } else { ?>een<? } ?>",
    ].join("\n");
    expect(render(source, { items: ["A", "B & C"] })).toBe(
      "<ul>\n\n  <li>A</li>\n\n  <li>B &amp; C</li>\n\n</ul>\nmeer",
    );
    expect(render(source, { items: ["A"] })).toBe("<ul>\n\n  <li>A</li>\n\n</ul>\neen");
  });

  // "a printing scriptlet only outputs the value of its first statement"
  test("a printing scriptlet prints only its first statement", () => {
    expect(render("<?= 'Hello, world!'; 'abc' ?>")).toBe("Hello, world!");
  });

  // "The evaluated code preserves line numbers from the template" — so a // comment in a scriptlet hides
  // the rest of its line, and only that line.
  test("getCode keeps every template line on its own code line", () => {
    const source = '<? var y; // ?> <?= "hidden" ?>\n<?= "shown" ?>\n<p>\n  tekst\n</p>';
    const t = newHtml().createTemplate(source);
    const code = t.getCode();
    expect(code.startsWith("(function() { var output = HtmlService.initTemplate(); ")).toBe(true);
    // The template's 5 lines, then the 3 closing lines of the generated function.
    expect(code.split("\n")).toHaveLength(source.split("\n").length + 3);
    expect(code.split("\n")[3]).toContain("tekst");
    expect(t.getRawContent()).toBe(source);
    expect(t.evaluate().getContent()).toBe("shown\n<p>\n  tekst\n</p>");
  });

  test("an error in a scriptlet and an unterminated scriptlet throw", () => {
    expect(() => render("<p><?= nergens() ?></p>")).toThrow("nergens is not defined");
    expect(() => render("<p><?= 1 </p>")).toThrow("Unterminated scriptlet");
  });
});

// https://developers.google.com/apps-script/guides/html/templates#pushing_variables_to_templates
describe("HtmlTemplate variables and isolation", () => {
  test("variables are assigned as properties; helpers such as include come from them", () => {
    const html = newHtml({
      Sidebar: '<style><?!= include("Stijl") ?></style><h1><?= titel ?></h1>',
      Stijl: "h1{color:#333}",
    });
    const t = html.createTemplateFromFile("Sidebar");
    t.titel = "Activiteiten & acties";
    t.include = (name: string) => html.createHtmlOutputFromFile(name).getContent();
    expect(t.titel).toBe("Activiteiten & acties");
    expect(t.onbekend).toBeUndefined();
    expect(t.evaluate().getContent()).toBe("<style>h1{color:#333}</style><h1>Activiteiten &amp; acties</h1>");
  });

  test("globals given to createHtmlService are visible to every template", () => {
    const html = createHtmlService(testContext(), { globals: () => ({ taal: "nl" }) });
    expect(html.createTemplate("<?= taal ?>").evaluate().getContent()).toBe("nl");
  });

  test("templates run in a fresh vm context: no host globals, no leaks between templates", () => {
    expect(render("<?= typeof process ?>|<?= typeof require ?>")).toBe("undefined|undefined");
    const html = newHtml();
    html.createTemplate("<? globalThis.lek = 1; ?>").evaluate();
    expect(html.createTemplate("<?= typeof lek ?>").evaluate().getContent()).toBe("undefined");
  });

  test("a template method cannot be overwritten", () => {
    const t = newHtml().createTemplate("x");
    expect(() => {
      t.evaluate = () => null as unknown as GoogleAppsScript.HTML.HtmlOutput;
    }).toThrow(TypeError);
  });

  test("calls are counted once; calls the template makes while evaluating are not", () => {
    const ctx = testContext();
    const html = createHtmlService(ctx);
    const t = html.createTemplate("<p><?= a ?></p><? output.append('!') ?>");
    t.a = 1;
    const out = t.evaluate();
    expect(out.getContent()).toBe("<p>1</p>!");
    expect(ctx.rt.snapshotCalls()).toEqual({
      "HtmlOutput.getContent": 1,
      "HtmlService.createTemplate": 1,
      "HtmlTemplate.evaluate": 1,
    });
  });

  test("methods the emulator lacks throw Not emulated", () => {
    const html = newHtml();
    expect(() => html.createTemplate("x").getCodeWithComments()).toThrow(
      "Not emulated: HtmlTemplate.getCodeWithComments",
    );
    expect(() => html.createHtmlOutput("x").asTemplate()).toThrow("Not emulated: HtmlOutput.asTemplate");
  });
});

// https://developers.google.com/apps-script/guides/html/templates#scriptlets — "scriptlets can call functions
// defined in other code files, reference global variables, or use any of the Apps Script APIs".
describe("HtmlTemplate inside an execution", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "html-exec-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(
    path.join(dir, "Code.js"),
    [
      'var GROET = "Hallo";',
      "function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }",
      'function page() { var t = HtmlService.createTemplateFromFile("Pagina"); t.naam = "<b>"; return t.evaluate().getContent(); }',
    ].join("\n"),
  );
  fs.writeFileSync(
    path.join(dir, "Pagina.html"),
    '<style><?!= include("Stijl") ?></style><h1><?= GROET ?> <?= naam ?></h1><p><?= SpreadsheetApp.getActiveSpreadsheet().getName() ?></p>',
  );
  fs.writeFileSync(path.join(dir, "Stijl.html"), "h1{color:#333}");

  test("scriptlets call the script's functions, read its globals and use the services", () => {
    const account = new Account();
    account.data.activeSpreadsheetId = account.createSpreadsheet("Netwerk & co").id;
    const r = new AddonRunner({ account, distDir: dir }).execute<string>("page");
    expect(r.error).toBeUndefined();
    expect(r.value).toBe("<style>h1{color:#333}</style><h1>Hallo &lt;b&gt;</h1><p>Netwerk &amp; co</p>");
  });
});
