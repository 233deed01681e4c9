import { AGENCY_DISCLOSURE_PARTS } from "../../model/agency";
import { shanghaiEpochDay } from "../scorecard/civil-date";
import { withBreakdownOnRead } from "../scorecard/breakdown-on-read";
import type { Memo } from "../scorecard/breakdown-on-read";
import type { ItemAt, ScoreDetail, ScoreResult } from "../scorecard/result";
import type { Scorecard, ScorecardItem } from "../scorecard/schema";
import { decayOf, lookupsOf, scoreHeadOfTotals, scoreParsed } from "../scorecard/score";
import type { ScoreRecord } from "../scorecard/subject";
import type { AgencyCreditInput } from "./agency-input";
import { idOf } from "./agency-records";
import type { AgencyRecordContext } from "./agency-records";

/*
 * `scoreAgencies(…, { breakdown: "onRead" })` in one pass per agency, from the (validated) input straight into each
 * scorecard item's total, as the bench's floor loop does: no record objects, no work arrays, no sort of objects. The
 * score comes out bit for bit as `collectRecords` + `scoreParsedOnRead` give it, because the only order-sensitive
 * figures are the item totals (float sums), and those are summed in the same order:
 * - the eager scorer sums an item's records in canonical order (day, quantity, id…). An agency's dated records all
 *   have quantity 1, so two records of one item on the same day add the very same term: only the order of the days
 *   matters, and the days are sorted here (one number per record, item and day packed in a double);
 * - disclosure and training are one record each, alone in their item: their term is added as is.
 * Anything unusual — a date that does not read, a record after `asOf` under `laterRecords: "error"`, a record kind
 * the scorecard does not know — sends the agency back to the general path (`collectRecords` + `scoreWithSources`),
 * which throws exactly the error it always threw. Records after `asOf` under `"ignore"` are skipped here as there.
 *
 * The result keeps a snapshot of what the breakdown needs (see `AgencySnapshot`), and the breakdown is built on first
 * read by the eager scorer (`scoreParsed`) from the records the snapshot gives back: the same code as an eager result.
 */

/** A source record kind: its scorecard kind and the agency field it comes from (the record's id is `field[i]`). */
const DATED_KINDS = [
  { kind: "credit.positive", field: "creditRecords" },
  { kind: "credit.negative", field: "creditRecords" },
  { kind: "penalty.warning", field: "penalties" },
  { kind: "penalty.minor", field: "penalties" },
  { kind: "penalty.serious", field: "penalties" },
  { kind: "penalty.grave", field: "penalties" },
  { kind: "complaint.upheld", field: "complaints" },
  { kind: "performance.good", field: "performanceReviews" },
  { kind: "performance.poor", field: "performanceReviews" },
] as const;
/** Each source value's position in `DATED_KINDS`. */
const CREDIT = { positive: 0, negative: 1 } as const;
const PENALTY = { warning: 2, minor: 3, serious: 4, grave: 5 } as const;
const UPHELD = 6;
const PERFORMANCE = { good: 7, poor: 8 } as const;
/** A record's code in a snapshot: `i * KIND_SLOTS + position in DATED_KINDS` (a small integer: no boxed number). */
const KIND_SLOTS = 16;
const MAX_CODE_INDEX = 2 ** 26;

/** `kindItem` values besides an item's position: an ignored kind, and a kind the scorecard does not know. */
const IGNORED = -1;
const UNKNOWN = -2;
/** `dayOf` values besides a day: a record after `asOf` that is ignored, and one only the general path can handle. */
const SKIP = -1e9;
const GENERAL = -2e9;

/** Item and day packed in one double, so one numeric sort orders an agency's records by item, then by day. */
const DAY_SPAN = 2 ** 23;
const DAY_OFFSET = 2 ** 22; // days of years 0000–9999 are within ±2^22

/** What the breakdowns of one call share: the scorecard, the as-of date as given and as `YYYY-MM-DD`, the detail. */
interface Shared<D extends ScoreDetail> {
  readonly card: Scorecard;
  readonly asOfInput: string;
  readonly asOf: string;
  readonly detail: D;
}

/**
 * What an agency's breakdown is rebuilt from, immune to the caller's later edits of the input (strings cannot change):
 * `[published parts, trained staff, staff, code, date, code, date, …]`, one code and date per dated record in the
 * order `collectRecords` gives them (ignored kinds included: a record's `index` counts them). Small integers and
 * shared strings only: 43 slots for 20 records, against 110 in the general path's copy.
 */
type AgencySnapshot = ReadonlyArray<number | string>;

