export * from "./national";
export * from "./liaocheng";
export * from "./default";
