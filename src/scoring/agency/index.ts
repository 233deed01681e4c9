export * from "./agency-input";
export * from "./agency-records";
export * from "./default-scorecard";
export * from "./score-agency";
export * from "./score-agencies";
export * from "./blacklist";
