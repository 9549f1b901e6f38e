/**
 * The functieboek self-check: contradictions and gaps inside a book, found before any sheet is
 * checked against it. Each check only detects (path + data); its messages live beside it.
 */
import { formatMessage, formatNumber } from "../format";
import type { Language, Localized, MessageData } from "../localized";
import { normalizeKey } from "../text/normalize";
import { FunctieboekIndex } from "./functieboek-index";
import type { Competency, Functieboek, ProfileCompetency } from "./schema";
import { formatScaleSpan, scaleSpanOf } from "./scale-span";
import { clusterUnlisted, duplicateCode, levelOrder, scaleConversion } from "./self-check-hr21";

import type { Severity } from "../findings";
export type { Severity };

export interface BookFinding {
  code: string;
  severity: Severity;
  /** JSON path into the book, e.g. `$.functions[2].normfunctie`. */
  path: string;
  message: Localized;
}

interface Detection {
  path: string;
  /** The message's data; a function where words in it differ per language. */
  data: MessageData | ((language: Language) => MessageData);
}

export interface BookCheck {
  id: string;
  severity: Severity;
  /** A short title for people, as a rule's title (heads the finding; the id never does). */
  title: Localized;
  messages: Localized;
  detect(book: Functieboek, index: FunctieboekIndex): Detection[];
}

/** Tolerance for FTE sums: books state two decimals. */
const FTE_EPSILON = 0.005;

const unknownNormfunctie: BookCheck = {
  id: "book/unknown-normfunctie",
  severity: "error",
  title: { nl: "Normfunctie wordt niet beschreven", en: "Normfunctie is not described" },
  messages: {
    nl: "Functie '{title}' verwijst naar normfunctie '{normfunctie}', maar het functieboek beschrijft die normfunctie niet.",
    en: "Function '{title}' refers to normfunctie '{normfunctie}', which the function book does not describe.",
  },
  detect(book, index) {
    return book.functions.flatMap((fn, i) =>
      index.normfunctieOf(fn) ? [] : [{ path: `$.functions[${i}].normfunctie`, data: { title: fn.title, normfunctie: fn.normfunctie } }],
    );
  },
};

const normfunctieNamedDifferently: BookCheck = {
  id: "book/normfunctie-name",
  severity: "info",
  title: { nl: "Normfunctie anders genoemd dan in de beschrijving", en: "Normfunctie named differently from its description" },
  messages: {
    nl: "De functietabel noemt de normfunctie van '{title}' '{tableName}'; de functiebeschrijving heet '{descriptionName}'.",
    en: "The function table names the normfunctie of '{title}' '{tableName}'; its description is called '{descriptionName}'.",
  },
  detect(book, index) {
    return book.functions.flatMap((fn, i) => {
      const nf = index.normfunctieOf(fn);
      if (!nf || normalizeKey(nf.name) === normalizeKey(fn.normfunctie)) return [];
      return [{ path: `$.functions[${i}].normfunctie`, data: { title: fn.title, tableName: fn.normfunctie, descriptionName: nf.name } }];
    });
  },
};

const formationTotal: BookCheck = {
  id: "book/formation-total",
  severity: "error",
  title: { nl: "Formatie telt niet op tot het totaal", en: "Formation does not add up to the total" },
  messages: {
    nl: "De formatie van de functies telt op tot {sum:fte} fte, maar het functieboek noemt als totaal {stated:fte} fte.",
    en: "The functions' formation adds up to {sum:fte} FTE, but the function book states a total of {stated:fte} FTE.",
  },
  detect(book) {
    if (book.formationTotalFte === null) return [];
    const sum = book.functions.reduce((total, fn) => total + (fn.formationFte ?? 0), 0);
    if (Math.abs(sum - book.formationTotalFte) < FTE_EPSILON) return [];
    return [{ path: "$.formationTotalFte", data: { sum, stated: book.formationTotalFte } }];
  },
};

