import { FIELD_NAMES } from "../formatie/columns";
import { errorCells } from "../formatie/read-formatie";
import type { Rule } from "./rule";

export const cellErrorValue: Rule = {
  id: "cell/error-value",
  severity: "error",
  title: { nl: "Cel met een Excel-foutwaarde", en: "Cell with an Excel error value" },
  description: { nl: "Een cel bevat een Excel-foutwaarde en kan niet worden gecontroleerd.", en: "A cell holds an Excel error value and cannot be checked." },
  messages: {
    error: {
      nl: "Kolom {column} bevat de foutwaarde {error}; deze cel is niet gecontroleerd.",
      en: "Column {column} holds the error value {error}; this cell was not checked.",
    },
    uncalculated: {
      nl: "Kolom {column} bevat een formule zonder berekende waarde; herbereken en sla het bestand op in Excel.",
      en: "Column {column} holds a formula without a calculated value; recalculate and save the file in Excel.",
    },
  },
  checkPosition(position, context) {
    for (const cell of errorCells(context.sheet, position)) {
      const column = context.sheet.header.labels.get(cell.col) ?? FIELD_NAMES[cell.field].nl;
      context.report({ messageId: cell.error === "#UNCALCULATED" ? "uncalculated" : "error", position, field: cell.field, data: { column, error: cell.error } });
    }
  },
};
