/** Small hand-built OCDS compiled releases for the indicator tests. */

export interface BidSpec {
  t: string | string[] | null; // tenderer id(s); null = a reference without id
  amount?: number;
  currency?: string;
  status?: string;
  date?: string;
  ggzy?: Record<string, unknown>;
  lots?: string[];
  id?: string;
}

export interface AwardSpec {
  s: string | string[];
  status?: string;
  classes?: string[];
}

export interface ReleaseSpec {
  ocid?: unknown;
  buyer?: string | null;
  pe?: string;
  method?: string;
  details?: string;
  status?: string;
  start?: string;
  end?: string;
  bids?: BidSpec[];
  awards?: AwardSpec[];
  committee?: Array<{ expertId: string; local?: boolean }>;
  parties?: Array<Record<string, unknown>>;
  date?: string;
}

let counter = 0;

export function release(r: ReleaseSpec): Record<string, unknown> {
  const ocid = r.ocid === undefined ? `ocds-t-${++counter}` : r.ocid;
  const tender: Record<string, unknown> = { id: "t", status: r.status ?? "complete", procurementMethod: r.method ?? "open" };
  if (r.details !== undefined) tender.procurementMethodDetails = r.details;
  if (r.pe !== undefined) tender.procuringEntity = { id: r.pe };
  if (r.start !== undefined || r.end !== undefined) tender.tenderPeriod = { ...(r.start ? { startDate: r.start } : {}), ...(r.end ? { endDate: r.end } : {}) };
  if (r.committee) tender.ggzy = { committee: r.committee };
  const out: Record<string, unknown> = { ocid, id: `${String(ocid)}-1`, date: r.date ?? "2024-06-01T00:00:00+08:00", tender };
  if (r.buyer !== undefined) out.buyer = r.buyer === null ? { name: "no id" } : { id: r.buyer };
  if (r.bids) {
    out.bids = {
      details: r.bids.map((b, i) => ({
        id: b.id ?? `b${i + 1}`,
        status: b.status ?? "valid",
        tenderers: (b.t === null ? [null] : Array.isArray(b.t) ? b.t : [b.t]).map((id) => (id === null ? { name: "anon" } : { id })),
        ...(b.amount !== undefined ? { value: { amount: b.amount, currency: b.currency ?? "CNY" } } : {}),
        ...(b.date !== undefined ? { date: b.date } : {}),
        ...(b.ggzy !== undefined ? { ggzy: b.ggzy } : {}),
        ...(b.lots !== undefined ? { relatedLots: b.lots } : {}),
      })),
    };
  }
  if (r.awards) {
    out.awards = r.awards.map((a, i) => ({
      id: `a${i + 1}`,
      status: a.status ?? "active",
      suppliers: (Array.isArray(a.s) ? a.s : [a.s]).map((id) => ({ id })),
      ...(a.classes ? { items: a.classes.map((c, j) => ({ id: String(j), classification: { scheme: "CPV", id: c } })) } : {}),
    }));
  }
  if (r.parties) out.parties = r.parties;
  return out;
}

/** A process won by `winner` at `win` against `others` (tenderer, amount). */
export function priced(winner: string, win: number, others: Array<[string, number]>, extra: Partial<ReleaseSpec> = {}): Record<string, unknown> {
  return release({
    bids: [{ t: winner, amount: win }, ...others.map(([t, amount]) => ({ t, amount }))],
    awards: [{ s: winner }],
    ...extra,
  });
}

export function lines(releases: ReadonlyArray<unknown>): string[] {
  return releases.map((r) => JSON.stringify(r));
}
