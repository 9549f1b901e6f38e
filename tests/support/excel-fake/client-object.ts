/**
 * The base of the fake's Office.js-shaped proxies. Like the real API, nothing happens when a
 * method is called or a property set: the command is queued, and runs (in order) at
 * `context.sync()`; loaded properties can be read only after that sync (else PropertyNotLoaded,
 * as Office.js says: "call the load method on the containing object and call context.sync()").
 */
import type { FakeContext } from "./context";

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(location !== undefined ? { errorLocation: location } : {}) };
  }
}


/** Bytes of a value as JSON text (UTF-8). */
export function jsonSize(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return bytes;
}

/** Request bytes of a command beyond its arguments. */
export const ACTION_OVERHEAD = 60;

export function notLoaded(name: string): OfficeError {
  return new OfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

const UNRESOLVED = Symbol("unresolved");

/** The base of every proxy: a target resolved at sync time, loaded properties, queued commands. */
export abstract class ClientObject<T> {
  protected loaded: Record<string, unknown> = {};
  private resolvedTarget: T | null | typeof UNRESOLVED = UNRESOLVED;

  constructor(
    readonly context: FakeContext,
    private readonly parent?: ClientObject<unknown>,
  ) {}

  /** Queues finding the target (the "object path"); the resolver may throw an OfficeError. */
  resolveWith(bytes: number, resolver: () => T | null): this {
    this.context.queue(bytes, () => {
      this.resolvedTarget = resolver();
    });
    return this;
  }

  protected setTarget(target: T | null): void {
    this.resolvedTarget = target;
  }

  /** The target as known now (navigation children follow their parent). */
  protected current(): T | null | undefined {
    if (this.resolvedTarget !== UNRESOLVED) return this.resolvedTarget;
    if (this.parent) return this.derive(this.parent.currentRaw());
    return undefined;
  }

  currentRaw(): unknown {
    return this.current();
  }

  /** For navigation properties: the target from the parent's target. */
  protected derive(_parent: unknown): T | null | undefined {
    return undefined;
  }

  protected target(what = "object"): T {
    const t = this.current();
    if (t === null || t === undefined) throw new OfficeError("InvalidObjectPath", `The ${what} does not exist.`);
    return t;
  }

  get isNullObject(): boolean {
    const t = this.current();
    if (t === undefined) throw notLoaded("isNullObject");
    return t === null;
  }

  protected prop<V>(name: string): V {
    if (!(name in this.loaded)) throw notLoaded(name);
    return this.loaded[name] as V;
  }

  load(what?: string | string[] | { select?: string }): this {
    const list = (typeof what === "string" ? what.split(",") : Array.isArray(what) ? what : (what?.select ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    const scalars: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of list) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      if (slash < 0 || head === "items") scalars.push(path);
      else nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
    }
    // One load command in the request, however deep its paths go.
    for (const [head, rest] of nested) {
      const child = (this as unknown as Record<string, unknown>)[head];
      if (child instanceof ClientObject) child.loadNested(rest);
    }
    if (scalars.length === 0 && nested.size > 0) {
      this.context.queue(20 + list.join(",").length, () => undefined);
      return this;
    }
    this.queueLoad(scalars, 20 + list.join(",").length);
    return this;
  }

  /** A load that is part of a parent's load (no request bytes of its own). */
  loadNested(paths: string[]): void {
    const scalars = paths.filter((p) => !p.includes("/"));
    const deeper = new Map<string, string[]>();
    for (const p of paths.filter((q) => q.includes("/"))) {
      const [head, ...rest] = p.split("/");
      deeper.set(head as string, [...(deeper.get(head as string) ?? []), rest.join("/")]);
    }
    for (const [head, rest] of deeper) {
      const child = (this as unknown as Record<string, unknown>)[head];
      if (child instanceof ClientObject) child.loadNested(rest);
    }
    if (scalars.length > 0) this.queueLoad(scalars, -ACTION_OVERHEAD);
  }

  private queueLoad(scalars: string[], bytes: number): void {
    this.context.queue(bytes, () => {
      const t = this.current();
      if (t === null || t === undefined) return;
      const data: Record<string, unknown> = {};
      for (const name of scalars.length > 0 ? scalars : this.defaultProps()) data[name] = this.read(name, t);
      Object.assign(this.loaded, this.afterLoad(data));
      this.context.responseBytes += jsonSize(data);
    });
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** Reads one property from the target at sync time. */
  protected abstract read(name: string, target: T): unknown;

  /** Turns loaded data into what the getters give (collections build their items here). */
  protected afterLoad(data: Record<string, unknown>): Record<string, unknown> {
    return data;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.loaded };
  }
}

export class ClientResult<V> {
  private result: { value: V } | undefined;
  set(value: V): void {
    this.result = { value };
  }
  get value(): V {
    if (!this.result) throw notLoaded("value");
    return this.result.value;
  }
}
