import { labelLookup } from "../../../src/core/formatie/label-lookup";

const lookup = labelLookup([
  { value: "scale", labels: ["Schaal"] },
  { value: "currentScale", labels: ["Huidige schaal"] },
  { value: "fte", labels: ["FTE", "Fte"] },
  { value: "nr", labels: ["Nr"] },
]);

describe("labelLookup", () => {
  it.each([
    ["a known label", "Schaal", "scale"],
    ["case, accents and punctuation ignored", "  SCHAAL: ", "scale"],
    ["a known label inside a longer one", "Schaal 2025", "scale"],
    ["the longest known label inside it", "Huidige schaal 2024", "currentScale"],
    ["a short label as a whole label", "nr.", "nr"],
  ])("finds %s", (_name, label, value) => {
    expect(lookup.find(label)).toBe(value);
  });

  it.each([
    ["a label of fewer than three characters inside another", "Volg nr"],
    ["a word inside a word", "Schaalsprong"],
    ["a sentence", "In deze kolom staat de schaal van de functie volgens het boek"],
    ["nothing", "  "],
  ])("finds nothing for %s", (_name, label) => {
    expect(lookup.find(label)).toBeUndefined();
  });

  it("tells a whole label from one inside a longer text", () => {
    expect(lookup.exact("Huidige schaal")).toBe("currentScale");
    expect(lookup.exact("Schaal 2025")).toBeUndefined();
  });

  it("reads a longer text as a label where the caller allows it", () => {
    const label = "Schaal volgens het functieboek van 2025 (ja)"; // 44 characters
    expect(lookup.find(label)).toBeUndefined();
    expect(labelLookup([{ value: "scale", labels: ["Schaal"] }], 50).find(label)).toBe("scale");
  });
});
