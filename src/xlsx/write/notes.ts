/**
 * Notes (Excel's classic comments) on marked cells: a comments part and the legacy VML drawing that
 * shows them, both the tool's own, hung on the sheet with a `legacyDrawing` element. A sheet that
 * already has a legacy drawing (notes of the user's, or form controls) gets no notes from the tool:
 * its parts stay the user's, byte for byte, and the caller says that the notes were left out (the
 * Controle sheet lists every finding anyway). Taking notes away removes only the tool's own: where
 * Excel has since merged the user's notes into the same part, those stay.
 */
import { relationshipKind } from "../opc/opc-package";
import { columnLetter } from "../../core/formatie/grid";
import { storableText } from "../../core/text/storable-text";
import { parseReference } from "../read/sheet-grid";
import { attribute, decodeOoxmlEscapes, decodeXml, escapeXmlText, rawAttribute } from "../xml/xml-text";
import { END, findElement, findElements, scanTags, START } from "../xml/xml-scan";
import { CONTENT_TYPES, type EditableWorkbook } from "./editable-workbook";
import { insertSheetElement, relationshipAttribute, removeSheetElement, sheetPrefix } from "./sheet-elements";

export interface NoteToAdd {
  row: number;
  col: number;
  text: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Adds notes to a sheet that has none; false (nothing changed) when the sheet already has a legacy drawing. */
export async function addNotes(workbook: EditableWorkbook, sheetName: string, notes: readonly NoteToAdd[]): Promise<boolean> {
  if (notes.length === 0) return true;
  const entry = workbook.sheet(sheetName);
  if (entry?.part === undefined) return false;
  const sheetXml = (await workbook.pkg.text(entry.part)) ?? "";
  if (findElement(sheetXml, "legacyDrawing")) return false;
  const rels = await workbook.pkg.relationships(entry.part);
  if (rels.some((r) => relationshipKind(r.type) === "comments")) return false;

  const sorted = [...notes].sort((a, b) => a.row - b.row || a.col - b.col);
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Formatiecheck</author></authors><commentList>` +
    sorted.map((n) => `<comment ref="${columnLetter(n.col)}${n.row}" authorId="0"><text>${noteRun(n.text, "")}</text></comment>`).join("") +
    "</commentList></comments>";
  const commentsPart = workbook.pkg.freeName((n) => `xl/comments${n}.xml`);
  await workbook.addPart(entry.part, commentsPart, comments, "comments", CONTENT_TYPES.comments);
  const vmlPart = workbook.pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  const vmlId = await workbook.addPart(entry.part, vmlPart, vmlDrawing(sorted, await freeShapeBlocks(workbook, Math.ceil(sorted.length / 1024) || 1)), "vmlDrawing", CONTENT_TYPES.vml);
  const updated = insertSheetElement(sheetXml, "legacyDrawing", `<${sheetPrefix(sheetXml)}legacyDrawing ${relationshipAttribute(sheetXml, vmlId, workbook.structure.relationshipNamespace)}/>`);
  workbook.pkg.setPart(entry.part, updated);
  return true;
}

/** A note's text as one run in the font Excel gives notes (readers that know only runs read it too). */
function noteRun(text: string, p: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeXmlText(storableText(text))}</${p}t></${p}r>`;
}

/** Shape-id blocks (of 1,024) that no VML drawing of the workbook uses yet. */
async function freeShapeBlocks(workbook: EditableWorkbook, count: number): Promise<number[]> {
  const used = new Set<number>();
  for (const part of workbook.pkg.partNames()) {
    if (!/\.vml$/i.test(part)) continue;
    const xml = (await workbook.pkg.text(part)) ?? "";
    for (const match of xml.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)) for (const n of (match[1] ?? "").split(",")) used.add(Number(n));
  }
  const blocks: number[] = [];
  for (let n = 1; blocks.length < count; n++) if (!used.has(n)) blocks.push(n);
  return blocks;
}

