/**
 * The workbook's structure as Excel finds it: the office document through the package's
 * relationships (any name, any folder), its sheets in tab order with their state and kind, each
 * sheet's part through the workbook's relationships, the shared strings and styles, the 1904 date
 * system and the tab that was active when the file was saved. Nothing of a sheet's content is read.
 */
import type { Localized } from "../../core/localized";
import { relationshipKind, type OpcPackage } from "../opc/opc-package";
import { attribute } from "../xml/xml-text";
import { findElement, findElements, rootElement } from "../xml/xml-scan";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet";

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: SheetKind;
  /** The sheet's part, where it could be found. */
  part: string | undefined;
  /** The relationship id in the workbook part. */
  relationshipId: string;
}

export interface WorkbookStructure {
  workbookPart: string;
  sheets: SheetEntry[];
  date1904: boolean;
  /** The index (in `sheets`) of the tab that was active when the file was saved. */
  activeTab: number;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
  /** The namespace URIs the workbook part uses (transitional or strict OOXML) and the prefix of the main one. */
  mainNamespace: string;
  relationshipNamespace: string;
  prefix: string;
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

const WORKBOOK_CONTENT_TYPE = /\.(sheet|template)\.main\+xml$|\.(sheet|template|addin)\.macroEnabled\.main\+xml$/i;

export type StructureProblem = { problem: "no-workbook" | "xlsb" | "ods"; detail?: Localized };

/** Finds the office document part: the package relationship, else a declared workbook, else a part named workbook.xml. */
export async function findWorkbookPart(pkg: OpcPackage): Promise<string | StructureProblem> {
  const rels = await pkg.relationships("");
  for (const rel of rels) {
    if (relationshipKind(rel.type) === "officeDocument" && rel.part !== undefined && pkg.has(rel.part)) {
      const found = pkg.find(rel.part) as string;
      if (found.toLowerCase().endsWith(".bin")) return { problem: "xlsb" };
      return found;
    }
  }
  const declared = await pkg.partsOfContentType((type) => WORKBOOK_CONTENT_TYPE.test(type));
  if (declared[0] !== undefined) return declared[0];
  const named = pkg.partNames().find((name) => /(^|\/)workbook\.xml$/i.test(name));
  if (named !== undefined) return named;
  if (pkg.partNames().some((name) => /(^|\/)workbook\.bin$/i.test(name))) return { problem: "xlsb" };
  // OpenDocument: a mimetype entry first, or at least its content and manifest.
  const mimetype = pkg.has("mimetype") ? await pkg.text("mimetype") : undefined;
  if (pkg.has("content.xml") && (mimetype?.includes("opendocument.spreadsheet") || pkg.has("META-INF/manifest.xml") || mimetype !== undefined)) return { problem: "ods" };
  return { problem: "no-workbook" };
}

function sheetKind(type: string | undefined): SheetKind | undefined {
  switch (type === undefined ? undefined : relationshipKind(type)) {
    case "worksheet":
      return "worksheet";
    case "chartsheet":
      return "chartsheet";
    case "dialogsheet":
      return "dialogsheet";
    case "xlMacrosheet":
    case "xlIntlMacrosheet":
    case "macrosheet":
      return "macrosheet";
    default:
      return undefined;
  }
}

function kindFromContentType(contentType: string | undefined): SheetKind | undefined {
  if (!contentType) return undefined;
  if (/worksheet\+xml$/i.test(contentType)) return "worksheet";
  if (/chartsheet\+xml$/i.test(contentType)) return "chartsheet";
  if (/dialogsheet\+xml$/i.test(contentType)) return "dialogsheet";
  if (/macrosheet\+xml$/i.test(contentType)) return "macrosheet";
  return undefined;
}

export async function readWorkbookStructure(pkg: OpcPackage, workbookPart: string): Promise<WorkbookStructure> {
  const xml = (await pkg.text(workbookPart)) ?? "";
  const root = rootElement(xml);
  const namespaces = new Map<string, string>();
  for (const match of (root?.tag ?? "").matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) namespaces.set(match[1] ?? "", match[2] ?? "");
  const mainNamespace = namespaces.get(root?.prefix ?? "") ?? MAIN_NS;
  const strict = mainNamespace === STRICT_MAIN_NS;

  const rels = await pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetsElement = findElement(xml, "sheets");
  const claimed = new Set<string>();
  const unresolved: SheetEntry[] = [];
  for (const element of sheetsElement ? findElements(xml, "sheet", sheetsElement.innerStart, sheetsElement.innerEnd) : []) {
    const relationshipId = attribute(element.tag, "*:id") ?? attribute(element.tag, "id") ?? "";
    const rel = byId.get(relationshipId);
    const state = attribute(element.tag, "state");
    const part = rel?.part !== undefined && pkg.has(rel.part) ? pkg.find(rel.part) : undefined;
    const kind = sheetKind(rel?.type) ?? (part ? kindFromContentType(await pkg.contentType(part)) : undefined) ?? "worksheet";
    const entry: SheetEntry = {
      name: attribute(element.tag, "name") ?? `Blad${sheets.length + 1}`,
      state: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
      kind,
      part,
      relationshipId,
    };
    if (part !== undefined) claimed.add(part.toLowerCase());
    else unresolved.push(entry);
    sheets.push(entry);
  }
  if (unresolved.length > 0) {
    // Relationships missing or wrong: worksheets declared in the content types that no sheet
    // claims are given, in order, to the sheets that found none.
    const spare = (await pkg.partsOfContentType((type) => /worksheet\+xml$/i.test(type))).filter((p) => !claimed.has(p.toLowerCase()));
    if (spare.length === 0) spare.push(...pkg.partNames().filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p) && !claimed.has(p.toLowerCase())));
    for (const entry of unresolved) entry.part = spare.shift();
  }

  const workbookPr = findElement(xml, "workbookPr");
  const date1904 = /^(1|true)$/i.test(workbookPr ? (attribute(workbookPr.tag, "date1904") ?? "") : "");
  const view = findElement(xml, "workbookView");
  const activeTab = Number(view ? (attribute(view.tag, "activeTab") ?? "0") : "0");

  const relOfKind = (kind: string, fallback: RegExp) => {
    const rel = rels.find((r) => relationshipKind(r.type) === kind && r.part !== undefined && pkg.has(r.part));
    if (rel?.part !== undefined) return pkg.find(rel.part);
    return pkg.partNames().find((name) => fallback.test(name));
  };
  return {
    workbookPart,
    sheets,
    date1904,
    activeTab: Number.isInteger(activeTab) && activeTab >= 0 && activeTab < sheets.length ? activeTab : 0,
    sharedStringsPart: relOfKind("sharedStrings", /^xl\/sharedStrings\.xml$/i),
    stylesPart: relOfKind("styles", /^xl\/styles\.xml$/i),
    mainNamespace,
    relationshipNamespace: strict ? STRICT_REL_NS : REL_NS,
    prefix: root?.prefix ?? "",
  };
}
