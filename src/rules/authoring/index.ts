export * from "./cases";
export * from "./coverage";
export * from "./run-cases";
