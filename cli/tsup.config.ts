import { cpSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { defineConfig } from "tsup";
import { inlineTextEsbuild } from "../tools/inline-text.mjs";
import pkg from "./package.json";
import { verifierHtml } from "./src/verifier/page";

// The application: one ESM entry for Node, the library (ggzy-rules) and the CLI's own dependencies left external.
// Chart.js is inlined as text (it goes into the report, not into the CLI's own code).
// After it, verify.html: the library's draw verifier bundled for the browser (esbuild, tsup's own bundler) into one
// offline page, shipped in dist/ beside main.js (`ggzy draw verifier --out <dir>` copies it).
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
  async onSuccess() {
    const bundle = await build({
      entryPoints: ["src/verifier/app.ts"],
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2020",
      minify: true,
      write: false,
      charset: "utf8",
      legalComments: "none",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    writeFileSync("dist/verify.html", verifierHtml(script, pkg.version));
    // The bundled demo city ships inside the package (1.8 MB), so `ggzy demo` works where ggzy-cli is installed.
    cpSync(new URL("../examples/demo-city", import.meta.url), new URL("./dist/demo-city", import.meta.url), { recursive: true });
  },
});
