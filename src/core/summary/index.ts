export * from "./identity";
export * from "./labels";
export * from "./rows";
export { buildSummaryWorkbook, profileWords, totalNote } from "./workbook";
