/**
 * Seeded synthetic OCDS data for measuring the risk signals: a clean control set of contracting processes
 * plus planted rings — cover bidding, bid rotation, shared preparer / agent / project manager / bond account,
 * same legal representative or control relationship, regular price patterns and identical prices, expert
 * concentration and local-expert committees — with ground truth (which signals were planted in which process).
 *
 *   npx tsx examples/risk/generate.ts --out data.jsonl [--truth data.truth.json] [--seed s] [--processes 2000] [--pool-rings]
 *
 * Clean-control assumptions (documented in docs/risk-indicators.md): bidders of a process come from its market's
 * pool at random; prices are independent draws around the estimate; committees are drawn under a non-local quota
 * (at most 3 of 5 local, as LC80-4.3 asks); every firm has its own agent, project manager, bond account and
 * document fingerprint (a few documents carry Office's default author "Administrator").
 */
import seedrandom from "seedrandom";
import { createWriteStream } from "node:fs";

export interface GenerateOptions {
  readonly seed: string;
  /** Clean control processes. */
  readonly cleanProcesses: number;
  /** Rings of each network kind (cover, rotation, expert); single-process plants are 4× this per signal. */
  readonly rings?: number;
  /** Markets (first-level classifications). */
  readonly markets?: number;
  /** Mean bidders per clean process (≈ bids per process). */
  readonly meanBidders?: number;
  /** Bids per firm on average: sets the pool size per market. */
  readonly bidsPerFirm?: number;
  readonly experts?: number;
  /**
   * Take ring members from the market's pool, so they also bid in clean processes (harder, closer to real data),
   * instead of dedicated firms that bid only in their ring (the default).
   */
  readonly ringFirmsFromPool?: boolean;
}

export interface GroundTruthFile {
  format: "ggzy-risk-ground-truth/1";
  seed: string;
  processes: Record<string, string[]>;
}

type Rng = () => number;

const MARKET_CODES = ["45", "33", "30", "48", "71", "79", "34", "09", "50", "90", "15", "38"];
const METHODS: Array<[string, string]> = [
  ["open", "公开招标"],
  ["open", "公开招标"],
  ["open", "公开招标"],
  ["selective", "邀请招标"],
  ["limited", "竞争性磋商"],
];

interface Spec {
  kind: string;
  market: number;
  bidders: string[];
  winner?: string;
  truth: string[];
  prices?: number[]; // planted, in bidder order
  committee?: Array<{ expertId: string; local: boolean }>;
  shared?: { field: "fingerprint" | "agent" | "projectManager" | "bondAccount"; firms: [string, string] };
  cn34?: { firms: [string, string]; relation: "legalRepresentative" | "control" };
}

function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
function pick<T>(rng: Rng, xs: ReadonlyArray<T>): T {
  return xs[Math.floor(rng() * xs.length)] as T;
}
function sample<T>(rng: Rng, xs: ReadonlyArray<T>, k: number): T[] {
  const a = xs.slice();
  const out: T[] = [];
  for (let i = 0; i < k && i < a.length; i++) {
    const j = i + Math.floor(rng() * (a.length - i));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
    out.push(a[i] as T);
  }
  return out;
}
function shuffle<T>(rng: Rng, a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
function hex(rng: Rng, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rng() * 16).toString(16);
  return s;
}

/**
 * Honest prices: independent draws in [0.85, 1.02] × the estimate, to the yuan. Two draws can land on the same
 * yuan by chance (in about one data set of 1 500 processes in 12: seed "ggzy-risk", process 385, drew 0.6014537045
 * and 0.6014536988); a repeated price is redrawn, because identical prices of different bidders ARE the CN40-4
 * signal, and a control process showing it would be labelled clean while it is not.
 */
