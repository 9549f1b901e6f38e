/** The Controle tab's summary: counts per severity, positions, and FTE in the sheet against the book's formation. */
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationSummary } from "../../core/rules/engine";
import { useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  count: { display: "flex", gap: tokens.spacingHorizontalXS },
  term: { margin: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export function CheckSummary({ summary }: { summary: ValidationSummary }) {
  const { t } = useText();
  const styles = usePaneStyles();
  return (
    <section aria-labelledby="summary-heading" className={styles.stack}>
      <h2 id="summary-heading" className={styles.heading}>
        {t("summaryHeading")}
      </h2>
      <dl className={styles.row} aria-label={t("summaryHeading")}>
        <SummaryCount label={t("summaryErrors")} value={t("summaryCount", { count: summary.errors })} />
        <SummaryCount label={t("summaryWarnings")} value={t("summaryCount", { count: summary.warnings })} />
        <SummaryCount label={t("summaryInfos")} value={t("summaryCount", { count: summary.infos })} />
      </dl>
      <Body1>{t("summaryRows", { positions: summary.positions, rows: summary.rows })}</Body1>
      <Body1>{t("summaryFte", { fte: summary.fteTotal })}</Body1>
      {summary.formationTotal === null ? (
        <Caption1>{t("summaryNoFormation")}</Caption1>
      ) : (
        <>
          <Body1>{t("summaryFormation", { fte: summary.formationTotal })}</Body1>
          <Body1>{t("summaryFteDifference", { fte: summary.fteTotal - summary.formationTotal })}</Body1>
        </>
      )}
    </section>
  );
}

function SummaryCount({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.count}>
      <dt className={styles.term}>{label}:</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );
}
