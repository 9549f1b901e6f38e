import fc from "fast-check";
import { formatDate, formatLongDate, localIsoDate, parseIsoDate } from "../../../src/core/format";

describe("dates", () => {
  it.each([
    ["2026-11-30", "30-11-2026", "30 november 2026", "30 November 2026"],
    ["2020-07-01", "01-07-2020", "1 juli 2020", "1 July 2020"],
    ["2024-02-29", "29-02-2024", "29 februari 2024", "29 February 2024"],
    ["2025-03-09T10:00:00Z", "09-03-2025", "9 maart 2025", "9 March 2025"],
  ])("%s → %s, %s, %s", (iso, short, longNl, longEn) => {
    expect(formatDate(iso, "nl")).toBe(short);
    expect(formatDate(iso, "en")).toBe(short);
    expect(formatLongDate(iso, "nl")).toBe(longNl);
    expect(formatLongDate(iso, "en")).toBe(longEn);
  });

  it.each(["2026-02-30", "2026-13-01", "1 juli", "", "30-11-2026", "2026-1-1"])("leaves %p as it is (not a real ISO date)", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(formatDate(text, "nl")).toBe(text);
    expect(formatLongDate(text, "en")).toBe(text);
  });

  it("takes today from the local calendar, not UTC", () => {
    // Half past midnight local time is still the previous day in UTC east of Greenwich.
    expect(localIsoDate(new Date(2026, 10, 30, 0, 30))).toBe("2026-11-30");
    expect(localIsoDate(new Date(2026, 0, 1, 23, 59))).toBe("2026-01-01");
  });

  it("round-trips every day of four centuries (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2299, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const short = formatDate(iso, "nl");
        expect(short).toMatch(/^\d{2}-\d{2}-\d{4}$/);
        const [day, month, year] = short.split("-");
        expect(`${year}-${month}-${day}`).toBe(iso);
        const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        expect(formatLongDate(iso, "nl")).toBe(`${Number(day)} ${months[Number(month) - 1]} ${year}`);
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });
});
