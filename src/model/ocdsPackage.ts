import type { JsonObject } from "./ocds";
import { assertJsonInput, assertString } from "./guard";
import { invalidOcds, isJsonObject } from "./ocdsInternal";

/*
 * The containers OCDS data comes in: a release package (`releases[]`), a record package (`records[].compiledRelease`),
 * a bare release, an array of releases, or JSON Lines with one compiled release per line (what Cardinal reads).
 */

/**
 * The releases inside any OCDS container: a release package, a record package (each record's
 * `compiledRelease`), an array of releases, or one release. Throws `GgzyError("INVALID_OCDS")` with the path of
 * the first entry that is not a JSON object, or when the input is none of these.
 *
 * @example
 * ```ts
 * ocdsReleasesOf({ uri: "…", releases: [r1, r2] }).length; // 2
 * ocdsReleasesOf({ records: [{ ocid: "x", compiledRelease: r1 }] }); // [r1]
 * ```
 */
export function ocdsReleasesOf(input: unknown): JsonObject[] {
  assertJsonInput(input, "OCDS data");
  const entries = (list: unknown[], path: ReadonlyArray<string | number>): JsonObject[] =>
    list.map((entry, i) => (isJsonObject(entry) ? entry : invalidOcds([...path, i], "expected a release object", "应为发布对象")));
  if (Array.isArray(input)) return entries(input, []);
  if (!isJsonObject(input)) return invalidOcds([], "expected a release, a release package or a record package", "应为发布、发布包或记录包");
  if (Array.isArray(input.releases)) return entries(input.releases, ["releases"]);
  if (Array.isArray(input.records)) {
    return input.records.map((record, i) => {
      const compiled = isJsonObject(record) ? record.compiledRelease : undefined;
      return isJsonObject(compiled) ? compiled : invalidOcds(["records", i, "compiledRelease"], "missing compiled release", "缺少 compiledRelease");
    });
  }
  if (input.ocid !== undefined) return [input];
  return invalidOcds([], "expected a release, a release package or a record package", "应为发布、发布包或记录包");
}

/**
 * Parses JSON Lines (one compiled release per line, blank lines skipped), the input format of OCP's Cardinal.
 * A line that is not a JSON object throws `GgzyError("INVALID_OCDS")` whose issue path is `["line", n]` (1-based).
 *
 * @example
 * ```ts
 * parseOcdsJsonLines('{"ocid":"a"}\n{"ocid":"b"}\n').map((r) => r.ocid); // ["a", "b"]
 * ```
 */
export function parseOcdsJsonLines(text: string): JsonObject[] {
  // The text as a whole may be a large file; each line's values pass the input guard (string size, depth).
  assertString(text, "OCDS JSON Lines", Number.MAX_SAFE_INTEGER);
  const releases: JsonObject[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      invalidOcds(["line", i + 1], "not valid JSON", "不是有效的 JSON");
    }
    if (!isJsonObject(value)) invalidOcds(["line", i + 1], "expected a release object", "应为发布对象");
    assertJsonInput(value, `OCDS line ${i + 1}`);
    releases.push(value);
  });
  return releases;
}
