/**
 * Contextual escaping of HtmlOutput.appendUntrusted and of the template's printing scriptlet `<?= ?>`.
 * https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets
 * https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String)
 *
 * The guide: "Contextual escaping means that Apps Script keeps track of the output's context on the page —
 * inside an HTML attribute, inside a client-side script tag, or anywhere else — and automatically adds
 * escape characters to protect against cross-site scripting (XSS) attacks." It names those three contexts
 * and nothing finer, so the emulator prints a value only where the safe escaping is plain:
 *
 * - HTML text, <title>/<textarea> text, comments, <style> text: HTML-escaped (& < > " ').
 * - a quoted attribute value: HTML-escaped. That includes URL attributes (href, src): the guide does not say
 *   that Apps Script filters a `javascript:` URL, so a page that builds a link from data checks it itself.
 * - JavaScript code inside a <script> element: a JavaScript literal (JSON; < > & ' U+2028 U+2029 as \u
 *   escapes, so that no value can end the script element or the statement), e.g. `var data = <?= data ?>;`.
 *
 * Everywhere else the real escaping is undocumented and HTML escaping alone would not protect: inside a
 * JavaScript string, template literal, comment or regular expression; in an event-handler attribute
 * (onclick=…); in an unquoted attribute value; where an attribute name or a tag belongs. There the emulator
 * throws `Not emulated: …` instead of guessing, and says where to print the value instead.
 *
 * The page is followed with a small HTML tokenizer (tags, attributes, comments, raw-text elements) and, inside
 * a script, a JavaScript lexer that knows strings, template literals, comments and regular expressions (a `/`
 * starts a regular expression after an operator or an opening bracket, as most lexers guess).
 */

export type JsMode = "code" | "sq" | "dq" | "template" | "lineComment" | "blockComment" | "regex";

