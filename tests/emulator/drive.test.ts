/**
 * DriveApp and MimeType: that the emulated Drive service answers as the Apps Script reference says, and
 * holds to the drive.file scope of the add-on's manifest. Each test names the reference page it follows.
 */
import { Account } from "../../local/emulator/account";
import type { EmuContext } from "../../local/emulator/context";
import { createDocumentApp } from "../../local/emulator/document";
import { createDriveApp, createMimeType, DRIVE_ERRORS, pdfSource } from "../../local/emulator/drive";
import { newItem } from "../../local/emulator/drive/model";
import { GAS_ERRORS } from "../../local/emulator/runtime";
import { errorOf } from "./helpers";
import { TEST_NOW, testClock, testContext } from "./services-helpers";

/** The scopes of dist/appsscript.json that matter here. */
const MANIFEST_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/documents",
  "https://www.googleapis.com/auth/drive.file",
];

function services(opts: { scopes?: string[]; account?: Account; now?: () => Date } = {}) {
  const ctx: EmuContext = testContext({
    withDocument: true,
    ...(opts.account ? { account: opts.account } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (opts.scopes) ctx.scopes = opts.scopes;
  return { ctx, drive: createDriveApp(ctx), docs: createDocumentApp(ctx), MimeType: createMimeType() };
}

/** Files and folders a person made in the account, not the script. */
function madeByAPerson(account: Account) {
  const data = account.data;
  const now = new Date("2026-01-05T09:00:00Z");
  const folderId = account.newFileId();
  data.drive.items[folderId] = newItem(
    folderId,
    "Rapporten",
    "application/vnd.google-apps.folder",
    [data.drive.rootId],
    now,
  );
  const docId = account.newFileId();
  data.documents[docId] = {
    id: docId,
    name: "Rapportsjabloon",
    body: {
      blocks: [{ type: "paragraph", heading: "NORMAL", runs: [{ text: "{{netwerknaam}}", style: {} }] }],
    },
    header: null,
    footer: null,
    nextListId: 1,
  };
  return { folderId, docId };
}

function names(it: { hasNext(): boolean; next(): { getName(): string } }): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe("drive.file: only what the script made or the user picked", () => {
  // https://developers.google.com/workspace/drive/api/guides/api-specific-auth (drive.file)
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
  test("a folder or document a person made is refused with the text of an unknown id", () => {
    const { ctx, drive } = services({ scopes: MANIFEST_SCOPES });
    const { folderId, docId } = madeByAPerson(ctx.account);
    expect(errorOf(() => drive.getFolderById(folderId)).message).toBe(DRIVE_ERRORS.notFound);
    expect(errorOf(() => drive.getFileById(docId)).message).toBe(DRIVE_ERRORS.notFound);
    expect(errorOf(() => drive.getFileById("1doesnotexist")).message).toBe(DRIVE_ERRORS.notFound);
    expect(DRIVE_ERRORS.notFound).toBe(
      "No item with the given ID could be found, or you do not have permission to access it.",
    );
  });

  test("the spreadsheet the add-on runs in is not reachable through DriveApp either", () => {
    const { ctx, drive } = services({ scopes: MANIFEST_SCOPES });
    const sheetId = ctx.account.data.activeSpreadsheetId!;
    expect(errorOf(() => drive.getFileById(sheetId)).message).toBe(DRIVE_ERRORS.notFound);
  });

  test("what the user opened with the add-on through the Google Picker is reachable", () => {
    const { ctx, drive } = services({ scopes: MANIFEST_SCOPES });
    const { folderId, docId } = madeByAPerson(ctx.account);
    ctx.account.data.drive.grantedByPicker.push(folderId, docId);
    expect(drive.getFolderById(folderId).getName()).toBe("Rapporten");
    expect(drive.getFileById(docId).getName()).toBe("Rapportsjabloon");
  });

  test("what the script creates is reachable in later executions, and listings show only that", () => {
    const account = new Account();
    const first = services({ scopes: MANIFEST_SCOPES, account });
    madeByAPerson(account);
    const folder = first.drive.createFolder("Rapportmap");
    const doc = first.docs.create("Voortgangsrapportage 12-03-2026");
    first.drive.getFileById(doc.getId()).moveTo(folder);
    const second = services({ scopes: MANIFEST_SCOPES, account });
    expect(second.drive.getFolderById(folder.getId()).getName()).toBe("Rapportmap");
    expect(names(second.drive.getFolders())).toEqual(["Rapportmap"]);
    expect(names(second.drive.getFiles())).toEqual(["Voortgangsrapportage 12-03-2026"]);
    expect(names(second.drive.getFolderById(folder.getId()).getFiles())).toEqual([
      "Voortgangsrapportage 12-03-2026",
    ]);
  });

  // https://developers.google.com/workspace/docs/api/auth ("documents": all your Google Docs documents)
  test("DocumentApp.openById opens a template a person made: the documents scope covers every document", () => {
    const { ctx, docs } = services({ scopes: MANIFEST_SCOPES });
    const { docId } = madeByAPerson(ctx.account);
    expect(docs.openById(docId).getBody().getText()).toBe("{{netwerknaam}}");
  });

  test("with the full drive scope everything is reachable", () => {
    const { ctx, drive } = services({ scopes: ["https://www.googleapis.com/auth/drive"] });
    const { folderId } = madeByAPerson(ctx.account);
    expect(drive.getFolderById(folderId).getName()).toBe("Rapporten");
  });
});

describe("Folders and files", () => {
  // https://developers.google.com/apps-script/reference/drive/folder#createFile(String,String)
  test("files and folders made in a folder have it as parent, and their own URLs", () => {
    const { drive, MimeType } = services();
    const folder = drive.createFolder("Rapportmap");
    const sub = folder.createFolder("2026");
    const file = sub.createFile("notities.txt", "tekst");
    expect(file.getMimeType()).toBe(MimeType.PLAIN_TEXT);
    expect(names(file.getParents())).toEqual(["2026"]);
    expect(names(sub.getParents())).toEqual(["Rapportmap"]);
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(names(folder.getFoldersByName("2026"))).toEqual(["2026"]);
    expect(names(sub.getFilesByName("notities.txt"))).toEqual(["notities.txt"]);
    expect(names(sub.getFilesByName("anders.txt"))).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
  test("a new document lives in My Drive until moved; File.getUrl is its editor URL", () => {
    const { drive, docs, MimeType } = services();
    const doc = docs.create("Jaaractieplan 2026");
    const file = drive.getFileById(doc.getId());
    expect(file.getMimeType()).toBe(MimeType.GOOGLE_DOCS);
    expect(names(file.getParents())).toEqual(["My Drive"]);
    const folder = drive.createFolder("Rapportmap");
    file.moveTo(folder);
    expect(names(file.getParents())).toEqual(["Rapportmap"]);
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    file.setName("Jaaractieplan 2026 (v2)");
    expect(docs.openById(doc.getId()).getName()).toBe("Jaaractieplan 2026 (v2)");
  });

  // https://developers.google.com/apps-script/reference/drive/file#getDateCreated()
  // https://developers.google.com/apps-script/reference/drive/file#getLastUpdated()
  test("getDateCreated is when the file was made: renaming, moving and trashing leave it, getLastUpdated moves", () => {
    const clock = testClock();
    const { drive, docs } = services({ now: clock.now });
    const made = TEST_NOW.getTime();
    const file = drive.getFileById(docs.create("Jaaractieplan 2026").getId());
    expect(file.getDateCreated().getTime()).toBe(made);
    clock.advanceSeconds(600);
    const folder = drive.createFolder("Rapportmap");
    file.moveTo(folder);
    file.setName("Jaaractieplan 2026 (v2)");
    file.setTrashed(true);
    file.setTrashed(false);
    expect(file.getDateCreated().getTime()).toBe(made);
    expect(file.getLastUpdated().getTime()).toBe(made + 600_000);
    // A listing gives the same date; a file made later has its own.
    expect(folder.getFilesByName("Jaaractieplan 2026 (v2)").next().getDateCreated().getTime()).toBe(made);
    expect(folder.createFile("later.txt", "x").getDateCreated().getTime()).toBe(made + 600_000);
  });

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  test("makeCopy(name, folder) copies a document with its contents into the folder, as a new file", () => {
    const { ctx, drive, docs } = services({ scopes: MANIFEST_SCOPES });
    const { docId } = madeByAPerson(ctx.account);
    ctx.account.data.drive.grantedByPicker.push(docId);
    const folder = drive.createFolder("Rapportmap");
    const copy = drive.getFileById(docId).makeCopy("Voortgangsrapportage", folder);
    expect(copy.getId()).not.toBe(docId);
    expect(copy.getName()).toBe("Voortgangsrapportage");
    expect(names(copy.getParents())).toEqual(["Rapportmap"]);
    const body = docs.openById(copy.getId()).getBody();
    body.replaceText("\\{\\{netwerknaam\\}\\}", "Netwerk Noord");
    expect(body.getText()).toBe("Netwerk Noord");
    expect(docs.openById(docId).getBody().getText()).toBe("{{netwerknaam}}");
    // The copy is the script's own: reachable under drive.file without the picker.
    expect(drive.getFileById(copy.getId()).getName()).toBe("Voortgangsrapportage");
    expect(errorOf(() => drive.getFileById(docId).makeCopy("x")).message).toMatch(
      /^Not emulated: .*destination/,
    );
  });

  // https://developers.google.com/apps-script/reference/drive/file#getAs(String)
  test("getAs(MimeType.PDF) gives a PDF blob named after the file, its last extension replaced", () => {
    const { drive, docs, MimeType } = services();
    const doc = docs.create("Voortgangsrapportage 12-03-2026");
    doc.getBody().appendParagraph("Samenvatting");
    const blob = drive.getFileById(doc.getId()).getAs(MimeType.PDF);
    expect(blob.getContentType()).toBe("application/pdf");
    expect(blob.getName()).toBe("Voortgangsrapportage 12-03-2026.pdf");
    expect(blob.getDataAsString("ISO-8859-1")).toMatch(/^%PDF-1\.4/);
    const dotted = docs.create("ShoppingList.12.25.2014");
    expect(drive.getFileById(dotted.getId()).getAs(MimeType.PDF).getName()).toBe("ShoppingList.12.25.pdf");
    // Saved as a file, the PDF says which document it was made from.
    const folder = drive.createFolder("Rapportmap");
    const pdf = folder.createFile(blob);
    expect(pdf.getMimeType()).toBe(MimeType.PDF);
    expect(pdf.getName()).toBe("Voortgangsrapportage 12-03-2026.pdf");
    expect(
      pdfSource(
        Buffer.from(
          pdf
            .getBlob()
            .getBytes()
            .map((b) => b & 0xff),
        ),
      ),
    ).toBe(doc.getId());
    expect(errorOf(() => drive.getFileById(doc.getId()).getAs(MimeType.MICROSOFT_WORD)).message).toMatch(
      /^Not emulated: File.getAs/,
    );
  });

  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
  test("setTrashed moves a file to the trash and back; listings still show trashed files", () => {
    const { drive, docs } = services();
    const folder = drive.createFolder("Rapportmap");
    const doc = docs.create("Rapport");
    const file = drive.getFileById(doc.getId());
    file.moveTo(folder);
    expect(file.isTrashed()).toBe(false);
    file.setTrashed(true);
    expect(drive.getFileById(doc.getId()).isTrashed()).toBe(true);
    const listed = folder.getFilesByName("Rapport");
    expect(listed.next().isTrashed()).toBe(true);
    file.setTrashed(false);
    expect(file.isTrashed()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/drive/file-iterator#next()
  test("an iterator past its end throws", () => {
    const { drive } = services();
    const it = drive.createFolder("Leeg").getFiles();
    expect(it.hasNext()).toBe(false);
    expect(errorOf(() => it.next()).message).toBe(DRIVE_ERRORS.iteratorEnd);
  });

  // https://developers.google.com/apps-script/reference/base/mime-type
  test("MimeType values are the MIME strings themselves", () => {
    const { MimeType } = services();
    expect(MimeType.PDF).toBe("application/pdf");
    expect(MimeType.GOOGLE_DOCS).toBe("application/vnd.google-apps.document");
    expect(MimeType.FOLDER).toBe("application/vnd.google-apps.folder");
  });
});

describe("The runtime: counting, strictness, faults", () => {
  // ENGINEERING.md, "The emulator"
  test("every call is counted per Class.method; what is not emulated throws", () => {
    const { ctx, drive } = services();
    ctx.rt.resetCalls();
    const folder = drive.createFolder("Rapportmap");
    folder.getName();
    drive.getFolderById(folder.getId()).getFiles().hasNext();
    expect(ctx.rt.snapshotCalls()).toEqual({
      "DriveApp.createFolder": 1,
      "DriveApp.getFolderById": 1,
      "FileIterator.hasNext": 1,
      "Folder.getFiles": 1,
      "Folder.getId": 1,
      "Folder.getName": 1,
    });
    expect(errorOf(() => folder.addEditor("a@example.org")).message).toBe("Not emulated: Folder.addEditor");
    expect(errorOf(() => drive.searchFiles("title = 'x'")).message).toBe(
      "Not emulated: DriveApp.searchFiles",
    );
  });

  test("signature errors name DriveApp's class; an empty id is an invalid argument", () => {
    const { drive } = services();
    expect(errorOf(() => drive.getFileById(3 as unknown as string)).message).toBe(
      "The parameters (number) don't match the method signature for DriveApp.getFileById.",
    );
    expect(errorOf(() => drive.getFileById("")).message).toBe("Invalid argument: id");
  });

  test("a fault on the k-th call throws the quota text", () => {
    const { ctx, drive } = services();
    ctx.rt.injectFault({ method: "DriveApp.createFolder", call: 2 });
    drive.createFolder("a");
    expect(errorOf(() => drive.createFolder("b")).message).toBe(GAS_ERRORS.tooManyCalls("drive"));
  });
});
