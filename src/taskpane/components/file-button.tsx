/**
 * A button that opens the file picker for a JSON file and hands over its name and text, or (with
 * `workbook`) for a workbook file and hands over its bytes.
 */
import { Button } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { readFileBytes, readFileText } from "../services/read-file";
import { usePaneStyles } from "./pane-styles";

export interface FileButtonProps {
  label: string;
  disabled?: boolean;
  onFile?(fileName: string, text: string): void;
  /** A workbook (.xlsx, .xlsm, .xls, .ods) instead of JSON: its bytes. */
  onWorkbook?(fileName: string, bytes: Uint8Array): void;
  onError(error: unknown): void;
}

export function FileButton({ label, disabled, onFile, onWorkbook, onError }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const styles = usePaneStyles();
  const changed = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      if (onWorkbook) onWorkbook(file.name, await readFileBytes(file));
      else onFile?.(file.name, await readFileText(file));
    } catch (error) {
      onError(error);
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
        accept={onWorkbook ? ".xlsx,.xlsm,.xls,.xlsb,.ods" : ".json,application/json"}
        aria-label={label}
        tabIndex={-1}
        disabled={disabled}
        onChange={(event) => void changed(event)}
      />
    </>
  );
}
