import * as z from "../model/zod";
import { assertString } from "../model/guard";
import { utf8ToBytes } from "@noble/hashes/utils";
import { GgzyError, toGgzyIssues } from "../model/error";
import { canonicalJson } from "../model/canonical";

const text = z.string().check(z.trim(), z.minLength(1));

/**
 * Public randomness fixed AFTER the draw's inputs were committed: a randomness-beacon value, lottery numbers,
 * witnessed dice, or raw hex. `source` says where an auditor can look it up (a URL, a lottery issue number, the
 * minutes of the dice throw); it is part of the seed material's bytes.
 */
export const SeedMaterialSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("beacon"), value: text, source: z.optional(text) }),
  z.strictObject({ kind: z.literal("lottery"), value: text, source: z.optional(text) }),
  z.strictObject({
    kind: z.literal("dice"),
    values: z.array(z.number().check(z.int(), z.gte(1))).check(z.minLength(1)),
    sides: z._default(z.number().check(z.int(), z.gte(2), z.lte(1000)), 6),
    source: z.optional(text),
  }),
  z.strictObject({
    kind: z.literal("hex"),
    value: z.pipe(z.string().check(z.trim(), z.regex(/^[0-9a-fA-F]+$/, "hex digits only")), z.transform((s) => s.toLowerCase())),
    source: z.optional(text),
  }),
]).check(z.superRefine((m, ctx) => {
  if (m.kind === "dice") {
    m.values.forEach((v, i) => {
      if (v > m.sides) ctx.addIssue({ code: "custom", path: ["values", i], message: `a die shows 1..${m.sides}` });
    });
  }
}));

/** Seed material as given (before defaults). */
export type SeedMaterialInput = z.input<typeof SeedMaterialSchema>;
/** Seed material after validation and normalisation (hex in lower case, `sides` filled in for dice). */
export type SeedMaterial = z.output<typeof SeedMaterialSchema>;

/**
 * Validates seed material. A missing value throws `GgzyError("SEED_MATERIAL_MISSING")`, a malformed one
 * `GgzyError("INVALID_INPUT")`.
 *
 * @example
 * ```ts
 * parseSeedMaterial({ kind: "dice", values: [3, 6, 1] }); // { kind: "dice", values: [3, 6, 1], sides: 6 }
 * ```
 */
export function parseSeedMaterial(input: unknown): SeedMaterial {
  return seedMaterialAt(input, []);
}

/** `parseSeedMaterial` for material inside a larger input: the errors' issue paths start with `at` (internal). */
export function seedMaterialAt(input: unknown, at: ReadonlyArray<string | number>): SeedMaterial {
  if (input === undefined || input === null || input === "") {
    throw new GgzyError("SEED_MATERIAL_MISSING", {
      zh: "缺少公开随机种子材料（信标值、彩票号码、骰子或十六进制数）：没有它抽取结果可被操纵",
      en: "Seed material is missing (beacon value, lottery numbers, dice or hex): without it the draw could be steered",
      issues: [{ path: [...at], message: "required", code: "invalid_type" }],
    });
  }
  const r = SeedMaterialSchema.safeParse(input);
  if (r.success) return r.data;
  const issues = toGgzyIssues(r.error.issues).map((i) => ({ ...i, path: [...at, ...i.path] }));
  throw new GgzyError("INVALID_INPUT", {
    zh: `种子材料无效：${issues[0]?.message ?? "格式错误"}`,
    en: `Invalid seed material: ${issues[0]?.message ?? "malformed"}`,
    issues,
  });
}

/**
 * Reads seed material from text, as kept in a file or typed on a command line: a JSON object (see
 * `SeedMaterialSchema`), or bare hex digits (→ `{ kind: "hex" }`). Anything else is refused rather than guessed.
 *
 * @example
 * ```ts
 * parseSeedMaterialText("9f86d081884c7d65"); // { kind: "hex", value: "9f86d081884c7d65" }
 * ```
 */
export function parseSeedMaterialText(source: string): SeedMaterial {
  assertString(source, "seed material");
  const t = source.trim();
  if (t === "") return parseSeedMaterial(undefined);
  if (t.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch {
      throw new GgzyError("INVALID_INPUT", { zh: "种子材料不是有效的 JSON", en: "Seed material is not valid JSON" });
    }
    return parseSeedMaterial(json);
  }
  if (/^[0-9a-fA-F]+$/.test(t)) return parseSeedMaterial({ kind: "hex", value: t });
  throw new GgzyError("INVALID_INPUT", {
    zh: "种子材料应为 JSON 对象或十六进制数字",
    en: "Seed material must be a JSON object or hex digits",
  });
}

/**
 * The key-derivation input (HKDF IKM) of seed material: the UTF-8 bytes of its RFC 8785 canonical JSON, after
 * normalisation. One documented rule for every kind, so an auditor recomputes it from the record's `seedSource`.
 *
 * @example
 * ```ts
 * new TextDecoder().decode(seedMaterialBytes({ kind: "hex", value: "ab" })); // '{"kind":"hex","value":"ab"}'
 * ```
 */
export function seedMaterialBytes(material: SeedMaterial): Uint8Array {
  return utf8ToBytes(canonicalJson(material));
}

/**
 * How many bits of entropy the seed material carries, where that is knowable: dice give log2(sides) per die, hex
 * at most 4 bits per digit. Beacon values and lottery draws: `null` (the library cannot know their entropy).
 *
 * @example
 * ```ts
 * seedMaterialEntropyBits({ kind: "dice", values: [1, 2], sides: 6 }); // 5.169925001442312
 * ```
 */
export function seedMaterialEntropyBits(material: SeedMaterial): number | null {
  switch (material.kind) {
    case "dice":
      return material.values.length * Math.log2(material.sides);
    case "hex":
      return material.value.length * 4;
    default:
      return null;
  }
}
