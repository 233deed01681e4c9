import { ExpertSchema } from "../../src/model/expert";
import type { Expert } from "../../src/model/expert";
import { ProjectSchema } from "../../src/model/project";
import type { Project } from "../../src/model/project";

/** An admitted, active, private-sector expert in Liaocheng; override what a test is about. */
export function expertInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "E1",
    name: "王工",
    region: "371502",
    pools: [{ pool: "construction", admission: { reviewedBy: "市住建局", reviewedOn: "2019-01-10", approved: true } }],
    specialties: ["A010101"],
    employer: { id: "ORG-DESIGN", name: "聊城市建筑设计院" },
    employmentKind: "private",
    ...over,
  };
}

export function expert(over: Record<string, unknown> = {}): Expert {
  return ExpertSchema.parse(expertInput(over));
}

export function projectInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "P1",
    name: "聊城市东昌府区道路改造工程",
    category: "construction",
    budgetYuan: 3_000_000,
    procurementMethod: "open",
    supervisingDepartmentId: "DEP-ZJ",
    tendererId: "T1",
    agencyId: "A1",
    electronic: true,
    region: "371502",
    ...over,
  };
}

export function project(over: Record<string, unknown> = {}): Project {
  return ProjectSchema.parse(projectInput(over));
}
