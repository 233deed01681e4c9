import * as z from "../model/zod";
import { GgzyError, parseWith } from "../model/error";
import { compileAcceptor } from "../model/acceptor";
import { IdSchema, IsoDateSchema } from "../model/common";
import { ExpertPoolSchema, ExpertSchema, SpecialtyCodeSchema } from "../model/expert";
import type { Expert } from "../model/expert";
import { BidderSchema, TendererSchema } from "../model/parties";
import { ProjectSchema } from "../model/project";
import { prepareExpertEligibility } from "../rules/eligibility/expertExclusions";
import type { EligibilityFacts } from "../rules/eligibility/expertExclusions";
import { DrawEnvelopeSchema, closeDraw, openDraw } from "./draw-session";
import type { DrawOutcome } from "./record";
import { applyOrder, bump, canonicalOrder, canonicalRawInputs, sortedRecord } from "./draw-inputs";
import type { HashedInputs, RawObject } from "./draw-inputs";
import { sortUtf8 } from "./canonical-order";
import { fisherYatesWalk } from "./select";
import type { DrawStream } from "./stream";
import { log2Binomial } from "./entropy";

/** One specialty stratum of a committee: how many members, and how many ordered alternates, to draw. */
export const CommitteeStratumSchema = z.object({
  specialty: SpecialtyCodeSchema,
  count: z.number().check(z.int(), z.gte(1)),
  alternates: z._default(z.number().check(z.int(), z.gte(0)), 0),
});

/**
 * Parameters of a committee draw. Thresholds the directive leaves open (LC80-4.3 gives no numbers) are policy with
 * defaults: at most 2 members from one employer, no non-local minimum, no cool-down.
 */
export const CommitteeParamsSchema = z.object({
  /** Drawn one after another, in THIS order (part of the protocol: reorder them and the draw changes). */
  strata: z.array(CommitteeStratumSchema).check(z.minLength(1)),
  /** Representatives the tenderer sends (not drawn): counted for the size and 2/3 rules (招标投标法 art. 37). */
  tendererRepresentatives: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Smallest committee (招标投标法 art. 37: five or more; government procurement may use three). */
  minCommitteeSize: z._default(z.number().check(z.int(), z.gte(1)), 5),
  /** At most this many drawn members from one employer (LC80-4.3, against concentration). */
  maxPerEmployer: z._default(z.number().check(z.int(), z.gte(1)), 2),
  /** At least this percentage of each stratum's members is non-local (LC80-4.3); rounded up per stratum. */
  nonLocalMinPercent: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 0),
  /** Leading digits of the region code that make two places "local" to each other (4 = same prefecture city). */
  localPrefixDigits: z._default(z.number().check(z.int(), z.gte(2), z.lte(6)), 4),
  /** An expert drawn within this many days before the draw's day rests (policy). */
  coolDownDays: z._default(z.number().check(z.int(), z.gte(0)), 0),
  /** Look-back of the avoidance rule in years (政府采购法实施条例 art. 9). */
  conflictLookbackYears: z._default(z.number().check(z.int(), z.gte(0)), 3),
  /** Draw only experts admitted to this pool (LC80-4.1); absent: any pool. */
  pool: z.optional(ExpertPoolSchema),
});
/**
 * {@inheritDoc CommitteeParamsSchema}
 *
 * @interface
 */
export type CommitteeParams = z.output<typeof CommitteeParamsSchema>;

/** The data a committee is drawn from: the project, its tenderer and bidders, the expert pool and draw history. */
export const CommitteeInputsSchema = z.object({
  project: ProjectSchema,
  tenderer: z.optional(TendererSchema),
  bidders: z._default(z.array(BidderSchema), []),
  pool: z.array(ExpertSchema),
  /** Last day each expert was drawn (cool-down), by expert id. */
  lastDrawnOn: z._default(z.record(IdSchema, IsoDateSchema), {}),
  /** Experts on a blacklist (LC80-4.2), by id. */
  blacklistedExpertIds: z._default(z.array(IdSchema), []),
});
/**
 * {@inheritDoc CommitteeInputsSchema}
 *
 * @interface
 */
