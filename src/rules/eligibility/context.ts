import type { ExpertPool } from "../../model/expert";
import type { Bidder, Tenderer } from "../../model/parties";
import type { Project } from "../../model/project";

/**
 * What eligibility is judged against: the project, its tenderer and bidders, the day, and the draw policy.
 * Plain data; the functions never mutate it.
 */
export interface EligibilityContext {
  /** The day eligibility is judged on (`YYYY-MM-DD`, Asia/Shanghai). */
  readonly asOf: string;
  readonly project: Pick<Project, "id" | "supervisingDepartmentId" | "tendererId"> & Partial<Pick<Project, "category" | "region">>;
  readonly tenderer?: Pick<Tenderer, "id"> | undefined;
  readonly bidders: ReadonlyArray<Pick<Bidder, "id"> & Partial<Pick<Bidder, "name" | "legalRepresentative" | "shareholders">>>;
  /** Pool the draw is made from: the expert needs an approved admission review for it. Absent: any pool. */
  readonly pool?: ExpertPool | undefined;
  /** Days an expert rests after being drawn (policy; absent or 0 = no cool-down). */
  readonly coolDownDays?: number | undefined;
  /** Last day each expert was drawn, by expert id. */
  readonly lastDrawnOn?: Readonly<Record<string, string>> | undefined;
  /** Experts on a blacklist (e.g. after poor per-event ratings, LC80-4.2), by id. */
  readonly blacklistedExpertIds?: ReadonlyArray<string> | undefined;
  /** Look-back of the avoidance rule in years (政府采购法实施条例 art. 9: 3). */
  readonly conflictLookbackYears?: number | undefined;
  /**
   * True when judging the tenderer's own representative (招标人代表): working for the tenderer is then the point,
   * not a conflict. Bidder ties still count.
   */
  readonly asTendererRepresentative?: boolean | undefined;
  /**
   * The regime the ties are judged under. `governmentProcurement`: 政府采购法实施条例 art. 9 — ties to suppliers
   * only, relatives as its item (4) lists them (the purchaser's own staff are a separate bar, 87号令 art. 47).
   * `tendering`: 招标投标法 art. 37 / 实施条例 art. 46 — ties to bidders, and the tenderer's staff sit only as its
   * representatives; relatives are 近亲属 (民法典 art. 1045). Absent (a draw not yet tied to a regime): the union,
   * so that no one is drawn who either regime would bar.
   */
  readonly regime?: "tendering" | "governmentProcurement" | undefined;
}
