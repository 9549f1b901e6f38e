/** Which two sheets of one workbook are compared, and the pane's first suggestion for the other sheet. */
import { chooseSheetPair, defaultOtherSheet, type SheetPairInput } from "../../../src/core/mutaties/sheet-pair";

describe("chooseSheetPair", () => {
  const ok: [string, SheetPairInput, [string, string]][] = [
    ["both named", { candidates: [], old: "A", new: "B" }, ["A", "B"]],
    ["two years: the earlier is old", { candidates: ["Formatie 2026", "Formatie 2025"] }, ["Formatie 2025", "Formatie 2026"]],
    ["three years: the two latest", { candidates: ["Formatie 2024", "Formatie 2026", "Formatie 2025"] }, ["Formatie 2025", "Formatie 2026"]],
    ["new named: old is the year before it", { candidates: ["F 2024", "F 2025", "F 2026"], new: "F 2025" }, ["F 2024", "F 2025"]],
    ["old named: new is the year after it", { candidates: ["F 2024", "F 2025", "F 2026"], old: "F 2024" }, ["F 2024", "F 2025"]],
    ["one named, one other candidate", { candidates: ["Plan", "Huidig"], new: "Plan" }, ["Huidig", "Plan"]],
  ];
  it.each(ok)("%s", (_what, input, [old, next]) => {
    expect(chooseSheetPair(input)).toMatchObject({ ok: true, old, new: next });
  });

  const refused: [string, SheetPairInput, string, RegExp][] = [
    ["one formation sheet", { candidates: ["Formatie 2025"] }, "one-formation-sheet", /één werkblad \('Formatie 2025'\).*--sheet-old en --sheet-new/],
    ["no formation sheet", { candidates: [] }, "one-formation-sheet", /geen werkblad/],
    ["two sheets without years", { candidates: ["Plan", "Huidig"] }, "ambiguous", /noem ze met --sheet-old en --sheet-new/],
    ["the same year twice", { candidates: ["Plan 2026", "Huidig 2026"] }, "ambiguous", /noem ze/],
    ["one named, several others without years", { candidates: ["Plan", "Huidig", "Oud"], new: "Plan" }, "ambiguous", /noem ze met --sheet-old\./],
  ];
  it.each(refused)("refuses %s, and says how to choose", (_what, input, code, message) => {
    const choice = chooseSheetPair(input);
    expect(choice).toMatchObject({ ok: false, code });
    if (!choice.ok) {
      expect(choice.message.nl).toMatch(message);
      expect(choice.message.en).not.toContain(" en ");
    }
  });
});

describe("defaultOtherSheet", () => {
  it.each([
    ["Formatie 2026", ["Formatie 2024", "Formatie 2025", "Formatie 2026"], "Formatie 2025"],
    ["Formatie 2024", ["Formatie 2024", "Formatie 2025"], "Formatie 2025"],
    ["Formatie", ["Formatie", "Plan", "Oud"], "Plan"],
    ["Formatie", ["Formatie"], undefined],
  ] as const)("next to %s among %p: %p", (current, sheets, expected) => {
    expect(defaultOtherSheet(current, sheets)).toBe(expected);
  });
});
