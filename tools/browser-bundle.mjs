// The browser bundle of ggzy-rules/rules + ggzy-rules/sampling as issue 14 measures it: esbuild, platform browser,
// minified, ESM, from the library's sources (which dist/ is compiled from). esbuild writes non-ASCII text as \uXXXX
// escapes, and the budget is measured so. Used by tools/bundle-size.mjs and by the test that keeps documentation
// (rule titles, notes, clause titles) out of the bundle.
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;

/** Builds the bundle in memory: `{ text, bytes, inputs }` (inputs: file → bytes in the output). */
export async function browserBundle() {
  const result = await build({
    stdin: {
      contents: 'export * from "./src/rules/index.ts";\nexport * from "./src/sampling/index.ts";\n',
      resolveDir: root,
      sourcefile: "browser-entry.ts",
      loader: "ts",
    },
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    minify: true,
    metafile: true,
    logLevel: "error",
  });
  const out = result.outputFiles[0];
  const inputs = Object.fromEntries(Object.entries(Object.values(result.metafile.outputs)[0].inputs).map(([file, v]) => [file, v.bytesInOutput]));
  return { text: out.text, bytes: out.contents.length, inputs };
}
