/**
 * File mode's bar under the pane's header: which file is open, "Download gecontroleerd bestand",
 * "Ander bestand", and the cell last chosen in the findings list (a file has no sheet on
 * screen to select it in). The download always carries the latest check: when the sheet was not
 * checked yet it is checked first, and the findings are marked before the copy is written.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatCellValue } from "../../core/format";
import type { FileSelection, FileWorkbook } from "../../xlsx/file-workbook";
import type { UiText } from "../i18n";
import { message } from "../i18n";
import { usePane, usePaneSelector, useText } from "../pane-context";
import type { PaneState } from "../state/pane-state";
import { LeaveDialog } from "./leave-dialog";
import { usePaneStyles } from "../components/pane-styles";
import { describeError } from "../services/port-errors";
import { yieldToUi } from "../services/yield-to-ui";
import type { SaveBytes } from "./save-bytes";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export interface FileBarProps {
  file: Pick<FileWorkbook, "fileName" | "selection" | "onSelect" | "toBytes" | "markSaved" | "checkedFileName" | "notices">;
  save: SaveBytes;
  onOther(): void;
}

const selectUnsaved = (state: PaneState) => state.unsaved;

export function FileBar({ file, save, onOther }: FileBarProps) {
  const pane = usePane();
  const { t, text, language } = useText();
  const styles = usePaneStyles();
  const bar = useStyles();
  const [selection, setSelection] = useState<FileSelection | undefined>(file.selection);
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<{ intent: "success" | "error"; text: UiText }>();
  /** What the user should know about the copy: notes left out on a sheet with its own, a converted format. */
  const [notices, setNotices] = useState<UiText[]>([]);
  const unsaved = usePaneSelector(selectUnsaved);
  const [leaving, setLeaving] = useState(false);
  const otherButton = useRef<HTMLButtonElement>(null);

  // Closing the tab or reloading while the copy has fixes or tables not downloaded: the browser
  // asks (it shows its own text; `preventDefault` is what asks for it in current browsers).
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unsaved]);

  const other = () => {
    if (unsaved) setLeaving(true);
    else onOther();
  };

  useEffect(() => {
    const stop = file.onSelect(setSelection);
    return () => {
      stop();
    };
  }, [file]);

  const download = async () => {
    setWorking(true);
    setResult(undefined);
    try {
      let state = pane.store.getState();
      if (state.sheet !== undefined && state.outcome?.sheet !== state.sheet) {
        await pane.validate();
        state = pane.store.getState();
        // The check failed: the pane says why; no unchecked copy is offered as checked.
        if (state.outcome?.sheet !== state.sheet) return;
      }
      if (state.outcome && state.outcome.findings.length > 0) await pane.markFindings();
      const name = file.checkedFileName();
      const bytes = await file.toBytes();
      // Saving (a copy of the bytes into a Blob) and then showing that it was saved (a toast that
      // measures itself for its motion, a forced layout) each get a task of their own: together with
      // the reply's arrival they ran past 50 ms on a 20,000-row copy (npm run bench, part 9).
      await yieldToUi();
      save(name, bytes);
      await yieldToUi();
      file.markSaved();
      pane.syncUnsaved();
      pane.notify(message("fileDownloaded", { file: name }));
      const seen = new Set<string>();
      setNotices(file.notices.filter((n) => !seen.has(n.en) && seen.add(n.en)).map((localized) => ({ localized })));
    } catch (error) {
      setResult({ intent: "error", text: describeError(error) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-label={t("fileInUse", { file: file.fileName })} className={bar.bar}>
      <Caption1 className={styles.wrapText}>{t("fileInUse", { file: file.fileName })}</Caption1>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={working} onClick={() => void download()}>
          {t("fileDownload")}
        </Button>
        <Button size="small" ref={otherButton} disabled={working} onClick={other}>
          {t("fileOther")}
        </Button>
        {working && <Spinner size="extra-tiny" />}
      </div>
      <Caption1 className={mergeClasses(styles.muted, styles.wrapText)}>{t("fileDownloadHint")}</Caption1>
      {unsaved && <Caption1 className={styles.wrapText}>{t("unsavedHint")}</Caption1>}
      {leaving && (
        <LeaveDialog
          fileName={file.fileName}
          onLeave={() => {
            setLeaving(false);
            onOther();
          }}
          onCancel={() => {
            setLeaving(false);
            requestAnimationFrame(() => otherButton.current?.focus());
          }}
        />
      )}
      {result && (
        <div role="alert">
          <MessageBar intent={result.intent} layout="multiline">
            <MessageBarBody>{text(result.text)}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {notices.map((notice, i) => (
        <div key={i} role="status">
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text(notice)}</MessageBarBody>
          </MessageBar>
        </div>
      ))}
      {selection && (
        <Body1 role="status" aria-live="polite" className={styles.wrapText}>
          {t("fileSelection", { cell: selection.address, sheet: selection.sheet, value: formatCellValue(selection.value, language) || t("emptyValue") })}
        </Body1>
      )}
    </section>
  );
}
