import * as z from "../../model/zod";
import { PRC_CALENDAR, calendarIndex, createCalendar } from "../../calendar/calendar";
import { typeName } from "../../model/guard";
import { assertRuleSet } from "../engine/ruleset";
import type { Calendar } from "../../calendar/calendar";
import { IsoDateSchema } from "../../model/common";
import { GgzyError, readWith } from "../../model/error";
import { isRulePack, loadRulePack } from "../engine/load";
import { createRuleSet } from "../engine/ruleset";
import type { RuleSet } from "../engine/ruleset";
import type { PackOverride, RulePack } from "../engine/types";
import { ruleParams } from "../facts/params";
import type { RuleParams } from "../facts/params";
import { builtInPacks, defaultRuleSet } from "../packs/default";

/** Options every validator takes. */
export interface ValidateOptions {
  /**
   * The day the record is judged on (`YYYY-MM-DD`, Asia/Shanghai): an act not yet done (contract unsigned,
   * complaint not accepted) is late only once `asOf` is past its last day. Without `asOf`, pending acts are not
   * judged. Which rules apply is decided by the record's own date (selection day, award notice, evaluation day…):
   * events before 2018-09-26 are not held to the Liaocheng pack.
   */
  readonly asOf?: string;
  /** Working-day calendar for deadlines (the PRC calendar by default). */
  readonly calendar?: Calendar;
  /**
   * Count deadlines that run into a year with no published holiday notice yet (2027 today) on a provisional
   * calendar: the statutory holidays of 全国年节及纪念日放假办法, weekends, no make-up days (see
   * `createCalendar({ provisional: true })`). Each finding that depends on such a day says so in its message and
   * in `evidence["calendar.provisionalYears"]`. Off by default: such a date is then a `CALENDAR_YEAR_NOT_COVERED`
   * error, never a silent guess.
   */
  readonly provisionalCalendar?: boolean;
  /** A rule set made with `createRuleSet`; default: national + Liaocheng. */
  readonly ruleSet?: RuleSet;
  /** A pack (added to the built-ins) or a pack override (applied to them), as an object or JSON text. */
  readonly pack?: RulePack | PackOverride | string;
  /** Language of `Finding.text` (messages always carry both). */
  readonly locale?: "zh" | "en" | "both";
  /** Explanation trees: for findings (default), for every rule, or none. */
  readonly explain?: "findings" | "all" | "none";
}

const OptionsSchema = z.object({
  asOf: z.optional(IsoDateSchema),
  locale: z.optional(z.enum(["zh", "en", "both"])),
  explain: z.optional(z.enum(["findings", "all", "none"])),
  provisionalCalendar: z.optional(z.boolean()),
});

// One provisional extension per base calendar: building it indexes 2004–2100, so it is made once and reused.
const provisionalOf = new WeakMap<Calendar, Calendar>();
function withProvisionalYears(base: Calendar): Calendar {
  let cal = provisionalOf.get(base);
  if (cal === undefined) {
    cal = createCalendar({ base, provisional: true });
    provisionalOf.set(base, cal);
  }
  return cal;
}

/**
 * The built-in packs with a user's pack added (a full pack) or applied (an override), compiled once; the CLI uses it
 * to check many records with one rule set.
 *
 * @throws GgzyError `INVALID_RULE` naming the rule and path of the first problem.
 * @example
 * ```ts
 * ruleSetWithPack({ name: "county", version: "0.1.0", params: { contractDays: 15 } }).version;
 * // "national@2.0.0+liaocheng@1.0.0+county@0.1.0"
 * ```
 */
export function ruleSetWithPack(pack: unknown): RuleSet {
  const loaded = loadRulePack(pack);
  const set = isRulePack(loaded) ? createRuleSet([...builtInPacks, loaded]) : createRuleSet(builtInPacks, [loaded]);
  ruleParams(set); // a parameter of the wrong kind (contractDays 1.5) is refused now, not at the first record
  return set;
}

/** Options after checking, with the rule set and its parameters resolved. */
export interface ResolvedOptions {
  readonly asOf: string | undefined;
  readonly calendar: Calendar | undefined;
  readonly ruleSet: RuleSet;
  readonly params: RuleParams;
  readonly locale: "zh" | "en" | "both" | undefined;
  readonly explain: "findings" | "all" | "none" | undefined;
}

/**
 * Checks validator options and resolves the rule set: `ruleSet`, or the built-ins with `pack` added or applied,
 * or the default rule set (compiled once).
 *
 * @throws GgzyError `INVALID_INPUT` (bad option, both `ruleSet` and `pack`), `INVALID_RULE` (bad pack).
 * @example
 * ```ts
 * resolveOptions({ asOf: "2024-06-01" }).ruleSet.version; // "national@2.0.0+liaocheng@1.0.0"
 * ```
 */
export function resolveOptions(options: ValidateOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new GgzyError("INVALID_INPUT", { zh: "选项必须是对象", en: "options must be an object", details: { type: typeName(options) } });
  }
  const o = readWith(
    OptionsSchema,
    { asOf: options.asOf, locale: options.locale, explain: options.explain, provisionalCalendar: options.provisionalCalendar },
    { zh: "校验选项", en: "validation options" },
  );
  if (options.ruleSet !== undefined) assertRuleSet(options.ruleSet);
  if (options.calendar !== undefined) calendarIndex(options.calendar); // refuses a look-alike with a GgzyError
  if (options.ruleSet !== undefined && options.pack !== undefined) {
    throw new GgzyError("INVALID_INPUT", { zh: "ruleSet 与 pack 只能给出一个", en: "Give either ruleSet or pack, not both" });
  }
  let ruleSet: RuleSet;
  if (options.ruleSet !== undefined) ruleSet = options.ruleSet;
  else if (options.pack !== undefined) ruleSet = ruleSetWithPack(options.pack);
  else ruleSet = defaultRuleSet();
  const calendar = o.provisionalCalendar === true ? withProvisionalYears(options.calendar ?? PRC_CALENDAR) : options.calendar;
  return { asOf: o.asOf, calendar, ruleSet, params: ruleParams(ruleSet), locale: o.locale, explain: o.explain };
}
