import { compareUtf8 } from "../../model/compare-utf8";
import { setOwn } from "../../model/own";

/** The most bidders a tender may have to enter the co-bidding and rotation statistics (NET-COBID, NET-ROTATE). */
export const MAX_NETWORK_BIDDERS = 100;
import type { ProcessView } from "./process-view";
import type { PartBSettings } from "./settings";
import { binomialUpperTail, poissonUpperTail } from "./tail";

/** Evidence of one cross-process finding on one process, before it becomes a hit. */
export interface NetworkFinding {
  readonly signal: "NET-COBID" | "NET-ROTATE" | "EXP-CONC";
  readonly process: number;
  readonly organisations: ReadonlyArray<string>;
  readonly evidence: Record<string, unknown>;
}

// Pair keys pack two interned indices in one number. While both are below 2^15 the key is a small integer
// (< 2^30), which V8 keeps unboxed and hashes fast; beyond that, 2^30 + a·2^26 + b (exact below 2^26 each).
const SMALL = 32768;
const PAIR = 2 ** 26;
const BIG = 2 ** 30;

function pairKey(a: number, b: number): number {
  return a < SMALL && b < SMALL ? a * SMALL + b : BIG + a * PAIR + b;
}

function pairOf(key: number): [number, number] {
  if (key < BIG) {
    const a = Math.floor(key / SMALL);
    return [a, key - a * SMALL];
  }
  const k = key - BIG;
  const a = Math.floor(k / PAIR);
  return [a, k - a * PAIR];
}

/**
 * A list of process numbers, kept as its one number while it has one: most pairs of firms, bidder groups and
 * expert-winner pairs meet once, and a small integer costs nothing beside the map entry that holds it. (A state
 * object per entry, with a Map and an array per group, held 2.4 KB per process of generated data; this, 0.9 KB.)
 */
type Meetings = number | number[];

function addMeeting(m: Map<number, Meetings>, key: number, meeting: number): void;
function addMeeting(m: Map<string, Meetings>, key: string, meeting: number): void;
function addMeeting(m: Map<number | string, Meetings>, key: number | string, meeting: number): void {
  const had = m.get(key);
  if (had === undefined) m.set(key, meeting);
  else if (typeof had === "number") m.set(key, [had, meeting]);
  else had.push(meeting);
}

function meetingsOf(m: Meetings): ReadonlyArray<number> {
  return typeof m === "number" ? [m] : m;
}

function countOf(m: Meetings): number {
  return typeof m === "number" ? 1 : m.length;
}

/**
 * Streaming accumulator of the cross-process signals (NET-COBID, NET-ROTATE, EXP-CONC). State grows with the
 * number of organisations, experts and the pairs among them that actually met, not with the bids themselves.
 */
export class NetworkAccumulator {
  private readonly s: Readonly<PartBSettings>;
  private readonly orgIndex = new Map<string, number>();
  private readonly orgs: string[] = [];
  private readonly expertIndex = new Map<string, number>();
  private readonly experts: string[] = [];
  // NET-COBID: participations per market and organisation, and the per-market slot sums of the chance model.
  private readonly marketOrgs = new Map<string, Map<number, number>>();
  private readonly marketSlots = new Map<string, { t: number; s: number }>();
  // Pair key → its meetings, each stored as process index·3 + who won (0 neither, 1 a, 2 b).
  private readonly pairs = new Map<number, Meetings>();
  // Every firm's own record: processes bid in and processes won (its strength, for the win-pattern test).
  private readonly bidCount: number[] = [];
  private readonly winCount: number[] = [];
  // NET-ROTATE: exact bidder groups (sorted member indices joined by ",") → the processes they bid in together.
  private readonly groups = new Map<string, Meetings>();
  private readonly groupSizes = new Map<string, number>();
  // EXP-CONC.
  private committees = 0;
  private readonly expertSeats: number[] = [];
  private readonly supplierWins = new Map<number, number>();
  // (expert, winner) pair key → the processes where the expert sat on the committee that awarded the winner.
  private readonly expertSupplier = new Map<number, Meetings>();
  // Per process index (-1 when the process was not counted): its market, as an index in `markets`, and its winner.
  private readonly processMarket: number[] = [];
  private readonly processWinner: number[] = [];
  private readonly marketIndex = new Map<string, number>();
  private readonly markets: string[] = [];
  private readonly localFindings: NetworkFinding[] = [];

