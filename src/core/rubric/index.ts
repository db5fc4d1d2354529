export * from "./schema";
export * from "./builtin";
export * from "./load";