function independentPrices(rng: Rng, estimate: number, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const p = Math.round(estimate * (0.85 + 0.17 * rng()));
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * Generates the data set: yields compiled releases one at a time (constant memory apart from the plan), and
 * fills `truth.processes` as it goes.
 *
 * @example
 * ```ts
 * const truth = emptyTruth("s1");
 * for (const release of generateReleases({ seed: "s1", cleanProcesses: 100 }, truth)) lines.push(JSON.stringify(release));
 * ```
 */
export function* generateReleases(o: GenerateOptions, truth: GroundTruthFile): Generator<Record<string, unknown>> {
  const rng: Rng = seedrandom(o.seed);
  const markets = o.markets ?? 8;
  const meanBidders = o.meanBidders ?? 5;
  const rings = o.rings ?? Math.max(4, Math.round(o.cleanProcesses / 400));
  const poolSize = Math.max(25, Math.round((o.cleanProcesses * meanBidders) / (markets * (o.bidsPerFirm ?? 40))));
  const pools: string[][] = [];
  for (let m = 0; m < markets; m++) pools.push(Array.from({ length: poolSize }, (_, i) => `F${m}-${i}`));
  const nExperts = o.experts ?? Math.max(200, Math.round(o.cleanProcesses / 6));
  const experts = Array.from({ length: nExperts }, (_, i) => `E${i}`);
  let dedicated = 0;
  const usedInRings = new Set<string>();
  const newFirm = (m: number): string => {
    if (o.ringFirmsFromPool) {
      const free = (pools[m] as string[]).filter((f) => !usedInRings.has(f));
      if (free.length > 0) {
        const f = pick(rng, free);
        usedInRings.add(f);
        return f;
      }
    }
    return `R${dedicated++}`;
  };
  const accounts = new Map<string, string>();
  const account = (f: string) => {
    let a = accounts.get(f);
    if (a === undefined) {
      a = `6216${String(accounts.size + 1).padStart(12, "0")}`;
      accounts.set(f, a);
    }
    return a;
  };

  const committee = (): Array<{ expertId: string; local: boolean }> => {
    const ids = sample(rng, experts, 5);
    // Drawn under a non-local quota: at most 3 of 5 members local.
    let locals = 0;
    return ids.map((expertId) => {
      const local = locals < 3 && rng() < 0.3;
      if (local) locals++;
      return { expertId, local };
    });
  };
  const cleanBidders = (m: number): string[] => sample(rng, pools[m] as string[], Math.max(1, Math.min(10, Math.round(meanBidders + (rng() - 0.5) * 6))));

  // Firm of an expert-concentration ring → its two fixed experts (see the ground truth of pooled ring firms below).
  const ringExperts = new Map<string, string[]>();
  // Winner of a cover-bidding ring → its two cover firms.
  const ringCovers = new Map<string, string[]>();
  const specs: Spec[] = [];
  for (let i = 0; i < o.cleanProcesses; i++) {
    const m = int(rng, 0, markets - 1);
    specs.push({ kind: "clean", market: m, bidders: cleanBidders(m), truth: [] });
  }
  for (let r = 0; r < rings; r++) {
    // Cover bidding: one firm always wins, two always cover; sometimes an outsider joins.
    {
      const m = int(rng, 0, markets - 1);
      const [a, b, c] = [newFirm(m), newFirm(m), newFirm(m)];
      ringCovers.set(a, [b, c]);
      for (let i = 0; i < 6; i++) {
        const outsiders = rng() < 0.5 ? sample(rng, pools[m] as string[], 1) : [];
        specs.push({ kind: "cover", market: m, bidders: [a, b, c, ...outsiders], winner: a, truth: ["NET-COBID"], committee: committee() });
      }
    }
    // Rotation: the same group takes turns.
    {
      const m = int(rng, 0, markets - 1);
      const size = int(rng, 3, 4);
      const group = Array.from({ length: size }, () => newFirm(m));
      const turns = 2 * size;
      for (let i = 0; i < turns; i++) specs.push({ kind: "rotate", market: m, bidders: group.slice(), winner: group[i % size] as string, truth: ["NET-ROTATE"] });
    }
    // Expert concentration: two experts sit on every committee that awards one firm.
    {
      const m = int(rng, 0, markets - 1);
      const x = newFirm(m);
      const fixed = sample(rng, experts, 2);
      ringExperts.set(x, fixed);
      for (let i = 0; i < 6; i++) {
        const others = sample(rng, experts.filter((e) => !fixed.includes(e)), 3);
        const members = [...fixed, ...others].map((expertId, j) => ({ expertId, local: j < 2 }));
        specs.push({ kind: "expert", market: m, bidders: [x, ...sample(rng, pools[m] as string[], int(rng, 2, 4))], winner: x, truth: ["EXP-CONC"], committee: members });
      }
    }
    for (let k = 0; k < 4; k++) {
      const m = int(rng, 0, markets - 1);
      // Local experts dominate the committee.
      specs.push({
        kind: "local",
        market: m,
        bidders: cleanBidders(m),
        truth: ["EXP-CONC"],
        committee: sample(rng, experts, 5).map((expertId, j) => ({ expertId, local: j < (rng() < 0.5 ? 4 : 5) })),
      });
      for (const [signal, field] of [["CN40-1", "fingerprint"], ["CN40-2", "agent"], ["CN40-3", "projectManager"], ["CN40-6", "bondAccount"]] as const) {
        const m2 = int(rng, 0, markets - 1);
        const bidders = sample(rng, pools[m2] as string[], int(rng, 3, 6));
        specs.push({ kind: signal, market: m2, bidders, truth: [signal], shared: { field, firms: [bidders[0] as string, bidders[1] as string] } });
      }
      {
        const m2 = int(rng, 0, markets - 1);
        const bidders = sample(rng, pools[m2] as string[], int(rng, 3, 6));
        specs.push({ kind: "CN34", market: m2, bidders, truth: ["CN34"], cn34: { firms: [bidders[0] as string, bidders[1] as string], relation: rng() < 0.5 ? "legalRepresentative" : "control" } });
      }
      {
        const m2 = int(rng, 0, markets - 1);
        const pattern = k % 4;
        const n = pattern === 3 ? int(rng, 2, 5) : int(rng, 4, 6);
        const bidders = sample(rng, pools[m2] as string[], n);
        const base = int(rng, 200, 5000) * 1000;
        let prices: number[];
        if (pattern === 0) {
          const step = base * (0.01 + 0.02 * rng());
          prices = bidders.map((_, i) => Math.round(base + i * Math.round(step)));
        } else if (pattern === 1) {
          const ratio = 1.01 + 0.03 * rng();
          prices = bidders.map((_, i) => Math.round(base * ratio ** i));
        } else if (pattern === 2) {
          prices = bidders.map(() => Math.round(base * (1 + 0.002 * rng())));
        } else {
          prices = bidders.map((_, i) => (i < 2 ? base : Math.round(base * (1.03 + 0.1 * rng()))));
        }
        specs.push({ kind: "CN40-4", market: m2, bidders, truth: ["CN40-4"], prices: shuffle(rng, prices) });
      }
    }
  }
  shuffle(rng, specs);

  const start = Date.UTC(2023, 0, 2);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as Spec;
    const ocid = `ocds-ggzy-${String(i + 1).padStart(7, "0")}`;
    truth.processes[ocid] = spec.truth;
    const mcode = MARKET_CODES[spec.market % MARKET_CODES.length] as string;
    const classification = `${mcode}${String(int(rng, 0, 999999)).padStart(6, "0")}`;
    const [method, details] = pick(rng, METHODS);
    const tStart = start + int(rng, 0, 700) * 86_400_000 + int(rng, 8, 10) * 3_600_000;
    const tEnd = tStart + int(rng, 20, 40) * 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
    const estimate = spec.prices ? Math.max(...spec.prices) * 1.05 : int(rng, 100, 5000) * 1000;
    const bidders = spec.bidders;
    const prices = spec.prices ?? independentPrices(rng, estimate, bidders.length);
    if (spec.winner !== undefined) {
      // The designated winner bids lowest.
      const w = bidders.indexOf(spec.winner);
      const min = Math.min(...prices);
      prices[w] = Math.round(min * (0.97 + 0.02 * rng()));
    }
    let winner = spec.winner;
    if (winner === undefined) {
      let best = 0;
      for (let j = 1; j < prices.length; j++) if ((prices[j] as number) < (prices[best] as number)) best = j;
      winner = bidders[best] as string;
    }
    const members = spec.committee ?? committee();
    // A pooled ring firm (`ringFirmsFromPool`) also wins clean processes; when one of its ring's experts sits on
    // such a committee by chance, that award IS one of the concentration's (same expert, same winner), so the
    // ground truth says so — otherwise a correct EXP-CONC hit there would count as a false alarm.
    // Likewise a pooled cover ring's winner that beats one of its own covers in another process: that meeting is one
    // the NET-COBID evidence (winner beat the loser) rests on.
    const fixed = spec.kind === "expert" ? undefined : ringExperts.get(winner);
    if (fixed !== undefined && members.some((c) => fixed.includes(c.expertId)) && !spec.truth.includes("EXP-CONC")) truth.processes[ocid] = [...spec.truth, "EXP-CONC"];
    const covers = spec.kind === "cover" ? undefined : ringCovers.get(winner);
    if (covers !== undefined && bidders.some((f) => covers.includes(f))) truth.processes[ocid] = [...(truth.processes[ocid] ?? []), "NET-COBID"];
    const parties: Array<Record<string, unknown>> = [];
    let firstHash = "";
    const bids = bidders.map((f, j) => {
      const g: Record<string, unknown> = {
        fingerprint: { author: rng() < 0.05 ? "Administrator" : `staff-${f}-${int(rng, 1, 3)}`, machineId: `mac-${f}`, fileHash: `sha256:${hex(rng, 64)}` },
        agent: { id: `agent-${f}`, name: `代理人${f}` },
        projectManager: { id: `pm-${f}-${int(rng, 1, 2)}`, name: `项目经理${f}` },
        bondAccount: { bank: "中国银行聊城分行", accountNumber: account(f) },
      };
      const party: Record<string, unknown> = { id: f, name: `企业${f}`, roles: ["tenderer"], ggzy: { bidder: { legalRepresentative: { id: `lr-${f}`, name: `法人${f}` }, shareholders: [] as unknown[] } } };
      const bidderExt = (party.ggzy as { bidder: Record<string, unknown> }).bidder;
      if (spec.shared && spec.shared.firms[1] === f) {
        const other = spec.shared.firms[0];
        if (spec.shared.field === "fingerprint") {
          const which = int(rng, 0, 2);
          const fp = g.fingerprint as Record<string, string>;
          if (which === 0) fp.machineId = `mac-${other}`;
          else if (which === 1) fp.author = `staff-${other}-1`;
          else fp.fileHash = firstHash;
        } else if (spec.shared.field === "agent") g.agent = { id: `agent-${other}`, name: `代理人${other}` };
        else if (spec.shared.field === "projectManager") g.projectManager = { id: `pm-${other}-1`, name: `项目经理${other}` };
        else g.bondAccount = { bank: "中国建设银行聊城分行", accountNumber: account(other) };
      }
      if (spec.shared?.field === "projectManager" && spec.shared.firms[0] === f) g.projectManager = { id: `pm-${f}-1`, name: `项目经理${f}` };
      if (spec.shared?.field === "fingerprint" && spec.shared.firms[0] === f) {
        (g.fingerprint as Record<string, string>).author = `staff-${f}-1`;
        firstHash = (g.fingerprint as Record<string, string>).fileHash as string;
      }
      if (spec.cn34 && spec.cn34.firms[1] === f) {
        const other = spec.cn34.firms[0];
        if (spec.cn34.relation === "legalRepresentative") bidderExt.legalRepresentative = { id: `lr-${other}`, name: `法人${other}` };
        else bidderExt.shareholders = [{ partyId: other, sharePercent: 60, controlling: true }];
      }
      parties.push(party);
      return {
        id: `${ocid}-bid-${j + 1}`,
        date: iso(tEnd - int(rng, 1, 72) * 3_600_000),
        status: "valid",
        tenderers: [{ id: f, name: `企业${f}` }],
        value: { amount: prices[j], currency: "CNY" },
        ggzy: g,
      };
    });
    const winnerIdx = bidders.indexOf(winner);
    parties.push({ id: `BUY-${spec.market}-${int(rng, 0, 40)}`, name: "采购人", roles: ["buyer", "procuringEntity"] });
    const buyerId = parties[parties.length - 1]?.id as string;
    yield {
      ocid,
      id: `${ocid}-compiled`,
      date: iso(tEnd + 5 * 86_400_000),
      tag: ["compiled"],
      buyer: { id: buyerId },
      parties,
      tender: {
        id: `${ocid}-tender`,
        status: "complete",
        procurementMethod: method,
        procurementMethodDetails: details,
        procuringEntity: { id: buyerId },
        tenderPeriod: { startDate: iso(tStart), endDate: iso(tEnd) },
        // OCDS: the number of parties who placed a bid (the parity indicator R018 reads this, not the bids).
        numberOfTenderers: new Set(bids.flatMap((b) => ((b as { tenderers?: Array<{ id?: unknown }> }).tenderers ?? []).map((t) => t.id))).size,
        value: { amount: Math.round(estimate), currency: "CNY" },
        items: [{ id: "1", classification: { scheme: "CPV", id: classification } }],
        ggzy: { region: "371500", committee: members },
      },
      bids: { details: bids },
      awards: [
        {
          id: `${ocid}-award-1`,
          status: "active",
          suppliers: [{ id: winner }],
          value: { amount: prices[winnerIdx], currency: "CNY" },
          items: [{ id: "1", classification: { scheme: "CPV", id: classification } }],
        },
      ],
    };
  }
}

