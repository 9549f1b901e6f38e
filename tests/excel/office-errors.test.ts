/** Office errors as messages a user can act on, Dutch first. */
import { describeOfficeError, OFFICE_ERROR_MESSAGES, toWorkbookError, WorkbookError } from "../../src/excel/office-errors";
import { officeFixture } from "../support/office-fixture";

test.each(["RequestPayloadSizeLimitExceeded", "ItemNotFound", "InvalidArgument", "GeneralException", "AccessDenied", "InvalidOperationInCellEditMode"])("%s has its own message", (code) => {
  const message = describeOfficeError({ code, message: "raw" });
  expect(message).toBe(OFFICE_ERROR_MESSAGES[code]);
  expect(message.nl).not.toBe(message.en);
});

test("an unknown code keeps Excel's text", () => {
  expect(describeOfficeError(Object.assign(new Error("Iets raars"), { code: "Weird" }))).toEqual({
    nl: "Excel meldde een fout (Weird): Iets raars",
    en: "Excel reported an error (Weird): Iets raars",
  });
});

test("toWorkbookError keeps the code and the cause", () => {
  const cause = { code: "AccessDenied" };
  const error = toWorkbookError(cause);
  expect(error).toBeInstanceOf(WorkbookError);
  expect(error).toMatchObject({ code: "AccessDenied", cause, userMessage: OFFICE_ERROR_MESSAGES.AccessDenied });
  expect(toWorkbookError(error)).toBe(error);
});

test("a request over Excel's payload limit reaches the pane as a clear message", async () => {
  const fixture = officeFixture({ limits: { requestBytes: 2000 } });
  try {
    fixture.fake.seed("Formatie", "A1", [["Functie"]]);
    await expect(fixture.workbook.setCellValue("Formatie", "A2", "x".repeat(5000))).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
      userMessage: OFFICE_ERROR_MESSAGES.RequestPayloadSizeLimitExceeded,
    });
  } finally {
    fixture.uninstall();
  }
});