export type CommitteeInputs = z.output<typeof CommitteeInputsSchema>;

/** A committee draw request: the envelope (drawId, createdAt, seed material, salt), params and inputs. */
export const CommitteeRequestSchema = z.extend(DrawEnvelopeSchema, {
  params: CommitteeParamsSchema,
  inputs: CommitteeInputsSchema,
});
/**
 * {@inheritDoc CommitteeRequestSchema}
 *
 * @interface
 */
export type CommitteeRequest = z.input<typeof CommitteeRequestSchema>;

/** A drawn expert, as the result lists them. `remote`: non-local, evaluates remotely (远程异地评标, LC80-4.3). */
export interface CommitteeSeat {
  readonly expertId: string;
  readonly name: string;
  readonly employerId: string;
  readonly region: string;
  readonly remote: boolean;
}

/** One stratum's outcome: members in draw order, then the ordered alternates. */
export interface CommitteeStratumResult {
  readonly specialty: string;
  readonly members: readonly CommitteeSeat[];
  readonly alternates: readonly CommitteeSeat[];
}

/** A drawn committee (sealed until the salt is revealed). */
export interface CommitteeResult {
  readonly strata: readonly CommitteeStratumResult[];
}

/**
 * Puts parsed committee inputs in canonical order (pool and bidders by id, or by the `orders` given); refuses
 * duplicate ids.
 *
 * @example
 * ```ts
 * canonicalCommitteeInputs(CommitteeInputsSchema.parse(inputs)).pool.map((e) => e.id); // ids in UTF-8 order
 * ```
 */
export function canonicalCommitteeInputs(inputs: CommitteeInputs, orders: Readonly<Record<string, ArrayLike<number>>> = {}): CommitteeInputs {
  return {
    project: inputs.project,
    ...(inputs.tenderer !== undefined ? { tenderer: inputs.tenderer } : {}),
    bidders: applyOrder(inputs.bidders, orders.bidders ?? canonicalOrder(inputs.bidders, "bidders")),
    pool: applyOrder(inputs.pool, orders.pool ?? canonicalOrder(inputs.pool, "pool")),
    lastDrawnOn: sortedRecord(inputs.lastDrawnOn),
    blacklistedExpertIds: sortUtf8([...new Set(inputs.blacklistedExpertIds)]),
  };
}

const EXPERT_SETS = ["pools", "specialties", "employments", "directorships", "shareholdings", "familyTies"];
const BIDDER_SETS = ["shareholders", "bankAccounts", "creditRecords", "penalties", "blacklist"];

/**
 * Committee inputs as hashed: the given JSON with pool and bidders sorted by id and unordered lists sorted.
 * `orders` may pass the canonical positions already computed for the (index-aligned) parsed lists.
 * The pool is handed to `inputHashOf` in input order with its canonical order, so it is serialised in one sweep.
 *
 * @example
 * ```ts
 * inputHashOf(createdAt, params, hashedCommitteeInputs(request.inputs)); // the committee's inputHash
 * ```
 */
export function hashedCommitteeInputs(raw: RawObject, orders: Readonly<Record<string, ArrayLike<number>>> = {}): HashedInputs {
  const { pool, ...rest } = raw;
  const fixed = canonicalRawInputs(rest, ["bidders"], { "": ["blacklistedExpertIds"], bidders: BIDDER_SETS }, orders);
  if (!Array.isArray(pool)) return { fixed };
  return { fixed, lists: { pool: { items: pool, order: orders.pool ?? canonicalOrder(pool as { id: string }[], "pool"), sets: EXPERT_SETS } } };
}