/** The records `collectRecords` gives for an agency, rebuilt from its snapshot. */
function recordsOf(shared: Shared<ScoreDetail>, s: AgencySnapshot): ScoreRecord[] {
  const staff = s[2] as number;
  const records: ScoreRecord[] = new Array((s.length - 3) / 2 + 2);
  records[0] = { id: "disclosure", kind: "disclosure.completeness", date: shared.asOf, quantity: (s[0] as number) / AGENCY_DISCLOSURE_PARTS.length };
  records[1] = { id: "training", kind: "training.compliance", date: shared.asOf, quantity: staff === 0 ? 0 : (s[1] as number) / staff };
  for (let k = 3; k < s.length; k += 2) {
    const code = s[k] as number;
    const source = DATED_KINDS[code % KIND_SLOTS] as (typeof DATED_KINDS)[number];
    records[(k - 3) / 2 + 2] = { id: idOf(source.field, Math.floor(code / KIND_SLOTS)), kind: source.kind, date: s[k + 1] as string };
  }
  return records;
}

/** An agency's breakdown: built by the eager scorer from the snapshot on first read, then kept. */
class AgencyBreakdown<D extends ScoreDetail> implements Memo<ReadonlyArray<ItemAt<D>>> {
  private value: ReadonlyArray<ItemAt<D>> | undefined = undefined;
  constructor(
    private readonly shared: Shared<D>,
    private readonly subjectId: string,
    private snapshot: AgencySnapshot | undefined,
  ) {}
  get(): ReadonlyArray<ItemAt<D>> {
    if (this.snapshot !== undefined) {
      const { card, asOfInput, detail } = this.shared;
      this.value = scoreParsed(card, this.subjectId, recordsOf(this.shared, this.snapshot), asOfInput, detail).breakdown;
      this.snapshot = undefined;
    }
    return this.value as ReadonlyArray<ItemAt<D>>;
  }
  set(value: ReadonlyArray<ItemAt<D>>): void {
    this.value = value;
    this.snapshot = undefined;
  }
}

/** What the one-pass scorer reads of an agency (defaults applied). */
type OnReadFacts = Pick<AgencyCreditInput, "id" | "disclosure" | "staff" | "creditRecords" | "penalties" | "complaints" | "performanceReviews">;

/**
 * The one-pass scorer of a `scoreAgencies(…, { breakdown: "onRead" })` call: its scratch arrays are reused from one
 * agency to the next, so an agency allocates only what its result keeps.
 *
 * @example
 * ```ts
 * const onRead = new AgencyOnReadScorer(card, agencyRecordContext(options), options.asOf, "records");
 * const credit = onRead.score(agency) ?? scoreWithSources(…); // undefined: the general path decides
 * ```
 */
export class AgencyOnReadScorer<D extends ScoreDetail> {
  private readonly shared: Shared<D>;
  /** Item of each `DATED_KINDS` entry, or `IGNORED` / `UNKNOWN`; then of disclosure and training. */
  private readonly kindItem: number[];
  private readonly totals: Float64Array;
  private readonly terms: DecayedTerms;
  private keys = new Float64Array(64);
  private keyCount = 0;
  /** The snapshot being written (its first 3 slots are the counts, written last); sliced for each agency. */
  private readonly snap: Array<number | string> = [0, 0, 0];
  private snapLength = 0;

  constructor(
    private readonly card: Scorecard,
    private readonly ctx: AgencyRecordContext,
    asOfInput: string,
    detail: D,
  ) {
    this.shared = { card, asOfInput, asOf: ctx.asOf, detail };
    const { itemByKind, ignored } = lookupsOf(card);
    const itemOf = (kind: string): number => itemByKind.get(kind) ?? (ignored.has(kind) ? IGNORED : UNKNOWN);
    this.kindItem = [...DATED_KINDS.map((k) => itemOf(k.kind)), itemOf("disclosure.completeness"), itemOf("training.compliance")];
    this.totals = new Float64Array(card.items.length);
    this.terms = decayedTermsOf(card);
  }

  /** The agency's credit with its breakdown built on read; `undefined` when only the general path can score it. */
  score(a: OnReadFacts): ScoreResult<ItemAt<D>> | undefined {
    const disclosure = this.kindItem[DATED_KINDS.length] as number;
    const training = this.kindItem[DATED_KINDS.length + 1] as number;
    if (disclosure === UNKNOWN || training === UNKNOWN) return undefined;
    this.keyCount = 0;
    this.snapLength = 3;
    const published = this.publishedParts(a);
    const trained = this.trainedStaff(a);
    if (published === undefined || trained === undefined || !this.datedRecords(a)) return undefined;
    const totals = this.sortedTotals();
    const staff = a.staff.length;
    this.addState(disclosure, published / AGENCY_DISCLOSURE_PARTS.length);
    this.addState(training, staff === 0 ? 0 : trained / staff);
    this.snap[0] = published;
    this.snap[1] = trained;
    this.snap[2] = staff;
    const snapshot = this.snap.slice(0, this.snapLength);
    const head = scoreHeadOfTotals(this.card, a.id, this.ctx.asOfDay, totals);
    return withBreakdownOnRead(head, new AgencyBreakdown(this.shared, a.id, snapshot)) as ScoreResult<ItemAt<D>>;
  }

