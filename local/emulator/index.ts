/**
 * Assembles the emulated Google services into the globals an Apps Script execution sees.
 * One EmuContext per execution; the Account (and the Ui the user looks at) outlive executions.
 */
import { Account } from "./account";
import { createCacheService } from "./cache";
import { createCalendar } from "./calendar";
import { type EmuContext, newUiState, type UiState } from "./context";
import { createDocs } from "./docs-api";
import { createDocumentApp } from "./document";
import { createDriveApp, createMimeType } from "./drive";
import { createHtmlService } from "./html";
import { createLockService } from "./lock";
import { createConsole, createLogger } from "./logger";
import { createPropertiesService } from "./properties";
import { type AuthMode, EmuRuntime } from "./runtime";
import { createSession } from "./session";
import { createSheets } from "./sheets-api";
import { createCharts, createSpreadsheetApp } from "./spreadsheet";
import { createUtilities } from "./utilities";

export interface ExecutionOptions {
  account: Account;
  ui?: UiState;
  now?: () => Date;
  files?: Record<string, string>;
  authMode?: AuthMode;
  log?: string[];
}

export function createExecutionContext(opts: ExecutionOptions): EmuContext {
  const rt = new EmuRuntime();
  rt.authMode = opts.authMode ?? "FULL";
  return {
    account: opts.account,
    rt,
    now: opts.now ?? (() => new Date()),
    ui: opts.ui ?? newUiState(),
    log: opts.log ?? [],
    files: opts.files ?? {},
  };
}

/**
 * The global services of an Apps Script execution, by their global names. The same object becomes the
 * execution's global scope (run.ts contextifies it), so templates see what the script defines as well:
 * "scriptlets can call functions defined in other code files, reference global variables, or use any of the
 * Apps Script APIs" (https://developers.google.com/apps-script/guides/html/templates#scriptlets).
 */
export function createGlobals(ctx: EmuContext): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  Object.assign(globals, {
    SpreadsheetApp: createSpreadsheetApp(ctx),
    Charts: createCharts(ctx),
    PropertiesService: createPropertiesService(ctx),
    LockService: createLockService(ctx),
    CacheService: createCacheService(ctx),
    Utilities: createUtilities(ctx),
    Session: createSession(ctx),
    Calendar: createCalendar(ctx),
    DocumentApp: createDocumentApp(ctx),
    DriveApp: createDriveApp(ctx),
    MimeType: createMimeType(),
    HtmlService: createHtmlService(ctx, { globals: () => globals }),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
  });
  const sheets = advancedSymbol(ctx, "sheets", "v4", "Sheets");
  if (sheets) globals[sheets] = createSheets(ctx);
  const docs = advancedSymbol(ctx, "docs", "v1", "Docs");
  if (docs) globals[docs] = createDocs(ctx);
  return globals;
}

/**
 * The global name of an advanced service: its `userSymbol` when the manifest enables it
 * (https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services), `fallback`
 * when the execution has no manifest (fidelity tests of one service); null when the manifest leaves it out,
 * so that the script finds no such global, as in Apps Script.
 */
function advancedSymbol(
  ctx: EmuContext,
  serviceId: string,
  version: string,
  fallback: string,
): string | null {
  if (!ctx.advancedServices) return fallback;
  const found = ctx.advancedServices.find((s) => s.serviceId === serviceId && s.version === version);
  return found ? found.userSymbol : null;
}

export type { EmuContext, UiState };
export { Account, EmuRuntime, newUiState };
