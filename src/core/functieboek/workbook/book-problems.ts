/**
 * A problem in a functieboek workbook: the sheet and cell it is in, and what is wrong, in Dutch and
 * English ("Functies!C14: schaal 'elf' is geen getal."). Never a JSON path, never a stack trace.
 */
import { cellAddress } from "../../formatie/grid";
import { localize, type Localized, type MessageData } from "../../localized";
import { quoteSheetName } from "../../range-addresses";

export interface BookSheetProblem {
  /** A stable code for programs ("sheet/missing", "cell/not-a-number", or a self-check's id). */
  code: string;
  /** The sheet it is on; absent for the workbook as a whole. */
  sheet?: string;
  /** The A1 cell, where there is one. */
  cell?: string;
  /** The 1-based sheet row, where the problem is a row or a cell. */
  row?: number;
  /** The location and what is wrong, one line each language. */
  message: Localized;
}

export interface Place {
  sheet?: string;
  row?: number;
  col?: number;
}

/** "Functies!C14", "Functies, rij 3" / "Functies, row 3", "Functies", or "" for the workbook. */
export function placeText(place: Place): Localized {
  if (place.sheet === undefined) return { nl: "", en: "" };
  if (place.row !== undefined && place.col !== undefined) {
    const text = `${quoteSheetName(place.sheet)}!${cellAddress(place.row, place.col)}`;
    return { nl: text, en: text };
  }
  if (place.row !== undefined) return { nl: `${place.sheet}, rij ${place.row}`, en: `${place.sheet}, row ${place.row}` };
  return { nl: place.sheet, en: place.sheet };
}

/** A message that starts with its place. */
export function placedMessage(place: Place, message: Localized): Localized {
  const where = placeText(place);
  return { nl: where.nl === "" ? message.nl : `${where.nl}: ${message.nl}`, en: where.en === "" ? message.en : `${where.en}: ${message.en}` };
}

export class ProblemList {
  readonly items: BookSheetProblem[] = [];

  add(code: string, place: Place, templates: Localized, data: MessageData = {}): void {
    const message = placedMessage(place, localize(templates, data));
    this.items.push({
      code,
      ...(place.sheet !== undefined ? { sheet: place.sheet } : {}),
      ...(place.row !== undefined && place.col !== undefined ? { cell: cellAddress(place.row, place.col) } : {}),
      ...(place.row !== undefined ? { row: place.row } : {}),
      message,
    });
  }

  get length(): number {
    return this.items.length;
  }
}
