export * from "./indicator";
export * from "./budget";
export * from "./grade";
export * from "./deductions";
export * from "./aggregate";
export * from "./monitor";
export * from "./evaluate";
