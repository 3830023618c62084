/**
 * HtmlService: HTML outputs and templates with scriptlets.
 * https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 * https://developers.google.com/apps-script/reference/html/html-template
 * https://developers.google.com/apps-script/guides/html/templates
 *
 * Templates compile to the code Apps Script shows in getCode(): text is appended with `output._ = '…'`,
 * `<?= x ?>` with `output._$ = x` (appendUntrusted, contextual escaping), `<?!= x ?>` with `output._ = x`,
 * and `<? code ?>` is inserted as is; every template line stays on its own code line. evaluate() runs that
 * code with node:vm in a fresh context whose globals are the template's variables over the optional
 * `globals` of createHtmlService — in an execution, the script's own global scope, so that scriptlets call
 * the script's functions and use the services as in Apps Script — never with eval in the host.
 * Printed values are escaped by their context on the page: see html-context.ts.
 *
 * Template variables: a template is handed out as a Proxy (over the counting proxy of runtime.expose) that
 * lets the add-on set any property that is not one of HtmlTemplate's methods (`t.data = rows`). Reading a
 * variable gives it back; reading an unknown name gives undefined, as on a plain object; the methods go
 * through the counting proxy.
 */
import * as vm from "node:vm";
import type { EmuContext } from "./context";
import { escapeFor, HtmlContextScanner } from "./html-context";
import { makeEnum } from "./spreadsheet/enums";

/**
 * https://developers.google.com/apps-script/reference/html/sandbox-mode — IFRAME is the only mode left;
 * setSandboxMode "now has no effect" (html-output#setSandboxMode(SandboxMode)).
 */
export const SandboxMode = makeEnum("HtmlService.SandboxMode", ["EMULATED", "IFRAME", "NATIVE"]);
/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFrameOptionsMode = makeEnum("HtmlService.XFrameOptionsMode", ["ALLOWALL", "DEFAULT"]);

/** Longest a template may run before evaluate() gives up (an endless scriptlet loop). */
const TEMPLATE_TIMEOUT_MS = 5000;

const HTML_TEMPLATE_METHODS = new Set(["evaluate", "getCode", "getCodeWithComments", "getRawContent"]);

export interface HtmlServiceOptions {
  /** Globals templates can use besides their variables (e.g. the script's own `include` function). */
  globals?: () => Record<string, unknown>;
}

/** Own-property test that works with the ES2020 lib (Object.hasOwn is ES2022). */
const hasOwn = (o: object, key: string): boolean => Object.getOwnPropertyDescriptor(o, key) !== undefined;

// ---------------------------------------------------------------------------------------------------------
// HtmlOutput

class HtmlOutputMetaTag implements Partial<GoogleAppsScript.HTML.HtmlOutputMetaTag> {
  constructor(
    private readonly _name: string,
    private readonly _content: string,
  ) {}

  getName(): string {
    return this._name;
  }

  getContent(): string {
    return this._content;
  }
}

class HtmlOutput implements Partial<GoogleAppsScript.HTML.HtmlOutput> {
  readonly _self: GoogleAppsScript.HTML.HtmlOutput;
  _title = "";
  _width: number | null = null;
  _height: number | null = null;
  _sandboxMode = "IFRAME";
  _xFrameOptionsMode = "DEFAULT";
  /** Follows the content to know the context of the next untrusted value. */
  private _scanner = new HtmlContextScanner();
  _content = "";
  _faviconUrl: string | null = null;
  _metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly _ctx: EmuContext,
    content: string,
  ) {
    this._add(content);
    this._self = _ctx.rt.expose(this, "HtmlOutput");
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content = "";
    this._scanner = new HtmlContextScanner();
    this._add(String(content));
    return this._self;
  }

  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._add(String(addedContent));
    return this._self;
  }

  /** Contextual escaping (see html-context.ts): HTML-escaped in text and attributes, a literal in a script. */
  appendUntrusted(addedContent: unknown): GoogleAppsScript.HTML.HtmlOutput {
    this._add(escapeFor(this._scanner, addedContent));
    return this._self;
  }

  clear(): GoogleAppsScript.HTML.HtmlOutput {
    return this.setContent("");
  }

  private _add(text: string): void {
    this._content += text;
    this._scanner.feed(text);
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this._title = String(title);
    return this._self;
  }

  /** Null until set. */
  getWidth(): number {
    return this._width as number;
  }

  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this._width = width;
    return this._self;
  }

  /** Null until set. */
  getHeight(): number {
    return this._height as number;
  }

  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this._height = height;
    return this._self;
  }

  /** Kept for what a test may ask; Apps Script ignores it (every page is served in an IFRAME). */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    this._sandboxMode = String(mode);
    return this._self;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this._xFrameOptionsMode = String(mode);
    return this._self;
  }

  /** Null until set. */
  getFaviconUrl(): string {
    return this._faviconUrl as string;
  }

  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this._faviconUrl = String(iconUrl);
    return this._self;
  }

  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this._self;
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this._metaTags.map((m) =>
      this._ctx.rt.expose<HtmlOutputMetaTag, GoogleAppsScript.HTML.HtmlOutputMetaTag>(
        new HtmlOutputMetaTag(m.name, m.content),
        "HtmlOutputMetaTag",
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Templates

/** A single-quoted literal for `text` that spans as many code lines as the text has lines. */
function textStatement(text: string): string {
  const lines = text.split("\n");
  const endsWithNewline = lines.length > 1 && lines[lines.length - 1] === "";
  if (endsWithNewline) lines.pop();
  const quoted = lines.map((line, i) => {
    const withBreak = i < lines.length - 1 || endsWithNewline ? `${line}\n` : line;
    return `'${JSON.stringify(withBreak).slice(1, -1).replace(/'/g, "\\'")}'`;
  });
  return `output._ =  ${quoted.join(" +\n    ")};${endsWithNewline ? "\n  " : ""}`;
}

/** Apps Script's code for a template (see the guide's "getCode" section). */
export function compileTemplate(source: string): string {
  let code = "(function() { var output = HtmlService.initTemplate(); ";
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("<?", i);
    const textEnd = open < 0 ? source.length : open;
    if (textEnd > i) code += textStatement(source.slice(i, textEnd));
    if (open < 0) break;
    const close = source.indexOf("?>", open + 2);
    if (close < 0) throw new Error("Unterminated scriptlet: a <? without ?> in the template.");
    const body = source.slice(open + 2, close);
    if (body.startsWith("!=")) code += ` output._ = ${body.slice(2)} ;`;
    else if (body.startsWith("=")) code += ` output._$ = ${body.slice(1)} ;`;
    else code += ` ${body} ;`;
    i = close + 2;
  }
  return `${code}\n  /* End of user code */\n  return output.$out.append('');\n})();`;
}

class HtmlTemplate implements Partial<GoogleAppsScript.HTML.HtmlTemplate> {
  readonly _vars: Record<string, unknown> = {};

  constructor(
    private readonly _service: HtmlService,
    private readonly _source: string,
  ) {}

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    return compileTemplate(this._source);
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const globals = {
      ...(this._service._options.globals?.() ?? {}),
      ...this._vars,
      HtmlService: this._service._self,
    };
    const context = vm.createContext(globals);
    return vm.runInContext(this.getCode(), context, {
      timeout: TEMPLATE_TIMEOUT_MS,
      filename: "template.html",
    });
  }
}

