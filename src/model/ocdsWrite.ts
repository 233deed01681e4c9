import type { Award, Contract } from "./award";
import { assertJsonInput, assertOptions, assertString } from "./guard";
import type { Bid } from "./bid";
import { parseWith } from "./error";
import type { Json, JsonObject, OcdsWriteOptions } from "./ocds";
import { isJsonObject, isMappableClassification, ocdsId } from "./ocdsInternal";
import {
  DERIVED_PARTY_ROLES,
  OCDS_EXTENSION_KEY,
  OcdsBidExtensionSchema,
  OcdsTenderExtensionSchema,
  categoryFromOcds,
  electronicFromOcds,
  inferProcurementMethod,
  shanghaiDateOf,
  toOcdsProcurementMethod,
} from "./ocds";
import type { ContractingProcess } from "./process";
import { ContractingProcessSchema } from "./process";
import type { Item, Lot } from "./project";

function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function objectOrEmpty(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? clone(value) : {};
}

function setOrDelete(target: JsonObject, key: string, value: Json | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Keeps the source's id when it is the same id (an OCDS integer id stays an integer). */
function sameId(original: Json | undefined, id: string): Json {
  return ocdsId(original) === id ? (original as Json) : id;
}

/** Writes a yuan amount as an OCDS Value; leaves a value in another currency alone when the model has none. */
function setYuan(target: JsonObject, key: string, amount: number | undefined): void {
  const original = target[key];
  const currency = isJsonObject(original) ? original.currency : undefined;
  const foreign = typeof currency === "string" && currency !== "CNY";
  if (amount === undefined) {
    if (foreign || !isJsonObject(original)) return;
    const rest = clone(original);
    delete rest.amount;
    if (Object.keys(rest).every((k) => k === "currency")) delete target[key];
    else target[key] = rest;
    return;
  }
  if (isJsonObject(original) && !foreign) target[key] = { ...clone(original), amount };
  else target[key] = { amount, currency: "CNY" };
}

/** Writes a civil date into a date-time field, keeping the source's date-time when it falls on the same day. */
function setCivilDate(target: JsonObject, key: string, date: string | undefined): void {
  const original = target[key];
  if (date === undefined) delete target[key];
  else if (typeof original === "string" && shanghaiDateOf(original) === date) return;
  else target[key] = `${date}T00:00:00+08:00`;
}

const MODEL_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A model date-time as OCDS wants it: RFC 3339, seconds and offset written. The model lets both out (no offset
 * means Asia/Shanghai, +08:00); OCDS does not, and a reader such as Cardinal skips a date-time without them
 * (CARDINAL.md R003), or compares it as text with one that has them (R030). The instant is unchanged; a value the
 * pattern does not know is written as it is.
 */
function rfc3339(value: string): string {
  const m = MODEL_DATE_TIME.exec(value);
  if (m === null) return value;
  const [, minutes, seconds = ":00", offset = "+08:00"] = m;
  return `${minutes}${seconds}${offset}`;
}

/** Sets a date-time field from the model, in RFC 3339 form; removes it when the model has none. */
function setDateTime(target: JsonObject, key: string, value: string | undefined): void {
  setOrDelete(target, key, value === undefined ? undefined : rfc3339(value));
}

/**
 * `tender.numberOfTenderers` ("the number of parties who placed a bid during the tender period", OCDS), counted
 * from the bids written: the distinct tenderer ids (consortium members included: each is a party to the bid) of
 * every bid except `invited` ones (no bid yet) and `withdrawn` ones (withdrawn before the deadline, 招标投标法
 * art. 29, so not opened). A bid without a status counts: the model writes a pending (received, not yet assessed)
 * bid without one. Written only when the release has bids to count from; a value the source published is the
 * publisher's own and stays as it was.
 */
function setNumberOfTenderers(out: JsonObject, tender: JsonObject): void {
  if (tender.numberOfTenderers !== undefined) return;
  const details = isJsonObject(out.bids) ? out.bids.details : undefined;
  if (!Array.isArray(details) || details.length === 0) return;
  const ids = new Set<string>();
  for (const bid of details) {
    if (!isJsonObject(bid) || bid.status === "invited" || bid.status === "withdrawn") continue;
    for (const ref of Array.isArray(bid.tenderers) ? bid.tenderers : []) {
      const id = isJsonObject(ref) ? ocdsId(ref.id) : undefined;
      if (id !== undefined) ids.add(id);
    }
  }
  tender.numberOfTenderers = ids.size;
}

/** `relatedLots` for a model item's lot: a source list of several lots (not modelled) is left alone. */
function setSingleLot(target: JsonObject, lotId: string | undefined): void {
  const original = target.relatedLots;
  const single = Array.isArray(original) && original.length === 1;
  if (lotId === undefined) {
    if (single) delete target.relatedLots;
    return;
  }
  target.relatedLots = single && ocdsId(original[0]) === lotId ? original : [lotId];
}

/**
 * Merges model items into the source's array by id, keeping the source's order. A source item the model has is
 * updated by `write`; a source item that was modelled (`wasModelled`) but is gone from the model goes to `removed`
 * (dropped when it returns `undefined`); any other source item stays as it was; new model items come last.
 */
function mergeById<T extends { id: string }>(
  sourceItems: Json | undefined,
  items: ReadonlyArray<T>,
  wasModelled: (item: JsonObject) => boolean,
  write: (original: JsonObject | undefined, item: T) => JsonObject,
  removed: (original: JsonObject) => Json | undefined = () => undefined,
): Json[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const used = new Set<string>();
  const out: Json[] = [];
  for (const original of Array.isArray(sourceItems) ? sourceItems : []) {
    const id = isJsonObject(original) ? ocdsId(original.id) : undefined;
    const item = id === undefined || used.has(id) ? undefined : byId.get(id);
    if (item !== undefined && isJsonObject(original)) {
      out.push(write(original, item));
      used.add(item.id);
    } else if (isJsonObject(original) && id !== undefined && wasModelled(original)) {
      const kept = removed(original);
      if (kept !== undefined) out.push(kept);
    } else out.push(original);
  }
  for (const item of items) if (!used.has(item.id)) out.push(write(undefined, item));
  return out;
}

/** Writes `items` (of the tender or an award); items the model does not cover (no id) stay. */
function writeItems(target: JsonObject, items: ReadonlyArray<Item> | undefined): void {
  const written = mergeById(target.items, items ?? [], () => true, (original, item) => {
    const o = objectOrEmpty(original);
    o.id = sameId(o.id, item.id);
    setOrDelete(o, "description", item.description);
    const c = o.classification;
    if (item.classification !== undefined) {
      const classification = isMappableClassification(c) ? clone(c as JsonObject) : {};
      classification.scheme = item.classification.scheme;
      classification.id = item.classification.id;
      setOrDelete(classification, "description", item.classification.description);
      o.classification = classification;
    } else if (isMappableClassification(c)) delete o.classification;
    setOrDelete(o, "quantity", item.quantity);
    if (item.lotId !== undefined) o.relatedLot = sameId(o.relatedLot, item.lotId);
    else if (ocdsId(o.relatedLot) !== undefined) delete o.relatedLot;
    return o;
  });
  if (written.length > 0 || (items !== undefined && Array.isArray(target.items))) target.items = written;
  else if (items === undefined) delete target.items;
  else target.items = [];
}

/** Organisation references (`tenderers`, `suppliers`), names from the model's parties when it has them. */
function writeReferences(target: JsonObject, key: string, ids: ReadonlyArray<string>, names: ReadonlyMap<string, string>): void {
  target[key] = mergeById(
    target[key],
    ids.map((id) => ({ id })),
    () => true,
    (original, { id }) => {
      const ref = objectOrEmpty(original);
      ref.id = sameId(ref.id, id);
      const name = names.get(id);
      if (name !== undefined && name !== id) ref.name = name;
      return ref;
    },
  );
}

function hasReferenceIds(item: JsonObject, key: string): boolean {
  const refs = item[key];
  return Array.isArray(refs) && refs.some((r) => isJsonObject(r) && ocdsId(r.id) !== undefined);
}

/** Drops lists that are empty, objects that are empty and `false` flags: the defaults a reader restores. */
function compact(value: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isJsonObject(v) && Object.keys(v).length === 0) continue;
    out[key] = clone(v as Json);
  }
  return out;
}

