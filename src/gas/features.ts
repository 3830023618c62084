/**
 * Code that only a few executions need is not in dist/Code.js, which Apps Script parses on every execution
 * (each onEdit and onOpen too), but in project files beside it: the documents, the invitations, and the
 * sidebar with Help (src/features/*.ts), built by scripts/build.mjs as `<name>.html`. An execution that needs
 * one reads it once with HtmlService.createTemplateFromFile(name).getRawContent() — the file unprocessed, as
 * the reference says (https://developers.google.com/apps-script/reference/html/html-template#getRawContent())
 * — and runs it with the Function constructor, as Google's own HtmlTemplate.getCode() is meant to be run
 * with eval.
 *
 * A feature file shares the bundle's modules instead of carrying copies (one translator table, one run
 * environment): every module that is also in dist/Code.js is handed to it as `__host[path]`, a table the build
 * puts in the bundle (setHostModules).
 */
import type * as Documents from "../features/documents";
import type * as Invites from "../features/invites";
import type * as Settings from "../features/settings";

/** The project files, as HtmlService names them, and what each one gives. */
export interface Features {
  DocumentsCode: typeof Documents;
  InvitesCode: typeof Invites;
  SettingsCode: typeof Settings;
}
export type FeatureName = keyof Features;

/** The parameter name by which a feature file reaches the bundle's modules (scripts/build.mjs writes it). */
export const HOST_PARAMETER = "__host";
/** The name the feature file's code gives its exports (esbuild's IIFE globalName, scripts/build.mjs). */
export const FEATURE_GLOBAL = "__feature";

let hostModules: Record<string, unknown> | undefined;
const loaded = new Map<FeatureName, unknown>();

/** The bundle's modules that feature files use, by source path (called by the bundle's generated entry). */
export function setHostModules(modules: Record<string, unknown>): void {
  hostModules = modules;
}

/** A feature's exports: its file read and run at the first use in an execution, then kept. */
export function feature<N extends FeatureName>(name: N): Features[N] {
  let exports = loaded.get(name) as Features[N] | undefined;
  if (exports === undefined) {
    if (!hostModules) throw new Error("Netwerkplan: the bundle gave no modules to its features");
    const code = HtmlService.createTemplateFromFile(name).getRawContent();
    exports = new Function(HOST_PARAMETER, `${code}\nreturn ${FEATURE_GLOBAL};`)(hostModules) as Features[N];
    loaded.set(name, exports);
  }
  return exports;
}
