import { formatCount, formatList, formatMessage, localize, pluralWord } from "../../../src/core/format";
import { SEVERITY_COUNT_WORDS, formatSeverityCounts } from "../../../src/core/severity-words";

describe("singular and plural", () => {
  it.each([
    [0, "0 fouten", "0 errors"],
    [1, "1 fout", "1 error"],
    [2, "2 fouten", "2 errors"],
    [20000, "20.000 fouten", "20,000 errors"],
  ])("%p → %s / %s", (count, nl, en) => {
    expect(formatCount(count, SEVERITY_COUNT_WORDS.error, "nl")).toBe(nl);
    expect(formatCount(count, SEVERITY_COUNT_WORDS.error, "en")).toBe(en);
  });

  it("counts severities together", () => {
    const counts = { error: 1, warning: 2, info: 0 };
    expect(formatSeverityCounts(counts, "nl")).toBe("1 fout, 2 waarschuwingen, 0 info");
    expect(formatSeverityCounts(counts, "en", { skipZero: true })).toBe("1 error, 2 warnings");
    expect(pluralWord(1, "rij", "rijen")).toBe("rij");
  });

  it.each([
    [[], "", ""],
    [["5"], "5", "5"],
    [["5", "7"], "5 en 7", "5 and 7"],
    [["5", "7", "9"], "5, 7 en 9", "5, 7 and 9"],
  ])("lists %p", (items, nl, en) => {
    expect(formatList(items, "nl")).toBe(nl);
    expect(formatList(items, "en")).toBe(en);
  });
});

describe("message templates", () => {
  it.each([
    ["{n}", { n: 0.89 }, "0,89", "0.89"],
    ["{n}", { n: 20000 }, "20.000", "20,000"],
    ["{n:fte} fte", { n: 0.5 }, "0,50 fte", "0.50 fte"],
    ["{n:integer}", { n: 1234.4 }, "1.234", "1,234"],
    ["{n:euro}", { n: 16509.9 }, "€ 16.509,90", "€16,509.90"],
    ["{n:wholeEuro}", { n: 3762249 }, "€ 3.762.249", "€3,762,249"],
    ["{n:percent}", { n: 17.05 }, "17,05 %", "17.05%"],
    ["{d:date}", { d: "2026-11-30" }, "30-11-2026", "30-11-2026"],
    ["{d:longDate}", { d: "2026-11-30" }, "30 november 2026", "30 November 2026"],
    ["rij {r:plain}", { r: 12345 }, "rij 12345", "rij 12345"],
    ["{v:general}", { v: 20000.125 }, "20000,125", "20000.125"],
    ["{v:general}", { v: "10A" }, "10A", "10A"],
    ["{c|rij|rijen}", { c: 1 }, "1 rij", "1 rij"],
    ["{c|rij|rijen}", { c: 3 }, "3 rijen", "3 rijen"],
    ["{c|rij|rijen}", { c: 20000 }, "20.000 rijen", "20,000 rijen"],
    ["{b}", { b: true }, "ja", "yes"],
    ["{x}", { x: null }, "—", "—"],
    ["{t:fte}", { t: "0.89 as typed" }, "0.89 as typed", "0.89 as typed"],
    ["{missing}", {}, "{missing}", "{missing}"],
    ["{n:unknown}", { n: 1 }, "{n:unknown}", "{n:unknown}"],
    ["{n:constructor}", { n: 1 }, "{n:constructor}", "{n:constructor}"],
    ["{constructor}", {}, "{constructor}", "{constructor}"],
    ["{c|rij|rijen}", { c: "drie" }, "{c|rij|rijen}", "{c|rij|rijen}"],
  ])("%s with %p → %s / %s", (template, data, nl, en) => {
    expect(formatMessage(template, data, "nl")).toBe(nl);
    expect(formatMessage(template, data, "en")).toBe(en);
  });

  it("fills both languages from one set of data", () => {
    expect(localize({ nl: "{n:fte} fte op {c|rij|rijen}", en: "{n:fte} FTE on {c|row|rows}" }, { n: 1.4, c: 1 })).toEqual({ nl: "1,40 fte op 1 rij", en: "1.40 FTE on 1 row" });
  });
});
