import { mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateCity } from "./city";
import type { CityManifest, CityOptions } from "./city";

/**
 * File stems as written (kebab-case file names for the camelCase keys).
 *
 * @example
 * ```ts
 * fileNameOf("agencySelections", true); // "agency-selections.jsonl.gz"
 * ```
 */
export function fileNameOf(stem: string, gzip: boolean): string {
  return `${stem.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.jsonl${gzip ? ".gz" : ""}`;
}

/**
 * Generates a city and writes it to `dir` (emptied of earlier city files first). Returns the manifest.
 *
 * @example
 * ```ts
 * writeCity("/tmp/city", { projects: 200 });
 * ```
 */
export function writeCity(dir: string, options: CityOptions = {}, output: { gzip?: boolean } = {}): CityManifest {
  const city = generateCity(options);
  const gzip = output.gzip === true;
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.jsonl(\.gz)?$/.test(f)) rmSync(join(dir, f));
  for (const [stem, records] of Object.entries(city.files)) {
    const text = (records as unknown[]).map((r) => JSON.stringify(r)).join("\n") + "\n";
    // mtime 0 in the gzip header keeps the bytes identical from one run to the next.
    writeFileSync(join(dir, fileNameOf(stem, gzip)), gzip ? gzipSync(text, { level: 9 }) : text);
  }
  writeFileSync(join(dir, "city.json"), `${JSON.stringify(city.manifest, null, 2)}\n`);
  writeFileSync(join(dir, "ground-truth.json"), `${JSON.stringify(city.groundTruth, null, 1)}\n`);
  return city.manifest;
}
