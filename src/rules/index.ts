export * from "./eligibility/index";
export * from "./engine/index";
