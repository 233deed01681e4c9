import { zhCN } from "zod/locales";
import * as z from "./zod";
import { DATE_MESSAGE } from "./zod";
import { assertJsonInput, previewOf, typeName } from "./guard";
import { UNSURE, compileReader } from "./reader";
import type { Reader } from "./reader";

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
  | "INPUT_CYCLE" // an object that contains itself
  | "INPUT_TOO_DEEP" // nested deeper than MAX_INPUT_DEPTH
  | "INPUT_TOO_LARGE" // a string, a line or a value over its documented size limit
  | "FLOOR_LOOSENED" // an override loosens a floor a higher pack declares (a rule or a parameter)
  | "INVALID_CASE" // a rule-pack test case that is not a case
  | "PACK_SIGNATURE" // a pack unsigned, altered, or signed by a key that is not trusted
  | "INVALID_KEY"; // a signing or public key of the wrong kind or shape

/** Every code, for checks and documentation (the README's "Errors" section lists each with its meaning). */
export const GGZY_ERROR_CODES: readonly GgzyErrorCode[] = Object.freeze([
  "INVALID_INPUT",
  "INVALID_RULE",
  "UNKNOWN_RULE",
  "UNKNOWN_SCHEMA",
  "UNKNOWN_SUBJECT",
  "CALENDAR_YEAR_NOT_COVERED",
  "INVALID_DATE",
  "DRAW_UNSATISFIABLE",
  "DRAW_INVALID_REQUEST",
  "SEED_MATERIAL_MISSING",
  "VERIFY_MISMATCH",
  "INVALID_SCORECARD",
  "INVALID_SETTINGS",
  "INVALID_OCDS",
  "IO_ERROR",
  "INPUT_CYCLE",
  "INPUT_TOO_DEEP",
  "INPUT_TOO_LARGE",
  "FLOOR_LOOSENED",
  "INVALID_CASE",
  "PACK_SIGNATURE",
  "INVALID_KEY",
]);

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
    const ok = typeof code === "string" && GGZY_ERROR_CODES.includes(code) && typeof init === "object" && init !== null;
    const zh = ok && typeof init.zh === "string" ? init.zh : "GgzyError 的参数无效";
    const en = ok && typeof init.en === "string" ? init.en : "Invalid arguments to GgzyError";
    super(`${zh} / ${en}`);
    this.name = "GgzyError";
    this.code = ok ? code : "INVALID_INPUT";
    this.zh = zh;
    this.en = en;
    // Details and issues are copied as plain, bounded data, so that JSON.stringify(error) always works (a detail
    // that held the offending value — a BigInt, a cycle — used to make it throw).
    this.issues = ok && Array.isArray(init.issues) ? init.issues.map(plainIssue) : [];
    this.details = ok && typeof init.details === "object" && init.details !== null ? (plainDetail(init.details, 0) as Record<string, unknown>) : {};
  }

  /** A plain JSON view, for `--json` output and logs. */
  toJSON(): { code: GgzyErrorCode; message: BilingualMessage; issues: ReadonlyArray<GgzyIssue>; details: Readonly<Record<string, unknown>> } {
    return { code: this.code, message: { zh: this.zh, en: this.en }, issues: this.issues, details: this.details };
  }
}

const PREVIEW = 200;
const MAX_ITEMS = 50;
const MAX_DEPTH = 6;

