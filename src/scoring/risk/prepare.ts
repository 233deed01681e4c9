import { assertJsonInput } from "../../model/guard";
import * as z from "../../model/zod";
import { parseWith } from "../../model/error";
import { GgzyError } from "../../model/error";
import type { PrepareSettings } from "./settings";

/*
 * `prepare`: the reference engine's data-cleaning step before the indicators (CARDINAL.md §3.2). It corrects what
 * the indicators would otherwise silently skip (numeric ids, a tenderer given as an object, missing statuses) and
 * writes a CSV of the data-quality issues it cannot correct. The order of the steps is ours (CARDINAL.md does not
 * give the reference's): auctions moved, arrays and ids normalised, redactions, statuses and defaults with their
 * checks, party roles, award corrections, id prefixes, procurementMethodDetails split.
 */

/** One data-quality issue, a row of the errors CSV. */
export interface PrepareIssue {
  readonly line: number;
  readonly ocid: string;
  /** JSON path with `[]` for arrays, e.g. `/bids/details[]/status`. */
  readonly path: string;
  /** Array indexes along the path, dot-joined for nested arrays (e.g. `0.1`). */
  readonly indexes: string;
  /** The incorrect value as text ("" when not set). */
  readonly value: string;
  readonly description: "not set" | "invalid" | "is zero";
}

/** A prepared release, its issues, and warnings (e.g. auctions not moved because bids exist). */
export interface PreparedRelease {
  readonly release: Record<string, unknown>;
  readonly issues: ReadonlyArray<PrepareIssue>;
  readonly warnings: ReadonlyArray<string>;
}

type Json = Record<string, unknown>;

const BID_STATUSES = new Set(["invited", "pending", "valid", "disqualified", "withdrawn"]);
const AWARD_STATUSES = new Set(["pending", "active", "cancelled", "unsuccessful"]);

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const own = (o: object | undefined, k: string): boolean => o !== undefined && Object.prototype.hasOwnProperty.call(o, k);

/** A single object where an array belongs becomes a one-element array. */
function asArray(parent: Json | undefined, key: string): void {
  if (parent && obj(parent[key])) parent[key] = [parent[key]];
}

/** A numeric id becomes its decimal text (the indicators read string ids only). */
function stringId(ref: unknown, key = "id"): void {
  const o = obj(ref);
  if (o && typeof o[key] === "number" && Number.isFinite(o[key])) o[key] = String(o[key]);
}

function text(v: unknown): string {
  return typeof v === "string" ? v : v === undefined ? "" : JSON.stringify(v) ?? "";
}

/**
 * Prepares one compiled release as the reference engine's `prepare` does, without changing `release`: always
 * turns a `tenderers`/`suppliers` object into a one-element array and numeric ids into strings; then applies
 * `[defaults]`, `[codelists.*]`, `[redactions]`, `[corrections]` and `[modifications]` from `settings`, and lists
 * what stays wrong (`not set`, `invalid`, `is zero`).
 *
 * @example
 * ```ts
 * const p = prepareRelease({ ocid: "a", bids: { details: [{ tenderers: { id: 7 } }] } }, undefined, 1);
 * p.release.bids; // { details: [{ tenderers: [{ id: "7" }] }] }
 * p.issues[0];    // { line: 1, ocid: "a", path: "/bids/details[]/status", indexes: "0", value: "", description: "not set" }
 * ```
 */
