/**
 * Findings grouped by code, each group headed by its title ("Schaal past niet bij de functie")
 * and count, with the code small underneath for those who look it up. A finding with a cell is a button that selects the cell;
 * a finding with a suggestion has a second button that asks to fill it in. Each group shows its
 * first page of findings; a large result appears in steps (`useRevealed`), so showing it never
 * blocks the pane in one long task.
 */
import { Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createContext, memo, useContext, useId, useState, type ReactNode } from "react";
import type { Finding } from "../../core/findings";
import { formatInteger } from "../../core/format";
import type { Language } from "../../core/localized";
import { FIELD_NAMES } from "../../core/formatie/columns";
import { useText } from "../pane-context";
import type { ColumnChoice } from "../services/check-protocol";
import { suggestionFix } from "../services/suggestion";
import type { FindingGroup } from "../state/findings-view";
import { usePaneStyles } from "./pane-styles";
import { SeverityBadge } from "./severity-badge";
import { RowContext } from "./row-context";
import { useRevealed } from "./use-revealed";

/** Findings shown per group before "show more" (a sheet can have thousands). */
export const FINDINGS_PAGE = 25;

const useStyles = makeStyles({
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
    // A group out of view is not styled, laid out or painted until it scrolls into view: a long
    // list then costs the browser only what is on screen (Chromium, Edge WebView2, Safari 18).
    // It also clips painting to the group, so the sides leave room for the focus outlines.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 160px",
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  groupHeading: { margin: 0, fontSize: "inherit" },
  groupHeader: {
    width: "100%",
    justifyContent: "flex-start",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
  },
  // The code is for those who filter or look it up (the Controle sheet has it in a column): small and quiet.
  groupCode: {
    display: "block",
    // In line with the findings' text below it.
    paddingLeft: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground3,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
  },
  // Fluent's transparent button, on a native <button> (see FindingItem).
  findingButton: {
    // Fluent's focus outline is an absolutely placed ::after: it needs the button as its box.
    position: "relative",
    maxWidth: "100%",
    minWidth: 0,
    minHeight: "24px",
    margin: 0,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
    ":hover": { color: tokens.colorNeutralForeground2BrandHover },
    ":hover:active": { color: tokens.colorNeutralForeground2BrandPressed },
    ...createFocusOutlineStyle(),
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

/** Memoised: the pane's other state (progress, busy flags) does not render the findings again. */
export const FindingsList = memo(function FindingsList({ groups, header, onSelect, onApply, applyDisabled }: FindingsListProps) {
  const styles = usePaneStyles();
  // Each group's header and first page, in order; `revealed` of these are rendered so far.
  const firstPages = groups.map((group) => Math.min(FINDINGS_PAGE, group.findings.length));
  const total = firstPages.reduce((sum, n) => sum + 1 + n, 0);
  const revealed = useRevealed(total);
  const complete = revealed >= total;
  let before = 0;
  const shown: React.JSX.Element[] = [];
  for (const [i, group] of groups.entries()) {
    if (!complete && revealed <= before) break;
    shown.push(
      <FindingGroupView
        key={group.code}
        group={group}
        limit={complete ? Infinity : revealed - before - 1}
        header={header}
        onSelect={onSelect}
        onApply={onApply}
      />,
    );
    before += 1 + (firstPages[i] ?? 0);
  }
  return (
    <ApplyDisabled.Provider value={applyDisabled}>
      <div className={styles.stack} aria-busy={!complete}>
        {shown}
      </div>
    </ApplyDisabled.Provider>
  );
});

/**
 * Whether "fill in" is disabled (a check or an edit is under way). Through context, so that only
 * the "fill in" buttons render again when it changes, not every finding.
 */
const ApplyDisabled = createContext(false);

type FindingGroupProps = { group: FindingGroup; limit: number } & Omit<FindingsListProps, "groups" | "applyDisabled">;

function FindingGroupView({ group, limit, header, onSelect, onApply }: FindingGroupProps) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const listId = `findings-${group.code.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <section className={styles.group}>
      <h3 className={styles.groupHeading}>
        <Button
          appearance="subtle"
          className={styles.groupHeader}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <SeverityBadge severity={group.severity} />
          <span>{t("groupTitle", { title: group.title[language], count: group.findings.length })}</span>
        </Button>
      </h3>
      {group.showCode !== false && (
        <span className={styles.groupCode} title={t("groupCode", { code: group.code })}>
          {group.code}
        </span>
      )}
      {open && (
        <ul id={listId} className={shared.plainList}>
          {group.findings.slice(0, Math.min(shown, limit)).map((finding, i) => (
            <FindingItem
              key={`${finding.cell ?? finding.row ?? ""}-${i}`}
              finding={finding}
              header={header}
              onSelect={onSelect}
              onApply={onApply}
            />
          ))}
          {group.findings.length > shown && limit >= shown && (
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

type FindingItemProps = { finding: Finding } & Omit<FindingsListProps, "groups" | "applyDisabled">;

/**
 * One finding. The "go to the cell" control is a plain <button> styled like Fluent's transparent
 * button: hundreds of them are shown at once, and a Fluent Button costs about ten times as much
 * to render (hooks, focus management, layout effects). The rarer "fill in" button stays Fluent.
 */
const FindingItem = memo(function FindingItem({ finding, header, onSelect, onApply }: FindingItemProps) {
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const [context, setContext] = useState(false);
  const fix = suggestionFix(finding, header);
  const message = finding.message[language];
  const where = finding.cell ?? (finding.row !== undefined ? t("findingRowAt", { row: finding.row }) : "");
  const contextId = useId();
  return (
    <li className={styles.finding}>
      {finding.cell !== undefined ? (
        // The name is the visible text ("D11 Schaal 10 past niet …", WCAG 2.5.3); what a click
        // does is its description.
        <button
          type="button"
          className={styles.findingButton}
          aria-description={t("findingSelectHint")}
          aria-expanded={finding.row !== undefined ? context : undefined}
          aria-controls={context ? contextId : undefined}
          onClick={() => {
            onSelect(finding);
            setContext(true);
          }}
        >
          <span className={styles.cell}>{finding.cell}</span> {message}
        </button>
      ) : (
        <span className={shared.wrapText}>
          {where !== "" && <span className={styles.cell}>{where}</span>}
          {message}
        </span>
      )}
      {context && finding.row !== undefined && <RowContext id={contextId} finding={finding} onClose={() => setContext(false)} />}
      {finding.rows && finding.rows.length > 1 && (
        <span className={mergeClasses(shared.muted, shared.wrapText)}>{t("findingRows", { rows: rowList(finding.rows, language) })}</span>
      )}
      {fix && (
        <ApplyButton onClick={() => onApply(finding)}>
          {fix.field
            ? t("applySuggestion", { field: FIELD_NAMES[fix.field][language], value: fix.value })
            : t("applySuggestionValue", { value: fix.value })}
        </ApplyButton>
      )}
      {finding.suggestions && finding.suggestions.length > 1 && (
        <span className={mergeClasses(shared.muted, shared.wrapText)}>
          {t("findingAlternatives", { values: finding.suggestions.filter((s) => s !== finding.suggestion).join(", ") })}
        </span>
      )}
    </li>
  );
});

function ApplyButton({ onClick, children }: { onClick(): void; children: ReactNode }) {
  const disabled = useContext(ApplyDisabled);
  return (
    <Button size="small" disabled={disabled} onClick={onClick}>
      {children}
    </Button>
  );
}

/** How many row numbers an aggregate finding shows; 50,000 rows of one function would swamp the pane. */
export const MAX_ROWS_SHOWN = 12;

/** "5, 6, 9 … (+49.988)": the first rows of an aggregate finding (row numbers as they are) and how many more. */
export function rowList(rows: readonly number[], language: Language): string {
  if (rows.length <= MAX_ROWS_SHOWN) return rows.join(", ");
  return `${rows.slice(0, MAX_ROWS_SHOWN).join(", ")} … (+${formatInteger(rows.length - MAX_ROWS_SHOWN, language)})`;
}