/** Where the next printed value would land. */
export type HtmlContext =
  | { kind: "text" }
  | { kind: "attribute"; name: string; quoted: boolean; js: JsMode | null }
  | { kind: "script"; js: JsMode }
  | { kind: "tag" };

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** A JavaScript literal for `value` that cannot end a script element or a statement early. */
export function jsLiteral(value: unknown): string {
  const json = value === undefined ? "undefined" : (JSON.stringify(value) ?? "undefined");
  return json.replace(/[<>&'\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Follows JavaScript source one character at a time. */
class JsLexer {
  mode: JsMode = "code";
  /** A `/` in code whose meaning the next character decides. */
  private slash = false;
  private escaped = false;
  private inClass = false;
  private star = false;
  private dollar = false;
  private lastSignificant = "";
  private braces = 0;
  /** Brace depth at which each open `${` of a template literal closes. */
  private readonly substitutions: number[] = [];

  /** The mode a value printed now would be in. */
  current(): JsMode {
    if (this.slash) return this.regexAllowed() ? "regex" : "code";
    return this.mode;
  }

  private regexAllowed(): boolean {
    return this.lastSignificant === "" || "(,=:[!&|?{};+-*%<>~^".includes(this.lastSignificant);
  }

  feed(c: string): void {
    if (this.slash) {
      this.slash = false;
      if (c === "/") {
        this.mode = "lineComment";
        return;
      }
      if (c === "*") {
        this.mode = "blockComment";
        this.star = false;
        return;
      }
      if (this.regexAllowed()) {
        this.mode = "regex";
        this.inClass = false;
        this.escaped = false;
      } else this.lastSignificant = "/";
    }
    switch (this.mode) {
      case "code":
        this.code(c);
        return;
      case "sq":
      case "dq":
        if (this.escaped) this.escaped = false;
        else if (c === "\\") this.escaped = true;
        else if (c === (this.mode === "sq" ? "'" : '"') || c === "\n") this.endLiteral();
        return;
      case "template": {
        const wasEscaped = this.escaped;
        this.escaped = !wasEscaped && c === "\\";
        if (!wasEscaped && c === "`") this.endLiteral();
        else if (!wasEscaped && c === "{" && this.dollar) {
          this.substitutions.push(this.braces);
          this.braces++;
          this.mode = "code";
          this.lastSignificant = "{";
        }
        this.dollar = !wasEscaped && c === "$";
        return;
      }
      case "lineComment":
        if (c === "\n") this.mode = "code";
        return;
      case "blockComment":
        if (this.star && c === "/") this.mode = "code";
        this.star = c === "*";
        return;
      case "regex":
        if (this.escaped) this.escaped = false;
        else if (c === "\\") this.escaped = true;
        else if (this.inClass) this.inClass = c !== "]";
        else if (c === "[") this.inClass = true;
        else if (c === "/" || c === "\n") this.endLiteral();
        return;
    }
  }

  private endLiteral(): void {
    this.mode = "code";
    this.escaped = false;
    this.lastSignificant = "x";
  }

  private code(c: string): void {
    if (c === "/") {
      this.slash = true;
      return;
    }
    if (c === "'" || c === '"' || c === "`") {
      this.mode = c === "'" ? "sq" : c === '"' ? "dq" : "template";
      this.escaped = false;
      this.dollar = false;
      return;
    }
    if (c === "{") this.braces++;
    if (c === "}") {
      this.braces--;
      if (
        this.substitutions.length > 0 &&
        this.braces === this.substitutions[this.substitutions.length - 1]
      ) {
        this.substitutions.pop();
        this.mode = "template";
        this.dollar = false;
        return;
      }
    }
    if (!/\s/.test(c)) this.lastSignificant = c;
  }
}

type Mode =
  | "text"
  | "comment"
  | "bogusComment"
  | "rawText"
  | "script"
  | "tagName"
  | "endTag"
  | "beforeAttr"
  | "attrName"
  | "afterAttrName"
  | "beforeValue"
  | "valueDq"
  | "valueSq"
  | "valueUnquoted";

const RAW_TEXT = new Set(["style", "title", "textarea", "xmp", "noscript", "iframe", "noembed", "noframes"]);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f";
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Follows the HTML written so far; fed in pieces as the output grows. */
export class HtmlContextScanner {
  private mode: Mode = "text";
  /** Characters that need more input to be understood (a `<`, a partial `<!--`, `-->` or end tag). */
  private pending = "";
  private tagName = "";
  private endTag = false;
  private attrName = "";
  /** The element whose end tag ends the raw text (script, style, title, textarea…). */
  private rawEnd = "";
  private js: JsLexer | null = null;

  feed(text: string): void {
    const s = this.pending + text;
    this.pending = "";
    let i = 0;
    while (i < s.length) {
      const used = this.step(s, i);
      if (used < 0) {
        this.pending = s.slice(i);
        return;
      }
      i += used;
    }
  }

  context(): HtmlContext {
    switch (this.mode) {
      case "text":
      case "comment":
      case "bogusComment":
      case "rawText":
        return { kind: "text" };
      case "script":
        return { kind: "script", js: this.js!.current() };
      case "valueDq":
      case "valueSq":
      case "valueUnquoted":
      case "beforeValue":
        return {
          kind: "attribute",
          name: this.attrName,
          quoted: this.mode === "valueDq" || this.mode === "valueSq",
          js: this.js ? this.js.current() : null,
        };
      default:
        return { kind: "tag" };
    }
  }

  /** Consumes one token's worth of `s` from `i`; -1 when the rest of `s` is too short to decide. */
  private step(s: string, i: number): number {
    const c = s[i]!;
    switch (this.mode) {
      case "text":
        return c === "<" ? this.markup(s, i) : 1;
      case "comment":
        if (c !== "-") return 1;
        if (s.length - i < 3) return "-->".startsWith(s.slice(i)) ? -1 : 1;
        if (s.startsWith("-->", i)) {
          this.mode = "text";
          return 3;
        }
        return 1;
      case "bogusComment":
        if (c === ">") this.mode = "text";
        return 1;
      case "rawText":
      case "script": {
        if (c === "<") {
          const end = this.closes(s, i);
          if (end !== 0) return end;
        }
        this.js?.feed(c);
        return 1;
      }
      case "tagName":
        if (isSpace(c) || c === "/") this.mode = this.endTag ? "endTag" : "beforeAttr";
        else if (c === ">") this.endOfTag();
        else this.tagName += c.toLowerCase();
        return 1;
      case "endTag":
        if (c === ">") this.mode = "text";
        return 1;
      case "beforeAttr":
        if (c === ">") this.endOfTag();
        else if (!isSpace(c) && c !== "/") {
          this.attrName = c.toLowerCase();
          this.mode = "attrName";
        }
        return 1;
      case "attrName":
        if (isSpace(c)) this.mode = "afterAttrName";
        else if (c === "=") this.mode = "beforeValue";
        else if (c === ">") this.endOfTag();
        else if (c === "/") this.mode = "beforeAttr";
        else this.attrName += c.toLowerCase();
        return 1;
      case "afterAttrName":
        if (c === "=") this.mode = "beforeValue";
        else if (c === ">") this.endOfTag();
        else if (c === "/") this.mode = "beforeAttr";
        else if (!isSpace(c)) {
          this.attrName = c.toLowerCase();
          this.mode = "attrName";
        }
        return 1;
      case "beforeValue":
        if (isSpace(c)) return 1;
        if (c === ">") {
          this.endOfTag();
          return 1;
        }
        this.js = this.attrName.startsWith("on") ? new JsLexer() : null;
        if (c === '"' || c === "'") {
          this.mode = c === '"' ? "valueDq" : "valueSq";
          return 1;
        }
        this.mode = "valueUnquoted";
        return this.step(s, i);
      case "valueDq":
      case "valueSq":
        if (c === (this.mode === "valueDq" ? '"' : "'")) {
          this.mode = "beforeAttr";
          this.js = null;
        } else this.js?.feed(c);
        return 1;
      case "valueUnquoted":
        if (isSpace(c)) {
          this.mode = "beforeAttr";
          this.js = null;
        } else if (c === ">") this.endOfTag();
        else this.js?.feed(c);
        return 1;
    }
  }

  /** At a `<` in text: a tag, an end tag, a comment or plain text. */
  private markup(s: string, i: number): number {
    const next = s[i + 1];
    if (next === undefined) return -1;
    if (isLetter(next)) {
      this.tagName = next.toLowerCase();
      this.endTag = false;
      this.mode = "tagName";
      return 2;
    }
    if (next === "/") {
      const after = s[i + 2];
      if (after === undefined) return -1;
      if (isLetter(after)) {
        this.tagName = after.toLowerCase();
        this.endTag = true;
        this.mode = "tagName";
        return 3;
      }
      this.mode = "bogusComment";
      return 2;
    }
    if (next === "!") {
      if (s.length - i < 4) return "<!--".startsWith(s.slice(i)) ? -1 : 2;
      this.mode = s.startsWith("<!--", i) ? "comment" : "bogusComment";
      return s.startsWith("<!--", i) ? 4 : 2;
    }
    if (next === "?") {
      this.mode = "bogusComment";
      return 2;
    }
    return 1;
  }

  /** At a `<` in raw text: the length of the end tag's start `</name` if it closes the element, else 0. */
  private closes(s: string, i: number): number {
    const end = `</${this.rawEnd}`;
    const rest = s.slice(i, i + end.length + 1);
    if (rest.length <= end.length) return end.toLowerCase().startsWith(rest.toLowerCase()) ? -1 : 0;
    if (rest.slice(0, end.length).toLowerCase() !== end) return 0;
    const after = rest[end.length]!;
    if (!isSpace(after) && after !== "/" && after !== ">") return 0;
    this.tagName = this.rawEnd;
    this.endTag = true;
    this.mode = "tagName";
    this.js = null;
    return end.length;
  }

  private endOfTag(): void {
    this.js = null;
    if (!this.endTag && this.tagName === "script") {
      this.mode = "script";
      this.rawEnd = "script";
      this.js = new JsLexer();
    } else if (!this.endTag && RAW_TEXT.has(this.tagName)) {
      this.mode = "rawText";
      this.rawEnd = this.tagName;
    } else this.mode = "text";
  }
}

/** Why a value cannot be printed where it stands, and where to print it instead. */
function refusal(ctx: HtmlContext): string | null {
  const where = (js: JsMode) =>
    ({
      sq: "inside a JavaScript string",
      dq: "inside a JavaScript string",
      template: "inside a JavaScript template literal",
      lineComment: "inside a JavaScript comment",
      blockComment: "inside a JavaScript comment",
      regex: "inside a JavaScript regular expression",
      code: "",
    })[js];
  if (ctx.kind === "tag")
    return "where a tag or an attribute name belongs; print it in a quoted attribute value";
  if (ctx.kind === "script" && ctx.js !== "code")
    return `${where(ctx.js)}; print the whole value instead (var s = <?= s ?>;)`;
  if (ctx.kind === "attribute" && ctx.js !== null)
    return `in the event-handler attribute ${ctx.name}; put it in a data- attribute or a script variable`;
  if (ctx.kind === "attribute" && !ctx.quoted)
    return `in the unquoted value of attribute ${ctx.name}; put the value in quotes`;
  return null;
}

/** `value` escaped for the context the scanner is in; throws Not emulated where the escaping is unknown. */
export function escapeFor(scanner: HtmlContextScanner, value: unknown): string {
  const ctx = scanner.context();
  const refused = refusal(ctx);
  if (refused) throw new Error(`Not emulated: printing a value ${refused}.`);
  return ctx.kind === "script" ? jsLiteral(value) : escapeHtml(String(value));
}