export function prepareRelease(release: unknown, settings: PrepareSettings | undefined, line: number): PreparedRelease {
  parseWith(z.int().check(z.gte(0)), line, { zh: "行号", en: "line number" });
  assertJsonInput(release, `line ${line}`);
  if (settings !== undefined) assertJsonInput(settings, "prepare settings");
  const source = obj(release);
  if (source === undefined) {
    throw new GgzyError("INVALID_INPUT", { zh: `第 ${line} 行不是 JSON 对象`, en: `Line ${line} is not a JSON object`, issues: [{ path: [line], message: "not an object" }] });
  }
  const s = settings ?? {};
  const r = structuredClone(source) as Json;
  const ocid = typeof r.ocid === "string" ? r.ocid : "";
  const issues: PrepareIssue[] = [];
  const warnings: string[] = [];
  const issue = (path: string, indexes: string, value: unknown, description: PrepareIssue["description"]) =>
    issues.push({ line, ocid, path, indexes, value: description === "not set" ? "" : text(value), description });

  if (s.modifications?.moveAuctions === true && Array.isArray(r.auctions)) {
    if (r.bids !== undefined) warnings.push(`line ${line}: bids exists, auctions not moved / 已有 bids，未移动 auctions`);
    else {
      const details: unknown[] = [];
      for (const a of r.auctions) for (const stage of arr(obj(a)?.stages)) {
        const st = obj(stage);
        if (st && Array.isArray(st.bids)) {
          details.push(...st.bids);
          delete st.bids;
        }
      }
      r.bids = { details };
    }
  }

  const tender = obj(r.tender);
  const details = arr(obj(r.bids)?.details);
  const awards = arr(r.awards);
  for (const b of details) asArray(obj(b), "tenderers");
  for (const a of awards) asArray(obj(a), "suppliers");
  for (const p of arr(r.parties)) stringId(p);
  stringId(r.buyer);
  stringId(tender?.procuringEntity);
  for (const b of details) for (const t of arr(obj(b)?.tenderers)) stringId(t);
  for (const a of awards) {
    stringId(a);
    for (const sp of arr(obj(a)?.suppliers)) stringId(sp);
    for (const item of arr(obj(a)?.items)) stringId(obj(item)?.classification);
  }
  if (s.corrections?.awardStatusByContractStatus === true) for (const c of arr(r.contracts)) stringId(c, "awardID");

  // Redactions: placeholder amounts and organisation ids are removed, not guessed at.
  const redactedAmounts = (s.redactions?.amount ?? []).map(Number).filter((n) => !Number.isNaN(n));
  const redactedIds = new Set(s.redactions?.organizationId ?? []);
  const redacted = new Set<object>();
  const redactId = (ref: unknown) => {
    const o = obj(ref);
    if (o && typeof o.id === "string" && redactedIds.has(o.id)) {
      delete o.id;
      redacted.add(o);
    }
  };
  if (redactedIds.size > 0) {
    for (const p of arr(r.parties)) redactId(p);
    redactId(r.buyer);
    redactId(tender?.procuringEntity);
    for (const b of details) for (const t of arr(obj(b)?.tenderers)) redactId(t);
    for (const a of awards) for (const sp of arr(obj(a)?.suppliers)) redactId(sp);
  }

  const scheme = s.defaults?.itemClassificationScheme;
  const checkItems = (items: unknown[], path: string, outer: number) =>
    items.forEach((item, j) => {
      const c = obj(obj(item)?.classification);
      if (c === undefined || typeof c.scheme === "string") return;
      if (scheme !== undefined) c.scheme = scheme;
      else issue(`${path}/items[]/classification/scheme`, `${outer}.${j}`, undefined, "not set");
    });

  details.forEach((raw, i) => {
    const b = obj(raw);
    if (!b) return;
    const value = obj(b.value);
    if (value && typeof value.amount === "number" && redactedAmounts.includes(value.amount)) delete value.amount;
    if (value && typeof value.currency !== "string") {
      if (s.defaults?.currency !== undefined) value.currency = s.defaults.currency;
      else issue("/bids/details[]/value/currency", String(i), undefined, "not set");
    }
    if (value && value.amount === 0) issue("/bids/details[]/value/amount", String(i), 0, "is zero");
    b.status = status(b.status, s.codelists?.bidStatus, s.defaults?.bidStatus, BID_STATUSES, "/bids/details[]/status", i, issue);
    if (b.status === undefined) delete b.status;
    checkItems(arr(b.items), "/bids/details[]", i);
  });
  awards.forEach((raw, i) => {
    const a = obj(raw);
    if (!a) return;
    a.status = status(a.status, s.codelists?.awardStatus, s.defaults?.awardStatus, AWARD_STATUSES, "/awards[]/status", i, issue);
    if (a.status === undefined) delete a.status;
    checkItems(arr(a.items), "/awards[]", i);
  });

  if (s.defaults?.partyRoles === true) {
    const roles = new Map<string, Set<string>>();
    const role = (ref: unknown, name: string) => {
      const id = obj(ref)?.id;
      if (typeof id === "string") roles.set(id, (roles.get(id) ?? new Set()).add(name));
    };
    role(r.buyer, "buyer");
    role(tender?.procuringEntity, "procuringEntity");
    for (const b of details) for (const t of arr(obj(b)?.tenderers)) role(t, "tenderer");
    for (const a of awards) for (const sp of arr(obj(a)?.suppliers)) role(sp, "supplier");
    for (const p of arr(r.parties)) {
      const party = obj(p);
      const add = typeof party?.id === "string" ? roles.get(party.id) : undefined;
      if (!party || !add) continue;
      const merged = new Set([...arr(party.roles).filter((x): x is string => typeof x === "string"), ...add]);
      party.roles = [...merged].sort();
    }
  }

  if (s.corrections?.awardStatusByContractStatus === true) {
    const byAward = new Map<string, string[]>();
    for (const c of arr(r.contracts)) {
      const co = obj(c);
      if (co && typeof co.awardID === "string") byAward.set(co.awardID, [...(byAward.get(co.awardID) ?? []), String(co.status)]);
    }
    for (const a of awards) {
      const aw = obj(a);
      const statuses = typeof aw?.id === "string" ? byAward.get(aw.id) : undefined;
      if (aw && statuses && statuses.length > 0 && statuses.every((x) => x === "cancelled")) aw.status = "cancelled";
    }
  }

  const prefix = (ref: unknown, p: string | undefined, renamed: Map<string, string>) => {
    const o = obj(ref);
    if (p === undefined || !o || redacted.has(o) || typeof o.id !== "string" || o.id.startsWith(p)) return;
    renamed.set(o.id, p + o.id);
    o.id = p + o.id;
  };
  const orgRenamed = new Map<string, string>();
  const bidderRenamed = new Map<string, string>();
  prefix(r.buyer, s.modifications?.prefixBuyerOrProcuringEntityId, orgRenamed);
  prefix(tender?.procuringEntity, s.modifications?.prefixBuyerOrProcuringEntityId, orgRenamed);
  for (const b of details) for (const t of arr(obj(b)?.tenderers)) prefix(t, s.modifications?.prefixTendererOrSupplierId, bidderRenamed);
  for (const a of awards) for (const sp of arr(obj(a)?.suppliers)) prefix(sp, s.modifications?.prefixTendererOrSupplierId, bidderRenamed);
  for (const p of arr(r.parties)) {
    const party = obj(p);
    if (!party || typeof party.id !== "string" || redacted.has(party)) continue;
    const to = orgRenamed.get(party.id) ?? bidderRenamed.get(party.id);
    if (to !== undefined) party.id = to;
  }

  const sep = s.modifications?.splitProcurementMethodDetails;
  if (sep !== undefined && sep !== "" && tender && typeof tender.procurementMethodDetails === "string") {
    const d = tender.procurementMethodDetails;
    const at = d.indexOf(sep);
    if (at >= 0) tender.procurementMethodDetails = d.slice(0, at).trimEnd();
  }
  return { release: r, issues, warnings };
}