/** A bounded text of a value that is not plain data: its type and the start of its text. */
function preview(value: unknown): { type: string; preview: string } {
  let text: string;
  try {
    text = typeof value === "symbol" ? value.toString() : typeof value === "function" ? "function" : String(value as string);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  const type = value === null ? "null" : typeof value === "object" ? Object.prototype.toString.call(value).slice(8, -1) : typeof value;
  return { type, preview: text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text };
}

/**
 * A plain-data copy of an error detail: strings cut to a preview, at most 50 items per list or object and 6 levels,
 * finite numbers kept, anything else (NaN, BigInt, symbols, functions, Maps, cycles) as `{ type, preview }`.
 */
function plainDetail(value: unknown, depth: number, ancestors: readonly object[] = []): unknown {
  switch (typeof value) {
    case "string":
      return value.length > PREVIEW ? `${value.slice(0, PREVIEW)}…` : value;
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : preview(value);
    case "object":
      break;
    default:
      return value === undefined ? null : preview(value);
  }
  if (value === null) return null;
  if (ancestors.includes(value)) return { type: "cycle", preview: "[cycle]" };
  const proto = Object.getPrototypeOf(value) as unknown;
  if (depth >= MAX_DEPTH || (!Array.isArray(value) && proto !== Object.prototype && proto !== null)) return preview(value);
  const inner = [...ancestors, value];
  try {
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ITEMS).map((v: unknown) => plainDetail(v, depth + 1, inner));
      return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).slice(0, MAX_ITEMS)) {
      Object.defineProperty(out, key, { value: plainDetail((value as Record<string, unknown>)[key], depth + 1, inner), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return preview(value);
  }
}

function plainIssue(issue: GgzyIssue): GgzyIssue {
  const i = (typeof issue === "object" && issue !== null ? issue : {}) as Partial<GgzyIssue>;
  const path = Array.isArray(i.path) ? i.path.slice(0, 64).map((p) => (typeof p === "number" && Number.isFinite(p) ? p : String(plainDetail(p, MAX_DEPTH) as string))) : [];
  const message = typeof i.message === "string" ? (plainDetail(i.message, 0) as string) : "";
  return typeof i.code === "string" ? { path, message, code: i.code } : { path, message };
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
  if (!Array.isArray(issues)) throw notA("issues", "an array of zod issues", issues);
  return Array.from(issues as readonly unknown[], (raw: unknown) => {
    const i = (typeof raw === "object" && raw !== null ? raw : {}) as Partial<Record<"path" | "message" | "code", unknown>>;
    const path = Array.isArray(i.path) ? i.path.slice(0, 64).map(pathPart) : [];
    const message = typeof i.message === "string" ? (i.message.length > 1000 ? `${i.message.slice(0, 1000)}…` : i.message) : "";
    return typeof i.code === "string" ? { path, message, code: i.code.slice(0, 100) } : { path, message };
  });
}

/** A path element as JSON: a finite index, a key, a symbol as its text, anything else as a short preview. */
function pathPart(p: unknown): string | number {
  if (typeof p === "number" && Number.isSafeInteger(p)) return p;
  if (typeof p === "string") return p;
  return typeof p === "symbol" ? p.toString() : previewOf(p);
}

function notA(what: string, want: string, value: unknown): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh: `${what} 必须是 ${want}`, en: `${what} must be ${want}`, details: { type: typeName(value) } });
}

/**
 * Formats an issue path the way people read it: `bids[2].price`.
 *
 * @example
 * ```ts
 * formatPath(["bids", 2, "price"]); // "bids[2].price"
 * ```
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (!Array.isArray(path)) throw notA("path", "an array of keys and indices", path);
  let out = "";
  for (const raw of path.slice(0, 64) as unknown[]) {
    const p = pathPart(raw);
    out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Parses `input` with `schema`, or throws `GgzyError("INVALID_INPUT")` naming the first bad path.
 * Nothing is returned half-parsed. `what` names the input for people (`{ zh: "中标记录", en: "award record" }`),
 * never by an internal type name. The input passes the library's one guard first (`assertJsonInput`: cycles, depth,
 * size, non-JSON values), so no schema ever walks a cycle or a value nested thousands of levels deep.
 *
 * @example
 * ```ts
 * const project = parseWith(ProjectSchema, json, { zh: "项目", en: "project" });
 * ```
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, what: string | BilingualMessage): z.output<S> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== "function") throw notA("schema", "a zod schema", schema);
  if (typeof what !== "string" && (typeof what !== "object" || what === null || typeof what.en !== "string")) {
    throw notA("what", "a string or a bilingual label", what);
  }
  assertJsonInput(input, typeof what === "string" ? what : what.en);
  return parseGuarded(schema, input, what);
}

let zhLocaleError: z.core.$ZodErrorMap | undefined;

/*
 * Type names in Chinese. zod's zh-CN locale translates its sentences but only four type names (number, array, null,
 * NaN), so "期望 string，实际接收 object" came out half English; it has no option to give it a table. Its messages
 * name a type in fixed places only — after 期望 and 实际接收 (invalid_type), after 期望 (too_small, too_big), before
 * 中 (invalid_key, invalid_element) — so the type is swapped there, and nowhere else: a value a message quotes
 * ("string" as an enum option) stays as it is.
 */
