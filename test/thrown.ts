import { GgzyError } from "../src/model/error";

/** The library's error that `f` throws; fails the test if `f` returns or throws anything else. */
export function thrown(f: () => unknown): GgzyError {
  try {
    f();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw e;
  }
  throw new Error("expected a GgzyError");
}
