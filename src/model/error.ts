import type { z } from "zod";

/**
 * Every reason the library refuses input. A discriminated union of codes, so callers can `switch` on
 * `error.code` (the zod v4 habit) instead of matching message text.
 */
export type GgzyErrorCode =
  | "INVALID_INPUT" // a record failed its schema
  | "INVALID_RULE" // a rule or rule pack failed its schema or safety limits
  | "UNKNOWN_RULE" // an override names a rule the pack does not have
  | "UNKNOWN_SCHEMA" // `ggzy schema Nope`
  | "UNKNOWN_SUBJECT" // a validator was asked for a subject kind it does not know
  | "CALENDAR_YEAR_NOT_COVERED" // a date outside the working-day table
  | "INVALID_DATE" // not an ISO-8601 date
  | "DRAW_UNSATISFIABLE" // not enough eligible candidates for a stratum
  | "DRAW_INVALID_REQUEST" // a draw request breaks a protocol constraint (duplicates, rates, sizes)
  | "SEED_MATERIAL_MISSING" // a draw without public randomness
  | "VERIFY_MISMATCH" // used by the CLI to report a failed verification
  | "INVALID_SCORECARD" // weights, caps or grade bands that make no sense
  | "INVALID_SETTINGS" // risk-indicator settings with an unknown key or a bad value
  | "INVALID_OCDS" // an OCDS release that cannot be mapped
  | "IO_ERROR" // the CLI could not read or write a file
  | "FLOOR_LOOSENED" // an override loosens a floor a higher pack declares (a rule or a parameter)
  | "INVALID_CASE" // a rule-pack test case that is not a case
  | "PACK_SIGNATURE" // a pack unsigned, altered, or signed by a key that is not trusted
  | "INVALID_KEY"; // a signing or public key of the wrong kind or shape

/** A bilingual message: Chinese first, English second. */
export interface BilingualMessage {
  readonly zh: string;
  readonly en: string;
}

/** One problem in the input, with the path of the bad field (zod's shape, made JSON-safe). */
export interface GgzyIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  readonly code?: string;
}

/** What a `GgzyError` carries besides its code. */
export interface GgzyErrorInit extends BilingualMessage {
  readonly issues?: ReadonlyArray<GgzyIssue>;
  readonly details?: Readonly<Record<string, unknown>>;
}

// A brand shared by every copy of the class: the ESM and the CommonJS builds each define their own GgzyError, so
// `instanceof` fails across them; Symbol.for gives both the same key.
const BRAND: unique symbol = Symbol.for("ggzy-rules.GgzyError") as never;

/**
 * The one error class of the library. Thrown only for bad input (never for findings, which are data).
 * Test for it with {@link isGgzyError}, which also recognises errors from the other build (ESM/CommonJS).
 *
 * @example
 * ```ts
 * try {
 *   parseProject({ id: 1 });
 * } catch (e) {
 *   if (isGgzyError(e) && e.code === "INVALID_INPUT") console.log(e.issues[0]?.path); // ["id"]
 * }
 * ```
 */
export class GgzyError extends Error {
  /** The cross-build brand (see {@link isGgzyError}). */
  readonly [BRAND] = true;
  readonly code: GgzyErrorCode;
  readonly zh: string;
  readonly en: string;
  readonly issues: ReadonlyArray<GgzyIssue>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: GgzyErrorCode, init: GgzyErrorInit) {
    super(`${init.zh} / ${init.en}`);
    this.name = "GgzyError";
    this.code = code;
    this.zh = init.zh;
    this.en = init.en;
    this.issues = init.issues ?? [];
    this.details = init.details ?? {};
  }

  /** A plain JSON view, for `--json` output and logs. */
  toJSON(): { code: GgzyErrorCode; message: BilingualMessage; issues: ReadonlyArray<GgzyIssue>; details: Readonly<Record<string, unknown>> } {
    return { code: this.code, message: { zh: this.zh, en: this.en }, issues: this.issues, details: this.details };
  }
}

/**
 * Whether `e` is a `GgzyError` — from this copy of the library or any other (the ESM and CommonJS builds, two
 * installed versions), where `instanceof` would say no. Narrows the type for `switch (e.code)`.
 *
 * @example
 * ```ts
 * try {
 *   validateAward(input);
 * } catch (e) {
 *   if (isGgzyError(e)) console.error(e.code, e.zh, e.en);
 *   else throw e;
 * }
 * ```
 */
export function isGgzyError(e: unknown): e is GgzyError {
  return e instanceof GgzyError || (typeof e === "object" && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true);
}

/**
 * Turns zod issues into JSON-safe `GgzyIssue`s (symbols in paths become strings).
 *
 * @example
 * ```ts
 * const r = ProjectSchema.safeParse({});
 * if (!r.success) toGgzyIssues(r.error.issues);
 * ```
 */
export function toGgzyIssues(issues: ReadonlyArray<z.core.$ZodIssue>): GgzyIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: i.message,
    code: i.code,
  }));
}

/** Formats an issue path the way people read it: `bids[2].price`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(root)" : out;
}

/**
 * Parses `input` with `schema`, or throws `GgzyError("INVALID_INPUT")` naming the first bad path.
 * Nothing is returned half-parsed. `what` names the input for people (`{ zh: "中标记录", en: "award record" }`),
 * never by an internal type name.
 *
 * @example
 * ```ts
 * const project = parseWith(ProjectSchema, json, { zh: "项目", en: "project" });
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string | BilingualMessage): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toGgzyIssues(result.error.issues);
  const first = issues[0];
  const where = first ? formatPath(first.path) : "(root)";
  const label = typeof what === "string" ? { zh: `${what} `, en: what } : what;
  throw new GgzyError("INVALID_INPUT", {
    zh: `${label.zh}数据无效：字段 ${where}：${first?.message ?? "格式错误"}`,
    en: `Invalid ${label.en}: field ${where}: ${first?.message ?? "malformed"}`,
    issues,
  });
}
