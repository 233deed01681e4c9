/*
 * Calendar windows: "how many (working) days after the event did this happen" and "did it happen after the end of
 * the legal period". Periods start the day after the event (民法典 art. 201); a calendar-day period whose last day is
 * a rest day ends on the next working day (art. 203); working days follow the PRC calendar with its make-up
 * workdays (实施条例 art. 61). The counting itself is src/calendar's; these operators only compare.
 *
 * The condition's fact is the LATER date; its value names the event and the length:
 *   { fact: "contract", path: "signedOn", operator: "afterPeriodEnd",
 *     value: { since: { fact: "award", path: "noticeDate" }, days: { fact: "params", path: "contractDays" } } }
 */
import { calendarDaysBetween } from "../../calendar/date";
import { periodEnd } from "../../calendar/period";
import type { PeriodEnd } from "../../calendar/period";
import { workingDaysBetween } from "../../calendar/working-days";
import type { Calendar } from "../../calendar/calendar";
import { isFactReferenceLike } from "./operators";
import { fromEpochDay } from "../../calendar/date";
import { readDate } from "./dates";

type Issue = { path: (string | number)[]; message: string };

/** The resolved value of a window condition. */
export interface WindowValue {
  readonly since: unknown;
  readonly days?: unknown;
  readonly workingDays?: unknown;
}

/** A calendar-window operator. */
export interface WindowOperator {
  readonly name: string;
  /** Which length keys the value takes. */
  readonly lengthKeys: ReadonlyArray<"days" | "workingDays">;
  /** Checks the window value when the rule is compiled, adding a problem to `out` for each bad key. */
  readonly checkValue: (value: unknown, path: (string | number)[], out: Issue[]) => void;
  /** `computed` is shown in the explanation (day count or period end); `undefined` when an input is not a date. */
  readonly test: (factValue: unknown, value: WindowValue, calendar: Calendar | undefined) => { result: boolean; computed?: Record<string, unknown> };
}

const NAME = /^[\p{L}\p{N}_-]+$/u;

function checkRef(v: unknown, path: (string | number)[], out: Issue[]): boolean {
  if (!isFactReferenceLike(v)) return false;
  const r = v as Record<string, unknown>;
  for (const k of Object.keys(r)) if (k !== "fact" && k !== "path") out.push({ path: [...path, k], message: `a fact reference has only "fact" and "path" (unexpected "${k}")` });
  if (typeof r["fact"] !== "string" || !NAME.test(r["fact"])) out.push({ path: [...path, "fact"], message: "fact must be a name" });
  if (Object.hasOwn(r, "path") && (typeof r["path"] !== "string" || !/^[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*$/u.test(r["path"]))) {
    out.push({ path: [...path, "path"], message: "path must be a dotted path such as a.b.0.c (JSONPath is not supported)" });
  }
  return true;
}

function makeCheck(name: string, lengthKeys: ReadonlyArray<"days" | "workingDays">) {
  return (value: unknown, path: (string | number)[], out: Issue[]): void => {
    if (value === null || typeof value !== "object" || Array.isArray(value) || isFactReferenceLike(value)) {
      out.push({ path, message: `the value of ${name} is { since, ${lengthKeys.join(" | ")} }` });
      return;
    }
    const v = value as Record<string, unknown>;
    const present = lengthKeys.filter((k) => Object.hasOwn(v, k));
    for (const k of Object.keys(v)) {
      if (k !== "since" && !lengthKeys.includes(k as "days")) out.push({ path: [...path, k], message: `unexpected key "${k}" in the value of ${name}` });
    }
    if (!Object.hasOwn(v, "since")) out.push({ path: [...path, "since"], message: `${name} needs "since" (the event date)` });
    else if (!checkRef(v["since"], [...path, "since"], out) && readDate(v["since"]) === undefined) {
      out.push({ path: [...path, "since"], message: "since must be a date or a fact reference" });
    }
    if (present.length !== 1) {
      out.push({ path, message: `${name} needs exactly one of ${lengthKeys.join(", ")}` });
      return;
    }
    const key = present[0] as string;
    const len = v[key];
    if (!checkRef(len, [...path, key], out) && !(typeof len === "number" && Number.isInteger(len) && len >= 0)) {
      out.push({ path: [...path, key], message: `${key} must be a non-negative integer or a fact reference` });
    }
  };
}

function civil(v: unknown): string | undefined {
  const d = readDate(v);
  return d === undefined ? undefined : fromEpochDay(d.day);
}

function countOperator(name: string, counter: "working" | "calendar", accept: (count: number, limit: number) => boolean): WindowOperator {
  return {
    name,
    lengthKeys: ["days"],
    checkValue: makeCheck(name, ["days"]),
    test: (factValue, value, calendar) => {
      const end = civil(factValue);
      const since = civil(value.since);
      const limit = value.days;
      if (end === undefined || since === undefined || typeof limit !== "number") return { result: false };
      const count = counter === "working" ? workingDaysBetween(since, end, calendar) : calendarDaysBetween(since, end);
      return { result: accept(count, limit), computed: { since, until: end, [counter === "working" ? "workingDays" : "calendarDays"]: count } };
    },
  };
}

function periodOperator(name: string, accept: (cmp: number) => boolean): WindowOperator {
  return {
    name,
    lengthKeys: ["days", "workingDays"],
    checkValue: makeCheck(name, ["days", "workingDays"]),
    test: (factValue, value, calendar) => {
      const at = civil(factValue);
      const since = civil(value.since);
      if (at === undefined || since === undefined) return { result: false };
      let end: PeriodEnd;
      if (typeof value.days === "number") end = periodEnd(since, { days: value.days }, calendar);
      else if (typeof value.workingDays === "number") end = periodEnd(since, { workingDays: value.workingDays }, calendar);
      else return { result: false };
      const last = end.lastDay;
      return {
        result: accept(at < last ? -1 : at > last ? 1 : 0),
        computed: { since, until: at, periodEnd: last, nominalLastDay: end.nominalLastDay, extended: end.extended },
      };
    },
  };
}

const list: WindowOperator[] = [
  countOperator("workingDaysAfterGreaterThan", "working", (c, l) => c > l),
  countOperator("workingDaysAfterGreaterThanInclusive", "working", (c, l) => c >= l),
  countOperator("workingDaysAfterLessThan", "working", (c, l) => c < l),
  countOperator("workingDaysAfterLessThanInclusive", "working", (c, l) => c <= l),
  countOperator("calendarDaysAfterGreaterThan", "calendar", (c, l) => c > l),
  countOperator("calendarDaysAfterGreaterThanInclusive", "calendar", (c, l) => c >= l),
  countOperator("calendarDaysAfterLessThan", "calendar", (c, l) => c < l),
  countOperator("calendarDaysAfterLessThanInclusive", "calendar", (c, l) => c <= l),
  periodOperator("afterPeriodEnd", (c) => c > 0),
  periodOperator("onOrBeforePeriodEnd", (c) => c <= 0),
];

/** The calendar-window operators by name (immutable). */
export const WINDOW_OPERATORS: ReadonlyMap<string, WindowOperator> = new Map(list.map((o) => [o.name, Object.freeze(o)]));