const TYPE_ZH: Readonly<Record<string, string>> = {
  string: "字符串",
  number: "数字",
  int: "整数",
  bigint: "大整数(bigint)",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  tuple: "元组",
  record: "对象",
  map: "映射(Map)",
  set: "集合(Set)",
  date: "日期",
  file: "文件",
  function: "函数",
  symbol: "符号(symbol)",
  undefined: "未定义(undefined)",
  void: "未定义(undefined)",
  never: "无(never)",
  nonoptional: "非空值",
};

/** `zh` with the type named at `at` (the text before it) in Chinese: `期望 string，` → `期望 字符串，`. */
function chineseTypeAt(zh: string, at: string, type: unknown, after = ""): string {
  const name = typeof type === "string" ? TYPE_ZH[type] : undefined;
  return name === undefined ? zh : zh.replace(`${at}${String(type)}${after}`, `${at}${name}${after}`);
}

/** zod's zh-CN message of an issue, with its type names in Chinese. */
function zhMessage(base: z.core.$ZodErrorMap, issue: z.core.$ZodRawIssue): ReturnType<z.core.$ZodErrorMap> {
  const m = base(issue);
  if (typeof m !== "string") return m;
  switch (issue.code) {
    case "invalid_type": {
      // The received type is the message's last word (zod derives it from the input).
      const at = m.lastIndexOf("实际接收 ");
      const received = at < 0 ? m : chineseTypeAt(m, "实际接收 ", m.slice(at + 5));
      return chineseTypeAt(received, "期望 ", issue.expected, "，");
    }
    case "too_small":
    case "too_big":
      return chineseTypeAt(m, "期望 ", issue.origin, " ");
    case "invalid_key":
    case "invalid_element":
      return chineseTypeAt(m, "", issue.origin, " 中");
    case "invalid_format":
      return issue.format === "date" ? DATE_MESSAGE.zh : m;
    default:
      return m;
  }
}

/**
 * The message of the first issue `schema` finds in `input`, in Chinese (zod's zh-CN locale, with the types named in
 * Chinese): the zh half of an `INVALID_INPUT` error. Only on the way to an error, so a parse that succeeds costs
 * nothing more; messages a schema sets itself are kept as written.
 *
 * @example
 * ```ts
 * firstIssueZh(IsoDateSchema, "2024-13-45"); // "无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）"
 * firstIssueZh(IsoDateSchema, 20240101); // "无效输入：期望 字符串，实际接收 数字"
 * ```
 */
export function firstIssueZh(schema: z.core.$ZodType, input: unknown): string | undefined {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== "function") throw notA("schema", "a zod schema", schema);
  assertJsonInput(input, "input");
  if (zhLocaleError === undefined) {
    const base = zhCN().localeError;
    zhLocaleError = (issue) => zhMessage(base, issue);
  }
  const r = z.safeParse(schema, input, { error: zhLocaleError });
  return r.success ? undefined : r.error.issues[0]?.message;
}

const readers = new WeakMap<object, Reader>();

/**
 * {@link parseWith} for the library's own readers of records, at less cost: the same result (equal to zod's) or
 * the same error, but the result may share objects with `input` (see `compileReader`): the caller only reads it.
 */
export function readWith<S extends z.core.$ZodType>(schema: S, input: unknown, what: string | BilingualMessage): z.output<S> {
  assertJsonInput(input, typeof what === "string" ? what : what.en);
  let read = readers.get(schema);
  if (read === undefined) {
    read = compileReader(schema);
    readers.set(schema, read);
  }
  const r = read(input);
  return r !== UNSURE ? (r as z.output<S>) : parseGuarded(schema, input, what);
}

/** parseWith after the guard. */
function parseGuarded<S extends z.core.$ZodType>(schema: S, input: unknown, what: string | BilingualMessage): z.output<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const issues = toGgzyIssues(result.error.issues);
  const first = issues[0];
  const where = first ? formatPath(first.path) : "(root)";
  const label = typeof what === "string" ? { zh: `${what} `, en: what } : what;
  throw new GgzyError("INVALID_INPUT", {
    zh: `${label.zh}数据无效：字段 ${where}：${firstIssueZh(schema, input) ?? first?.message ?? "格式错误"}`,
    en: `Invalid ${label.en}: field ${where}: ${first?.message ?? "malformed"}`,
    issues,
  });
}
