export * from "./schema";
export * from "./subject";
export * from "./result";
export * from "./grade";
export * from "./grade-bands";
export * from "./score";
