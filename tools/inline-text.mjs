// `import text from "<module path>?inline-text"`: the file's text, inlined at build time. Used by the CLI to carry
// Chart.js inside the report it writes, so that chart.js is a build-time dependency only. One plugin for esbuild
// (tsup) and one for Vite (vitest), resolving the path the same way Node does from the importing file.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const SUFFIX = "?inline-text";

// "<package>/<file inside it>" is looked up in the nearest node_modules/<package> above the importer, as Node would
// find the package; the file itself is read directly, since packages rarely export their UMD builds.
function resolveFrom(importer, spec) {
  const path = spec.slice(0, -SUFFIX.length);
  const parts = path.split("/");
  const nameLength = path.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, nameLength).join("/");
  const rest = parts.slice(nameLength).join("/");
  for (let dir = dirname(importer); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, rest);
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`inline-text: cannot find ${path} from ${importer}`);
  }
}

/** esbuild plugin (tsup's `esbuildPlugins`). */
export const inlineTextEsbuild = {
  name: "inline-text",
  setup(build) {
    build.onResolve({ filter: /\?inline-text$/ }, (args) => ({
      path: resolveFrom(args.importer, args.path),
      namespace: "inline-text",
    }));
    build.onLoad({ filter: /.*/, namespace: "inline-text" }, (args) => ({
      contents: readFileSync(args.path, "utf8"),
      loader: "text",
    }));
  },
};

/** Vite plugin (vitest's `plugins`). */
export function inlineTextVite() {
  return {
    name: "inline-text",
    enforce: "pre",
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || importer === undefined) return null;
      return resolveFrom(importer, source) + SUFFIX;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      return `export default ${JSON.stringify(readFileSync(id.slice(0, -SUFFIX.length), "utf8"))};`;
    },
  };
}
