export * from "./bidder-input";
export * from "./default-scorecard";
export * from "./score-bidders";
