/**
 * What a change costs per year, priced exactly as the Formatiebudget prices a formation: the same
 * prices of the begrotingsjaar (budget/year-pricing.ts: the bundled and the user's salary table,
 * the agreed and the user's own measures, the year, the calculation date) and the same settings
 * (salary basis, IKB, werkgeverslasten and what they apply to). One FTE of a scale costs what the
 * Formatiebudget's "Kosten per fte per jaar" says for that scale; every row, occupied or not, is
 * priced at the salary basis. The notes are the budget's own warnings and Uitgangspunten. This is
 * the one place the Mutaties touch the budget's API (src/core/budget/), so they follow it when it
 * changes.
 */
import { budgetFootnotes, budgetWarnings, pricingNotes } from "../budget/budget-assumptions";
import { scaleKey } from "../budget/salary-table-schema";
import { pricedYear, yearPricing, type PricedYear, type PricingInputs } from "../budget/year-pricing";
import { localize, type Localized } from "../localized";

export type { PricingInputs } from "../budget/year-pricing";

/** What the prices rest on and how the tables say it. */
export interface PricingAccount {
  /** The year, settings, tables per period and measures: what the budget's notes say. */
  basis: PricedYear;
  /** The budget's warnings (a raming, amounts out of date, an unreliable estimate). */
  warnings: Localized[];
  /** The lines above the tables: how the costs were made, the warnings, the Uitgangspunten. */
  notes: Localized[];
  /** The lines under the tables: where each measure applied comes from. */
  footnotes: Localized[];
}

/** Yearly cost of one FTE at a scale; null where the salary table has no amount for it. */
export interface Pricing {
  readonly year: number;
  yearlyPerFte(scale: number | string): number | null;
  /** What the prices given so far rest on (which scales were priced matters for a warning). */
  account(): PricingAccount;
}

const NOTES = {
  how: {
    nl: "De kosten per jaar zijn een raming, berekend zoals in het Formatiebudget {year:plain}: per rij fte × kosten per fte van de schaal in het werkblad (anders die van het functieboek), met de uitgangspunten hieronder.",
    en: "The yearly costs are an estimate, computed as in the formation budget {year:plain}: per row FTE × cost per FTE of the scale in the sheet (else the function book's), with the assumptions below.",
  },
  scope: { nl: "elke rij, ook bezette plaatsen", en: "every row, occupied ones too" },
} satisfies Record<string, Localized>;

export function budgetPricing(inputs: PricingInputs): Pricing {
  const priced = yearPricing(inputs);
  const used = new Set<string>();
  // Per scale as the sheet writes it (11, "10A"): 50,000 rows look up a handful of scales.
  const costs = new Map<number | string, number | null>();
  return {
    year: priced.year,
    yearlyPerFte(scale) {
      let cost = costs.get(scale);
      if (cost === undefined) {
        const key = scaleKey(String(scale));
        used.add(key);
        const price = priced.pricing.basis(key);
        cost = price.ok ? price.costPerFte : null;
        costs.set(scale, cost);
      }
      return cost;
    },
    account() {
      const basis = pricedYear(priced, { scales: used });
      return {
        basis,
        warnings: budgetWarnings(basis),
        notes: [localize(NOTES.how, { year: basis.year }), ...pricingNotes(basis, NOTES.scope)],
        footnotes: budgetFootnotes(basis),
      };
    },
  };
}
