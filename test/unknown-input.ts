/**
 * Marks input a test passes on purpose although its type is wrong — a missing field, a bad enum, a cycle, a string
 * for a number. The validators' and draws' types refuse such a literal at compile time; the test checks that the
 * run-time check refuses it too (as it does for a JavaScript caller or for parsed JSON). Name the type the value
 * stands in for: `validateAward(asUnknownInput<AwardInput>({}))`.
 */
export function asUnknownInput<T>(value: unknown): T {
  return value as T;
}
