/**
 * Which two sheets of one workbook to compare, when a workbook keeps its years side by side
 * ("Formatie 2025", "Formatie 2026"). Named sheets win; otherwise the years in the names decide
 * (the latest is the new formation, the one before it the old), and without years nothing is
 * guessed: the choice says to name the sheets. Also the pane's first suggestion for "the other
 * sheet": the year before the sheet in view.
 */
import type { Localized } from "../localized";
import { shortList, yearIn } from "../formatie/sheet-choice";

export type SheetPair =
  | { ok: true; old: string; new: string; /** Why these two, when they were not both named. */ message?: Localized }
  | { ok: false; code: "one-formation-sheet" | "ambiguous"; message: Localized };

export interface SheetPairInput {
  /** The sheets that look like a formation sheet, in workbook order. */
  candidates: readonly string[];
  /** Sheets named by the user (already checked to exist). */
  old?: string;
  new?: string;
}

export function chooseSheetPair(input: SheetPairInput): SheetPair {
  if (input.old !== undefined && input.new !== undefined) return { ok: true, old: input.old, new: input.new };
  const rest = input.candidates.filter((name) => name !== input.old && name !== input.new);
  if (input.old !== undefined || input.new !== undefined) {
    const named = (input.old ?? input.new) as string;
    const wantOld = input.old === undefined;
    const other = rest.length === 1 ? rest[0] : nearestYear(named, rest, wantOld ? "before" : "after");
    if (other === undefined) return ambiguous(rest, wantOld ? "--sheet-old" : "--sheet-new");
    const message = why(wantOld ? other : named, wantOld ? named : other);
    return wantOld ? { ok: true, old: other, new: named, message } : { ok: true, old: named, new: other, message };
  }
  if (rest.length < 2) {
    return {
      ok: false,
      code: "one-formation-sheet",
      message: {
        nl: `De werkmap heeft ${rest.length === 0 ? "geen werkblad" : `één werkblad (${shortList(rest, "nl")})`} dat op een formatie lijkt; geef een tweede werkmap, of noem de werkbladen met --sheet-old en --sheet-new.`,
        en: `The workbook has ${rest.length === 0 ? "no sheet" : `one sheet (${shortList(rest, "en")})`} that looks like a formation; give a second workbook, or name the sheets with --sheet-old and --sheet-new.`,
      },
    };
  }
  const years = rest.map((name) => ({ name, year: yearIn(name) }));
  const distinct = new Set(years.map((y) => y.year));
  if (years.some((y) => y.year === undefined) || distinct.size !== years.length) return ambiguous(rest, "--sheet-old en --sheet-new");
  years.sort((a, b) => (b.year as number) - (a.year as number));
  const latest = years[0] as { name: string };
  const before = years[1] as { name: string };
  return { ok: true, old: before.name, new: latest.name, message: why(before.name, latest.name) };
}

/** The pane's first choice for the sheet to compare with: the latest year before the one in view, else the first other sheet. */
export function defaultOtherSheet(current: string | undefined, sheets: readonly string[]): string | undefined {
  const others = sheets.filter((name) => name !== current);
  if (current === undefined) return others[0];
  return nearestYear(current, others, "before") ?? nearestYear(current, others, "after") ?? others[0];
}

/** The sheet whose year is nearest before (or after) the named sheet's year. */
function nearestYear(named: string, others: readonly string[], direction: "before" | "after"): string | undefined {
  const year = yearIn(named);
  if (year === undefined) return undefined;
  let best: { name: string; year: number } | undefined;
  for (const name of others) {
    const y = yearIn(name);
    if (y === undefined || (direction === "before" ? y >= year : y <= year)) continue;
    if (!best || (direction === "before" ? y > best.year : y < best.year)) best = { name, year: y };
  }
  return best?.name;
}

function why(old: string, next: string): Localized {
  return {
    nl: `Vergeleken: werkblad '${old}' (oud) met '${next}' (nieuw), naar het jaar in de naam; kies andere met --sheet-old en --sheet-new.`,
    en: `Compared: sheet '${old}' (old) with '${next}' (new), by the year in the name; choose others with --sheet-old and --sheet-new.`,
  };
}

function ambiguous(candidates: readonly string[], option: string): SheetPair {
  return {
    ok: false,
    code: "ambiguous",
    message: {
      nl: `Niet te bepalen welke werkbladen vergeleken worden (${shortList(candidates, "nl")}); noem ze met ${option}.`,
      en: `Cannot tell which sheets to compare (${shortList(candidates, "en")}); name them with ${option.replace(" en ", " and ")}.`,
    },
  };
}
