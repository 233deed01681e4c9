export * from "./schema";
export * from "./subject";
export * from "./result";
export * from "./grade";
export * from "./score";
