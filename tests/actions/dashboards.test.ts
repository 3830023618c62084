/** `Dashboards genereren` through the built bundle in the emulator: tabs, swap, history, call counts. */
import { accountWith, runnerFor, tab, valuesOf } from "../support/addon";
import { network, PROJECTS } from "../support/network";

type Details = {
  dashboards: {
    project: string;
    tab: string;
    redFlag: boolean;
    actions12m: string[];
    counts: Record<string, number>;
  }[];
};

describe("Dashboards genereren", () => {
  test("one dashboard per project, the overview and a hidden history; a second run on the same day replaces that day", () => {
    const { account, ss } = accountWith(network(12));
    const runner = runnerFor(account, "2026-11-22");
    const r = runner.click("Dashboards genereren");
    expect(r.error).toBeUndefined();
    expect(r.value).toMatchObject({ outcome: "ok" });
    // Every chart is a request of the build batch: no SpreadsheetApp chart call, no read of a new tab.
    expect(Object.keys(r.calls).filter((m) => /Chart|getSheetById/.test(m))).toEqual([]);
    const details = (r.value as { details: Details }).details;
    expect(details.dashboards.map((d) => d.tab)).toEqual([
      "Dashboard Levenspad",
      "Dashboard Samen leven",
      "Dashboard PZP in Wijde Meren",
    ]);
    for (const d of details.dashboards) {
      const sheet = tab(ss, d.tab);
      expect(sheet.hiddenGridlines).toBe(true);
      // The status chart comes in the tab's own batch: a bar per status in its colour.
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]).toMatchObject({ type: "BAR", pointColors: expect.any(Array) });
      expect(sheet.charts[0]!.pointColors).toHaveLength(4);
      expect(valuesOf(sheet)[0]?.[0]).toBe(`Dashboard Gooi en Vechtstreek: ${d.project}`);
      expect(sheet.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    }
    // No Rode vlag text: a project's flag is red exactly when one of its activities is Achter op schema.
    const behind = new Set(
      network(12)
        .Activiteiten!.slice(1)
        .filter((row) => row[7] === "Achter op schema")
        .map((row) => row[1]),
    );
    expect(behind.size).toBeGreaterThan(0);
    expect(behind.size).toBeLessThan(3);
    expect(details.dashboards.map((d) => d.redFlag)).toEqual(PROJECTS.map((p) => behind.has(p)));
    const history = tab(ss, "Historie");
    expect(history.hidden).toBe(true);
    // One row per project per day with its status counts (header + 3 projects), whatever the activities.
    const rows = valuesOf(history);
    expect(rows).toHaveLength(1 + PROJECTS.length);
    const total = (r: unknown[]) => (r.slice(2) as number[]).reduce((a, b) => a + b, 0);
    expect(rows.slice(1).reduce((n, r) => n + total(r), 0)).toBe(network(12).Activiteiten!.length - 1);
    expect(ss.sheets.some((s) => s.name.endsWith("~nieuw"))).toBe(false);

    runner.click("Dashboards genereren");
    expect(valuesOf(tab(ss, "Historie"))).toHaveLength(1 + PROJECTS.length);
    const nextDay = runnerFor(account, "2026-11-23");
    nextDay.click("Dashboards genereren");
    expect(valuesOf(tab(ss, "Historie"))).toHaveLength(1 + 2 * PROJECTS.length);
  });

  test("the number of service calls does not grow with the number of activities", () => {
    const calls = [50, 5000].map((n) => {
      const { account } = accountWith(network(n));
      const runner = runnerFor(account, "2026-11-22");
      const r = runner.click("Dashboards genereren");
      expect(r.error).toBeUndefined();
      expect((r.value as { message: string }).message).not.toMatch(/niet gelukt/);
      return r.calls;
    });
    expect(calls[1]).toEqual(calls[0]);
  });

  test("a run that fails halfway leaves every previous generated tab as it was", () => {
    const { account, ss } = accountWith(network(20));
    const runner = runnerFor(account, "2026-11-22");
    expect(runner.click("Dashboards genereren").value).toMatchObject({ outcome: "ok" });
    const generated = () =>
      JSON.stringify(
        ss.sheets.filter((s) => /^(Dashboard |Overzicht|Status|Validatie|Historie)/.test(s.name)),
      );
    const names = () => ss.sheets.map((s) => s.name);
    const before = generated();
    const beforeNames = names();
    // Change the data, then let the swap fail: every new tab is complete (hidden, charts and all) by then.
    tab(ss, "Activiteiten").cells[1]![7] = { v: "Behaald" };
    runner.faults = [{ method: "Sheets.Spreadsheets.batchUpdate", call: 2 }];
    const r = runner.click("Dashboards genereren");
    expect(r.value).toMatchObject({
      outcome: "error",
      message: expect.stringContaining("Service invoked too many times"),
    });
    expect(names()).toEqual(beforeNames);
    expect(generated()).toBe(before);
    runner.faults = [];
    expect(runner.click("Dashboards genereren").value).toMatchObject({ outcome: "ok" });
    expect(generated()).not.toBe(before);
  });

  test("a run stopped by the time limit leaves the previous tabs; its hidden leftovers go on the next run", () => {
    const { account, ss } = accountWith(network(20));
    const runner = runnerFor(account, "2026-11-22");
    runner.click("Dashboards genereren");
    const visible = () => ss.sheets.filter((s) => !s.hidden).map((s) => s.name);
    const generated = () =>
      JSON.stringify(ss.sheets.filter((s) => !s.name.endsWith("~nieuw") && s.name !== "Activiteiten"));
    const beforeVisible = visible();
    const before = generated();
    tab(ss, "Activiteiten").cells[1]![7] = { v: "Behaald" };
    // Apps Script ends the run: no catch block can clean up.
    // At the swap, after the build batch made the new tabs.
    runner.faults = [
      { method: "Sheets.Spreadsheets.batchUpdate", call: 2, message: "Exceeded maximum execution time" },
    ];
    const r = runner.click("Dashboards genereren");
    expect(r.error).toBe("Exceeded maximum execution time");
    expect(visible()).toEqual(beforeVisible);
    expect(generated()).toBe(before);
    const leftovers = ss.sheets.filter((s) => s.name.endsWith("~nieuw"));
    expect(leftovers.length).toBeGreaterThan(0);
    for (const s of leftovers) {
      expect(s.hidden).toBe(true);
      expect(s.protections).toHaveLength(1);
    }
    runner.faults = [];
    expect(runner.click("Dashboards genereren").value).toMatchObject({ outcome: "ok" });
    expect(ss.sheets.filter((s) => s.name.endsWith("~nieuw"))).toEqual([]);
  });

  test("a tab a person made with a generated name is kept under another name, never deleted", () => {
    const data = network(6);
    data.Status = [["Mijn eigen statuslijst"], ["belangrijk"]];
    const { account, ss } = accountWith(data);
    const runner = runnerFor(account, "2026-11-22");
    const r = runner.click("Valideren");
    expect(r.value).toMatchObject({ outcome: "ok", message: expect.stringContaining("Status (eigen)") });
    expect(valuesOf(tab(ss, "Status (eigen)"))).toEqual([["Mijn eigen statuslijst"], ["belangrijk"]]);
    expect(valuesOf(tab(ss, "Status"))[0]?.[0]).toBe("ID");
    // The next run knows the new Status tab as its own.
    runner.click("Valideren");
    expect(ss.sheets.filter((s) => s.name.startsWith("Status")).map((s) => s.name)).toEqual([
      "Status",
      "Status (eigen)",
    ]);
  });

  test("the dashboard of a removed project is removed; a tab a person made is not", () => {
    const data = network(9);
    const { account, ss } = accountWith(data);
    const runner = runnerFor(account, "2026-11-22");
    runner.click("Dashboards genereren");
    ss.sheets.push({ ...tab(ss, "Overzicht"), id: 999, name: "Dashboard eigen werk", protections: [] });
    // Remove the last project and its activities.
    const projects = tab(ss, "Projecten");
    projects.cells.splice(3, 1);
    const acts = tab(ss, "Activiteiten");
    acts.cells = acts.cells.filter((row, i) => i === 0 || row?.[1]?.v !== PROJECTS[2]);
    const r = runner.click("Dashboards genereren");
    expect(r.value).toMatchObject({
      outcome: "ok",
      message: expect.stringContaining(
        "Verwijderd, omdat er geen bruikbaar project meer bij hoort: ‘Dashboard PZP in Wijde Meren’.",
      ),
    });
    const names = ss.sheets.map((s) => s.name);
    expect(names).not.toContain("Dashboard PZP in Wijde Meren");
    expect(names).toContain("Dashboard Levenspad");
    expect(names).toContain("Dashboard eigen werk");
  });

  test("text that looks like a formula is written as text on the dashboard", () => {
    const data = network(3);
    data.Activiteiten![1]![3] = '=HYPERLINK("http://example.org","klik")';
    data.Activiteiten![2]![3] = "+31 6 1234";
    const { account, ss } = accountWith(data);
    const runner = runnerFor(account, "2026-11-22");
    expect(runner.click("Dashboards genereren").value).toMatchObject({ outcome: "ok" });
    const cells = ss.sheets
      .filter((s) => s.name.startsWith("Dashboard ") || s.name === "Status")
      .flatMap((s) => s.cells.flat());
    const texts = cells.filter((c) => typeof c?.v === "string" && /^(=HYPERLINK\("http|\+31)/.test(c.v));
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const c of texts) expect(c?.f).toBeUndefined();
  });

  test("texts past Google's 50,000 characters per cell are cut, never an error for the whole network", () => {
    const data = network(400);
    const acts = data.Activiteiten!;
    for (let i = 1; i < acts.length; i++) {
      // Every activity of the first project behind, with long subjects: the red flag names them all.
      if (acts[i]![1] === PROJECTS[0]) {
        acts[i]![3] = `Activiteit ${i} ${"met een lange omschrijving ".repeat(5)}`;
        acts[i]![7] = "Achter op schema";
      }
    }
    acts[1]![3] = `Heel lang ${"x".repeat(60_000)}`;
    const { account, ss } = accountWith(data);
    const r = runnerFor(account, "2026-11-22").click("Dashboards genereren");
    expect(r.value).toMatchObject({ outcome: "ok" });
    const sources = new Set(["Activiteiten", "Projecten", "Leden", "Vergaderingen", "Instellingen"]);
    const generated = ss.sheets.filter((s) => !sources.has(s.name));
    const longest = Math.max(
      ...generated.flatMap((s) => s.cells.flat().map((c) => (typeof c?.v === "string" ? c.v.length : 0))),
    );
    // The red flag and the first subject were longer: they are cut, with a note.
    expect(longest).toBe(50_000);
    expect(longest).toBeLessThanOrEqual(50_000);
  });
});
