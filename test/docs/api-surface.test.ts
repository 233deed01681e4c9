import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ENTRY_POINTS, root } from "./entry-points";

/*
 * What the API reference and the guides name is what a user can import. TypeDoc documents every export the type
 * checker sees in an entry point, and a function re-exported by `export type *` (or `export type { f }`) is one it
 * sees but that does not exist at run time: the reference then shows a function that throws "is not a function". So:
 *
 * - every value (function, constant, class, enum) the type checker sees exported by an entry point is exported by
 *   that entry point at run time;
 * - every name a code block of the README or a guide imports (without `type`) from a `ggzy-rules…` specifier is
 *   exported at run time by that specifier, run or not-run block, TypeScript or JavaScript;
 * - every function or constant of the library that a guide names in prose (`name(…)`, `name`) is exported at run
 *   time by some entry point — a guide does not tell users to call what they cannot import.
 *
 * Run-time exports are read from the sources (vitest resolves `ggzy-rules…` to src/, as the build's entry points
 * do); test/package checks that the built files export the same.
 */

// Guides that describe the implementation rather than the API: they name internal functions on purpose.
const ABOUT_THE_IMPLEMENTATION = new Set([
  "docs/performance.md", // how the hot paths are built (compiled acceptors, record collection…)
  "docs/rule-facts.md", // generated from the facts catalogue; names the fact function behind each subject
]);

const VALUE = ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class | ts.SymbolFlags.Enum;
const resolve = (checker: ts.TypeChecker, s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

let checker: ts.TypeChecker;
let program: ts.Program;
/** Per entry point, the names the type checker sees exported that are values (what TypeDoc documents as such). */
const typedValues = new Map<string, string[]>();
/** Per entry point, the names exported at run time. */
const runtime = new Map<string, Set<string>>();
/** Every run-time export of the package, any entry point. */
const anyEntry = new Set<string>();

function moduleExports(file: string): ts.Symbol[] {
  const source = program.getSourceFile(join(root, file));
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`${file} is not a module the type checker knows`);
  return checker.getExportsOfModule(symbol);
}

