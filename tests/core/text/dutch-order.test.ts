import { compareDutch } from "../../../src/core/text/dutch-order";

describe("compareDutch", () => {
  it.each([
    ["numbers by value", ["Cluster 10", "Cluster 2", "Cluster 1"], ["Cluster 1", "Cluster 2", "Cluster 10"]],
    ["case ignored", ["beheer", "Advies", "cultuur"], ["Advies", "beheer", "cultuur"]],
    ["accents ignored", ["Coördinator", "Consulent", "Controller"], ["Consulent", "Controller", "Coördinator"]],
  ])("sorts %s", (_name, input, sorted) => {
    expect([...input].sort(compareDutch)).toEqual(sorted);
  });

  it("counts texts that differ only in case or accents as equal", () => {
    expect(compareDutch("coordinator", "Coördinator")).toBe(0);
  });
});
