export * from "./cases";
export * from "./coverage";
export * from "./run-cases";
export * from "./facts-catalogue";
export * from "./lint";
export * from "./doc";
