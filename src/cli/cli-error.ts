import type { Localized } from "../core/localized";

/** Unusable input: the CLI prints the message on one line and exits 2, with no stack trace. */
export class CliInputError extends Error {
  readonly userMessage: Localized;
  /** A stable code for JSON output ("usage", "no-such-sheet", …). */
  readonly code: string;
  constructor(message: Localized, code = "usage") {
    super(message.en);
    this.name = "CliInputError";
    this.userMessage = message;
    this.code = code;
  }
}
