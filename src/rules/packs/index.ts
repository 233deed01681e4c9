export * from "./national";
export * from "./liaocheng";
export * from "./default";
export * from "./signing";
export * from "./load-pack";
