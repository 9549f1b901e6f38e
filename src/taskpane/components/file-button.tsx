/**
 * A button that opens the file picker: for a JSON file, whose name and text it hands over, or for
 * a workbook — its bytes, or the file as picked where an opener reads it itself (the Vergelijk
 * tab's other file in file mode).
 */
import { Button } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { MAX_WORKBOOK_FILE_BYTES, readFileBytes, readFileText } from "../services/read-file";
import { WORKBOOK_ACCEPT } from "../services/workbook-file-types";
import { usePaneStyles } from "./pane-styles";

export type FileButtonProps = { label: string; disabled?: boolean } & (
  | { onFile(fileName: string, text: string): void; onError(error: unknown): void }
  /** A workbook (.xlsx, .xlsm, .xls, .xlsb, .ods) instead of JSON: its bytes. */
  | { onWorkbook(fileName: string, bytes: Uint8Array): void; onError(error: unknown): void }
  /** A workbook, unread: its opener checks and reads it. */
  | { onWorkbookFile(file: File): void }
);

export function FileButton(props: FileButtonProps) {
  const { label, disabled } = props;
  const input = useRef<HTMLInputElement>(null);
  const styles = usePaneStyles();
  const changed = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if ("onWorkbookFile" in props) return props.onWorkbookFile(file);
    try {
      if ("onWorkbook" in props) props.onWorkbook(file.name, await readFileBytes(file, MAX_WORKBOOK_FILE_BYTES));
      else props.onFile(file.name, await readFileText(file));
    } catch (error) {
      props.onError(error);
    }
  };
  return (
    <>
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.visuallyHidden}
        type="file"
        accept={"onFile" in props ? ".json,application/json" : WORKBOOK_ACCEPT}
        aria-label={label}
        tabIndex={-1}
        disabled={disabled}
        onChange={(event) => void changed(event)}
      />
    </>
  );
}
