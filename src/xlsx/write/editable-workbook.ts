/**
 * An Office Open XML workbook open for the tool's changes. It knows where everything is (the
 * package, the workbook part, the sheets' parts, the styles) and does the package-level work every
 * change needs: a part added with its relationship and content type, a sheet of the tool's own
 * added or removed with its tables, the styles part written back once. Parts it is not asked to
 * change leave the package as they came.
 */
import type { Grid } from "../../core/formatie/grid";
import type { OpcPackage } from "../opc/opc-package";
import { dateStyles } from "../read/cell-styles";
import { parseSharedStrings } from "../read/shared-strings";
import { readSheetGrid } from "../read/sheet-grid";
import { relationshipKind, relationshipsPartOf } from "../opc/opc-package";
import { readWorkbookStructure, type SheetEntry, type WorkbookStructure } from "../read/workbook-structure";
import { attribute, rawAttribute } from "../xml/xml-text";
import { findElement } from "../xml/xml-scan";
import { MINIMAL_STYLES, StylesPart } from "./styles-part";
import { appendSheet, definedNames, removeSheetAt, setDefinedName } from "./workbook-part";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
} as const;

export class EditableWorkbook {
  private stylesPart: StylesPart | undefined;
  private sharedStrings: string[] | undefined;
  private dates: { xml: string | undefined; list: boolean[] } | undefined;

  constructor(
    readonly pkg: OpcPackage,
    public structure: WorkbookStructure,
  ) {}

  /**
   * A worksheet's values within its real data extent, as the package holds them now (marks and
   * applied suggestions included). Undefined for a sheet that is not there or has no part.
   */
  async grid(name: string, options: { maxRows?: number; maxCells?: number } = {}): Promise<Grid | undefined> {
    const entry = this.sheet(name);
    if (!entry || entry.kind !== "worksheet" || entry.part === undefined) return undefined;
    const xml = await this.pkg.text(entry.part);
    if (xml === undefined) return undefined;
    this.flush();
    if (!this.sharedStrings) {
      const strings = this.structure.sharedStringsPart ? await this.pkg.text(this.structure.sharedStringsPart) : undefined;
      this.sharedStrings = strings === undefined ? [] : parseSharedStrings(strings);
    }
    const stylesXml = this.structure.stylesPart ? await this.pkg.text(this.structure.stylesPart) : undefined;
    if (!this.dates || this.dates.xml !== stylesXml) this.dates = { xml: stylesXml, list: dateStyles(stylesXml) };
    return readSheetGrid(xml, {
      sheetName: entry.name,
      sharedStrings: this.sharedStrings,
      dateStyles: this.dates.list,
      date1904: this.structure.date1904,
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      ...(options.maxCells !== undefined ? { maxCells: options.maxCells } : {}),
    });
  }

