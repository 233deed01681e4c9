import type * as z from "zod/mini";
import { en } from "zod/locales";
import { config, globalConfig, globalRegistry, memoizer } from "zod/v4/core";
import type { GlobalMeta } from "zod/v4/core";

/*
 * The library's schemas are built with zod's mini build (`zod/mini`): the same zod 4 core and parsers as classic
 * `zod`, but a functional API (`z.optional(x)`, `x.check(z.minLength(1))`) that bundlers can tree-shake, which
 * makes the browser bundle of `ggzy-rules/rules` + `ggzy-rules/sampling` about 60 KiB smaller (issue 14).
 *
 * Every schema module imports `z` from here, not from "zod/mini", so that what classic zod sets up by itself is set
 * up before any schema is built: English issue messages ("Too small: expected string to have >=1 characters", which
 * GgzyError messages quote) and the memoizer that gives containers their cycle support. Both only when nothing is
 * set yet, as classic zod does: an application's own `z.config(...)` wins.
 */
if (!globalConfig.localeError) config(en());
if (!globalConfig.memoizer) config({ memoizer: memoizer() });

export * from "zod/mini";

/**
 * `schema.describe(text)` of classic zod: a copy of the schema with the description in zod's global registry
 * (where `z.toJSONSchema` and the OpenAPI document read it). Unlike the `z.describe` check, it adds no check to
 * the schema, so parsing (and the acceptor's fast path) is unchanged.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return withMeta(schema, { description });
}

/** `schema.meta(data)` of classic zod: a copy of the schema with `data` in zod's global registry. */
export function withMeta<T extends z.ZodMiniType>(schema: T, data: GlobalMeta): T {
  const copy = schema.clone();
  globalRegistry.add(copy, data);
  return copy;
}
