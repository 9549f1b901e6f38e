import { checkStep, rowScale } from "../budget/salary-step-check";
import { bookScale } from "./resolution";
import type { Rule } from "./rule";

export const salaryStepInvalid: Rule = {
  id: "salary/step-invalid",
  severity: "error",
  title: { nl: "Trede bestaat niet in de schaal", en: "Step does not exist in the scale" },
  description: {
    nl: "De trede (periodiek) is geen heel getal vanaf 0, of de schaal heeft die trede niet in de salaristabel. De begroting rekent zo'n rij op de salarisbasis.",
    en: "The step (periodiek) is not a whole number from 0, or the scale does not have that step in the salary table. The budget prices such a row at the salary basis.",
  },
  messages: {
    notAStep: {
      nl: "'{found}' is geen trede: een trede is een heel getal vanaf 0. De begroting rekent deze rij op de salarisbasis.",
      en: "'{found}' is not a step: a step is a whole number from 0. The budget prices this row at the salary basis.",
    },
    noStep: {
      nl: "Schaal {scale} heeft geen trede {step}: de treden lopen van 0 tot en met {max:plain}. De begroting rekent deze rij op de salarisbasis.",
      en: "Scale {scale} has no step {step}: the steps run from 0 to {max:plain}. The budget prices this row at the salary basis.",
    },
  },
  checkPosition(position, context) {
    if (position.step.kind === "empty" || position.step.kind === "error") return;
    const tables = context.salaryTables();
    const scale = rowScale(position, bookScale(context.resolve(position), context.book), tables);
    const check = checkStep(position.step, scale, tables);
    if (!check || check.ok) return;
    if (check.reason === "not-a-step") context.report({ messageId: "notAStep", position, field: "step", data: { found: check.text } });
    else if (check.reason === "no-step") context.report({ messageId: "noStep", position, field: "step", data: { scale: check.scale, step: check.step, max: check.maxStep } });
  },
};