function checkCommitteeShape(params: CommitteeParams): void {
  const problems: { zh: string; en: string }[] = [];
  const specialties = params.strata.map((s) => s.specialty);
  const repeated = specialties.filter((s, i) => specialties.indexOf(s) !== i);
  if (repeated.length > 0) {
    problems.push({ zh: `专业分层重复：${repeated.join("、")}`, en: `specialty strata repeated: ${repeated.join(", ")}` });
  }
  const experts = params.strata.reduce((a, s) => a + s.count, 0);
  const total = experts + params.tendererRepresentatives;
  if (total < params.minCommitteeSize) {
    problems.push({ zh: `评标委员会 ${total} 人，少于 ${params.minCommitteeSize} 人`, en: `committee of ${total}, fewer than ${params.minCommitteeSize}` });
  }
  if (total % 2 === 0) problems.push({ zh: `评标委员会须为单数，实为 ${total} 人`, en: `a committee must be an odd number, got ${total}` });
  // 招标投标法 art. 37: technical and economic experts make up at least two thirds (integer form, no rounding).
  if (experts * 3 < total * 2) {
    problems.push({ zh: `专家 ${experts} 人，少于成员总数 ${total} 的三分之二`, en: `${experts} experts, fewer than two thirds of ${total} members` });
  }
  if (problems.length > 0) {
    throw new GgzyError("DRAW_INVALID_REQUEST", {
      zh: `评标委员会构成不合规：${problems.map((p) => p.zh).join("；")}`,
      en: `Committee make-up not allowed: ${problems.map((p) => p.en).join("; ")}`,
      details: { experts, total, problems },
    });
  }
}

/** The request checked as a whole except the pool, whose experts are checked one by one (see below). */
const CommitteeRequestShellSchema = z.extend(CommitteeRequestSchema, {
  // Checked to be an array, and passed through as given (z.array would copy a million elements).
  inputs: z.extend(CommitteeInputsSchema, { pool: z.custom<unknown[]>((v) => Array.isArray(v)) }),
});

/**
 * An expert of the pool as GIVEN, once `ExpertSchema` accepted it: the same fields as the parsed `Expert`, except
 * that lists and `status` may be absent (their defaults). The draw reads the given objects rather than a parsed
 * copy of the whole pool (for a million experts, a copy costs gigabytes and the collector's time).
 */
type PoolExpert = EligibilityFacts & Pick<Expert, "name" | "region" | "employer"> & Partial<Pick<Expert, "specialties">>;

const NONE: readonly never[] = [];

// A fast yes for the usual expert record; anything it is not sure of goes through ExpertSchema itself.
const acceptsExpert = compileAcceptor(ExpertSchema);

/**
 * Validates a committee request. The pool's experts are validated one at a time, without parsed copies (a fast
 * acceptor first, then the schema for whatever it is not sure of); on any problem the whole request is parsed again as one, so the error (first issue, all issues, paths)
 * is exactly that of `parseWith(CommitteeRequestSchema, …)`.
 */
function parseCommitteeRequest(request: CommitteeRequest): z.output<typeof CommitteeRequestShellSchema> {
  const shell = CommitteeRequestShellSchema.safeParse(request);
  let valid = shell.success;
  if (shell.success) {
    // Index by index (not `every`, which skips the holes of a sparse array: a hole is an invalid expert).
    const pool = shell.data.inputs.pool;
    for (let i = 0; i < pool.length && valid; i++) valid = acceptsExpert(pool[i]) || ExpertSchema.safeParse(pool[i]).success;
  }
  if (!valid || !shell.success) {
    parseWith(CommitteeRequestSchema, request, { zh: "评标专家抽取请求", en: "committee draw request" }); // throws: some part is invalid
    throw new Error("unreachable: the request was refused in parts but accepted whole");
  }
  return shell.data;
}

/** Shortfall of one stratum, as listed in a `DRAW_UNSATISFIABLE` error. */
export interface CommitteeShortfall {
  readonly stratum: string;
  /** `members` (members + alternates) or `nonLocal` (the non-local quota). */
  readonly need: "members" | "nonLocal";
  readonly needed: number;
  readonly eligible: number;
  /** Experts of this specialty excluded, by reason. */
  readonly excluded: Readonly<Record<string, number>>;
  /**
   * `maxPerEmployer` when enough experts were eligible but the walk ran out because every one left worked for an
   * employer already at the cap; `drawn` is how many it could take within the cap.
   */
  readonly cause?: "maxPerEmployer";
  readonly drawn?: number;
}

