import cliProgress from "cli-progress";
import { progressLayout, terminalColumns } from "../table";

/** Progress of the demo's stages, shown on stderr (or nowhere). */
export interface Progress {
  /** Starts a stage of `total` steps. */
  stage(name: string, total: number): void;
  tick(n?: number): void;
  /** Ends the current stage. */
  done(): void;
}

/** A progress sink that shows nothing (tests, --quiet, a non-TTY stderr). */
export const silentProgress: Progress = { stage() {}, tick() {}, done() {} };

/**
 * A cli-progress bar per stage on stderr.
 *
 * @example
 * ```ts
 * const progress = process.stderr.isTTY ? barProgress() : silentProgress;
 * ```
 */
export function barProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: cliProgress.SingleBar | undefined;
  return {
    stage(name, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        // Label padded by terminal columns (a Chinese character takes two), bar sized to fit the terminal.
        { ...progressLayout(name, 34, "{value}/{total}", terminalColumns(stream)), stream, hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0);
    },
    tick(n = 1) {
      bar?.increment(n);
    },
    done() {
      if (bar) {
        bar.update(bar.getTotal());
        bar.stop();
      }
      bar = undefined;
    },
  };
}
