/**
 * Words for people, from one place: numbers (fte, euros, counts, percentages), dates and
 * singular/plural in Dutch and English, and the message templates that use them. Components,
 * tables and sheet writers call these; none formats a number or a date by hand.
 */
export { NOT_A_NUMBER, formatEuro, formatEuroWhole, formatFixed, formatFte, formatGeneral, formatInteger, formatNumber, formatPercent, formatSignedEuroWhole, formatSignedFte, parseFormattedNumber, roundDecimal } from "./number-format";
export { formatCellValue } from "./cell-value-format";
export { formatDate, formatLongDate, localIsoDate, parseDutchDate, parseIsoDate, type CalendarDate } from "./date-format";
export { formatCount, pluralWord, type CountWords } from "./plural";
export { formatList } from "./list-format";
export { formatMessage, formatValue, localize, type ValueFormat } from "./message-format";