/**
 * Draws an evaluation committee (LC80-4.3, LC80-4.4; 招标投标法 art. 37), sealed until the salt is revealed.
 *
 * Protocol (docs/draw-protocol.md §Committee): the pool is sorted by id; every expert the rules' `expertExclusions`
 * excludes is counted by reason and left out; then each stratum, in the order of `params.strata`, draws
 * (1) its non-local quota ⌈count × nonLocalMinPercent / 100⌉ from its eligible non-local experts, stream
 * `committee/<specialty>/non-local`, then (2) its other members and then its ordered alternates from all its
 * remaining eligible experts, stream `committee/<specialty>`. Both walk a forward Fisher–Yates permutation; a member
 * whose employer already has `maxPerEmployer` members is passed over. Experts drawn (members or alternates) in one
 * stratum are not drawn again in a later one. Not enough experts: `GgzyError("DRAW_UNSATISFIABLE")` listing every
 * shortfall — never a short committee.
 *
 * @example
 * ```ts
 * const { record, result, warnings } = drawCommittee({
 *   drawId: "LC-2024-0042-EXP", createdAt: "2024-05-06T09:00:00+08:00",
 *   seedMaterial: { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07" }, salt: secretHex,
 *   params: { strata: [{ specialty: "A01", count: 5, alternates: 2 }], maxPerEmployer: 1, nonLocalMinPercent: 40 },
 *   inputs: { project, tenderer, bidders, pool },
 * });
 * publish(record); // result stays sealed until the evaluation ends
 * ```
 */
