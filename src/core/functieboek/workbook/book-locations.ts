/**
 * Where each part of a book read from a workbook came from, so that a finding about
 * `$.functions[3].scale` is shown as "Functies!C7" and never as a JSON path.
 */
import { cellAddress } from "../../formatie/grid";
import type { Place } from "./book-problems";

interface RowSource {
  place: Place;
  placeOf(key: string): Place;
}

/** JSON fields whose cell is another column's. */
const FIELD_COLUMN: Record<string, string> = { scaleMax: "scale", scoreMax: "score", competencies: "competency1", profile: "name", resultAreas: "name" };

export class BookLocations {
  private readonly rows = new Map<string, RowSource>();
  private readonly settings = new Map<string, Place>();
  private readonly sheets = new Map<string, string>();

  set(item: string, place: Place): void {
    this.rows.set(item, { place, placeOf: () => place });
  }

  setRow(item: string, source: RowSource): void {
    this.rows.set(item, source);
  }

  setSetting(path: string, place: Place): void {
    this.settings.set(path, place);
  }

  /** The sheet a part of the book (`clusters`, `policies`) was read from. */
  setSheet(part: string, sheet: string): void {
    this.sheets.set(part, sheet);
  }

  /** The place of a JSON path of the book; the nearest known place for a path without a cell of its own. */
  locate(path: string): Place {
    const item = /^\$\.(functions|normfuncties|clusters|conversionTable)\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (item) {
      const source = this.rows.get(`${item[1]}[${item[2]}]`);
      if (!source) return this.sheetPlace(item[1] as string);
      const field = item[3];
      return field === undefined ? source.place : source.placeOf(FIELD_COLUMN[field] ?? field);
    }
    const top = /^\$\.(\w+)(?:\.(\w+))?/.exec(path);
    if (!top) return {};
    const setting = this.settings.get(top[2] !== undefined ? `${top[1]}.${top[2]}` : (top[1] as string));
    if (setting) return setting;
    if (top[1] === "policies" || top[1] === "source" || top[1] === "coordination") return this.sheetPlace("policies");
    return this.sheetPlace(top[1] as string);
  }

  cellOf(place: Place): string | undefined {
    return place.row !== undefined && place.col !== undefined ? cellAddress(place.row, place.col) : undefined;
  }

  private sheetPlace(part: string): Place {
    const sheet = this.sheets.get(part) ?? this.sheets.get("policies");
    return sheet === undefined ? {} : { sheet };
  }
}
