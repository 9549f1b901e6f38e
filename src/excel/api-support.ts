/**
 * The Excel features the adapter uses above the manifest's requirement (ExcelApi 1.9), each with
 * the requirement set its API members need. Code that uses such a member runs only where
 * `supports(feature)` says yes: tests/excel/api-sets.test.ts finds every member above 1.9 in
 * src/excel/ and src/commands/ (from the `[Api set: …]` annotations of @types/office-js) and fails
 * where one is used outside a `supports` guard, or under the guard of a feature whose set is lower
 * than the member's. docs/EXCEL-COMPATIBILITY.md is generated from the same analysis
 * (`npm run docs:excel-compatibility`).
 */

/** The manifest's `<Set Name="ExcelApi" MinVersion="…"/>`: everything below it needs no guard. */
export const MANIFEST_EXCEL_API = "1.9";

export const OPTIONAL_FEATURES = {
  chartCategories: {
    set: "1.7",
    nl: "De categorieën (clusters) onder de grafiek op Overzicht",
    en: "The categories (clusters) under the Overzicht chart",
    without: { nl: "een grafiek zonder clusternamen", en: "a chart without cluster names" },
  },
  threadedComments: {
    set: "1.10",
    nl: "Geen notitie op een cel met een opmerking (threaded comment)",
    en: "No note on a cell with a threaded comment",
    without: { nl: "geen opmerkingen te lezen; notities worden gewoon geplaatst", en: "no comments to read; notes are placed as usual" },
  },
  mergedAreas: {
    set: "1.13",
    nl: "Samengevoegde cellen lezen (kopregel over twee rijen, cluster over meerdere rijen)",
    en: "Reading merged cells (a two-row header, a cluster merged down its rows)",
    without: { nl: "samengevoegde cellen worden als losse cellen gelezen", en: "merged cells are read as separate cells" },
  },
  eventSource: {
    set: "1.14",
    nl: "Eigen wijzigingen herkennen aan de bron van een wijzigingsgebeurtenis",
    en: "Recognising own changes by a change event's source",
    without: { nl: "eigen wijzigingen worden herkend doordat gebeurtenissen tijdens het schrijven uit staan", en: "own changes are recognised by events being off while writing" },
  },
  notes: {
    set: "1.18",
    nl: "Notities met de meldingen bij gemarkeerde cellen",
    en: "Notes with the messages on marked cells",
    without: { nl: "alleen kleuren; de meldingen staan in het taakvenster (tabblad Controle)", en: "colours only; the messages are in the task pane (Controle tab)" },
  },
} as const;

export type OptionalFeature = keyof typeof OPTIONAL_FEATURES;

/** Whether this Excel has the feature's requirement set (false outside Office). */
export function supports(feature: OptionalFeature): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", OPTIONAL_FEATURES[feature].set) === true;
  } catch {
    return false;
  }
}
