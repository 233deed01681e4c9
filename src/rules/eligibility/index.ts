export * from "./reasons";
export * from "./context";
export * from "./conflicts";
export * from "./expertExclusions";