const clusterTotal: BookCheck = {
  id: "book/cluster-total",
  severity: "warning",
  title: { nl: "Clusters tellen niet op tot de formatie", en: "Clusters do not add up to the formation" },
  messages: {
    nl: "De indicatieve omvang van de clusters telt op tot {sum:fte} fte ({parts}), maar de formatie is {total:fte} fte (verschil {difference:fte} fte).",
    en: "The clusters' indicative sizes add up to {sum:fte} FTE ({parts}), but the formation is {total:fte} FTE (difference {difference:fte} FTE).",
  },
  detect(book) {
    const total = book.formationTotalFte ?? book.indicativeTotalFte;
    const sized = book.clusters.filter((c) => c.indicativeFte !== null);
    if (total === null || sized.length === 0) return [];
    const sum = sized.reduce((s, c) => s + (c.indicativeFte ?? 0), 0);
    if (Math.abs(sum - total) < FTE_EPSILON) return [];
    const parts = (language: Language) => sized.map((c) => `${c.name} ${formatNumber(c.indicativeFte ?? 0, language)}`).join(" + ");
    return [{ path: "$.clusters", data: (language) => ({ sum, total, difference: total - sum, parts: parts(language) }) }];
  },
};

const indicativeTotal: BookCheck = {
  id: "book/indicative-total",
  severity: "info",
  title: { nl: "Indicatieve omvang wijkt af van de formatie", en: "Indicative size differs from the formation" },
  messages: {
    nl: "De tekst noemt een organisatie van ca. {indicative} fte; de functietabel telt {total:fte} fte.",
    en: "The text speaks of an organisation of about {indicative} FTE; the function table adds up to {total:fte} FTE.",
  },
  detect(book) {
    if (book.indicativeTotalFte === null || book.formationTotalFte === null) return [];
    if (Math.abs(book.indicativeTotalFte - book.formationTotalFte) < FTE_EPSILON) return [];
    return [{ path: "$.indicativeTotalFte", data: { indicative: book.indicativeTotalFte, total: book.formationTotalFte } }];
  },
};

const scaleRange: BookCheck = {
  id: "book/scale-range",
  severity: "error",
  title: { nl: "Schaal van een functie bestaat niet", en: "Scale of a function does not exist" },
  messages: {
    nl: "Functie '{title}' heeft schaal {scale}; schalen lopen van {min} tot en met {max}.",
    en: "Function '{title}' has scale {scale}; scales run from {min} to {max}.",
  },
  detect(book) {
    const { min, max } = book.policies.scaleRange;
    return book.functions.flatMap((fn, i) => {
      const outside = [fn.scale, ...(fn.scaleMax !== undefined ? [fn.scaleMax] : [])].find((scale) => scale < min || scale > max);
      return outside === undefined ? [] : [{ path: `$.functions[${i}].scale`, data: { title: fn.title, scale: outside, min, max } }];
    });
  },
};

const duplicateTitle: BookCheck = {
  id: "book/duplicate-title",
  severity: "error",
  title: { nl: "Naam komt meer dan eens voor", en: "Name appears more than once" },
  messages: {
    nl: "'{title}' staat meer dan eens in het functieboek ({what}).",
    en: "'{title}' appears more than once in the function book ({what}).",
  },
  detect(book) {
    const found: Detection[] = [];
    const seen = (items: { name: string; path: string }[], what: Localized) => {
      const keys = new Set<string>();
      for (const item of items) {
        const key = normalizeKey(item.name);
        if (keys.has(key)) found.push({ path: item.path, data: (language) => ({ title: item.name.trim(), what: what[language] }) });
        keys.add(key);
      }
    };
    seen(book.functions.map((f, i) => ({ name: f.title, path: `$.functions[${i}].title` })), { nl: "functies", en: "functions" });
    seen(book.normfuncties.map((n, i) => ({ name: n.name, path: `$.normfuncties[${i}].name` })), { nl: "normfuncties", en: "normfuncties" });
    seen(book.clusters.map((c, i) => ({ name: c.name, path: `$.clusters[${i}].name` })), { nl: "clusters", en: "clusters" });
    return found;
  },
};

const missingProfile: BookCheck = {
  id: "book/missing-profile",
  severity: "warning",
  title: { nl: "Normfunctie zonder competentieprofiel", en: "Normfunctie without competency profile" },
  messages: {
    nl: "Normfunctie '{normfunctie}' heeft geen competentieprofiel.",
    en: "Normfunctie '{normfunctie}' has no competency profile.",
  },
  detect(book) {
    // A book that carries no profiles at all (one kept in Excel) has no gaps, only less detail.
    if (book.normfuncties.every((nf) => !nf.profile)) return [];
    return book.normfuncties.flatMap((nf, i) => (nf.profile ? [] : [{ path: `$.normfuncties[${i}].profile`, data: { normfunctie: nf.name } }]));
  },
};

/** A competency's name for comparison: "Analytisch vermogen (probleemanalyse)" = "analytisch vermogen". */
function competencyKey(name: string): string {
  return normalizeKey(name.replace(/\([^)]*\)/g, " "));
}

