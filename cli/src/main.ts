import { CommanderError } from "commander";
import { EXIT, reportError } from "./io";
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

// `ggzy … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
  throw e;
});

await main(process.argv);
