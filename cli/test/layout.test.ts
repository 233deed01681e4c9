import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * The application uses only what a platform can use: the library's published entry points. An import that reaches
 * into the library's files (`../../src/…`), or anything outside cli/, or names a subpath the library does not export would let the CLI or the
 * service do something the published API cannot.
 */
const cliDir = fileURLToPath(new URL("..", import.meta.url));
const rootDir = resolve(cliDir, "..");
const libraryExports = Object.keys(
  (JSON.parse(readFileSync(join(rootDir, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports,
).map((k) => (k === "." ? "ggzy-rules" : `ggzy-rules/${k.slice(2)}`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const importsOf = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1] ?? "");

describe("the application imports only the library's public entry points", () => {
  const files = sourceFiles(join(cliDir, "src"));

  it("finds the application's sources", () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [relative(cliDir, f), f]))("%s", (_name, file) => {
    const bad = importsOf(readFileSync(file, "utf8")).filter((spec) => {
      if (spec.startsWith(".")) return relative(cliDir, resolve(dirname(file), spec)).startsWith("..");
      if (spec === "ggzy-rules" || spec.startsWith("ggzy-rules/")) return !libraryExports.includes(spec);
      return false;
    });
    expect(bad).toEqual([]);
  });
});
