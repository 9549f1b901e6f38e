/** The words of the Mutaties, Dutch and English: what happened to a person, a vacancy, a function. */
import type { Language, Localized } from "../localized";
import { PLACEMENT_TYPE_LABELS } from "../plaatsing/placement-type";
import type { ChangeKind, EmployeeChange, LineStatus } from "./employee-changes";
import type { GroupStatus } from "./group-changes";

export const STATUS_WORDS: Record<LineStatus, Localized> = {
  in: { nl: "nieuw", en: "new" },
  out: { nl: "vertrokken", en: "left" },
  changed: { nl: "gewijzigd", en: "changed" },
  unchanged: { nl: "ongewijzigd", en: "unchanged" },
  unmatched: { nl: "niet te koppelen", en: "not matched" },
  unread: { nl: "niet te lezen", en: "cannot be read" },
};

export const VACANCY_WORDS: Record<Exclude<LineStatus, "unmatched">, Localized> = {
  in: { nl: "nieuwe vacature", en: "new vacancy" },
  out: { nl: "vacature vervallen", en: "vacancy gone" },
  changed: { nl: "andere fte", en: "other FTE" },
  unchanged: { nl: "ongewijzigd", en: "unchanged" },
  unread: { nl: "niet te lezen", en: "cannot be read" },
};

export const CHANGE_WORDS: Record<ChangeKind, Localized> = {
  function: { nl: "andere functie", en: "other function" },
  scale: { nl: "andere schaal", en: "other scale" },
  fte: { nl: "andere fte", en: "other FTE" },
  cluster: { nl: "ander cluster", en: "other cluster" },
};

export const DIRECTION_WORDS: Record<"higher" | "lower", Localized> = {
  higher: { nl: "hoger", en: "higher" },
  lower: { nl: "lager", en: "lower" },
};

export const GROUP_STATUS_WORDS: Record<GroupStatus, Localized> = {
  in: { nl: "nieuw", en: "new" },
  out: { nl: "vervallen", en: "gone" },
  changed: { nl: "gewijzigd", en: "changed" },
  unchanged: { nl: "ongewijzigd", en: "unchanged" },
};

export const VACANCY_NAME: Localized = { nl: "Vacature", en: "Vacancy" };

/** "nieuw" / "andere functie, andere schaal (hoger)" / "nieuwe vacature". */
export function mutationText(line: EmployeeChange, language: Language): string {
  if (line.kind === "vacancy" && line.status !== "unmatched") return VACANCY_WORDS[line.status][language];
  if (line.status !== "changed") return STATUS_WORDS[line.status][language];
  return line.changes
    .map((change) => {
      const word = CHANGE_WORDS[change][language];
      return change === "scale" && line.scaleDirection ? `${word} (${DIRECTION_WORDS[line.scaleDirection][language]})` : word;
    })
    .join(", ");
}

export function placementTypeText(line: EmployeeChange, language: Language): string | null {
  return line.placementType ? PLACEMENT_TYPE_LABELS[line.placementType][language] : null;
}