/** Drops the keys whose value is undefined. */
function defined(value: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = clone(v as Json);
  return out;
}

/** Sets an extension block: model fields replace the known keys, unknown keys of the source block stay. */
function setExtension(target: JsonObject, known: ReadonlyArray<string>, fields: JsonObject): void {
  const original = objectOrEmpty(target[OCDS_EXTENSION_KEY]);
  for (const key of known) delete original[key];
  const block = { ...original, ...fields };
  if (Object.keys(block).length === 0) delete target[OCDS_EXTENSION_KEY];
  else target[OCDS_EXTENSION_KEY] = block;
}

/**
 * Writes a contracting process as an OCDS compiled release. With the `source` that `readOcdsRelease` returned,
 * every field the model does not cover comes back as it was (unknown fields, other parties, unmodelled bids and
 * awards, extensions of other publishers), and the fields it covers are set from the model — or removed when the
 * model no longer has them. Without a source, a minimal release is written (`tag: ["compiled"]`, no `date` unless
 * `options.releaseDate` is given: the library never reads the clock). Date-times are written in RFC 3339, as OCDS
 * requires: a model date-time without an offset is Asia/Shanghai time and gets `+08:00` (and `:00` seconds when it
 * has none). `tender.numberOfTenderers` is counted from the bids when the source has no value of its own. Throws
 * `GgzyError("INVALID_INPUT")` for a process that fails its schema.
 *
 * @example
 * ```ts
 * const { process, source } = readOcdsRelease(release, { region: "371500" });
 * const edited = { ...process, project: { ...process.project, major: true } };
 * writeOcdsRelease(edited, source).tender; // { ..., ggzy: { major: true, ... } }
 * ```
 */
