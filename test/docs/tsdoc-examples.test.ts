import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBPATHS, root } from "./entry-points";

/*
 * The TSDoc @example of every public function, constant and class runs and says what it computes. An example is
 * run with the package's public names imported (from their subpath, as a user writes them). A statement followed by a
 * comment that starts with a value — `addWorkingDays("2024-09-30", 1); // "2024-10-08" (National Day…)`,
 * `r.score; r.grade; // 36.46, "C"`, or the value on the comment lines below the statement — must compute that value
 * (JSON, or a JS literal with bare keys or single quotes; `undefined`); `// throws GgzyError CODE` must throw it. A
 * comment that does not start with a value (`// e.g. 86.4`, `// [2004, …, 2026]`, prose) is not checked.
 *
 * Many examples use a value the reader supplies (`project`, `json`, `text`): such an example stops at the first
 * name it does not define, and only what it checked before is held (counted as "illustrative" below). Anything else
 * it throws — a name the package does not export, a record the validator refuses — fails.
 */


interface Example {
  readonly name: string;
  readonly where: string;
  readonly code: string;
}

/** The value a comment starts with, as JSON text (bare keys quoted, single-quoted strings rewritten), or undefined. */
export function leadingValues(comment: string, count: number): unknown[] | undefined {
  const values: unknown[] = [];
  let rest = comment.trim();
  for (let k = 0; k < count; k++) {
    if (k > 0) {
      if (!rest.startsWith(",")) return undefined;
      rest = rest.slice(1).trim();
    }
    if (rest.startsWith("undefined")) {
      values.push(undefined);
      rest = rest.slice("undefined".length).trim();
      continue;
    }
    const end = valueEnd(rest);
    if (end === undefined) return undefined;
    const text = rest.slice(0, end);
    // An elided value (…), or a number that begins a formula or a longer number, is not a claim.
    if (text.includes("…") || /^(?:[…\d.]|\s*[−\-+×*/=^])/.test(rest.slice(end))) return undefined;
    try {
      values.push(JSON.parse(toJson(text)));
    } catch {
      return undefined;
    }
    rest = rest.slice(end).trim();
  }
  return values;
}

/** Where the value at the start of `s` ends: a string, a bracketed literal, a number, true / false / null. */
function valueEnd(s: string): number | undefined {
  const word = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?![\w.])/.exec(s);
  if (word !== null) return word[0].length;
  const open = s[0];
  if (open !== "[" && open !== "{" && open !== '"' && open !== "'") return undefined;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '"' || c === "'") {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === "\\") i++;
      if (open === c) return i + 1;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** A JS literal as JSON: keys quoted, single-quoted strings double-quoted. */
function toJson(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'") {
      let j = i + 1;
      let body = "";
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === "\\") body += text[j++];
        body += text[j];
      }
      out += c === '"' ? `"${body}"` : JSON.stringify(body.replace(/\\'/g, "'")).replace(/\\\\(?=[nrt"\\/bfu])/g, "\\");
      i = j;
      continue;
    }
    const key = /^([A-Za-z_$][\w$]*)(\s*:)/.exec(text.slice(i));
    if (key !== null && /[{,]\s*$/.test(out)) {
      out += `"${key[1]}"${key[2]}`;
      i += (key[0].length as number) - 1;
      continue;
    }
    out += c;
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), "ggzy-tsdoc-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const examples: Example[] = [];
/** Public name → the subpath a user imports it from. */
const entryOf = new Map<string, string>();

beforeAll(async () => {
  for (const spec of Object.keys(SUBPATHS)) for (const name of Object.keys(await import(/* @vite-ignore */ spec))) if (!entryOf.has(name)) entryOf.set(name, spec);
  const program = ts.createProgram(Object.values(SUBPATHS).map((f) => join(root, f)), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  for (const file of Object.values(SUBPATHS)) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, file)) as ts.SourceFile);
    for (const s of module === undefined ? [] : checker.getExportsOfModule(module)) {
      if (!entryOf.has(s.name) || seen.has(s.name)) continue;
      seen.add(s.name);
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const decl = target.declarations?.[0];
      if (decl === undefined) continue;
      const host = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
      const sf = decl.getSourceFile();
      const where = `${sf.fileName.slice(root.length)}:${sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1}`;
      for (const tag of ts.getJSDocTags(host).filter((t) => t.tagName.text === "example")) {
        const text = typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "");
        const code = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(text)?.[1];
        if (code !== undefined) examples.push({ name: s.name, where, code });
      }
    }
  }
}, 120_000);

