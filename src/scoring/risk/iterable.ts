import { GgzyError } from "../../model/error";
import { typeName } from "../../model/guard";

/**
 * Refuses a value that is not a list (or, with `Symbol.asyncIterator`, a stream) of lines or releases: a string
 * would be read as characters. `what` names the argument in the message.
 *
 * @example
 * ```ts
 * checkIterable(["{}"], Symbol.iterator, "lines"); // passes
 * checkIterable("{}", Symbol.iterator, "lines"); // throws INVALID_INPUT: lines must be an iterable list (got string)
 * ```
 */
export function checkIterable(value: unknown, method: typeof Symbol.iterator | typeof Symbol.asyncIterator, what: string): void {
  const ok = value !== null && typeof value === "object" && typeof (value as Record<symbol, unknown>)[method] === "function";
  if (!ok) {
    const stream = method === Symbol.asyncIterator;
    throw new GgzyError("INVALID_INPUT", {
      zh: `${what} 必须是可${stream ? "异步" : ""}迭代的列表（收到 ${typeName(value)}）`,
      en: `${what} must be an ${stream ? "async " : ""}iterable list (got ${typeName(value)})`,
      details: { type: typeName(value) },
    });
  }
}