function vmlDrawing(notes: readonly NoteToAdd[], blocks: readonly number[]): string {
  const shapes = notes.map((note, i) => {
    const id = (blocks[Math.floor(i / 1024)] as number) * 1024 + (i % 1024) + 1;
    const anchor = `${note.col}, 15, ${Math.max(0, note.row - 2)}, 2, ${note.col + 2}, 15, ${note.row + 2}, 6`;
    return (
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
      `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${note.row - 1}</x:Row><x:Column>${note.col - 1}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    shapes.join("") +
    "</xml>"
  );
}

/** A note's text: its runs' text, without phonetic hints. */
function commentText(xml: string, from: number, to: number): string {
  const parts: string[] = [];
  let phonetic = 0;
  let start = -1;
  scanTags(xml, from, to, (name, kind, lt, gt) => {
    if (name === "rPh") phonetic += kind === START ? 1 : kind === END ? -1 : 0;
    else if (name === "t" && phonetic === 0) {
      if (kind === START) start = gt + 1;
      else if (kind === END && start >= 0) {
        parts.push(xml.slice(start, lt));
        start = -1;
      }
    }
  });
  return decodeOoxmlEscapes(decodeXml(parts.join("")));
}

export interface NoteOnSheet {
  row: number;
  col: number;
  text: string;
}

/** The notes of a sheet (for the Controle sheet's notices and for clearing). */
export async function sheetNotes(workbook: EditableWorkbook, sheetName: string): Promise<NoteOnSheet[]> {
  const part = await commentsPartOf(workbook, sheetName);
  if (part === undefined) return [];
  const xml = (await workbook.pkg.text(part)) ?? "";
  return findElements(xml, "comment").flatMap((c) => {
    const ref = parseReference(attribute(c.tag, "ref") ?? "");
    return ref ? [{ row: ref.row, col: ref.col, text: commentText(xml, c.innerStart, c.innerEnd) }] : [];
  });
}

async function commentsPartOf(workbook: EditableWorkbook, sheetName: string): Promise<string | undefined> {
  const entry = workbook.sheet(sheetName);
  if (entry?.part === undefined) return undefined;
  const rel = (await workbook.pkg.relationships(entry.part)).find((r) => relationshipKind(r.type) === "comments");
  return rel?.part !== undefined && workbook.pkg.has(rel.part) ? workbook.pkg.find(rel.part) : undefined;
}

export interface NoteRestore {
  row: number;
  col: number;
  /** The note text the tool set (the whole note, the user's text before it included). */
  markNote: string;
  /** The note as it was before (null: none). */
  original: string | null;
}

/**
 * Takes the tool's notes away: a note still exactly as the tool left it goes back to what it was
 * (none, or the user's own text); a note the user has edited keeps the user's words, minus the
 * block the tool added where it is still there. When no note is left, the comments part, its
 * drawing and the sheet's `legacyDrawing` go too.
 */
export async function restoreNotes(workbook: EditableWorkbook, sheetName: string, restores: readonly NoteRestore[]): Promise<void> {
  if (restores.length === 0) return;
  const entry = workbook.sheet(sheetName);
  const part = await commentsPartOf(workbook, sheetName);
  if (entry?.part === undefined || part === undefined) return;
  const xml = (await workbook.pkg.text(part)) ?? "";
  const byCell = new Map(restores.map((r) => [`${r.row}:${r.col}`, r]));
  const removed = new Set<string>();
  let out = xml;
  let remaining = 0;
  for (const comment of findElements(xml, "comment").reverse()) {
    const ref = parseReference(attribute(comment.tag, "ref") ?? "");
    const restore = ref ? byCell.get(`${ref.row}:${ref.col}`) : undefined;
    if (!restore || !ref) {
      remaining++;
      continue;
    }
    const current = commentText(xml, comment.innerStart, comment.innerEnd);
    let next: string | null | undefined;
    if (current === restore.markNote) next = restore.original;
    else {
      // The user edited the note: take out only the block the tool appended, if it is still there.
      const before = restore.original ?? "";
      const block = before ? restore.markNote.slice(before.length) : restore.markNote;
      if (block !== "" && current.includes(block)) {
        let kept = current.replace(block, "").replace(/\n+$/, "");
        if (!before) kept = kept.replace(/^\n+/, "");
        next = kept;
      }
    }
    if (next === undefined) {
      remaining++;
      continue;
    }
    if (next === null || next === "") {
      out = out.slice(0, comment.start) + out.slice(comment.end);
      removed.add(`${ref.row}:${ref.col}`);
    } else {
      const p = /^<([\w.-]+:)?/.exec(comment.tag)?.[1] ?? "";
      out = `${out.slice(0, comment.start)}${comment.tag}<${p}text>${noteRun(next, p)}</${p}text></${p}comment>${out.slice(comment.end)}`;
      remaining++;
    }
  }
  const sheetXml = (await workbook.pkg.text(entry.part)) ?? "";
  const rels = await workbook.pkg.relationships(entry.part);
  const legacy = findElement(sheetXml, "legacyDrawing");
  const vmlId = legacy ? rawAttribute(legacy.tag, "*:id") : undefined;
  const vml = rels.find((r) => r.id === vmlId && r.part !== undefined);
  if (remaining === 0) {
    const commentsRel = rels.find((r) => relationshipKind(r.type) === "comments");
    workbook.pkg.removePart(part);
    await workbook.pkg.removeContentType(part);
    if (vml?.part !== undefined) {
      // The drawing goes only when it holds nothing but notes.
      const vmlXml = (await workbook.pkg.text(vml.part)) ?? "";
      if (!/ObjectType="(?!Note")/.test(vmlXml)) {
        workbook.pkg.removePart(vml.part);
        workbook.pkg.setPart(entry.part, removeSheetElement(sheetXml, "legacyDrawing"));
        await workbook.pkg.removeRelationships(entry.part, new Set([vml.id]));
      } else workbook.pkg.setPart(vml.part, withoutShapes(vmlXml, removed));
    }
    if (commentsRel) await workbook.pkg.removeRelationships(entry.part, new Set([commentsRel.id]));
    return;
  }
  workbook.pkg.setPart(part, out);
  if (vml?.part !== undefined && removed.size > 0) workbook.pkg.setPart(vml.part, withoutShapes((await workbook.pkg.text(vml.part)) ?? "", removed));
}

/** The VML without the note shapes of the given cells ("row:col", 1-based). */
function withoutShapes(vml: string, cells: ReadonlySet<string>): string {
  let out = vml;
  for (const shape of findElements(vml, "shape").reverse()) {
    const inner = vml.slice(shape.innerStart, shape.innerEnd);
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(inner)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(inner)?.[1];
    if (row !== undefined && col !== undefined && cells.has(`${Number(row) + 1}:${Number(col) + 1}`) && /ObjectType="Note"/.test(inner)) out = out.slice(0, shape.start) + out.slice(shape.end);
  }
  return out;
}
