/*
 * The raw text of one number in a JSON line. The reference engine keeps numbers as their text and reads R018's
 * `tender.numberOfTenderers` as an unsigned integer, so `1` counts and `1.0`, `1e0` do not (CARDINAL.md §1.1);
 * JSON.parse makes them the same value. This walks the (already valid) line to the member and returns its
 * literal. It runs only when the parsed value is 1, so it costs nothing on most lines.
 */

function skipWs(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

/** End (exclusive) of the string starting at the quote at `i`. */
function endOfString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return s.length;
}

/** End (exclusive) of the value starting at `i`. */
function endOfValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 0x22) return endOfString(s, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 0x22) j = endOfString(s, j) - 1;
      else if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length && !",}] \t\r\n".includes(s[j] as string)) j++;
  return j;
}

/**
 * The literal text of the member at `path` (object keys only) of a valid JSON text, or `undefined` when it is
 * absent; with a repeated member the last one counts, as in JSON.parse.
 *
 * @example
 * ```ts
 * rawMemberText('{"tender":{"numberOfTenderers":1.0}}', ["tender", "numberOfTenderers"]); // "1.0"
 * ```
 */
export function rawMemberText(text: string, path: ReadonlyArray<string>): string | undefined {
  let start = skipWs(text, 0);
  let end = endOfValue(text, start);
  for (const name of path) {
    if (text.charCodeAt(start) !== 0x7b) return undefined;
    let found: [number, number] | undefined;
    let i = skipWs(text, start + 1);
    while (i < end && text.charCodeAt(i) === 0x22) {
      const keyEnd = endOfString(text, i);
      const rawKey = text.slice(i + 1, keyEnd - 1);
      const key = rawKey.includes("\\") ? (JSON.parse(text.slice(i, keyEnd)) as string) : rawKey;
      i = skipWs(text, skipWs(text, keyEnd) + 1); // past the colon
      const vEnd = endOfValue(text, i);
      if (key === name) found = [i, vEnd];
      i = skipWs(text, vEnd);
      if (text.charCodeAt(i) === 0x2c) i = skipWs(text, i + 1);
    }
    if (found === undefined) return undefined;
    [start, end] = found;
  }
  return text.slice(start, end);
}
