import { GgzyError, isGgzyError } from "../model/error";
import { draw } from "../sampling/draw";
import { DRAW_PROTOCOL, SEALED_DRAW_KINDS } from "../sampling/protocol";
import type { DrawKind } from "../sampling/protocol";

/*
 * The pre-draw announcement (抽取预告): what is published BEFORE the public randomness exists, and binds everything that
 * feeds the seed, so that exactly one result can be derived from that randomness. Without it an operator who knows
 * the lottery result could still choose the drawId, the free-text `source` of the seed material, or how the numbers
 * are written ("03" vs "3", commas, "蓝07") — each gives another committee that reproduces. The protocol
 * (ggzy-draw/1) and its bytes are unchanged; this fixes the one free input, the text of the seed material, in
 * advance. In the library (its own subpath, so the browser bundle of rules + sampling does not carry it) because a
 * platform or the HTTP service must be able to check what `ggzy verify --announcement` checks.
 */

/**
 * The announcement's format name.
 *
 * @example
 * ```ts
 * ANNOUNCEMENT_FORMAT; // "ggzy-draw-announcement/1"
 * ```
 */
export const ANNOUNCEMENT_FORMAT = "ggzy-draw-announcement/1";

/** How the seed material will look, fixed in advance. */
export type AnnouncedSeed =
  | { readonly kind: "lottery" | "beacon" | "hex"; readonly source: string; readonly valueFormat: string }
  | { readonly kind: "dice"; readonly source: string; readonly sides: number; readonly count: number };

/** The announcement of a draw, published before the lottery draw or beacon value it will use exists. */
export interface DrawAnnouncement {
  readonly announcement: typeof ANNOUNCEMENT_FORMAT;
  readonly protocol: string;
  readonly kind: DrawKind;
  readonly drawId: string;
  readonly createdAt: string;
  readonly inputHash: string;
  readonly saltCommitment?: string;
  readonly seedMaterial: AnnouncedSeed;
}

/** The first field where a record disagrees with what it is checked against (`against` says what that is). */
export interface HeaderDifference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly against: "announcement" | "request";
}

/** The header of a draw as its request fixes it (drawId, createdAt, params completed, inputHash, saltCommitment). */
export interface PlannedDraw {
  readonly kind: DrawKind;
  readonly drawId: string;
  readonly createdAt: string;
  readonly inputHash: string;
  readonly params: unknown;
  readonly saltCommitment?: string;
}

const obj = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The header a request gives its draw, before any seed material exists: the draw is run on placeholder randomness
 * (and, for a sealed kind, a placeholder salt) only to obtain the completed params and the inputHash, which depend
 * on neither. A sealed kind's saltCommitment is the request's own.
 *
 * @example
 * ```ts
 * const plan = plannedDraw("committee", request);
 * plan.inputHash; // e.g. "3f1c…", the same as the record's once the draw is made
 * ```
 */
export function plannedDraw(kind: DrawKind, request: unknown): PlannedDraw {
  const req = obj(request);
  const { seedMaterial: _seed, salt: _salt, saltCommitment, ...rest } = req;
  const sealed = SEALED_DRAW_KINDS.includes(kind);
  const { record } = draw(kind, { ...rest, seedMaterial: { kind: "hex", value: "00" }, ...(sealed ? { salt: "00".repeat(16) } : {}) });
  return {
    kind,
    drawId: record.drawId,
    createdAt: record.createdAt,
    inputHash: record.inputHash,
    params: record.params,
    ...(sealed && typeof saltCommitment === "string" ? { saltCommitment } : {}),
  };
}

