import { GgzyError } from "../src/model/error";

/** Runs `f` and returns the GgzyError it throws (fails the test if it throws something else or nothing). */
export function thrown(f: () => unknown): GgzyError {
  try {
    f();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw new Error(`expected a GgzyError, got ${String(e)}`);
  }
  throw new Error("expected a GgzyError, nothing was thrown");
}