const DIFFERENCE_WORDS = {
  notInProfile: { nl: "niet in profiel", en: "not in profile" },
  onlyInProfile: { nl: "alleen in profiel", en: "only in profile" },
  onlyInTable: { nl: "alleen in tabel", en: "only in table" },
  onlyInDescription: { nl: "alleen in beschrijving", en: "only in description" },
} satisfies Record<string, Localized>;

/** Compares a description's competencies with those of its profile: missing, extra, other level. */
function competencyDifferences(described: readonly Competency[], profiled: readonly ProfileCompetency[], language: Language): string[] {
  const byName = (list: readonly { name: string; level: string }[]) => new Map(list.map((c) => [competencyKey(c.name), c]));
  const a = byName(described);
  const b = byName(profiled);
  const differences: string[] = [];
  for (const [key, c] of a) {
    const p = b.get(key);
    if (!p) differences.push(`${c.name} ${c.level}: ${DIFFERENCE_WORDS.notInProfile[language]}`);
    else if (p.level !== c.level) differences.push(`${c.name}: ${c.level} ≠ ${p.level}`);
  }
  for (const [key, p] of b) if (!a.has(key)) differences.push(`${p.name} ${p.level}: ${DIFFERENCE_WORDS.onlyInProfile[language]}`);
  return differences;
}

const competencyMismatch: BookCheck = {
  id: "book/competency-mismatch",
  severity: "warning",
  title: { nl: "Competenties wijken af van het profiel", en: "Competencies differ from the profile" },
  messages: {
    nl: "De competenties van '{normfunctie}' in de functiebeschrijving verschillen van die in het competentieprofiel: {differences}.",
    en: "The competencies of '{normfunctie}' in its description differ from those in its competency profile: {differences}.",
  },
  detect(book) {
    const found: Detection[] = [];
    book.normfuncties.forEach((nf, i) => {
      if (!nf.profile) return;
      const profile = nf.profile.competencies;
      const differences = (language: Language) => competencyDifferences(nf.competencies, profile, language).join("; ");
      if (differences("nl") !== "") found.push({ path: `$.normfuncties[${i}].competencies`, data: (language) => ({ normfunctie: nf.name, differences: differences(language) }) });
    });
    book.modules.forEach((m, i) => {
      if (!m.profile) return;
      const profile = m.profile.competencies;
      const differences = (language: Language) => competencyDifferences(m.competencies, profile, language).join("; ");
      if (differences("nl") !== "") found.push({ path: `$.modules[${i}].competencies`, data: (language) => ({ normfunctie: m.name, differences: differences(language) }) });
    });
    return found;
  },
};

const characteristicsMismatch: BookCheck = {
  id: "book/characteristics-mismatch",
  severity: "info",
  title: { nl: "Kenmerken wijken af van de functiebeschrijving", en: "Characteristics differ from the description" },
  messages: {
    nl: "De kenmerken van '{title}' in de functietabel wijken af van de functiebeschrijving '{normfunctie}': {differences}.",
    en: "The characteristics of '{title}' in the function table differ from the description '{normfunctie}': {differences}.",
  },
  detect(book, index) {
    return book.functions.flatMap((fn, i) => {
      const nf = index.normfunctieOf(fn);
      // Nothing to compare where either side lists no characteristics (a book kept in Excel has none for normfuncties).
      if (!nf || fn.characteristics.length === 0 || nf.characteristics.length === 0) return [];
      const table = new Set(fn.characteristics.map(normalizeKey));
      const description = new Set(nf.characteristics.map(normalizeKey));
      const onlyTable = fn.characteristics.filter((c) => !description.has(normalizeKey(c)));
      const onlyDescription = nf.characteristics.filter((c) => !table.has(normalizeKey(c)));
      if (onlyTable.length === 0 && onlyDescription.length === 0) return [];
      const differences = (language: Language) =>
        [
          ...onlyTable.map((c) => `${DIFFERENCE_WORDS.onlyInTable[language]}: "${c}"`),
          ...onlyDescription.map((c) => `${DIFFERENCE_WORDS.onlyInDescription[language]}: "${c}"`),
        ].join("; ");
      return [{ path: `$.functions[${i}].characteristics`, data: (language: Language) => ({ title: fn.title.trim(), normfunctie: nf.name, differences: differences(language) }) }];
    });
  },
};

