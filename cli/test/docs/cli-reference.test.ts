import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cliReference } from "../../src/cli-reference";
import { buildProgram } from "../../src/program";

// docs/cli-reference.md is generated from the commands' own definitions; `npm run docs:cli` rewrites it
// (GGZY_UPDATE_DOCS=1), and this test fails when the committed file is not what the CLI says today.
const file = fileURLToPath(new URL("../../../docs/cli-reference.md", import.meta.url));

describe("docs/cli-reference.md", () => {
  it("is what the CLI's own definitions say (npm run docs:cli to regenerate)", () => {
    const text = cliReference(buildProgram());
    if (process.env.GGZY_UPDATE_DOCS === "1") writeFileSync(file, text);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("names every command and every option of every command", () => {
    const text = readFileSync(file, "utf8");
    const walk = (c: ReturnType<typeof buildProgram>, path: string[]): void => {
      for (const sub of c.commands) {
        const name = [...path, sub.name()].join(" ");
        expect(text, name).toContain(`\`${name}\``);
        for (const o of sub.options.filter((x) => !x.hidden)) expect(text, `${name} ${o.flags}`).toContain(o.flags.replace(/\|/g, "\\|"));
        walk(sub, [...path, sub.name()]);
      }
    };
    walk(buildProgram(), ["ggzy"]);
  });
});