export function writeOcdsRelease(process: ContractingProcess, source?: JsonObject, options: OcdsWriteOptions = {}): JsonObject {
  const model = parseWith(ContractingProcessSchema, process, "ContractingProcess");
  // The source's unknown fields come back as they are: only when they are JSON (no NaN, BigInt, Map, cycles…),
  // else the call is refused with the path — the release written is always plain JSON.
  if (source !== undefined) {
    assertJsonInput(source, "OCDS source release");
    if (!isJsonObject(source)) assertOptions(source, "OCDS source release");
  }
  assertOptions(options, "OCDS write options");
  if (options.releaseId !== undefined) assertString(options.releaseId, "releaseId", 1000);
  if (options.releaseDate !== undefined) assertString(options.releaseDate, "releaseDate", 100);
  const { project, parties } = model;
  const out: JsonObject = source
    ? clone(source)
    : {
        id: options.releaseId ?? project.id,
        ...(options.releaseDate !== undefined && { date: rfc3339(options.releaseDate) }),
        tag: ["compiled"],
        initiationType: "tender",
      };
  out.ocid = sameId(out.ocid, project.id);

  const names = new Map<string, string>();
  for (const list of [parties.supervisingDepartments, parties.agencies, parties.bidders, parties.tenderers]) {
    for (const party of list) names.set(party.id, party.name);
  }

  const buyer = objectOrEmpty(out.buyer);
  const buyerWasSame = ocdsId(buyer.id) === project.tendererId;
  buyer.id = sameId(buyer.id, project.tendererId);
  const buyerName = names.get(project.tendererId);
  if (buyerName !== undefined && buyerName !== project.tendererId) buyer.name = buyerName;
  else if (!buyerWasSame) delete buyer.name;
  out.buyer = buyer;

  const tender = objectOrEmpty(out.tender);
  const sourceTitle = tender.title;
  if (typeof sourceTitle === "string" || project.name !== project.id) tender.title = project.name;
  setYuan(tender, "value", project.budgetYuan);
  const code = toOcdsProcurementMethod(project.procurementMethod);
  if (code !== undefined) tender.procurementMethod = code;
  setOrDelete(tender, "procurementMethodDetails", project.procurementMethodDetails);
  setOrDelete(tender, "status", project.status);

  const period = objectOrEmpty(tender.tenderPeriod);
  setDateTime(period, "startDate", project.dates.bidPeriodStart);
  setDateTime(period, "endDate", project.dates.bidDeadline);
  if (Object.keys(period).length > 0) tender.tenderPeriod = period;
  else delete tender.tenderPeriod;

  const pe = tender.procuringEntity;
  const peId = isJsonObject(pe) ? ocdsId(pe.id) : undefined;
  if (project.agencyId !== undefined) {
    const entity = peId === project.agencyId && isJsonObject(pe) ? clone(pe) : {};
    entity.id = sameId(entity.id, project.agencyId);
    const agencyName = names.get(project.agencyId);
    if (agencyName !== undefined && agencyName !== project.agencyId) entity.name = agencyName;
    tender.procuringEntity = entity;
  } else if (peId !== undefined && peId !== project.tendererId) {
    delete tender.procuringEntity; // it named an agency the model no longer has
  }

  const lotsWritten = mergeById<Lot>(tender.lots, project.lots, () => true, (original, lot) => {
    const o = objectOrEmpty(original);
    o.id = sameId(o.id, lot.id);
    if (lot.name !== undefined) o.title = lot.name;
    else delete o.title;
    setYuan(o, "value", lot.budgetYuan);
    return o;
  });
  if (lotsWritten.length > 0) tender.lots = lotsWritten;
  else delete tender.lots;
  writeItems(tender, project.items);

  const methodImplied = inferProcurementMethod(typeof tender.procurementMethod === "string" ? tender.procurementMethod : undefined, project.procurementMethodDetails);
  setExtension(
    tender,
    Object.keys(OcdsTenderExtensionSchema.shape),
    compact({
      category: project.category !== categoryFromOcds(tender.mainProcurementCategory) ? project.category : undefined,
      procurementMethod: project.procurementMethod !== methodImplied ? project.procurementMethod : undefined,
      regime: project.regime,
      technicallyComplex: project.technicallyComplex === true ? true : undefined,
      atTenderThreshold: project.atTenderThreshold === true ? true : undefined,
      noStatutorySupervisor: project.noStatutorySupervisor === true ? true : undefined,
      supervisingDepartmentId: project.supervisingDepartmentId,
      major: project.major,
      publicImpact: project.publicImpact,
      supportingWorks: project.supportingWorks,
      electronic: project.electronic !== electronicFromOcds(tender.submissionMethod) ? project.electronic : undefined,
      region: project.region,
      publishedOn: project.dates.publishedOn,
      evaluationOn: project.dates.evaluationOn,
    }),
  );
  out.tender = tender;

  writeBids(out, model.bids, names);
  setNumberOfTenderers(out, tender);
  writeAwards(out, model.awards, names);
  writeContracts(out, model.contracts);
  writeParties(out, model);
  return out;
}

