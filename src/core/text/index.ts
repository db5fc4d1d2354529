export * from "./normalize";
export * from "./numbers";
export * from "./quantity";
export * from "./labels";
