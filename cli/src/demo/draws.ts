import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addCalendarDays } from "ggzy-rules/calendar";
import { GgzyError, sha256Hex } from "ggzy-rules/model";
import type { Expert, ExpertPool, Project } from "ggzy-rules/model";
import { applyRatingSuspensions } from "ggzy-rules/scoring";
import { announceDraw, verifyDrawAgainst } from "ggzy-rules/announcement";
import { commitSalt, drawCommittee, drawSocialSupervisors, drawSpotChecks } from "ggzy-rules/sampling";
import type { CommitteeRequest, CommitteeResult, DrawKind, DrawOutcome, SpotChecksRequest, SpotChecksResult, SupervisorsRequest, SupervisorsResult } from "ggzy-rules/sampling";
import type { ProjectBundle } from "./bundle";
import type { CityData } from "./load";

/*
 * Stage 2 of the demo: the coming week's draws (evaluation committees, social supervisors for major projects) and
 * the quarter's spot checks (双随机一抽查), each written to `draws/` as an auditor receives it — the announcement made
 * before the draw, the public record, the request (inputs), the seed material and, for sealed committee draws, the
 * revealed salt — then verified FROM THOSE FILES with `verifyDrawAgainst`, exactly as
 * `ggzy verify --announcement` does. Without the announcement the check would be incomplete: the drawId, the seed's
 * source and its text could have been chosen after the randomness was known (docs/draw-protocol.md).
 *
 * Randomness: the demo has no beacon to listen to, so its seed material is a fictitious beacon value derived from the
 * city's seed and the draw id, and the committee salts likewise. Both are marked as demo values in the records; a
 * real deployment takes them from a public beacon and a secret generator (see docs/draw-protocol.md).
 */

/** Strata of a committee per project category (specialty codes of the demo city's expert classification). */
const STRATA: Record<string, ReadonlyArray<readonly [string, number, number]>> = {
  construction: [["A01", 3, 2], ["A02", 2, 1]],
  transport: [["B01", 5, 2]],
  waterResources: [["C01", 5, 2]],
  governmentProcurement: [["D01", 3, 1], ["D02", 2, 1]],
};
const LARGE_STRATA: Record<string, ReadonlyArray<readonly [string, number, number]>> = {
  construction: [["A01", 4, 2], ["A02", 3, 1]],
  transport: [["B01", 7, 2]],
  waterResources: [["C01", 7, 2]],
  governmentProcurement: [["D01", 4, 1], ["D02", 3, 1]],
};

/** One draw as the report shows it. */
export interface DrawSummary {
  readonly drawId: string;
  readonly kind: "committee" | "supervisors" | "spotChecks";
  readonly projectId?: string;
  readonly projectName?: string;
  readonly createdAt: string;
  readonly status: "drawn" | "unsatisfiable" | "refused";
  readonly error?: { readonly zh: string; readonly en: string };
  /** Re-run from the files in `draws/` and checked against the request and the announcement (`verifyDrawAgainst`). */
  readonly verified?: boolean;
  readonly firstDifference?: unknown;
  /** What the record was found to disagree with first, when not verified. */
  readonly against?: "announcement" | "request" | "re-run" | "files";
  readonly files?: DrawFiles;
  readonly verifyCommand?: string;
  readonly exclusions?: Readonly<Record<string, number>>;
  readonly warnings?: ReadonlyArray<{ readonly code: string; readonly en: string }>;
  /** Committee: members (draw order) and alternates count. Supervisors: the drawn ids. Spot checks: projects. */
  readonly members?: ReadonlyArray<{ readonly id: string; readonly name?: string; readonly detail?: string; readonly remote?: boolean }>;
  readonly alternates?: number;
  readonly population?: number;
  readonly resultHash?: string;
}

