import { roundEuro, roundFte } from "../../../src/core/plaatsing/data-table";

describe("roundFte and roundEuro", () => {
  it.each([
    ["a sum with float noise", roundFte, 0.1 + 0.2, 0.3],
    ["FTE to four decimals", roundFte, 0.123456, 0.1235],
    ["a negative FTE difference", roundFte, 0.5 - 0.75, -0.25],
    ["euros to cents", roundEuro, 1234.5678, 1234.57],
    ["a negative euro difference", roundEuro, -12.344, -12.34],
  ])("round %s", (_name, round, value, expected) => {
    expect(round(value)).toBe(expected);
  });

  // A difference of nothing reads the same both ways round: Jest's toEqual and Object.is tell -0
  // from 0, so the Mutaties' "swap old and new" property needs 0 both ways.
  it.each([
    ["roundFte of -0", roundFte, -0],
    ["roundFte of a small negative", roundFte, -0.00001],
    ["roundFte of a difference of equal sums", roundFte, 0.3 - (0.1 + 0.2)],
    ["roundEuro of -0", roundEuro, -0],
    ["roundEuro of a small negative", roundEuro, -0.004],
  ])("gives 0, never -0: %s", (_name, round, value) => {
    expect(Object.is(round(value), 0)).toBe(true);
  });
});