export function drawCommittee(request: CommitteeRequest): DrawOutcome<CommitteeResult> {
  const req = parseCommitteeRequest(request);
  const params = req.params;
  checkCommitteeShape(params);
  // The pool is used as given (validated, never copied): a pool of a million is not held twice.
  const pool = req.inputs.pool as readonly PoolExpert[];
  // One sort serves both the draw and the hash: the parsed lists are index-aligned with the given ones.
  const orders = { pool: canonicalOrder(pool, "pool"), bidders: canonicalOrder(req.inputs.bidders, "bidders") };
  const session = openDraw("committee", req, params, hashedCommitteeInputs((request as { inputs: RawObject }).inputs, orders));

  const project = req.inputs.project;
  const eligibility = prepareExpertEligibility({
    asOf: session.asOf,
    project,
    tenderer: req.inputs.tenderer,
    bidders: applyOrder(req.inputs.bidders, orders.bidders),
    pool: params.pool,
    coolDownDays: params.coolDownDays,
    lastDrawnOn: sortedRecord(req.inputs.lastDrawnOn),
    blacklistedExpertIds: req.inputs.blacklistedExpertIds,
    conflictLookbackYears: params.conflictLookbackYears,
  });
  // Region codes are six digits (schema), so "same first `localPrefixDigits` digits" is a prefix test.
  const prefix = project.region.slice(0, params.localPrefixDigits);
  const isRemote = (e: PoolExpert): boolean => !e.region.startsWith(prefix);

  const exclusions: Record<string, number> = {};
  const excludedBySpecialty = new Map<string, Record<string, number>>(params.strata.map((s) => [s.specialty, {}]));
  const stratumOf = new Map<string, number>(params.strata.map((s, k) => [s.specialty, k]));
  const remote = new Uint8Array(pool.length);
  // The canonical position of each expert, by input position.
  const rank = new Uint32Array(pool.length);
  orders.pool.forEach((i, r) => {
    rank[i] = r;
  });
  // One sweep in INPUT order (memory order: a sweep in canonical order would visit a large pool at random): each
  // eligible expert's canonical position goes into the bucket of every stratum of their specialties; the buckets
  // are then sorted, so each lists its experts in canonical order. Flags are typed arrays, not sets of objects.
  const ranked: number[][] = params.strata.map(() => []);
  const sweep = (): void => {
    for (let i = 0; i < pool.length; i++) {
      const expert = pool[i] as PoolExpert;
      const specialties: readonly string[] = expert.specialties ?? NONE;
      const reasons = eligibility.exclusions(expert);
      if (reasons.length === 0) {
        if (isRemote(expert)) remote[i] = 1;
        for (let t = 0; t < specialties.length; t++) {
          // A specialty listed twice on one expert must not put them twice in a bucket.
          if (specialties.indexOf(specialties[t] as string) !== t) continue;
          ranked[stratumOf.get(specialties[t] as string) ?? -1]?.push(rank[i] as number);
        }
        continue;
      }
      for (const r of reasons) bump(exclusions, r);
      for (const sp of specialties) {
        const counts = excludedBySpecialty.get(sp);
        if (counts) for (const r of reasons) bump(counts, r);
      }
    }
  };
  try {
    sweep();
  } catch (error) {
    // A date eligibility cannot read: throw what a sweep in canonical order meets first, as the protocol states.
    for (const i of orders.pool) eligibility.exclusions(pool[i] as PoolExpert);
    throw error;
  }
  const buckets: number[][] = ranked.map((list) => Array.from(Uint32Array.from(list).sort(), (r) => orders.pool[r] as number));

  // Every stratum's shortfall on its own, before drawing, so the error lists them all at once.
  const shortfalls: CommitteeShortfall[] = [];
  const quota = (count: number): number => Math.floor((count * params.nonLocalMinPercent + 99) / 100);
  params.strata.forEach((s, k) => {
    const mine = buckets[k] ?? [];
    const excluded = sortedRecord(excludedBySpecialty.get(s.specialty) ?? {});
    if (mine.length < s.count + s.alternates) {
      shortfalls.push({ stratum: s.specialty, need: "members", needed: s.count + s.alternates, eligible: mine.length, excluded });
    }
    let remoteCount = 0;
    for (const i of mine) remoteCount += remote[i] as number;
    if (remoteCount < quota(s.count)) shortfalls.push({ stratum: s.specialty, need: "nonLocal", needed: quota(s.count), eligible: remoteCount, excluded });
  });
  if (shortfalls.length > 0) throw unsatisfiable(shortfalls, params.maxPerEmployer);

  // Ids are unique (checked above), so "taken" can be kept by position.
  const taken = new Uint8Array(pool.length);
  let anyTaken = false;
  const perEmployer = new Map<string, number>();
  const seat = (i: number): CommitteeSeat => {
    const e = pool[i] as PoolExpert;
    return { expertId: e.id, name: e.name, employerId: e.employer.id, region: e.region, remote: isRemote(e) };
  };
  const strata: CommitteeStratumResult[] = [];
  let bitsNeeded = 0;

  // A walk over a permutation of `candidates` (positions in `pool`): `take` continues it, taking up to `want`
  // experts; when `capped`, a member whose employer already has `maxPerEmployer` members is passed over (and not
  // come back to).
  // `passedOver` counts the experts the cap made the walks pass over (what names the cause of a shortfall).
  let passedOver = 0;
  const walker = (candidates: readonly number[], stream: DrawStream) => {
    const walk = fisherYatesWalk(candidates.length, stream);
    return (want: number, capped: boolean): number[] => {
      const got: number[] = [];
      while (got.length < want) {
        const p = walk.next();
        if (p === undefined) break;
        const i = candidates[p] as number;
        if (capped) {
          const employerId = (pool[i] as PoolExpert).employer.id;
          const n = perEmployer.get(employerId) ?? 0;
          if (n >= params.maxPerEmployer) {
            passedOver++;
            continue;
          }
          perEmployer.set(employerId, n + 1);
        }
        got.push(i);
      }
      return got;
    };
  };

  params.strata.forEach((s, k) => {
    const bucket = buckets[k] ?? [];
    const open = anyTaken ? bucket.filter((i) => taken[i] === 0) : bucket;
    const remotePool = open.filter((i) => remote[i] === 1);
    const needRemote = quota(s.count);
    const passedBefore = passedOver;
    const remoteMembers = needRemote > 0 ? walker(remotePool, session.stream(`committee/${s.specialty}/non-local`))(needRemote, true) : [];
    const remoteCapped = passedOver > passedBefore;
    for (const i of remoteMembers) taken[i] = 1;
    const rest = remoteMembers.length > 0 ? open.filter((i) => taken[i] === 0) : open;
    const passedBeforeRest = passedOver;
    const take = walker(rest, session.stream(`committee/${s.specialty}`));
    const members = [...remoteMembers, ...take(s.count - remoteMembers.length, true)];
    // The alternates continue the SAME walk: they are simply the next ones drawn, in order (LC80-4.3). They are not
    // held to the employer cap here; whoever calls an alternate in takes the first one that keeps cap and quota.
    const alternates = members.length === s.count ? take(s.alternates, false) : [];
    for (const i of [...members, ...alternates]) taken[i] = 1;
    anyTaken = true;
    const excluded = sortedRecord(excludedBySpecialty.get(s.specialty) ?? {});
    // Short with enough eligible ones: the cap passed over the rest (alternates are never capped).
    // Named only when the eligible ones would have sufficed: a plain shortage stays a plain shortage.
    const byCap = (drawn: number, capped: boolean) => (capped ? { cause: "maxPerEmployer" as const, drawn } : {});
    if (remoteMembers.length < needRemote) {
      shortfalls.push({ stratum: s.specialty, need: "nonLocal", needed: needRemote, eligible: remotePool.length, excluded, ...byCap(remoteMembers.length, remoteCapped && remotePool.length >= needRemote) });
    }
    if (members.length < s.count || alternates.length < s.alternates) {
      const capped = members.length < s.count && passedOver > passedBeforeRest && open.length >= s.count + s.alternates;
      shortfalls.push({ stratum: s.specialty, need: "members", needed: s.count + s.alternates, eligible: open.length, excluded, ...byCap(members.length, capped) });
    }
    bitsNeeded += log2Binomial(remotePool.length, needRemote) + log2Binomial(rest.length, s.count - needRemote + s.alternates);
    strata.push({ specialty: s.specialty, members: members.map(seat), alternates: alternates.map(seat) });
  });
  if (shortfalls.length > 0) throw unsatisfiable(shortfalls, params.maxPerEmployer);

  return closeDraw(session, { params, result: { strata }, publicResult: null, exclusions: sortedRecord(exclusions), bitsNeeded });
}

