/**
 * Gives the browser a turn (paint, input) between blocks of work, so no task of the pane runs long.
 * A macrotask, not a microtask: promises alone would not let the pane repaint.
 */
export type YieldToUi = () => Promise<void>;

export const yieldToUi: YieldToUi = () => new Promise((resolve) => setTimeout(resolve, 0));
