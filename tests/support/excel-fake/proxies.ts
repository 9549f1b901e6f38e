/**
 * The fake's Office.js-shaped proxies, by concern: client-object.ts (queued commands, loads),
 * context.ts (a request), host.ts (what requests share), workbook-proxies.ts (workbook,
 * worksheets), range-proxies.ts, format-proxies.ts, sheet-part-proxies.ts (tables, charts, page layout),
 * annotation-proxies.ts (notes, threaded comments), protection.ts, custom-xml-proxies.ts.
 */
export { jsonSize, OfficeError } from "./client-object";
export { FakeContext, type FakeRunOptions } from "./context";
export { FakeHost, type ChangeType, type FakeLimits, type FakeStats, type FormatCall, type RequestRecord } from "./host";
export { MAX_MERGED_AREAS, RangeAreasProxy, RangeProxy } from "./range-proxies";
export { WorksheetProxy } from "./workbook-proxies";
export { key, type FakeFill } from "./model";
