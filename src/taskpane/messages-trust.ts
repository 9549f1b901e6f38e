/**
 * The pane's texts for undo, leaving with unsaved changes, feedback after a check, the context of
 * a finding and accepted findings (issue 14). Kept apart from `messages.ts` so several people can
 * add texts at once; `MESSAGES` includes them. Same rules: Dutch and English side by side,
 * placeholders formatted by `formatMessage`.
 */
import type { Localized } from "../core/localized";

export const TRUST_MESSAGES = {
  // Undo
  undo: { nl: "Ongedaan maken", en: "Undo" },
  undoCell: { nl: "Ongedaan maken: cel {cell} terug naar {value}", en: "Undo: cell {cell} back to {value}" },
  undone: { nl: "Cel {cell} heeft zijn vorige inhoud terug.", en: "Cell {cell} has its previous content back." },
  undoChanged: {
    nl: "Cel {cell} op {sheet} is veranderd sinds de correctie; er is niets teruggezet. Zet de cel zo nodig zelf terug.",
    en: "Cell {cell} on {sheet} changed since the fix; nothing was put back. Change the cell yourself if needed.",
  },
  fixesHeading: { nl: "Toegepaste correcties", en: "Applied fixes" },
  fixesIntro: {
    nl: "Excel kan correcties van Formatiecheck niet zelf ongedaan maken; dat kan hier, zolang de cel niet opnieuw is gewijzigd.",
    en: "Excel cannot undo Formatiecheck's fixes itself; you can here, as long as the cell was not changed again.",
  },
  fixItem: { nl: "{cell}: {value:general} (was {before})", en: "{cell}: {value:general} (was {before})" },
  fixUndoneItem: { nl: "{cell}: teruggezet naar {before}", en: "{cell}: put back to {before}" },
  formulaValue: { nl: "formule {formula}", en: "formula {formula}" },

  // File mode: the copy, not "het werkblad"
  markFile: { nl: "Markeer in de kopie", en: "Mark in the copy" },
  markedFile: {
    nl: "{count|bevinding|bevindingen} gemarkeerd in de kopie; download het bestand om ze te zien.",
    en: "{count|finding|findings} marked in the copy; download the file to see them.",
  },
  liveFileMode: {
    nl: "Live controleren werkt alleen in Excel: een bestand verandert hier niet terwijl u kijkt. Klik op Controleer na een wijziging.",
    en: "Live checking works only in Excel: a file does not change here while you look. Click Check after a change.",
  },
  clearNothing: { nl: "Er zijn geen markeringen om te wissen.", en: "There are no marks to clear." },
  markNothing: { nl: "Controleer eerst; daarna kunt u de bevindingen markeren.", en: "Check first; then you can mark the findings." },

  // After a check
  successTitle: { nl: "Geen fouten gevonden", en: "No errors found" },
  successDetail: {
    nl: "{positions|formatieplaats|formatieplaatsen} gecontroleerd; {warnings|waarschuwing|waarschuwingen} en {infos|opmerking|opmerkingen} om na te lopen.",
    en: "{positions|position|positions} checked; {warnings|warning|warnings} and {infos|note|notes} to look at.",
  },
  successClean: { nl: "{positions|formatieplaats|formatieplaatsen} gecontroleerd: alles klopt met het functieboek.", en: "{positions|position|positions} checked: everything agrees with the function book." },
  fteLess: { nl: "Verschil: {fte:fte} fte minder dan de formatie", en: "Difference: {fte:fte} FTE less than the formation" },
  fteMore: { nl: "Verschil: {fte:fte} fte meer dan de formatie", en: "Difference: {fte:fte} FTE more than the formation" },
  fteEqual: { nl: "Verschil: geen, gelijk aan de formatie", en: "Difference: none, equal to the formation" },
  fileUnreadable: {
    nl: "{file} kon niet worden geopend. {detail} Kies een ander bestand, of open het in Excel en bewaar het als Excel-werkmap (.xlsx).",
    en: "{file} could not be opened. {detail} Choose another file, or open it in Excel and save it as an Excel workbook (.xlsx).",
  },

  // A finding in its context; finding the findings
  findingSelectHint: { nl: "Toont de rij en selecteert de cel", en: "Shows the row and selects the cell" },
  rowContextLabel: { nl: "Rij {row:plain}", en: "Row {row:plain}" },
  rowContextClose: { nl: "Rij verbergen", en: "Hide row" },
  allAbout: { nl: "Alles over {name}", en: "Everything about {name}" },
  searchLabel: { nl: "Zoeken in bevindingen", en: "Search findings" },
  searchPlaceholder: { nl: "Naam, functie, cel of tekst", en: "Name, function, cell or text" },
  orderLabel: { nl: "Ordenen", en: "Order" },
  orderRule: { nl: "Per soort bevinding", en: "By kind of finding" },
  orderRow: { nl: "Op rij", en: "By row" },
  orderCluster: { nl: "Per cluster", en: "By cluster" },
  orderEmployee: { nl: "Per medewerker", en: "By employee" },
  orderAllRows: { nl: "Alle bevindingen, op rij", en: "All findings, by row" },
  orderNoCluster: { nl: "Zonder cluster", en: "Without cluster" },
  orderNoEmployee: { nl: "Zonder medewerker (vacature of totaal)", en: "Without employee (vacancy or total)" },
  searchNone: { nl: "Geen bevindingen met “{query}”.", en: "No findings with “{query}”." },

  // Accepted findings
  accept: { nl: "Accepteren met reden", en: "Accept with a reason" },
  acceptTitle: { nl: "Bevinding accepteren", en: "Accept finding" },
  acceptBody: {
    nl: "De bevinding telt niet meer mee en staat met uw reden op het blad Controle. Als de rij verandert, komt ze terug.",
    en: "The finding no longer counts and is listed with your reason on the Controle sheet. If the row changes, it comes back.",
  },
  acceptReason: { nl: "Reden", en: "Reason" },
  acceptReasonHint: { nl: "Bijvoorbeeld: afgesproken met de afdeling, tijdelijk tot 1-1-2027", en: "For example: agreed with the department, temporary until 1-1-2027" },
  acceptConfirm: { nl: "Accepteren", en: "Accept" },
  acceptedNotice: { nl: "Bevinding bij {cell} geaccepteerd.", en: "Finding at {cell} accepted." },
  acceptedHeading: { nl: "Geaccepteerd ({count:integer})", en: "Accepted ({count:integer})" },
  acceptedItem: { nl: "{cell}: {message} Reden: {reason}", en: "{cell}: {message} Reason: {reason}" },
  acceptWithdraw: { nl: "Acceptatie intrekken", en: "Withdraw acceptance" },
  acceptWithdrawLabel: { nl: "Acceptatie intrekken voor {cell}", en: "Withdraw acceptance for {cell}" },

  // Leaving with changes that were not downloaded
  leaveTitle: { nl: "Wijzigingen niet gedownload", en: "Changes not downloaded" },
  leaveBody: {
    nl: "De kopie van {file} heeft correcties of tabellen die nog niet zijn gedownload. Als u een ander bestand opent, gaan die verloren.",
    en: "The copy of {file} has fixes or tables that were not downloaded. If you open another file, they are lost.",
  },
  leaveConfirm: { nl: "Ander bestand openen", en: "Open another file" },
  unsavedHint: { nl: "Niet gedownloade wijzigingen", en: "Changes not downloaded" },
} satisfies Record<string, Localized>;
