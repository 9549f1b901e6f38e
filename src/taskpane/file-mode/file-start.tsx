/**
 * File mode's start screen, "Bestand openen": pick or drop a workbook file (.xlsx, .xlsm, .xls, .xlsb, .ods). Plain React and a few
 * lines of CSS in Fluent's colours and type sizes — no Fluent UI — so it shows at once, before
 * the pane's own chunk has arrived.
 */
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import type { Language } from "../../core/localized";
import { textOf, translate, type UiText } from "../i18n";
import type { MessageKey } from "../messages";
import { WORKBOOK_ACCEPT } from "./save-bytes";

const CSS = `
.fc-start { box-sizing: border-box; min-height: 100vh; margin: -8px; padding: 20px; display: flex; flex-direction: column; gap: 12px;
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
  font-size: 14px; line-height: 20px; color: #242424; background: #fff; overflow-wrap: anywhere; }
.fc-start-top { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.fc-start h1 { margin: 0; font-size: 20px; line-height: 28px; font-weight: 600; }
.fc-start h2 { margin: 0; font-size: 16px; line-height: 22px; font-weight: 600; }
.fc-start p { margin: 0; }
.fc-start-zone { display: flex; flex-direction: column; align-items: flex-start; gap: 12px; padding: 16px; border: 2px dashed #d1d1d1; border-radius: 6px; }
.fc-start-zone[data-dragging="true"] { border-color: #0f6cbd; background: #ebf3fc; }
.fc-start button { font: inherit; border-radius: 4px; cursor: pointer; }
.fc-start button:focus-visible { outline: 2px solid #000; outline-offset: 1px; }
.fc-start-primary { min-height: 32px; padding: 5px 12px; font-weight: 600 !important; color: #fff; background: #0f6cbd; border: 1px solid transparent; }
.fc-start-primary:hover { background: #115ea3; }
.fc-start-primary:active { background: #0f548c; }
.fc-start-primary:disabled { color: #bdbdbd; background: #f0f0f0; cursor: not-allowed; }
.fc-start-subtle { min-height: 24px; padding: 2px 8px; font-size: 12px !important; color: #424242; background: transparent; border: 1px solid transparent; }
.fc-start-subtle:hover { background: #f5f5f5; }
.fc-start-caption { font-size: 12px; line-height: 16px; }
.fc-start-muted { color: #616161; }
.fc-start-error { padding: 8px 12px; background: #fdf3f4; border: 1px solid #eeacb2; border-radius: 4px; }
.fc-start-busy::before { content: ""; display: inline-block; box-sizing: border-box; width: 16px; height: 16px; margin-right: 8px; vertical-align: -3px;
  border: 2px solid #e0e0e0; border-top-color: #0f6cbd; border-radius: 50%; animation: fc-start-spin 1s linear infinite; }
@keyframes fc-start-spin { to { transform: rotate(360deg); } }
.fc-start-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export interface FileStartProps {
  language: Language;
  onLanguage(language: Language): void;
  /** The name of the file being opened, while it is. */
  opening: string | undefined;
  error: UiText | undefined;
  onFile(file: File): void;
}

export function FileStart({ language, onLanguage, opening, error, onFile }: FileStartProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const t = (key: MessageKey, data?: Parameters<typeof translate>[2]) => translate(language, key, data);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) onFile(file);
  };
  const dropped = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && opening === undefined) onFile(file);
  };

  return (
    <main
      className="fc-start"
      lang={language}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={dropped}
    >
      <style href="formatiecheck-file-start" precedence="default">
        {CSS}
      </style>
      <header className="fc-start-top">
        <h1>{t("appTitle")}</h1>
        <button
          type="button"
          className="fc-start-subtle"
          lang={language === "nl" ? "en" : "nl"}
          aria-label={t("switchLanguageLabel")}
          onClick={() => onLanguage(language === "nl" ? "en" : "nl")}
        >
          {t("switchLanguage")}
        </button>
      </header>
      <section aria-labelledby="file-start-heading" className="fc-start-zone" data-dragging={dragging}>
        <h2 id="file-start-heading">{t("fileStartTitle")}</h2>
        <p>{t("fileStartIntro")}</p>
        <button type="button" className="fc-start-primary" disabled={opening !== undefined} onClick={() => input.current?.click()}>
          {t("fileChoose")}
        </button>
        <input
          ref={input}
          className="fc-start-hidden"
          type="file"
          accept={WORKBOOK_ACCEPT}
          aria-label={t("fileInputLabel")}
          tabIndex={-1}
          disabled={opening !== undefined}
          onChange={picked}
        />
        <p className="fc-start-caption">{t("fileDrop")}</p>
      </section>
      {opening !== undefined && (
        <p role="status" className="fc-start-busy">
          {t("fileOpening", { file: opening })}
        </p>
      )}
      {error && (
        <p role="alert" className="fc-start-error">
          {textOf(language, error)}
        </p>
      )}
      <p className="fc-start-caption fc-start-muted">{t("fileInExcelHint")}</p>
    </main>
  );
}
