/**
 * Which known column a header label names, as the formation's header detection and the
 * functieboek workbook's sheets both read it: the label is one of the known labels (case, accents,
 * spaces and punctuation ignored), or else holds one of three characters or more as whole words
 * ("Schaal 2025" names Schaal), the longest first ("huidige schaal 2024" names Huidige schaal, not
 * Schaal). Text longer than a label (a sentence in a title row) names nothing.
 */
import { compactKey, normalizeKey } from "../text/normalize";

export interface LabelLookup<T> {
  /** What the label names as a whole label. */
  exact(label: string): T | undefined;
  /** What the label names as a whole label, else the longest known label inside it. */
  find(label: string): T | undefined;
}

/** A look-up over known labels; `maxLength`: the longest text (its words, padded by a space each side) still read as a label. */
export function labelLookup<T>(entries: Iterable<{ value: T; labels: readonly string[] }>, maxLength = 40): LabelLookup<T> {
  const exact = new Map<string, T>();
  /** Known labels as words, padded with a space each side for whole-word search. */
  const words: { value: T; padded: string; length: number }[] = [];
  for (const { value, labels } of entries) {
    for (const label of labels) {
      const key = compactKey(label);
      if (!exact.has(key)) exact.set(key, value);
      const normal = normalizeKey(label);
      words.push({ value, padded: ` ${normal} `, length: normal.length });
    }
  }
  words.sort((a, b) => b.length - a.length);
  const exactOf = (label: string) => {
    const key = compactKey(label);
    return key.length === 0 ? undefined : exact.get(key);
  };
  return {
    exact: exactOf,
    find(label) {
      if (compactKey(label).length === 0) return undefined;
      const hit = exactOf(label);
      if (hit !== undefined) return hit;
      const padded = ` ${normalizeKey(label)} `;
      if (padded.length > maxLength) return undefined;
      return words.find((w) => w.length >= 3 && padded.includes(w.padded))?.value;
    },
  };
}
