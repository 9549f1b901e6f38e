import fc from "fast-check";
import { formatDate, formatLongDate, localIsoDate, parseDutchDate, parseIsoDate } from "../../../src/core/format";

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

describe("dates as people type them (parseDutchDate)", () => {
  it.each([
    ["d-m-yyyy", "1-7-2028", "2028-07-01"],
    ["dd-mm-yyyy", "01-07-2028", "2028-07-01"],
    ["with slashes", "1/7/2028", "2028-07-01"],
    ["with dots", "01.07.2028", "2028-07-01"],
    ["with spaces around", "  31-12-2026 ", "2026-12-31"],
    ["ISO", "2028-07-01", "2028-07-01"],
    ["ISO with one-digit month and day", "2028-7-1", "2028-07-01"],
    ["ISO with a time", "2028-07-01T00:00:00", "2028-07-01"],
    ["a month name", "1 juli 2028", "2028-07-01"],
    ["a month name in capitals", "1 Januari 2025", "2025-01-01"],
    ["an abbreviated month", "15 okt 2026", "2026-10-15"],
    ["mrt for maart, with a dot", "3 mrt. 2026", "2026-03-03"],
    ["29 February of a leap year", "29-2-2028", "2028-02-29"],
  ])("reads %s: %p → %s", (_name, text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    ["31 February", "31-02-2026"],
    ["29 February of a common year", "29-2-2027"],
    ["month 13", "1-13-2026"],
    ["day 0", "0-1-2026"],
    ["an ISO date that does not exist", "2026-02-30"],
    ["mixed separators", "1-7/2028"],
    ["a two-digit year", "1-7-28"],
    ["a month name that is none", "1 juno 2028"],
    ["a month with no year", "1 juli"],
    ["a word", "morgen"],
    ["nothing", ""],
  ])("refuses %s: %p", (_name, text) => {
    expect(parseDutchDate(text)).toBeUndefined();
  });
});
