// Type-checks a TypeScript consumer of the library as a platform installs it: in DIR, where `ggzy-rules` was
// installed from its tarball, writes one ES module and one CommonJS module that import every subpath the package
// exports, and compiles them with the repository's TypeScript (strict, `module: nodenext`, and without
// `skipLibCheck`, so the shipped declaration files are checked too). publint and attw check that the types resolve;
// this checks that they parse and type-check: a bundled `.d.ts` once imported `infer` from zod, a keyword there.
// Usage: node tools/typecheck-installed.mjs DIR
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: node tools/typecheck-installed.mjs DIR");
const tsc = new URL("../node_modules/typescript/bin/tsc", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(dir, "node_modules/ggzy-rules/package.json"), "utf8"));
const specifiers = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json")
  .map((key) => (key === "." ? "ggzy-rules" : `ggzy-rules/${key.slice(2)}`));

// Each module is read through a value, so a namespace that resolved to nothing fails the compile.
const body = (importLine) => specifiers.map((s, i) => importLine(s, i)).join("\n") +
  `\nexport const names: number = ${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(" + ")};\n`;
writeFileSync(join(dir, "consumer.mts"), body((s, i) => `import * as m${i} from "${s}";`));
writeFileSync(join(dir, "consumer.cts"), body((s, i) => `import m${i} = require("${s}");`));
writeFileSync(
  join(dir, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
    files: ["consumer.mts", "consumer.cts"],
  }),
);
try {
  execFileSync(process.execPath, [tsc, "-p", dir], { stdio: "inherit" });
} catch {
  console.error(`a TypeScript consumer of the installed library does not compile (${specifiers.length} entry points, ESM and CommonJS)`);
  process.exit(1);
}
console.log(`a TypeScript consumer compiles against the installed library: ${specifiers.join(", ")} (ESM and CommonJS, declaration files checked)`);
