/**
 * The words around a formation budget: the warnings (a raming, amounts out of date, an estimate a
 * wage floor made unreliable) and the "Uitgangspunten" block the Formatiebudget sheet starts with —
 * the salary table and its date, official or raming with the measures applied, the begrotingsjaar,
 * the basis, IKB, werkgeverslasten and what they apply to, and the date of the calculation — and
 * the sources of every measure under the table. Shared by the sheets, the CLI and the pane, and by
 * the Mutaties, which price with the same prices (`pricingNotes`).
 */
import { formatList, pluralWord } from "../format";
import { localize, type Language, type Localized, type MessageData } from "../localized";
import { localizeEach } from "../plaatsing/table-text";
import type { FormationBudget } from "./formation-budget";
import type { BudgetSettings } from "./salary-cost";
import { salaryAgeWarning } from "./salary-table-age";
import type { SalaryMeasure } from "./salary-measures";
import type { PricedYear } from "./year-pricing";

const TEXT = {
  estimate: {
    nl: "Let op: raming op basis van de cao-verhogingen sinds {since:date}; laad de officiële salaristabel voor exacte bedragen.",
    en: "Note: estimate based on the cao increases since {since:date}; load the official salary table for exact amounts.",
  },
  floored: {
    nl: "Let op: voor {scaleWord} {scales} is de raming onbetrouwbaar: een minimumloon van de cao heeft daar bedragen verhoogd en treden weggenomen of toegevoegd, wat de raming niet volgt.",
    en: "Note: for {scaleWord} {scales} the estimate is unreliable: a cao wage floor raised amounts there and removed or added steps, which the estimate does not follow.",
  },
  beforeTables: {
    nl: "Let op: {from:date} tot en met {to:date} ligt vóór de salaristabel van {validFrom:date}; die tabel is ervoor gebruikt.",
    en: "Note: {from:date} to {to:date} lies before the salary table of {validFrom:date}; that table was used for it.",
  },
  heading: { nl: "Uitgangspunten", en: "Assumptions" },
  year: { nl: "Begrotingsjaar: {year:plain}. Berekend op {today:date}.", en: "Budget year: {year:plain}. Calculated on {today:date}." },
  official: {
    nl: "Salaristabel {from:date} tot en met {to:date}: {name}, geldig vanaf {validFrom:date} (officieel). Bron: {source}",
    en: "Salary table {from:date} to {to:date}: {name}, in force from {validFrom:date} (official). Source: {source}",
  },
  estimated: {
    nl: "Salaristabel {from:date} tot en met {to:date}: raming — {name}, geldig vanaf {validFrom:date}, met {count|verhoging|verhogingen} tot en met {last:date}. Bron van de tabel: {source}",
    en: "Salary table {from:date} to {to:date}: estimate — {name}, in force from {validFrom:date}, with {count|increase|increases} up to {last:date}. Source of the table: {source}",
  },
  measures: { nl: "Toegepaste verhogingen: {list}.", en: "Increases applied: {list}." },
  maximum: { nl: "Salarisbasis ({scope}): het maximum van de schaal.", en: "Salary basis ({scope}): the scale maximum." },
  step: { nl: "Salarisbasis ({scope}): trede {step:plain} van de schaal.", en: "Salary basis ({scope}): step {step:plain} of the scale." },
  budgetScope: { nl: "begroot en vacatures", en: "budgeted and vacancies" },
  ownStep: {
    nl: "Bezette plaatsen met een trede in het werkblad (kolom Trede/Periodiek): op hun eigen trede; zonder bruikbare trede op de salarisbasis (zie Opmerking).",
    en: "Occupied positions with a step in the sheet (column Trede/Periodiek): at their own step; without a usable step at the salary basis (see Remark).",
  },
  ownSalary: {
    nl: "Bezette plaatsen met een salaris in het werkblad (kolom Salaris, bruto per maand bij een volledige werkweek): op dat salaris, het salaris op {today:date}; verhogingen daarna tellen mee vanaf hun datum.",
    en: "Occupied positions with a salary in the sheet (column Salaris, gross a month for a full-time week): at that salary, the salary on {today:date}; increases after that count from their date.",
  },
  charges: {
    nl: "IKB {ikb:percent} van het salaris; werkgeverslasten {charges:percent} {over}.",
    en: "IKB {ikb:percent} of the salary; employer charges {charges:percent} {over}.",
  },
  formulaBoth: {
    nl: "Kosten per fte per jaar = salaris over de 12 maanden × (1 + IKB {ikb:percent}) × (1 + werkgeverslasten {charges:percent}).",
    en: "Cost per FTE per year = salary over the 12 months × (1 + IKB {ikb:percent}) × (1 + employer charges {charges:percent}).",
  },
  formulaSalary: {
    nl: "Kosten per fte per jaar = salaris over de 12 maanden × (1 + IKB {ikb:percent} + werkgeverslasten {charges:percent}).",
    en: "Cost per FTE per year = salary over the 12 months × (1 + IKB {ikb:percent} + employer charges {charges:percent}).",
  },
  budgetFormula: {
    nl: "Begroot = formatie × kosten per fte; kosten bezetting = per bezette rij fte × kosten per fte; verschil (ruimte) = begroot − kosten bezetting.",
    en: "Budgeted = formation × cost per FTE; cost of filled = per occupied row FTE × cost per FTE; difference (room) = budgeted − cost of filled.",
  },
  noScale: { nl: "Niet berekend: {scaleWord} {scales} {is} niet in de salaristabel.", en: "Not computed: {scaleWord} {scales} {is} not in the salary table." },
  noStep: { nl: "Niet berekend: {scaleWord} {scales} {has} geen trede {step} in de salaristabel.", en: "Not computed: {scaleWord} {scales} {has} no step {step} in the salary table." },
  noScaleKnown: { nl: "Niet berekend voor {titles}: geen schaal bekend.", en: "Not computed for {titles}: no scale known." },
  source: { nl: "Bron {measure}: {sources}", en: "Source {measure}: {sources}" },
  ownSource: { nl: "{measure}: eigen uitgangspunt van de begroting.", en: "{measure}: own assumption of the budget." },
} satisfies Record<string, Localized>;

