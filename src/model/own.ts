/*
 * Objects keyed by user data (ids, ocids, map keys): a key may be `__proto__`, `constructor` or `valueOf`. Plain
 * assignment `obj[key] = v` with key `__proto__` replaces the object's prototype (or, on a table read back through
 * `obj[key] ??= {}`, writes into Object.prototype for the whole process); a plain read finds the prototype's
 * method. These two helpers treat every key as data.
 */

/**
 * Sets an own, enumerable property — also for a key such as `__proto__`, which plain assignment would not create.
 *
 * @example
 * ```ts
 * const o: Record<string, number> = {};
 * setOwn(o, "__proto__", 1); // Object.keys(o) → ["__proto__"]; Object.prototype untouched
 * ```
 */
export function setOwn<V>(obj: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The value of an own property, or `undefined` (never one inherited from Object.prototype).
 *
 * @example
 * ```ts
 * getOwn({}, "constructor"); // undefined
 * ```
 */
export function getOwn<V>(obj: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
