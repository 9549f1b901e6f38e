/** Which sheet is checked (issue 18): never a silent guess — the rule that chose it is always said. */
import { chooseFormationSheet, shortList, yearIn, type SheetCandidate } from "../../../src/core/formatie/sheet-choice";

const sheet = (name: string, looksLikeFormation = true, state: SheetCandidate["state"] = "visible"): SheetCandidate => ({ name, state, looksLikeFormation });

describe("chooseFormationSheet", () => {
  it.each<[string, Parameters<typeof chooseFormationSheet>[0], string, string]>([
    ["the one named, whatever it looks like", { sheets: [sheet("Formatie 2026"), sheet("Notities", false)], requested: "notities" }, "Notities", "named"],
    ["the only formation sheet", { sheets: [sheet("Uitleg", false), sheet("Formatie")] }, "Formatie", "only"],
    ["a visible one before a hidden one", { sheets: [sheet("Oud", true, "hidden"), sheet("Nieuw")] }, "Nieuw", "only"],
    ["a hidden one when it is the only one", { sheets: [sheet("Oud", true, "hidden"), sheet("Uitleg", false)] }, "Oud", "only"],
    ["the sheet active when the file was saved", { sheets: [sheet("Formatie 2025"), sheet("Formatie 2026")], active: "Formatie 2025" }, "Formatie 2025", "active"],
    ["else the one with the latest year", { sheets: [sheet("Formatie 2026"), sheet("Formatie 2025"), sheet("Uitleg", false)], active: "Uitleg" }, "Formatie 2026", "latest-year"],
    ["else the only one called formatie", { sheets: [sheet("Team A"), sheet("Formatie totaal")], active: "Uitleg" }, "Formatie totaal", "named-formatie"],
    ["never the tool's own sheets", { sheets: [sheet("Plaatsingslijst"), sheet("Formatie")], own: new Set(["Plaatsingslijst"]) }, "Formatie", "only"],
    ["never a very hidden sheet", { sheets: [sheet("Formatiecheck_status", true, "veryHidden"), sheet("Formatie")] }, "Formatie", "only"],
  ])("takes %s", (_name, input, expected, reason) => {
    const choice = chooseFormationSheet(input);
    expect(choice).toMatchObject({ ok: true, sheet: expected, reason });
    if (choice.ok && (reason === "active" || reason === "latest-year" || reason === "named-formatie")) {
      expect(choice.message?.nl).toContain(`gecontroleerd is '${expected}'`);
      expect(choice.message?.nl).toContain("--sheet");
      expect(choice.others.length).toBeGreaterThan(0);
    } else if (choice.ok) expect(choice.message).toBeUndefined();
  });

  it.each<[string, Parameters<typeof chooseFormationSheet>[0], string, string]>([
    ["a sheet that does not exist", { sheets: [sheet("Formatie")], requested: "Blad9" }, "no-such-sheet", "Werkblad 'Blad9' bestaat niet. Werkbladen: 'Formatie'."],
    ["no formation sheet at all", { sheets: [sheet("Blad1", false)] }, "no-formation-sheet", "Geen werkblad lijkt op een formatieoverzicht"],
    ["two equal candidates and nothing to choose by", { sheets: [sheet("Team A"), sheet("Team B")] }, "ambiguous", "kies er een met --sheet"],
  ])("refuses %s, saying why", (_name, input, code, text) => {
    const choice = chooseFormationSheet(input);
    expect(choice).toMatchObject({ ok: false, code });
    if (!choice.ok) expect(choice.message.nl).toContain(text);
  });
});

describe("helpers", () => {
  it.each([
    ["Formatie 2026", 2026],
    ["Begroting 2025-2026", 2026],
    ["Formatie", undefined],
    ["Blad 12345", undefined],
    ["Plan 1989", undefined],
  ])("yearIn(%s) = %s", (name, year) => {
    expect(yearIn(name)).toBe(year);
  });

  it("shortens a long list of sheet names to fit a one-line message", () => {
    const names = Array.from({ length: 40 }, (_, i) => `Werkblad nummer ${i + 1}`);
    const text = shortList(names, "nl");
    expect(text.length).toBeLessThan(100);
    expect(text).toMatch(/en nog \d+$/);
  });
});
