export * from "./schema";
export * from "./builtin";
export * from "./load";
export * from "./auto";
export * from "./region";