const PLACEHOLDER = /[#?]/;

function badAnnouncement(zh: string, en: string, path: string): GgzyError {
  return new GgzyError("INVALID_INPUT", { zh: `抽取预告无效：${zh}`, en: `Invalid draw announcement: ${en}`, issues: [{ path: [path], message: en }] });
}

/**
 * Checks an announced seed description; returns it as stored (the source trimmed). Throws `GgzyError`
 * INVALID_INPUT when the source is missing, the kind unknown, or the value format has no digit placeholder.
 *
 * @example
 * ```ts
 * announcedSeed({ kind: "lottery", source: " 双色球 2024050 ", valueFormat: "## ## ## ## ## ## + ##" });
 * // { kind: "lottery", source: "双色球 2024050", valueFormat: "## ## ## ## ## ## + ##" }
 * announcedSeed({ kind: "lottery", source: "双色球 2024050", valueFormat: "any" }); // throws GgzyError INVALID_INPUT
 * ```
 */
export function announcedSeed(seedValue: unknown): AnnouncedSeed {
  const seed = obj(seedValue);
  const { kind, source } = seed;
  if (typeof source !== "string" || source.trim() === "") {
    throw badAnnouncement("须写明随机数的来源（哪一期彩票、哪个信标脉冲）", "the seed's source is required (which lottery issue, which beacon pulse)", "seedMaterial.source");
  }
  if (kind === "dice") {
    const { sides, count } = seed;
    if (!Number.isInteger(sides) || (sides as number) < 2 || !Number.isInteger(count) || (count as number) < 1) {
      throw badAnnouncement("骰子须给出面数（≥ 2）和个数（≥ 1）", "dice need sides (≥ 2) and count (≥ 1)", "seedMaterial");
    }
    return { kind, source: source.trim(), sides: sides as number, count: count as number };
  }
  if (kind !== "lottery" && kind !== "beacon" && kind !== "hex") {
    throw badAnnouncement("随机数类型须为 lottery、beacon、hex 或 dice", "the seed kind must be lottery, beacon, hex or dice", "seedMaterial.kind");
  }
  const { valueFormat } = seed;
  if (typeof valueFormat !== "string" || valueFormat.trim() !== valueFormat || !PLACEHOLDER.test(valueFormat) || (kind === "hex" && !/^[#?]+$/.test(valueFormat))) {
    throw badAnnouncement(
      "valueFormat 须写出数值的确切格式：# 为一位十进制数字，? 为一位小写十六进制数字，其余字符照原样（hex 只能由 # 和 ? 组成）",
      "valueFormat must give the value's exact text: # is one decimal digit, ? one lower-case hex digit, every other character stands for itself (hex: only # and ?)",
      "seedMaterial.valueFormat",
    );
  }
  return { kind, source: source.trim(), valueFormat };
}

/**
 * Builds the announcement of a draw from its request and the description of the seed material to come.
 * A sealed kind needs the request's saltCommitment: the announcement is where it is published.
 * Throws `GgzyError` INVALID_INPUT for a bad seed description, a request that fails its schema, or a sealed draw
 * without a saltCommitment.
 *
 * @example
 * ```ts
 * const announcement = announceDraw("committee", request, { kind: "lottery", source: "双色球 2024050", valueFormat: "## ## ## ## ## ## + ##" });
 * announcement.announcement; // "ggzy-draw-announcement/1"
 * ```
 */
export function announceDraw(kind: DrawKind, request: unknown, seed: unknown): DrawAnnouncement {
  const seedMaterial = announcedSeed(seed);
  const plan = plannedDraw(kind, request);
  if (SEALED_DRAW_KINDS.includes(kind) && plan.saltCommitment === undefined) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "密封抽取的预告须包含盐值承诺：请先把 saltCommitment 写入请求（ggzy draw salt 打印它）",
      en: "A sealed draw's announcement must carry the salt commitment: put saltCommitment in the request first (ggzy draw salt prints it)",
      issues: [{ path: ["saltCommitment"], message: "required for a sealed draw's announcement" }],
    });
  }
  return {
    announcement: ANNOUNCEMENT_FORMAT,
    protocol: DRAW_PROTOCOL,
    kind,
    drawId: plan.drawId,
    createdAt: plan.createdAt,
    inputHash: plan.inputHash,
    ...(plan.saltCommitment !== undefined ? { saltCommitment: plan.saltCommitment } : {}),
    seedMaterial,
  };
}

/**
 * Whether `value` is written exactly as `format` says (# one decimal digit, ? one lower-case hex digit, any other
 * character stands for itself).
 *
 * @example
 * ```ts
 * matchesValueFormat("03 11 + 07", "## ## + ##"); // true
 * matchesValueFormat("3 11 + 07", "## ## + ##"); // false
 * ```
 */
export function matchesValueFormat(value: string, format: string): boolean {
  if (typeof value !== "string" || typeof format !== "string") {
    throw new GgzyError("INVALID_INPUT", {
      zh: "数值与其格式须为字符串",
      en: "The value and its format must be strings",
      issues: [{ path: [typeof value !== "string" ? "value" : "format"], message: "expected a string" }],
    });
  }
  const v = Array.from(value);
  const f = Array.from(format);
  if (v.length !== f.length) return false;
  return f.every((c, i) => {
    const ch = v[i] ?? "";
    if (c === "#") return /^[0-9]$/.test(ch);
    if (c === "?") return /^[0-9a-f]$/.test(ch);
    return c === ch;
  });
}

