/**
 * File mode's bar under the pane's header: which file is open, "Download gecontroleerd bestand",
 * "Ander bestand", and the cell last chosen in the findings list (a file has no sheet on
 * screen to select it in). The download always carries the latest check: when the sheet was not
 * checked yet it is checked first, and the findings are marked before the copy is written.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatCellValue } from "../../core/format";
import type { FileSelection, FileWorkbook } from "../../xlsx/file-workbook";
import type { UiText } from "../i18n";
import { message } from "../i18n";
import { usePane, useText } from "../pane-context";
import { usePaneStyles } from "../components/pane-styles";
import { describeError } from "../services/port-errors";
import type { SaveBytes } from "./save-bytes";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

export interface FileBarProps {
  file: Pick<FileWorkbook, "fileName" | "selection" | "onSelect" | "toBytes" | "checkedFileName" | "notices">;
  save: SaveBytes;
  onOther(): void;
}

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
      save(name, await file.toBytes());
      setResult({ intent: "success", text: message("fileDownloaded", { file: name }) });
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
        <Button size="small" disabled={working} onClick={onOther}>
          {t("fileOther")}
        </Button>
        {working && <Spinner size="extra-tiny" />}
      </div>
      <Caption1 className={mergeClasses(styles.muted, styles.wrapText)}>{t("fileDownloadHint")}</Caption1>
      {result && (
        <div role={result.intent === "error" ? "alert" : "status"}>
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
