import { periodEnd } from "../../calendar/period";
import type { Calendar } from "../../calendar/calendar";
import { provisionalYearsBetween, workingDaysBetween } from "../../calendar/working-days";
import { daysFromTo } from "./dates";

/** A deadline judged against the act's date, or against `asOf` when the act has not happened. */
export interface DeadlineFacts {
  /** The triggering event's day. */
  readonly event: string;
  /** Before the rest-day extension (民法典 art. 203). */
  readonly nominalLastDay: string;
  /** The last day, inclusive. */
  readonly lastDay: string;
  readonly extended: boolean;
  /** The day the act happened, if it did. */
  readonly doneOn: string | undefined;
  /** Days (calendar or working, per the period's unit) past the last day; 0 when in time or not yet due. */
  readonly daysLate: number;
  /** True when the act has not happened and `asOf` is past the last day. */
  readonly overdue: boolean;
  /**
   * Provisional calendar years (no published holiday notice yet) whose days decided `lastDay` or a working-day
   * `daysLate`; empty when all rests on published notices. A fact function passes it on next to the deadline's
   * last day as `<name>ProvisionalYears` beside `<name>LastDay` (or `provisionalYears` beside `lastDay`), and the
   * validators then mark findings citing that last day as provisional (see `markProvisional`).
   */
  readonly provisionalYears: readonly number[];
}

/**
 * Judges "within N days / working days of the event": the last day comes from the calendar module's `periodEnd`
 * (start the day after the event, 民法典 art. 201; a calendar-day period ending on a rest day runs to the next working
 * day, art. 203). Lateness is counted in the period's unit. An act not yet done is late only once `asOf` is past
 * the last day; without `asOf` it is not judged.
 *
 * @example
 * ```ts
 * deadlineFacts("2024-09-24", { days: 10 }, "2024-10-09", undefined).daysLate; // 1 (last day 2024-10-08)
 * ```
 */
export function deadlineFacts(
  event: string,
  length: { days: number } | { workingDays: number },
  doneOn: string | undefined,
  asOf: string | undefined,
  calendar?: Calendar,
): DeadlineFacts {
  const end = periodEnd(event, length, ...(calendar ? [calendar] : []));
  const judgedOn = doneOn ?? (asOf !== undefined && asOf > end.lastDay ? asOf : undefined);
  let daysLate = 0;
  let provisionalYears = end.provisionalYears;
  if (judgedOn !== undefined && judgedOn > end.lastDay) {
    daysLate = "workingDays" in length ? workingDaysBetween(end.lastDay, judgedOn, ...(calendar ? [calendar] : [])) : daysFromTo(end.lastDay, judgedOn);
    if ("workingDays" in length && calendar !== undefined) {
      const counted = provisionalYearsBetween(end.lastDay, judgedOn, calendar);
      if (counted.length > 0) provisionalYears = [...new Set([...provisionalYears, ...counted])].sort((a, b) => a - b);
    }
    // A late act on a rest day right after the last working day is still late, by at least one day.
    if (daysLate === 0) daysLate = 1;
  }
  return {
    event: end.event,
    nominalLastDay: end.nominalLastDay,
    lastDay: end.lastDay,
    extended: end.extended,
    doneOn,
    daysLate,
    overdue: doneOn === undefined && daysLate > 0,
    provisionalYears,
  };
}

/** An objection (or any request) filed on a day and perhaps answered. */
export interface Answerable {
  readonly id: string;
  readonly filedOn: string;
  readonly answeredOn?: string | undefined;
}

/** The request answered latest past its last day, with that deadline; `undefined` when every one is in time. */
export interface SlowestAnswer {
  readonly id: string;
  readonly filedOn: string;
  readonly answeredOn: string | undefined;
  readonly facts: DeadlineFacts;
}

/**
 * Judges "answered within N days of receipt" for each request (`filedOn` stands for receipt) and returns the one
 * most days late. Requests are taken in id order, so the input order plays no part; the first of equals is kept.
 *
 * @example
 * ```ts
 * slowestAnswer([{ id: "O1", filedOn: "2024-05-13", answeredOn: "2024-05-17" }], 3, undefined)?.facts.daysLate; // 1
 * ```
 */
export function slowestAnswer(requests: readonly Answerable[], days: number, asOf: string | undefined, calendar?: Calendar): SlowestAnswer | undefined {
  let slow: SlowestAnswer | undefined;
  for (const r of [...requests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const facts = deadlineFacts(r.filedOn, { days }, r.answeredOn, asOf, calendar);
    if (facts.daysLate > 0 && (slow === undefined || facts.daysLate > slow.facts.daysLate)) slow = { id: r.id, filedOn: r.filedOn, answeredOn: r.answeredOn, facts };
  }
  return slow;
}

/** A step of the procedure on a day (the bid deadline, the winner determined, the notice, the contract). */
export interface ProcedureAct {
  readonly day: string;
  readonly zh: string;
  readonly en: string;
}

/** An objection the procedure went on past, and the first step taken before its answer. */
export interface ActBeforeAnswer {
  readonly id: string;
  readonly filedOn: string;
  readonly answeredOn: string | undefined;
  readonly act: ProcedureAct;
}

/**
 * 招标投标法实施条例 arts. 22 and 54: "作出答复前，应当暂停招标投标活动". Finds the earliest step taken strictly after
 * an objection's day and strictly before its answer's day. The record has days, not the order within one, so a step
 * on the objection's day or on the answer's day is not judged. An objection with no answer on record is taken as
 * answered no earlier than `asOf` (a step before `asOf` then went on without one); without `asOf` it is not judged.
 * Objections are taken in id order and steps in the order given, so the first of equals is kept.
 *
 * @example
 * ```ts
 * const decided = { day: "2024-05-15", zh: "定标", en: "the winner was determined" };
 * actBeforeAnswer([{ id: "RO1", filedOn: "2024-05-13", answeredOn: "2024-05-16" }], [decided], undefined)?.act.day; // "2024-05-15"
 * ```
 */
export function actBeforeAnswer(objections: readonly Answerable[], acts: ReadonlyArray<ProcedureAct | undefined>, asOf: string | undefined): ActBeforeAnswer | undefined {
  let first: ActBeforeAnswer | undefined;
  for (const o of [...objections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const answered = o.answeredOn ?? asOf;
    if (answered === undefined) continue;
    for (const act of acts) {
      if (act === undefined || act.day <= o.filedOn || act.day >= answered) continue;
      if (first === undefined || act.day < first.act.day) first = { id: o.id, filedOn: o.filedOn, answeredOn: o.answeredOn, act };
    }
  }
  return first;
}
