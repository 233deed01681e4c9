import seedrandom from "seedrandom";
import { addCalendarDays, addWorkingDays, isWorkingDay } from "../../src/calendar/index";
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
} from "../../src/model/index";
import type { ProjectCategory } from "../../src/model/index";
import type { z } from "zod/mini";
import {
  EXPERT_EMPLOYER_KINDS,
  FIRM_KINDS,
  FIRM_WORDS,
  GIVEN,
  LOCAL_REGIONS,
  NONLOCAL_REGIONS,
  PROJECT_WORDS,
  SURNAMES,
  TENDERER_NAMES,
} from "./names";

/*
 * The demo city: a seeded, made-up city-year of public-resource trading in a Liaocheng-like city (division codes
 * 3715xx are local, every other code non-local). Every record passes the model's zod schemas. Known violations of
 * every rule of the built-in catalogue and known collusion rings are PLANTED, and the ground truth says where, so the
 * demo can check that the library finds them all.
 *
 * Determinism: one seedrandom ARC4 stream (fixed seed), consumed in a fixed order; no clock, no Math.random. The same
 * options always give byte-identical files.
 */

/** Options of the generator. Counts scale from `projects` unless given. */
export interface CityOptions {
  readonly seed?: string;
  readonly projects?: number;
  readonly experts?: number;
  readonly agencies?: number;
  readonly bidders?: number;
}

type Rec = Record<string, unknown>;

/** The files of a demo city, by file stem (each is written as `<stem>.jsonl`). */
export interface CityFiles {
  readonly departments: Rec[];
  readonly inspectors: Rec[];
  readonly socialSupervisors: Rec[];
  readonly tenderers: Rec[];
  readonly agencies: Rec[];
  readonly experts: Rec[];
  readonly bidders: Rec[];
  readonly projects: Rec[];
  readonly agencySelections: Rec[];
  readonly bids: Rec[];
  readonly evaluations: Rec[];
  readonly awards: Rec[];
  readonly contracts: Rec[];
  readonly cancellations: Rec[];
  readonly abandonments: Rec[];
  readonly complaints: Rec[];
  readonly spotChecks: Rec[];
}

/** File stem → model schema each record of that file must pass. */
export const CITY_SCHEMAS: { readonly [K in keyof CityFiles]: z.ZodMiniType } = {
  departments: SupervisingDepartmentSchema,
  inspectors: InspectorSchema,
  socialSupervisors: SocialSupervisorSchema,
  tenderers: TendererSchema,
  agencies: AgencySchema,
  experts: ExpertSchema,
  bidders: BidderSchema,
  projects: ProjectSchema,
  agencySelections: AgencySelectionSchema,
  bids: BidSchema,
  evaluations: EvaluationSchema,
  awards: AwardSchema,
  contracts: ContractSchema,
  cancellations: PlanCancellationSchema,
  abandonments: AbandonmentSchema,
  complaints: ComplaintSchema,
  spotChecks: SpotCheckQuarterSchema,
};

/** The manifest written as `city.json`. */
export interface CityManifest {
  readonly format: "ggzy-demo-city/1";
  readonly name: { readonly zh: string; readonly en: string };
  readonly seed: string;
  readonly year: number;
  /** The demo's "today": the coming week starts here; every deadline is judged as of the day before. */
  readonly today: string;
  readonly region: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly regenerate: string;
}

/** Where violations and rings were planted. */
export interface GroundTruth {
  readonly format: "ggzy-demo-ground-truth/1";
  readonly seed: string;
  /** Rule id → ids of the records planted to break it: the record a finding is about (project, selection, evaluation, award, complaint, expert, spot check…). */
  readonly rules: Record<string, string[]>;
  /** Risk signal → the planted processes (ocids) and organisations. */
  readonly risk: Record<string, { processes: string[]; organisations: string[] }>;
}

export interface DemoCity {
  readonly manifest: CityManifest;
  readonly files: CityFiles;
  readonly groundTruth: GroundTruth;
}

export const DEFAULT_SEED = "liaocheng-2025-demo";
export const CITY_REGION = "371500";
export const YEAR = 2025;
/** A Monday: the coming week is 2025-12-22 … 2025-12-28. */
export const TODAY = "2025-12-22";

/** Specialty codes (评标专家专业) per pool; the committee draw is stratified by them. */
export const SPECIALTIES: Readonly<Record<Exclude<ProjectCategory, "other">, readonly string[]>> = {
  construction: ["A01", "A02"],
  transport: ["B01"],
  waterResources: ["C01"],
  governmentProcurement: ["D01", "D02"],
};

const CATEGORIES = ["construction", "transport", "waterResources", "governmentProcurement"] as const;
type Category = (typeof CATEGORIES)[number];
const CATEGORY_SHARE: Record<Category, number> = { construction: 0.35, transport: 0.15, waterResources: 0.15, governmentProcurement: 0.35 };
const DEPARTMENT_OF: Record<Category, string> = { construction: "D-ZJ", transport: "D-JT", waterResources: "D-SL", governmentProcurement: "D-CZ" };
/** First-level market (CPV division) of each category, for the risk indicators' chance model. */
export const CPV_OF: Record<Category, readonly string[]> = {
  construction: ["45210000", "45230000"],
  transport: ["45233000"],
  waterResources: ["45240000"],
  governmentProcurement: ["30190000", "33100000", "39100000", "72200000", "90910000"],
};

class Random {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = seedrandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error("pick from an empty list");
    return list[this.int(list.length)] as T;
  }
  /** `k` distinct items, in draw order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    for (let i = 0; i < k && copy.length > 0; i++) out.push(copy.splice(this.int(copy.length), 1)[0] as T);
    return out;
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as Array<[T, number]>;
    let r = this.next() * entries.reduce((a, [, w]) => a + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return (entries[entries.length - 1] as [T, number])[0];
  }
  /** Log-normal with the given median and spread (sigma of the log). */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const nextWorkingDay = (d: string): string => (isWorkingDay(d) ? d : nextWorkingDay(addCalendarDays(d, 1)));
const quarterOf = (d: string): string => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * Generates the demo city. Pure: the same options give the same city.
 *
 * @example
 * ```ts
 * const city = generateCity({ projects: 200 });
 * city.files.projects.length; // 200
 * city.groundTruth.rules.FULLY_ELECTRONIC; // the projects planted as paper-based
 * ```
 */