  constructor(settings: Readonly<PartBSettings>) {
    this.s = settings;
  }

  private org(id: string): number {
    let i = this.orgIndex.get(id);
    if (i === undefined) {
      i = this.orgs.length;
      this.orgs.push(id);
      this.orgIndex.set(id, i);
    }
    return i;
  }

  private expert(id: string): number {
    let i = this.expertIndex.get(id);
    if (i === undefined) {
      i = this.experts.length;
      this.experts.push(id);
      this.expertSeats.push(0);
      this.expertIndex.set(id, i);
    }
    return i;
  }

  /** Remembers a counted process's market and winner, which the findings read back for its meetings. */
  private noteProcess(index: number, market: string, winner: number | undefined): void {
    let m = this.marketIndex.get(market);
    if (m === undefined) {
      m = this.markets.length;
      this.markets.push(market);
      this.marketIndex.set(market, m);
    }
    // Indices skipped (processes left out) get -1, so the arrays stay dense.
    while (this.processMarket.length < index) {
      this.processMarket.push(-1);
      this.processWinner.push(-1);
    }
    this.processMarket[index] = m;
    this.processWinner[index] = winner ?? -1;
  }

  private marketOf(index: number): string {
    return this.markets[this.processMarket[index] as number] as string;
  }

  /** Adds one process (`index` is its position in the stream, used to name it in findings). */
  add(p: ProcessView, index: number): void {
    if (p.tenderStatus === "cancelled") return;
    const bidderSet = new Set<number>();
    for (const b of p.bids) {
      if (b.status === "invited" || b.status === "withdrawn") continue;
      for (const t of b.tenderers) if (t !== undefined) bidderSet.add(this.org(t));
    }
    const suppliers = new Set<string>();
    for (const aw of p.awards) if (aw.status === "active") for (const s of aw.suppliers) if (s !== undefined) suppliers.add(s);
    const winner = suppliers.size === 1 ? this.org([...suppliers][0] as string) : undefined;
    const bidders = [...bidderSet].sort((a, b) => a - b);
    const k = bidders.length;
    for (const b of bidders) this.bidCount[b] = (this.bidCount[b] ?? 0) + 1;
    if (winner !== undefined && bidderSet.has(winner)) this.winCount[winner] = (this.winCount[winner] ?? 0) + 1;

    const m = p.market;
    this.noteProcess(index, m, winner);
    // Co-bidding pairs grow with the square of a tender's bidders. A tender answered by more than
    // MAX_NETWORK_BIDDERS firms (an open call to a crowd) says nothing about two firms arranging to meet, so it is left
    // out of the pair and group statistics (observed and expected alike); its bids still count everywhere else.
    // This keeps the analysis linear in the bids of one tender (10,000 bids: bench/risk).
    const networked = k <= MAX_NETWORK_BIDDERS;
    if ((this.s["NET-COBID"] || this.s["NET-ROTATE"]) && k >= 2 && networked) {
      const counts = this.marketOrgs.get(m) ?? new Map<number, number>();
      this.marketOrgs.set(m, counts);
      for (const b of bidders) counts.set(b, (counts.get(b) ?? 0) + 1);
      const slots = this.marketSlots.get(m) ?? { t: 0, s: 0 };
      slots.t += k;
      slots.s += k * (k - 1);
      this.marketSlots.set(m, slots);
      const sizeKey = `${m}\u0000${k}`;
      this.groupSizes.set(sizeKey, (this.groupSizes.get(sizeKey) ?? 0) + 1);
    }
    if (this.s["NET-COBID"] && k >= 2 && networked) {
      for (let i = 0; i < k; i++) {
        for (let j = i + 1; j < k; j++) {
          const a = bidders[i] as number;
          const b = bidders[j] as number;
          // Who won is kept with the meeting, so hits can go to the covered meetings.
          addMeeting(this.pairs, pairKey(a, b), index * 3 + (winner === a ? 1 : winner === b ? 2 : 0));
        }
      }
    }
    const rot = this.s["NET-ROTATE"];
    if (rot && k >= rot.minimumGroupSize && networked) {
      addMeeting(this.groups, bidders.join(","), index);
    }
    const exp = this.s["EXP-CONC"];
    if (exp && p.committee !== undefined && p.committee.length > 0) {
      const members = [...new Set(p.committee.map((c) => c.expertId))];
      const known = p.committee.filter((c) => c.local !== undefined);
      const local = known.filter((c) => c.local === true).length;
      if (known.length >= exp.minimumCommittee && local / known.length >= exp.localShare) {
        this.localFindings.push({
          signal: "EXP-CONC",
          process: index,
          organisations: [],
          evidence: { kind: "localDominance", localMembers: local, members: known.length, localShare: local / known.length, threshold: exp.localShare },
        });
      }
      this.committees++;
      const ids = members.map((e) => this.expert(e));
      for (const e of ids) this.expertSeats[e] = (this.expertSeats[e] ?? 0) + 1;
      if (winner !== undefined) {
        this.supplierWins.set(winner, (this.supplierWins.get(winner) ?? 0) + 1);
        for (const e of ids) addMeeting(this.expertSupplier, pairKey(e, winner), index);
      }
    }
  }

