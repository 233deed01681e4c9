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

/** The scope of a project (`project.regime`, `project.procurementMethod`). */
export const projectScope = (project: Pick<Project, "regime" | "procurementMethod">, path: ReadonlyArray<string | number> = ["project"]): RecordScope =>
  recordScope(project, path);
