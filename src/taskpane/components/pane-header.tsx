/** The pane's header: title, language switch, the sheet being checked and the book in use. */
import { Button, Caption1, Field, Select, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { usePane, usePaneState, useText } from "../pane-context";
import { usePaneStyles } from "./pane-styles";

const useStyles = makeStyles({
  top: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

export function PaneHeader() {
  const pane = usePane();
  const state = usePaneState();
  const { t, language } = useText();
  const styles = useStyles();
  const shared = usePaneStyles();
  return (
    <header className={shared.stack}>
      <div className={styles.top}>
        <Title3 as="h1" className={styles.title}>
          {t("appTitle")}
        </Title3>
        <Button
          size="small"
          appearance="subtle"
          lang={language === "nl" ? "en" : "nl"}
          aria-label={t("switchLanguageLabel")}
          onClick={() => pane.setLanguage(language === "nl" ? "en" : "nl")}
        >
          {t("switchLanguage")}
        </Button>
      </div>
      {state.phase === "ready" && (
        <>
          <Field label={t("sheetLabel")} orientation="horizontal">
            <Select value={state.sheet ?? ""} disabled={state.sheets.length === 0} onChange={(_event, data) => pane.selectSheet(data.value)}>
              {state.sheets.length === 0 && <option value="">{t("noSheets")}</option>}
              {state.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </Select>
          </Field>
          {state.book && <Caption1 className={shared.wrapText}>{t("bookInUse", { name: state.book.book.name })}</Caption1>}
        </>
      )}
    </header>
  );
}
