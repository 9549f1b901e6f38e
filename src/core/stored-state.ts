/**
 * The add-in's settings inside the workbook (the functieboek, column mappings, settings), as one
 * custom XML part, so a workbook carries its own book to a colleague. The part holds the state as
 * JSON text in a versioned envelope:
 *
 *   <formatiecheck xmlns="urn:formatiecheck:state" schemaVersion="1"><state>{…}</state></formatiecheck>
 *
 * Reading never throws: a part this version cannot read gives a problem, and the add-in carries on
 * with the bundled book (nothing is overwritten until the user saves).
 */
import type { Localized } from "./localized";
import type { StoredState } from "./workbook-port";

export const STATE_NAMESPACE = "urn:formatiecheck:state";
export const STATE_SCHEMA_VERSION = 1;

export type StoredStateRead = { ok: true; state: StoredState } | { ok: false; problem: Localized };

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function storedStateXml(state: StoredState): string {
  const json = JSON.stringify({ ...state, schemaVersion: STATE_SCHEMA_VERSION }).replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  const body = json.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);
  return `<?xml version="1.0" encoding="UTF-8"?><formatiecheck xmlns="${STATE_NAMESPACE}" schemaVersion="${STATE_SCHEMA_VERSION}"><state>${body}</state></formatiecheck>`;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}

/**
 * The name of the book a workbook keeps (the `name` of its functieboek JSON); undefined when it
 * keeps none or one that cannot be read: the adapters then name the bundled book, as the pane uses it.
 */
export function storedBookName(state: Pick<StoredState, "functieboekJson"> | undefined): string | undefined {
  const json = state?.functieboekJson;
  if (json === undefined) return undefined;
  try {
    const name = (JSON.parse(json) as { name?: unknown } | null)?.name;
    return typeof name === "string" && name !== "" ? name : undefined;
  } catch {
    return undefined;
  }
}

const PROBLEMS = {
  damaged: {
    nl: "De instellingen van Formatiecheck in deze werkmap zijn beschadigd; het meegeleverde functieboek wordt gebruikt.",
    en: "The Formatiecheck settings in this workbook are damaged; the bundled function book is used.",
  },
  newer: {
    nl: "Deze werkmap is opgeslagen met een nieuwere versie van Formatiecheck; werk de invoegtoepassing bij om haar instellingen te gebruiken.",
    en: "This workbook was saved by a newer version of Formatiecheck; update the add-in to use its settings.",
  },
} satisfies Record<string, Localized>;

export function parseStoredStateXml(xml: string): StoredStateRead {
  const version = /<formatiecheck\b[^>]*\bschemaVersion="(\d+)"/.exec(xml);
  const body = /<state>([\s\S]*)<\/state>/.exec(xml);
  if (!version || !body) return { ok: false, problem: PROBLEMS.damaged };
  if (Number(version[1]) > STATE_SCHEMA_VERSION) return { ok: false, problem: PROBLEMS.newer };
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXml(body[1] as string));
  } catch {
    return { ok: false, problem: PROBLEMS.damaged };
  }
  const state = checkState(parsed);
  return state ? { ok: true, state } : { ok: false, problem: PROBLEMS.damaged };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A kept own raise: an ISO date, a percentage or a fixed amount. */
function isOwnMeasure(value: unknown): boolean {
  return isObject(value) && typeof value.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.date) && (value.type === "pct" || value.type === "fixed") && typeof value.value === "number" && Number.isFinite(value.value);
}

/**
 * Checks the fields this version knows; a wrong-typed known field makes the state unreadable.
 * Fields it does not know (added by a later version of the pane) are kept as they are.
 */
function checkState(value: unknown): StoredState | undefined {
  if (!isObject(value)) return undefined;
  if (value.functieboekJson !== undefined && typeof value.functieboekJson !== "string") return undefined;
  if (value.columns !== undefined) {
    if (!isObject(value.columns)) return undefined;
    for (const entry of Object.values(value.columns)) {
      if (!isObject(entry) || typeof entry.headerRow !== "number" || !isObject(entry.columns)) return undefined;
      for (const col of Object.values(entry.columns)) if (typeof col !== "number" || !Number.isInteger(col) || col < 1) return undefined;
    }
  }
  if (value.accepted !== undefined) {
    if (!Array.isArray(value.accepted)) return undefined;
    for (const a of value.accepted) {
      if (!isObject(a) || typeof a.sheet !== "string" || typeof a.code !== "string" || typeof a.row !== "number" || typeof a.rowKey !== "string" || typeof a.reason !== "string") return undefined;
    }
  }
  if (value.settings !== undefined) {
    if (!isObject(value.settings)) return undefined;
    const s = value.settings;
    if (s.werkgeverslasten !== undefined && typeof s.werkgeverslasten !== "number") return undefined;
    if (s.salaryStep !== undefined && typeof s.salaryStep !== "number" && s.salaryStep !== "max") return undefined;
    if (s.language !== undefined && s.language !== "nl" && s.language !== "en") return undefined;
    if (s.liveValidation !== undefined && typeof s.liveValidation !== "boolean") return undefined;
    if (s.begrotingsjaar !== undefined && !(typeof s.begrotingsjaar === "number" && Number.isInteger(s.begrotingsjaar))) return undefined;
    if (s.werkgeverslastenOver !== undefined && s.werkgeverslastenOver !== "salary-and-ikb" && s.werkgeverslastenOver !== "salary") return undefined;
    if (s.ownMeasures !== undefined && !(Array.isArray(s.ownMeasures) && s.ownMeasures.every(isOwnMeasure))) return undefined;
  }
  return { ...value, schemaVersion: 1 } as StoredState;
}
