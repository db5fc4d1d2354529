/**
 * The indicator table, in three parts: its header (table-header), the row walk under it (table-walk) and the
 * rows that close it (table-closing). Every label they match is in vocabulary.ts.
 */
export * from "./table-header";
export * from "./table-walk";
export * from "./table-closing";
export * from "./table-infer";
