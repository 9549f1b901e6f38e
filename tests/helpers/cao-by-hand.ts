/**
 * Salaries of the Cao Gemeenten worked out by hand from the official table of 1 July 2020 and the
 * measures written out below (src/data/cao-gemeenten-loonontwikkeling.json lists them with their
 * sources), for the tests that must not ask the code under test: the Formatiebudget's and the
 * Mutaties'. Only for amounts no wage floor reaches (2.496 a month at most; every amount here only
 * rises), so the floors can be left out.
 */
import table2020 from "../../src/data/cao-gemeenten-salaristabel-2020-07-01.json";

/** The highest wage floor of the measures (1 January 2026). */
const HIGHEST_FLOOR = 2496;

function checked(amount2020: number): number {
  if (amount2020 < HIGHEST_FLOOR) throw new Error(`${amount2020}: a wage floor may reach it; not worked out by hand here`);
  return amount2020;
}

/**
 * Up to and including 1 January 2026: +1 %, +1,5 %, +2,4 %, +240 then +2 %, +4,75 %, +1,25 %,
 * +2 %, +1,85 %, +35. Unrounded, as the method says.
 */
export const to2026 = (amount2020: number) => (checked(amount2020) * 1.01 * 1.015 * 1.024 + 240) * 1.02 * 1.0475 * 1.0125 * 1.02 * 1.0185 + 35;
/** Then +1,25 % on 1 July 2026 and +1,6 % on 1 January 2027 (the last measure known). */
export const toJuly2026 = (amount2020: number) => to2026(amount2020) * 1.0125;
export const to2027 = (amount2020: number) => toJuly2026(amount2020) * 1.016;
/** Whole euros, half up: how an estimated amount is rounded. */
export const whole = (amount: number) => Math.floor(amount + 0.5);
/** Cents, as a cost per FTE and a row's cost are rounded. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The steps of a scale in the table of 1 July 2020. */
export function steps2020(scale: string): number[] {
  const entry = table2020.scales.find((s) => s.scale === scale);
  if (!entry) throw new Error(`scale ${scale}`);
  return entry.steps;
}

/** The salary of a scale's maximum over 2026: January–June at the amount of 1 January, July–December at that of 1 July. */
export function maxSalary2026(scale: string): number {
  const max = Math.max(...steps2020(scale));
  return 6 * whole(to2026(max)) + 6 * whole(toJuly2026(max));
}
