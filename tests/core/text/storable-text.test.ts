import { MAX_CELL_TEXT, storableText } from "../../../src/core/text/storable-text";

describe("storableText", () => {
  it.each([
    ["keeps ordinary text, tabs and line breaks", "Adviseur\tIV\r\nregel 2", "Adviseur\tIV\r\nregel 2"],
    ["keeps formula-like text as it is (it is written as a string)", '=HYPERLINK("http://x")', '=HYPERLINK("http://x")'],
    ["replaces control characters XML cannot hold", "a\u0000b\u0007c\u001bd\u000be", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"],
    ["replaces unpaired surrogates, keeps pairs", "x\uD800y\uDC00z\uD83D\uDE00", "x\uFFFDy\uFFFDz\uD83D\uDE00"],
    ["replaces the non-characters U+FFFE and U+FFFF", "a\uFFFEb\uFFFF", "a\uFFFDb\uFFFD"],
  ])("%s", (_name, input, output) => {
    expect(storableText(input)).toBe(output);
  });

  it("cuts text to Excel's 32,767 characters, ending in an ellipsis, never inside a surrogate pair", () => {
    expect(storableText("x".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    const cut = storableText("x".repeat(MAX_CELL_TEXT - 2) + "\uD83D\uDE00" + "y".repeat(10));
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith("x…")).toBe(true);
  });
});
