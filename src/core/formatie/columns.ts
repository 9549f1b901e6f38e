/**
 * The columns a formation sheet can have, and the header labels planners use for them.
 * Labels are compared as compact keys (case, spaces, punctuation and accents ignored).
 */
import type { Localized } from "../localized";

export const FIELDS = [
  "cluster",
  "title",
  "normfunctie",
  "scale",
  "fte",
  "hours",
  "employee",
  "personnelNumber",
  "coordination",
  "explanation",
  "currentFunction",
  "currentScale",
  "step",
  "salary",
] as const;

export type Field = (typeof FIELDS)[number];

/** Header labels per field. The first is the name the tool itself writes. */
export const FIELD_LABELS: Record<Field, readonly string[]> = {
  cluster: ["Cluster", "Afdeling", "Team", "Organisatieonderdeel", "Organisatie-eenheid", "Eenheid", "Onderdeel"],
  title: ["Functie", "Functienaam", "Functietitel", "Beschikbare functie", "Nieuwe functie", "Functie (nieuw)", "Functiebenaming", "Function", "Job title"],
  normfunctie: ["HR21-normfunctie", "Normfunctie", "Normfunctie (HR21)", "HR21 normfunctie", "HR21-functie", "HR21", "Normfunctie HR21"],
  scale: ["Schaal", "Salarisschaal", "Functieschaal", "Nieuwe schaal", "Schaal (nieuw)", "Scale"],
  fte: ["FTE", "Fte", "Omvang", "Formatie (fte)", "Omvang (fte)", "Formatie", "Aantal fte", "Deeltijdfactor", "Wtf", "Fte bezetting", "Bezetting (fte)"],
  hours: ["Uren", "Uren per week", "Aantal uren", "Uren p/w", "Uren pw", "Arbeidsduur", "Uren/week", "Hours"],
  employee: ["Medewerker", "Naam", "Naam medewerker", "Werknemer", "Medewerker (naam)", "Employee", "Name"],
  personnelNumber: ["Personeelsnummer", "Pers.nr.", "Persnr", "Personeelsnr", "Registratienummer", "Medewerkernummer", "Registratienr", "Employee number"],
  coordination: ["Coördinatiemodule", "CM", "Coördinatie", "Coördinator", "Coördinatiemodule (ja/nee)", "Module coördinatie"],
  explanation: ["Toelichting", "Reden", "Opmerking", "Opmerkingen", "Motivering", "Toelichting afwijking"],
  currentFunction: ["Huidige functie", "Oude functie", "Functie (huidig)", "Huidige functienaam"],
  currentScale: ["Huidige schaal", "Oude schaal", "Schaal (huidig)", "Huidige salarisschaal"],
  step: ["Trede", "Periodiek", "Salaristrede", "Huidige trede", "Trede (periodiek)", "Step"],
  salary: ["Salaris", "Maandsalaris", "Bruto maandsalaris", "Salaris per maand", "Huidig salaris", "Salary"],
};

export const FIELD_NAMES: Record<Field, Localized> = {
  cluster: { nl: "Cluster", en: "Cluster" },
  title: { nl: "Functie", en: "Function" },
  normfunctie: { nl: "HR21-normfunctie", en: "HR21 normfunctie" },
  scale: { nl: "Schaal", en: "Scale" },
  fte: { nl: "FTE", en: "FTE" },
  hours: { nl: "Uren per week", en: "Hours per week" },
  employee: { nl: "Medewerker", en: "Employee" },
  personnelNumber: { nl: "Personeelsnummer", en: "Personnel number" },
  coordination: { nl: "Coördinatiemodule", en: "Coordination module" },
  explanation: { nl: "Toelichting", en: "Explanation" },
  currentFunction: { nl: "Huidige functie", en: "Current function" },
  currentScale: { nl: "Huidige schaal", en: "Current scale" },
  step: { nl: "Trede", en: "Step" },
  salary: { nl: "Salaris", en: "Salary" },
};

/** A column map: field → 1-based sheet column. */
export type ColumnMap = Partial<Record<Field, number>>;
