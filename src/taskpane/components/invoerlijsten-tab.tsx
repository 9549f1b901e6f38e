/**
 * Invoerlijsten: dropdowns on the Functie, Normfunctie and Schaal columns with the book's values
 * (installed and removed through the port), so errors are prevented while typing.
 */
import { Body1, Button } from "@fluentui/react-components";
import { FIELD_NAMES } from "../../core/formatie/columns";
import { columnLetter } from "../../core/formatie/grid";
import { usePane, usePaneState, useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

export function InvoerlijstenTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t, language } = useText();
  const styles = usePaneStyles();
  const installed = state.entryLists;
  const busy = Boolean(state.busy.entryLists);
  return (
    <div className={styles.stack}>
      <Body1>{t("entryListsIntro")}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || state.sheet === undefined} onClick={() => void pane.entryLists.install()}>
          {t("entryListsInstall")}
        </Button>
        <Button disabled={busy || state.sheet === undefined} onClick={() => void pane.entryLists.remove()}>
          {t("entryListsRemove")}
        </Button>
      </div>
      {installed && (
        <section aria-live="polite" className={styles.stack}>
          <Body1>{t("entryListsInstalled", { sheet: installed.sheet, first: installed.firstRow, last: installed.lastRow })}</Body1>
          <ul className={styles.bulletList}>
            {installed.lists.map((list) => (
              <li key={list.field}>
                {t("entryListLine", { column: columnLetter(list.column), field: FIELD_NAMES[list.field][language], count: list.count })}
              </li>
            ))}
          </ul>
          {installed.skipped.length > 0 && (
            <Body1>{t("entryListsSkipped", { fields: installed.skipped.map((f) => FIELD_NAMES[f][language]).join(", ") })}</Body1>
          )}
        </section>
      )}
    </div>
  );
}
