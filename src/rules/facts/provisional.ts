import type { Calendar } from "../../calendar/calendar";
import { provisionalYearsBetween } from "../../calendar/working-days";
import type { Finding, Report } from "../engine/types";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function at(facts: Record<string, unknown>, path: string): unknown {
  let v: unknown = facts;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** The provisional years a finding's computed dates rest on, read from the facts beside each cited last day. */
function provisionalYearsOf(f: Finding, facts: Record<string, unknown>, calendar: Calendar, asOf: string | undefined): number[] {
  const years = new Set<number>();
  let unknownDeadline = false;
  for (const key of Object.keys(f.evidence)) {
    if (!/[lL]astDay$/.test(key) || /nominalLastDay$/.test(key)) continue;
    const sibling = at(facts, key.replace(/lastDay$/, "provisionalYears").replace(/LastDay$/, "ProvisionalYears"));
    if (Array.isArray(sibling)) for (const y of sibling) years.add(y as number);
    else unknownDeadline = true;
  }
  if (unknownDeadline) {
    // A deadline whose fact function does not pass its provisional years on: judge by the dates the finding shows
    // (and `asOf`), conservatively — any of them in or after a provisional year marks the finding.
    const dates = Object.values(f.evidence).filter((v): v is string => typeof v === "string" && ISO_DAY.test(v));
    if (asOf !== undefined) dates.push(asOf);
    if (dates.length > 0) {
      const sorted = dates.sort();
      for (const y of provisionalYearsBetween(sorted[0] as string, sorted[sorted.length - 1] as string, calendar)) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Marks the findings whose deadline was counted through a provisional calendar year (`createCalendar({ provisional:
 * true })`, validator option `provisionalCalendar`): the message says so in both languages, and the evidence gains
 * `calendar.provisionalYears`. Findings that rest on published notices only are returned untouched; with a calendar
 * that has no provisional year, the report itself is returned.
 *
 * @example
 * ```ts
 * const marked = markProvisional(report, facts, createCalendar({ provisional: true }), "2027-03-01", "both");
 * marked.findings[0]?.evidence["calendar.provisionalYears"]; // [2027]
 * ```
 */
export function markProvisional(
  report: Report,
  facts: Record<string, unknown>,
  calendar: Calendar | undefined,
  asOf: string | undefined,
  locale: "zh" | "en" | "both" = "both",
): Report {
  if (calendar === undefined || report.findings.length === 0 || !calendar.arrangements.some((a) => a.provisional === true)) return report;
  let changed = false;
  const findings = report.findings.map((f) => {
    const years = provisionalYearsOf(f, facts, calendar, asOf);
    if (years.length === 0) return f;
    changed = true;
    const list = years.join("、");
    const message = {
      zh: `${f.message.zh}（期限按暂定日历计算：${list} 年节假日安排尚未公布，仅按全国年节及纪念日放假办法的法定节日推算，未含调休）`,
      en: `${f.message.en} (deadline counted on a provisional calendar: the ${years.join(", ")} holiday arrangement is not yet published; statutory holidays only, no make-up days)`,
    };
    const text = locale === "zh" ? message.zh : locale === "en" ? message.en : `${message.zh} / ${message.en}`;
    return { ...f, message, text, evidence: { ...f.evidence, "calendar.provisionalYears": years } };
  });
  return changed ? { ...report, findings } : report;
}
