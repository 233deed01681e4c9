import * as z from "zod/mini";
import { en } from "zod/locales";
import { $constructor, $ZodObjectJIT, config, globalConfig, globalRegistry, memoizer } from "zod/v4/core";
import type { $ZodObjectDef, GlobalMeta } from "zod/v4/core";

/**
 * zod's English messages, but a bad civil date says what is expected: "Invalid ISO date" read as a refusal of valid
 * ISO 8601 when the value was a date-time ("2024-05-06T10:00+08:00"), which records do not take where a day is asked.
 */
function withDateMessage(base: z.core.$ZodErrorMap): z.core.$ZodErrorMap {
  return (issue) => (issue.code === "invalid_format" && issue.format === "date" ? DATE_MESSAGE.en : base(issue));
}

/** The message of a value that is not a civil date `YYYY-MM-DD`, in both languages. */
export const DATE_MESSAGE = {
  zh: "无效日期：应为 YYYY-MM-DD 格式的真实日期（北京时间，不含时刻）",
  en: "Invalid date: expected a real calendar date YYYY-MM-DD (Asia/Shanghai, no time of day)",
} as const;

/*
 * The library's schemas are built with zod's mini build (`zod/mini`): the same zod 4 core and parsers as classic
 * `zod`, but a functional API (`z.optional(x)`, `x.check(z.minLength(1))`) that bundlers can tree-shake: zod's part
 * of a browser bundle of `ggzy-rules/rules` + `ggzy-rules/sampling` is 45 KiB instead of 97 (issue 14).
 *
 * Every schema module imports `z` from here, not from "zod/mini", so that what classic zod sets up by itself is set
 * up before any schema is built: English issue messages ("Too small: expected string to have >=1 characters", which
 * GgzyError messages quote) and the memoizer that gives containers their cycle support. Both only when nothing is
 * set yet, as classic zod does: an application's own `z.config(...)` wins. (The module's own exports, `object` and
 * `described` below, are used by nearly every schema module, so a bundler that skips side-effect-free modules which
 * only re-export still runs this one.)
 */
if (!globalConfig.localeError) config({ localeError: withDateMessage(en().localeError) });
if (!globalConfig.memoizer) config({ memoizer: memoizer() });

// Types of parsed data are written `z.output<typeof S>`, not `z.infer<…>` (the same type): the bundled declaration
// files import each name they use from zod, and `infer` is a keyword there, so a `.d.ts` that imports it does not
// parse (tools/typecheck-installed.mjs, in .ci/run, compiles a consumer against the installed package).
export * from "zod/mini";

/*
 * Objects parse as fast as classic zod's. zod/mini builds objects on core's interpreted `$ZodObject`; classic zod
 * builds them on `$ZodObjectJIT`, which compiles a parser per shape (with `new Function` where the host allows it,
 * and falls back to the interpreted parser where it does not). For the library's records the difference is about
 * three times the parse time (examples/records/project.json: about 4,000 against 12,500 parses/s), so the library's
 * `object`, `strictObject` and `looseObject` are zod/mini's with the JIT object of classic zod underneath: the same
 * class name and members (`instanceof z.ZodMiniObject` holds, `.shape`, `z.extend`/`z.pick`… keep the class), for
 * about 3 KiB more in a browser bundle (the compiler).
 */
const ZodMiniObjectJIT = /* @__PURE__ */ $constructor(
  "ZodMiniObject",
  (inst: z.ZodMiniObject, def: $ZodObjectDef) => {
    $ZodObjectJIT.init(inst, def);
    (z.ZodMiniType as { init(inst: object, def: object): void }).init(inst, def);
  },
  // On the prototype, as zod/mini's own lazy `shape` (whose helper would bring all of zod's util into a bundle).
  {
    get shape() {
      return (this as unknown as z.ZodMiniObject)._zod.def.shape;
    },
  },
);

type Shape = z.core.$ZodLooseShape;
type Params = string | z.core.$ZodObjectParams;
type Writeable<T> = z.core.util.Writeable<T>;
// The definition is zod/mini's own (its parameters normalised by it); only the class that parses it differs.
const compiled = (schema: z.ZodMiniObject): unknown => new ZodMiniObjectJIT(schema._zod.def);

/** zod/mini's `z.object` (unknown keys are stripped), parsed by classic zod's compiled object parser. */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends Shape = Record<never, z.core.SomeType>>(shape?: T, params?: Params): z.ZodMiniObject<Writeable<T>, z.core.$strip> {
  return compiled(z.object(shape, params)) as z.ZodMiniObject<Writeable<T>, z.core.$strip>;
}

/** zod/mini's `z.strictObject` (unknown keys are refused), parsed by classic zod's compiled object parser. */
/* @__NO_SIDE_EFFECTS__ */
export function strictObject<T extends Shape>(shape: T, params?: Params): z.ZodMiniObject<Writeable<T>, z.core.$strict> {
  return compiled(z.strictObject(shape, params)) as z.ZodMiniObject<Writeable<T>, z.core.$strict>;
}

/** zod/mini's `z.looseObject` (unknown keys are kept), parsed by classic zod's compiled object parser. */
/* @__NO_SIDE_EFFECTS__ */
export function looseObject<T extends Shape>(shape: T, params?: Params): z.ZodMiniObject<Writeable<T>, z.core.$loose> {
  return compiled(z.looseObject(shape, params)) as z.ZodMiniObject<Writeable<T>, z.core.$loose>;
}

/**
 * `schema.describe(text)` of classic zod: a copy of the schema with the description in zod's global registry
 * (where `z.toJSONSchema` and the OpenAPI document read it). Unlike the `z.describe` check, it adds no check to
 * the schema, so parsing (and the acceptor's fast path) is unchanged.
 */
/* @__NO_SIDE_EFFECTS__ */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return withMeta(schema, { description });
}

/** `schema.meta(data)` of classic zod: a copy of the schema with `data` in zod's global registry. */
/* @__NO_SIDE_EFFECTS__ */
export function withMeta<T extends z.ZodMiniType>(schema: T, data: GlobalMeta): T {
  const copy = schema.clone();
  globalRegistry.add(copy, data);
  return copy;
}
