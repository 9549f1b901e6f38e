/** Saving a text as a file from the pane (export of the functieboek). */
export type Download = (fileName: string, text: string, mimeType?: string) => void;

export const browserDownload: Download = (fileName, text, mimeType = "application/json") => {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
