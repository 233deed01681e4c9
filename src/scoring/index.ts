export * from "./compare-utf8";
export * from "./scorecard/index";
