import { GgzyError } from "../model/error";

/** Checks that an option counting days is a non-negative whole number; a `GgzyError` naming the option otherwise. */
export function requireDaysOption(value: number | undefined, name: string): void {
  if (value === undefined || (Number.isSafeInteger(value) && value >= 0)) return;
  throw new GgzyError("INVALID_INPUT", {
    zh: `选项 ${name} 须为非负整数天数，实际为 ${String(value)}`,
    en: `Option ${name} must be a whole, non-negative number of days, got ${String(value)}`,
    issues: [{ path: ["options", name], message: "expected a non-negative integer", code: "invalid_option" }],
  });
}
