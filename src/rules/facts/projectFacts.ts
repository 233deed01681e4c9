import type { Tenderer } from "../../model/parties";
import type { Project } from "../../model/project";
import type { RuleParams } from "./params";

/** Derived facts of a project (the `project` fact of every subject that reads one). */
export interface ProjectFacts {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly procurementMethod: string;
  readonly budgetYuan: number | undefined;
  readonly electronic: boolean;
  readonly supervisingDepartmentId: string | undefined;
  readonly major: boolean;
  readonly publicImpact: boolean;
  /** Major (flag or budget at or above `majorProjectBudgetYuan`) or of wide social impact (LC80-6.3). */
  readonly majorOrPublicImpact: boolean;
  readonly regime: string | undefined;
  /** Day the tender (procurement) notice was published: what a rule's own transitional condition can read. */
  readonly publishedOn: string | undefined;
  readonly technicallyComplex: boolean;
  readonly atTenderThreshold: boolean;
  readonly agencyId: string | undefined;
  /** One of LC80-8's categories (SOE / investment company / supporting works / no statutory supervisor). */
  readonly supervisionVacuum: boolean;
  /** LC80-8's "supervision vacuum" kinds this project belongs to, for the message. */
  readonly vacuumKindZh: string;
  readonly vacuumKindEn: string;
}

/**
 * The `project` fact: the record's fields plus what LC80-6.3 and LC80-8 derive from them.
 *
 * @example
 * ```ts
 * projectFacts(project, params).majorOrPublicImpact; // true for a 60-million-yuan project under the defaults
 * ```
 */
export function projectFacts(project: Project, params: RuleParams, tenderer?: Tenderer): ProjectFacts {
  const kindsZh: string[] = [];
  const kindsEn: string[] = [];
  if (tenderer?.soe === true) (kindsZh.push("国有企业项目"), kindsEn.push("SOE project"));
  if (tenderer?.investmentCompany === true) (kindsZh.push("投资公司项目"), kindsEn.push("investment-company project"));
  if (project.supportingWorks) (kindsZh.push("建设工程配套项目"), kindsEn.push("supporting works"));
  if (project.noStatutorySupervisor === true) (kindsZh.push("法律未明确监管部门的事项"), kindsEn.push("no supervisor set by law"));
  const majorByBudget = project.budgetYuan !== undefined && project.budgetYuan >= params.majorProjectBudgetYuan;
  return {
    id: project.id,
    name: project.name,
    category: project.category,
    procurementMethod: project.procurementMethod,
    budgetYuan: project.budgetYuan,
    electronic: project.electronic,
    supervisingDepartmentId: project.supervisingDepartmentId,
    major: project.major,
    publicImpact: project.publicImpact,
    majorOrPublicImpact: project.major || project.publicImpact || majorByBudget,
    regime: project.regime,
    publishedOn: project.dates.publishedOn,
    technicallyComplex: project.technicallyComplex === true,
    atTenderThreshold: project.atTenderThreshold === true,
    agencyId: project.agencyId,
    supervisionVacuum: kindsZh.length > 0,
    vacuumKindZh: kindsZh.length === 0 ? "一般项目" : kindsZh.join("、"),
    vacuumKindEn: kindsEn.length === 0 ? "ordinary project" : kindsEn.join(", "),
  };
}
