/**
 * Whether the pane is 700 px wide or more: where the Controle tab puts the findings beside the
 * summary (a CSS media query there) and a table whose markup differs with the width (the
 * Overzicht) puts each row on one line. Where the browser has no `matchMedia` (jsdom), narrow.
 */
import { useSyncExternalStore } from "react";

const WIDE = "(min-width: 700px)";

function wideQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(WIDE) : undefined;
}

function subscribe(changed: () => void): () => void {
  const list = wideQuery();
  list?.addEventListener("change", changed);
  return () => list?.removeEventListener("change", changed);
}

const isWide = () => wideQuery()?.matches ?? false;

export function useWidePane(): boolean {
  return useSyncExternalStore(subscribe, isWide, () => false);
}
