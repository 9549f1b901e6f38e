/**
 * The user's own expected raises (uitgangspunten of the begroting): the list kept in the workbook,
 * each with a remove button, and a date and an amount to add one ("1-1-2028", "3 %" or "€ 50").
 * The core reads what is typed; a text it cannot read stays in the field with the reason.
 */
import { Button, Caption1, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Localized } from "../../core/localized";
import { usePane, usePaneSelector, useText } from "../pane-context";
import type { PaneState } from "../state/pane-state";
import { usePaneStyles } from "./pane-styles";

const selectOwnMeasures = (state: PaneState) => state.plaatsing.ownMeasures;

export function OwnMeasuresField() {
  const pane = usePane();
  const measures = usePaneSelector(selectOwnMeasures);
  const { t, language } = useText();
  const styles = usePaneStyles();
  const [date, setDate] = useState("");
  const [amount, setAmount] = useState("");
  const [problem, setProblem] = useState<Localized | undefined>(undefined);

  const add = async () => {
    const refused = await pane.plaatsing.addOwnMeasure(date, amount);
    setProblem(refused);
    if (refused) return;
    setDate("");
    setAmount("");
  };

  return (
    <fieldset className={`${styles.bareFieldset} ${styles.stack}`} aria-labelledby="own-measures-legend">
      <legend id="own-measures-legend" className={styles.subheading}>
        {t("ownMeasures")}
      </legend>
      <Caption1>{t("ownMeasuresHint")}</Caption1>
      {measures.length > 0 && (
        <ul className={styles.plainList} aria-labelledby="own-measures-legend">
          {measures.map((m, i) => {
            const label = m.type === "fixed" ? t("ownMeasureFixed", { date: m.date, value: m.value }) : m.type === "pct" ? t("ownMeasurePct", { date: m.date, value: m.value }) : m.date;
            return (
              <li key={`${m.date}-${i}`} className={styles.row}>
                <span>{label}</span>
                <Button size="small" appearance="subtle" aria-label={`${t("ownMeasureRemove")} ${label}`} onClick={() => pane.plaatsing.removeOwnMeasure(i)}>
                  {t("ownMeasureRemove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.row}>
        <Field label={t("ownMeasureDate")}>
          <Input value={date} placeholder="1-1-2028" size="small" onChange={(_event, data) => setDate(data.value)} />
        </Field>
        <Field label={t("ownMeasureAmount")}>
          <Input value={amount} placeholder="3 %" size="small" onChange={(_event, data) => setAmount(data.value)} />
        </Field>
      </div>
      {problem && (
        <div role="alert" className={styles.wrapText}>
          {problem[language]}
        </div>
      )}
      <div className={styles.row}>
        <Button size="small" disabled={date.trim() === "" || amount.trim() === ""} onClick={() => void add()}>
          {t("ownMeasureAdd")}
        </Button>
      </div>
    </fieldset>
  );
}
