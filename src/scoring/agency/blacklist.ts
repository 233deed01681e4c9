import type { Agency } from "../../model/agency";
import { AgencySchema } from "../../model/agency";
import type { PenaltySeverity } from "../../model/credit";
import { parseWith } from "../../model/error";
import { epochDayToDate, requireEpochDay } from "../scorecard/civil-date";
import type { Reason } from "../reason";
import { requireDaysOption } from "../options";
import type { z } from "zod/mini";

/** Options of the blacklist test. */
export interface BlacklistOptions {
  /**
   * A penalty of a listed severity blacklists from its date through `date + windowDays`. Default 730 days: the
   * upper end of 招标投标法 art. 50 (an agency "禁止其一年至二年内代理依法必须进行招标的项目"). Configurable.
   */
  readonly windowDays?: number;
  /** Severities that blacklist. Default `["serious", "grave"]`. */
  readonly severities?: ReadonlyArray<PenaltySeverity>;
}

/** Whether an agency is blacklisted on a day, until when, and why. */
export interface BlacklistStatus {
  readonly agencyId: string;
  readonly blacklisted: boolean;
  /** Last blacklisted day; absent when not blacklisted or blacklisted indefinitely (see `indefinite`). */
  readonly until?: string;
  readonly indefinite: boolean;
  readonly reasons: ReadonlyArray<Reason>;
}

/** Days a serious penalty keeps an agency blacklisted, unless the options say otherwise (two years). */
export const DEFAULT_BLACKLIST_WINDOW_DAYS = 730;

/**
 * The blacklist status (LC80-3.1 黑名单) of an agency on `asOf`: an explicit blacklist entry in force, or a
 * serious (or grave) penalty within the window. Entries and penalties dated after `asOf` did not exist yet and
 * are not counted, so historical questions ("was it blacklisted on the selection day?") work on today's data.
 *
 * @example
 * ```ts
 * blacklistStatus(agency, "2026-06-30"); // { blacklisted: true, until: "2027-03-01", indefinite: false, reasons: [...] }
 * ```
 */
export function blacklistStatus(agency: z.input<typeof AgencySchema> | Agency, asOf: string, options: BlacklistOptions = {}): BlacklistStatus {
  return blacklistStatusOf(parseWith(AgencySchema, agency, "Agency"), asOf, options);
}

/** `blacklistStatus` of an agency that is already parsed (no second validation). */
export function blacklistStatusOf(a: BlacklistFacts, asOf: string, options: BlacklistOptions = {}): BlacklistStatus {
  return blacklistTest(asOf, options)(a);
}

/** What the blacklist test reads of an agency. */
type BlacklistFacts = Pick<Agency, "id" | "blacklist" | "penalties">;

/**
 * `blacklistStatusOf` with `asOf` and the options read once, for a batch of agencies (a bad option throws here).
 *
 * @example
 * ```ts
 * const statusOf = blacklistTest("2026-06-30", { windowDays: 365 });
 * agencies.map((a) => statusOf(a).blacklisted);
 * ```
 */
export function blacklistTest(asOf: string, options: BlacklistOptions): (a: BlacklistFacts) => BlacklistStatus {
  requireDaysOption(options.windowDays, "windowDays");
  const asOfDay = requireEpochDay(asOf, ["asOf"], "asOf");
  const windowDays = options.windowDays ?? DEFAULT_BLACKLIST_WINDOW_DAYS;
  const severities = new Set<PenaltySeverity>(options.severities ?? ["serious", "grave"]);
  return (a) => statusOn(a, asOfDay, windowDays, severities);
}

function statusOn(a: BlacklistFacts, asOfDay: number, windowDays: number, severities: ReadonlySet<PenaltySeverity>): BlacklistStatus {
  const reasons: Reason[] = [];
  let untilDay = -Infinity;
  let indefinite = false;

  for (let i = 0; i < a.blacklist.length; i++) {
    const entry = a.blacklist[i] as Agency["blacklist"][number];
    const from = requireEpochDay(entry.from, ["blacklist", i, "from"], `Agency ${a.id}`);
    const until = entry.until === undefined ? undefined : requireEpochDay(entry.until, ["blacklist", i, "until"], `Agency ${a.id}`);
    if (from > asOfDay || (until !== undefined && until < asOfDay)) continue;
    if (until === undefined) indefinite = true;
    else untilDay = Math.max(untilDay, until);
    reasons.push({
      code: "BLACKLIST_ENTRY",
      zh: `列入黑名单（${entry.from} 起${entry.until ? `至 ${entry.until}` : "，无期限"}）：${entry.reason}`,
      en: `On the blacklist (from ${entry.from}${entry.until ? ` to ${entry.until}` : ", indefinitely"}): ${entry.reason}`,
    });
  }
  for (let i = 0; i < a.penalties.length; i++) {
    const p = a.penalties[i] as Agency["penalties"][number];
    if (!severities.has(p.severity)) continue;
    const day = requireEpochDay(p.date, ["penalties", i, "date"], `Agency ${a.id}`);
    if (day > asOfDay || day + windowDays < asOfDay) continue;
    untilDay = Math.max(untilDay, day + windowDays);
    const until = epochDayToDate(day + windowDays);
    reasons.push({
      code: "SERIOUS_PENALTY",
      zh: `${p.date} 受到${p.severity === "grave" ? "特别严重" : "严重"}行政处罚（${p.authority}），黑名单期至 ${until}`,
      en: `${p.severity} administrative penalty on ${p.date} (${p.authority}); blacklisted through ${until}`,
    });
  }
  const blacklisted = reasons.length > 0;
  // Two literals rather than a conditional spread: `until` sits between `blacklisted` and `indefinite` in both.
  return blacklisted && !indefinite
    ? { agencyId: a.id, blacklisted, until: epochDayToDate(untilDay), indefinite: false, reasons }
    : { agencyId: a.id, blacklisted, indefinite: blacklisted && indefinite, reasons };
}

/**
 * True when the agency is blacklisted on `asOf` (see `blacklistStatus` for the reasons and the end date).
 * A blacklisted agency may not be engaged (rule `AGENCY_NOT_BLACKLISTED`) and ranks nowhere (`rankAgencies`).
 *
 * @example
 * ```ts
 * isBlacklisted(agency, "2026-06-30", { windowDays: 365 }); // false
 * ```
 */
export function isBlacklisted(agency: z.input<typeof AgencySchema> | Agency, asOf: string, options: BlacklistOptions = {}): boolean {
  return blacklistStatus(agency, asOf, options).blacklisted;
}
