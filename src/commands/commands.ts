/** Ribbon commands (ExecuteFunction). Filled in with the Excel adapter. */
Office.onReady(() => undefined);
