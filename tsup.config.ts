import { defineConfig } from "tsup";

// One entry per public subpath (the CLI is its own package, cli/). ESM is primary; CJS is built for require() users.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "model/index": "src/model/index.ts",
    "calendar/index": "src/calendar/index.ts",
    "rules/index": "src/rules/index.ts",
    "sampling/index": "src/sampling/index.ts",
    "announcement/index": "src/announcement/index.ts",
    "scoring/index": "src/scoring/index.ts",
    "authoring/index": "src/authoring/index.ts",
  },
  format: ["esm", "cjs"],
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates (TypeScript 7 drops it: stay on 6.0).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: "es2022",
  outDir: "dist",
});
