/**
 * Fidelity tests of the emulated Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs.
 * Each test names the reference page it follows.
 */
import { createHtmlService } from "../../local/emulator/html";
import { createSpreadsheetApp } from "../../local/emulator/spreadsheet";
import { createUi } from "../../local/emulator/ui";
import { errorOf, newContext } from "./helpers";

function setup() {
  const ctx = newContext();
  const ui = createSpreadsheetApp(ctx).getUi();
  ctx.rt.resetCalls();
  return { ctx, ui };
}

/** An HtmlOutput as HtmlService makes it; the Ui reads it only through these public methods. */
function html(content: string, title = "", width = 600, height = 400) {
  return {
    getContent: () => content,
    getTitle: () => title,
    getWidth: () => width,
    getHeight: () => height,
  } as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

describe("Menus", () => {
  // https://developers.google.com/apps-script/reference/base/ui#createaddonmenu
  // https://developers.google.com/apps-script/reference/base/menu
  test("an add-on menu with items, a separator and a sub-menu is recorded on addToUi", () => {
    const { ctx, ui } = setup();
    const sub = ui.createMenu("Vergaderingen").addItem("Uitnodigingen versturen…", "menuInvites");
    ui.createAddonMenu()
      .addItem("Werkblad inrichten", "menuSetup")
      .addSeparator()
      .addSubMenu(sub)
      .addItem("Help", "menuHelp")
      .addToUi();
    expect(ctx.ui.menus).toEqual([
      {
        kind: "addon",
        caption: "",
        items: [
          { caption: "Werkblad inrichten", functionName: "menuSetup" },
          null,
          { caption: "Vergaderingen > Uitnodigingen versturen…", functionName: "menuInvites" },
          { caption: "Help", functionName: "menuHelp" },
        ],
      },
    ]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#createmenucaption
  test("a custom menu has its caption; adding the same menu again replaces its record", () => {
    const { ctx, ui } = setup();
    const menu = ui.createMenu("Netwerkplan").addItem("Valideren", "menuValidate");
    menu.addToUi();
    menu.addItem("Dashboards", "menuDashboards").addToUi();
    expect(ctx.ui.menus).toHaveLength(1);
    expect(ctx.ui.menus[0]!.kind).toBe("custom");
    expect(ctx.ui.menus[0]!.caption).toBe("Netwerkplan");
    expect(ctx.ui.menus[0]!.items.map((i) => i?.functionName)).toEqual(["menuValidate", "menuDashboards"]);
  });

  test("building the menu is allowed in AuthMode.NONE; an alert is not", () => {
    const ctx = newContext();
    ctx.rt.authMode = "NONE";
    const ui = createSpreadsheetApp(ctx).getUi();
    ui.createAddonMenu().addItem("Help", "menuHelp").addToUi();
    expect(ctx.ui.menus).toHaveLength(1);
    expect(errorOf(() => ui.alert("Hallo")).message).toBe(
      "You do not have permission to call Ui.alert. This add-on is running in AuthMode.NONE.",
    );
  });
});

describe("Alerts", () => {
  // https://developers.google.com/apps-script/reference/base/ui#alertprompt
  // https://developers.google.com/apps-script/reference/base/ui#alerttitle,-prompt,-buttons
  test("the three overloads; the responder's button is returned as a Button enum and recorded", () => {
    const { ctx, ui } = setup();
    expect(ui.alert("Klaar")).toBe(ui.Button.OK);
    ctx.ui.responder = () => ({ button: "NO" });
    expect(ui.alert("Doorgaan?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    ctx.ui.responder = (q) => ({ button: q.title === "Uitnodigingen" ? "CLOSE" : "OK" });
    expect(ui.alert("Uitnodigingen", "12 personen krijgen mail.", ui.ButtonSet.OK_CANCEL)).toBe(
      ui.Button.CLOSE,
    );
    expect(ctx.ui.events).toEqual([
      { kind: "alert", title: "", prompt: "Klaar", buttons: "OK", response: "OK" },
      { kind: "alert", title: "", prompt: "Doorgaan?", buttons: "YES_NO", response: "NO" },
      {
        kind: "alert",
        title: "Uitnodigingen",
        prompt: "12 personen krijgen mail.",
        buttons: "OK_CANCEL",
        response: "CLOSE",
      },
    ]);
  });

  test("the default responder answers YES to a YES_NO question", () => {
    const { ui } = setup();
    expect(String(ui.alert("Zeker?", ui.ButtonSet.YES_NO_CANCEL))).toBe("YES");
  });

  test("a responder that answers with a button the dialog does not have is an error in the test", () => {
    const { ctx, ui } = setup();
    ctx.ui.responder = () => ({ button: "YES" });
    expect(errorOf(() => ui.alert("Klaar", ui.ButtonSet.OK)).message).toBe(
      "Ui responder answered YES to a OK alert",
    );
  });

  test("buttons must be a ButtonSet (the method-signature error otherwise)", () => {
    const { ui } = setup();
    expect(errorOf(() => ui.alert("Klaar", "OK" as unknown as GoogleAppsScript.Base.ButtonSet)).message).toBe(
      "The parameters (String,String) don't match the method signature for Ui.alert.",
    );
  });
});

describe("Prompts", () => {
  // https://developers.google.com/apps-script/reference/base/ui#prompttitle,-prompt,-buttons
  // https://developers.google.com/apps-script/reference/base/prompt-response
  test("the response holds the text typed and the button", () => {
    const { ctx, ui } = setup();
    ctx.ui.responder = () => ({ button: "OK", text: "Kerngroep" });
    const r = ui.prompt("Jaarplanning", "Welke groep?", ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(["Kerngroep", ui.Button.OK]);
    ctx.ui.responder = () => ({ button: "CANCEL" });
    const cancelled = ui.prompt("Welke groep?", ui.ButtonSet.OK_CANCEL);
    expect([cancelled.getResponseText(), String(cancelled.getSelectedButton())]).toEqual(["", "CANCEL"]);
    expect(ctx.ui.events[0]).toEqual({
      kind: "prompt",
      title: "Jaarplanning",
      prompt: "Welke groep?",
      buttons: "OK_CANCEL",
      response: "OK",
      text: "Kerngroep",
    });
  });
});

describe("Sidebar and dialogs", () => {
  // https://developers.google.com/apps-script/reference/base/ui#showsidebaruserinterface
  // https://developers.google.com/apps-script/reference/base/ui#showmodaldialoguserinterface,-title
  // https://developers.google.com/apps-script/reference/base/ui#showmodelessdialoguserinterface,-title
  test("the sidebar takes the HtmlOutput's title; dialogs take the given title and the output's size", () => {
    const { ctx, ui } = setup();
    ui.showSidebar(html("<p>Instellingen</p>", "Netwerkplan"));
    ui.showModalDialog(html("<p>Samenvatting</p>", "ignored", 500, 300), "Dashboards gemaakt");
    ui.showModelessDialog(html("<p>Help</p>"), "Help");
    expect(ctx.ui.events).toEqual([
      { kind: "sidebar", title: "Netwerkplan", html: "<p>Instellingen</p>" },
      { kind: "modal", title: "Dashboards gemaakt", html: "<p>Samenvatting</p>", width: 500, height: 300 },
      { kind: "modeless", title: "Help", html: "<p>Help</p>", width: 600, height: 400 },
    ]);
    expect(
      errorOf(() => ui.showModalDialog("<p>x</p>" as unknown as GoogleAppsScript.HTML.HtmlOutput, "x"))
        .message,
    ).toBe("The parameters (String,String) don't match the method signature for Ui.showModalDialog.");
  });

  test("with the emulated HtmlService, only the add-on's own calls are counted", () => {
    const { ctx, ui } = setup();
    const out = createHtmlService(ctx).createHtmlOutput("<b>Klaar</b>").setTitle("Netwerkplan");
    ctx.rt.resetCalls();
    ui.showSidebar(out);
    expect(ctx.rt.snapshotCalls()).toEqual({ "Ui.showSidebar": 1 });
    expect(ctx.ui.events).toEqual([{ kind: "sidebar", title: "Netwerkplan", html: "<b>Klaar</b>" }]);
  });
});

describe("The Ui object", () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getui
  test("getUi is allowed and counted; a method the Ui lacks is not emulated", () => {
    const { ctx, ui } = setup();
    expect(createUi(ctx)).toBe(ui);
    expect(errorOf(() => ui.showDialog(html(""))).message).toBe("Not emulated: Ui.showDialog");
    const app = createSpreadsheetApp(ctx);
    app.getUi();
    expect(ctx.rt.calls["SpreadsheetApp.getUi"]).toBe(1);
  });
});
