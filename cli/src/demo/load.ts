import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { z } from "zod/mini";
import {
  AbandonmentSchema,
  AgencySchema,
  AgencySelectionSchema,
  AwardSchema,
  BidSchema,
  BidderSchema,
  ComplaintSchema,
  ContractSchema,
  EvaluationSchema,
  ExpertSchema,
  InspectorSchema,
  PlanCancellationSchema,
  ProjectSchema,
  SocialSupervisorSchema,
  SpotCheckQuarterSchema,
  SupervisingDepartmentSchema,
  TendererSchema,
} from "ggzy-rules/model";
import type {
  Abandonment,
  Agency,
  AgencySelection,
  Award,
  Bid,
  Bidder,
  Complaint,
  Contract,
  Evaluation,
  Expert,
  Inspector,
  PlanCancellation,
  Project,
  SocialSupervisor,
  SpotCheckQuarter,
  SupervisingDepartment,
  Tenderer,
} from "ggzy-rules/model";
import { GgzyError } from "ggzy-rules/model";

/*
 * Reading a demo city directory: one JSON Lines file per record kind (plain `.jsonl` or gzipped `.jsonl.gz`), a
 * manifest `city.json` and, optionally, `ground-truth.json`. Every record is validated with its model schema; a
 * malformed line or record is reported with its file and line and left out, and the rest goes on.
 */

/** The record kinds of a city, with their model schema and file stem. */
export const CITY_FILES = {
  departments: { file: "departments", schema: SupervisingDepartmentSchema },
  inspectors: { file: "inspectors", schema: InspectorSchema },
  socialSupervisors: { file: "social-supervisors", schema: SocialSupervisorSchema },
  tenderers: { file: "tenderers", schema: TendererSchema },
  agencies: { file: "agencies", schema: AgencySchema },
  experts: { file: "experts", schema: ExpertSchema },
  bidders: { file: "bidders", schema: BidderSchema },
  projects: { file: "projects", schema: ProjectSchema },
  agencySelections: { file: "agency-selections", schema: AgencySelectionSchema },
  bids: { file: "bids", schema: BidSchema },
  evaluations: { file: "evaluations", schema: EvaluationSchema },
  awards: { file: "awards", schema: AwardSchema },
  contracts: { file: "contracts", schema: ContractSchema },
  cancellations: { file: "cancellations", schema: PlanCancellationSchema },
  abandonments: { file: "abandonments", schema: AbandonmentSchema },
  complaints: { file: "complaints", schema: ComplaintSchema },
  spotChecks: { file: "spot-checks", schema: SpotCheckQuarterSchema },
} as const satisfies Record<string, { file: string; schema: z.ZodMiniType }>;

export type CityKind = keyof typeof CITY_FILES;

/** The parsed records of a city. */
export interface CityData {
  readonly departments: SupervisingDepartment[];
  readonly inspectors: Inspector[];
  readonly socialSupervisors: SocialSupervisor[];
  readonly tenderers: Tenderer[];
  readonly agencies: Agency[];
  readonly experts: Expert[];
  readonly bidders: Bidder[];
  readonly projects: Project[];
  readonly agencySelections: AgencySelection[];
  readonly bids: Bid[];
  readonly evaluations: Evaluation[];
  readonly awards: Award[];
  readonly contracts: Contract[];
  readonly cancellations: PlanCancellation[];
  readonly abandonments: Abandonment[];
  readonly complaints: Complaint[];
  readonly spotChecks: SpotCheckQuarter[];
}

/** The manifest of a city (`city.json`). */
export interface CityManifest {
  readonly format: string;
  readonly name?: { readonly zh: string; readonly en: string };
  readonly seed?: string;
  readonly year?: number;
  /** The demo's "today" (the coming week starts here). */
  readonly today: string;
  readonly region?: string;
}

/** A record the demo could not read. */
export interface InputProblem {
  readonly file: string;
  readonly line: number;
  /** The record's `id`, when the line parsed far enough to have one. */
  readonly recordId?: string;
  readonly message: string;
}

/** What was read from one file. */
export interface FileSummary {
  readonly kind: CityKind;
  readonly file: string;
  readonly records: number;
  readonly rejected: number;
}

export interface LoadedCity {
  readonly dir: string;
  readonly manifest: CityManifest;
  readonly data: CityData;
  readonly files: ReadonlyArray<FileSummary>;
  readonly problems: ReadonlyArray<InputProblem>;
  /** The planted violations, when the directory has `ground-truth.json`. */
  readonly groundTruth?: unknown;
}

