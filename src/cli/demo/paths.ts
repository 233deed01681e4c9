import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GgzyError } from "../../model/index";

/*
 * Where the package is: the bundled demo city and Chart.js are found relative to the package root, whether the CLI
 * runs from `dist/cli/main.js` or from the sources under tsx.
 */

/**
 * The root of the ggzy-rules package: the nearest directory above `from` whose package.json is named `ggzy-rules`.
 *
 * @example
 * ```ts
 * packageRoot(); // "/work/main"
 * ```
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "ggzy-rules") return dir;
      } catch {
        // not ours: keep looking upwards
      }
    }
    const up = dirname(dir);
    if (up === dir) {
      throw new GgzyError("IO_ERROR", {
        zh: "找不到 ggzy-rules 包的根目录",
        en: "Cannot find the root of the ggzy-rules package",
        details: { from },
      });
    }
    dir = up;
  }
}

/**
 * The bundled demo city, `examples/demo-city/` under the package root.
 *
 * @example
 * ```ts
 * loadCity(bundledCityDir());
 * ```
 */
export function bundledCityDir(root: string = packageRoot()): string {
  return join(root, "examples", "demo-city");
}

/**
 * Chart.js's UMD build, read at run time so the report inlines it (one self-contained file that works offline).
 *
 * @example
 * ```ts
 * chartJsSource().length > 100_000; // true
 * ```
 */
export function chartJsSource(root: string = packageRoot()): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", "chart.js", "dist", "chart.umd.min.js");
    if (existsSync(file)) return readFileSync(file, "utf8");
    if (dirname(dir) === dir) break;
  }
  throw new GgzyError("IO_ERROR", {
    zh: "找不到 chart.js（node_modules/chart.js/dist/chart.umd.min.js），请先运行 npm install",
    en: "Cannot find chart.js (node_modules/chart.js/dist/chart.umd.min.js); run npm install first",
    details: { root },
  });
}
