/**
 * Findings grouped by code, with counts. A finding with a cell is a button that selects the cell;
 * a finding with a suggestion has a second button that asks to fill it in.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import { FIELD_NAMES } from "../../core/formatie/columns";
import { useText } from "../pane-context";
import type { ColumnChoice } from "../services/check-protocol";
import { suggestionFix } from "../services/suggestion";
import type { FindingGroup } from "../state/findings-view";
import { usePaneStyles } from "./pane-styles";
import { SeverityBadge } from "./severity-badge";

/** Findings shown per group before "show more" (a sheet can have thousands). */
export const FINDINGS_PAGE = 25;

const useStyles = makeStyles({
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  groupHeader: {
    width: "100%",
    justifyContent: "flex-start",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
  },
  findingButton: {
    maxWidth: "100%",
    minWidth: 0,
    height: "auto",
    minHeight: "24px",
    textAlign: "left",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
  },
});

export interface FindingsListProps {
  groups: FindingGroup[];
  header: ColumnChoice | undefined;
  onSelect(finding: Finding): void;
  onApply(finding: Finding): void;
  applyDisabled: boolean;
}

export function FindingsList({ groups, header, onSelect, onApply, applyDisabled }: FindingsListProps) {
  const styles = usePaneStyles();
  return (
    <div className={styles.stack}>
      {groups.map((group) => (
        <FindingGroupView key={group.code} group={group} header={header} onSelect={onSelect} onApply={onApply} applyDisabled={applyDisabled} />
      ))}
    </div>
  );
}

function FindingGroupView({ group, header, onSelect, onApply, applyDisabled }: { group: FindingGroup } & Omit<FindingsListProps, "groups">) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const listId = `findings-${group.code.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <section className={styles.group}>
      <Button
        appearance="subtle"
        className={styles.groupHeader}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <SeverityBadge severity={group.severity} />
        <span>{t("groupToggle", { code: group.code, count: group.findings.length })}</span>
      </Button>
      {open && (
        <ul id={listId} className={shared.plainList}>
          {group.findings.slice(0, shown).map((finding, i) => {
            const fix = suggestionFix(finding, header);
            const where = finding.cell ?? (finding.row !== undefined ? t("findingRowAt", { row: finding.row }) : "");
            return (
              <li key={`${finding.cell ?? finding.row ?? ""}-${i}`} className={styles.finding}>
                {finding.cell !== undefined ? (
                  <Button
                    appearance="transparent"
                    className={styles.findingButton}
                    aria-label={t("findingSelect", { cell: finding.cell, message: finding.message[language] })}
                    onClick={() => onSelect(finding)}
                  >
                    <span>
                      <span className={styles.cell}>{finding.cell}</span>
                      {finding.message[language]}
                    </span>
                  </Button>
                ) : (
                  <span className={shared.wrapText}>
                    {where !== "" && <span className={styles.cell}>{where}</span>}
                    {finding.message[language]}
                  </span>
                )}
                {finding.rows && finding.rows.length > 1 && (
                  <span className={mergeClasses(shared.muted, shared.wrapText)}>{t("findingRows", { rows: rowList(finding.rows) })}</span>
                )}
                {fix && (
                  <Button size="small" disabled={applyDisabled} onClick={() => onApply(finding)}>
                    {fix.field
                      ? t("applySuggestion", { field: FIELD_NAMES[fix.field][language], value: String(finding.suggestion) })
                      : t("applySuggestionValue", { value: String(finding.suggestion) })}
                  </Button>
                )}
                {finding.suggestions && finding.suggestions.length > 1 && (
                  <span className={`${shared.muted} ${shared.wrapText}`}>
                    {t("findingAlternatives", { values: finding.suggestions.filter((s) => s !== finding.suggestion).join(", ") })}
                  </span>
                )}
              </li>
            );
          })}
          {group.findings.length > shown && (
            <li>
              <Button appearance="subtle" size="small" onClick={() => setShown(shown + FINDINGS_PAGE)}>
                {t("showMore", { count: Math.min(FINDINGS_PAGE, group.findings.length - shown) })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** How many row numbers an aggregate finding shows; 50,000 rows of one function would swamp the pane. */
export const MAX_ROWS_SHOWN = 12;

/** "5, 6, 9 … (+49,988)": the first rows of an aggregate finding and how many more. */
export function rowList(rows: readonly number[]): string {
  if (rows.length <= MAX_ROWS_SHOWN) return rows.join(", ");
  return `${rows.slice(0, MAX_ROWS_SHOWN).join(", ")} … (+${rows.length - MAX_ROWS_SHOWN})`;
}
