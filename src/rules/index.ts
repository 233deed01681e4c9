export * from "./eligibility/index";
