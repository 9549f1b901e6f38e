/**
 * The formation budget of the last "Genereer tabellen": its warnings first (a raming, amounts out
 * of date, an unreliable estimate — the same words as the sheet and the CLI), then begroot,
 * kosten bezetting and verschil (ruimte), overall and per cluster. The FTE behind the amounts are
 * not repeated here: the Overzicht just above gives them, per cluster and in its total row
 * (formatie is what begroot pays for, bezet what the kosten bezetting are of), so each number is
 * shown once. Numbers come written by core/format through the messages; nothing is formatted here.
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
  nameCell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} 0` },
  name: { overflowWrap: "anywhere", textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  left: { textAlign: "left" },
  total: { fontWeight: tokens.fontWeightBold },
});

export function BudgetOverview({ budget }: { budget: BudgetSummary }) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const { totals } = budget;
  const name = (line: BudgetLine) => (line.name === null ? t("budgetNoRow", { sheet: budget.sheet }) : line.name || t("chartNoCluster"));
  const totalsLine = { budgeted: totals.budgeted, filledCost: totals.filledCost, difference: totals.difference };
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
        <dd className={styles.value}>{t("budgetAmount", { amount: totals.budgeted })}</dd>
        <dt className={styles.term}>{t("budgetFilled")}</dt>
        <dd className={styles.value}>{t("budgetAmount", { amount: totals.filledCost })}</dd>
        <dt className={styles.term}>{t("budgetRoom")}</dt>
        <dd className={styles.value}>{t("budgetAmount", { amount: totals.difference })}</dd>
      </dl>
      {budget.clusters.length > 0 && (
        // 350 pixels hold three amounts side by side, not a name as well: each cluster is a row
        // group, its name on a line of its own above its amounts.
        <table className={styles.table}>
          <caption className={`${shared.subheading} ${styles.left}`}>{t("budgetPerCluster")}</caption>
          <thead>
            <tr>
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
          {[...budget.clusters.map((line) => ({ name: name(line), line, total: false })), { name: t("budgetTotal"), line: totalsLine, total: true }].map(({ name: title, line, total }, i) => (
            <tbody key={i} className={total ? styles.total : undefined}>
              <tr>
                <th scope="rowgroup" colSpan={3} className={`${styles.nameCell} ${styles.name}`}>
                  {title}
                </th>
              </tr>
              <tr>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.budgeted })}</td>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.filledCost })}</td>
                <td className={`${styles.cell} ${styles.number}`}>{t("budgetAmount", { amount: line.difference })}</td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
