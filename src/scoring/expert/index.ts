export * from "./rating-policy";
export * from "./score-expert";
export * from "./suspension";
export * from "./summary";
