import { defineConfig } from "tsup";
import { inlineTextEsbuild } from "../tools/inline-text.mjs";

// The application: one ESM entry for Node, the library (ggzy-rules) and the CLI's own dependencies left external.
// Chart.js is inlined as text (it goes into the report, not into the CLI's own code).
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  clean: true,
  outDir: "dist",
  banner: { js: "#!/usr/bin/env node" },
  esbuildPlugins: [inlineTextEsbuild],
});