/** The example as a module: public names imported, each claimed statement recorded with its claim. */
function instrument(ex: Example, index: number): { file: string; claims: Array<{ line: number; values: unknown[] | "throws"; code?: string }> } {
  const sf = ts.createSourceFile("example.ts", ex.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (n: ts.Node): void => {
    if ((ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && n.name !== undefined && ts.isIdentifier(n.name)) declared.add(n.name.text);
    if (ts.isIdentifier(n) && !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) && !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)) used.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  const imports = new Map<string, string[]>();
  for (const name of used) {
    const spec = entryOf.get(name);
    if (spec !== undefined && !declared.has(name)) imports.set(spec, [...(imports.get(spec) ?? []), name]);
  }
  const lines = ex.code.split("\n");
  const claims: Array<{ line: number; values: unknown[] | "throws"; code?: string }> = [];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const statements = sf.statements;
  for (let k = 0; k < statements.length; k++) {
    const st = statements[k] as ts.Statement;
    if (!ts.isExpressionStatement(st)) continue;
    const endLine = sf.getLineAndCharacterOfPosition(st.end).line;
    const next = statements[k + 1];
    if (next !== undefined && sf.getLineAndCharacterOfPosition(next.getStart()).line === endLine) continue; // the comment is the last one's
    // The statements on this line that the comment speaks of: `a; b; // 1, 2`.
    const group = [st];
    for (let j = k - 1; j >= 0; j--) {
      const prev = statements[j] as ts.Statement;
      if (!ts.isExpressionStatement(prev) || sf.getLineAndCharacterOfPosition(prev.end).line !== endLine) break;
      group.unshift(prev);
    }
    const rest = (lines[endLine] as string).slice(sf.getLineAndCharacterOfPosition(st.end).character);
    let comment = /^\s*\/\/(.*)$/.exec(rest)?.[1];
    if (comment === undefined || comment.trim() === "") {
      const below: string[] = [];
      for (let l = endLine + 1; l < lines.length && /^\s*\/\//.test(lines[l] as string); l++) below.push((lines[l] as string).replace(/^\s*\/\//, ""));
      comment = below.join(" ");
    }
    const thrown = /^\s*throws GgzyError[\s(]*"?([A-Z_]+)/.exec(comment);
    const values = thrown !== null ? "throws" : leadingValues(comment, group.length);
    if (values === undefined) continue;
    group.forEach((g, n) => {
      const id = claims.length;
      claims.push({ line: sf.getLineAndCharacterOfPosition(g.getStart()).line + 1, values: values === "throws" ? "throws" : [(values as unknown[])[n]], ...(thrown !== null ? { code: thrown[1] } : {}) });
      const expr = (g as ts.ExpressionStatement).expression.getText(sf);
      edits.push({ start: g.getStart(), end: g.end, text: `await __record(${id}, async () => (${expr}));` });
    });
  }
  let body = ex.code;
  for (const e of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  const head = [...imports].map(([spec, names]) => `import { ${names.join(", ")} } from "${spec}";`).join("\n");
  const file = join(work, `example-${index}.ts`);
  writeFileSync(
    file,
    `${head}
export const __seen: Array<{ id: number; value?: unknown; error?: unknown }> = [];
async function __record(id: number, f: () => Promise<unknown>): Promise<void> {
  try { __seen.push({ id, value: await f() }); } catch (error) { __seen.push({ id, error }); }
}
export async function __run(): Promise<void> {
${body}
}
`,
  );
  return { file, claims };
}

describe("TSDoc examples of the public API", () => {
  it("reads the values a comment claims", () => {
    expect(leadingValues(` "2024-10-08" (National Day)`, 1)).toEqual(["2024-10-08"]);
    expect(leadingValues(` 36.46, "C"`, 2)).toEqual([36.46, "C"]);
    expect(leadingValues(` { year: 2024, month: 2, day: 29 }`, 1)).toEqual([{ year: 2024, month: 2, day: 29 }]);
    expect(leadingValues(` '{"a":[true,"x"],"b":1}'`, 1)).toEqual(['{"a":[true,"x"],"b":1}']);
    expect(leadingValues(` undefined: R003 does not run`, 1)).toEqual([undefined]);
    expect(leadingValues(` 1: one bid of two carries a date`, 1)).toEqual([1]);
    for (const unclaimed of [" e.g. 86.4", " 2.9166…", " [2004, 2005, …, 2026]", " the top-ranked agency", " 90 − 15 = 75"]) expect(leadingValues(unclaimed, 1), unclaimed).toBeUndefined();
  });

  it("runs every example and each computes what its comments claim", async () => {
    expect(examples.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let checked = 0;
    let illustrative = 0;
    for (const [i, ex] of examples.entries()) {
      const { file, claims } = instrument(ex, i);
      const label = `${ex.name} (${ex.where})`;
      let seen: Array<{ id: number; value?: unknown; error?: unknown }> = [];
      try {
        const mod = (await import(/* @vite-ignore */ file)) as { __run: () => Promise<void>; __seen: typeof seen };
        seen = mod.__seen;
        await mod.__run();
      } catch (e) {
        // Stopped at a value the reader supplies: a name neither the example nor the package defines.
        if (e instanceof ReferenceError && !entryOf.has(/^(\S+) is not defined/.exec(e.message)?.[1] ?? "")) illustrative++;
        else failures.push(`${label}: throws ${String(e).split("\n")[0]}`);
      }
      for (const s of seen) {
        const claim = claims[s.id];
        if (claim === undefined) continue;
        checked++;
        const at = `${label}, example line ${claim.line}`;
        if (claim.values === "throws") {
          if ((s.error as { code?: unknown } | undefined)?.code !== claim.code) failures.push(`${at}: should throw ${claim.code}, got ${s.error === undefined ? JSON.stringify(s.value) : String(s.error)}`);
        } else if (s.error !== undefined) {
          if (s.error instanceof ReferenceError) checked--;
          else failures.push(`${at}: throws ${String(s.error).split("\n")[0]}`);
        } else {
          const want = claim.values[0];
          const got = s.value;
          if (!isDeepEqual(got, want)) failures.push(`${at}: computes ${JSON.stringify(got)?.slice(0, 300)}, the comment says ${JSON.stringify(want)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The run checks something: most examples with a literal claim are self-contained.
    expect(checked).toBeGreaterThan(60);
    expect(illustrative).toBeLessThan(examples.length);
  }, 300_000);
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    // A claim written in JSON has no undefined properties: compare as JSON too.
    return JSON.stringify(a) === JSON.stringify(b);
  }
}
