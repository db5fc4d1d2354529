export * from "./et";
export * from "./read";
export * from "./wps-port";