const OVER: Record<BudgetSettings["employerChargesBase"], Localized> = {
  "salary-and-ikb": { nl: "over salaris en IKB", en: "on salary and IKB" },
  salary: { nl: "over het salaris alleen (niet over de IKB)", en: "on the salary alone (not on the IKB)" },
};

const MEASURE = {
  pct: { nl: "{date:date} {sign}{value:percent}", en: "{date:date} {sign}{value:percent}" },
  fixed: { nl: "{date:date} {sign} {value:AMOUNT} per maand", en: "{date:date} {sign}{value:AMOUNT} a month" },
  fixedThenPct: { nl: "{date:date} + {fixed:AMOUNT}, daarna {sign}{value:percent}", en: "{date:date} +{fixed:AMOUNT}, then {sign}{value:percent}" },
  floor: { nl: "{date:date} minimum {value:AMOUNT} per maand", en: "{date:date} minimum {value:AMOUNT} a month" },
  own: { nl: " (eigen uitgangspunt)", en: " (own assumption)" },
  uncertain: { nl: " (datum onzeker)", en: " (date uncertain)" },
} satisfies Record<string, Localized>;

/** A template whose AMOUNT shows whole euros for a whole amount (€ 240), else with cents (€ 40,50). */
function withAmount(template: Localized, amount: number): Localized {
  const format = Number.isInteger(amount) ? "wholeEuro" : "euro";
  return { nl: template.nl.replaceAll("AMOUNT", format), en: template.en.replaceAll("AMOUNT", format) };
}

/** A measure in a few words: "01-07-2026 +1,25 %", "01-01-2026 minimum € 2.496 per maand". */
export function describeMeasure(measure: SalaryMeasure): Localized {
  const sign = (n: number) => (n >= 0 ? "+" : "");
  let text: Localized;
  switch (measure.type) {
    case "pct":
      text = localize(MEASURE.pct, { date: measure.date, sign: sign(measure.value), value: measure.value });
      break;
    case "fixed":
      text = localize(withAmount(MEASURE.fixed, measure.value), { date: measure.date, sign: sign(measure.value), value: measure.value });
      break;
    case "fixed_then_pct":
      text = localize(withAmount(MEASURE.fixedThenPct, measure.value.fixed_eur), { date: measure.date, fixed: measure.value.fixed_eur, sign: sign(measure.value.then_pct), value: measure.value.then_pct });
      break;
    case "floor":
      text = localize(withAmount(MEASURE.floor, measure.value), { date: measure.date, value: measure.value });
      break;
  }
  const suffix = [measure.own ? MEASURE.own : undefined, measure.uncertain ? MEASURE.uncertain : undefined].filter((s): s is Localized => s !== undefined);
  return { nl: text.nl + suffix.map((s) => s.nl).join(""), en: text.en + suffix.map((s) => s.en).join("") };
}

/** "schaal 3 staat" / "schalen 3 en 5 staan": the scales with the words that agree with them. */
function scaleList(scales: readonly string[], language: Language): MessageData {
  const n = scales.length;
  const words = language === "nl" ? { scaleWord: pluralWord(n, "schaal", "schalen"), is: pluralWord(n, "staat", "staan"), has: pluralWord(n, "heeft", "hebben") } : { scaleWord: pluralWord(n, "scale", "scales"), is: pluralWord(n, "is", "are"), has: pluralWord(n, "has", "have") };
  return { ...words, scales: formatList(scales, language) };
}

/** The last date the amounts of the year rest on: a table's start or a raise. */
function lastChange(budget: PricedYear): string {
  const dates = budget.pricing.periods.map((p) => p.inForce.applied.at(-1)?.date ?? p.inForce.base.validFrom);
  for (const m of budget.measuresApplied) dates.push(m.date);
  return dates.sort().at(-1) as string;
}

