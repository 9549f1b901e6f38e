import { FileTooLargeError, readFileText } from "../../src/taskpane/services/read-file";

describe("readFileText", () => {
  it("refuses a file above the limit before reading it, with a Dutch and English message", async () => {
    let read = false;
    const file = { name: "enorm.json", size: 11 * 1024 * 1024, text: () => ((read = true), Promise.resolve("")) } as unknown as Blob & { name: string };
    await expect(readFileText(file)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(read).toBe(false);
    await readFileText(file).catch((error: FileTooLargeError) => {
      expect(error.userMessage.nl).toBe("enorm.json is te groot (11 MB; de grens is 10 MB). Er is niets veranderd.");
      expect(error.userMessage.en).toContain("too large");
    });
  });

  it("reads a file within the limit", async () => {
    const file = { name: "boek.json", size: 2, text: () => Promise.resolve("{}") } as unknown as Blob;
    await expect(readFileText(file)).resolves.toBe("{}");
  });
});
