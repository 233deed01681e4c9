import { readFileSync } from "node:fs";

/** The package's public entry points, read from package.json `exports` (a new subpath is covered the day it appears). */
export function publicEntryPoints(): { subpath: string; file: string }[] {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown> };
  return Object.keys(pkg.exports)
    .filter((k) => k !== "./package.json")
    .map((subpath) => ({ subpath, file: subpath === "." ? "../../src/index" : `../../src/${subpath.slice(2)}/index` }));
}

/** Every callable export of every entry point, once (an export re-exported by the root counts once). */
export async function publicCallables(): Promise<{ name: string; where: string; fn: (...args: unknown[]) => unknown; isClass: boolean }[]> {
  const out = new Map<unknown, { name: string; where: string; fn: (...args: unknown[]) => unknown; isClass: boolean }>();
  for (const { subpath, file } of publicEntryPoints()) {
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function" || out.has(value)) continue;
      const isClass = /^class\b/.test(Function.prototype.toString.call(value));
      out.set(value, { name, where: subpath === "." ? "ggzy-rules" : `ggzy-rules/${subpath.slice(2)}`, fn: value as (...args: unknown[]) => unknown, isClass });
    }
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