/** The warnings of a budget (or of other prices of a year), most important first: a raming, amounts out of date, an unreliable estimate, a year before the tables. */
export function budgetWarnings(budget: PricedYear): Localized[] {
  const warnings: Localized[] = [];
  if (budget.estimated) {
    const estimated = budget.pricing.periods.find((p) => p.inForce.estimated);
    warnings.push(localize(TEXT.estimate, { since: estimated ? estimated.inForce.base.validFrom : budget.today }));
  }
  const old = salaryAgeWarning(lastChange(budget), budget.year);
  if (old) warnings.push(old);
  if (budget.flooredScales.length > 0) warnings.push(localizeEach(TEXT.floored, (l) => scaleList(budget.flooredScales, l)));
  for (const period of budget.pricing.periods) {
    if (period.inForce.beforeTables) warnings.push(localize(TEXT.beforeTables, { from: period.from, to: period.to, validFrom: period.inForce.base.validFrom }));
  }
  return warnings;
}

/** The lines above the Formatiebudget table: warnings, then the Uitgangspunten block, then what could not be computed. */
export function budgetNotes(budget: FormationBudget): Localized[] {
  const { settings } = budget;
  const notes: Localized[] = [...budgetWarnings(budget), ...yearLines(budget), basisLine(settings, TEXT.budgetScope)];
  if (budget.ownPricing.salary) notes.push(localize(TEXT.ownSalary, { today: budget.today }));
  if (budget.ownPricing.step) notes.push(TEXT.ownStep);
  const [charges, formula] = chargeLines(settings);
  notes.push(charges, { nl: `${formula.nl} ${TEXT.budgetFormula.nl}`, en: `${formula.en} ${TEXT.budgetFormula.en}` });
  if (budget.missingScales.length > 0) notes.push(localizeEach(TEXT.noScale, (l) => scaleList(budget.missingScales, l)));
  if (budget.missingSteps.length > 0) notes.push(localizeEach(TEXT.noStep, (l) => ({ ...scaleList(budget.missingSteps, l), step: settings.basis.kind === "step" ? settings.basis.step : "" })));
  if (budget.withoutScale.length > 0) notes.push(localizeEach(TEXT.noScaleKnown, (l) => ({ titles: formatList(budget.withoutScale.map((t) => `'${t}'`), l) })));
  return notes;
}

/**
 * The lines above another table priced at the budget's salary basis (the Mutaties): the same
 * warnings and Uitgangspunten as the Formatiebudget's, `scope` saying what the basis prices there.
 */
export function pricingNotes(priced: PricedYear, scope: Localized): Localized[] {
  return [...budgetWarnings(priced), ...yearLines(priced), basisLine(priced.settings, scope), ...chargeLines(priced.settings)];
}

/** Uitgangspunten: the begrotingsjaar and date, the table of each period (official or raming), the measures applied. */
function yearLines(priced: PricedYear): Localized[] {
  const lines: Localized[] = [TEXT.heading, localize(TEXT.year, { year: priced.year, today: priced.today })];
  for (const period of priced.pricing.periods) {
    const { base, applied, estimated } = period.inForce;
    const data = { from: period.from, to: period.to, name: base.name, validFrom: base.validFrom, source: base.source };
    lines.push(estimated ? localize(TEXT.estimated, { ...data, count: applied.length, last: applied.at(-1)?.date ?? base.validFrom }) : localize(TEXT.official, data));
  }
  if (priced.measuresApplied.length > 0) lines.push(localizeEach(TEXT.measures, (l) => ({ list: priced.measuresApplied.map((m) => describeMeasure(m)[l]).join("; ") })));
  return lines;
}

/** "Salarisbasis (begroot en vacatures): het maximum van de schaal." */
function basisLine(settings: BudgetSettings, scope: Localized): Localized {
  const step = settings.basis.kind === "step" ? settings.basis.step : 0;
  return localizeEach(settings.basis.kind === "maximum" ? TEXT.maximum : TEXT.step, (l) => ({ scope: scope[l], step }));
}

/** IKB and werkgeverslasten (over what), and the cost per FTE that follows. */
function chargeLines(settings: BudgetSettings): [Localized, Localized] {
  const percents = { ikb: settings.ikbPercent, charges: settings.employerChargesPercent };
  return [localizeEach(TEXT.charges, (l) => ({ ...percents, over: OVER[settings.employerChargesBase][l] })), localize(settings.employerChargesBase === "salary" ? TEXT.formulaSalary : TEXT.formulaBoth, percents)];
}

/** The lines under the table: where each measure applied comes from. */
export function budgetFootnotes(budget: Pick<PricedYear, "measuresApplied">): Localized[] {
  return budget.measuresApplied.map((measure) => {
    const described = describeMeasure(measure);
    if (measure.own || measure.sources.length === 0) return localizeEach(TEXT.ownSource, (l) => ({ measure: described[l] }));
    return localizeEach(TEXT.source, (l) => ({ measure: described[l], sources: measure.sources.join(" ; ") }));
  });
}