/** The files of one draw in `draws/`, as an auditor receives them. */
export interface DrawFiles {
  /** The `ggzy-draw-announcement/1`, made before the draw. */
  readonly announcement: string;
  readonly record: string;
  /** The whole request (drawId, createdAt, params, inputs; saltCommitment of a sealed draw). */
  readonly inputs: string;
  readonly seedMaterial: string;
  readonly salt?: string;
  readonly result: string;
}

/** What the draws stage returns: the summaries, and the drawn committees / supervisors by project (for validation). */
export interface DrawsResult {
  readonly draws: DrawSummary[];
  readonly committees: Map<string, CommitteeResult>;
  readonly supervisors: Map<string, SupervisorsResult>;
  readonly spotChecks?: { readonly drawId: string; readonly result: SpotChecksResult };
}

const POOL_OF: Record<string, ExpertPool> = {
  construction: "construction",
  transport: "transport",
  waterResources: "waterResources",
  governmentProcurement: "governmentProcurement",
};

const DEMO_BEACON_SOURCE = "演示用虚构信标（非真实随机源）/ fictitious demo beacon, not a real randomness source";

/** The seed material as announced before it exists: the demo beacon's value is 64 lower-case hex digits. */
const DEMO_SEED_ANNOUNCED = { kind: "beacon", source: DEMO_BEACON_SOURCE, valueFormat: "?".repeat(64) } as const;

function demoSeed(seed: string, drawId: string, createdAt: string): { kind: "beacon"; value: string; source: string } {
  return { kind: "beacon", value: sha256Hex(`ggzy-demo-beacon|${seed}|${drawId}|${createdAt}`), source: DEMO_BEACON_SOURCE };
}

