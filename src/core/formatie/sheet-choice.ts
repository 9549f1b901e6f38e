/**
 * Which sheet of a workbook to check. The one named wins. Else the candidates are the sheets whose
 * first rows hold a formation header (a function and a size column), visible ones before hidden
 * ones, never the tool's own sheets nor very hidden ones. With one candidate that is it; with
 * several, the sheet that was active when the workbook was saved, else the one whose name holds the
 * latest year ("Formatie 2026" over "Formatie 2025"), else the only one called "formatie" — and the
 * choice always says which it took and why, so nothing is guessed silently.
 */
import type { Localized } from "../localized";

export interface SheetCandidate {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** True when the sheet's first rows hold a formation header. */
  looksLikeFormation: boolean;
}

export type SheetChoiceReason = "named" | "only" | "active" | "latest-year" | "named-formatie";

export type SheetChoice =
  | { ok: true; sheet: string; reason: SheetChoiceReason; /** The other candidates, when there was a choice. */ others: string[]; message?: Localized }
  | { ok: false; code: "no-such-sheet" | "no-formation-sheet" | "ambiguous"; message: Localized };

export interface SheetChoiceInput {
  sheets: readonly SheetCandidate[];
  /** The sheet asked for (--sheet). */
  requested?: string;
  /** The sheet that was active when the file was saved. */
  active?: string;
  /** Sheets the tool made itself. */
  own?: ReadonlySet<string>;
}

/** "'A', 'B' en nog 3": a list that fits in a one-line message. */
export function shortList(names: readonly string[], language: "nl" | "en", max = 70): string {
  const shown: string[] = [];
  let length = 0;
  for (const name of names) {
    const quoted = `'${name.length > 30 ? `${name.slice(0, 29)}…` : name}'`;
    if (shown.length > 0 && length + quoted.length > max) break;
    shown.push(quoted);
    length += quoted.length + 2;
  }
  if (shown.length === 0) return "—";
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(", ")} ${language === "nl" ? `en nog ${more}` : `and ${more} more`}` : shown.join(", ");
}

/** The highest year (1990–2099) a sheet name holds, if any. */
export function yearIn(name: string): number | undefined {
  const years = [...name.matchAll(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : undefined;
}

export function chooseFormationSheet(input: SheetChoiceInput): SheetChoice {
  const own = new Set([...(input.own ?? [])].map((n) => n.toLowerCase()));
  const listed = input.sheets.filter((s) => s.state !== "veryHidden");
  const names = listed.map((s) => s.name);
  if (input.requested !== undefined) {
    const wanted = input.requested.trim().toLowerCase();
    const found = input.sheets.find((s) => s.name === input.requested) ?? input.sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (found) return { ok: true, sheet: found.name, reason: "named", others: [] };
    return {
      ok: false,
      code: "no-such-sheet",
      message: { nl: `Werkblad '${input.requested}' bestaat niet. Werkbladen: ${shortList(names, "nl")}.`, en: `Sheet '${input.requested}' does not exist. Sheets: ${shortList(names, "en")}.` },
    };
  }
  const candidates = listed.filter((s) => s.looksLikeFormation && !own.has(s.name.toLowerCase()));
  const visible = candidates.filter((s) => s.state === "visible");
  const pool = (visible.length > 0 ? visible : candidates).map((s) => s.name);
  if (pool.length === 0) {
    return {
      ok: false,
      code: "no-formation-sheet",
      message: {
        nl: `Geen werkblad lijkt op een formatieoverzicht (kolommen Functie en FTE of Uren). Werkbladen: ${shortList(names, "nl")}.`,
        en: `No sheet looks like a formation sheet (columns Function and FTE or Hours). Sheets: ${shortList(names, "en")}.`,
      },
    };
  }
  if (pool.length === 1) return { ok: true, sheet: pool[0] as string, reason: "only", others: [] };
  const others = (chosen: string) => pool.filter((n) => n !== chosen);
  const how = (chosen: string): Localized => ({
    nl: `kies een ander werkblad met --sheet (${shortList(others(chosen), "nl", 50)})`,
    en: `choose another sheet with --sheet (${shortList(others(chosen), "en", 50)})`,
  });
  if (input.active !== undefined && pool.includes(input.active)) {
    const chosen = input.active;
    return {
      ok: true,
      sheet: chosen,
      reason: "active",
      others: others(chosen),
      message: {
        nl: `Meer werkbladen lijken op een formatie; gecontroleerd is '${chosen}', het actieve blad bij het opslaan; ${how(chosen).nl}.`,
        en: `Several sheets look like a formation; checked '${chosen}', the sheet active when the file was saved; ${how(chosen).en}.`,
      },
    };
  }
  const years = pool.map((name) => ({ name, year: yearIn(name) }));
  const latest = Math.max(...years.map((y) => y.year ?? -Infinity));
  const withLatest = years.filter((y) => y.year === latest);
  if (Number.isFinite(latest) && withLatest.length === 1) {
    const chosen = (withLatest[0] as { name: string }).name;
    return {
      ok: true,
      sheet: chosen,
      reason: "latest-year",
      others: others(chosen),
      message: {
        nl: `Meer werkbladen lijken op een formatie; gecontroleerd is '${chosen}', met het laatste jaar (${latest}); ${how(chosen).nl}.`,
        en: `Several sheets look like a formation; checked '${chosen}', the one with the latest year (${latest}); ${how(chosen).en}.`,
      },
    };
  }
  const formatie = pool.filter((n) => /formatie/i.test(n));
  if (formatie.length === 1) {
    const chosen = formatie[0] as string;
    return {
      ok: true,
      sheet: chosen,
      reason: "named-formatie",
      others: others(chosen),
      message: {
        nl: `Meer werkbladen lijken op een formatie; gecontroleerd is '${chosen}', het enige met 'formatie' in de naam; ${how(chosen).nl}.`,
        en: `Several sheets look like a formation; checked '${chosen}', the only one with 'formatie' in its name; ${how(chosen).en}.`,
      },
    };
  }
  return {
    ok: false,
    code: "ambiguous",
    message: {
      nl: `Meer werkbladen lijken op een formatieoverzicht (${shortList(pool, "nl")}); kies er een met --sheet.`,
      en: `Several sheets look like a formation sheet (${shortList(pool, "en")}); choose one with --sheet.`,
    },
  };
}
