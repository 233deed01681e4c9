export * from "./basis";
export * from "./agencies";
export * from "./experts";
export * from "./performance";
export * from "./process";
export * from "./supervision";
export * from "./national";
export * from "./nationalTimeline";
