import { GgzyError } from "../../model/error";
import { METHODS_BY_REGIME } from "../../model/project";
import type { Project } from "../../model/project";
import type { RecordScope } from "../engine/types";
import { valueZh } from "../../model/value-zh";

/**
 * The regime and method a record is judged under (the engine's `scope` option), taken from the record itself and
 * never guessed: a missing regime stays missing, and the engine refuses it only where a rule needs it.
 *
 * @throws GgzyError `INVALID_INPUT` when the method is not one the regime knows (招标投标法 art. 10 has only open
 *   and invited tendering), naming the field.
 * @example
 * ```ts
 * recordScope({ regime: "tendering", procurementMethod: "open" }, ["project"]); // { regime: "tendering", method: "open", path: ["project"] }
 * ```
 */
export function recordScope(
  holder: { readonly regime?: string | undefined; readonly procurementMethod?: string | undefined },
  path: ReadonlyArray<string | number>,
): RecordScope {
  const { regime, procurementMethod: method } = holder;
  if (regime !== undefined && method !== undefined) {
    const known: ReadonlyArray<string> = METHODS_BY_REGIME[regime as keyof typeof METHODS_BY_REGIME] ?? [];
    if (!known.includes(method)) {
      const where = [...path, "procurementMethod"];
      throw new GgzyError("INVALID_INPUT", {
        zh: `${where.join(".")}：${valueZh(regime)}（${regime}）下没有采购方式 ${method}（可选：${known.map((k) => `${k}（${valueZh(k)}）`).join("、")}）`,
        en: `${where.join(".")}: the ${regime} regime has no method ${method} (known: ${known.join(", ")})`,
        issues: [{ path: where, message: `not a method of ${regime}`, code: "invalid_value" }],
        details: { regime, method, known: [...known] },
      });
    }
  }
  return { regime, method, path };
}

/** The tendering methods: a works project procured by one of them is a tender under 招标投标法. */
const TENDER_METHODS: ReadonlyArray<string> = ["open", "selective"];

/**
 * The categories that are works (工程, i.e. 建设工程: 政府采购法 art. 2 para. 6, 政府采购法实施条例 art. 7 para. 2,
 * 招标投标法实施条例 art. 2): building works and the transport and water-resources works of those supervisors — or
 * goods and services tied to such works, which art. 7 puts under 招标投标法 as well. `governmentProcurement` is goods
 * and services; `other` says nothing and is not guessed.
 */
const WORKS_CATEGORIES: ReadonlyArray<string> = ["construction", "transport", "waterResources"];

/**
 * 政府采购法 art. 4 and 政府采购法实施条例 art. 7: government-procurement works (工程) procured by tendering fall under
 * 招标投标法 and its regulation; only works procured by another method stay under 政府采购法. A project recorded as
 * `governmentProcurement`, of a works category, method open or invited tender is refused rather than re-scoped: the
 * regime is never guessed. Goods and services tied to works (与工程建设有关的货物、服务) are tendered under 招标投标法
 * too, but the `governmentProcurement` category cannot tell them apart: they are not checked.
 */
function refuseGpWorksTender(project: Pick<Project, "regime" | "procurementMethod" | "category">, path: ReadonlyArray<string | number>): void {
  if (project.regime !== "governmentProcurement" || !WORKS_CATEGORIES.includes(project.category) || !TENDER_METHODS.includes(project.procurementMethod)) return;
  const where = [...path, "regime"];
  throw new GgzyError("INVALID_INPUT", {
    zh: `${where.join(".")}：政府采购工程（category ${project.category}）采用招标方式（${project.procurementMethod}）采购的，适用招标投标法及其实施条例（政府采购法实施条例第七条），应记录为 tendering`,
    en: `${where.join(".")}: government-procurement works (category ${project.category}) procured by tender (${project.procurementMethod}) fall under the Tendering Law and its regulation (GP Regulation art. 7): record the regime as tendering`,
    issues: [{ path: where, message: "a works tender is under the tendering regime: record it as tendering", code: "invalid_value" }],
    details: { regime: project.regime, category: project.category, method: project.procurementMethod, want: "tendering" },
  });
}

/**
 * The scope of a project (`project.regime`, `project.procurementMethod`).
 *
 * @throws GgzyError `INVALID_INPUT` for a method the regime does not know, and for a works tender recorded as
 *   government procurement (政府采购法实施条例 art. 7: it is a tender under 招标投标法), naming `project.regime`.
 * @example
 * ```ts
 * projectScope({ regime: "governmentProcurement", category: "governmentProcurement", procurementMethod: "open" }); // { regime: "governmentProcurement", method: "open", path: ["project"] }
 * ```
 */
export function projectScope(project: Pick<Project, "regime" | "procurementMethod" | "category">, path: ReadonlyArray<string | number> = ["project"]): RecordScope {
  const scope = recordScope(project, path);
  refuseGpWorksTender(project, path);
  return scope;
}
