/*
 * One OCDS compiled release reduced to what the indicators read. Raw OCDS is untrusted JSON: every accessor
 * checks types, and anything missing or malformed becomes `undefined`, so an indicator that needs it leaves the
 * process out instead of crashing (RISK-INDICATORS.md: "left out everywhere …").
 *
 * Extension fields for what the OCDS bids extension lacks (documented in docs/risk-indicators.md, same names as
 * the library's model in src/model/bid.ts and parties.ts):
 *   bids.details[].ggzy = { fingerprint: { author, machineId, fileHash }, agent: PersonRef,
 *                           projectManager: PersonRef, bondAccount: { bank, accountNumber } }
 *   parties[].ggzy      = { bidder: { legalRepresentative: PersonRef, shareholders: [{ partyId, person, controlling }] } }
 *                         (a flat `parties[].ggzy.legalRepresentative` is read too)
 *   tender.ggzy         = { region, committee: [{ expertId, role, local, region }] }
 * `bids.details[].ggzy.preparer = { documentAuthor, machineId, fileHash }` is read as an alias of `fingerprint`.
 */

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
}
function arr(v: unknown): ReadonlyArray<unknown> {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
/** OCDS identifiers may be strings or integers; anything else is "no id". */
function ident(v: unknown): string | undefined {
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}
function finite(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** A natural person as the art. 40 comparisons see them: id first, then document number, then name. */
function personKey(v: unknown): string | undefined {
  const p = obj(v);
  if (!p) return typeof v === "string" && v.trim() !== "" ? `name:${v.trim()}` : undefined;
  const id = ident(p.id);
  if (id !== undefined) return `id:${id}`;
  const doc = str(p.idNumber);
  if (doc !== undefined && doc.trim() !== "") return `doc:${doc.trim().toUpperCase()}`;
  const name = str(p.name);
  return name !== undefined && name.trim() !== "" ? `name:${name.trim()}` : undefined;
}

export interface BidView {
  readonly index: number;
  readonly id: string;
  /** Tenderer ids; `undefined` entries are references without an id. */
  readonly tenderers: ReadonlyArray<string | undefined>;
  readonly status: string | undefined;
  readonly amount: number | undefined;
  readonly currency: string | undefined;
  /** `date` as given; `parseInstant` reads it when an indicator needs it (R030 only, so it is not parsed for every bid). */
  readonly date: unknown;
  readonly lots: ReadonlyArray<string>;
  readonly author: string | undefined;
  readonly machineId: string | undefined;
  readonly fileHash: string | undefined;
  readonly agent: string | undefined;
  readonly projectManager: string | undefined;
  readonly bondAccount: string | undefined;
}

export interface AwardView {
  readonly status: string | undefined;
  readonly suppliers: ReadonlyArray<string | undefined>;
  readonly classifications: ReadonlyArray<string>;
}

export interface CommitteeMemberView {
  readonly expertId: string;
  readonly local: boolean | undefined;
}

export interface PartyView {
  readonly legalRepresentative: string | undefined;
  /** Ids of parties (or person keys) that control this party. */
  readonly controllers: ReadonlyArray<string>;
}

/** What the indicators read from one compiled release. */
export interface ProcessView {
  readonly ocid: string;
  readonly date: string | undefined;
  readonly buyerId: string | undefined;
  readonly hasBuyer: boolean;
  readonly procuringEntityId: string | undefined;
  readonly hasProcuringEntity: boolean;
  readonly tenderStatus: string | undefined;
  readonly procurementMethod: string | undefined;
  readonly procurementMethodDetails: string | undefined;
  readonly tenderStartMs: number | undefined;
  readonly tenderEndMs: number | undefined;
  readonly bids: ReadonlyArray<BidView>;
  readonly awards: ReadonlyArray<AwardView>;
  readonly committee: ReadonlyArray<CommitteeMemberView> | undefined;
  readonly parties: ReadonlyMap<string, PartyView>;
  /** First-level market of the process (first two characters of the first item classification), for the chance model. */
  readonly market: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function fastInstant(s: string): number | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 25) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const hh = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const ss = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return undefined;
  const leap = mo === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  if (d > (DAYS_IN_MONTH[mo - 1] as number) + leap) return undefined;
  let offsetMin: number;
  if (n === 20) {
    if (s.charCodeAt(19) !== 90) return undefined;
    offsetMin = 0;
  } else {
    const sign = s.charCodeAt(19);
    const oh = digits(s, 20, 2);
    const om = digits(s, 23, 2);
    if ((sign !== 43 && sign !== 45) || s.charCodeAt(22) !== 58 || oh < 0 || om < 0) return undefined;
    offsetMin = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, hh, mi, ss) - offsetMin * 60_000;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Epoch milliseconds of an ISO-8601 date or date-time; no offset means +08:00 (China has had no DST since
 * 1991). Pure UTC arithmetic, so the machine's time zone cannot change it. `undefined` when not parseable.
 *
 * @example
 * ```ts
 * parseInstant("2024-01-01T08:00:00") === parseInstant("2024-01-01T00:00:00Z"); // true
 * ```
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  // Fast path, no regex and no allocation, for the common forms `YYYY-MM-DDTHH:MM:SSZ` and `…+08:00`.
  const fast = fastInstant(value);
  if (fast !== undefined) return fast;
  const m = ISO_RE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, hh, mi, ss] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 24 || mi > 59 || ss > 60) return undefined;
  const frac = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  let offsetMin = 8 * 60;
  const zone = m[8];
  if (zone === "Z") offsetMin = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(":", "");
    offsetMin = (zone[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const ms = Date.UTC(y, mo - 1, d, hh, mi, ss, frac);
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined; // 2023-02-30
  return ms - offsetMin * 60_000;
}

function bondKey(v: unknown): string | undefined {
  const b = obj(v);
  if (!b) return undefined;
  const account = str(b.accountNumber)?.replace(/[\s-]/g, "");
  if (account === undefined || account === "") return undefined;
  // The account number identifies the account; the bank name is spelled many ways, so it is not part of the key.
  return account;
}

function cleanText(v: unknown): string | undefined {
  const s = str(v)?.trim();
  return s === undefined || s === "" ? undefined : s;
}

function readBid(raw: unknown, index: number): BidView {
  const b = obj(raw) ?? {};
  const value = obj(b.value);
  const g = obj(b.ggzy);
  const fp = obj(g?.fingerprint) ?? {};
  const prep = obj(g?.preparer) ?? {};
  return {
    index,
    id: ident(b.id) ?? `#${index}`,
    tenderers: arr(b.tenderers).map((t) => ident(obj(t)?.id)),
    status: str(b.status),
    amount: finite(value?.amount),
    currency: str(value?.currency),
    date: b.date,
    lots: arr(b.relatedLots).map(ident).filter((x): x is string => x !== undefined),
    author: cleanText(fp.author) ?? cleanText(prep.documentAuthor),
    machineId: cleanText(fp.machineId) ?? cleanText(prep.machineId),
    fileHash: cleanText(fp.fileHash)?.toLowerCase() ?? cleanText(prep.fileHash)?.toLowerCase(),
    agent: personKey(g?.agent),
    projectManager: personKey(g?.projectManager),
    bondAccount: bondKey(g?.bondAccount),
  };
}

function readAward(raw: unknown): AwardView {
  const a = obj(raw) ?? {};
  const classifications: string[] = [];
  for (const item of arr(a.items)) {
    const c = ident(obj(obj(item)?.classification)?.id);
    if (c !== undefined) classifications.push(c);
  }
  return { status: str(a.status), suppliers: arr(a.suppliers).map((s) => ident(obj(s)?.id)), classifications };
}

function regionPrefix(v: unknown): string | undefined {
  const s = ident(v);
  return s !== undefined && s.length >= 4 ? s.slice(0, 4) : undefined;
}

function readCommittee(tenderExt: Json | undefined): CommitteeMemberView[] | undefined {
  if (!tenderExt || !Array.isArray(tenderExt.committee)) return undefined;
  const projectRegion = regionPrefix(tenderExt.region);
  const out: CommitteeMemberView[] = [];
  for (const raw of tenderExt.committee) {
    const m = obj(raw);
    const expertId = ident(m?.expertId);
    if (!m || expertId === undefined) continue;
    // The tenderer's own representative is not a drawn expert: locality is about the draw (LC80-4.3).
    if (m.role === "tendererRepresentative") continue;
    let local: boolean | undefined = typeof m.local === "boolean" ? m.local : undefined;
    if (local === undefined && projectRegion !== undefined) {
      const r = regionPrefix(m.region);
      if (r !== undefined) local = r === projectRegion && m.remote !== true;
    }
    out.push({ expertId, local });
  }
  return out;
}

function readParties(v: unknown): Map<string, PartyView> {
  const out = new Map<string, PartyView>();
  for (const raw of arr(v)) {
    const p = obj(raw);
    const id = ident(p?.id);
    const ext = obj(p?.ggzy);
    // The model's writer nests a bidder's fields under `ggzy.bidder` (src/model/ocds.ts); a flat block is read too.
    const g = obj(ext?.bidder) ?? ext;
    if (!p || id === undefined || !g) continue;
    const controllers: string[] = [];
    for (const sh of arr(g.shareholders)) {
      const s = obj(sh);
      if (!s || s.controlling !== true) continue;
      const pid = ident(s.partyId);
      const who = pid !== undefined ? `party:${pid}` : personKey(s.person);
      if (who !== undefined) controllers.push(who);
    }
    out.set(id, { legalRepresentative: personKey(g.legalRepresentative), controllers });
  }
  return out;
}

/**
 * Reduces one OCDS compiled release to a `ProcessView`; `undefined` when `/ocid` is not a string (the
 * reference leaves such processes out of every indicator).
 *
 * @example
 * ```ts
 * readProcess({ ocid: "ocds-1", bids: { details: [] } })?.ocid; // "ocds-1"
 * ```
 */
export function readProcess(release: unknown): ProcessView | undefined {
  const r = obj(release);
  if (!r || typeof r.ocid !== "string") return undefined;
  const tender = obj(r.tender);
  const period = obj(tender?.tenderPeriod);
  const buyer = obj(r.buyer);
  const pe = obj(tender?.procuringEntity);
  const bids = arr(obj(r.bids)?.details).map(readBid);
  const awards = arr(r.awards).map(readAward);
  let market = "";
  const firstItem = obj(arr(tender?.items)[0]);
  const cls = ident(obj(firstItem?.classification)?.id);
  if (cls !== undefined) market = cls.slice(0, 2);
  else {
    const awardCls = awards[0]?.classifications[0];
    if (awardCls !== undefined) market = awardCls.slice(0, 2);
  }
  return {
    ocid: r.ocid,
    date: str(r.date),
    buyerId: ident(buyer?.id),
    hasBuyer: buyer !== undefined,
    procuringEntityId: ident(pe?.id),
    hasProcuringEntity: pe !== undefined,
    tenderStatus: str(tender?.status),
    procurementMethod: str(tender?.procurementMethod),
    procurementMethodDetails: str(tender?.procurementMethodDetails),
    tenderStartMs: parseInstant(period?.startDate),
    tenderEndMs: parseInstant(period?.endDate),
    bids,
    awards,
    committee: readCommittee(obj(tender?.ggzy)),
    parties: readParties(r.parties),
    market,
  };
}
