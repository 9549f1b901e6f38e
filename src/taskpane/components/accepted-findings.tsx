/** The accepted findings of the check, with their reasons; each acceptance can be withdrawn. */
import { Button } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { usePane, useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

export function AcceptedFindings({ findings }: { findings: readonly Finding[] }) {
  const pane = usePane();
  const { t, language } = useText();
  const styles = usePaneStyles();
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="accepted-heading" className={styles.stack}>
      <h3 id="accepted-heading" className={styles.subheading}>
        {t("acceptedHeading", { count: findings.length })}
      </h3>
      <ul className={styles.plainList}>
        {findings.map((finding, i) => {
          const where = finding.cell ?? String(finding.row ?? "");
          return (
            <li key={`${where}-${finding.code}-${i}`} className={styles.row}>
              <span className={styles.wrapText}>{t("acceptedItem", { cell: where, message: finding.message[language], reason: finding.accepted?.reason ?? "" })}</span>
              <Button size="small" aria-label={t("acceptWithdrawLabel", { cell: where })} onClick={() => void pane.findings.withdrawAcceptance(finding)}>
                {t("acceptWithdraw")}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
