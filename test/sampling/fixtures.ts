import type { ExpertPool } from "../../src/model/expert";

/** Test data builders: plain JSON, as a platform would send it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test JSON is poked at freely
export type Json = Record<string, any>;

export const SEED = { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07" } as const;
export const SALT = "5f1c2a9e0b7d4c3e8a6f1b2d3c4e5f60";

export const project = {
  id: "P-2024-0042",
  name: "聊城市某水利工程",
  category: "waterResources",
  procurementMethod: "open",
  supervisingDepartmentId: "DEPT-WATER",
  tendererId: "T-1",
  electronic: true,
  region: "371502",
} as const;

export const tenderer = { id: "T-1", name: "聊城市水利局下属单位" } as const;
export const bidders = [
  { id: "B-1", name: "甲公司" },
  { id: "B-2", name: "乙公司" },
] as const;

export interface ExpertOptions {
  specialties?: string[];
  region?: string;
  employer?: string;
  employmentKind?: string;
  status?: string;
  admitted?: boolean;
  pool?: ExpertPool;
  supervisingDepartmentId?: string;
}

/** An admitted, active expert; `i` makes the id, name and (by default) employer. */
export function expert(i: number | string, o: ExpertOptions = {}): Json {
  const id = typeof i === "number" ? `E${String(i).padStart(5, "0")}` : i;
  return {
    id,
    name: `专家${id}`,
    region: o.region ?? "371502",
    pools: [
      {
        pool: o.pool ?? "waterResources",
        ...(o.admitted === false ? {} : { admission: { reviewedBy: "市公管办", reviewedOn: "2020-01-01", approved: true } }),
      },
    ],
    specialties: o.specialties ?? ["W01"],
    employer: { id: o.employer ?? `U-${id}` },
    employmentKind: o.employmentKind ?? "private",
    status: o.status ?? "active",
    ...(o.supervisingDepartmentId !== undefined ? { supervisingDepartmentId: o.supervisingDepartmentId } : {}),
  };
}

/** A pool of n experts with specialties cycling over `specialties`, every `remoteEvery`-th one from Jinan (3701..). */
export function expertPool(n: number, specialties: string[] = ["W01", "W02", "C01"], remoteEvery = 4): Json[] {
  return Array.from({ length: n }, (_, i) =>
    expert(i, { specialties: [specialties[i % specialties.length] as string], region: i % remoteEvery === 0 ? "370102" : "371502" }),
  );
}

export function committeeRequest(overrides: Json = {}, pool = expertPool(60)): Json {
  return {
    drawId: "LC-2024-0042-EXP",
    createdAt: "2024-05-06T09:00:00+08:00",
    seedMaterial: SEED,
    salt: SALT,
    params: {
      strata: [
        { specialty: "W01", count: 3, alternates: 2 },
        { specialty: "W02", count: 2, alternates: 1 },
        { specialty: "C01", count: 2, alternates: 1 },
      ],
      maxPerEmployer: 1,
      nonLocalMinPercent: 30,
    },
    inputs: { project, tenderer, bidders, pool },
    ...overrides,
  };
}

export function inspectorRoster(n: number, departments = ["DEPT-WATER", "DEPT-HOUSING", "DEPT-TRANSPORT", "DEPT-FINANCE"]) {
  return Array.from({ length: n }, (_, i) => ({
    id: `I${String(i).padStart(3, "0")}`,
    name: `检查员${i}`,
    departmentId: departments[i % departments.length] as string,
  }));
}

export function projectList(n: number) {
  const depts = ["DEPT-WATER", "DEPT-HOUSING", "DEPT-TRANSPORT"];
  const cats = ["waterResources", "construction", "transport"];
  return Array.from({ length: n }, (_, i) => ({
    ...project,
    id: `P${String(i).padStart(4, "0")}`,
    name: `项目${i}`,
    supervisingDepartmentId: depts[i % 3] as string,
    category: cats[i % 3] as string,
    tendererId: `T-${i % 7}`,
  }));
}

export function spotChecksRequest(overrides: Json = {}): Json {
  return {
    drawId: "LC-2024Q2-SC",
    createdAt: "2024-07-01T10:00:00+08:00",
    seedMaterial: SEED,
    params: { quarter: "2024-Q2", rate: 0.07, stratifyBy: "supervisingDepartment", inspectorsPerProject: 2 },
    inputs: { projects: projectList(100), inspectors: inspectorRoster(12) },
    ...overrides,
  };
}

export function supervisorsRequest(overrides: Json = {}): Json {
  return {
    drawId: "LC-2024-0042-SUP",
    createdAt: "2024-05-06T09:00:00+08:00",
    seedMaterial: SEED,
    params: { count: 2, alternates: 1 },
    inputs: {
      project,
      tenderer,
      bidders,
      pool: Array.from({ length: 10 }, (_, i) => ({ id: `S${i}`, name: `监督员${i}`, ...(i === 0 ? { employerId: "B-1" } : {}) })),
    },
    ...overrides,
  };
}

export function blindReviewRequest(overrides: Json = {}, bids = 5, reviewers = 7): Json {
  return {
    drawId: "LC-2024-0042-BR",
    createdAt: "2024-05-06T09:30:00+08:00",
    seedMaterial: SEED,
    salt: SALT,
    params: {},
    inputs: {
      bids: Array.from({ length: bids }, (_, i) => ({ id: `BID-${i}`, bidderId: `B-${i}` })),
      reviewers: Array.from({ length: reviewers }, (_, i) => ({ id: `R${i}` })),
    },
    ...overrides,
  };
}
