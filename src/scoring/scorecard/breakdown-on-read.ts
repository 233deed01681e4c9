/** What a result keeps to give its breakdown: built on the first read, then the same value on every read. */
export interface Memo<T> {
  get(): T;
  /** Replaces the value, as an assignment to a plain property would. */
  set(value: T): void;
}

// The memo sits under a symbol, not enumerable: JSON, spread, `structuredClone`, `Object.keys` and deep equality
// do not see it.
const MEMO = Symbol("breakdown");

function memoOf(result: object): Memo<unknown> {
  const memo = (result as { [MEMO]?: Memo<unknown> })[MEMO];
  if (memo === undefined) throw new TypeError("breakdown read on an object that is not a score result");
  return memo;
}

// One getter and one setter for every result. An object literal with `get breakdown()` makes two closures per result
// and leaves V8 a slow object per result: measured 10–15× the cost of this shared pair (100k objects).
const ACCESSOR: PropertyDescriptor = {
  get(this: object): unknown {
    return memoOf(this).get();
  },
  set(this: object, value: unknown): void {
    memoOf(this).set(value);
  },
  enumerable: true,
  configurable: true,
};

/**
 * `head` with a `breakdown` that is its own enumerable property, whose value `memo` gives when it is read: JSON,
 * object spread, `structuredClone`, `Object.keys` and deep equality see it as a plain property (the last key, as in
 * an eager result). It stays writable and deletable, as a plain property is.
 *
 * @example
 * ```ts
 * const r = withBreakdownOnRead({ score: 80 }, memo);
 * JSON.stringify(r); // {"score":80,"breakdown":[…]}: memo.get() ran once, here
 * ```
 */
export function withBreakdownOnRead<H extends object, T>(head: H, memo: Memo<T>): H & { readonly breakdown: T } {
  Object.defineProperty(head, MEMO, { value: memo, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(head, "breakdown", ACCESSOR);
  return head as H & { readonly breakdown: T };
}
