/**
 * jsdom has no TextEncoder/TextDecoder, which the file layer (src/xlsx/) needs; browsers and Node
 * have them. Imported first by pane tests that open a workbook file in file mode.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
