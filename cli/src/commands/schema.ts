import type { Command } from "commander";
import { schemaNames, toJsonSchema } from "ggzy-rules/model";
import { action, printJson } from "../io";

/** `ggzy schema [Name]`: lists the model's schemas, or prints one as JSON Schema for other platforms. */
export function registerSchema(program: Command): void {
  program
    .command("schema [name]")
    .description("列出数据模型或输出某模型的 JSON Schema / list the model's schemas, or print one as JSON Schema")
    .option("--json", "JSON output")
    .action(
      action((name: string | undefined, opts: { json?: boolean }) => {
        if (name === undefined) {
          if (opts.json) printJson(schemaNames());
          else process.stdout.write(`${schemaNames().join("\n")}\n`);
          return;
        }
        printJson(toJsonSchema(name));
      }),
    );
}
