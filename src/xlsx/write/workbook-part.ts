/**
 * The workbook part (`xl/workbook.xml`) as the tool changes it: a sheet appended or removed (with
 * the defined names scoped to sheets renumbered, as their `localSheetId` is a sheet's position),
 * a defined name set. Everything else in the part stays as it was. New elements use the part's
 * own namespace prefix, so a workbook written by .NET's Open XML SDK ("x:") stays consistent.
 */
import { attribute, escapeXmlAttribute, escapeXmlText, rawAttribute } from "../xml/xml-text";
import { findElement, findElements, rootElement } from "../xml/xml-scan";
import { insertBeforeClose } from "../opc/opc-package";
import { REL_NS } from "../read/workbook-structure";
import { setAttributes } from "./styles-part";

function prefixOf(xml: string): string {
  const root = rootElement(xml);
  return root?.prefix ? `${root.prefix}:` : "";
}

/** The prefix the root binds to a namespace, if any ("r" for xmlns:r="…relationships"). */
function boundPrefix(xml: string, namespace: string): string | undefined {
  const root = rootElement(xml);
  for (const match of (root?.tag ?? "").matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (match[2] === namespace) return match[1];
  return undefined;
}

export function sheetIds(xml: string): number[] {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return [];
  return findElements(xml, "sheet", sheets.innerStart, sheets.innerEnd).map((e) => Number(attribute(e.tag, "sheetId") ?? "0"));
}

/** Appends a sheet to the tab list; returns the new XML. */
export function appendSheet(xml: string, name: string, relationshipId: string, state: "visible" | "hidden" | "veryHidden", relationshipNamespace = REL_NS): string {
  const p = prefixOf(xml);
  const sheetId = Math.max(0, ...sheetIds(xml).filter(Number.isFinite)) + 1;
  const bound = boundPrefix(xml, relationshipNamespace);
  const idAttribute = bound ? `${bound}:id="${escapeXmlAttribute(relationshipId)}"` : `fcr:id="${escapeXmlAttribute(relationshipId)}" xmlns:fcr="${relationshipNamespace}"`;
  const element = `<${p}sheet name="${escapeXmlAttribute(name)}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`} ${idAttribute}/>`;
  const sheets = findElement(xml, "sheets");
  if (!sheets) return insertBeforeClose(xml, "workbook", `<${p}sheets>${element}</${p}sheets>`);
  if (sheets.selfClosing) return `${xml.slice(0, sheets.start)}<${p}sheets>${element}</${p}sheets>${xml.slice(sheets.end)}`;
  return xml.slice(0, sheets.innerEnd) + element + xml.slice(sheets.innerEnd);
}

/**
 * Removes the sheet at `index` from the tab list: names scoped to it go, names scoped to later
 * sheets move up one, and the active and first visible tab stay on the same sheets.
 */
export function removeSheetAt(xml: string, index: number): string {
  const sheets = findElement(xml, "sheets");
  if (!sheets) return xml;
  const list = findElements(xml, "sheet", sheets.innerStart, sheets.innerEnd);
  const target = list[index];
  if (!target) return xml;
  let out = xml.slice(0, target.start) + xml.slice(target.end);

  const names = findElement(out, "definedNames");
  if (names && !names.selfClosing) {
    const elements = findElements(out, "definedName", names.innerStart, names.innerEnd);
    let inner = "";
    let copied = names.innerStart;
    for (const element of elements) {
      const local = Number(rawAttribute(element.tag, "localSheetId") ?? "NaN");
      inner += out.slice(copied, element.start);
      copied = element.end;
      if (local === index) continue;
      if (Number.isInteger(local) && local > index) inner += setAttributes(out.slice(element.start, element.end), { localSheetId: String(local - 1) });
      else inner += out.slice(element.start, element.end);
    }
    inner += out.slice(copied, names.innerEnd);
    const p = prefixOf(out);
    out = inner.trim() === "" ? out.slice(0, names.start) + out.slice(names.end) : out.slice(0, names.innerStart) + inner + out.slice(names.innerEnd);
    void p;
  }
  for (const view of findElements(out, "workbookView").reverse()) {
    const updates: Record<string, string> = {};
    for (const key of ["activeTab", "firstSheet"]) {
      const value = Number(rawAttribute(view.tag, key) ?? "NaN");
      if (Number.isInteger(value) && value >= index && value > 0) updates[key] = String(value - 1);
    }
    if (Object.keys(updates).length > 0) out = out.slice(0, view.start) + setAttributes(out.slice(view.start, view.end), updates) + out.slice(view.end);
  }
  return out;
}

/** Sets (replaces or adds) a defined name, optionally scoped to the sheet at `localSheetId`. */
export function setDefinedName(xml: string, name: string, value: string, localSheetId?: number): string {
  const p = prefixOf(xml);
  const element = `<${p}definedName name="${escapeXmlAttribute(name)}"${localSheetId !== undefined ? ` localSheetId="${localSheetId}"` : ""}${name === "_xlnm._FilterDatabase" ? ' hidden="1"' : ""}>${escapeXmlText(value)}</${p}definedName>`;
  const names = findElement(xml, "definedNames");
  if (names && !names.selfClosing) {
    for (const existing of findElements(xml, "definedName", names.innerStart, names.innerEnd)) {
      const scope = rawAttribute(existing.tag, "localSheetId");
      if ((attribute(existing.tag, "name") ?? "").toLowerCase() === name.toLowerCase() && (scope === undefined ? localSheetId === undefined : Number(scope) === localSheetId)) {
        return xml.slice(0, existing.start) + element + xml.slice(existing.end);
      }
    }
    return xml.slice(0, names.innerEnd) + element + xml.slice(names.innerEnd);
  }
  const markup = `<${p}definedNames>${element}</${p}definedNames>`;
  if (names) return xml.slice(0, names.start) + markup + xml.slice(names.end);
  // definedNames comes after sheets and functionGroups/externalReferences, before calcPr.
  for (const later of ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]) {
    const element2 = findElement(xml, later);
    if (element2) return xml.slice(0, element2.start) + markup + xml.slice(element2.start);
  }
  return insertBeforeClose(xml, "workbook", markup);
}

/** Every defined name's name, lower-cased (table names must differ from them). */
export function definedNames(xml: string): Set<string> {
  return new Set(findElements(xml, "definedName").map((e) => (attribute(e.tag, "name") ?? "").toLowerCase()));
}
