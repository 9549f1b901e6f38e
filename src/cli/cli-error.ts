import type { Localized } from "../core/localized";

/** Unusable input: the CLI prints the message on one line and exits 2, with no stack trace. */
export class CliInputError extends Error {
  readonly userMessage: Localized;
  /** A stable code for JSON output ("usage", "no-such-sheet", …). */
  readonly code: string;
  constructor(message: Localized, code = "usage") {
    const short = { nl: shorten(message.nl), en: shorten(message.en) };
    super(short.en);
    this.name = "CliInputError";
    this.userMessage = short;
    this.code = code;
  }
}

/** A reason is one short line: at most 200 characters. */
function shorten(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}
