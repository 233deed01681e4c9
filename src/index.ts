export * from "./model/index";
export * from "./calendar/index";
export * from "./scoring/index";
export * from "./rules/index";
export * from "./sampling/index";