function unsatisfiable(shortfalls: readonly CommitteeShortfall[], cap: number): GgzyError {
  // The exclusion counts go into the text too (not only `details`), so "0 eligible" says why.
  const why = (s: CommitteeShortfall, open: string, close: string): string => {
    const e = Object.entries(s.excluded);
    return e.length > 0 ? `${open}${e.map(([k, n]) => `${k} ${n}`).join(", ")}${close}` : "";
  };
  const zh = shortfalls
    .map((s) => {
      const who = s.need === "nonLocal" ? "外地专家" : "可抽取专家";
      const head =
        s.cause === "maxPerEmployer"
          ? `专业“${s.stratum}”${who}受 maxPerEmployer（每个单位至多 ${cap} 人）限制不足：需要 ${s.needed} 人，符合条件 ${s.eligible} 人，限制内只抽到 ${s.drawn ?? 0} 人`
          : `专业“${s.stratum}”${who}不足：需要 ${s.needed} 人，符合条件 ${s.eligible} 人`;
      return head + why(s, "（已排除：", "）");
    })
    .join("；");
  const en = shortfalls
    .map((s) => {
      const who = `${s.need === "nonLocal" ? "non-local " : ""}experts for specialty '${s.stratum}'`;
      const head =
        s.cause === "maxPerEmployer"
          ? `Not enough ${who} under maxPerEmployer (at most ${cap} per employer): ${s.needed} needed, ${s.eligible} eligible, only ${s.drawn ?? 0} drawn within the cap`
          : `Not enough eligible ${who}: ${s.needed} needed, ${s.eligible} eligible`;
      return head + why(s, " (excluded: ", ")");
    })
    .join("; ");
  return new GgzyError("DRAW_UNSATISFIABLE", { zh, en, details: { shortfalls } });
}
