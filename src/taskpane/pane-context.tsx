/**
 * How components reach the pane: the controller (actions) through context, the state through
 * `useSyncExternalStore`, and texts in the pane's language through `useText`.
 */
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from "react";
import type { MessageData } from "../core/localized";
import { textOf, translate, type Language, type UiText } from "./i18n";
import type { MessageKey } from "./messages";
import type { PaneController } from "./services/pane-controller";
import type { PaneState } from "./state/pane-state";

const PaneContext = createContext<PaneController | undefined>(undefined);

export function PaneProvider({ controller, children }: { controller: PaneController; children: ReactNode }) {
  return <PaneContext.Provider value={controller}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneController {
  const controller = useContext(PaneContext);
  if (!controller) throw new Error("usePane outside PaneProvider");
  return controller;
}

/** The whole state: the component renders again on every change of it. */
export function usePaneState(): PaneState {
  const { store } = usePane();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/**
 * One value of the state: the component renders again only when that value changes (compared
 * with `Object.is`), not on every progress step of a check. `select` must return a value that
 * is already in the state (or a primitive), not a new object.
 */
export function usePaneSelector<T>(select: (state: PaneState) => T): T {
  const { store } = usePane();
  const snapshot = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

export interface TextFunctions {
  language: Language;
  t(key: MessageKey, data?: MessageData): string;
  text(value: UiText): string;
}

const selectLanguage = (state: PaneState) => state.language;

/** Texts in the pane's language; renders again only when the language changes. */
export function useText(): TextFunctions {
  const language = usePaneSelector(selectLanguage);
  const t = useCallback((key: MessageKey, data?: MessageData) => translate(language, key, data), [language]);
  const text = useCallback((value: UiText) => textOf(language, value), [language]);
  return { language, t, text };
}