  /** Tests every candidate against chance and returns the findings, per process. */
  finish(): NetworkFinding[] {
    return [...this.coverBidding(), ...this.rotation(), ...this.localFindings, ...this.expertConcentration()];
  }

  private coverBidding(): NetworkFinding[] {
    const o = this.s["NET-COBID"];
    if (!o) return [];
    const out: NetworkFinding[] = [];
    // Bonferroni over every pair that ever met: "far more often than chance" must survive the number of pairs looked at.
    // Bonferroni over the pairs actually tested (those that met at least minimumCoBids times).
    let tested = 0;
    for (const m of this.pairs.values()) if (countOf(m) >= o.minimumCoBids) tested++;
    const alpha = o.alpha / Math.max(1, tested);
    for (const [key, m] of this.pairs) {
      const n = countOf(m);
      if (n < o.minimumCoBids) continue;
      const [a, b] = pairOf(key);
      const meetings = meetingsOf(m);
      let winsA = 0;
      let winsB = 0;
      for (const meeting of meetings) {
        if (meeting % 3 === 1) winsA++;
        else if (meeting % 3 === 2) winsB++;
      }
      // Cover bidding: one of the two never wins when they meet, the other wins most of those meetings.
      let winner: number;
      let loser: number;
      let wins: number;
      if (winsB === 0 && winsA >= o.minimumWinShare * n && winsA > 0) [winner, loser, wins] = [a, b, winsA];
      else if (winsA === 0 && winsB >= o.minimumWinShare * n && winsB > 0) [winner, loser, wins] = [b, a, winsB];
      else continue;
      // Chance model: within a market, a bidder's chance of sitting in a given bid slot is proportional to how
      // often it bids there; E[meetings] = Σ_market n_a·n_b·Σk(k−1) / (Σk)².
      let expected = 0;
      // The markets they met in, in order of first meeting (the sum's order, so the figure is the same every run).
      for (const market of new Set(meetings.map((meeting) => this.marketOf(Math.floor(meeting / 3))))) {
        const counts = this.marketOrgs.get(market);
        const slots = this.marketSlots.get(market);
        if (!counts || !slots || slots.t === 0) continue;
        expected += ((counts.get(a) ?? 0) * (counts.get(b) ?? 0) * slots.s) / (slots.t * slots.t);
      }
      // Two independent parts under chance: how often they meet, and who wins when they do. A firm wins a
      // meeting as often as it wins anywhere (its own win rate), so a strong firm beating a weak one is expected,
      // not suspicious: P(the winner wins ≥ w of n and the loser none of the rest), either way round.
      const pMeet = poissonUpperTail(n, expected);
      const rate = (i: number) => Math.min(1, (this.winCount[i] ?? 0) / Math.max(1, this.bidCount[i] ?? 0));
      const rw = rate(winner);
      const rl = rate(loser);
      const pPattern = Math.min(1, binomialUpperTail(wins, n, rw) * Math.pow(1 - rl, n - wins) + binomialUpperTail(wins, n, rl) * Math.pow(1 - rw, n - wins));
      const pValue = pMeet * pPattern;
      if (pValue > alpha) continue;
      const winnerId = this.orgs[winner] as string;
      const loserId = this.orgs[loser] as string;
      const evidence = { winner: winnerId, loser: loserId, coBids: n, winnerWins: wins, loserWins: 0, expectedByChance: expected, pMeetings: pMeet, pWinPattern: pPattern, pValue, alpha };
      // The hit goes to the meetings the winner won (the loser covered); the others are in the counts only.
      const wonBy = winner === a ? 1 : 2;
      for (const meeting of meetings) {
        if (meeting % 3 === wonBy) out.push({ signal: "NET-COBID", process: Math.floor(meeting / 3), organisations: [winnerId, loserId], evidence });
      }
    }
    return out;
  }

