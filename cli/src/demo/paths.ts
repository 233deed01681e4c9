import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import chartJsUmd from "chart.js/dist/chart.umd.min.js?inline-text";
import { GgzyError } from "ggzy-rules/model";

/*
 * Where the demo's files are. Chart.js is inlined into the CLI at build time (see cli/tsup.config.ts), so the report
 * is one self-contained file and chart.js is no runtime dependency. The bundled city is found by walking up from this
 * file: `dist/demo-city/` of the installed package (the build copies it there), or the repository's
 * `examples/demo-city/` when the CLI runs from its sources.
 */

/**
 * The bundled demo city: the nearest `demo-city/` (installed package) or `examples/demo-city/` (repository) above
 * `from`.
 *
 * @example
 * ```ts
 * loadCity(bundledCityDir());
 * ```
 */
export function bundledCityDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const city of [join(dir, "demo-city"), join(dir, "examples", "demo-city")]) if (existsSync(join(city, "city.json"))) return city;
    if (dirname(dir) === dir) break;
  }
  throw new GgzyError("IO_ERROR", {
    zh: "找不到内置示例城市（examples/demo-city），请用 --data 指定数据目录",
    en: "Cannot find the bundled demo city (examples/demo-city); give a data directory with --data",
    details: { from },
  });
}

/**
 * Chart.js's UMD build, inlined into the report (one self-contained file that works offline).
 *
 * @example
 * ```ts
 * chartJsSource().length > 100_000; // true
 * ```
 */
export function chartJsSource(): string {
  return chartJsUmd;
}
