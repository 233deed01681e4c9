import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { inlineTextVite } from "./tools/inline-text.mjs";

// One run for both packages. The CLI's tests import the library by its public names (ggzy-rules, ggzy-rules/rules…),
// resolved here to the library's sources, as tsconfig.json's paths do for the type checker.
const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  plugins: [inlineTextVite()],
  resolve: {
    alias: [
      { find: /^ggzy-rules$/, replacement: src("index.ts") },
      { find: /^ggzy-rules\/(model|calendar|rules|authoring|sampling|announcement|scoring)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "cli/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
