/** A1 addresses: parsing, run merging, chunking under Excel's address limit. */
import { absoluteReference, cellRuns, chunkAddresses, expandAddressList, parseAreas, parseCell, parseRect, rectAddress } from "../../src/core/range-addresses";

test.each([
  ["D5", { row: 5, col: 4 }],
  ["$AA$10", { row: 10, col: 27 }],
  ["XFD1048576", { row: 1048576, col: 16384 }],
  ["XFE1", undefined],
  ["A0", undefined],
  ["A1:B2", undefined],
])("parseCell(%p)", (address, expected) => {
  expect(parseCell(address)).toEqual(expected);
});

test.each([
  ["B9:A2", { top: 2, left: 1, bottom: 9, right: 2 }],
  ["3:7", { top: 3, left: 1, bottom: 7, right: 16384 }],
  ["C:E", { top: 1, left: 3, bottom: 1048576, right: 5 }],
  ["A1;B2", undefined],
])("parseRect(%p)", (address, expected) => {
  expect(parseRect(address)).toEqual(expected);
});

test("parseAreas reads RangeAreas addresses with (quoted) sheet names", () => {
  expect(parseAreas("'Blad, 1'!A1:B4, 'Blad, 1'!D1:D4").map(rectAddress)).toEqual(["A1:B4", "D1:D4"]);
});

test("cellRuns merges vertical runs per column, ignoring duplicates", () => {
  const cells = [5, 6, 7, 9, 6].map((row) => ({ row, col: 4 })).concat([{ row: 1, col: 2 }]);
  expect(cellRuns(cells).map(rectAddress)).toEqual(["B1", "D5:D7", "D9"]);
});

test("chunkAddresses keeps every list under the limit and loses nothing", () => {
  const addresses = Array.from({ length: 5000 }, (_, i) => `D${i * 2 + 1}`);
  const chunks = chunkAddresses(addresses, 7000);
  expect(chunks.every((c) => c.length <= 7000)).toBe(true);
  expect(chunks.join(",").split(",")).toEqual(addresses);
});

test("expandAddressList gives every cell; refuses whole columns", () => {
  expect(expandAddressList("A4:A6,C2")?.map((c) => `${c.col}:${c.row}`)).toEqual(["1:4", "1:5", "1:6", "3:2"]);
  expect(expandAddressList("A:A")).toBeUndefined();
});

test("absoluteReference quotes sheet names that need it", () => {
  expect(absoluteReference("Lijsten", { top: 2, left: 2, bottom: 9, right: 2 })).toBe("Lijsten!$B$2:$B$9");
  expect(absoluteReference("Mijn 'lijst'", { top: 1, left: 1, bottom: 1, right: 1 })).toBe("'Mijn ''lijst'''!$A$1");
});
