export * from "./identity";
export * from "./labels";
export * from "./rows";
export { buildSummaryWorkbook, totalNote } from "./workbook";