const noFormation: BookCheck = {
  id: "book/no-formation",
  severity: "info",
  title: { nl: "Functie zonder formatie", en: "Function without formation" },
  messages: {
    nl: "Functie '{title}' (schaal {scale}) heeft geen formatie in het functieboek.",
    en: "Function '{title}' (scale {scale}) has no formation in the function book.",
  },
  detect(book) {
    return book.functions.flatMap((fn, i) => (fn.formationFte === null ? [{ path: `$.functions[${i}].formationFte`, data: (language: Language) => ({ title: fn.title.trim(), scale: formatScaleSpan(scaleSpanOf(fn), language) }) }] : []));
  },
};

const unusedNormfunctie: BookCheck = {
  id: "book/unused-normfunctie",
  severity: "info",
  title: { nl: "Normfunctie zonder functie", en: "Normfunctie without a function" },
  messages: {
    nl: "Normfunctie '{normfunctie}' wordt beschreven, maar geen functie in de functietabel gebruikt haar.",
    en: "Normfunctie '{normfunctie}' is described, but no function in the function table uses it.",
  },
  detect(book, index) {
    return book.normfuncties.flatMap((nf, i) => (index.functionsOf(nf).length > 0 ? [] : [{ path: `$.normfuncties[${i}]`, data: { normfunctie: nf.name } }]));
  },
};

const coordinatorLimits: BookCheck = {
  id: "book/coordinator-limits",
  severity: "warning",
  title: { nl: "Grenzen voor coördinatiemodules kloppen niet", en: "Coordination module limits do not agree" },
  messages: {
    nl: "Het functieboek staat {perCluster|coördinatiemodule|coördinatiemodules} per cluster toe; bij {clusters|cluster|clusters} is dat {possible} in totaal, maar het genoemde totaal is {total}.",
    en: "The function book allows {perCluster|coordination module|coordination modules} per cluster; with {clusters|cluster|clusters} that is {possible} in total, but the stated total is {total}.",
  },
  detect(book) {
    const { maxCoordinatorsPerCluster: perCluster, maxCoordinatorsTotal: total } = book.policies;
    if (perCluster === null || total === null || book.clusters.length === 0) return [];
    const possible = perCluster * book.clusters.length;
    return possible === total ? [] : [{ path: "$.policies.maxCoordinatorsTotal", data: { perCluster, clusters: book.clusters.length, possible, total } }];
  },
};

const identicalResultAreas: BookCheck = {
  id: "book/identical-result-areas",
  severity: "info",
  title: { nl: "Normfuncties met dezelfde resultaatgebieden", en: "Normfuncties with the same result areas" },
  messages: {
    nl: "Normfuncties '{first}' en '{second}' hebben precies dezelfde resultaatgebieden en taken, terwijl ze op een ander niveau staan.",
    en: "Normfuncties '{first}' and '{second}' have exactly the same result areas and tasks, although they are at different levels.",
  },
  detect(book) {
    const seen = new Map<string, string>();
    const found: Detection[] = [];
    book.normfuncties.forEach((nf, i) => {
      if (nf.resultAreas.length === 0) return;
      const key = JSON.stringify(nf.resultAreas.map((r) => [normalizeKey(r.title), r.tasks.map(normalizeKey)]));
      const first = seen.get(key);
      if (first !== undefined) found.push({ path: `$.normfuncties[${i}].resultAreas`, data: { first, second: nf.name } });
      else seen.set(key, nf.name);
    });
    return found;
  },
};

/** Every self-check, sorted by id. */
export const BOOK_CHECKS: readonly BookCheck[] = [
  characteristicsMismatch,
  clusterTotal,
  clusterUnlisted,
  competencyMismatch,
  coordinatorLimits,
  duplicateCode,
  duplicateTitle,
  formationTotal,
  identicalResultAreas,
  indicativeTotal,
  levelOrder,
  missingProfile,
  noFormation,
  normfunctieNamedDifferently,
  scaleConversion,
  scaleRange,
  unknownNormfunctie,
  unusedNormfunctie,
];

function messageOf(templates: Localized, data: Detection["data"]): Localized {
  const dataFor = (language: Language) => (typeof data === "function" ? data(language) : data);
  return { nl: formatMessage(templates.nl, dataFor("nl"), "nl"), en: formatMessage(templates.en, dataFor("en"), "en") };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every self-check on a loaded book; errors first, then warnings, then info. */
export function checkFunctieboek(book: Functieboek, index = new FunctieboekIndex(book)): BookFinding[] {
  const findings = BOOK_CHECKS.flatMap((check) =>
    check.detect(book, index).map((d) => ({ code: check.id, severity: check.severity, path: d.path, message: messageOf(check.messages, d.data) })),
  );
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
