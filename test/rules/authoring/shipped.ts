import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCases } from "../../../src/authoring/index";
import type { RuleCase } from "../../../src/authoring/index";

const dir = fileURLToPath(new URL("../../../src/rules/packs/cases", import.meta.url));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".json") ? [join(d, f)] : []));

/** Every case shipped with the national and Liaocheng packs (`ggzy rules test national liaocheng src/rules/packs/cases`). */
export function shippedCases(): RuleCase[] {
  return walk(dir)
    .sort()
    .flatMap((f) => parseCases(JSON.parse(readFileSync(f, "utf8")), f.slice(dir.length + 1)));
}
