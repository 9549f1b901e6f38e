/**
 * The Overzicht sheet of the last "Genereer tabellen", as its reader wants it in the pane: the
 * sheet's title, what it is made from (functieboek, sheet, date) and its note, then its rows —
 * formatie, bezet, vacant and boven formatie per cluster — and the total row in bold. The table
 * is the core's (`core/plaatsing/overview-table.ts`): the same headings, rows and totals as the
 * sheet, each number written by `formatTableCell` (core/format), nothing formatted here.
 *
 * 350 pixels hold five numbers side by side, not a cluster's name as well: below 700 pixels each
 * row is a row group with its name on a line of its own above its numbers (as the budget's table
 * per cluster); from 700 pixels each row is one line, its name in the first column. The table
 * scrolls inside its own labelled, focusable region should it still be wider than the pane
 * (a formation of thousands of fte, a large text size).
 *
 * The sheet's footnotes (the findings counted per kind, each with its rule id to look up on the
 * Controle sheet) are left out: the Controle tab lists the same findings under their titles.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { DataTable, TableCell, TableColumn } from "../../core/plaatsing/data-table";
import { formatTableCell } from "../../core/plaatsing/table-text";
import { useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";
import { useWidePane } from "./use-wide-pane";

const useStyles = makeStyles({
  source: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  scroller: {
    maxWidth: "100%",
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", paddingBottom: tokens.spacingVerticalXS },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  header: { verticalAlign: "bottom", fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  numberHeader: { textAlign: "right" },
  nameCell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} 0` },
  name: { overflowWrap: "anywhere", textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightBold },
  totalFirst: { borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
});

export function OverviewPreview({ table }: { table: DataTable }) {
  const { language, t } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  const wide = useWidePane();
  const headingId = useId();
  const captionId = useId();
  const nl = language === "nl";
  const [nameColumn, ...numberColumns] = table.columns;
  if (!nameColumn) return null;
  const label = (column: TableColumn) => (nl ? column.label : column.labelEn);
  const lines = [...table.rows.map((cells) => ({ cells, total: false })), ...(table.totals ? [{ cells: table.totals, total: true }] : [])];
  const name = (cells: readonly TableCell[]) => formatTableCell(cells[0] ?? null, nameColumn, language);
  const numbers = (cells: readonly TableCell[], total: boolean) =>
    numberColumns.map((column, j) => (
      <td key={column.key} className={`${styles.cell} ${styles.number} ${total ? styles.totalFirst : ""}`}>
        {formatTableCell(cells[j + 1] ?? null, column, language)}
      </td>
    ));
  const numberHeaders = numberColumns.map((column) => (
    <th key={column.key} scope="col" className={`${styles.cell} ${styles.header} ${styles.numberHeader}`}>
      {label(column)}
    </th>
  ));

  return (
    <section aria-labelledby={headingId} className={shared.stack}>
      <h2 id={headingId} className={shared.heading}>
        {nl ? table.title : table.titleEn}
      </h2>
      <div>
        {(table.about ?? []).map((line, i) => (
          <p key={i} className={styles.source}>
            {line[language]}
          </p>
        ))}
      </div>
      {(table.notes ?? []).map((note, i) => (
        <p key={i} className={styles.note}>
          {note[language]}
        </p>
      ))}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.scroller}>
        <table className={styles.table}>
          <caption id={captionId} className={`${shared.subheading} ${styles.caption}`}>
            {t("overviewPerCluster")}
          </caption>
          <thead>
            <tr>
              {wide && (
                <th scope="col" className={`${styles.cell} ${styles.header} ${styles.name}`}>
                  {label(nameColumn)}
                </th>
              )}
              {numberHeaders}
            </tr>
          </thead>
          {wide ? (
            <tbody>
              {lines.map(({ cells, total }, i) => (
                <tr key={i} className={total ? styles.total : undefined}>
                  <th scope="row" className={`${styles.cell} ${styles.name} ${total ? styles.totalFirst : ""}`}>
                    {name(cells)}
                  </th>
                  {numbers(cells, total)}
                </tr>
              ))}
            </tbody>
          ) : (
            lines.map(({ cells, total }, i) => (
              <tbody key={i} className={total ? styles.total : undefined}>
                <tr>
                  <th scope="rowgroup" colSpan={numberColumns.length} className={`${styles.nameCell} ${styles.name} ${total ? styles.totalFirst : ""}`}>
                    {name(cells)}
                  </th>
                </tr>
                <tr>{numbers(cells, false)}</tr>
              </tbody>
            ))
          )}
        </table>
      </div>
    </section>
  );
}
