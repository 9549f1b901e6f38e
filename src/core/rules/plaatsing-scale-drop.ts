import { bookScale } from "./resolution";
import type { Rule } from "./rule";

export const plaatsingScaleDrop: Rule = {
  id: "plaatsing/scale-drop",
  severity: "warning",
  title: { nl: "Plaatsing niet passend: schaal te veel lager", en: "Placement not suitable: scale too far down" },
  description: {
    nl: "De nieuwe functie ligt meer schalen lager dan de huidige dan passend is.",
    en: "The new function is more scales below the current one than counts as suitable.",
  },
  messages: {
    drop: {
      nl: "Plaatsing niet passend: de nieuwe schaal {scale} is {drop|schaal|schalen} lager dan de huidige schaal {current} (passend is ten hoogste {max|schaal|schalen} lager); salarisgarantie van toepassing.",
      en: "Placement not suitable: the new scale {scale} is {drop|scale|scales} below the current scale {current} (suitable is at most {max|scale|scales} below); salary guarantee applies.",
    },
  },
  checkPosition(position, context) {
    if (position.currentScale.kind !== "ok") return;
    const scale = position.scale.kind === "ok" ? position.scale.scale : bookScale(context.resolve(position), context.book);
    if (scale === undefined) return;
    const drop = position.currentScale.scale - scale;
    if (drop <= context.settings.maxScaleDrop) return;
    context.report({ messageId: "drop", position, field: "scale", data: { scale, current: position.currentScale.scale, drop, max: context.settings.maxScaleDrop } });
  },
};
