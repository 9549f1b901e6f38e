import { storedBookName } from "../../src/core/stored-state";

describe("storedBookName: the book a workbook keeps, by name", () => {
  it.each([
    ["a kept book", { functieboekJson: JSON.stringify({ name: "Functieboek Heerdenveld" }) }, "Functieboek Heerdenveld"],
    ["no state", undefined, undefined],
    ["no book kept", {}, undefined],
    ["a book without a name", { functieboekJson: JSON.stringify({ functions: [] }) }, undefined],
    ["an empty name", { functieboekJson: JSON.stringify({ name: "" }) }, undefined],
    ["a name that is no text", { functieboekJson: JSON.stringify({ name: 5 }) }, undefined],
    ["JSON null", { functieboekJson: "null" }, undefined],
    ["damaged JSON", { functieboekJson: "{ name: " }, undefined],
  ])("%s", (_name, state, expected) => {
    expect(storedBookName(state)).toBe(expected);
  });
});
