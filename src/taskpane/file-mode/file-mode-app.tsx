/**
 * The pane outside Office: the start screen ("Bestand openen": pick or drop a .xlsx), then the
 * same pane — Controle, Plaatsing, Functieboek, Invoerlijsten, Kolommen — on the file, through the
 * file-workbook port, with the file bar (download of the checked copy, another file, the chosen
 * cell) under the header. Only the start screen is in the first chunk; the pane and ExcelJS are
 * fetched while the user picks a file.
 */
import { startTransition, useEffect, useRef, useState } from "react";
import type { Language } from "../../core/localized";
import { textOf, translate, type UiText } from "../i18n";
import { loadFilePane } from "../load-pane";
import type { CheckEngine } from "../services/check-engine";
import { describeError } from "../services/port-errors";
import { FileStart } from "./file-start";
import {
  openFileWorkbook,
  prepareFileWorkbooks,
  type OpenedWorkbook,
  type OpenFileWorkbook,
} from "./open-file-workbook";
import { browserSaveBytes, type SaveBytes } from "./save-bytes";

export interface FileModeAppProps {
  /** The starting language (the browser's); the user can switch. */
  language: Language;
  engine: CheckEngine;
  /** Called when a file is open (the pane then stays in file mode, also when Excel answers late). */
  onFileOpened?: () => void;
  /** Replacements for tests. */
  open?: OpenFileWorkbook;
  save?: SaveBytes;
}

interface Opened {
  /** The pane with the file bar (its own chunk). */
  FilePane: Awaited<ReturnType<typeof loadFilePane>>["FilePane"];
  file: OpenedWorkbook;
  /** A new pane (and controller) for every file opened. */
  id: number;
}

export function FileModeApp({
  language: initialLanguage,
  engine,
  onFileOpened,
  open = openFileWorkbook,
  save = browserSaveBytes,
}: FileModeAppProps) {
  const [language, setLanguage] = useState(initialLanguage);
  const [opened, setOpened] = useState<Opened>();
  const [opening, setOpening] = useState<string>();
  const [error, setError] = useState<UiText>();
  const count = useRef(0);

  useEffect(() => {
    // Fetch the pane and ExcelJS while the user looks for the file; a failure shows when a file is opened.
    loadFilePane().catch(() => undefined);
    prepareFileWorkbooks();
  }, []);

  const openFile = async (file: File) => {
    setError(undefined);
    setOpening(file.name);
    try {
      const [workbook, { FilePane }] = await Promise.all([
        open(file, language),
        loadFilePane(),
      ]);
      const id = ++count.current;
      // The whole pane mounts now: as a transition React renders it in slices with turns for the
      // browser between them, instead of one task long enough to freeze the page.
      startTransition(() => {
        setOpened({ FilePane, file: workbook, id });
        setOpening(undefined);
      });
      onFileOpened?.();
    } catch (failure) {
      setOpening(undefined);
      // Which file, what is wrong with it, and what to do; the reason in the language of the moment.
      const described = describeError(failure);
      setError({
        localized: {
          nl: translate("nl", "fileUnreadable", {
            file: file.name,
            detail: textOf("nl", described),
          }),
          en: translate("en", "fileUnreadable", {
            file: file.name,
            detail: textOf("en", described),
          }),
        },
      });
    }
  };

  if (opened) {
    const { FilePane } = opened;
    return (
      <FilePane
        key={opened.id}
        file={opened.file}
        language={language}
        engine={engine}
        save={save}
        onOther={() => {
          opened.file.dispose?.();
          setOpened(undefined);
        }}
        openOtherFile={(other) => open(other, language)}
      />
    );
  }
  return (
    <FileStart
      language={language}
      onLanguage={setLanguage}
      opening={opening}
      error={error}
      onFile={(file) => void openFile(file)}
    />
  );
}
