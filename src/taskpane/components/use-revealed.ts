/**
 * Progressive rendering for long lists: the first `initial` items at once, the rest `step` at a
 * time, each step in its own task (a timeout) and as a React transition. A large result then
 * never blocks the pane in one long commit: at 50,000 rows the Controle tab shows ~340 findings,
 * which cost 150–220 ms in one commit (docs/PERFORMANCE.md).
 *
 * The count only grows while the list is on screen: a new result for a list already shown is
 * rendered as far as the old one was (it does not start again from nothing, so a re-check after an
 * edit does not empty the list), and the rest follows in steps.
 */
import { startTransition, useEffect, useState } from "react";

export interface RevealOptions {
  /** Items in the first commit. */
  initial?: number;
  /** Items added per later step. */
  step?: number;
}

export const REVEAL_INITIAL = 0;
export const REVEAL_STEP = 32;

/** How many of `total` items to render now; grows to `total` over a few tasks. */
export function useRevealed(total: number, { initial = REVEAL_INITIAL, step = REVEAL_STEP }: RevealOptions = {}): number {
  const [count, setCount] = useState(initial);
  const done = count >= total;
  useEffect(() => {
    if (done) return undefined;
    const timer = setTimeout(() => startTransition(() => setCount((c) => c + step)), 0);
    return () => clearTimeout(timer);
  }, [count, done, step]);
  return Math.min(count, total);
}
