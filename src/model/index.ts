export * from "./error";
export * from "./canonical";
