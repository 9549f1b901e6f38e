/** Accepted findings: applied while the finding and its row are unchanged, gone once the row changes. */
import { acceptanceId, applyAcceptances, rowKey, type AcceptedFinding } from "../../src/core/acceptance";
import type { Finding } from "../../src/core/findings";

const finding: Finding = { code: "scale/mismatch", severity: "error", sheet: "Formatie", row: 11, column: "D", cell: "D11", message: { nl: "n", en: "e" } };
const row = ["Adviseur", "Adviseur IV", 10, 1, "Erik Lammers"];
const accepted: AcceptedFinding = { sheet: "Formatie", code: "scale/mismatch", cell: "D11", row: 11, rowKey: rowKey(row), reason: "Afgesproken", date: "2026-11-30" };

describe("applyAcceptances", () => {
  test.each([
    ["the same finding, the row unchanged", finding, row, { reason: "Afgesproken" }],
    ["the row changed since", finding, [...row.slice(0, 2), 11, 1, "Erik Lammers"], undefined],
    ["another cell of the row", { ...finding, cell: "E11", column: "E" }, row, undefined],
    ["another rule on the same cell", { ...finding, code: "fte/too-large" }, row, undefined],
    ["another sheet", { ...finding, sheet: "Formatie 2" }, row, undefined],
  ])("%s", (_case, candidate, rowNow, expected) => {
    const [result] = applyAcceptances([candidate], [accepted], (sheet, r) => (sheet === candidate.sheet && r === 11 ? rowKey(rowNow) : undefined));
    expect(result?.accepted).toEqual(expected);
  });

  test("a row not read gives no acceptance; an acceptance from earlier is taken off", () => {
    expect(applyAcceptances([finding], [accepted], () => undefined)[0]?.accepted).toBeUndefined();
    expect(applyAcceptances([{ ...finding, accepted: { reason: "oud" } }], [], () => undefined)[0]?.accepted).toBeUndefined();
  });

  test("dates and numbers make different keys; the id names sheet, code and cell", () => {
    expect(rowKey([new Date("2026-01-01T00:00:00Z")])).not.toBe(rowKey(["2026-01-01T00:00:00.000Z"]));
    expect(rowKey([1])).not.toBe(rowKey(["1"]));
    expect(acceptanceId(finding)).toBe(acceptanceId(accepted));
  });
});
