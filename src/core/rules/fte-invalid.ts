import type { Field } from "../formatie/columns";
import type { Rule } from "./rule";

export const fteInvalid: Rule = {
  id: "fte/invalid",
  severity: "error",
  title: { nl: "FTE of uren is geen getal", en: "FTE or hours is not a number" },
  description: { nl: "De FTE of het aantal uren is geen getal.", en: "The FTE or hours value is not a number." },
  messages: {
    "not-a-number": { nl: "'{found}' in kolom {column} is geen getal.", en: "'{found}' in column {column} is not a number." },
    ambiguous: {
      nl: "'{found}' in kolom {column} is dubbelzinnig: duizendtal of decimaal? Schrijf bijvoorbeeld 1 of 1,0.",
      en: "'{found}' in column {column} is ambiguous: thousands or decimals? Write e.g. 1 or 1.0.",
    },
    date: { nl: "Kolom {column} bevat een datum ({found:date}) waar een getal hoort.", en: "Column {column} holds a date ({found:date}) where a number belongs." },
    boolean: { nl: "Kolom {column} bevat ja/nee ({found}) waar een getal hoort.", en: "Column {column} holds true/false ({found}) where a number belongs." },
  },
  checkPosition(position, context) {
    for (const field of ["fte", "hours"] as const satisfies readonly Field[]) {
      const reading = position[field];
      if (reading.kind !== "invalid") continue;
      const column = context.sheet.header.labels.get(context.sheet.columns[field] ?? 0) ?? (field === "fte" ? "FTE" : "Uren");
      context.report({ messageId: reading.reason, position, field, data: { found: reading.text, column } });
    }
  },
};