/**
 * The first field where a record disagrees with its announcement, or null: the header (protocol, kind, drawId,
 * createdAt, inputHash, saltCommitment), then the seed material's kind, source and the text of its value (or, for
 * dice, their sides and count). Throws `GgzyError` INVALID_INPUT when `announcementValue` is not a
 * `ggzy-draw-announcement/1` or its seed description is bad.
 *
 * @example
 * ```ts
 * differenceFromAnnouncement({}, { announcement: "other/1" }); // throws GgzyError INVALID_INPUT
 * differenceFromAnnouncement(record, announcement); // null when the record is the announced draw
 * ```
 */
export function differenceFromAnnouncement(record: unknown, announcementValue: unknown): HeaderDifference | null {
  const a = obj(announcementValue);
  if (a["announcement"] !== ANNOUNCEMENT_FORMAT) {
    throw badAnnouncement(`不是 ${ANNOUNCEMENT_FORMAT} 文件`, `not a ${ANNOUNCEMENT_FORMAT} file`, "announcement");
  }
  const seed = announcedSeed(obj(a["seedMaterial"]));
  const r = obj(record);
  const diff = (path: string, expected: unknown, actual: unknown): HeaderDifference => ({ path, expected, actual: actual ?? null, against: "announcement" });
  for (const f of ["protocol", "kind", "drawId", "createdAt", "inputHash", "saltCommitment"] as const) {
    if (a[f] !== r[f]) return diff(f, a[f] ?? null, r[f]);
  }
  const m = obj(obj(r["seedSource"])["material"]);
  if (m["kind"] !== seed.kind) return diff("seedSource.material.kind", seed.kind, m["kind"]);
  if (m["source"] !== seed.source) return diff("seedSource.material.source", seed.source, m["source"]);
  if (seed.kind === "dice") {
    if (m["sides"] !== seed.sides) return diff("seedSource.material.sides", seed.sides, m["sides"]);
    const n = Array.isArray(m["values"]) ? m["values"].length : null;
    return n === seed.count ? null : diff("seedSource.material.values.length", seed.count, n);
  }
  const value = m["value"];
  return typeof value === "string" && matchesValueFormat(value, seed.valueFormat) ? null : diff("seedSource.material.value", seed.valueFormat, value);
}

/**
 * The first field where a record disagrees with the request it is verified against, or null: drawId, createdAt and
 * saltCommitment before the re-run (a re-draw under another name, time or salt is not the announced draw), and —
 * with `afterRerun` — the completed params, which a consistent record made from edited params would otherwise hide.
 *
 * @example
 * ```ts
 * differenceFromRequest({ ...record, drawId: "OTHER" }, request);
 * // { path: "drawId", expected: request.drawId, actual: "OTHER", against: "request" }
 * ```
 */
export function differenceFromRequest(record: unknown, request: unknown, afterRerun = false): HeaderDifference | null {
  const r = obj(record);
  const req = obj(request);
  const kind = r["kind"] as DrawKind;
  let plan: PlannedDraw | null = null;
  try {
    plan = plannedDraw(kind, request);
  } catch (e) {
    if (!isGgzyError(e)) throw e;
  }
  const diff = (path: string, expected: unknown, actual: unknown): HeaderDifference => ({ path, expected: expected ?? null, actual: actual ?? null, against: "request" });
  if (!afterRerun) {
    const expected = { drawId: plan?.drawId ?? req["drawId"], createdAt: plan?.createdAt ?? req["createdAt"], saltCommitment: req["saltCommitment"] };
    if (expected.drawId !== r["drawId"]) return diff("drawId", expected.drawId, r["drawId"]);
    if (expected.createdAt !== r["createdAt"]) return diff("createdAt", expected.createdAt, r["createdAt"]);
    if (SEALED_DRAW_KINDS.includes(kind) && expected.saltCommitment !== undefined && expected.saltCommitment !== r["saltCommitment"]) {
      return diff("saltCommitment", expected.saltCommitment, r["saltCommitment"]);
    }
    return null;
  }
  if (plan === null) return diff("params", req["params"], r["params"]);
  return sortedJson(plan.params) === sortedJson(r["params"]) ? null : diff("params", plan.params, r["params"]);
}

/** JSON text with object keys sorted, so two values compare equal whatever order their keys were written in. */
function sortedJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    typeof x === "object" && x !== null && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

/**
 * Whether a JSON value is a whole draw request (params beside the inputs), not bare inputs.
 *
 * @example
 * ```ts
 * isDrawRequest({ drawId: "D-1", params: {}, inputs: {} }); // true
 * isDrawRequest({ candidates: [] }); // false
 * ```
 */
export function isDrawRequest(value: unknown): boolean {
  const v = obj(value);
  return "inputs" in v && "params" in v;
}
