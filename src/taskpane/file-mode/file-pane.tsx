/** The whole pane on an opened file: the App on the file-workbook port, with the file bar under its header. */
import type { Language } from "../../core/localized";
import { App } from "../app";
import type { CheckEngine } from "../services/check-engine";
import { FileBar } from "./file-bar";
import { openFileWorkbook, type OpenedWorkbook } from "./open-file-workbook";
import type { SaveBytes } from "./save-bytes";

export interface FilePaneProps {
  file: OpenedWorkbook;
  language: Language;
  engine: CheckEngine;
  save: SaveBytes;
  onOther(): void;
  /** Opens a second file for the Vergelijk tab (default: as the first was opened). */
  openOtherFile?: (file: File) => Promise<OpenedWorkbook>;
}

export function FilePane({ file, language, engine, save, onOther, openOtherFile = (other) => openFileWorkbook(other, language) }: FilePaneProps) {
  return <App port={file} language={language} engine={engine} dependencies={{ openOtherFile, fileMode: true, fileName: file.fileName }} toolbar={<FileBar file={file} save={save} onOther={onOther} />} />;
}