function status(
  value: unknown,
  codelist: Readonly<Record<string, string>> | undefined,
  fallback: string | undefined,
  allowed: ReadonlySet<string>,
  path: string,
  index: number,
  issue: (path: string, indexes: string, value: unknown, description: PrepareIssue["description"]) => void,
): unknown {
  if (typeof value !== "string") {
    if (fallback !== undefined) return fallback;
    issue(path, String(index), undefined, "not set");
    return value;
  }
  const mapped = codelist !== undefined && own(codelist, value) ? (codelist[value] as string) : value;
  if (!allowed.has(mapped)) issue(path, String(index), mapped, "invalid");
  return mapped;
}

function csvField(v: string | number): string {
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/**
 * Issues as the reference's headerless CSV rows: `line,ocid,path,indexes,value,description`.
 *
 * @example
 * ```ts
 * prepareIssuesCsv([{ line: 1, ocid: "a", path: "/awards[]/status", indexes: "0", value: "", description: "not set" }]);
 * // "1,a,/awards[]/status,0,,not set\n"
 * ```
 */
export function prepareIssuesCsv(issues: ReadonlyArray<PrepareIssue>): string {
  parseWith(
    z.array(z.looseObject({ line: z.number(), ocid: z.string(), path: z.string(), indexes: z.string(), value: z.string(), description: z.string() })),
    issues,
    { zh: "数据质量问题列表", en: "list of data-quality issues" },
  );
  return issues.map((i) => `${[i.line, i.ocid, i.path, i.indexes, i.value, i.description].map(csvField).join(",")}\n`).join("");
}