  /** A relationship type in the workbook's own flavour of OOXML ("worksheet" → "…/relationships/worksheet"). */
  relationshipType(kind: string): string {
    return `${this.structure.relationshipNamespace}/${kind}`;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.structure.sheets.find((s) => s.name === name) ?? this.structure.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  async sheetXml(name: string): Promise<string | undefined> {
    const part = this.sheet(name)?.part;
    return part === undefined ? undefined : this.pkg.text(part);
  }

  setSheetXml(name: string, xml: string): void {
    const part = this.sheet(name)?.part;
    if (part !== undefined) this.pkg.setPart(part, xml);
  }

  /** The styles, read once; written back with `flush()`. */
  async styles(): Promise<StylesPart> {
    if (this.stylesPart) return this.stylesPart;
    let part = this.structure.stylesPart;
    if (part === undefined) {
      part = this.pkg.freeName((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
      this.pkg.setPart(part, MINIMAL_STYLES);
      await this.pkg.setContentType(part, CONTENT_TYPES.styles);
      await this.pkg.addRelationship(this.structure.workbookPart, this.relationshipType("styles"), part);
      this.structure = { ...this.structure, stylesPart: part };
    }
    this.stylesPart = new StylesPart((await this.pkg.text(part)) ?? MINIMAL_STYLES);
    return this.stylesPart;
  }

  /** Writes pending style changes into the package. */
  flush(): void {
    if (this.stylesPart?.changed && this.structure.stylesPart !== undefined) {
      this.pkg.setPart(this.structure.stylesPart, this.stylesPart.toXml());
      this.stylesPart = new StylesPart(this.stylesPart.toXml());
    }
  }

  async reloadStructure(): Promise<void> {
    this.structure = await readWorkbookStructure(this.pkg, this.structure.workbookPart);
  }

  /** Adds a part of the tool's own, related from `source`; returns the relationship id. */
  async addPart(source: string, name: string, content: string, kind: string, contentType: string): Promise<string> {
    this.pkg.setPart(name, content);
    if (contentType === CONTENT_TYPES.vml) await this.pkg.ensureDefault("vml", CONTENT_TYPES.vml);
    else await this.pkg.setContentType(name, contentType);
    return this.pkg.addRelationship(source, this.relationshipType(kind), name);
  }

  /**
   * Adds a worksheet of the tool's own at the end of the tabs. `build` gets the new part's name and
   * returns its XML (it may add tables related from that part first).
   */
  async addSheet(name: string, state: "visible" | "hidden" | "veryHidden", build: (part: string) => Promise<string>): Promise<{ part: string; index: number }> {
    const part = this.pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    this.pkg.setPart(part, ""); // claims the name while the sheet is built
    const xml = await build(part);
    this.pkg.setPart(part, xml);
    await this.pkg.setContentType(part, CONTENT_TYPES.worksheet);
    const id = await this.pkg.addRelationship(this.structure.workbookPart, this.relationshipType("worksheet"), part);
    const workbookXml = (await this.pkg.text(this.structure.workbookPart)) ?? "";
    this.pkg.setPart(this.structure.workbookPart, appendSheet(workbookXml, name, id, state, this.structure.relationshipNamespace));
    await this.reloadStructure();
    return { part, index: this.structure.sheets.length - 1 };
  }

  /**
   * Removes a sheet the tool made itself, with the parts only it used (its tables, comments and
   * drawings of notes), its relationship, content types and scoped names. Formulas elsewhere that
   * pointed at it would have to be the user's own, which the tool's sheets never have.
   */
  async removeSheet(name: string): Promise<void> {
    const entry = this.sheet(name);
    if (!entry) return;
    const index = this.structure.sheets.indexOf(entry);
    const workbookXml = (await this.pkg.text(this.structure.workbookPart)) ?? "";
    this.pkg.setPart(this.structure.workbookPart, removeSheetAt(workbookXml, index));
    await this.pkg.removeRelationships(this.structure.workbookPart, new Set([entry.relationshipId]));
    if (entry.part !== undefined) {
      const hadFormulas = await this.dropOwnParts(entry.part);
      this.pkg.removePart(entry.part);
      await this.pkg.removeContentType(entry.part);
      if (hadFormulas) await this.dropCalcChain();
    }
    await this.reloadStructure();
  }

  /**
   * Writes one of the tool's own sheets anew in its place (same part, same tab): its old tables and
   * notes go, `build` makes the new XML. Its position and the names scoped to it stay.
   */
  async rewriteSheet(name: string, build: (part: string) => Promise<string>): Promise<{ part: string; index: number }> {
    const entry = this.sheet(name);
    if (!entry?.part) throw new Error(`no sheet ${name}`);
    const hadFormulas = await this.dropOwnParts(entry.part);
    const xml = await build(entry.part);
    this.pkg.setPart(entry.part, xml);
    if (hadFormulas) await this.dropCalcChain();
    return { part: entry.part, index: this.structure.sheets.indexOf(entry) };
  }

  /** Removes the tables, notes and drawings of notes hung on a part, and its relationships; true when it had formulas. */
  private async dropOwnParts(part: string): Promise<boolean> {
    for (const rel of await this.pkg.relationships(part)) {
      if (rel.part === undefined || rel.external) continue;
      if (["table", "comments", "vmlDrawing"].includes(relationshipKind(rel.type))) {
        this.pkg.removePart(rel.part);
        await this.pkg.removeContentType(rel.part);
      }
    }
    this.pkg.removePart(relationshipsPartOf(part));
    return /<(?:[\w.-]+:)?f[\s>]/.test((await this.pkg.text(part)) ?? "");
  }

  /**
   * The calculation chain is Excel's cache of formula cells (ISO/IEC 29500-1, 18.6: "not required";
   * Excel builds it again on opening). An entry for a cell whose formula is gone makes Excel report
   * a damaged file, so the chain goes when one of the tool's sheets with formulas is removed or
   * written anew, or when a suggestion the user applied overwrites a formula — only then: the
   * tool's sheets have formulas (SUBTOTAL) only in their totals rows.
   */
  async dropCalcChain(): Promise<void> {
    const rels = await this.pkg.relationships(this.structure.workbookPart);
    const chain = rels.find((r) => relationshipKind(r.type) === "calcChain");
    if (!chain || chain.part === undefined) return;
    this.pkg.removePart(chain.part);
    await this.pkg.removeContentType(chain.part);
    await this.pkg.removeRelationships(this.structure.workbookPart, new Set([chain.id]));
  }

  async setDefinedName(name: string, value: string, localSheetId?: number): Promise<void> {
    const xml = (await this.pkg.text(this.structure.workbookPart)) ?? "";
    this.pkg.setPart(this.structure.workbookPart, setDefinedName(xml, name, value, localSheetId));
  }

  /** Names of every table in the workbook and of every defined name, lower-cased (a new table's name must differ). */
  async takenTableNames(): Promise<{ names: Set<string>; maxId: number }> {
    const names = definedNames((await this.pkg.text(this.structure.workbookPart)) ?? "");
    let maxId = 0;
    for (const part of this.pkg.partNames()) {
      if (!/(^|\/)tables\/[^/]+\.xml$/i.test(part)) continue;
      const xml = (await this.pkg.text(part)) ?? "";
      const root = findElement(xml, "table");
      if (!root) continue;
      const tableName = attribute(root.tag, "name");
      const displayName = attribute(root.tag, "displayName");
      if (tableName) names.add(tableName.toLowerCase());
      if (displayName) names.add(displayName.toLowerCase());
      const id = Number(rawAttribute(root.tag, "id"));
      if (Number.isInteger(id)) maxId = Math.max(maxId, id);
    }
    return { names, maxId };
  }

  /** The relationships of the workbook to custom XML parts, with the parts' text. */
  async customXmlParts(): Promise<{ id: string; part: string }[]> {
    const rels = await this.pkg.relationships(this.structure.workbookPart);
    return rels.filter((r) => relationshipKind(r.type) === "customXml" && r.part !== undefined && this.pkg.has(r.part)).map((r) => ({ id: r.id, part: this.pkg.find(r.part as string) as string }));
  }
}

/** True when a sheet part holds elements that other parts hang on (a legacy drawing, i.e. notes or form controls). */
export function hasLegacyDrawing(sheetXml: string): boolean {
  return findElement(sheetXml, "legacyDrawing") !== undefined;
}