  /** The day of a record's date if it counts, `SKIP` if it is after `asOf` and ignored, `GENERAL` otherwise. */
  private dayOf(date: string): number {
    const day = shanghaiEpochDay(date);
    if (day === undefined) return GENERAL;
    if (day <= this.ctx.asOfDay) return day;
    return this.ctx.policy === "ignore" ? SKIP : GENERAL;
  }

  /** LC80-3.1: the parts published by `asOf` (as `collectRecords` counts them). */
  private publishedParts(a: OnReadFacts): number | undefined {
    let published = 0;
    for (const part of AGENCY_DISCLOSURE_PARTS) {
      const p = a.disclosure[part];
      if (p === undefined) continue;
      const day = this.dayOf(p.publishedOn);
      if (day === GENERAL) return undefined;
      if (day !== SKIP) published++;
    }
    return published;
  }

  /** LC80-3.3: staff with a passed training within the period before `asOf` (as `collectRecords` counts them). */
  private trainedStaff(a: OnReadFacts): number | undefined {
    let trained = 0;
    for (const member of a.staff) {
      let ok = false;
      for (const t of member.trainings) {
        const day = this.dayOf(t.date);
        if (day === GENERAL) return undefined;
        if (day !== SKIP && t.passed && this.ctx.asOfDay - day <= this.ctx.period) ok = true;
      }
      if (ok) trained++;
    }
    return trained;
  }

  /** Every dated record, in `collectRecords`' order, into the snapshot and the keys; false: the general path decides. */
  private datedRecords(a: OnReadFacts): boolean {
    for (let i = 0; i < a.creditRecords.length; i++) {
      const r = a.creditRecords[i] as OnReadFacts["creditRecords"][number];
      if (!this.take(CREDIT[r.kind], i, r.date)) return false;
    }
    for (let i = 0; i < a.penalties.length; i++) {
      const p = a.penalties[i] as OnReadFacts["penalties"][number];
      if (!this.take(PENALTY[p.severity], i, p.date)) return false;
    }
    // Complaints and reviews: the date is checked before the outcome, as in `collectRecords` (a later, rejected
    // complaint is still an error under "error").
    for (let i = 0; i < a.complaints.length; i++) {
      const c = a.complaints[i] as OnReadFacts["complaints"][number];
      if (!this.take(c.outcome === "upheld" ? UPHELD : undefined, i, c.decidedOn)) return false;
    }
    for (let i = 0; i < a.performanceReviews.length; i++) {
      const r = a.performanceReviews[i] as OnReadFacts["performanceReviews"][number];
      if (!this.take(r.outcome === "satisfactory" ? undefined : PERFORMANCE[r.outcome], i, r.reviewedOn)) return false;
    }
    return true;
  }

  /** One dated record (`kind`: its position in `DATED_KINDS`; undefined: not a record); false: the general path decides. */
  private take(kind: number | undefined, i: number, date: string): boolean {
    const day = this.dayOf(date);
    if (day === GENERAL) return false;
    if (day === SKIP || kind === undefined) return true;
    const item = this.kindItem[kind] as number;
    if (item === UNKNOWN || i >= MAX_CODE_INDEX) return false;
    this.snap[this.snapLength++] = i * KIND_SLOTS + kind;
    this.snap[this.snapLength++] = date;
    if (item === IGNORED) return true;
    if (this.keyCount === this.keys.length) {
      const grown = new Float64Array(2 * this.keys.length);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.keyCount++] = recordKey(item, day);
    return true;
  }

  /** Each item's total over its dated records (`sumByDay` on this agency's keys). */
  private sortedTotals(): Float64Array {
    this.totals.fill(0);
    sumByDay(this.terms, this.ctx.asOfDay, this.keys, this.keyCount, this.totals);
    return this.totals;
  }

  /** A state record (disclosure, training): dated `asOf`, alone in its item, so its term is the item's total. */
  private addState(item: number, quantity: number): void {
    if (item === IGNORED) return;
    const it = this.card.items[item] as ScorecardItem;
    this.totals[item] = 0 + it.weight * quantity * decayOf(it, 0);
  }
}

