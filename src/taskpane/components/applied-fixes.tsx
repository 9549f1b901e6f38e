/**
 * The session's applied suggestions, newest first, each with "Ongedaan maken": Excel clears its own
 * undo list when an add-in writes, so this is where a fix is taken back (value and formula as
 * they were). A fix already undone stays listed, without a button.
 */
import { Button, Caption1 } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatCellValue } from "../../core/format";
import { usePane, usePaneSelector, useText, type TextFunctions } from "../pane-context";
import type { AppliedFix, PaneState } from "../state/pane-state";
import { usePaneStyles } from "./pane-styles";

const selectFixes = (state: PaneState) => state.fixes;
const selectApplying = (state: PaneState) => state.busy.apply === true;

/** What a cell held before a fix, in words: "10", "formule =C11/36", "leeg". */
export function beforeText(fix: AppliedFix, { t, language }: Pick<TextFunctions, "t" | "language">): string {
  if (fix.before.formula !== undefined) return t("formulaValue", { formula: fix.before.formula });
  const text = formatCellValue(fix.before.value, language);
  return text === "" ? t("emptyValue") : text;
}

export interface AppliedFixesProps {
  /** Move focus to the newest fix's button when it appears (the dialog that applied it closed). */
  focusNewest: boolean;
  onFocused(): void;
}

export function AppliedFixes({ focusNewest, onFocused }: AppliedFixesProps) {
  const pane = usePane();
  const fixes = usePaneSelector(selectFixes);
  const applying = usePaneSelector(selectApplying);
  const text = useText();
  const { t } = text;
  const styles = usePaneStyles();
  const newest = useRef<HTMLButtonElement>(null);
  const newestId = fixes[0]?.id;

  // Once the fix is written and its row checked again (the button is enabled), it gets focus.
  useEffect(() => {
    if (!focusNewest || applying || newestId === undefined || !newest.current) return;
    newest.current.focus();
    onFocused();
  }, [focusNewest, applying, newestId, onFocused]);

  if (fixes.length === 0) return null;
  return (
    <section aria-labelledby="fixes-heading" className={styles.stack}>
      <h2 id="fixes-heading" className={styles.heading}>
        {t("fixesHeading")}
      </h2>
      <Caption1 className={styles.muted}>{t("fixesIntro")}</Caption1>
      <ul className={styles.plainList}>
        {fixes.map((fix, i) => {
          const before = beforeText(fix, text);
          return (
            <li key={fix.id} className={styles.row}>
              <span className={styles.wrapText}>
                {fix.undone ? t("fixUndoneItem", { cell: fix.cell, before }) : t("fixItem", { cell: fix.cell, value: fix.value, before })}
              </span>
              {!fix.undone && (
                <Button
                  size="small"
                  ref={i === 0 ? newest : undefined}
                  disabled={applying}
                  aria-label={t("undoCell", { cell: fix.cell, value: before })}
                  onClick={() => void pane.findings.undoFix(fix.id)}
                >
                  {t("undo")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
