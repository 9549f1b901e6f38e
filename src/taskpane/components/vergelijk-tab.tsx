/**
 * Vergelijk: the Mutaties between the checked sheet and another formation — another sheet of the
 * workbook, or in file mode a sheet of another file — with which of the two is the old one; the
 * counts (in, uit, gewijzigd), the FTE and the yearly cost then and now, and "Werkbladen Mutaties
 * maken" (the sheets Mutaties medewerkers, functies and clusters, through the port).
 */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { usePane, usePaneState, useText } from "../pane-context";
import type { MessageKey } from "../messages";
import type { VergelijkResult } from "../state/pane-state";
import { FileButton } from "./file-button";
import { usePaneStyles } from "./pane-styles";
import { ProgressLine } from "./progress-line";

export function VergelijkTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t, text } = useText();
  const styles = usePaneStyles();
  const { vergelijk, busy, progress } = state;
  const sheet = state.sheet ?? "";
  const choices = vergelijk.source === "file" ? (vergelijk.otherFile?.sheets ?? []) : state.sheets.filter((s) => s !== state.sheet);
  const other = pane.vergelijk.compareSheet();
  const ready = state.sheet !== undefined && other !== undefined && !busy.compare;

  return (
    <div className={styles.stack}>
      <Body1>{t("vergelijkIntro")}</Body1>
      {pane.vergelijk.canOpenOtherFile && (
        <RadioGroup aria-label={t("vergelijkSource")} value={vergelijk.source} onChange={(_event, data) => pane.vergelijk.setCompareSource(data.value === "file" ? "file" : "workbook")}>
          <Radio value="workbook" label={t("vergelijkSourceWorkbook")} />
          <Radio value="file" label={t("vergelijkSourceFile")} />
        </RadioGroup>
      )}
      {vergelijk.source === "file" && (
        <div className={styles.stack}>
          {vergelijk.otherFile && <Body1 className={styles.wrapText}>{t("vergelijkFileInUse", { file: vergelijk.otherFile.name })}</Body1>}
          <div className={styles.row}>
            <FileButton label={t("vergelijkChooseFile")} disabled={busy.compare === true} onWorkbookFile={(file) => void pane.vergelijk.openCompareFile(file)} />
          </div>
        </div>
      )}
      {choices.length > 0 ? (
        <Field label={t("vergelijkOtherSheet", { sheet })}>
          <Select value={other ?? ""} onChange={(_event, data) => pane.vergelijk.setCompareSheet(data.value)}>
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1>{t(vergelijk.source === "file" ? "vergelijkNoFile" : "vergelijkNoOtherSheet")}</Caption1>
      )}
      {other !== undefined && (
        <RadioGroup aria-label={t("vergelijkDirection")} value={vergelijk.otherIs} onChange={(_event, data) => pane.vergelijk.setCompareDirection(data.value === "new" ? "new" : "old")}>
          <Radio value="old" label={t("vergelijkOtherIsOld", { other, sheet })} />
          <Radio value="new" label={t("vergelijkOtherIsNew", { other, sheet })} />
        </RadioGroup>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!ready} onClick={() => void pane.vergelijk.compare(false)}>
          {t("vergelijkCompare")}
        </Button>
        <Button disabled={!ready} onClick={() => void pane.vergelijk.compare(true)}>
          {t("vergelijkWrite")}
        </Button>
      </div>
      {progress?.operation === "compare" && <ProgressLine progress={progress.progress} />}
      {vergelijk.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text({ localized: vergelijk.problem })}</MessageBarBody>
        </MessageBar>
      )}
      {vergelijk.result && <ResultSummary result={vergelijk.result} />}
      {vergelijk.written && (
        <section aria-labelledby="mutaties-written" className={styles.stack}>
          <h2 id="mutaties-written" className={styles.heading}>
            {t("tablesWritten")}
          </h2>
          <ul className={styles.bulletList}>
            {vergelijk.written.sheets.map((s) => (
              <li key={s.sheet} className={styles.wrapText}>
                {s.renamed ? t("tableRenamed", { sheet: s.sheet, table: s.table }) : t("tableSheet", { sheet: s.sheet })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

const COUNTS: [keyof VergelijkResult["totals"]["employees"], MessageKey, boolean][] = [
  ["in", "vergelijkIn", true],
  ["out", "vergelijkOut", true],
  ["changed", "vergelijkChanged", true],
  ["unchanged", "vergelijkUnchanged", true],
  ["unmatched", "vergelijkUnmatched", false],
  ["unread", "vergelijkUnread", false],
];

/** The counts (in, uit, gewijzigd, …), the FTE and the cost then and now with the budget's warnings, and what the reader must know. */
function ResultSummary({ result }: { result: VergelijkResult }) {
  const { t, text } = useText();
  const styles = usePaneStyles();
  const { totals } = result;
  return (
    <section aria-labelledby="mutaties-result" className={styles.stack}>
      <h2 id="mutaties-result" className={styles.heading}>
        {t("vergelijkResultHeading", { old: result.oldSheet, new: result.newSheet })}
      </h2>
      <dl aria-label={t("vergelijkResultHeading", { old: result.oldSheet, new: result.newSheet })} className={styles.plainList}>
        {COUNTS.filter(([status, , always]) => always || totals.employees[status] > 0).map(([status, label]) => (
          <div key={status} className={styles.row}>
            <dt>{t(label)}</dt>
            <dd style={{ margin: 0 }}>{t("vergelijkCount", { count: totals.employees[status] })}</dd>
          </div>
        ))}
      </dl>
      <Body1>{t("vergelijkVacancies", { in: totals.vacancies.in, out: totals.vacancies.out, changed: totals.vacancies.changed })}</Body1>
      <Body1>{t("vergelijkFilled", { old: totals.filledFte.old, new: totals.filledFte.new, difference: totals.filledFte.difference })}</Body1>
      <Body1>{t("vergelijkFormation", { old: totals.formationFte.old, new: totals.formationFte.new, difference: totals.formationFte.difference })}</Body1>
      <Body1>{t("vergelijkCost", { year: result.year, old: totals.cost.old, new: totals.cost.new, difference: totals.cost.difference })}</Body1>
      {result.warnings.map((warning, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrapText}>{text({ localized: warning })}</MessageBarBody>
        </MessageBar>
      ))}
      {result.notes.map((note, i) => (
        <Caption1 key={i} className={styles.wrapText}>
          {text({ localized: note })}
        </Caption1>
      ))}
    </section>
  );
}
