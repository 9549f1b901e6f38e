/**
 * A failure of the workbook (Office.js, or any other port) as a message the user can act on.
 * An adapter may attach its own `userMessage` ({ nl, en }); known Office error codes get a fixed
 * explanation; anything else is shown with its own text (as text, never as HTML).
 */
import type { Localized } from "../../core/localized";
import { message, type UiText } from "../i18n";
import type { MessageKey } from "../messages";

const BY_CODE: Record<string, MessageKey> = {
  RequestPayloadSizeLimitExceeded: "errorPayload",
  ResponsePayloadSizeLimitExceeded: "errorPayload",
  InvalidOperationInCellEditMode: "errorEditMode",
  ItemNotFound: "errorNotFound",
  AccessDenied: "errorAccessDenied",
  ActivityLimitReached: "errorBusy",
  RequestAborted: "errorBusy",
  ApiNotFound: "errorUnsupported",
  UnsupportedOperation: "errorUnsupported",
};

export function describeError(error: unknown): UiText {
  if (typeof error === "object" && error !== null) {
    const userMessage = (error as { userMessage?: unknown }).userMessage;
    if (isLocalized(userMessage)) return { localized: userMessage };
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && BY_CODE[code]) return message(BY_CODE[code] as MessageKey, { detail: detailOf(error) });
  }
  return message("errorGeneric", { detail: detailOf(error) });
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return String(error);
}

function isLocalized(value: unknown): value is Localized {
  return typeof value === "object" && value !== null && typeof (value as Localized).nl === "string" && typeof (value as Localized).en === "string";
}
