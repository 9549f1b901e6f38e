/**
 * The formation budget of the last "Genereer tabellen": its warnings first (a raming, amounts out
 * of date, an unreliable estimate — the same words as the sheet and the CLI), then begroot,
 * kosten bezetting and verschil (ruimte) with the FTE behind them, overall and per cluster.
 * Numbers come written by core/format through the messages; nothing is formatted here.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useText } from "../pane-context";
import type { BudgetLine, BudgetSummary } from "../services/check-protocol";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  totals: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  name: { overflowWrap: "anywhere", textAlign: "left", fontWeight: tokens.fontWeightRegular },
  left: { textAlign: "left" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export function BudgetOverview({ budget }: { budget: BudgetSummary }) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const { totals } = budget;
  const name = (line: BudgetLine) => (line.name === null ? t("budgetNoRow") : line.name || t("chartNoCluster"));
  return (
    <section aria-labelledby="budget-heading" className={shared.stack}>
      <h2 id="budget-heading" className={shared.heading}>
        {t("budgetHeading", { year: budget.year })}
      </h2>
      {budget.warnings.map((warning, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody className={shared.wrapText}>{warning[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <dl className={styles.totals}>
        <dt className={styles.term}>{t("budgetBudgeted")}</dt>
        <dd className={styles.value}>{t("budgetWithFte", { amount: totals.budgeted, fte: totals.formationFte })}</dd>
        <dt className={styles.term}>{t("budgetFilled")}</dt>
        <dd className={styles.value}>{t("budgetWithFte", { amount: totals.filledCost, fte: totals.filledFte })}</dd>
        <dt className={styles.term}>{t("budgetRoom")}</dt>
        <dd className={styles.value}>{t("budgetAmount", { amount: totals.difference })}</dd>
      </dl>
      {budget.clusters.length > 0 && (
        <table className={styles.table}>
          <caption className={`${shared.subheading} ${styles.left}`}>
            {t("budgetPerCluster")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${styles.cell} ${styles.left}`}>
                {t("budgetCluster")}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t("budgetBudgeted")}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t("budgetFilled")}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t("budgetRoom")}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.clusters.map((line, i) => (
              <tr key={i}>
                <th scope="row" className={`${styles.cell} ${styles.name}`}>
                  {name(line)}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.budgeted })}</td>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.filledCost })}</td>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.difference })}</td>
              </tr>
            ))}
            <tr className={styles.total}>
              <th scope="row" className={`${styles.cell} ${styles.left}`}>
                {t("budgetTotal")}
              </th>
              <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: totals.budgeted })}</td>
              <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: totals.filledCost })}</td>
              <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: totals.difference })}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
