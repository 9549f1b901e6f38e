import type { Finding } from "../../src/core/findings";
import { planMarks } from "../../src/core/marking";

const finding = (code: string, cell: string, severity: Finding["severity"], nl: string, en: string, rows?: number[]): Finding => ({
  code,
  severity,
  sheet: "Formatie",
  row: Number(cell.slice(1)),
  column: cell[0] as string,
  cell,
  message: { nl, en },
  ...(rows ? { rows } : {}),
});

describe("planMarks", () => {
  const findings = [
    finding("scale/mismatch", "D3", "error", "Schaal 11 past niet bij Adviseur.", "Scale 11 does not fit Adviseur."),
    finding("function/spelling", "D3", "info", "Anders gespeld.", "Spelled differently."),
    finding("fte/over-formation", "E5", "warning", "Te veel fte.", "Too much FTE.", [4, 5]),
  ];

  it("notes each finding under its title, in the language asked for, never under its rule id", () => {
    const nl = planMarks(findings, "nl");
    expect(nl.map((m) => [m.row, m.col, m.severity, m.messages])).toEqual([
      [3, 4, "error", ["Schaal past niet bij de functie: Schaal 11 past niet bij Adviseur.", "Functie anders gespeld dan in het functieboek: Anders gespeld."]],
      [4, 5, "warning", []],
      [5, 5, "warning", ["Functie boven de formatie: Te veel fte."]],
    ]);
    const en = planMarks(findings, "en");
    expect(en[0]?.messages).toEqual(["Scale does not fit the function: Scale 11 does not fit Adviseur.", "Function spelled differently from the function book: Spelled differently."]);
    for (const mark of [...nl, ...en]) for (const text of mark.messages) expect(text).not.toMatch(/[a-z]+\/[a-z-]+/);
  });
});
