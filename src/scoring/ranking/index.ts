export * from "./rank-agencies";
