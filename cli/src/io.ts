import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { GgzyError } from "ggzy-rules/model";

/** Exit codes of every `ggzy` command (documented in the README). */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** Reads a whole text file, or standard input for `-`; a missing file is a GgzyError("IO_ERROR"). */
export function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (e) {
    throw new GgzyError("IO_ERROR", {
      zh: `无法读取文件 ${path}：${(e as Error).message}`,
      en: `Cannot read file ${path}: ${(e as Error).message}`,
      details: { file: path },
    });
  }
}

/** Reads and parses a JSON file; a syntax error names the file. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `文件 ${path} 不是有效的 JSON：${(e as Error).message}`,
      en: `File ${path} is not valid JSON: ${(e as Error).message}`,
      details: { file: path },
    });
  }
}

/**
 * Reads records from a file holding one JSON value, a JSON array, or JSON Lines (one value per line).
 * A bad line is an error naming its line number.
 */
export function readRecords(path: string): unknown[] {
  const text = readText(path).trim();
  if (text === "") return [];
  try {
    const whole = JSON.parse(text) as unknown;
    return Array.isArray(whole) ? whole : [whole];
  } catch {
    return text.split(/\r?\n/).flatMap((line, i) => {
      if (line.trim() === "") return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (e) {
        throw new GgzyError("INVALID_INPUT", {
          zh: `文件 ${path} 第 ${i + 1} 行不是有效的 JSON：${(e as Error).message}`,
          en: `File ${path} line ${i + 1} is not valid JSON: ${(e as Error).message}`,
          details: { file: path, line: i + 1 },
        });
      }
    });
  }
}

/** Writes a file, refusing to overwrite unless `force` is set. */
export function writeText(path: string, text: string, force = true): void {
  if (!force && existsSync(path)) {
    throw new GgzyError("IO_ERROR", {
      zh: `文件 ${path} 已存在（使用 --force 覆盖）`,
      en: `File ${path} exists (use --force to overwrite)`,
      details: { file: path },
    });
  }
  writeFileSync(path, text);
}

/** Prints a value as pretty JSON on standard output. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reports a user error in one bilingual line (no stack trace) and returns exit code 2. */
export function reportError(e: unknown, json = false): number {
  if (e instanceof GgzyError) {
    if (json) process.stderr.write(`${JSON.stringify(e.toJSON())}\n`);
    else {
      process.stderr.write(`ggzy: ${e.zh}\nggzy: ${e.en}\n`);
      for (const issue of e.issues.slice(0, 5)) process.stderr.write(`  - ${issue.path.join(".") || "(root)"}: ${issue.message}\n`);
    }
    return EXIT.badInput;
  }
  throw e;
}

/**
 * Wraps a command action: user errors (GgzyError) become a one-line message and exit code 2; the action's own
 * return value (0 or 1) becomes the exit code.
 */
export function action<A extends unknown[]>(fn: (...args: A) => number | void | Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    const opts = args.find((a) => typeof a === "object" && a !== null && !Array.isArray(a)) as { json?: boolean } | undefined;
    try {
      const code = await fn(...args);
      process.exitCode = code ?? EXIT.ok;
    } catch (e) {
      process.exitCode = reportError(e, opts?.json === true);
    }
  };
}
