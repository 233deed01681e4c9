export * from "./reason";
export type { LaterRecords } from "./later-records";
export * from "./scorecard/index";
export * from "./agency/index";
export * from "./ranking/index";
export * from "./expert/index";
export * from "./risk/index";
export * from "./bidder/index";
