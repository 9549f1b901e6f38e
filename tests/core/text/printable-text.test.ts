import { printableText } from "../../../src/core/text/printable-text";

describe("printableText", () => {
  it.each([
    ["keeps ordinary text", "Schaal 11 past niet bij Adviseur → 10", "Schaal 11 past niet bij Adviseur → 10"],
    ["shows an escape sequence instead of sending it", "a\u001b]0;titel\u0007b\u001b[2J", "a\u241b]0;titel\u2407b\u241b[2J"],
    ["shows NUL and DEL", "a\u0000b\u007fc", "a\u2400b\u2421c"],
    ["puts one message on one line", "regel 1\r\nregel 2\nregel 3\u2028regel 4", "regel 1 regel 2 regel 3 regel 4"],
    ["turns a tab into a space", "a\tb", "a b"],
    ["neutralises C1 controls and bidirectional overrides", "a\u009bb\u202ec\u2066d", "a\uFFFDb\uFFFDc\uFFFDd"],
  ])("%s", (_name, input, output) => {
    expect(printableText(input)).toBe(output);
  });
});
