/**
 * Self-checks on what a municipality adds to HR21 itself: scales from the conversietabel, HR21
 * codes, scores along a functiereeks, and functions placed in clusters or teams. They only detect
 * (path + data), as the checks in self-check.ts do.
 */
import type { Language } from "../localized";
import { normalizeKey, normfunctieKey } from "../text/normalize";
import { convertedSpan, formatScaleSpan, scaleSpanOf } from "./scale-span";
import type { BookCheck } from "./self-check";

export const scaleConversion: BookCheck = {
  id: "book/scale-conversion",
  severity: "error",
  title: { nl: "Schaal past niet bij de waarderingsscore", en: "Scale does not fit the valuation score" },
  messages: {
    nl: "Functie '{title}' heeft schaal {scale}, maar de score van normfunctie '{normfunctie}' ({score}) geeft volgens de conversietabel schaal {converted}.",
    en: "Function '{title}' has scale {scale}, but the score of normfunctie '{normfunctie}' ({score}) converts to scale {converted} in the conversion table.",
  },
  detect(book, index) {
    return book.functions.flatMap((fn, i) => {
      const nf = index.normfunctieOf(fn);
      const converted = nf ? convertedSpan(book, nf) : undefined;
      if (!nf || !converted) return [];
      const own = scaleSpanOf(fn);
      if (own.min >= converted.min && own.max <= converted.max) return [];
      const score = nf.scoreMax !== undefined && nf.scoreMax !== nf.score ? `${nf.score}-${nf.scoreMax}` : String(nf.score);
      return [{ path: `$.functions[${i}].scale`, data: (language: Language) => ({ title: fn.title.trim(), scale: formatScaleSpan(own, language), normfunctie: nf.name, score, converted: formatScaleSpan(converted, language) }) }];
    });
  },
};

export const duplicateCode: BookCheck = {
  id: "book/duplicate-code",
  severity: "error",
  title: { nl: "HR21-code komt meer dan eens voor", en: "HR21 code appears more than once" },
  messages: {
    nl: "Normfuncties '{first}' en '{second}' hebben dezelfde HR21-code {code}.",
    en: "Normfuncties '{first}' and '{second}' have the same HR21 code {code}.",
  },
  detect(book) {
    const seen = new Map<string, string>();
    return book.normfuncties.flatMap((nf, i) => {
      if (nf.code === null || nf.code.trim() === "") return [];
      const key = nf.code.trim().toUpperCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, nf.name);
        return [];
      }
      return [{ path: `$.normfuncties[${i}].code`, data: { first, second: nf.name, code: nf.code.trim() } }];
    });
  },
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** "Adviseur III" → { base: "adviseur", level: 3 }; HR21 numbers levels from I (highest) down. */
function levelOf(name: string): { base: string; level: number } | undefined {
  const match = /^(.*\S)\s+([ivx]+|\d{1,2})$/i.exec(normalizeKey(name));
  if (!match) return undefined;
  const mark = (match[2] as string).toLowerCase();
  const level = ROMAN[mark] ?? (/^\d+$/.test(mark) ? Number(mark) : undefined);
  return level === undefined ? undefined : { base: normfunctieKey(match[1] as string), level };
}

export const levelOrder: BookCheck = {
  id: "book/level-order",
  severity: "error",
  title: { nl: "Hoger niveau scoort lager", en: "Higher level scores lower" },
  messages: {
    nl: "Normfunctie '{higher}' (score {higherScore}) staat hoger dan '{lower}' (score {lowerScore}) in functiereeks {reeks}, maar scoort lager.",
    en: "Normfunctie '{higher}' (score {higherScore}) is a higher level than '{lower}' (score {lowerScore}) in functiereeks {reeks}, but scores lower.",
  },
  detect(book) {
    const groups = new Map<string, { index: number; level: number; name: string; score: number; reeks: string }[]>();
    book.normfuncties.forEach((nf, index) => {
      const level = levelOf(nf.name);
      if (!level || nf.score === undefined) return;
      const key = `${normalizeKey(nf.functiereeks)}|${level.base}`;
      groups.set(key, [...(groups.get(key) ?? []), { index, level: level.level, name: nf.name, score: nf.score, reeks: nf.functiereeks }]);
    });
    const found: ReturnType<BookCheck["detect"]> = [];
    for (const members of groups.values()) {
      for (const higher of members) {
        // The next lower level that scores higher: one finding per pair that is out of order.
        for (const lower of members) {
          if (lower.level > higher.level && lower.score > higher.score) {
            found.push({ path: `$.normfuncties[${higher.index}].score`, data: { higher: higher.name, higherScore: higher.score, lower: lower.name, lowerScore: lower.score, reeks: higher.reeks } });
          }
        }
      }
    }
    return found;
  },
};

export const clusterUnlisted: BookCheck = {
  id: "book/cluster-unlisted",
  severity: "error",
  title: { nl: "Cluster of team staat niet in de lijst", en: "Cluster or team is not listed" },
  messages: {
    nl: "Functie '{title}' hoort bij '{cluster}', maar dat cluster of team staat niet bij de clusters van het functieboek.",
    en: "Function '{title}' belongs to '{cluster}', but the function book does not list that cluster or team.",
  },
  detect(book, index) {
    if (book.clusters.length === 0) return [];
    return book.functions.flatMap((fn, i) =>
      fn.cluster === undefined || index.findCluster(fn.cluster) ? [] : [{ path: `$.functions[${i}].cluster`, data: { title: fn.title.trim(), cluster: fn.cluster } }],
    );
  },
};