beforeAll(async () => {
  program = ts.createProgram(Object.values(ENTRY_POINTS).map((f) => join(root, f)), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  checker = program.getTypeChecker();
  for (const [spec, file] of Object.entries(ENTRY_POINTS)) {
    typedValues.set(spec, moduleExports(file).filter((s) => resolve(checker, s).flags & VALUE).map((s) => s.name));
    const names = new Set(Object.keys(await import(/* @vite-ignore */ spec)));
    runtime.set(spec, names);
    for (const n of names) anyEntry.add(n);
  }
}, 120_000);

/** `import { a, type B, c as d } from "ggzy-rules/x"`, `const { a } = require("ggzy-rules/x")`: specifier and value names. */
export function importedNames(code: string): Array<{ spec: string; name: string }> {
  const out: Array<{ spec: string; name: string }> = [];
  const add = (list: string, spec: string): void => {
    for (const part of list.split(",")) {
      const words = part.trim().split(/\s+/);
      if (words[0] === "" || words[0] === "type") continue;
      out.push({ spec, name: (words[0] as string).replace(/:.*/, "") });
    }
  };
  const from = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*["'](ggzy-rules(?:\/[\w-]+)?)["']/g;
  for (const m of code.matchAll(from)) if (m[1] === undefined) add(m[2] as string, m[3] as string);
  const required = /\{([^}]*)\}\s*=\s*(?:require|await\s+import)\(\s*["'](ggzy-rules(?:\/[\w-]+)?)["']\s*\)/g;
  for (const m of code.matchAll(required)) add(m[1] as string, m[2] as string);
  return out;
}

const guides = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
/** The text of a guide with its fenced code blocks and the code in them apart. */
function splitGuide(file: string): { prose: Array<{ line: number; text: string }>; blocks: Array<{ line: number; code: string }> } {
  const prose: Array<{ line: number; text: string }> = [];
  const blocks: Array<{ line: number; code: string }> = [];
  const lines = readFileSync(join(root, file), "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const fence = /^\s*(`{3,})/.exec(lines[i] as string)?.[1];
    if (fence === undefined) {
      prose.push({ line: i + 1, text: lines[i] as string });
      continue;
    }
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).trim().startsWith(fence); i++) body.push(lines[i] as string);
    blocks.push({ line: start, code: body.join("\n") });
  }
  return { prose, blocks };
}

describe("the API surface as documented", () => {
  it("reads imports the way the guides write them", () => {
    const code = `import { a, type B, c as d } from "ggzy-rules/scoring";\nimport type { E } from "ggzy-rules";\nconst { f, g: h } = require("ggzy-rules/model");`;
    expect(importedNames(code)).toEqual([
      { spec: "ggzy-rules/scoring", name: "a" },
      { spec: "ggzy-rules/scoring", name: "c" },
      { spec: "ggzy-rules/model", name: "f" },
      { spec: "ggzy-rules/model", name: "g" },
    ]);
  });

  it("exports at run time every value the type checker (and so the API reference) sees in an entry point", () => {
    const missing = [...typedValues].flatMap(([spec, names]) => names.filter((n) => !runtime.get(spec)?.has(n)).map((n) => `${spec}: ${n}`));
    expect(missing).toEqual([]);
    // The check can fail: it sees the scorers, and a function exported as a type would be one of these names.
    expect(typedValues.get("ggzy-rules/scoring")).toContain("scoreAgency");
  });

  it("exports from the root a selection of the subpaths' exports (docs/platform.md's module map), not all of them", () => {
    const subpaths = new Set([...runtime].filter(([spec]) => spec !== "ggzy-rules").flatMap(([, names]) => [...names]));
    const rootNames = [...(runtime.get("ggzy-rules") ?? [])];
    expect(rootNames.filter((n) => !subpaths.has(n))).toEqual([]);
    expect(rootNames.length).toBeLessThan(subpaths.size);
    expect(runtime.get("ggzy-rules")?.has("parseProject")).toBe(false); // the module map's example of a subpath-only call
    expect(runtime.get("ggzy-rules/model")?.has("parseProject")).toBe(true);
  });

  it("exports from each specifier every name a code block of the README or a guide imports from it", () => {
    const problems = guides.flatMap((file) =>
      splitGuide(file).blocks.flatMap((b) =>
        importedNames(b.code)
          .filter(({ spec, name }) => !(runtime.get(spec)?.has(name) ?? false))
          .map(({ spec, name }) => `${file} (block at line ${b.line}): ${name} from ${spec}${runtime.has(spec) ? "" : " (no such entry point)"}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("exports, from some entry point, every library function or constant a guide names", () => {
    // Every value any module of the library exports to its neighbours: a guide naming one of them names the API.
    const internal = new Set<string>();
    for (const sf of program.getSourceFiles()) {
      const file = relative(root, sf.fileName);
      if (!file.startsWith("src/")) continue;
      const symbol = checker.getSymbolAtLocation(sf);
      if (symbol === undefined) continue;
      for (const s of checker.getExportsOfModule(symbol)) {
        const target = resolve(checker, s);
        // Declared in the library (src/model/zod.ts passes zod's own exports on: `any`, `check`… are not ours).
        const ours = target.declarations?.some((d) => relative(root, d.getSourceFile().fileName).startsWith("src/")) ?? false;
        if (target.flags & VALUE && ours && !anyEntry.has(s.name)) internal.add(s.name);
      }
    }
    expect(internal.size).toBeGreaterThan(0);
    const named = guides
      .filter((f) => !ABOUT_THE_IMPLEMENTATION.has(f))
      .flatMap((file) =>
        splitGuide(file).prose.flatMap(({ line, text }) =>
          [...text.matchAll(/`(?:new\s+)?([A-Za-z_$][\w$]*)(?=[`(.<])/g)]
            .map((m) => m[1] as string)
            .filter((name) => internal.has(name))
            .map((name) => `${file}:${line}: ${name}`),
        ),
      );
    expect(named).toEqual([]);
  });
});
