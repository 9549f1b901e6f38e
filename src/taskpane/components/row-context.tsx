/**
 * The row of a clicked finding, shown right under it: medewerker, functie, normfunctie, schaal,
 * fte and cluster as the sheet has them, "Alles over {medewerker}" to see every finding of
 * that person, and "Accepteren met reden". The values come from the pane's last read of the sheet.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { createContext, useContext } from "react";
import type { Finding } from "../../core/findings";
import { formatCellValue } from "../../core/format";
import { FIELD_NAMES } from "../../core/formatie/columns";
import { cellText } from "../../core/formatie/grid";
import { usePane, useText } from "../pane-context";

const useStyles = makeStyles({
  box: {
    boxSizing: "border-box",
    maxWidth: "100%",
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { margin: 0, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  actions: { gridColumn: "1 / -1", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What a row's context can lead to: the per-medewerker view ("Alles over …"), accepting the finding. */
export interface RowActions {
  allAbout(employee: string): void;
  accept(finding: Finding): void;
}

export const RowActionsContext = createContext<RowActions | undefined>(undefined);

export function RowContext({ id, finding, onClose }: { id: string; finding: Finding; onClose(): void }) {
  const pane = usePane();
  const { t, language } = useText();
  const styles = useStyles();
  const actions = useContext(RowActionsContext);
  const facts = finding.row !== undefined ? pane.rowFacts(finding.sheet, finding.row) : undefined;
  if (!facts) return null;
  const employee = cellText(facts.find((f) => f.field === "employee")?.value ?? null).trim();
  return (
    <dl id={id} className={styles.box} aria-label={t("rowContextLabel", { row: finding.row ?? 0 })}>
      {facts.map(({ field, value }) => (
        <div key={field} style={{ display: "contents" }}>
          <dt className={styles.term}>{FIELD_NAMES[field][language]}</dt>
          <dd className={styles.value}>{formatCellValue(value, language) || t("emptyValue")}</dd>
        </div>
      ))}
      <div className={styles.actions}>
        {employee !== "" && actions && (
          <Button size="small" appearance="secondary" onClick={() => actions.allAbout(employee)}>
            {t("allAbout", { name: employee })}
          </Button>
        )}
        {actions && (
          <Button size="small" appearance="secondary" onClick={() => actions.accept(finding)}>
            {t("accept")}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t("rowContextClose")}
        </Button>
      </div>
    </dl>
  );
}
