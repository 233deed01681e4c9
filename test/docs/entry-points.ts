import { fileURLToPath } from "node:url";

/** The repository's root (the library's sources are under src/). */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** The package's public entry points and the source file each is built from. */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  "ggzy-rules": "src/index.ts",
  "ggzy-rules/model": "src/model/index.ts",
  "ggzy-rules/calendar": "src/calendar/index.ts",
  "ggzy-rules/rules": "src/rules/index.ts",
  "ggzy-rules/authoring": "src/authoring/index.ts",
  "ggzy-rules/sampling": "src/sampling/index.ts",
  "ggzy-rules/announcement": "src/announcement/index.ts",
  "ggzy-rules/scoring": "src/scoring/index.ts",
};

/** The subpaths alone: the root only re-exports a selection of them. */
export const SUBPATHS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ENTRY_POINTS).filter(([spec]) => spec !== "ggzy-rules"));
