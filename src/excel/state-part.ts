/**
 * The add-in's settings in the workbook: a versioned custom XML part (urn:formatiecheck:state; the
 * XML itself is the core's, src/core/stored-state.ts). Read along with other reads where it can be
 * (the ribbon command reads sheet and state in the same requests); the part's id is remembered so
 * a later read asks for its XML at once (a guess, dropped when the part has gone).
 */
import type { StoredState } from "../core/workbook-port";
import { parseStoredStateXml, STATE_NAMESPACE, storedBookName, storedStateXml } from "../core/stored-state";
import { excelRun, type Context, type ExcelSession } from "./excel-run";
import { queueStatus, takeStatus } from "./status-store";

export type StatePartRead = { xml?: OfficeExtension.ClientResult<string>; parts?: Excel.CustomXmlPartScopedCollection };

/**
 * Queues reading the state part: its XML when its id is known (a guess, retried when wrong),
 * else the ids of our namespace's parts (the XML follows in the next request).
 */
export function queueStatePart(session: ExcelSession, context: Context, guess: boolean): StatePartRead {
  if (guess && typeof session.statePartId === "string") {
    const part = context.workbook.customXmlParts.getItem(session.statePartId);
    return { xml: part.getXml() };
  }
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  return { parts };
}

/**
 * After the ids of the state parts came: queues reading the XML of the first (no request yet).
 * Returns false when there is none.
 */
export function queueStateXml(session: ExcelSession, read: StatePartRead): boolean {
  if (read.xml || !read.parts) return read.xml !== undefined;
  const item = read.parts.items[0];
  if (!item) {
    session.statePartId = null;
    session.stateProblem = undefined;
    return false;
  }
  session.statePartId = item.id;
  read.xml = item.getXml();
  return true;
}

/** Takes a state-part read: the parsed state, reading the XML in one more sync when only ids came. */
export async function takeStatePart(session: ExcelSession, context: Context, read: StatePartRead): Promise<StoredState | undefined> {
  if (!read.xml) {
    if (!queueStateXml(session, read)) return undefined;
    await context.sync();
  }
  const xml = read.xml?.value;
  if (xml === undefined) return undefined;
  const parsed = parseStoredStateXml(xml);
  session.stateProblem = parsed.ok ? undefined : parsed.problem;
  return parsed.ok ? parsed.state : undefined;
}

/**
 * The name of the book for a page header: the workbook's own (from a queued state-part read, or
 * none queued), else the bundled book's — what the pane checks with when the workbook keeps none.
 */
export async function workbookBookName(session: ExcelSession, context: Context, read: StatePartRead | undefined): Promise<string> {
  const state = read ? await takeStatePart(session, context, read) : undefined;
  const own = storedBookName(state);
  if (own !== undefined) return own;
  const { bundledFunctieboek } = await import("../core/functieboek/bundled");
  return bundledFunctieboek().name;
}

export function loadState(session: ExcelSession): Promise<StoredState | undefined> {
  return session.read(async (context, guess) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const status = guess ? queueStatus(session, context) : undefined;
    const part = queueStatePart(session, context, guess);
    await context.sync();
    session.learnSheets(sheets.items.map((s) => s.name));
    if (status) takeStatus(session, status);
    return takeStatePart(session, context, part);
  });
}

/** Replaces the state part (one part: extra ones, from a copy-paste of sheets, are deleted). */
export async function saveState(session: ExcelSession, state: StoredState): Promise<void> {
  const xml = storedStateXml(state);
  await excelRun(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // "items/id" is loaded above; the rule does not see a path load as loading `items`.
    // eslint-disable-next-line office-addins/load-object-before-read
    const [first, ...extra] = parts.items;
    if (first) first.setXml(xml);
    else {
      const added = context.workbook.customXmlParts.add(xml);
      added.load("id");
    }
    for (const part of extra) part.delete();
    await context.sync();
    session.statePartId = undefined;
  });
}