/** A dated record's sort key: its item and day packed in one double (see `DAY_SPAN`). */
export function recordKey(item: number, day: number): number {
  return item * DAY_SPAN + (day + DAY_OFFSET);
}

/**
 * Each item's term `weight × decay` (a dated record's quantity is 1) by the record's age in days, as `itemTotal`
 * computes it. Once a card has worked out `KEPT_AFTER` terms (a registry, or many calls on one card), each term is
 * worked out once per item and age and kept, from one call to the next (`decayedTermsOf`): a registry's records fall on
 * a few thousand days, and `Math.pow` was a tenth of a 2m-record call (CPU profile). A kept term is the very same
 * double. Before that, nothing is kept: a call of a few agencies on a card parsed for it allocates no table. Memory: a
 * card that keeps terms holds 32 KiB per item in use while it lives (the default card, 224 KiB). The card must not
 * change while terms are kept (`parseScorecard` gives a frozen card).
 *
 * @example
 * ```ts
 * const terms = new DecayedTerms(card);
 * terms.termOf(3, 400) === card.items[3]!.weight * decayOf(card.items[3]!, 400); // true
 * ```
 */
export class DecayedTerms {
  /** Per item, the terms of ages 0 … `KEPT_AGES - 1` (NaN: not worked out yet), made on the item's first kept term. */
  private readonly kept: Array<Float64Array | undefined>;
  /** Terms worked out without keeping them, up to `KEPT_AFTER`. */
  private workedOutSoFar = 0;
  constructor(private readonly card: Scorecard) {
    this.kept = Array.from(card.items, () => undefined);
  }
  termOf(item: number, ageDays: number): number {
    if (this.workedOutSoFar < KEPT_AFTER) {
      this.workedOutSoFar++;
      return this.workedOut(item, ageDays);
    }
    if (ageDays < 0 || ageDays >= KEPT_AGES) return this.workedOut(item, ageDays);
    const kept = (this.kept[item] ??= new Float64Array(KEPT_AGES).fill(Number.NaN));
    const term = kept[ageDays] as number;
    if (term === term) return term; // not NaN: kept
    return (kept[ageDays] = this.workedOut(item, ageDays));
  }
  private workedOut(item: number, ageDays: number): number {
    const it = this.card.items[item] as ScorecardItem;
    // `weight × quantity × decay` as `itemTotal` computes it, with quantity 1: `weight × 1` is `weight`, bit for bit.
    return it.weight * decayOf(it, ageDays);
  }
}
/** Ages kept by `DecayedTerms`: about 11 years (32 KiB per item in use); older records are worked out each time. */
const KEPT_AGES = 4096;
/** Terms a card works out before it keeps them: the records of about 800 agencies (a call on a card parsed for it, as
 * a service does per request, seldom reaches it: its table would cost more than it saves). */
export const KEPT_AFTER = 16_384;

/**
 * The card's `DecayedTerms`, kept from one call to the next while the card lives (a term does not depend on `asOf`):
 * a call of 500 agencies worked out more distinct terms than it had records, when each call had its own table.
 */
function decayedTermsOf(card: Scorecard): DecayedTerms {
  let terms = termsByCard.get(card);
  if (terms === undefined) {
    terms = new DecayedTerms(card);
    termsByCard.set(card, terms);
  }
  return terms;
}
const termsByCard = new WeakMap<Scorecard, DecayedTerms>();

/**
 * Adds each record's term (`DecayedTerms`) to its item's total in `totals`, the records taken by ascending day: the
 * canonical order, as far as the sum can tell (see the top of this file). `keys[0..n)` are the records'
 * `recordKey`s, in any order: they are sorted here.
 *
 * @example
 * ```ts
 * const totals = new Float64Array(card.items.length);
 * sumByDay(new DecayedTerms(card), asOfDay, Float64Array.of(recordKey(3, asOfDay - 10), recordKey(3, asOfDay - 400)), 2, totals);
 * ```
 */
export function sumByDay(terms: DecayedTerms, asOfDay: number, keys: Float64Array, n: number, totals: Float64Array): void {
  insertionSort(keys, n);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    const i = Math.floor(key / DAY_SPAN);
    totals[i] = (totals[i] as number) + terms.termOf(i, asOfDay - (key - i * DAY_SPAN - DAY_OFFSET));
  }
}

/** Sorts `keys[0..n)` ascending: an agency has a few dozen records, where insertion sort needs no allocation. */
function insertionSort(keys: Float64Array, n: number): void {
  for (let k = 1; k < n; k++) {
    const key = keys[k] as number;
    let j = k - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
}
