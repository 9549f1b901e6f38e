import { MAX_ROWS_SHOWN, rowList } from "../../src/taskpane/components/findings-list";

test("an aggregate finding shows its first rows and how many more", () => {
  expect(rowList([2, 3, 4], "nl")).toBe("2, 3, 4");
  const many = Array.from({ length: 50_000 }, (_, i) => i + 5);
  const text = rowList(many, "nl");
  expect(MAX_ROWS_SHOWN).toBe(12);
  expect(text).toBe(`${many.slice(0, MAX_ROWS_SHOWN).join(", ")} … (+49.988)`);
  expect(rowList(many, "en")).toMatch(/… \(\+49,988\)$/);
  expect(text.length).toBeLessThan(120);
});
