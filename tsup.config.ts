import { defineConfig } from "tsup";

// One entry per public subpath, plus the CLI. ESM is primary; CJS is built for require() users.
export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "model/index": "src/model/index.ts",
      "calendar/index": "src/calendar/index.ts",
      "rules/index": "src/rules/index.ts",
      "sampling/index": "src/sampling/index.ts",
      "scoring/index": "src/scoring/index.ts",
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
  },
  {
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