  private rotation(): NetworkFinding[] {
    const o = this.s["NET-ROTATE"];
    if (!o) return [];
    const out: NetworkFinding[] = [];
    const alpha = o.alpha / Math.max(1, this.groups.size);
    for (const [key, together] of this.groups) {
      const n = countOf(together);
      if (n < o.minimumProcesses) continue;
      const processes = meetingsOf(together);
      const market = this.marketOf(processes[0] as number);
      const members = key.split(",").map(Number);
      // Chance model: a process of k bidders in the market draws its k slots in proportion to how often each
      // firm bids there, so E[exact group] = N(market, k) · k! · Π (n_i / Σn); small markets recur by chance.
      const counts = this.marketOrgs.get(market);
      const slots = this.marketSlots.get(market);
      const k = members.length;
      let expected = this.groupSizes.get(`${market}\u0000${k}`) ?? 0;
      for (let i = 0; i < k; i++) expected *= ((i + 1) * (counts?.get(members[i] as number) ?? 0)) / (slots?.t ?? 1);
      const pValue = poissonUpperTail(n, expected);
      if (pValue > alpha) continue;
      const winners = new Map<number, number>();
      for (const proc of processes) {
        const w = this.processWinner[proc] as number;
        if (w >= 0) winners.set(w, (winners.get(w) ?? 0) + 1);
      }
      let won = 0;
      let top = 0;
      for (const [w, c] of winners) {
        if (!members.includes(w)) continue;
        won += c;
        top = Math.max(top, c);
      }
      const distinct = [...winners.keys()].filter((w) => members.includes(w)).length;
      if (won < o.minimumProcesses || distinct < 2 || top / won > o.maximumWinShare) continue;
      const ids = members.map((m) => this.orgs[m] as string).sort(compareUtf8);
      const winsBy: Record<string, number> = {};
      for (const id of ids) setOwn(winsBy, id, winners.get(this.orgIndex.get(id) as number) ?? 0);
      const evidence = { group: ids, processesTogether: n, winsByMember: winsBy, distinctWinners: distinct, topWinShare: top / won, expectedByChance: expected, pValue, alpha };
      for (const proc of processes) out.push({ signal: "NET-ROTATE", process: proc, organisations: ids, evidence });
    }
    return out;
  }

  private expertConcentration(): NetworkFinding[] {
    const o = this.s["EXP-CONC"];
    if (!o || this.committees === 0) return [];
    const out: NetworkFinding[] = [];
    // Bonferroni over every (expert, winner) pair that ever met: few repeats among very many pairs happen by chance.
    const alpha = o.alpha / Math.max(1, this.expertSupplier.size);
    for (const [key, together] of this.expertSupplier) {
      const n = countOf(together);
      if (n < o.minimumRepeats) continue;
      const [e, s] = pairOf(key);
      const wins = this.supplierWins.get(s) ?? 0;
      if (wins === 0 || n / wins < o.minimumShare) continue;
      // Null: the expert sits on any committee with the same chance, seats / committees, independent of who wins.
      const q = (this.expertSeats[e] ?? 0) / this.committees;
      const pValue = binomialUpperTail(n, wins, q);
      if (pValue > alpha) continue;
      const supplier = this.orgs[s] as string;
      const evidence = {
        kind: "sameExpertSameWinner",
        expert: this.experts[e] as string,
        supplier,
        committeesAwardingSupplier: n,
        supplierWinsWithCommittee: wins,
        expertSeats: this.expertSeats[e] ?? 0,
        committees: this.committees,
        expectedByChance: wins * q,
        pValue,
        alpha,
      };
      for (const proc of meetingsOf(together)) out.push({ signal: "EXP-CONC", process: proc, organisations: [supplier], evidence });
    }
    return out;
  }
}