/** A new, empty ground truth for `seed`. */
export function emptyTruth(seed: string): GroundTruthFile {
  return { format: "ggzy-risk-ground-truth/1", seed, processes: {} };
}

/**
 * Writes the data set as JSON Lines to `out` and its ground truth to `truthPath`; resolves with the counts.
 *
 * @example
 * ```ts
 * await writeDataset({ seed: "bench", cleanProcesses: 2000 }, "/tmp/r.jsonl", "/tmp/r.truth.json");
 * ```
 */
export async function writeDataset(o: GenerateOptions, out: string, truthPath: string): Promise<{ processes: number; bids: number }> {
  const truth = emptyTruth(o.seed);
  const stream = createWriteStream(out);
  let processes = 0;
  let bids = 0;
  let buf: string[] = [];
  const flush = async () => {
    if (buf.length === 0) return;
    const chunk = buf.join("");
    buf = [];
    if (!stream.write(chunk)) await new Promise<void>((res) => stream.once("drain", () => res()));
  };
  for (const r of generateReleases(o, truth)) {
    processes++;
    bids += ((r.bids as { details: unknown[] }).details).length;
    buf.push(`${JSON.stringify(r)}\n`);
    if (buf.length >= 1000) await flush();
  }
  await flush();
  await new Promise<void>((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res())));
  const t = createWriteStream(truthPath);
  await new Promise<void>((res, rej) => t.end(JSON.stringify(truth), (e?: Error | null) => (e ? rej(e) : res())));
  return { processes, bids };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = get("--out") ?? "risk-synthetic.jsonl";
  const truthPath = get("--truth") ?? out.replace(/\.jsonl$/, "") + ".truth.json";
  const counts = await writeDataset(
    { seed: get("--seed") ?? "ggzy-risk", cleanProcesses: Number(get("--processes") ?? "2000"), ringFirmsFromPool: args.includes("--pool-rings") },
    out,
    truthPath,
  );
  process.stdout.write(`wrote ${counts.processes} processes, ${counts.bids} bids to ${out}; ground truth in ${truthPath}\n`);
}

if (process.argv[1] !== undefined && /generate\.ts$/.test(process.argv[1])) void main();
