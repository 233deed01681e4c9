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

interface PairState {
  n: number;
  winsA: number;
  winsB: number;
  first: number;
  more: number[] | undefined;
  firstMarket: string;
}

interface GroupState {
  n: number;
  winners: Map<number, number>;
  processes: number[];
  market: string;
}

function processesOf(s: { first: number; more: number[] | undefined }): number[] {
  return s.more === undefined ? [s.first] : [s.first, ...s.more];
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
  private readonly pairs = new Map<number, PairState>();
  // Every firm's own record: processes bid in and processes won (its strength, for the win-pattern test).
  private readonly bidCount: number[] = [];
  private readonly winCount: number[] = [];
  private readonly pairMarkets = new Map<number, Set<string>>();
  // NET-ROTATE: exact bidder groups.
  private readonly groups = new Map<string, GroupState>();
  private readonly groupSizes = new Map<string, number>();
  // EXP-CONC.
  private committees = 0;
  private readonly expertSeats: number[] = [];
  private readonly supplierWins = new Map<number, number>();
  private readonly expertSupplier = new Map<number, PairState>();
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
          const key = pairKey(a, b);
          let st = this.pairs.get(key);
          // A meeting is stored as index·3 + who won (0 neither, 1 a, 2 b), so hits can go to the covered meetings.
          const meeting = index * 3 + (winner === a ? 1 : winner === b ? 2 : 0);
          if (st === undefined) {
            st = { n: 0, winsA: 0, winsB: 0, first: meeting, more: undefined, firstMarket: m };
            this.pairs.set(key, st);
          } else {
            (st.more ??= []).push(meeting);
            // Markets other than the first are kept only for pairs that meet again (few of them).
            if (m !== st.firstMarket) {
              const ms = this.pairMarkets.get(key) ?? new Set<string>();
              ms.add(m);
              this.pairMarkets.set(key, ms);
            }
          }
          st.n++;
          if (winner === a) st.winsA++;
          else if (winner === b) st.winsB++;
        }
      }
    }
    const rot = this.s["NET-ROTATE"];
    if (rot && k >= rot.minimumGroupSize && networked) {
      const key = bidders.join(",");
      const g = this.groups.get(key) ?? { n: 0, winners: new Map<number, number>(), processes: [], market: m };
      g.n++;
      g.processes.push(index);
      if (winner !== undefined) g.winners.set(winner, (g.winners.get(winner) ?? 0) + 1);
      this.groups.set(key, g);
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
        for (const e of ids) {
          const key = pairKey(e, winner);
          const st = this.expertSupplier.get(key);
          if (st === undefined) this.expertSupplier.set(key, { n: 1, winsA: 0, winsB: 0, first: index, more: undefined, firstMarket: "" });
          else {
            st.n++;
            (st.more ??= []).push(index);
          }
        }
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
    for (const st of this.pairs.values()) if (st.n >= o.minimumCoBids) tested++;
    const alpha = o.alpha / Math.max(1, tested);
    for (const [key, st] of this.pairs) {
      if (st.n < o.minimumCoBids) continue;
      const [a, b] = pairOf(key);
      // Cover bidding: one of the two never wins when they meet, the other wins most of those meetings.
      let winner: number;
      let loser: number;
      let wins: number;
      if (st.winsB === 0 && st.winsA >= o.minimumWinShare * st.n && st.winsA > 0) [winner, loser, wins] = [a, b, st.winsA];
      else if (st.winsA === 0 && st.winsB >= o.minimumWinShare * st.n && st.winsB > 0) [winner, loser, wins] = [b, a, st.winsB];
      else continue;
      // Chance model: within a market, a bidder's chance of sitting in a given bid slot is proportional to how
      // often it bids there; E[meetings] = Σ_market n_a·n_b·Σk(k−1) / (Σk)².
      let expected = 0;
      for (const m of new Set([st.firstMarket, ...(this.pairMarkets.get(key) ?? [])])) {
        const counts = this.marketOrgs.get(m);
        const slots = this.marketSlots.get(m);
        if (!counts || !slots || slots.t === 0) continue;
        expected += ((counts.get(a) ?? 0) * (counts.get(b) ?? 0) * slots.s) / (slots.t * slots.t);
      }
      // Two independent parts under chance: how often they meet, and who wins when they do. A firm wins a
      // meeting as often as it wins anywhere (its own win rate), so a strong firm beating a weak one is expected,
      // not suspicious: P(the winner wins ≥ w of n and the loser none of the rest), either way round.
      const pMeet = poissonUpperTail(st.n, expected);
      const rate = (i: number) => Math.min(1, (this.winCount[i] ?? 0) / Math.max(1, this.bidCount[i] ?? 0));
      const rw = rate(winner);
      const rl = rate(loser);
      const pPattern = Math.min(1, binomialUpperTail(wins, st.n, rw) * Math.pow(1 - rl, st.n - wins) + binomialUpperTail(wins, st.n, rl) * Math.pow(1 - rw, st.n - wins));
      const pValue = pMeet * pPattern;
      if (pValue > alpha) continue;
      const winnerId = this.orgs[winner] as string;
      const loserId = this.orgs[loser] as string;
      const evidence = { winner: winnerId, loser: loserId, coBids: st.n, winnerWins: wins, loserWins: 0, expectedByChance: expected, pMeetings: pMeet, pWinPattern: pPattern, pValue, alpha };
      // The hit goes to the meetings the winner won (the loser covered); the others are in the counts only.
      const wonBy = winner === a ? 1 : 2;
      for (const meeting of processesOf(st)) {
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
    for (const [key, g] of this.groups) {
      if (g.n < o.minimumProcesses) continue;
      const members = key.split(",").map(Number);
      // Chance model: a process of k bidders in the market draws its k slots in proportion to how often each
      // firm bids there, so E[exact group] = N(market, k) · k! · Π (n_i / Σn); small markets recur by chance.
      const counts = this.marketOrgs.get(g.market);
      const slots = this.marketSlots.get(g.market);
      const k = members.length;
      let expected = this.groupSizes.get(`${g.market}\u0000${k}`) ?? 0;
      for (let i = 0; i < k; i++) expected *= ((i + 1) * (counts?.get(members[i] as number) ?? 0)) / (slots?.t ?? 1);
      const pValue = poissonUpperTail(g.n, expected);
      if (pValue > alpha) continue;
      let won = 0;
      let top = 0;
      for (const [w, c] of g.winners) {
        if (!members.includes(w)) continue;
        won += c;
        top = Math.max(top, c);
      }
      const distinct = [...g.winners.keys()].filter((w) => members.includes(w)).length;
      if (won < o.minimumProcesses || distinct < 2 || top / won > o.maximumWinShare) continue;
      const ids = members.map((m) => this.orgs[m] as string).sort(compareUtf8);
      const winsBy: Record<string, number> = {};
      for (const id of ids) setOwn(winsBy, id, g.winners.get(this.orgIndex.get(id) as number) ?? 0);
      const evidence = { group: ids, processesTogether: g.n, winsByMember: winsBy, distinctWinners: distinct, topWinShare: top / won, expectedByChance: expected, pValue, alpha };
      for (const proc of g.processes) out.push({ signal: "NET-ROTATE", process: proc, organisations: ids, evidence });
    }
    return out;
  }

  private expertConcentration(): NetworkFinding[] {
    const o = this.s["EXP-CONC"];
    if (!o || this.committees === 0) return [];
    const out: NetworkFinding[] = [];
    // Bonferroni over every (expert, winner) pair that ever met: few repeats among very many pairs happen by chance.
    const alpha = o.alpha / Math.max(1, this.expertSupplier.size);
    for (const [key, st] of this.expertSupplier) {
      if (st.n < o.minimumRepeats) continue;
      const [e, s] = pairOf(key);
      const wins = this.supplierWins.get(s) ?? 0;
      if (wins === 0 || st.n / wins < o.minimumShare) continue;
      // Null: the expert sits on any committee with the same chance, seats / committees, independent of who wins.
      const q = (this.expertSeats[e] ?? 0) / this.committees;
      const pValue = binomialUpperTail(st.n, wins, q);
      if (pValue > alpha) continue;
      const supplier = this.orgs[s] as string;
      const evidence = {
        kind: "sameExpertSameWinner",
        expert: this.experts[e] as string,
        supplier,
        committeesAwardingSupplier: st.n,
        supplierWinsWithCommittee: wins,
        expertSeats: this.expertSeats[e] ?? 0,
        committees: this.committees,
        expectedByChance: wins * q,
        pValue,
        alpha,
      };
      for (const proc of processesOf(st)) out.push({ signal: "EXP-CONC", process: proc, organisations: [supplier], evidence });
    }
    return out;
  }
}
