/**
 * Kolommen: the header row and the column of each field, as detected; correctable with
 * dropdowns, kept per sheet in the workbook (port.saveState) and used by every check.
 */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { FIELD_NAMES, FIELDS, type ColumnMap, type Field as FormatieField } from "../../core/formatie/columns";
import { formatCellValue } from "../../core/format";
import { columnLetter } from "../../core/formatie/grid";
import { usePane, usePaneState, useText } from "../pane-context";
import type { ColumnChoice } from "../services/check-protocol";
import type { SheetView } from "../services/validation-service";
import { usePaneStyles } from "./pane-styles";

export function KolommenTab() {
  const pane = usePane();
  const state = usePaneState();
  const { t } = useText();
  const styles = usePaneStyles();
  const sheet = state.sheet;
  const view = state.view?.sheet === sheet ? state.view : undefined;

  if (sheet === undefined) return null;
  if (!view) {
    return (
      <div className={styles.stack}>
        <Body1>{t("columnsIntro")}</Body1>
        <Body1>{t("columnsEmpty")}</Body1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={state.busy.columns} onClick={() => void pane.readColumns()}>
            {t("columnsRead")}
          </Button>
        </div>
      </div>
    );
  }
  const own = state.columns[sheet];
  const initial: ColumnChoice = own ?? view.detected ?? { headerRow: view.originRow, columns: {} };
  return (
    <div className={styles.stack}>
      <Body1>{t("columnsIntro")}</Body1>
      <Caption1>{own ? t("columnsSourceUser") : view.detected ? t("columnsSourceDetected") : t("columnsNotDetected")}</Caption1>
      <ColumnForm
        key={`${sheet}:${JSON.stringify(initial)}`}
        view={view}
        initial={initial}
        busy={Boolean(state.busy.columns)}
        canReset={own !== undefined}
        onSave={(choice) => void pane.setColumns(sheet, choice)}
        onReset={() => void pane.setColumns(sheet, undefined)}
      />
    </div>
  );
}

interface ColumnFormProps {
  view: SheetView;
  initial: ColumnChoice;
  busy: boolean;
  canReset: boolean;
  onSave(choice: ColumnChoice): void;
  onReset(): void;
}

function ColumnForm({ view, initial, busy, canReset, onSave, onReset }: ColumnFormProps) {
  const { t, language } = useText();
  const styles = usePaneStyles();
  const [headerRow, setHeaderRow] = useState(initial.headerRow);
  const [columns, setColumns] = useState<ColumnMap>(initial.columns);

  const labelsOf = (row: number): string[] => (view.topRows[row - view.originRow] ?? []).map((v) => formatCellValue(v, language).trim());
  const labels = labelsOf(headerRow);
  const columnNumbers = Array.from({ length: view.lastCol - view.originCol + 1 }, (_, i) => view.originCol + i);
  const rowNumbers = Array.from({ length: view.topRows.length }, (_, i) => view.originRow + i);
  const complete = (columns.title !== undefined || columns.normfunctie !== undefined) && (columns.fte !== undefined || columns.hours !== undefined);

  const setField = (field: FormatieField, value: string) => {
    const next = { ...columns };
    if (value === "") delete next[field];
    else next[field] = Number(value);
    setColumns(next);
  };

  return (
    <form
      className={styles.stack}
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onSave({ headerRow, columns });
      }}
    >
      <Field label={t("columnsHeaderRow")}>
        <Select className={styles.fill} value={String(headerRow)} onChange={(_event, data) => setHeaderRow(Number(data.value))}>
          {rowNumbers.map((row) => (
            <option key={row} value={String(row)}>
              {`${row}: ${labelsOf(row).filter((l) => l !== "").slice(0, 3).join(", ")}`.slice(0, 60)}
            </option>
          ))}
        </Select>
      </Field>
      {FIELDS.map((field) => (
        <Field key={field} label={FIELD_NAMES[field][language]}>
          <Select className={styles.fill} value={columns[field] === undefined ? "" : String(columns[field])} onChange={(_event, data) => setField(field, data.value)}>
            <option value="">{t("columnsNone")}</option>
            {columnNumbers.map((col) => (
              <option key={col} value={String(col)}>
                {t("columnsOption", { letter: columnLetter(col), label: (labels[col - view.originCol] ?? "").slice(0, 40) })}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {!complete && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("columnsMissing")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy || !complete}>
          {t("columnsSave")}
        </Button>
        {canReset && (
          <Button disabled={busy} onClick={onReset}>
            {t("columnsReset")}
          </Button>
        )}
      </div>
    </form>
  );
}
