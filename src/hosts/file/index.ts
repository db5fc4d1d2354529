export * from "./errors";
export * from "./xlsx";
