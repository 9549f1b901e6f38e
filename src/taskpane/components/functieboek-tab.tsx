/**
 * Functieboek: browse the book in use (functions with normfunctie, scale and formation; details
 * per function), follow the row the user selects in the sheet, import another book (its problems
 * are shown and the current book stays until one loads cleanly), read one kept in Excel from this
 * workbook's sheets or another file ("Uit werkblad"), insert the template sheets ("Sjabloon
 * invoegen"), export it, and its self-check (with sheet and cell for a book read from sheets).
 */
import { Body1, Button, Caption1, Input, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { FunctieboekIndex } from "../../core/functieboek/functieboek-index";
import { checkFunctieboek } from "../../core/functieboek/self-check";
import { formatScaleSpan, scaleSpanOf } from "../../core/functieboek/scale-span";
import { findingTitle } from "../../core/finding-titles";
import { formatDate } from "../../core/format";
import type { Language } from "../../core/localized";
import type { Functieboek } from "../../core/functieboek/schema";
import { compactKey } from "../../core/text/normalize";
import { usePane, usePaneState, useText } from "../pane-context";
import type { MessageKey } from "../messages";
import type { BookSource } from "../services/book-service";
import { FileButton } from "./file-button";
import { FunctionDetails } from "./function-details";
import { usePaneStyles } from "./pane-styles";
import { ProblemList } from "./problem-list";
import { SeverityBadge } from "./severity-badge";

const SOURCE: Record<BookSource, MessageKey> = { bundled: "bookSourceBundled", workbook: "bookSourceWorkbook", imported: "bookSourceImported" };

const useStyles = makeStyles({
  item: {
    width: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  itemText: { display: "flex", flexDirection: "column", alignItems: "flex-start", overflowWrap: "anywhere" },
  itemTitle: { fontWeight: tokens.fontWeightSemibold },
  // The list fills what the pane leaves (it scrolls on its own; at least a few items tall).
  list: { maxHeight: "max(240px, calc(100vh - 220px))", overflowY: "auto" },
  checkItem: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS },
  checkPath: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

/** "Gemeente Ommen · versie 2 · 30-11-2026": the parts the book states, its date written the reader's way. */
function bookDetails(book: Functieboek, language: Language): string {
  const parts = [book.organisation, book.version, book.date === undefined ? undefined : formatDate(book.date, language)];
  return parts.filter(Boolean).join(" · ");
}

export function FunctieboekTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t, text, language } = useText();
  const styles = useStyles();
  // Arrow keys (and Home/End) move through the function list; Tab leaves it.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const shared = usePaneStyles();
  const [search, setSearch] = useState("");
  const loaded = state.book;
  const book = loaded?.book;
  const index = useMemo(() => (book ? new FunctieboekIndex(book) : undefined), [book]);
  const placed = loaded?.placedFindings;
  const selfCheck = useMemo(() => placed ?? (book && index ? checkFunctieboek(book, index) : []), [placed, book, index]);

  useEffect(() => {
    void pane.book.watchSelection();
    return () => {
      void pane.book.unwatchSelection();
    };
  }, [pane]);

  if (!loaded || !book || !index) return null;
  const selection = state.bookSelection;
  const selected = selection.functionIndex !== undefined ? book.functions[selection.functionIndex] : undefined;
  const key = compactKey(search);
  const functions = book.functions
    .map((fn, i) => ({ fn, i }))
    .filter(({ fn }) => key === "" || compactKey(`${fn.title} ${fn.normfunctie}`).includes(key));
  const fromSheet = selection.fromSheet;

  return (
    <div className={shared.stack}>
      <div>
        <h2 className={shared.heading}>{t("bookHeading", { name: book.name, source: t(SOURCE[loaded.source]) })}</h2>
        <Caption1>{bookDetails(book, language)}</Caption1>
      </div>
      <div className={shared.row}>
        <FileButton
          label={t("bookImport")}
          disabled={state.busy.book}
          onFile={(name, content) => void pane.book.importBook(name, content)}
          onError={(error) => pane.fileReadFailed(error)}
        />
        <Button disabled={state.busy.book} onClick={() => void pane.book.bookFromSheets()}>
          {t("bookFromSheets")}
        </Button>
        <FileButton
          label={t("bookFromWorkbookFile")}
          disabled={state.busy.book}
          onWorkbook={(name, bytes) => void pane.book.bookFromWorkbookFile(name, bytes)}
          onError={(error) => pane.fileReadFailed(error)}
        />
        <Button disabled={state.busy.book} onClick={() => void pane.book.insertBookTemplate()}>
          {t("bookInsertTemplate")}
        </Button>
        <Button onClick={() => pane.book.exportBook()}>{t("bookExport")}</Button>
        {loaded.source !== "bundled" && (
          <Button disabled={state.busy.book} onClick={() => void pane.book.resetBook()}>
            {t("bookReset")}
          </Button>
        )}
      </div>
      <Caption1 className={shared.wrapText}>{t("bookSheetsHint")}</Caption1>
      {state.bookProblems && <ProblemList report={state.bookProblems} onDismiss={() => pane.book.dismissBookProblems()} />}

      {fromSheet && (
        <div role="status">
          <Body1 className={shared.wrapText}>
            {fromSheet.title === undefined
              ? t("selectionEmpty", { row: fromSheet.row, sheet: fromSheet.sheet })
              : fromSheet.found
                ? t("selectionRow", { row: fromSheet.row, sheet: fromSheet.sheet, title: fromSheet.title })
                : t("selectionUnknown", { row: fromSheet.row, sheet: fromSheet.sheet, title: fromSheet.title })}
          </Body1>
        </div>
      )}
      {selected ? <FunctionDetails fn={selected} index={index} /> : <Caption1>{t("bookSelectHint")}</Caption1>}

      <section aria-labelledby="book-functions" className={shared.stack}>
        <h3 id="book-functions" className={shared.subheading}>
          {t("bookFunctions", { count: book.functions.length })}
        </h3>
        <Input type="search" aria-label={t("bookSearch")} placeholder={t("bookSearch")} value={search} onChange={(_event, data) => setSearch(data.value)} />
        {functions.length === 0 ? (
          <Body1>{t("bookNoMatch")}</Body1>
        ) : (
          <ul className={`${shared.plainList} ${styles.list}`} {...arrows}>
            {functions.map(({ fn, i }) => (
              <li key={i}>
                <Button
                  appearance={selection.functionIndex === i ? "primary" : "subtle"}
                  className={styles.item}
                  aria-pressed={selection.functionIndex === i}
                  onClick={(event) => {
                    const item = event.currentTarget;
                    pane.book.chooseFunction(selection.functionIndex === i ? undefined : i);
                    // The details open above the list: the chosen item stays in view.
                    // (Every browser has scrollIntoView; jsdom, under the unit tests, does not.)
                    requestAnimationFrame(() => item.scrollIntoView?.({ block: "nearest" }));
                  }}
                >
                  <span className={styles.itemText}>
                    <span className={styles.itemTitle}>{fn.title.trim()}</span>
                    <span>
                      {t("bookFunctionLine", {
                        normfunctie: fn.normfunctie.trim(),
                        scale: formatScaleSpan(scaleSpanOf(fn), language),
                        fte: fn.formationFte === null ? t("bookNoFte") : t("bookFte", { fte: fn.formationFte }),
                      })}
                    </span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <details>
        <summary className={shared.subheading}>{t("selfCheckHeading", { count: selfCheck.length })}</summary>
        {selfCheck.length === 0 ? (
          <Body1>{t("selfCheckClean")}</Body1>
        ) : (
          <ul className={`${shared.plainList} ${shared.wrapText}`}>
            {selfCheck.map((finding, i) => (
              <li key={i} className={styles.checkItem}>
                <span>
                  <SeverityBadge severity={finding.severity} /> <span className={styles.itemTitle}>{findingTitle(finding.code)[language]}</span>
                </span>
                <span>{text({ localized: finding.message })}</span>
                {!("sheet" in finding) && <code className={styles.checkPath}>{finding.path}</code>}
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
