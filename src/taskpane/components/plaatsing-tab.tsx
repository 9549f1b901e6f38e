/**
 * Plaatsing: settings for the budget (begrotingsjaar, werkgeverslasten and what they apply to,
 * salary basis, own expected raises, salary table), "Genereer tabellen" (placement, budget and
 * overview sheets through the port), which sheets were written (and renamed next to a user's own
 * sheet), then the Overzicht sheet itself, the chart of formatie against bezet per cluster, and the
 * budget's totals per cluster with its warnings.
 */
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { IKB_PERCENT } from "../../core/budget/salary-cost";
import { formatNumber } from "../../core/format";
import { usePane, usePaneState, useText } from "../pane-context";
import { BudgetOverview } from "./budget-overview";
import { ClusterChart } from "./cluster-chart";
import { FileButton } from "./file-button";
import { OverviewPreview } from "./overview-preview";
import { OwnMeasuresField } from "./own-measures-field";
import { usePaneStyles } from "./pane-styles";
import { ProblemList } from "./problem-list";
import { ProgressLine } from "./progress-line";

export function PlaatsingTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t } = useText();
  const styles = usePaneStyles();
  const { plaatsing, busy, progress } = state;
  const table = plaatsing.salaryTable;

  useEffect(() => {
    if (!table) void pane.plaatsing.loadSalaryTable();
  }, [pane, table]);

  const steps = table ? Array.from({ length: Math.max(0, plaatsing.salaryMaxStep + 1) }, (_, i) => i) : [];
  // This year, the year before and five ahead, and a kept year outside them.
  const years = [...new Set([...Array.from({ length: 7 }, (_, i) => plaatsing.currentYear - 1 + i), ...(plaatsing.begrotingsjaar !== undefined ? [plaatsing.begrotingsjaar] : [])])].sort((a, b) => a - b);
  const sourceLabel = plaatsing.salarySource === "bundled" ? t("salaryTableBundled") : plaatsing.salarySource === "sheet" ? t("salaryTableFromSheet") : "";

  return (
    <div className={styles.stack}>
      <Body1>{t("plaatsingIntro")}</Body1>
      <section aria-labelledby="plaatsing-settings" className={styles.stack}>
        <h2 id="plaatsing-settings" className={styles.heading}>
          {t("settingsHeading")}
        </h2>
        <Field label={t("begrotingsjaar")} hint={t("begrotingsjaarHint")}>
          <Select
            value={String(plaatsing.begrotingsjaar ?? plaatsing.currentYear)}
            onChange={(_event, data) => pane.plaatsing.setYear(Number(data.value) === plaatsing.currentYear ? undefined : Number(data.value))}
          >
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year === plaatsing.currentYear ? t("begrotingsjaarCurrent", { year }) : String(year)}
              </option>
            ))}
          </Select>
        </Field>
        <WerkgeverslastenField value={plaatsing.werkgeverslasten} onChange={(value) => pane.plaatsing.setWerkgeverslasten(value)} />
        <Field label={t("chargesBase")}>
          <Select value={plaatsing.chargesBase} onChange={(_event, data) => pane.plaatsing.setChargesBase(data.value === "salary" ? "salary" : "salary-and-ikb")}>
            <option value="salary-and-ikb">{t("chargesOnSalaryAndIkb")}</option>
            <option value="salary">{t("chargesOnSalary")}</option>
          </Select>
        </Field>
        <Field label={t("salaryStep")}>
          <Select
            value={String(plaatsing.salaryStep)}
            onChange={(_event, data) => pane.plaatsing.setSalaryStep(data.value === "max" ? "max" : Number(data.value))}
          >
            <option value="max">{t("salaryStepMax")}</option>
            {steps.map((step) => (
              <option key={step} value={String(step)}>
                {t("salaryStepN", { step })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("salaryTable")}>
          <div className={styles.stack}>
            {table && (
              <Body1 className={styles.wrapText}>
                {t("salaryTableInUse", { name: table.name, validFrom: table.validFrom })} {sourceLabel}
              </Body1>
            )}
            <div className={styles.row}>
              <FileButton
                label={t("salaryTableImport")}
                disabled={busy.salary}
                onFile={(name, text) => void pane.plaatsing.importSalaryTable(name, text)}
                onError={(error) => pane.fileReadFailed(error)}
              />
            </div>
            <Caption1>{t("salaryTableEstimateHint")}</Caption1>
            <Caption1>{t("salaryTableNotSaved")}</Caption1>
          </div>
        </Field>
        {plaatsing.salaryProblems && <ProblemList report={plaatsing.salaryProblems} />}
        <OwnMeasuresField />
      </section>

      <div className={styles.row}>
        <Button appearance="primary" disabled={busy.tables || state.sheet === undefined} onClick={() => void pane.generateTables()}>
          {t("generateTables")}
        </Button>
      </div>
      {progress?.operation === "tables" && <ProgressLine progress={progress.progress} />}
      {plaatsing.unusable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("tablesUnusable")}</MessageBarBody>
        </MessageBar>
      )}
      {plaatsing.written && (
        <section aria-labelledby="tables-written" className={styles.stack}>
          <h2 id="tables-written" className={styles.heading}>
            {t("tablesWritten")}
          </h2>
          <ul className={styles.bulletList}>
            {plaatsing.written.sheets.map((s) => (
              <li key={s.sheet} className={styles.wrapText}>
                {s.renamed ? t("tableRenamed", { sheet: s.sheet, table: s.table }) : t("tableSheet", { sheet: s.sheet })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* The fte first, then the money. The Overzicht holds the fte per cluster and in total; the
          chart under it is its picture, as on the sheet (indicatief and bezet, the numbers beside
          the bars so that it reads without colour). The budget after them gives amounts only: its
          fte are the Overzicht's formatie and bezet, so they are not repeated there
          (budget-overview.tsx). */}
      {plaatsing.overview && <OverviewPreview table={plaatsing.overview} />}
      {plaatsing.clusters && plaatsing.clusters.length > 0 && <ClusterChart bars={plaatsing.clusters} />}
      {plaatsing.budget && <BudgetOverview budget={plaatsing.budget} />}
    </div>
  );
}

/** A percentage typed freely; saved when it is a number from 0 to 100. */
function WerkgeverslastenField({ value, onChange }: { value: number; onChange(value: number): void }) {
  const { t, language } = useText();
  const shown = (n: number) => formatNumber(n, language, 4);
  const [draft, setDraft] = useState(() => shown(value));
  // The value last sent up: a change from elsewhere (the workbook's settings) replaces the draft,
  // the user's own typing ("30," on the way to "30,5") does not.
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setDraft(shown(value));
  }, [value]);
  const valid = percentOf(draft) !== undefined;
  return (
    <Field label={t("werkgeverslasten")} hint={t("werkgeverslastenHint", { ikb: IKB_PERCENT })} validationMessage={valid ? undefined : t("werkgeverslastenInvalid")}>
      <Input
        inputMode="decimal"
        value={draft}
        onChange={(_event, data) => {
          setDraft(data.value);
          const n = percentOf(data.value);
          if (n === undefined) return;
          sent.current = n;
          onChange(n);
        }}
      />
    </Field>
  );
}

/** "30", "30,5" or "30.5" → the number; undefined outside 0–100 or when not a number. */
function percentOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) return undefined;
  const n = Number(trimmed.replace(",", "."));
  return n >= 0 && n <= 100 ? n : undefined;
}
