/** Saving from the pane as a file the browser downloads: the functieboek export, a checked workbook. */
export type Download = (fileName: string, text: string, mimeType?: string) => void;

/** Offers `blob` as a download named `fileName`; nothing else in the page or the workbook changes. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the browser may read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserDownload: Download = (fileName, text, mimeType = "application/json") => {
  saveBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
};
