import { parse as parseJsonc } from "jsonc-parser";
import type { ParseError } from "jsonc-parser";

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where a JSON text first goes wrong and what stands there, for the errors whose message gives no position (V8 says
 * only "Unexpected token 'x', "…" is not valid JSON" for a bad token, and names the character after a bad word such
 * as `tru`): jsonc-parser's scanner, strict (no comments, no trailing commas), names the offset and the token.
 */
function firstSyntaxError(text: string): { offset: number; token: string } | undefined {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const token = text.slice(first.offset, first.offset + Math.max(1, first.length));
  return { offset: first.offset, token: token.length > 20 ? `${token.slice(0, 20)}…` : token };
}

/** A character that would break the message's line, as its JSON escape. */
const escapeControls = (s: string): string => s.replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));

/** Where JSON.parse failed and why, from its message (V8 names an offset for most errors, not for a bad token). */
function offsetAndReason(text: string, message: string): { offset: number; reason: string } {
  const m = /^(.*) in JSON at position (\d+)/s.exec(message);
  if (m?.[1] !== undefined && m[2] !== undefined) return { offset: Number(m[2]), reason: m[1] };
  if (/end of JSON input/.test(message)) return { offset: text.length, reason: message };
  const found = firstSyntaxError(text);
  if (found !== undefined) return { offset: found.offset, reason: `Unexpected token '${found.token}'` };
  // jsonc-parser saw nothing wrong where JSON.parse did: V8's message without the text it quotes.
  return { offset: 0, reason: message.replace(/, (\.\.\.)?".*" is not valid JSON$/s, "") };
}

/**
 * Where `JSON.parse` failed on `text` (1-based line and column) and why, in one line: for the CLI's messages and the
 * service's problems alike.
 *
 * @example
 * const text = '{\n  "a": tru\n}';
 * try {
 *   JSON.parse(text);
 * } catch (e) {
 *   jsonSyntaxAt(text, e); // { line: 2, column: 8, reason: "unexpected token 'tru'" }
 * }
 */
export function jsonSyntaxAt(text: string, e: unknown): { line: number; column: number; reason: string } {
  const { offset, reason } = offsetAndReason(text, (e as Error).message);
  return { ...lineAndColumn(text, offset), reason: escapeControls(reason.replace(/^Unexpected/, "unexpected")) };
}
