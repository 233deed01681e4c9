export * from "./eligibility/index";
export * from "./engine/index";
export * from "./catalogue/index";
export * from "./facts/index";
export * from "./packs/index";
export * from "./validators/index";
export * from "./authoring/index";
