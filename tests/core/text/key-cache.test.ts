import { KeyCache } from "../../../src/core/text/key-cache";

/** A cache of `size` per generation whose computations are counted. */
function counted(size: number) {
  const computed: string[] = [];
  const cache = new KeyCache<string>(size);
  const get = (key: string) => cache.get(key, (k) => (computed.push(k), k.toUpperCase()));
  return { get, computed };
}

describe("KeyCache", () => {
  it("computes a key once while it is in use", () => {
    const { get, computed } = counted(2);
    expect([get("a"), get("a"), get("b"), get("a")]).toEqual(["A", "A", "B", "A"]);
    expect(computed).toEqual(["a", "b"]);
  });

  it("keeps a key used on every row through a flood of unique ones", () => {
    const { get, computed } = counted(3);
    for (let i = 0; i < 20; i++) {
      get("Adviseur");
      get(`uniek-${i}`);
    }
    expect(computed.filter((k) => k === "Adviseur")).toEqual(["Adviseur"]);
  });

  it("forgets a key not used for two generations (memory stays bounded)", () => {
    const { get, computed } = counted(2);
    get("old");
    for (const key of ["b", "c", "d", "e"]) get(key);
    get("old");
    expect(computed.filter((k) => k === "old")).toEqual(["old", "old"]);
  });

  it("caches undefined results as well", () => {
    const computed: string[] = [];
    const cache = new KeyCache<number | undefined>(4);
    const lookup = (key: string) => cache.get(key, (k) => (computed.push(k), undefined));
    expect([lookup("x"), lookup("x")]).toEqual([undefined, undefined]);
    expect(computed).toEqual(["x"]);
  });
});