/** The template as the add-on sees it: methods counted, any other property a template variable. */
function exposeTemplate(ctx: EmuContext, template: HtmlTemplate): GoogleAppsScript.HTML.HtmlTemplate {
  const counted = ctx.rt.expose<HtmlTemplate, Record<PropertyKey, unknown>>(template, "HtmlTemplate");
  const vars = template._vars;
  return new Proxy(template, {
    get(t, prop) {
      if (typeof prop === "string" && hasOwn(vars, prop)) return vars[prop];
      if (typeof prop === "string" && (HTML_TEMPLATE_METHODS.has(prop) || prop === "toString")) {
        return counted[prop];
      }
      if (typeof prop === "symbol" || prop.startsWith("_")) return Reflect.get(t, prop);
      return undefined;
    },
    set(t, prop, value) {
      if (typeof prop !== "string" || HTML_TEMPLATE_METHODS.has(prop) || prop in t) {
        throw new TypeError(`Cannot set property ${String(prop)} of HtmlTemplate`);
      }
      vars[prop] = value;
      return true;
    },
  }) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
}

/** The `output` object template code writes to: `_` appends, `_$` appends untrusted, `$out` is the result. */
function templateOutput(out: GoogleAppsScript.HTML.HtmlOutput): unknown {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        return prop === "$out" ? out : Reflect.get(out, prop);
      },
      set(_t, prop, value) {
        if (prop === "_") out.append(String(value));
        else if (prop === "_$") out.appendUntrusted(value);
        else throw new TypeError(`Cannot set property ${String(prop)} of HtmlOutput`);
        return true;
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// HtmlService

type HtmlSource = string | GoogleAppsScript.Base.BlobSource | undefined;

function sourceText(source: HtmlSource): string {
  if (source === undefined) return "";
  if (typeof source === "object" && source !== null && "getBlob" in source)
    return source.getBlob().getDataAsString();
  return String(source);
}

class HtmlService implements Partial<GoogleAppsScript.HTML.HtmlService> {
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  readonly _self: GoogleAppsScript.HTML.HtmlService;

  constructor(
    private readonly _ctx: EmuContext,
    readonly _options: HtmlServiceOptions,
  ) {
    this._self = _ctx.rt.expose(this, "HtmlService");
  }

  private _file(filename: string): string {
    const name = String(filename);
    if (!hasOwn(this._ctx.files, name)) {
      throw new Error(`No HTML file named ${name} was found.`);
    }
    return this._ctx.files[name]!;
  }

  createHtmlOutput(html?: HtmlSource): GoogleAppsScript.HTML.HtmlOutput {
    return new HtmlOutput(this._ctx, sourceText(html))._self;
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return new HtmlOutput(this._ctx, this._file(filename))._self;
  }

  createTemplate(html: HtmlSource): GoogleAppsScript.HTML.HtmlTemplate {
    return exposeTemplate(this._ctx, new HtmlTemplate(this, sourceText(html)));
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return exposeTemplate(this._ctx, new HtmlTemplate(this, this._file(filename)));
  }

  /** Undocumented; the code of every template starts with it (see compileTemplate). */
  initTemplate(): unknown {
    return templateOutput(new HtmlOutput(this._ctx, "")._self);
  }
}

export function createHtmlService(
  ctx: EmuContext,
  options: HtmlServiceOptions = {},
): GoogleAppsScript.HTML.HtmlService {
  return new HtmlService(ctx, options)._self;
}
