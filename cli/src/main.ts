import { CommanderError } from "commander";
import { EXIT, reportError, unfinishedOutputs } from "./io";
import { buildProgram } from "./program";

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0; real usage errors become 2.
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
      return;
    }
    // Never a stack trace: anything that escaped a command is reported as one message, exit 2.
    process.exitCode = reportError(e);
  }
}

// `ggzy … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace. But a run
// that was still writing another file (`risk prepare -o - -e errors.csv`) ends without it: said, and exit 2.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  const unwritten = unfinishedOutputs();
  if (unwritten.length === 0) process.exit(process.exitCode ?? EXIT.ok);
  const files = unwritten.join(", ");
  process.stderr.write(`ggzy: 标准输出在运行结束前被关闭，未写出 ${files} / standard output was closed before the end of the run: ${files} not written\n`);
  process.exit(EXIT.badInput);
});

await main(process.argv);