function writeBids(out: JsonObject, bids: ReadonlyArray<Bid>, names: ReadonlyMap<string, string>): void {
  const container = objectOrEmpty(out.bids);
  const details = mergeById(
    container.details,
    bids,
    (item) => hasReferenceIds(item, "tenderers"),
    (original, bid) => {
      const o = objectOrEmpty(original);
      o.id = sameId(o.id, bid.id);
      writeReferences(o, "tenderers", [bid.bidderId, ...bid.consortiumMemberIds], names);
      setSingleLot(o, bid.lotId);
      setYuan(o, "value", bid.priceYuan);
      // An OCDS bid without a status, or `invited`, reads as pending: leave it as the source had it. A bid the
      // source lacks is written with its status (OCDS `pending`), not without one: `prepare` reports a missing
      // status as a data-quality issue, and Cardinal counts only bids with a status as submitted.
      const sourceSaysPending = original !== undefined && (o.status === undefined || o.status === "invited");
      if (!(bid.status === "pending" && sourceSaysPending)) o.status = bid.status;
      setDateTime(o, "date", bid.receivedAt);
      setExtension(
        o,
        Object.keys(OcdsBidExtensionSchema.shape),
        defined({ fingerprint: bid.fingerprint, agent: bid.agent, projectManager: bid.projectManager, bondAccount: bid.bondAccount }),
      );
      return o;
    },
  );
  if (details.length > 0) out.bids = { ...container, details };
  else if (isJsonObject(out.bids)) {
    delete container.details;
    if (Object.keys(container).length > 0) out.bids = container;
    else delete out.bids;
  }
}

function writeAwards(out: JsonObject, awards: ReadonlyArray<Award>, names: ReadonlyMap<string, string>): void {
  const written = mergeById(
    out.awards,
    awards,
    (item) => hasReferenceIds(item, "suppliers"),
    (original, award) => {
      const o = objectOrEmpty(original);
      o.id = sameId(o.id, award.id);
      writeReferences(o, "suppliers", [award.bidderId, ...award.otherSupplierIds], names);
      setSingleLot(o, award.lotId);
      setCivilDate(o, "date", award.noticeOn);
      if (!(award.status === "pending" && o.status === undefined)) o.status = award.status;
      setYuan(o, "value", award.valueYuan);
      writeItems(o, award.items);
      return o;
    },
  );
  if (written.length > 0) out.awards = written;
  else delete out.awards;
}

