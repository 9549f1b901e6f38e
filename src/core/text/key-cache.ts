/**
 * A bounded cache for values computed from sheet text (comparison keys, book look-ups). Sheets
 * repeat a few titles and clusters on every row next to thousands of unique names, so it keeps
 * two generations: when the recent one is full it becomes the older one and the older one is
 * dropped; an entry used again moves back into the recent one. Memory stays bounded whatever the
 * sheet holds, and the entries every row uses are never evicted by a flood of unique ones.
 */
export class KeyCache<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly generationSize: number) {}

  /** The cached value for `key`, computing (and caching) it on a miss. */
  get(key: string, compute: (key: string) => V): V {
    if (this.recent.has(key)) return this.recent.get(key) as V;
    const value = this.older.has(key) ? (this.older.get(key) as V) : compute(key);
    if (this.recent.size >= this.generationSize) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
    return value;
  }
}
