/** Fills between Office.js and the state sheet's JSON (the ExcelJS adapter's shape). */
import { fillFromStoredJson, isSolidColor, normalizeFill, storedFillJson, type OfficeFill } from "../../src/excel/fill-state";

test.each<[string, OfficeFill]>([
  ["no fill", { color: "#FFFFFF", pattern: "None" }],
  ["solid", { color: "#FFC7CE", pattern: "Solid" }],
  ["white (not the same as none)", { color: "#FFFFFF", pattern: "Solid" }],
  ["hatched", { color: "#FFFF00", pattern: "LightDown", patternColor: "#7F7F7F" }],
  ["checker", { color: "#00B050", pattern: "Checker", patternColor: "#000000" }],
])("%s survives the round trip", (_, fill) => {
  const back = fillFromStoredJson(storedFillJson(fill));
  expect(back === null ? { color: "#FFFFFF", pattern: "None" } : back).toEqual(fill);
});

test.each([
  ["null", null],
  ['{"type":"pattern","pattern":"solid","fgColor":{"argb":"FF123456"}}', { color: "#123456", pattern: "Solid" }],
  ['{"type":"pattern","pattern":"solid","fgColor":{"theme":4,"tint":0.4}}', { color: "#4472C4", pattern: "Solid", tintAndShade: 0.4 }],
  ['{"type":"pattern","pattern":"darkGray","fgColor":{"argb":"FF000000"},"bgColor":{"argb":"FFFFFFFF"}}', { color: "#FFFFFF", pattern: "Gray75", patternColor: "#000000" }],
  ['{"type":"pattern","pattern":"none"}', null],
  ['{"type":"gradient","gradient":"angle","stops":[]}', undefined],
  ["{oops", undefined],
])("stored %s (as the CLI writes it) → %p", (json, expected) => {
  expect(fillFromStoredJson(json)).toEqual(expected);
});

test("normalizeFill tells a uniform answer from a mixed one", () => {
  expect(normalizeFill({ color: "#ffc7ce", pattern: "Solid", patternColor: "#000000" })).toEqual({ color: "#FFC7CE", pattern: "Solid" });
  expect(normalizeFill({ color: null, pattern: "Solid" })).toBeUndefined();
  expect(normalizeFill({ color: "#FFFFFF", pattern: null })).toBeUndefined();
});

test("isSolidColor takes ARGB or RGB", () => {
  expect(isSolidColor({ color: "#FFC7CE", pattern: "Solid" }, "FFFFC7CE")).toBe(true);
  expect(isSolidColor({ color: "#FFC7CE", pattern: "Solid" }, "FFC7CE")).toBe(true);
  expect(isSolidColor({ color: "#FFC7CE", pattern: "Gray25" }, "FFC7CE")).toBe(false);
});
