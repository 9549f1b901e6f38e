/**
 * A minimal store: state, a reducer and subscribers. React reads it with `useSyncExternalStore`;
 * the controller dispatches to it. No React here, so state changes are testable on their own.
 */
export type Reducer<S, A> = (state: S, action: A) => S;

export class Store<S, A> {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly reducer: Reducer<S, A>,
    private state: S,
  ) {}

  readonly getState = (): S => this.state;

  readonly dispatch = (action: A): void => {
    const next = this.reducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}
