import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cliReference } from "../../src/cli-reference";
import { EXIT_ONE, exitCodesTable } from "../../src/exit-codes";
import { buildProgram } from "../../src/program";

// docs/cli-reference.md is generated from the commands' own definitions; `npm run docs:cli` rewrites it
// (GGZY_UPDATE_DOCS=1), and this test fails when the committed file is not what the CLI says today.
const file = fileURLToPath(new URL("../../../docs/cli-reference.md", import.meta.url));
const guide = fileURLToPath(new URL("../../../docs/cli.md", import.meta.url));
const commands = fileURLToPath(new URL("../../src/commands/", import.meta.url));

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

  it("lists, for exit 1, every command that can return EXIT.findings", () => {
    const sources = readdirSync(commands).filter((f) => /\bEXIT\.findings\b/.test(readFileSync(`${commands}${f}`, "utf8"))).map((f) => `commands/${f}`);
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((f) => !EXIT_ONE.some((r) => r.source === f))).toEqual([]);
    expect(EXIT_ONE.map((r) => r.command)).toEqual(expect.arrayContaining(["check", "risk", "verify"]));
  });
});

describe("docs/cli.md", () => {
  // The guide's exit-code table is the reference's (cli/src/exit-codes.ts); `npm run docs:cli` rewrites it in place.
  it("shows the exit codes as cli/src/exit-codes.ts says them (npm run docs:cli to regenerate)", () => {
    const text = readFileSync(guide, "utf8");
    const table = /^\| code \| (?:meaning|when) \|\n(?:\|.*\n?)*/m;
    expect(text).toMatch(table);
    const updated = text.replace(table, `${exitCodesTable()}\n`);
    if (process.env.GGZY_UPDATE_DOCS === "1") writeFileSync(guide, updated);
    expect(readFileSync(guide, "utf8")).toBe(updated);
  });
});
