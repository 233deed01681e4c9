export * from "./quantile";
export * from "./settings";
export * from "./price-pattern";
export * from "./hit";
export type { PartAResult, FlagTable } from "./part-a";
export * from "./risk-scorecard";
export * from "./analyzer";
export * from "./cardinal";
export * from "./evaluate";
