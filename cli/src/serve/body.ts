import { createHash } from "node:crypto";
import sjson from "secure-json-parse";
import { jsonSyntaxAt, lineAndColumn } from "../json-syntax";
import { ServiceError } from "./problem";

/**
 * The nesting depth of a JSON text ({ and [ outside strings), stopping as soon as `limit` is passed: a body nested
 * 100 000 deep is refused before the parser recurses into it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Parses one JSON text under the depth limit; errors are ServiceErrors (400) the handler turns into problem+json. */
export function parseJsonText(text: string, maxDepth: number): unknown {
  if (text.trim() === "") throw new ServiceError(400, "MALFORMED_JSON", "请求体为空，应为 JSON", "The body is empty; JSON expected");
  if (jsonDepthExceeds(text, maxDepth)) {
    throw new ServiceError(400, "JSON_TOO_DEEP", `JSON 嵌套超过 ${maxDepth} 层`, `JSON nested deeper than ${maxDepth} levels`);
  }
  try {
    // secure-json-parse: JSON.parse that refuses __proto__ and constructor.prototype keys (prototype poisoning),
    // as Fastify's own parser does.
    return sjson.parse(text, null, { protoAction: "error", constructorAction: "error" }) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    // secure-json-parse's own refusal (a __proto__ or constructor.prototype key) comes after JSON.parse succeeded.
    if (/forbidden prototype property/.test(message)) throw forbiddenKey(text);
    const at = jsonSyntaxAt(text, e);
    throw new ServiceError(
      400,
      "MALFORMED_JSON",
      `请求体不是有效的 JSON：第 ${at.line} 行第 ${at.column} 列（${at.reason}）`,
      `The body is not valid JSON: line ${at.line} column ${at.column} (${at.reason})`,
      [],
      {},
      { line: at.line, column: at.column },
    );
  }
}

/**
 * The refusal of a body with a `__proto__` or `constructor.prototype` key, saying where the key is when it can: a key
 * is always written `"name":` (in a string value its quotes would be escaped), so the first such text is the key.
 */
function forbiddenKey(text: string): ServiceError {
  const found = /"__proto__"\s*:/.exec(text) ?? /"prototype"\s*:/.exec(text);
  const at = found !== null ? lineAndColumn(text, found.index) : undefined;
  const where = at !== undefined ? { zh: `：第 ${at.line} 行第 ${at.column} 列`, en: `: line ${at.line} column ${at.column}` } : { zh: "", en: "" };
  return new ServiceError(
    400,
    "MALFORMED_JSON",
    `请求体含有被禁止的键（__proto__ 或 constructor.prototype）${where.zh}`,
    `The body has a forbidden key (__proto__ or constructor.prototype)${where.en}`,
    [],
    {},
    at !== undefined ? { line: at.line, column: at.column } : {},
  );
}

/** One line of a JSON Lines body: its text, or why it could not be read. */
export type BodyLine = { line: number; text: string } | { line: number; error: "TOO_LONG" | "NOT_UTF8" };

const NL = 0x0a;

/**
 * Splits a byte stream into lines (LF or CRLF, the CR dropped), blank ones included. A line longer than `maxLine`
 * bytes comes out as `null` and is skipped to its end, so one huge line cannot exhaust memory.
 */
export async function* splitLines(stream: AsyncIterable<Buffer>, maxLine: number, onBytes?: (chunk: Buffer) => void): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const whole = (bytes: Buffer): Buffer => (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes);
  for await (const chunk of stream) {
    onBytes?.(chunk);
    let start = 0;
    for (let i = chunk.indexOf(NL); i >= 0; i = chunk.indexOf(NL, start)) {
      const piece = chunk.subarray(start, i);
      start = i + 1;
      if (skipping || size + piece.length > maxLine) yield null;
      else yield whole(parts.length === 0 ? piece : Buffer.concat([...parts, piece]));
      skipping = false;
      parts = [];
      size = 0;
    }
    const rest = chunk.subarray(start);
    if (skipping || rest.length === 0) continue;
    if (size + rest.length > maxLine) {
      skipping = true;
      parts = [];
      size = 0;
    } else {
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (skipping) yield null;
  else if (size > 0) yield whole(Buffer.concat(parts));
}

/** The lines of a JSON Lines body, numbered from 1, decoded strictly as UTF-8; blank lines are skipped. */
export async function* readBodyLines(stream: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<BodyLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 0;
  for await (const bytes of splitLines(stream, maxLine)) {
    line++;
    if (bytes === null) {
      yield { line, error: "TOO_LONG" };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { line, error: "NOT_UTF8" };
      continue;
    }
    if (text.trim() !== "") yield { line, text };
  }
}

/**
 * The SHA-256 of a streamed body's bytes, read to its end: what a streamed route's decision record keeps when it
 * refuses the request before analysing the body (the body is read, as it would have been, but not kept).
 */
export async function bytesHash(stream: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest("hex");
}