function readMaybeGzip(dir: string, stem: string): { file: string; text: string } | undefined {
  for (const name of [`${stem}.jsonl`, `${stem}.jsonl.gz`]) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    try {
      const bytes = readFileSync(path);
      return { file: name, text: (name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8") };
    } catch (e) {
      throw new GgzyError("IO_ERROR", {
        zh: `无法读取文件 ${path}：${(e as Error).message}`,
        en: `Cannot read file ${path}: ${(e as Error).message}`,
        details: { file: path },
      });
    }
  }
  return undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null && "id" in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === "string" || typeof id === "number") return String(id);
  }
  return undefined;
}

/**
 * Reads a demo city directory. Throws `IO_ERROR` when the directory or its manifest cannot be read; a bad line or a
 * record that fails its schema is listed in `problems` (file, line, record id, first issue) and skipped.
 *
 * @example
 * ```ts
 * const city = loadCity("examples/demo-city");
 * city.data.projects.length; // 3000
 * city.problems; // [] for the bundled city
 * ```
 */
export function loadCity(dir: string): LoadedCity {
  const manifestPath = join(dir, "city.json");
  if (!existsSync(manifestPath)) {
    throw new GgzyError("IO_ERROR", {
      zh: `${dir} 不是演示城市数据目录（缺少 city.json）`,
      en: `${dir} is not a demo city directory (city.json is missing)`,
      details: { dir },
    });
  }
  let manifest: CityManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as CityManifest;
  } catch (e) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `文件 ${manifestPath} 不是有效的 JSON：${(e as Error).message}`,
      en: `File ${manifestPath} is not valid JSON: ${(e as Error).message}`,
      details: { file: manifestPath },
    });
  }
  if (typeof manifest?.today !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(manifest.today)) {
    throw new GgzyError("INVALID_INPUT", {
      zh: `${manifestPath}：today 应为 YYYY-MM-DD 日期`,
      en: `${manifestPath}: today must be a YYYY-MM-DD date`,
      issues: [{ path: ["today"], message: "expected YYYY-MM-DD" }],
    });
  }
  const problems: InputProblem[] = [];
  const files: FileSummary[] = [];
  const data: Record<string, unknown[]> = {};
  for (const [kind, { file, schema }] of Object.entries(CITY_FILES) as Array<[CityKind, (typeof CITY_FILES)[CityKind]]>) {
    const records: unknown[] = [];
    data[kind] = records;
    let got: { file: string; text: string } | undefined;
    try {
      got = readMaybeGzip(dir, file);
    } catch (e) {
      // An unreadable file (e.g. a broken gzip) is named and skipped; the other files go on.
      const err = e as GgzyError;
      problems.push({ file: `${file}.jsonl`, line: 0, message: `${err.zh} / ${err.en}` });
      files.push({ kind, file: `${file}.jsonl`, records: 0, rejected: 0 });
      continue;
    }
    if (got === undefined) {
      files.push({ kind, file: `${file}.jsonl`, records: 0, rejected: 0 });
      continue;
    }
    let rejected = 0;
    const lines = got.text.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        rejected++;
        problems.push({ file: got.file, line: i + 1, message: `invalid JSON / 不是有效的 JSON: ${(e as Error).message}` });
        return;
      }
      const parsed = (schema as z.ZodMiniType).safeParse(value);
      if (!parsed.success) {
        rejected++;
        const issue = parsed.error.issues[0];
        const recordId = idOf(value);
        problems.push({
          file: got.file,
          line: i + 1,
          ...(recordId !== undefined ? { recordId } : {}),
          message: `${issue?.path.join(".") || "(record)"}: ${issue?.message ?? "invalid"}`,
        });
        return;
      }
      records.push(parsed.data);
    });
    files.push({ kind, file: got.file, records: records.length, rejected });
  }
  const truthPath = join(dir, "ground-truth.json");
  let groundTruth: unknown;
  if (existsSync(truthPath)) {
    try {
      groundTruth = JSON.parse(readFileSync(truthPath, "utf8")) as unknown;
    } catch (e) {
      problems.push({ file: "ground-truth.json", line: 1, message: `invalid JSON / 不是有效的 JSON: ${(e as Error).message}` });
    }
  }
  return {
    dir,
    manifest,
    data: data as unknown as CityData,
    files,
    problems,
    ...(groundTruth !== undefined ? { groundTruth } : {}),
  };
}