function writeContracts(out: JsonObject, contracts: ReadonlyArray<Contract>): void {
  const written = mergeById(
    out.contracts,
    contracts,
    (item) => ocdsId(item.awardID) !== undefined,
    (original, contract) => {
      const o = objectOrEmpty(original);
      o.id = sameId(o.id, contract.id);
      o.awardID = sameId(o.awardID, contract.awardId);
      setCivilDate(o, "dateSigned", contract.signedOn);
      setYuan(o, "value", contract.amountYuan);
      setOrDelete(o, "status", contract.status);
      return o;
    },
  );
  if (written.length > 0) out.contracts = written;
  else delete out.contracts;
}

interface PartyEntry {
  id: string;
  name: string;
  blocks: Record<string, JsonObject>;
}

function writeParties(out: JsonObject, model: ContractingProcess): void {
  const { project, parties, bids, awards } = model;
  const entries = new Map<string, PartyEntry>();
  const add = (kind: string, party: { id: string; name: string }): void => {
    const { id, name, ...rest } = party;
    const entry = entries.get(id) ?? { id, name, blocks: {} };
    entry.blocks[kind] = compact(rest);
    entries.set(id, entry);
  };
  for (const t of parties.tenderers) add("tenderer", t);
  for (const b of parties.bidders) add("bidder", b);
  for (const a of parties.agencies) add("agency", a);
  for (const d of parties.supervisingDepartments) add("supervisingDepartment", d);

  const bidderIds = new Set(bids.flatMap((b) => [b.bidderId, ...b.consortiumMemberIds]));
  const supplierIds = new Set(awards.flatMap((a) => [a.bidderId, ...a.otherSupplierIds]));
  const tender = isJsonObject(out.tender) ? out.tender : {};
  const procuringId = isJsonObject(tender.procuringEntity) ? ocdsId(tender.procuringEntity.id) : undefined;
  const derivedRoles = (entry: PartyEntry): string[] => {
    const roles: string[] = [];
    if (entry.id === project.tendererId) roles.push("buyer");
    if (entry.id === procuringId) roles.push("procuringEntity");
    const referenced = bidderIds.has(entry.id) || supplierIds.has(entry.id);
    if (bidderIds.has(entry.id) || (entry.blocks.bidder !== undefined && !referenced)) roles.push("tenderer");
    if (supplierIds.has(entry.id)) roles.push("supplier");
    if (entry.blocks.supervisingDepartment !== undefined || entry.id === project.supervisingDepartmentId) roles.push("reviewBody");
    return roles;
  };
  const isDerived = (role: Json): boolean => typeof role === "string" && (DERIVED_PARTY_ROLES as ReadonlyArray<string>).includes(role);

  const written = mergeById(
    out.parties,
    [...entries.values()],
    (item) => (Array.isArray(item.roles) && item.roles.some(isDerived)) || item[OCDS_EXTENSION_KEY] !== undefined,
    (original, entry) => {
      const o = objectOrEmpty(original);
      o.id = sameId(o.id, entry.id);
      if (typeof o.name === "string" || entry.name !== entry.id) o.name = entry.name;
      const derived = derivedRoles(entry);
      const sourceRoles = Array.isArray(o.roles) ? o.roles : [];
      const kept = sourceRoles.filter((r) => !isDerived(r) || (typeof r === "string" && derived.includes(r)));
      const roles = [...kept, ...derived.filter((r) => !kept.includes(r))];
      if (roles.length > 0 || Array.isArray(o.roles)) o.roles = roles;
      // An empty block is left out when the reader can tell the kind from ids and roles alone.
      const blocks: JsonObject = {};
      for (const [kind, block] of Object.entries(entry.blocks)) {
        const implied =
          (kind === "tenderer" && entry.id === project.tendererId) ||
          (kind === "agency" && entry.id === project.agencyId) ||
          kind === "bidder" ||
          kind === "supervisingDepartment";
        if (Object.keys(block).length > 0 || !implied) blocks[kind] = block;
      }
      setExtension(o, ["tenderer", "bidder", "agency", "supervisingDepartment"], blocks);
      return o;
    },
    (original) => {
      // A party the model no longer has: keep it only for the roles the model does not derive.
      const roles = Array.isArray(original.roles) ? original.roles.filter((r) => !isDerived(r)) : [];
      if (roles.length === 0) return undefined;
      const o = clone(original);
      o.roles = roles;
      delete o[OCDS_EXTENSION_KEY];
      return o;
    },
  );
  if (written.length > 0) out.parties = written;
  else delete out.parties;
}