const demoSalt = (seed: string, drawId: string): string => sha256Hex(`ggzy-demo-salt|${seed}|${drawId}`);

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function quarterOf(d: string): string {
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

const addDays = addCalendarDays;

/**
 * Makes a draw's announcement from its request and the announced seed description, with the library's
 * `announceDraw`, and writes it to `draws/` — before the draw is made, as a trading centre publishes it before the
 * lottery. Throws `GgzyError` as `announceDraw` does (e.g. an unsatisfiable request: nothing is written then).
 */
function announce(dir: string, kind: DrawKind, request: { drawId: string }): string {
  const announcement = announceDraw(kind, request, DEMO_SEED_ANNOUNCED);
  const file = `${request.drawId}.announcement.json`;
  writeFileSync(join(dir, file), json(announcement));
  return file;
}

/**
 * Checks a published draw from its files in `dir` only, as `ggzy verify <record> --inputs <request>
 * --seed-material <seed> [--salt-file <salt>] --announcement <announcement>` does: the library's `verifyDrawAgainst`
 * over what was read back from disk. A file that is not what it should be (not JSON, not an announcement) makes the
 * draw not verified too, with the reason, rather than stopping the demo.
 *
 * @example
 * ```ts
 * verifyPublishedDraw("ggzy-report/draws", draw.files); // { verified: true }
 * // after the announcement's drawId was edited:
 * // { verified: false, firstDifference: { path: "drawId", … }, against: "announcement" }
 * ```
 */
export function verifyPublishedDraw(dir: string, files: DrawFiles): Pick<DrawSummary, "verified" | "firstDifference" | "against"> {
  const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown;
  try {
    const salt = files.salt !== undefined ? readFileSync(join(dir, files.salt), "utf8").trim() : undefined;
    const verdict = verifyDrawAgainst(read(files.record), read(files.inputs), read(files.seedMaterial), { salt, announcement: read(files.announcement) });
    return verdict.reproduced ? { verified: true } : { verified: false, firstDifference: verdict.firstDifference, against: verdict.against };
  } catch (e) {
    if (!(e instanceof GgzyError) && !(e instanceof SyntaxError)) throw e;
    const path = e instanceof GgzyError ? (e.issues[0]?.path ?? []).join(".") : "";
    return { verified: false, firstDifference: { path, message: e instanceof GgzyError ? e.en : e.message }, against: "files" };
  }
}

/** Writes a draw's files beside its announcement, reads them back and verifies the record from them. */
function publishAndVerify<R>(
  dir: string,
  announcement: string,
  request: { drawId: string; createdAt: string; params: unknown; inputs: unknown; saltCommitment?: string },
  seedMaterial: unknown,
  salt: string | undefined,
  outcome: DrawOutcome<R>,
): Pick<DrawSummary, "verified" | "firstDifference" | "against" | "files" | "verifyCommand"> {
  const { drawId } = request;
  const files: DrawFiles = {
    announcement,
    record: `${drawId}.record.json`,
    inputs: `${drawId}.inputs.json`,
    seedMaterial: `${drawId}.seed.json`,
    ...(salt !== undefined ? { salt: `${drawId}.salt.txt` } : {}),
    result: `${drawId}.result.json`,
  };
  writeFileSync(join(dir, files.record), json(outcome.record));
  // Inputs hold the whole expert pool: compact JSON keeps draws/ small (the hash is over the canonical form anyway).
  writeFileSync(join(dir, files.inputs), `${JSON.stringify(request)}\n`);
  writeFileSync(join(dir, files.seedMaterial), json(seedMaterial));
  if (salt !== undefined && files.salt !== undefined) writeFileSync(join(dir, files.salt), `${salt}\n`);
  writeFileSync(join(dir, files.result), json(outcome.result));
  const verifyCommand =
    `ggzy verify draws/${files.record} --inputs draws/${files.inputs} --seed-material draws/${files.seedMaterial}` +
    `${files.salt !== undefined ? ` --salt-file draws/${files.salt}` : ""} --announcement draws/${files.announcement}`;
  // The auditor's view: only what was published, read back from disk.
  return { ...verifyPublishedDraw(dir, files), files, verifyCommand };
}

function refused(e: unknown, base: Omit<DrawSummary, "status">): DrawSummary {
  if (e instanceof GgzyError) {
    return { ...base, status: e.code === "DRAW_UNSATISFIABLE" ? "unsatisfiable" : "refused", error: { zh: e.zh, en: e.en } };
  }
  throw e;
}

/** Options of the draws stage. */
export interface DrawsOptions {
  readonly outDir: string;
  readonly today: string;
  readonly seed: string;
  /** Called after each draw (progress). */
  readonly onDraw?: () => void;
}

/**
 * The projects whose evaluation is scheduled in the seven days from `today`: the coming week's draws.
 *
 * @example
 * ```ts
 * comingWeek(bundles, "2025-12-22").map((b) => b.project.id); // evaluations 2025-12-22 … 2025-12-28
 * ```
 */
export function comingWeek(bundles: readonly ProjectBundle[], today: string): ProjectBundle[] {
  const end = addDays(today, 6);
  return bundles.filter((b) => {
    const on = b.project.dates.evaluationOn;
    return on !== undefined && on >= today && on <= end && b.evaluations.some((e) => e.status === "scheduled");
  });
}

/**
 * The number of draws `runDraws` makes, for the progress bar.
 *
 * @example
 * ```ts
 * progress.stage("draws", countDraws(bundles, today));
 * ```
 */
export function countDraws(bundles: readonly ProjectBundle[], today: string): number {
  const week = comingWeek(bundles, today);
  return week.length + week.filter((b) => b.project.major || b.project.publicImpact).length + 1;
}

/**
 * Makes, publishes and verifies the coming week's committee and social-supervisor draws and the quarter's spot checks.
 *
 * @example
 * ```ts
 * const { draws } = runDraws(bundles, city.data, { outDir: "ggzy-report", today: "2025-12-22", seed: "demo" });
 * draws.every((d) => d.verified !== false); // true
 * ```
 */
export function runDraws(bundles: readonly ProjectBundle[], data: CityData, options: DrawsOptions): DrawsResult {
  const dir = join(options.outDir, "draws");
  mkdirSync(dir, { recursive: true });
  const { today, seed } = options;
  const draws: DrawSummary[] = [];
  const committees = new Map<string, CommitteeResult>();
  const supervisors = new Map<string, SupervisorsResult>();
  const tenderers = new Map(data.tenderers.map((t) => [t.id, t]));
  const bidders = new Map(data.bidders.map((b) => [b.id, b]));
  // Cool-down input (LC80-4.3): the last day each expert sat on a committee.
  const lastDrawnOn: Record<string, string> = {};
  for (const e of data.evaluations) {
    if (e.status !== "finished") continue;
    const on = (e.startedAt ?? "").slice(0, 10);
    if (on === "" || on > today) continue;
    for (const m of e.committee) if ((lastDrawnOn[m.expertId] ?? "") < on) lastDrawnOn[m.expertId] = on;
  }
  // Experts whom the per-event ratings suspend (LC80-4.2) enter the draw as suspended, so eligibility leaves them out.
  const finished = data.evaluations.filter((e) => e.status === "finished");
  const experts = applyRatingSuspensions(data.experts, finished, { asOf: today, laterRecords: "ignore" });
  const poolOf = new Map<string, Expert[]>();
  for (const [category, pool] of Object.entries(POOL_OF)) {
    poolOf.set(category, experts.filter((e) => e.pools.some((p) => p.pool === pool)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  }

  for (const b of comingWeek(bundles, today)) {
    const p: Project = b.project;
    const evaluationOn = p.dates.evaluationOn as string;
    const tenderer = tenderers.get(p.tendererId);
    const projectBidders = [...new Set(b.bids.map((x) => x.bidderId))].sort().flatMap((id) => {
      const x = bidders.get(id);
      return x ? [x] : [];
    });
    const large = p.major || p.publicImpact || (p.category === "governmentProcurement" && (p.budgetYuan ?? 0) >= 10_000_000);
    const strata = (large ? LARGE_STRATA : STRATA)[p.category] ?? STRATA.construction ?? [];
    const pool = poolOf.get(p.category) ?? [];
    const drawId = `CMT-${p.id}`;
    const createdAt = `${addDays(evaluationOn, -1)}T16:00:00+08:00`;
    const poolIds = new Set(pool.map((e) => e.id));
    const salt = demoSalt(seed, drawId);
    const request = {
      drawId,
      createdAt,
      params: {
        strata: strata.map(([specialty, count, alternates]) => ({ specialty, count, alternates })),
        maxPerEmployer: 1,
        nonLocalMinPercent: 40,
        coolDownDays: 3,
        ...(POOL_OF[p.category] !== undefined ? { pool: POOL_OF[p.category] } : {}),
      },
      inputs: {
        project: p,
        ...(tenderer !== undefined ? { tenderer } : {}),
        bidders: projectBidders,
        pool,
        lastDrawnOn: Object.fromEntries(Object.entries(lastDrawnOn).filter(([id]) => poolIds.has(id)).sort((x, y) => (x[0] < y[0] ? -1 : 1))),
      },
      // Sealed: the salt's commitment is part of the request, and the announcement publishes it.
      saltCommitment: commitSalt(salt),
    };
    const base = { drawId, kind: "committee" as const, projectId: p.id, projectName: p.name, createdAt };
    try {
      const announcement = announce(dir, "committee", request);
      const seedMaterial = demoSeed(seed, drawId, createdAt);
      const outcome = drawCommittee({ ...request, seedMaterial, salt } as CommitteeRequest);
      committees.set(p.id, outcome.result);
      const members = outcome.result.strata.flatMap((s) =>
        s.members.map((m) => ({ id: m.expertId, name: m.name, detail: `${s.specialty} · ${m.employerId} · ${m.region}`, remote: m.remote })),
      );
      draws.push({
        ...base,
        status: "drawn",
        ...publishAndVerify(dir, announcement, request, seedMaterial, salt, outcome),
        exclusions: outcome.record.exclusions,
        warnings: outcome.warnings.map((w) => ({ code: w.code, en: w.en })),
        members,
        alternates: outcome.result.strata.reduce((a, s) => a + s.alternates.length, 0),
        population: pool.length,
        resultHash: outcome.record.resultHash,
      });
    } catch (e) {
      draws.push(refused(e, base));
    }
    options.onDraw?.();

    // LC80-6.3: 1–2 social supervisors attend the whole evaluation of a major or public-impact project.
    if (p.major || p.publicImpact) {
      const sid = `SUP-${p.id}`;
      const sRequest = {
        drawId: sid,
        createdAt,
        params: { count: 2, alternates: 1 },
        inputs: { project: p, ...(tenderer !== undefined ? { tenderer } : {}), bidders: projectBidders, pool: data.socialSupervisors },
      };
      const sBase = { drawId: sid, kind: "supervisors" as const, projectId: p.id, projectName: p.name, createdAt };
      try {
        const announcement = announce(dir, "supervisors", sRequest);
        const sSeed = demoSeed(seed, sid, createdAt);
        const outcome = drawSocialSupervisors({ ...sRequest, seedMaterial: sSeed } as SupervisorsRequest);
        supervisors.set(p.id, outcome.result);
        draws.push({
          ...sBase,
          status: "drawn",
          ...publishAndVerify(dir, announcement, sRequest, sSeed, undefined, outcome),
          exclusions: outcome.record.exclusions,
          members: outcome.result.supervisors.map((s) => ({ id: s.supervisorId, name: s.name })),
          population: data.socialSupervisors.length,
          resultHash: outcome.record.resultHash,
        });
      } catch (e) {
        draws.push(refused(e, sBase));
      }
      options.onDraw?.();
    }
  }

  // LC80-5.2 双随机一抽查: this quarter's finished projects, stratified by supervising department, 2 inspectors each.
  const quarter = quarterOf(today);
  const population = bundles
    .filter((b) => b.evaluations.some((e) => e.status === "finished") && b.project.dates.evaluationOn !== undefined && quarterOf(b.project.dates.evaluationOn) === quarter)
    .map((b) => b.project);
  const scId = `SPOT-${quarter}`;
  const scCreatedAt = `${today}T10:00:00+08:00`;
  const scRequest = {
    drawId: scId,
    createdAt: scCreatedAt,
    // 5%: the sampler takes ⌈rate × N⌉ per stratum, and only at the 5% floor does that never pass the rule's 10% cap
    // (SPOT_CHECK_RATE allows max(⌈5% N⌉, ⌊10% N⌋)); at 6% a stratum of 17 projects would get 2 checks, 11.8%.
    params: { quarter, rate: 0.05, stratifyBy: "supervisingDepartment", inspectorsPerProject: 2 },
    inputs: { projects: population, inspectors: data.inspectors },
  };
  const scBase = { drawId: scId, kind: "spotChecks" as const, createdAt: scCreatedAt };
  let spotChecks: DrawsResult["spotChecks"];
  try {
    const announcement = announce(dir, "spotChecks", scRequest);
    const scSeed = demoSeed(seed, scId, scCreatedAt);
    const outcome = drawSpotChecks({ ...scRequest, seedMaterial: scSeed } as SpotChecksRequest);
    spotChecks = { drawId: scId, result: outcome.result };
    draws.push({
      ...scBase,
      status: "drawn",
      ...publishAndVerify(dir, announcement, scRequest, scSeed, undefined, outcome),
      exclusions: outcome.record.exclusions,
      members: outcome.result.checks.map((c) => ({ id: c.projectId, detail: `${c.stratum} · ${c.inspectorIds.join(", ")}` })),
      population: outcome.result.population,
      resultHash: outcome.record.resultHash,
    });
  } catch (e) {
    draws.push(refused(e, scBase));
  }
  options.onDraw?.();
  return { draws, committees, supervisors, ...(spotChecks !== undefined ? { spotChecks } : {}) };
}