export function generateCity(options: CityOptions = {}): DemoCity {
  const seed = options.seed ?? DEFAULT_SEED;
  const nProjects = options.projects ?? 3000;
  const scale = nProjects / 3000;
  const nExperts = options.experts ?? Math.max(420, Math.round(2000 * scale));
  const nAgencies = options.agencies ?? Math.max(40, Math.round(150 * scale));
  const nBidders = options.bidders ?? Math.max(240, Math.round(1500 * scale));
  const rnd = new Random(seed);

  const truth: GroundTruth = { format: "ggzy-demo-ground-truth/1", seed, rules: {}, risk: {} };
  const plant = (rule: string, id: string): void => {
    const list = (truth.rules[rule] ??= []);
    if (!list.includes(id)) list.push(id);
  };
  const plantRisk = (signal: string, ocid: string, orgs: readonly string[] = []): void => {
    const e = (truth.risk[signal] ??= { processes: [], organisations: [] });
    if (!e.processes.includes(ocid)) e.processes.push(ocid);
    for (const o of orgs) if (!e.organisations.includes(o)) e.organisations.push(o);
  };

  const personName = (): string => rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.6) ? rnd.pick(GIVEN) : "");
  const creditCode = (): string => {
    let s = "91";
    s += pad(rnd.int(1_000_000), 6);
    for (let i = 0; i < 10; i++) s += CREDIT_CODE_CHARS[rnd.int(CREDIT_CODE_CHARS.length)];
    return s;
  };
  const firmName = (region: { name: string }, kind: string): string =>
    `${region.name.replace(/(市|区|县)$/, "")}${rnd.pick(FIRM_WORDS)}${rnd.pick(FIRM_WORDS)}${kind}`;

  // ---- supervising departments, inspectors, social supervisors -------------------------------------------------
  const departments: Rec[] = [
    { id: "D-ZJ", name: "聊城市住房和城乡建设局", region: CITY_REGION, sectors: ["construction"] },
    { id: "D-JT", name: "聊城市交通运输局", region: CITY_REGION, sectors: ["transport"] },
    { id: "D-SL", name: "聊城市水利局", region: CITY_REGION, sectors: ["waterResources"] },
    { id: "D-CZ", name: "聊城市财政局", region: CITY_REGION, sectors: ["governmentProcurement"] },
    { id: "D-GG", name: "聊城市公共资源交易管理办公室", region: CITY_REGION, sectors: ["construction", "transport", "waterResources", "governmentProcurement"] },
  ];
  const inspectors: Rec[] = [];
  for (let i = 1; i <= 60; i++) {
    const dept = departments[(i - 1) % departments.length] as Rec;
    const rec: Rec = { id: `I${pad(i, 3)}`, name: personName(), departmentId: dept.id, region: CITY_REGION };
    if (i % 23 === 0) rec.status = "suspended";
    inspectors.push(rec);
  }
  const socialSupervisors: Rec[] = [];
  for (let i = 1; i <= 40; i++) {
    socialSupervisors.push({ id: `SS${pad(i, 3)}`, name: personName(), region: rnd.pick(LOCAL_REGIONS).code });
  }

  // ---- tenderers --------------------------------------------------------------------------------------------------
  const tenderers: Rec[] = [];
  for (let i = 1; i <= Math.max(30, Math.round(200 * scale)); i++) {
    const region = rnd.pick(LOCAL_REGIONS);
    const kind = rnd.weighted({ gov: 0.7, soe: 0.15, invest: 0.15 });
    const rec: Rec = { id: `O${pad(i, 3)}`, region: region.code };
    if (kind === "gov") rec.name = `${region.name}${rnd.pick(TENDERER_NAMES)}`;
    else if (kind === "soe") {
      rec.name = `${region.name.replace(/(市|区|县)$/, "")}${rnd.pick(["城市建设", "水务", "交通发展", "文旅"])}集团有限公司`;
      rec.soe = true;
    } else {
      rec.name = `${region.name.replace(/(市|区|县)$/, "")}${rnd.pick(["城投", "财金", "建投"])}投资有限公司`;
      rec.investmentCompany = true;
    }
    rec.creditCode = creditCode();
    tenderers.push(rec);
  }

  // ---- agencies ---------------------------------------------------------------------------------------------------
  const agencies: Rec[] = [];
  const plantedAgency = { disclosure: new Set<string>(), blacklist: new Set<string>(), training: new Set<string>() };
  for (let i = 1; i <= nAgencies; i++) {
    const region = i % 5 === 0 ? rnd.pick(NONLOCAL_REGIONS) : rnd.pick(LOCAL_REGIONS);
    const id = `A${pad(i, 3)}`;
    const fields = rnd.sample(CATEGORIES, rnd.range(1, 3));
    if (i <= 8) fields.splice(0, fields.length, ...CATEGORIES); // a few full-service agencies keep every field covered
    const published = (): Rec => ({ publishedOn: `2024-${pad(rnd.range(1, 10), 2)}-${pad(rnd.range(1, 28), 2)}` });
    const disclosure: Rec = {
      personnel: published(),
      practiceRecord: published(),
      internalControls: published(),
      inspectionAndPenaltyRecord: published(),
      creditRecord: published(),
    };
    const staff: Rec[] = [];
    for (let s = 1; s <= rnd.range(3, 5); s++) {
      staff.push({
        person: { id: `${id}-s${s}`, name: personName() },
        trainings: [
          { date: `2024-09-${pad(rnd.range(1, 28), 2)}`, course: "招标采购从业人员继续教育", passed: true },
          { date: `2025-06-${pad(rnd.range(1, 28), 2)}`, course: "电子招标投标实务", passed: true },
        ],
      });
    }
    const rec: Rec = {
      id,
      name: firmName(region, rnd.pick(["招标代理有限公司", "工程咨询有限公司", "项目管理有限公司", "采购代理有限公司"])),
      region: region.code,
      disclosure,
      staff,
      professionalFields: fields,
    };
    const credit: Rec[] = [];
    for (let c = 0; c < rnd.range(0, 4); c++) {
      const good = rnd.chance(0.65);
      credit.push({
        date: `${rnd.pick([2023, 2024, 2025])}-${pad(rnd.range(1, 12), 2)}-${pad(rnd.range(1, 28), 2)}`,
        kind: good ? "positive" : "negative",
        category: good ? rnd.pick(["表彰", "诚信示范"]) : rnd.pick(["不良行为", "违规代理"]),
      });
    }
    if (credit.length > 0) rec.creditRecords = credit;
    if (rnd.chance(0.2)) {
      rec.penalties = [
        {
          date: `${rnd.pick([2023, 2024, 2025])}-${pad(rnd.range(1, 12), 2)}-${pad(rnd.range(1, 28), 2)}`,
          severity: rnd.pick(["warning", "minor", "serious"]),
          authority: rnd.pick(["聊城市住房和城乡建设局", "聊城市财政局"]),
          description: rnd.pick(["代理文件设置不合理条件", "未按规定公示", "档案资料不完整"]),
        },
      ];
    }
    // Planted (LC80-3.1 / 3.3): a few agencies with an unpublished part, a blacklisting, an untrained staff member.
    if (i % 37 === 11) {
      delete disclosure.internalControls;
      plantedAgency.disclosure.add(id);
    } else if (i % 37 === 23) {
      rec.blacklist = [{ from: "2025-07-01", until: "2026-06-30", reason: "串通投标，列入严重失信名单", authority: "聊城市公共资源交易管理办公室" }];
      plantedAgency.blacklist.add(id);
    } else if (i % 37 === 31) {
      (staff[0] as Rec).trainings = [{ date: "2023-05-10", course: "招标采购从业人员继续教育", passed: false }];
      plantedAgency.training.add(id);
    }
    agencies.push(rec);
  }
  const agenciesByField = new Map<Category, Rec[]>(CATEGORIES.map((c) => [c, agencies.filter((a) => (a.professionalFields as string[]).includes(c))]));
  const isPlantedAgency = (id: string): boolean =>
    plantedAgency.disclosure.has(id) || plantedAgency.blacklist.has(id) || plantedAgency.training.has(id);

  // ---- experts and their employers -------------------------------------------------------------------------------
  interface Employer {
    id: string;
    name: string;
    region: string;
    local: boolean;
  }
  const employers: Employer[] = [];
  const nEmployers = Math.max(80, Math.round(nExperts / 6));
  for (let i = 1; i <= nEmployers; i++) {
    const local = i % 5 < 3;
    const region = local ? rnd.pick(LOCAL_REGIONS) : rnd.pick(NONLOCAL_REGIONS);
    employers.push({ id: `W${pad(i, 3)}`, name: `${region.name.replace(/(市|区|县)$/, "")}${rnd.pick(FIRM_WORDS)}${rnd.pick(EXPERT_EMPLOYER_KINDS)}`, region: region.code, local });
  }
  const experts: Rec[] = [];
  const expertPools = new Map<string, Rec[]>(); // specialty → clean experts
  const reservedExperts = new Set<string>(); // not used in clean committees
  const poolOfIndex = (i: number): Category => {
    const r = (i * 0.6180339887) % 1;
    return r < 0.35 ? "construction" : r < 0.525 ? "transport" : r < 0.7 ? "waterResources" : "governmentProcurement";
  };
  for (let i = 1; i <= nExperts; i++) {
    const id = `E${pad(i, 4)}`;
    const pool = poolOfIndex(i);
    const employer = rnd.pick(employers);
    const specialties = rnd.sample(SPECIALTIES[pool], SPECIALTIES[pool].length === 1 ? 1 : rnd.range(1, 2));
    const kind = rnd.weighted({ private: 0.33, soe: 0.15, university: 0.15, publicInstitution: 0.2, retired: 0.1, civilServant: 0.07 });
    const rec: Rec = {
      id,
      name: personName(),
      region: employer.region,
      pools: [{ pool, admission: { reviewedBy: "聊城市公共资源交易管理办公室", reviewedOn: `20${rnd.range(19, 24)}-${pad(rnd.range(1, 12), 2)}-${pad(rnd.range(1, 28), 2)}`, approved: true } }],
      specialties,
      employer: { id: employer.id, name: employer.name },
      employmentKind: kind,
    };
    experts.push(rec);
    for (const s of specialties) (expertPools.get(s) ?? expertPools.set(s, []).get(s))?.push(rec);
  }
  const expertById = new Map(experts.map((e) => [e.id as string, e]));
  const isLocal = (region: string): boolean => region.startsWith("3715");

  // Planted (LC80-4.1, 4.4): experts without an approved admission review, officials in the pool.
  const plantedOfficials: Rec[] = [];
  {
    const candidates = experts.filter((_, i) => i % 97 === 5);
    candidates.forEach((e, k) => {
      reservedExperts.add(e.id as string);
      if (k % 3 === 0) {
        const pools = e.pools as Rec[];
        delete (pools[0] as Rec).admission;
        plant("EXPERT_ADMITTED", e.id as string);
      } else if (k % 3 === 1) {
        ((e.pools as Rec[])[0] as Rec).admission = { reviewedBy: "聊城市公共资源交易管理办公室", reviewedOn: "2024-03-02", approved: false };
        plant("EXPERT_ADMITTED", e.id as string);
      } else {
        const dept = departments[k % 4] as Rec;
        e.employmentKind = k % 2 === 0 ? "industrySupervisor" : "tradingCentreStaff";
        e.employer = k % 2 === 0 ? { id: dept.id, name: dept.name } : { id: "D-JYZX", name: "聊城市公共资源交易中心" };
        if (k % 2 === 0) e.supervisingDepartmentId = dept.id;
        e.region = "371502";
        plant("EXPERT_NOT_SUPERVISOR_OR_CENTRE_STAFF", e.id as string);
        plantedOfficials.push(e);
      }
    });
  }

  // ---- bidders -----------------------------------------------------------------------------------------------------
  const bidders: Rec[] = [];
  const biddersByCategory = new Map<Category, Rec[]>(CATEGORIES.map((c) => [c, []]));
  for (let i = 1; i <= nBidders; i++) {
    const id = `S${pad(i, 4)}`;
    const category = CATEGORIES[i % 20 < 7 ? 0 : i % 20 < 10 ? 1 : i % 20 < 13 ? 2 : 3] as Category;
    const region = rnd.chance(0.7) ? rnd.pick(LOCAL_REGIONS) : rnd.pick(NONLOCAL_REGIONS);
    const rec: Rec = {
      id,
      name: firmName(region, rnd.pick(FIRM_KINDS[category])),
      creditCode: creditCode(),
      region: region.code,
      legalRepresentative: { id: `${id}-lr`, name: personName() },
      bankAccounts: [{ bank: rnd.pick(["工行", "农行", "建行", "中行", "齐鲁银行", "聊城农商行"]), accountNumber: `62${pad(rnd.int(100_000_000), 8)}${pad(i, 4)}` }],
    };
    bidders.push(rec);
    biddersByCategory.get(category)?.push(rec);
  }
  const bidderById = new Map(bidders.map((b) => [b.id as string, b]));
  // Ring members are taken out of the open market: they bid only where the ring plays.
  const reservedBidders = new Set<string>();
  const reserve = (category: Category, n: number): Rec[] => {
    const pool = (biddersByCategory.get(category) ?? []).filter((b) => !reservedBidders.has(b.id as string));
    const got = pool.slice(pool.length - n);
    for (const b of got) reservedBidders.add(b.id as string);
    return got;
  };
  const coverRings = [reserve("construction", 3), reserve("transport", 3)];
  const rotationRings = [reserve("transport", 3), reserve("waterResources", 4)];
  const cn34Pairs: Array<[Rec, Rec, string]> = [];
  for (const c of CATEGORIES) {
    const [a, b] = reserve(c, 2) as [Rec, Rec];
    if (c === "construction" || c === "transport") {
      b.legalRepresentative = a.legalRepresentative; // art. 34: same legal representative
      cn34Pairs.push([a, b, "sameLegalRepresentative"]);
    } else {
      b.shareholders = [{ partyId: a.id, sharePercent: 60, controlling: true }]; // art. 34: a controls b
      cn34Pairs.push([a, b, "controls"]);
    }
  }
  const favoured = reserve("construction", 1)[0] as Rec; // EXP-CONC: wins where the same expert sits

  // ---- projects and everything that hangs off them ----------------------------------------------------------------
  const files: CityFiles = {
    departments,
    inspectors,
    socialSupervisors,
    tenderers,
    agencies,
    experts,
    bidders,
    projects: [],
    agencySelections: [],
    bids: [],
    evaluations: [],
    awards: [],
    contracts: [],
    cancellations: [],
    abandonments: [],
    complaints: [],
    spotChecks: [],
  };

  // Working days of the year on which evaluations happen; the coming week gets its share.
  const days: string[] = [];
  for (let d = "2025-01-13"; d < addCalendarDays(TODAY, 7); d = addCalendarDays(d, 1)) {
    if (!isWorkingDay(d)) continue;
    if (d >= addCalendarDays(TODAY, -3) && d < TODAY) continue; // nothing between "finished" and "coming week"
    days.push(d);
  }
  const comingWeek = days.filter((d) => d >= TODAY);
  const pastDays = days.filter((d) => d < TODAY);

  interface Plan {
    index: number;
    id: string;
    ocid: string;
    category: Category;
    project: Rec;
    tenderer: Rec;
    agency: Rec;
    evaluationOn: string;
    scheduled: boolean;
    /** Ring or special role of this process (set before its bids are made). */
    ring?: { kind: string; members: Rec[]; winner?: Rec; note?: string };
  }
  const plans: Plan[] = [];
  for (let i = 1; i <= nProjects; i++) {
    const category = rnd.weighted(CATEGORY_SHARE);
    const scheduled = i % 50 === 0 && comingWeek.length > 0;
    const evaluationOn = scheduled ? rnd.pick(comingWeek) : rnd.pick(pastDays);
    const id = `P${pad(i, 4)}`;
    const tenderer = rnd.pick(tenderers);
    const fieldAgencies = agenciesByField.get(category) ?? agencies;
    const cleanAgencies = fieldAgencies.filter((a) => !isPlantedAgency(a.id as string));
    const agency = rnd.chance(0.04) ? rnd.pick(fieldAgencies) : rnd.pick(cleanAgencies);
    const median = category === "governmentProcurement" ? 600_000 : category === "construction" ? 4_000_000 : 3_000_000;
    const budget = Math.round(Math.min(Math.max(rnd.logNormal(median, 1.0), 100_000), 400_000_000) / 1000) * 1000;
    const published = addCalendarDays(evaluationOn, -rnd.range(22, 35));
    const region = (tenderer.region as string) ?? "371502";
    const method =
      category === "governmentProcurement"
        ? rnd.weighted({ open: 0.5, competitiveConsultation: 0.22, competitiveNegotiation: 0.1, inquiry: 0.12, direct: 0.06 })
        : rnd.weighted({ open: 0.92, selective: 0.08 });
    const details: Record<string, string> = {
      open: "公开招标",
      selective: "邀请招标",
      competitiveConsultation: "竞争性磋商",
      competitiveNegotiation: "竞争性谈判",
      inquiry: "询价",
      direct: "单一来源",
    };
    const words = PROJECT_WORDS[category];
    const project: Rec = {
      id,
      name: `${LOCAL_REGIONS.find((r) => r.code === region)?.name ?? "聊城市"}${rnd.pick(words)}项目`,
      category,
      budgetYuan: budget,
      // Goods and services are bought under 政府采购法; works (and transport / water works) are tendered under
      // 招标投标法 — also when a government body buys them (政府采购法实施条例 art. 7).
      regime: category === "governmentProcurement" ? "governmentProcurement" : "tendering",
      procurementMethod: method,
      procurementMethodDetails: details[method],
      supervisingDepartmentId: DEPARTMENT_OF[category],
      tendererId: tenderer.id,
      agencyId: agency.id,
      electronic: true,
      region,
      status: scheduled ? "active" : "complete",
      dates: {
        publishedOn: published,
        bidPeriodStart: `${published}T09:00:00`,
        bidDeadline: `${evaluationOn}T09:30:00`,
        evaluationOn,
      },
    };
    if (budget >= 50_000_000) project.major = true;
    else if (rnd.chance(0.03)) project.publicImpact = true;
    if (category === "construction" && rnd.chance(0.05)) project.supportingWorks = true;
        project.items = [{ id: "1", classification: { scheme: "CPV", id: rnd.pick(CPV_OF[category]) } }];
    // The OCDS mapping uses the project id as the ocid (src/model/ocds.ts).
    plans.push({ index: i, id, ocid: id, category, project, tenderer, agency, evaluationOn, scheduled });
  }
  const past = plans.filter((p) => !p.scheduled);
  // Deterministic choice of distinct past plans for each plant, spread across the year.
  const used = new Set<string>();
  const take = (n: number, filter: (p: Plan) => boolean = () => true): Plan[] => {
    const pool = past.filter((p) => !used.has(p.id) && filter(p));
    const got = rnd.sample(pool, n);
    for (const p of got) used.add(p.id);
    return got;
  };
  const k = (n: number): number => Math.max(2, Math.round(n * Math.sqrt(scale))); // plants shrink slower than the city

  // Rings and price plants need an award on record: processes evaluated a month before "today" have one.
  const settled = (p: Plan): boolean => p.evaluationOn < addCalendarDays(TODAY, -30);
  // Projects for the performance and complaint plants are set aside first, so even a small city has them all.
  // The complaint plants are of 实施条例 arts. 60–61: tendering projects.
  const forComplaints = take(Math.max(6, k(60)), (p) => p.evaluationOn < "2025-07-01" && p.project.regime === "tendering");
  // GP challenges and complaints (政府采购法 arts. 52–56, 94号令), one planted lateness per kind.
  const forGpComplaints = take(8, (p) => p.evaluationOn < "2025-07-01" && p.project.regime === "governmentProcurement");
  const forCancellations = take(k(25), settled);
  const forAbandonments = take(k(20), settled);
  // Collusion rings (NET-COBID: a winner and two covers; NET-ROTATE: a group taking turns).
  coverRings.forEach((ring, r) => {
    const category: Category = r === 0 ? "construction" : "transport";
    // Enough meetings to stand out from chance even in a small test city (the market there is small too).
    for (const p of take(Math.max(6, k(6) + 2), (p) => settled(p) && p.category === category)) {
      p.ring = { kind: "NET-COBID", members: ring, winner: ring[0] as Rec };
      // A ring works one market (the chance model compares bidders within a market).
      p.project.items = [{ id: "1", classification: { scheme: "CPV", id: CPV_OF[category][0] as string } }];
    }
  });
  rotationRings.forEach((ring, r) => {
    const category: Category = r === 0 ? "transport" : "waterResources";
    take(Math.max(8, ring.length * 2 + 2), (p) => settled(p) && p.category === category && p.project.procurementMethod === "open").forEach((p, j) => {
      p.ring = { kind: "NET-ROTATE", members: ring, winner: ring[j % ring.length] as Rec };
    });
  });
  for (const [a, b, relation] of cn34Pairs) {
    const category = CATEGORIES.find((c) => (biddersByCategory.get(c) ?? []).includes(a)) as Category;
    for (const p of take(k(2), (p) => settled(p) && p.category === category)) p.ring = { kind: "CN34", members: [a, b], note: relation };
  }
  const concentrationExpert = (expertPools.get("A01") ?? []).find((e) => !reservedExperts.has(e.id as string) && !isLocal(e.region as string)) as Rec;
  reservedExperts.add(concentrationExpert.id as string);
  for (const p of take(6, (p) => settled(p) && p.category === "construction" && p.project.procurementMethod === "open")) {
    p.ring = { kind: "EXP-CONC", members: [favoured], winner: favoured };
  }
  for (const kind of ["CN40-1", "CN40-2", "CN40-3", "CN40-6", "CN40-4", "R028", "R018", "R030", "R036", "R035", "R003"]) {
    const n = kind.startsWith("CN40") ? k(6) : k(4);
    const filter = kind === "R018" ? (p: Plan) => settled(p) && p.project.procurementMethod === "open" : settled;
    for (const p of take(n, filter)) p.ring = { kind, members: [] };
  }

  // Which evaluation plants go where (the rule → its plans).
  const evalPlants = new Map<string, string>();
  const assign = (rule: string, n: number, filter?: (p: Plan) => boolean): void => {
    // Deadlines must have run out by "today" for a late act to be a violation: plant in settled processes.
    for (const p of take(n, (p) => settled(p) && (filter?.(p) ?? true))) evalPlants.set(p.id, rule);
  };
  assign("COMMITTEE_MEMBER_NOT_OFFICIAL", k(3));
  assign("CIVIL_SERVANT_UNPAID", k(5));
  assign("COMMITTEE_NOT_CONCENTRATED", k(6));
  assign("EXPERT_RATED_PER_EVENT", k(6));
  assign("EXPERT_RATINGS_PUBLISHED", k(6));
  // National rules apply under their own regime and method (issue 13): each plant goes where its article applies.
  const tendering = (p: Plan): boolean => p.project.regime === "tendering";
  const gpMethod = (...methods: string[]) => (p: Plan): boolean => p.project.regime === "governmentProcurement" && methods.includes(p.project.procurementMethod as string);
  assign("COMMITTEE_SIZE_FIVE_OR_MORE_ODD", k(4), tendering);
  assign("COMMITTEE_EXPERTS_TWO_THIRDS", k(3), tendering);
  assign("GP_COMMITTEE_SEVEN", k(3), gpMethod("open"));
  assign("GP_CONSULTATION_GROUP_COMPOSITION", k(3), gpMethod("competitiveConsultation"));
  assign("GP_NEGOTIATION_GROUP_COMPOSITION", k(3), gpMethod("inquiry", "competitiveNegotiation"));
  assign("AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT", k(3), gpMethod("open", "competitiveConsultation", "inquiry", "competitiveNegotiation"));
  assign("GP_CONTRACT_ANNOUNCED_IN_TIME", k(4), (p) => p.project.regime === "governmentProcurement" && p.evaluationOn < "2025-10-01");
  assign("EXPERT_AVOIDS_CONFLICT_OF_INTEREST", k(5), tendering);
  assign("SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE", k(3), tendering);
  assign("CANDIDATES_PUBLISHED_IN_TIME", k(5), tendering);
  assign("CANDIDATES_PUBLISHED_LONG_ENOUGH", k(5), tendering);
  assign("RESULT_OBJECTION_ANSWERED_IN_3_DAYS", k(2), tendering);
  assign("RESULT_OBJECTION_ANSWERED_BEFORE_AWARD", k(2), tendering);
  assign("CONTRACT_SIGNED_IN_TIME", k(6), (p) => p.evaluationOn < "2025-10-01");
  assign("GP_TENDER_COMMITTEE_COMPOSITION", k(2), gpMethod("open", "selective"));
  assign("GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD", k(2), gpMethod("inquiry", "competitiveNegotiation"));
  assign("PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE", k(2), gpMethod("open", "competitiveConsultation", "inquiry", "competitiveNegotiation"));
  assign("GP_REVIEWER_AVOIDS_SUPPLIER_TIES", k(2), gpMethod("open", "competitiveConsultation", "inquiry", "competitiveNegotiation", "direct"));
  assign("BID_BONDS_RETURNED_IN_5_DAYS", k(2), (p) => tendering(p) && p.evaluationOn < "2025-10-01");
  assign("TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS", k(2), (p) => tendering(p) && p.evaluationOn < "2025-10-01");
  assign("GP_WINNER_CONFIRMED_IN_TIME", k(2), (p) => gpMethod("open", "selective")(p) && p.evaluationOn < "2025-10-01");
  assign("GP_RESULT_ANNOUNCED_IN_TIME", k(2), (p) => gpMethod("open", "selective")(p) && p.evaluationOn < "2025-10-01");
  // The statutory timeline of the documents phase (招标投标法 art. 24 … 政府采购法实施条例 art. 33): one project each.
  const timelinePlants: Array<[string, (p: Plan) => boolean, (p: Plan) => void]> = [
    ["BID_PERIOD_AT_LEAST_20_DAYS", tendering, (p) => ((p.project.dates as Rec).documentsIssuedOn = addCalendarDays(p.evaluationOn, -15))],
    ["GP_BID_PERIOD_AT_LEAST_20_DAYS", gpMethod("open", "selective"), (p) => ((p.project.dates as Rec).documentsIssuedOn = addCalendarDays(p.evaluationOn, -15))],
    ["GP_NEGOTIATION_RESPONSE_PERIOD", gpMethod("inquiry", "competitiveNegotiation"), (p) => ((p.project.dates as Rec).documentsIssuedOn = addCalendarDays(p.evaluationOn, -1))],
    ["GP_CONSULTATION_RESPONSE_PERIOD", gpMethod("competitiveConsultation"), (p) => ((p.project.dates as Rec).documentsIssuedOn = addCalendarDays(p.evaluationOn, -6))],
    ["DOCUMENTS_ON_SALE_5_DAYS", tendering, (p) => {
      const d = p.project.dates as Rec;
      d.documentsIssuedOn = d.publishedOn;
      d.documentsAvailableUntil = addCalendarDays(d.publishedOn as string, 2);
    }],
    ["GP_DOCUMENTS_PROVIDED_5_WORKING_DAYS", gpMethod("open", "selective"), (p) => {
      const d = p.project.dates as Rec;
      d.documentsIssuedOn = d.publishedOn;
      d.documentsAvailableUntil = addCalendarDays(d.publishedOn as string, 1);
    }],
    ["GP_CONSULTATION_DOCUMENTS_ON_SALE_5_WORKING_DAYS", gpMethod("competitiveConsultation"), (p) => {
      const d = p.project.dates as Rec;
      d.documentsIssuedOn = d.publishedOn;
      d.documentsAvailableUntil = addCalendarDays(d.publishedOn as string, 1);
    }],
    ["GP_NEGOTIATION_CLARIFICATION_3_WORKING_DAYS_BEFORE_DEADLINE", gpMethod("inquiry", "competitiveNegotiation"), (p) => (p.project.clarifications = [{ issuedOn: addCalendarDays(p.evaluationOn, -1), affectsPreparation: true }])],
    ["GP_CONSULTATION_CLARIFICATION_5_DAYS_BEFORE_DEADLINE", gpMethod("competitiveConsultation"), (p) => (p.project.clarifications = [{ issuedOn: addCalendarDays(p.evaluationOn, -2), affectsPreparation: true }])],
    ["CLARIFICATION_15_DAYS_BEFORE_DEADLINE", tendering, (p) => (p.project.clarifications = [{ issuedOn: addCalendarDays(p.evaluationOn, -6), affectsPreparation: true }])],
    ["GP_CLARIFICATION_15_DAYS_BEFORE_DEADLINE", gpMethod("open", "selective"), (p) => (p.project.clarifications = [{ issuedOn: addCalendarDays(p.evaluationOn, -6), affectsPreparation: true }])],
    ["OBJECTION_TO_DOCUMENTS_IN_TIME", tendering, (p) => (p.project.documentObjections = [{ id: `O${p.id}`, filedOn: addCalendarDays(p.evaluationOn, -4), answeredOn: addCalendarDays(p.evaluationOn, -3) }])],
    ["OBJECTION_ANSWERED_IN_3_DAYS", tendering, (p) => (p.project.documentObjections = [{ id: `O${p.id}`, filedOn: addCalendarDays(p.evaluationOn, -40), answeredOn: addCalendarDays(p.evaluationOn, -22) }])],
    // 实施条例 art. 22: an objection 15 days before the deadline (in time) answered the day after it: the bids closed
    // while it was pending. Answered 16 days after receipt, it is also OBJECTION_ANSWERED_IN_3_DAYS (planted below):
    // an objection raised in time and answered in 3 days always precedes the deadline.
    ["OBJECTION_ANSWERED_BEFORE_DEADLINE", tendering, (p) => (p.project.documentObjections = [{ id: `O${p.id}`, filedOn: addCalendarDays(p.evaluationOn, -15), answeredOn: addCalendarDays(p.evaluationOn, 1) }])],
    ["BID_BOND_AT_MOST_2_PERCENT", tendering, (p) => {
      p.project.estimatedPriceYuan = p.project.budgetYuan;
      p.project.bidBondYuan = Math.round((p.project.budgetYuan as number) * 0.05);
    }],
    ["GP_BID_BOND_AT_MOST_2_PERCENT", (p) => p.project.regime === "governmentProcurement", (p) => (p.project.bidBondYuan = Math.round((p.project.budgetYuan as number) * 0.05))],
  ];
  const timelineUsed = new Set<string>();
  const rewritesBond = new Set(["GP_COMMITTEE_SEVEN", "BID_BONDS_RETURNED_IN_5_DAYS"]);
  for (const [rule, filter, apply] of timelinePlants) {
    // Judged on the record's own dates, not on asOf: any past process will do, also one carrying another plant
    // (these fields touch no other rule); distinct projects among the timeline plants, as two set the same dates.
    // Not a process whose evaluation plant later rewrites the budget (GP_COMMITTEE_SEVEN) or the bond
    // (BID_BONDS_RETURNED_IN_5_DAYS): a planted bond over 2% would no longer be.
    for (const p of rnd.sample(past.filter((x) => !timelineUsed.has(x.id) && !rewritesBond.has(evalPlants.get(x.id) ?? "") && filter(x)), k(2))) {
      timelineUsed.add(p.id);
      apply(p);
      plant(rule, p.id);
      if (rule === "OBJECTION_ANSWERED_BEFORE_DEADLINE") plant("OBJECTION_ANSWERED_IN_3_DAYS", p.id);
    }
  }
  // Award-level GP periods (政府采购法实施条例 art. 43: the review report; art. 33: the bonds). They touch only the
  // award's own dates and the project's bond, so they may share a process with an evaluation plant that sets neither
  // (a small city has too few GP processes left otherwise); never one of the timeline plants (its bond) nor one whose
  // plant sets the same award dates.
  const awardPlants = new Map<string, string>();
  const sharesAwardDates = new Set([
    "GP_WINNER_CONFIRMED_IN_TIME",
    "GP_RESULT_ANNOUNCED_IN_TIME",
    "TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS",
    "BID_BONDS_RETURNED_IN_5_DAYS",
    "RESULT_OBJECTION_ANSWERED_IN_3_DAYS",
    "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD",
  ]);
  const freeForAward = (p: Plan): boolean =>
    settled(p) && p.evaluationOn < "2025-10-01" && !timelineUsed.has(p.id) && !awardPlants.has(p.id) && (!used.has(p.id) || (evalPlants.has(p.id) && !sharesAwardDates.has(evalPlants.get(p.id) as string)));
  const awardPlantsOf: Array<[string, (p: Plan) => boolean]> = [
    ["GP_REPORT_DELIVERED_IN_TIME", gpMethod("open", "selective", "competitiveNegotiation", "inquiry", "competitiveConsultation")],
    ["GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS", gpMethod("open", "selective", "competitiveNegotiation", "inquiry")],
  ];
  for (const [rule, filter] of awardPlantsOf) {
    for (const p of rnd.sample(past.filter((x) => freeForAward(x) && filter(x)), k(2))) awardPlants.set(p.id, rule);
  }
  assign("BLIND_REVIEW_ASSIGNMENT_VALID", k(4), (p) => p.category === "construction");
  assign("SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS", k(4));
  assign("EVALUATION_DISCLOSED_IN_TIME", k(5));
  for (const p of take(k(8))) {
    p.project.electronic = false;
    plant("FULLY_ELECTRONIC", p.id);
  }
  for (const p of take(k(6), (p) => p.category === "construction")) {
    delete p.project.supervisingDepartmentId;
    p.project.supportingWorks = true;
    plant("PROJECT_HAS_SUPERVISOR", p.id);
  }
  for (const [pid, rule] of evalPlants) {
    const p = plans.find((x) => x.id === pid) as Plan;
    // 财政部令第87号 art. 47 needs a budget of 10 million or more: set it before anyone prices a bid.
    if (rule === "GP_COMMITTEE_SEVEN") {
      p.project.budgetYuan = 12_000_000 + rnd.range(0, 30) * 100_000;
      delete p.project.major;
      delete p.project.publicImpact;
    }
  }
  // Agencies planted at the agency level (LC80-3.1, 3.3) are engaged on a few projects each, the blacklisted ones
  // after their blacklisting began.
  for (const agency of agencies) {
    const id = agency.id as string;
    if (!isPlantedAgency(id)) continue;
    const fields = agency.professionalFields as Category[];
    const late = plantedAgency.blacklist.has(id);
    for (const p of take(2, (p) => fields.includes(p.category) && (!late || p.evaluationOn >= "2025-09-15"))) {
      p.agency = agency;
      p.project.agencyId = id;
    }
  }


  const marketBidders = new Map<Category, Rec[]>(CATEGORIES.map((c) => [c, (biddersByCategory.get(c) ?? []).filter((b) => !reservedBidders.has(b.id as string))]));
  const people = new Map<string, Rec>();
  const person = (b: Rec, role: "a" | "m", n: number): Rec => {
    const id = `${b.id as string}-${role}${n}`;
    let got = people.get(id);
    if (got === undefined) people.set(id, (got = { id, name: personName() }));
    return got;
  };
  const bondOf = (b: Rec): Rec => {
    const acct = (b.bankAccounts as Rec[])[0] as Rec;
    return { bank: acct.bank, accountNumber: acct.accountNumber };
  };
  const machineOf = (b: Rec): string => `MAC-${(b.id as string).slice(1)}-${pad(Number((b.id as string).slice(1)) * 7919 % 10_000, 4)}`;

  let bidSeq = 0;
  const bidsOf = new Map<string, Rec[]>();
  const winnerOf = new Map<string, { bid: Rec; runnerUp: Rec | undefined }>();

  for (const p of plans) {
    const ring = p.ring;
    const project = p.project;
    const budget = project.budgetYuan as number;
    let participants: Rec[];
    if (ring && (ring.kind === "NET-ROTATE")) participants = [...ring.members];
    else {
      const n = ring?.kind === "R018" ? 1 : ring?.kind === "CN40-4" ? 4 : rnd.range(evalPlants.get(p.id) === "BLIND_REVIEW_ASSIGNMENT_VALID" ? 4 : 3, 7);
      participants = rnd.sample(marketBidders.get(p.category) ?? [], n);
      if (ring?.kind === "R018") participants = participants.slice(0, 1);
      if (ring && ["NET-COBID", "CN34", "EXP-CONC"].includes(ring.kind)) participants = [...ring.members, ...participants.slice(0, ring.kind === "NET-COBID" ? 2 : 3)];
    }
    // The ring's winner bids lowest.
    // Prices to the yuan over 82–99% of the budget (independent bidders rarely hit the same figure).
    const prices = participants.map(() => Math.round(budget * (0.82 + rnd.float() * 0.17)));
    const order = participants.map((_, j) => j).sort((a, b) => (prices[a] as number) - (prices[b] as number));
    if (ring?.winner) {
      const w = participants.indexOf(ring.winner);
      const lowest = order[0] as number;
      if (w >= 0 && w !== lowest) [prices[w], prices[lowest]] = [prices[lowest] as number, prices[w] as number];
    }
    if (ring?.kind === "CN40-4") {
      // art. 40(4): prices in an arithmetic progression (a fixed step between bidders).
      const base = Math.round((budget * 0.9) / 100) * 100;
      const step = Math.round((budget * 0.012) / 100) * 100 || 100;
      for (let j = 0; j < 4; j++) prices[j] = base + j * step;
    }
    if (ring?.kind === "R028" && participants.length >= 3) prices[2] = prices[1] as number; // identical prices
    const bids: Rec[] = participants.map((b, j) => {
      bidSeq++;
      const bid: Rec = {
        id: `${p.id}-${j + 1}`,
        projectId: p.id,
        bidderId: b.id,
        status: p.scheduled ? "pending" : "valid",
        receivedAt: `${addCalendarDays(p.evaluationOn, -rnd.range(1, 6))}T${pad(rnd.range(8, 17), 2)}:${pad(rnd.range(0, 59), 2)}:00`,
        agent: person(b, "a", 1 + (bidSeq % 2)),
        projectManager: person(b, "m", 1 + (bidSeq % 3)),
        bondAccount: bondOf(b),
        fingerprint: { machineId: machineOf(b) },
      };
      if (!p.scheduled) bid.priceYuan = prices[j];
      return bid;
    });
    // Per-process art. 40 plants: the second and third bidders share something they should not.
    if (ring && bids.length >= 3) {
      const [, b2, b3] = bids as [Rec, Rec, Rec];
      if (ring.kind === "CN40-1") b3.fingerprint = { ...(b2.fingerprint as Rec), fileHash: `sha256:${pad(p.index, 8)}` };
      if (ring.kind === "CN40-1") b2.fingerprint = { ...(b2.fingerprint as Rec), fileHash: `sha256:${pad(p.index, 8)}` };
      if (ring.kind === "CN40-2") b3.agent = b2.agent;
      if (ring.kind === "CN40-3") b3.projectManager = b2.projectManager;
      if (ring.kind === "CN40-6") b3.bondAccount = b2.bondAccount;
    }
    // Clean disqualifications: a non-lowest bid now and then.
    const priced = [...bids].sort((a, b) => (a.priceYuan as number) - (b.priceYuan as number));
    if (!p.scheduled && bids.length >= 4 && rnd.chance(0.1) && !ring) (priced[priced.length - 1] as Rec).status = "disqualified";
    if (ring?.kind === "R036" && priced.length >= 2) (priced[0] as Rec).status = "disqualified";
    if (ring?.kind === "R035" && priced.length >= 3) for (const b of priced.slice(1)) b.status = "disqualified";
    if (ring?.kind === "R030") {
      const w = priced[0] as Rec;
      w.receivedAt = `${p.evaluationOn}T10:05:00`; // after the 09:30 deadline, and it won
    }
    if (ring?.kind === "R003") {
      const start = addCalendarDays(p.evaluationOn, -rnd.range(7, 10));
      (project.dates as Rec).bidPeriodStart = `${start}T09:00:00`;
      (project.dates as Rec).publishedOn = start;
    }
    bidsOf.set(p.id, bids);
    files.bids.push(...bids);
    if (!p.scheduled) {
      const valid = priced.filter((b) => b.status === "valid");
      const winner = valid[0];
      if (winner) winnerOf.set(p.id, { bid: winner, runnerUp: valid[1] });
    }
    // Risk ground truth for the per-process signals.
    if (ring) {
      const orgs = ring.members.map((m) => m.id as string);
      if (ring.kind === "CN40-1" || ring.kind === "CN40-2" || ring.kind === "CN40-3" || ring.kind === "CN40-6") {
        plantRisk(ring.kind, p.ocid, [bids[1]?.bidderId as string, bids[2]?.bidderId as string]);
      } else if (ring.kind === "CN40-4") plantRisk("CN40-4", p.ocid, bids.slice(0, 4).map((b) => b.bidderId as string));
      else if (ring.kind === "R028") {
        // Identical prices are also the strongest art. 40(4) pattern.
        plantRisk("R028", p.ocid, [bids[1]?.bidderId as string, bids[2]?.bidderId as string]);
        plantRisk("CN40-4", p.ocid, [bids[1]?.bidderId as string, bids[2]?.bidderId as string]);
      }
      else if (ring.kind === "EXP-CONC") plantRisk("EXP-CONC", p.ocid, orgs);
      else if (!ring.kind.startsWith("NET")) plantRisk(ring.kind, p.ocid, orgs);
    }
  }

  // ---- evaluations, awards, contracts ------------------------------------------------------------------------------
  const lastDay = addCalendarDays(TODAY, -1);
  const happened = (d: string): boolean => d <= lastDay;
  const committeeOf = (p: Plan, size: number, opts: { nonLocal?: number; include?: Rec[] } = {}): Rec[] => {
    const specialties = SPECIALTIES[p.category];
    const pool = specialties.flatMap((s) => expertPools.get(s) ?? []).filter((e) => !reservedExperts.has(e.id as string));
    const chosen: Rec[] = [...(opts.include ?? [])];
    const employersTaken = new Set(chosen.map((e) => (e.employer as Rec).id as string));
    const wantNonLocal = opts.nonLocal ?? Math.ceil((size * 2) / 5);
    const tryAdd = (cands: Rec[], n: number): void => {
      for (const e of rnd.sample(cands, cands.length)) {
        if (n <= 0) return;
        if (chosen.includes(e) || employersTaken.has((e.employer as Rec).id as string)) continue;
        chosen.push(e);
        employersTaken.add((e.employer as Rec).id as string);
        n--;
      }
    };
    const nonLocalHave = chosen.filter((e) => !isLocal(e.region as string)).length;
    tryAdd(pool.filter((e) => !isLocal(e.region as string)), Math.max(0, wantNonLocal - nonLocalHave));
    tryAdd(pool.filter((e) => isLocal(e.region as string)), size - chosen.length);
    tryAdd(pool, size - chosen.length);
    return chosen;
  };
  const memberOf = (e: Rec): Rec => {
    const m: Rec = { expertId: e.id, role: "expert", feeYuan: e.employmentKind === "civilServant" ? 0 : 600 };
    if (!isLocal(e.region as string)) {
      m.remote = true;
      m.siteRegion = e.region;
    }
    return m;
  };

  let evalSeq = 0;
  for (const p of plans) {
    evalSeq++;
    const project = p.project;
    const id = `V${p.id.slice(1)}`;
    const bids = bidsOf.get(p.id) ?? [];
    const rule = evalPlants.get(p.id);
    const evaluation: Rec = { id, projectId: p.id, status: p.scheduled ? "scheduled" : "finished", siteRegion: "371502" };
    if (p.scheduled) {
      files.evaluations.push(evaluation);
      continue;
    }
    const major = project.major === true || project.publicImpact === true;
    const gpLarge = p.category === "governmentProcurement" && (project.budgetYuan as number) >= 10_000_000;
    // GP negotiation, inquiry and consultation groups are 3 (政府采购法 arts. 38/40, 214号 art. 14); 5 at the
    // open-tender threshold (74号令 art. 7); tenders 5, or 7 on 87号令 art. 47's conditions.
    const group = ["competitiveConsultation", "competitiveNegotiation", "inquiry", "direct"].includes(project.procurementMethod as string);
    if (group && (project.budgetYuan as number) >= 2_000_000) project.atTenderThreshold = true;
    // (A ring's process and an all-local plant keep 5: EXP-CONC judges local dominance on committees of that size.)
    let size = gpLarge || major ? 7 : group && project.atTenderThreshold !== true && p.ring === undefined && rule !== "COMMITTEE_NOT_CONCENTRATED" ? 3 : 5;
    if (rule === "GP_CONSULTATION_GROUP_COMPOSITION" || rule === "GP_NEGOTIATION_GROUP_COMPOSITION" || rule === "GP_TENDER_COMMITTEE_COMPOSITION") size = 4;
    if (rule === "GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD") {
      project.atTenderThreshold = true;
      size = 3;
    }
    let include: Rec[] = [];
    if (p.ring?.kind === "EXP-CONC") include = [concentrationExpert];
    if (rule === "COMMITTEE_SIZE_FIVE_OR_MORE_ODD") size = evalSeq % 2 === 0 ? 4 : 6;
    if (rule === "GP_COMMITTEE_SEVEN" || rule === "COMMITTEE_EXPERTS_TWO_THIRDS") size = 5;
    let members: Rec[];
    if (rule === "COMMITTEE_NOT_CONCENTRATED") {
      // LC80-4.3: an all-local committee (also EXP-CONC local dominance).
      members = committeeOf(p, size, { nonLocal: 0 }).filter((e) => isLocal(e.region as string));
      const locals = (SPECIALTIES[p.category].flatMap((s) => expertPools.get(s) ?? [])).filter((e) => isLocal(e.region as string) && !reservedExperts.has(e.id as string) && !members.includes(e));
      const employersTaken = new Set(members.map((e) => (e.employer as Rec).id));
      for (const e of locals) {
        if (members.length >= size) break;
        if (employersTaken.has((e.employer as Rec).id)) continue;
        members.push(e);
        employersTaken.add((e.employer as Rec).id);
      }
      plant(rule, id);
      plantRisk("EXP-CONC", p.ocid);
    } else members = committeeOf(p, size, { include });
    const committee = members.map((e) => memberOf(e));
    if (rule === "COMMITTEE_MEMBER_NOT_OFFICIAL" || rule === "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE") {
      // An official of the pool (planted at admission) sits on the committee; for the second rule, one of the
      // department that supervises this very project.
      const dept = project.supervisingDepartmentId as string | undefined;
      const official =
        rule === "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE"
          ? (plantedOfficials.find((e) => e.supervisingDepartmentId === dept) ?? plantedOfficials.find((e) => e.supervisingDepartmentId !== undefined))
          : plantedOfficials[evalSeq % plantedOfficials.length];
      if (official) {
        if (rule === "SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE") project.supervisingDepartmentId = official.supervisingDepartmentId;
        const local = committee.findIndex((m) => m.remote !== true);
        committee[local >= 0 ? local : 0] = { expertId: official.id, role: "expert", feeYuan: 600 };
        plant("COMMITTEE_MEMBER_NOT_OFFICIAL", id);
        if (official.supervisingDepartmentId !== undefined && official.supervisingDepartmentId === project.supervisingDepartmentId && project.regime === "tendering") {
          plant("SUPERVISOR_NOT_ON_OWN_PROJECT_COMMITTEE", id);
        }
      }
    }
    if (rule === "CIVIL_SERVANT_UNPAID") {
      const cs = (SPECIALTIES[p.category].flatMap((s) => expertPools.get(s) ?? [])).find(
        (e) =>
          e.employmentKind === "civilServant" &&
          !reservedExperts.has(e.id as string) &&
          !members.includes(e) &&
          isLocal(e.region as string) &&
          !members.some((m) => (m.employer as Rec).id === (e.employer as Rec).id),
      );
      if (cs) {
        const local = committee.findIndex((m) => m.remote !== true);
        committee[local >= 0 ? local : 0] = { expertId: cs.id, role: "expert", feeYuan: 600 };
        plant(rule, id);
      }
    } else {
      // A clean committee pays no civil servant.
      for (const m of committee) if (expertById.get(m.expertId as string)?.employmentKind === "civilServant") m.feeYuan = 0;
    }
    if (rule === "COMMITTEE_EXPERTS_TWO_THIRDS") {
      // 3 drawn experts and 2 of the tenderer's representatives: under two thirds (招标投标法 art. 37).
      const inCommittee = new Set(committee.map((m) => m.expertId));
      const reps = experts.filter((e) => !reservedExperts.has(e.id as string) && isLocal(e.region as string) && !inCommittee.has(e.id)).slice(evalSeq % 50, (evalSeq % 50) + 2);
      committee.splice(committee.length - 2, 2, ...reps.map((e) => ({ expertId: e.id, role: "tendererRepresentative", feeYuan: 0 })));
      plant(rule, id);
    }
    if (rule === "EXPERT_AVOIDS_CONFLICT_OF_INTEREST" && bids.length > 0) {
      // A member worked for a bidder until last year (政府采购法实施条例 art. 9: within 3 years).
      const m = committee[committee.length - 1] as Rec;
      const e = structuredClone(expertById.get(m.expertId as string) as Rec);
      const conflicted: Rec = { ...e, id: `${e.id as string}X${evalSeq}`, name: personName(), employments: [{ employerId: bids[0]?.bidderId, from: "2019-03-01", to: "2024-06-30" }] };
      experts.push(conflicted);
      expertById.set(conflicted.id as string, conflicted);
      reservedExperts.add(conflicted.id as string);
      m.expertId = conflicted.id;
      plant(rule, id);
    }
    if (rule === "AGENCY_STAFF_NOT_REVIEWING_OWN_PROJECT") {
      // A member of the agency that runs the procurement sits on its group (87号令 art. 47, 74号令 art. 7).
      const m = committee[committee.length - 1] as Rec;
      const e = structuredClone(expertById.get(m.expertId as string) as Rec);
      const staff: Rec = { ...e, id: `${e.id as string}A${evalSeq}`, name: personName(), employer: { id: project.agencyId, name: (p.agency.name as string) ?? "代理机构" } };
      experts.push(staff);
      expertById.set(staff.id as string, staff);
      reservedExperts.add(staff.id as string);
      m.expertId = staff.id;
      plant(rule, id);
    }
    if ((rule === "PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE" || rule === "GP_REVIEWER_AVOIDS_SUPPLIER_TIES") && (rule !== "GP_REVIEWER_AVOIDS_SUPPLIER_TIES" || bids.length > 0)) {
      // The purchaser's own staff sits as an expert (87号令 art. 47), or a reviewer worked for a supplier last year
      // (政府采购法实施条例 art. 9). The last member: the first may be a ring's concentration expert (EXP-CONC).
      const m = committee[committee.length - 1] as Rec;
      const e = structuredClone(expertById.get(m.expertId as string) as Rec);
      const tie: Rec =
        rule === "PURCHASER_STAFF_ONLY_AS_REPRESENTATIVE"
          ? { ...e, id: `${e.id as string}P${evalSeq}`, name: personName(), employer: { id: project.tendererId, name: p.tenderer.name } }
          : { ...e, id: `${e.id as string}S${evalSeq}`, name: personName(), employments: [{ employerId: bids[0]?.bidderId, from: "2019-03-01", to: "2024-06-30" }] };
      experts.push(tie);
      expertById.set(tie.id as string, tie);
      reservedExperts.add(tie.id as string);
      m.expertId = tie.id;
      plant(rule, id);
    }
    if (["GP_TENDER_COMMITTEE_COMPOSITION", "GP_NEGOTIATION_GROUP_FIVE_AT_THRESHOLD"].includes(rule ?? "")) plant(rule as string, id);
    if (["COMMITTEE_SIZE_FIVE_OR_MORE_ODD", "GP_COMMITTEE_SEVEN", "GP_CONSULTATION_GROUP_COMPOSITION", "GP_NEGOTIATION_GROUP_COMPOSITION"].includes(rule ?? "")) plant(rule as string, id);
    (committee.find((m) => m.role === "expert") as Rec).chair = true;
    evaluation.committee = committee;
    evaluation.startedAt = `${p.evaluationOn}T09:30:00`;
    evaluation.endedAt = `${p.evaluationOn}T16:30:00`;
    const reportOn = p.evaluationOn;
    evaluation.reportOn = reportOn;
    // 一事一评 (LC80-4.2): tenderer and agency rate every expert the next day.
    const ratedOn = addCalendarDays(p.evaluationOn, 1);
    const ratings: Rec[] = [];
    const experts_ = committee.filter((m) => m.role === "expert");
    experts_.forEach((m, j) => {
      for (const rater of ["tenderer", "agency"]) {
        if (rule === "EXPERT_RATED_PER_EVENT" && j === 0 && rater === "agency") continue;
        // The default rating policy's dimensions (scoring/expert/rating-policy.ts); a few experts rate poorly.
        const base = rnd.chance(0.03) ? 45 : 78;
        ratings.push({
          expertId: m.expertId,
          rater,
          ratedOn,
          scores: { professionalQuality: rnd.range(base, base + 22), fairness: rnd.range(base, base + 22), discipline: rnd.range(base + 5, 100), punctuality: rnd.range(base + 5, 100) },
        });
      }
    });
    if (rule === "EXPERT_RATED_PER_EVENT") plant(rule, id);
    evaluation.ratings = ratings;
    // LC80-6.4 / art. 54: names, scores and candidates on the website the day after the report; ratings published too.
    let discloseOn = addCalendarDays(reportOn, 1);
    let ratingsOn = discloseOn;
    if (rule === "EVALUATION_DISCLOSED_IN_TIME") {
      discloseOn = addCalendarDays(reportOn, 12);
      // A GP evaluation has 7 working days (the result announcement, 政府采购法实施条例 art. 43): 12 calendar days
      // over a long holiday can be within them, so such a plant goes out on the ninth working day instead.
      if (project.regime === "governmentProcurement" && discloseOn <= addWorkingDays(reportOn, 7)) discloseOn = addWorkingDays(reportOn, 9);
      plant(rule, id);
    }
    if (rule === "EXPERT_RATINGS_PUBLISHED") {
      ratingsOn = addCalendarDays(p.evaluationOn, 25);
      plant(rule, id);
    }
    const disclosures: Rec[] = [{ channel: "screen", contents: ["expertNames", "totalScores"], publishedOn: p.evaluationOn }];
    if (discloseOn === ratingsOn) disclosures.push({ channel: "website", contents: ["expertNames", "totalScores", "candidates", "expertRatings"], publishedOn: discloseOn });
    else {
      disclosures.push({ channel: "website", contents: ["expertNames", "totalScores", "candidates"], publishedOn: discloseOn });
      disclosures.push({ channel: "website", contents: ["expertRatings"], publishedOn: ratingsOn });
    }
    evaluation.disclosures = disclosures.filter((d) => happened(d.publishedOn as string));
    let pubStart = addCalendarDays(reportOn, 1);
    let pubEnd = addCalendarDays(pubStart, 3);
    if (rule === "CANDIDATES_PUBLISHED_IN_TIME") {
      pubStart = addCalendarDays(reportOn, 11);
      pubEnd = addCalendarDays(pubStart, 3);
      plant(rule, id);
    }
    if (rule === "CANDIDATES_PUBLISHED_LONG_ENOUGH") {
      pubEnd = addCalendarDays(pubStart, 1);
      plant(rule, id);
    }
    if (happened(pubStart)) evaluation.candidatePublication = { startOn: pubStart, endOn: pubEnd };
    // The award notice follows the publication, and the answer to any objection to the result (art. 54 para. 2).
    let noticeOn: string | undefined;
    if (rule === "RESULT_OBJECTION_ANSWERED_IN_3_DAYS") {
      // 实施条例 art. 54 para. 2: an objection on the first day of the publication, answered 12 days later (3 allowed);
      // the notice waits for the answer.
      const answeredOn = addCalendarDays(pubStart, 12);
      evaluation.resultObjections = [{ id: `RO${p.id.slice(1)}`, filedOn: pubStart, answeredOn }];
      noticeOn = addCalendarDays(answeredOn, 1);
      plant(rule, id);
    }
    // 实施条例 art. 54 para. 2: an objection on the publication's last day, answered on the third day after (in time),
    // but the award notice issued the day before that answer.
    const suspendedAward = rule === "RESULT_OBJECTION_ANSWERED_BEFORE_AWARD";
    if (suspendedAward) {
      evaluation.resultObjections = [{ id: `RO${p.id.slice(1)}`, filedOn: pubEnd, answeredOn: addCalendarDays(pubEnd, 3) }];
      noticeOn = addCalendarDays(pubEnd, 2);
    }
    // LC80-6.3: 1–2 social supervisors for major and public-impact projects.
    if (rule === "SOCIAL_SUPERVISION_FOR_MAJOR_PROJECTS") {
      project.publicImpact = true;
      plant(rule, id);
    } else if (major) {
      evaluation.socialSupervisors = rnd.sample(socialSupervisors, rnd.range(1, 2)).map((s) => ({ supervisorId: s.id }));
    }
    // LC80-6.1: blind technical bids with dislocated review on some construction projects.
    if (p.category === "construction" && bids.length >= 4 && (rule === "BLIND_REVIEW_ASSIGNMENT_VALID" || rnd.chance(0.1))) {
      const codes = bids.map((b, j) => ({ bidId: b.id, code: `K${pad(((p.index * 31 + j * 17) % 997) + j * 1000, 4)}` }));
      const codeList = codes.map((c) => c.code);
      const reviewers = committee.filter((m) => m.role === "expert");
      // 错位评审: every reviewer sees the codes in a different order.
      const seen = new Set<string>();
      const orders = reviewers.map((m) => {
        let order = rnd.sample(codeList, codeList.length);
        while (seen.has(order.join())) order = rnd.sample(codeList, codeList.length);
        seen.add(order.join());
        return { expertId: m.expertId, codes: order };
      });
      if (rule === "BLIND_REVIEW_ASSIGNMENT_VALID") {
        (orders[1] as Rec).codes = (orders[0] as Rec).codes; // two reviewers see the same order: not dislocated
        plant(rule, id);
      }
      evaluation.blindReview = { codes, orders, drawRecordRef: `draw:BR-${p.id}`, sealedUntil: evaluation.endedAt };
    }
    files.evaluations.push(evaluation);

    // Award and contract (招标投标法 art. 46: contract within 30 days of the notice).
    const win = winnerOf.get(p.id);
    if (!win) continue;
    const drawnNoticeOn = addCalendarDays(pubEnd, rnd.range(1, 3));
    noticeOn ??= drawnNoticeOn;
    if (!happened(noticeOn)) continue;
    const award: Rec = { id: `AW${p.id.slice(1)}`, projectId: p.id, bidderId: win.bid.bidderId, noticeOn, status: "active", valueYuan: win.bid.priceYuan, items: project.items };
    files.awards.push(award);
    if (suspendedAward) plant(rule, award.id as string);
    let signedOn = addCalendarDays(noticeOn, rnd.range(3, 20));
    if (rule === "CONTRACT_SIGNED_IN_TIME") {
      signedOn = addCalendarDays(noticeOn, rnd.range(45, 70));
      plant(rule, award.id as string);
    }
    if (rule === "BID_BONDS_RETURNED_IN_5_DAYS") {
      // 实施条例 art. 57: bonds back within 5 days of the contract; here three weeks later.
      project.bidBondYuan = Math.round((project.budgetYuan as number) * 0.01);
      award.bondsReturnedOn = addCalendarDays(signedOn, 21);
      if (happened(signedOn)) plant(rule, award.id as string);
    }
    if (rule === "TENDER_REPORT_TO_SUPERVISOR_IN_15_DAYS") {
      // 招标投标法 art. 47: the written report a month after the winner was determined.
      award.decidedOn = noticeOn;
      award.supervisorReportOn = addCalendarDays(noticeOn, 30);
      plant(rule, award.id as string);
    }
    if (rule === "GP_WINNER_CONFIRMED_IN_TIME") {
      // 87号令 art. 68: three weeks from the report to the winner.
      award.reportReceivedOn = p.evaluationOn;
      award.decidedOn = addCalendarDays(p.evaluationOn, 21);
      award.resultPublishedOn = award.decidedOn;
      plant(rule, award.id as string);
    }
    if (rule === "GP_RESULT_ANNOUNCED_IN_TIME") {
      // 87号令 art. 69: the result announced two weeks after the winner.
      award.decidedOn = addCalendarDays(p.evaluationOn, 1);
      award.resultPublishedOn = addCalendarDays(p.evaluationOn, 15);
      plant(rule, award.id as string);
    }
    const awardRule = awardPlants.get(p.id);
    if (awardRule === "GP_REPORT_DELIVERED_IN_TIME") {
      // 政府采购法实施条例 art. 43: the agency sends the review report on the 4th working day (2 allowed); the
      // purchaser then decides and announces at once, so only the delivery is late.
      award.reportReceivedOn = addWorkingDays(p.evaluationOn, 4);
      award.decidedOn = award.reportReceivedOn;
      award.resultPublishedOn = award.decidedOn;
      plant(awardRule, award.id as string);
    }
    if (awardRule === "GP_BID_BONDS_RETURNED_IN_5_WORKING_DAYS") {
      // 政府采购法实施条例 art. 33: every bond back within 5 working days of the contract; here three weeks later.
      project.bidBondYuan = Math.round((project.budgetYuan as number) * 0.01);
      award.bondsReturnedOn = addCalendarDays(signedOn, 21);
      if (happened(signedOn)) plant(awardRule, award.id as string);
    }
    const contract: Rec = { id: `C${p.id.slice(1)}`, projectId: p.id, awardId: award.id, signedOn, amountYuan: win.bid.priceYuan, status: "active" };
    if (project.regime === "governmentProcurement") {
      // 政府采购法实施条例 art. 50: announced within 2 working days of signing (planted: two weeks later).
      contract.publishedOn = rule === "GP_CONTRACT_ANNOUNCED_IN_TIME" ? addCalendarDays(signedOn, 14) : addWorkingDays(signedOn, 1);
      if (rule === "GP_CONTRACT_ANNOUNCED_IN_TIME" && happened(signedOn)) plant(rule, award.id as string);
    }
    if (happened(signedOn)) files.contracts.push(contract);
  }

  // ---- agency selections (LC80-3.2) --------------------------------------------------------------------------------
  const selPlants = new Map<string, string>();
  for (const p of take(k(8))) selPlants.set(p.id, "AGENCY_MERIT_OR_JUSTIFIED");
  for (const p of take(k(5))) selPlants.set(p.id, "JUSTIFIED");
  for (const p of take(k(5))) selPlants.set(p.id, "NOT_FILED");
  for (const p of take(k(4))) selPlants.set(p.id, "NOT_COLLECTIVE");
  for (const p of plans) {
    const selectedOn = addCalendarDays((p.project.dates as Rec).publishedOn as string, -rnd.range(8, 25));
    const field = agenciesByField.get(p.category) ?? agencies;
    const others = rnd.sample(field.filter((a) => a !== p.agency && !isPlantedAgency(a.id as string)), 2);
    const plantKind = selPlants.get(p.id);
    const chosenRank = plantKind === "AGENCY_MERIT_OR_JUSTIFIED" || plantKind === "JUSTIFIED" ? 2 : 1;
    const ranked = [...others];
    ranked.splice(chosenRank - 1, 0, p.agency);
    const id = `SEL${p.id.slice(1)}`;
    const sel: Rec = {
      id,
      projectId: p.id,
      tendererId: p.tenderer.id,
      selectedOn,
      method: "merit",
      candidates: ranked.map((a, j) => ({ agencyId: a.id, rank: j + 1 })),
      chosenAgencyId: p.agency.id,
      filing: { method: "择优选取", result: p.agency.name, filedOn: addCalendarDays(selectedOn, 2), collectiveDecision: true },
    };
    if (plantKind === "JUSTIFIED") sel.justification = { text: "第一名代理机构同期承接项目过多，无法保证本项目人员配备", date: selectedOn };
    if (plantKind === "AGENCY_MERIT_OR_JUSTIFIED") plant(plantKind, id);
    if (plantKind === "NOT_FILED") {
      delete sel.filing;
      plant("AGENCY_SELECTION_FILED", id);
    }
    if (plantKind === "NOT_COLLECTIVE") {
      (sel.filing as Rec).collectiveDecision = false;
      plant("AGENCY_SELECTION_FILED", id);
    }
    const agencyId = p.agency.id as string;
    if (plantedAgency.disclosure.has(agencyId)) plant("AGENCY_DISCLOSURE_COMPLETE", id);
    if (plantedAgency.training.has(agencyId)) plant("AGENCY_STAFF_TRAINED", id);
    if (plantedAgency.blacklist.has(agencyId) && selectedOn >= "2025-07-01") plant("AGENCY_NOT_BLACKLISTED", id);
    files.agencySelections.push(sel);
  }

  // ---- performance: cancellations and abandonments (LC80-5.1, 5.3) --------------------------------------------------
  const awardByProject = new Map(files.awards.map((a) => [a.projectId as string, a]));
  const awarded = past.filter((p) => awardByProject.has(p.id) && !p.ring && settled(p));
  let cancelSeq = 0;
  for (const p of forCancellations.filter((p) => awarded.includes(p))) {
    cancelSeq++;
    const award = awardByProject.get(p.id) as Rec;
    const on = addCalendarDays(award.noticeOn as string, rnd.range(5, 20));
    if (!happened(on)) continue;
    const id = `X${pad(cancelSeq, 3)}`;
    const rec: Rec = {
      id,
      projectId: p.id,
      tendererId: p.tenderer.id,
      kind: rnd.pick(["cancelPlan", "delayPerformance", "refusePerformance"]),
      cancelledOn: on,
      afterAward: true,
      reason: rnd.pick(["财政资金未到位", "项目规划调整", "上级政策变化"]),
      collectiveDecision: { decidedOn: on, body: "党组会议" },
      reportedToSupervisorOn: addCalendarDays(on, 2),
      supervisingDepartmentId: p.project.supervisingDepartmentId ?? DEPARTMENT_OF[p.category],
    };
    // The first of every five breaks the rule one way, the third the other way (so even a small city has both).
    if (cancelSeq % 5 === 1) {
      delete rec.collectiveDecision;
      plant("CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED", id);
    } else if (cancelSeq % 5 === 3) {
      delete rec.reportedToSupervisorOn;
      plant("CANCELLATION_COLLECTIVELY_DECIDED_AND_REPORTED", id);
    }
    files.cancellations.push(rec);
  }
  let abandonSeq = 0;
  for (const p of forAbandonments.filter((p) => awarded.includes(p) && winnerOf.get(p.id)?.runnerUp)) {
    abandonSeq++;
    const award = awardByProject.get(p.id) as Rec;
    const on = addCalendarDays(award.noticeOn as string, rnd.range(2, 10));
    if (!happened(on)) continue;
    const runnerUp = winnerOf.get(p.id)?.runnerUp as Rec;
    const reAwardOn = addCalendarDays(on, 5);
    if (!happened(reAwardOn)) continue; // too recent: the first award still stands
    const id = `AB${pad(abandonSeq, 3)}`;
    const kind = abandonSeq % 4;
    const rec: Rec = {
      id,
      projectId: p.id,
      awardId: award.id,
      winnerId: award.bidderId,
      abandonedOn: on,
      reason: kind === 1 ? "报价计算错误，无法履约" : "受洪涝灾害影响，生产线停产",
      reasonCategory: kind === 1 ? "priceError" : "forceMajeure",
      explainedToTendererOn: addCalendarDays(on, 1),
      filedWithSupervisorOn: addCalendarDays(on, 3),
    };
    if (kind === 1) plant("ABANDONMENT_WITHOUT_PROPER_REASON", id);
    if (kind === 2) {
      delete rec.filedWithSupervisorOn;
      plant("ABANDONMENT_REASON_FILED", id);
    }
    files.abandonments.push(rec);
    // The abandoned award is cancelled (no contract with the first winner); the runner-up is awarded instead.
    award.status = "cancelled";
    const ci = files.contracts.findIndex((c) => c.awardId === award.id);
    if (ci >= 0) files.contracts.splice(ci, 1);
    const second: Rec = { id: `${award.id as string}-2`, projectId: p.id, bidderId: runnerUp.bidderId, noticeOn: reAwardOn, status: "active", valueYuan: runnerUp.priceYuan };
    files.awards.push(second);
    const signed = addCalendarDays(reAwardOn, 7);
    if (happened(signed)) files.contracts.push({ id: `C${p.id.slice(1)}-2`, projectId: p.id, awardId: second.id, signedOn: signed, amountYuan: runnerUp.priceYuan, status: "active" });
  }

  // ---- complaints (LC80-9; 实施条例 art. 60–61) -------------------------------------------------------------------
  let complaintSeq = 0;
  for (const p of forComplaints.filter((p) => (bidsOf.get(p.id)?.length ?? 0) >= 2)) {
    complaintSeq++;
    const bids = bidsOf.get(p.id) ?? [];
    const complainant = bidderById.get((bids[bids.length - 1] as Rec).bidderId as string) as Rec;
    const id = `Q${pad(complaintSeq, 3)}`;
    const knownOn = addCalendarDays(p.evaluationOn, rnd.range(1, 3));
    let filedOn = addCalendarDays(knownOn, rnd.range(2, 6));
    const kind = complaintSeq % 10;
    if (kind === 1) {
      // Past the 10 days even when their last day falls in a long holiday and moves to its end (民法典 art. 203).
      filedOn = addWorkingDays(addCalendarDays(knownOn, 10), rnd.range(6, 12));
      plant("COMPLAINT_FILED_IN_TIME", id);
    }
    const received = filedOn;
    const accepted = kind === 2 ? addWorkingDays(received, rnd.range(8, 12)) : addWorkingDays(received, rnd.range(1, 3));
    if (kind === 2) plant("COMPLAINT_ACCEPTANCE_IN_TIME", id);
    const decided = kind === 3 ? addWorkingDays(accepted, rnd.range(40, 50)) : addWorkingDays(accepted, rnd.range(8, 25));
    if (kind === 3) plant("COMPLAINT_DECIDED_IN_TIME", id);
    let investigated = addWorkingDays(accepted, 3);
    let published = addCalendarDays(decided, rnd.range(2, 10));
    if (kind === 4) {
      investigated = addCalendarDays(accepted, -1); // investigated before it was accepted: out of sequence
      plant("COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME", id);
    }
    if (kind === 5) {
      published = addCalendarDays(decided, rnd.range(35, 50));
      plant("COMPLAINT_HANDLED_IN_SEQUENCE_AND_TIME", id);
    }
    const dept = (p.project.supervisingDepartmentId as string | undefined) ?? DEPARTMENT_OF[p.category];
    files.complaints.push({
      id,
      projectId: p.id,
      regime: p.project.regime,
      complainantId: complainant.id,
      complainantName: complainant.name,
      knownOn,
      filedOn,
      stages: [
        { stage: "received", on: received, departmentId: dept },
        { stage: "accepted", on: accepted, departmentId: dept },
        { stage: "investigated", on: investigated, departmentId: dept },
        { stage: "decided", on: decided, departmentId: dept },
        { stage: "published", on: published, departmentId: dept },
      ],
      outcome: rnd.pick(["upheld", "rejected", "groundless"]),
      subject: rnd.pick(["评标委员会未按招标文件评审", "中标人资格存疑", "招标文件含歧视性条款"]),
    });
  }

  // ---- GP challenges and complaints (政府采购法 arts. 52–56; 财政部令第94号) ------------------------------------------
  const gpKinds = ["GP_CHALLENGE_FILED_IN_TIME", "GP_CHALLENGE_ANSWERED_IN_TIME", "GP_COMPLAINT_FILED_IN_TIME", "GP_COMPLAINT_REVIEWED_IN_TIME", "GP_COMPLAINT_DECIDED_IN_TIME"];
  let gpSeq = 0;
  const gpKindOf = new Map<Rec, string | undefined>();
  for (const p of forGpComplaints.filter((p) => (bidsOf.get(p.id)?.length ?? 0) >= 1)) {
    const kind = gpKinds[gpSeq % (gpKinds.length + 1)]; // every sixth is clean
    gpSeq++;
    const bids = bidsOf.get(p.id) ?? [];
    const complainant = bidderById.get((bids[bids.length - 1] as Rec).bidderId as string) as Rec;
    const id = `G${pad(gpSeq, 3)}`;
    const knownOn = addCalendarDays(p.evaluationOn, 1);
    const challengeOn = addWorkingDays(knownOn, kind === "GP_CHALLENGE_FILED_IN_TIME" ? 10 : 3);
    const answeredOn = addWorkingDays(challengeOn, kind === "GP_CHALLENGE_ANSWERED_IN_TIME" ? 12 : 4);
    const answerLast = addWorkingDays(challengeOn, 7);
    const filedOn = addWorkingDays(answerLast, kind === "GP_COMPLAINT_FILED_IN_TIME" ? 20 : 5);
    const accepted = addWorkingDays(filedOn, kind === "GP_COMPLAINT_REVIEWED_IN_TIME" ? 9 : 2);
    const decided = addWorkingDays(filedOn, kind === "GP_COMPLAINT_DECIDED_IN_TIME" ? 40 : 20);
    const dept = (p.project.supervisingDepartmentId as string | undefined) ?? DEPARTMENT_OF[p.category];
    if (kind !== undefined) plant(kind, id);
    files.complaints.push({
      id,
      projectId: p.id,
      regime: "governmentProcurement",
      complainantId: complainant.id,
      complainantName: complainant.name,
      knownOn,
      filedOn,
      objection: { knownOn, filedOn: challengeOn, answeredOn },
      stages: [
        { stage: "received", on: filedOn, departmentId: dept },
        { stage: "accepted", on: accepted, departmentId: dept },
        { stage: "investigated", on: addWorkingDays(accepted, 1), departmentId: dept },
        { stage: "decided", on: decided, departmentId: dept },
        { stage: "published", on: addCalendarDays(decided, 3), departmentId: dept },
      ],
      outcome: rnd.pick(["upheld", "rejected", "groundless"]),
      subject: rnd.pick(["采购文件含限制性条款", "成交结果不公", "评审程序违规"]),
    });
    gpKindOf.set(files.complaints[files.complaints.length - 1] as Rec, kind);
  }
  // One GP complaint accepted with no prior challenge on record (94号令 arts. 19(1), 21(2)): a clean one, else one
  // planted for a period the challenge does not enter. Chosen, not drawn: the rest of the city is unchanged.
  const gpComplaints = [...gpKindOf.keys()];
  const unchallenged =
    gpComplaints.find((c) => gpKindOf.get(c) === undefined) ??
    gpComplaints.find((c) => ["GP_COMPLAINT_REVIEWED_IN_TIME", "GP_COMPLAINT_DECIDED_IN_TIME"].includes(gpKindOf.get(c) as string));
  if (unchallenged !== undefined) {
    delete unchallenged.objection;
    plant("GP_COMPLAINT_AFTER_CHALLENGE", unchallenged.id as string);
  }

  // ---- spot checks of Q1–Q3 (LC80-5.2); Q4 is drawn by the demo ---------------------------------------------------
  const quarters = ["2025-Q1", "2025-Q2", "2025-Q3"];
  for (const q of quarters) {
    for (const dept of ["D-ZJ", "D-JT", "D-SL", "D-CZ"]) {
      const population = past.filter((p) => quarterOf(p.evaluationOn) === q && p.project.supervisingDepartmentId === dept).map((p) => p.id);
      if (population.length === 0) continue;
      const id = `SC-${q}-${dept}`;
      let rate = 0.05 + rnd.float() * 0.05;
      const planted = (q === "2025-Q1" && dept === "D-JT") ? "SPOT_CHECK_RATE" : q === "2025-Q2" && dept === "D-SL" ? "SPOT_CHECK_DRAWN" : q === "2025-Q3" && dept === "D-CZ" ? "SPOT_CHECK_PUBLISHED" : undefined;
      if (planted === "SPOT_CHECK_RATE") rate = 0.02;
      let n = Math.ceil(rate * population.length);
      const min = Math.ceil(0.05 * population.length);
      const max = Math.max(min, Math.floor(0.1 * population.length));
      if (planted !== "SPOT_CHECK_RATE") n = Math.min(Math.max(n, min), max);
      else n = Math.min(n, min - 1);
      if (planted === "SPOT_CHECK_RATE" && n < 0) continue;
      const checked = rnd.sample(population, n).sort();
      const qEnd = q === "2025-Q1" ? "2025-03-31" : q === "2025-Q2" ? "2025-06-30" : "2025-09-30";
      const rec: Rec = {
        id,
        quarter: q,
        supervisingDepartmentId: dept,
        totalProjects: population.length,
        checkedProjectIds: checked,
        inspectorIds: rnd.sample(inspectors.filter((i) => i.departmentId !== dept && i.status === undefined), 2 + (n > 10 ? 2 : 0)).map((i) => i.id).sort(),
        drawRecordRef: `draw:${id}`,
        results: checked.map((pid) => ({ projectId: pid, outcome: rnd.chance(0.8) ? "compliant" : "issuesFound" })),
        publishedOn: addCalendarDays(qEnd, rnd.range(10, 25)),
      };
      if (planted === "SPOT_CHECK_DRAWN") delete rec.drawRecordRef;
      if (planted === "SPOT_CHECK_PUBLISHED") rec.publishedOn = addCalendarDays(qEnd, 55);
      if (planted) plant(planted, id);
      files.spotChecks.push(rec);
    }
  }

  // ---- risk ground truth of the rings --------------------------------------------------------------------------------
  for (const p of plans) {
    if (!p.ring || p.scheduled) continue;
    if (p.ring.kind === "NET-COBID" || p.ring.kind === "NET-ROTATE") plantRisk(p.ring.kind, p.ocid, p.ring.members.map((m) => m.id as string));
  }
  // EXP-CONC also wants the expert named.
  if (truth.risk["EXP-CONC"]) truth.risk["EXP-CONC"].organisations.push(concentrationExpert.id as string);

  files.projects.push(...plans.map((p) => p.project));

  // ---- GP award notices and contract filings (政府采购法实施条例 art. 43, 政府采购法 art. 47) ---------------------------
  // After every random draw, so the rest of the city is what it was without them; chosen by id, not drawn.
  const planOf = new Map(plans.map((p) => [p.id, p]));
  // An award with a plant of its own is left alone; its process may carry others (they set none of these dates).
  const plantedIds = new Set(Object.values(truth.rules).flat());
  const isGp = (projectId: string): boolean => planOf.get(projectId)?.project.regime === "governmentProcurement";
  // The notice goes out with the result (87号令 art. 69): where a plant set the day the winner was determined, a
  // notice drawn days after it is brought forward to that day.
  for (const award of files.awards) {
    const decidedOn = award.decidedOn as string | undefined;
    if (decidedOn !== undefined && isGp(award.projectId as string) && (award.noticeOn as string) > addWorkingDays(decidedOn, 2)) award.noticeOn = decidedOn;
  }
  // k(2) awards of GP methods that end in a result: the winner determined and the result announced on the evaluation
  // day, the notice on its drawn day, at least 3 working days later (2 allowed).
  const resultMethods = ["open", "selective", "competitiveNegotiation", "inquiry", "competitiveConsultation", "direct"];
  const lateNotices = files.awards.filter((a) => {
    const plan = planOf.get(a.projectId as string);
    return plan !== undefined && isGp(plan.id) && resultMethods.includes(plan.project.procurementMethod as string) && a.decidedOn === undefined && !plantedIds.has(a.id as string) && (a.noticeOn as string) > addWorkingDays(plan.evaluationOn, 2);
  });
  for (const award of lateNotices.slice(0, k(2))) {
    const plan = planOf.get(award.projectId as string) as Plan;
    award.decidedOn = plan.evaluationOn;
    award.resultPublishedOn = plan.evaluationOn;
    plant("GP_NOTICE_ISSUED_IN_TIME", award.id as string);
  }
  // Every GP contract's copy filed 1–5 working days after signing (7 allowed), once that day has come; k(2) contracts
  // filed on the 12th working day, those of awards without a plant first (a small city has few).
  const lateFiledOn = (c: Rec): string => addWorkingDays(c.signedOn as string, 12);
  const lateFilings = new Set(
    files.contracts
      .filter((c) => isGp(c.projectId as string) && !lateNotices.some((a) => a.id === c.awardId) && happened(lateFiledOn(c)))
      .sort((a, b) => Number(plantedIds.has(a.awardId as string)) - Number(plantedIds.has(b.awardId as string)))
      .slice(0, k(2))
      .map((c) => c.id as string),
  );
  files.contracts.forEach((c, i) => {
    if (!isGp(c.projectId as string)) return;
    const filedOn = lateFilings.has(c.id as string) ? lateFiledOn(c) : addWorkingDays(c.signedOn as string, 1 + (i % 5));
    if (!happened(filedOn)) return;
    c.filedOn = filedOn;
    if (lateFilings.has(c.id as string)) plant("GP_CONTRACT_FILED_IN_TIME", c.awardId as string);
  });

  // Every record must pass its schema (the demo validates them again; a generator bug must not look like a finding).
  for (const [stem, records] of Object.entries(files) as Array<[keyof CityFiles, Rec[]]>) {
    const schema = CITY_SCHEMAS[stem];
    records.forEach((r, i) => {
      const parsed = schema.safeParse(r);
      if (!parsed.success) throw new Error(`generator bug: ${stem}[${i}] fails its schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    });
  }
  for (const list of Object.values(truth.rules)) list.sort();
  for (const e of Object.values(truth.risk)) {
    e.processes.sort();
    e.organisations.sort();
  }
  const sortedRules: Record<string, string[]> = {};
  for (const key of Object.keys(truth.rules).sort()) sortedRules[key] = truth.rules[key] as string[];
  const sortedRisk: GroundTruth["risk"] = {};
  for (const key of Object.keys(truth.risk).sort()) sortedRisk[key] = truth.risk[key] as GroundTruth["risk"][string];

  const counts: Record<string, number> = {};
  for (const [stem, records] of Object.entries(files)) counts[stem] = (records as Rec[]).length;
  return {
    manifest: {
      format: "ggzy-demo-city/1",
      name: { zh: "演示城市（聊城式）2025 年度公共资源交易数据（虚构）", en: "Demo city (Liaocheng-like), public-resource trading in 2025 (fictitious)" },
      seed,
      year: YEAR,
      today: TODAY,
      region: CITY_REGION,
      counts,
      regenerate: "npx tsx examples/demo/generate.ts --out examples/demo-city --gzip",
    },
    files,
    groundTruth: { ...truth, rules: sortedRules, risk: sortedRisk },
  };
}
