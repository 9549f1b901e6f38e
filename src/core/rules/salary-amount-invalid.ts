import type { Rule } from "./rule";

export const salaryAmountInvalid: Rule = {
  id: "salary/amount-invalid",
  severity: "error",
  title: { nl: "Salaris is geen bedrag", en: "Salary is not an amount" },
  description: {
    nl: "De kolom Salaris bevat iets anders dan een bedrag in euro's. De begroting rekent zo'n rij op de trede of de salarisbasis.",
    en: "The Salaris column holds something other than an amount in euros. The budget prices such a row at its step or the salary basis.",
  },
  messages: {
    notAnAmount: {
      nl: "'{found}' is geen bedrag: schrijf het bruto maandsalaris bij een volledige werkweek, zoals 4.450 of € 4.450,00. De begroting rekent deze rij op de trede of de salarisbasis.",
      en: "'{found}' is not an amount: write the gross monthly salary for a full-time week, such as 4450 or € 4,450.00. The budget prices this row at its step or the salary basis.",
    },
  },
  checkPosition(position, context) {
    if (position.salary.kind !== "invalid") return;
    context.report({ messageId: "notAnAmount", position, field: "salary", data: { found: position.salary.text } });
  },
};
