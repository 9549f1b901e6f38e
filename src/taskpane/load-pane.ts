/**
 * The pane itself (App: the tabs, with Fluent UI) is its own chunk, so the first chunk stays
 * small: in Excel it loads while Office.js gets ready; in a browser the file-mode start screen
 * (plain React) shows first and the pane follows, fetched while the user picks a file.
 */
type PaneModule = typeof import("./app");
type FilePaneModule = typeof import("./file-mode/file-pane");

/** An import that is tried again after a failed fetch (offline for a moment). */
function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export const loadPane: () => Promise<PaneModule> = retrying(() => import(/* webpackChunkName: "pane" */ "./app"));

/** The pane with file mode's bar (download, another file), in the same chunk as the pane. */
export const loadFilePane: () => Promise<FilePaneModule> = retrying(() => import(/* webpackChunkName: "pane" */ "./file-mode/file-pane"));
