import type { z } from "zod/mini";
import { assertJsonInput, assertOptions } from "./guard";
import type { Agency } from "./agency";
import type { Award, Contract } from "./award";
import { AwardStatusSchema, ContractStatusSchema } from "./award";
import type { Bid, BidStatus } from "./bid";
import { IsoDateTimeSchema, RegionCodeSchema } from "./common";
import { GgzyError, firstIssueZh, toGgzyIssues } from "./error";
import type { JsonObject, OcdsReadOptions } from "./ocds";
import { invalidOcds, isJsonObject, isMappableClassification, ocdsId } from "./ocdsInternal";
import {
  OCDS_EXTENSION_KEY,
  OcdsBidExtensionSchema,
  OcdsPartyExtensionSchema,
  OcdsTenderExtensionSchema,
  categoryFromOcds,
  electronicFromOcds,
  inferProcurementMethod,
  shanghaiDateOf,
} from "./ocds";
import type { Bidder, SupervisingDepartment, Tenderer } from "./parties";
import { CreditCodeSchema } from "./parties";
import type { ContractingProcess } from "./process";
import { ContractingProcessSchema } from "./process";
import type { Item, Lot, ProcurementMethod, Project } from "./project";
import { TenderStatusSchema } from "./project";

/** A release read into the model, with the source release the writer needs to give back what the model lacks. */
export interface OcdsMapping {
  readonly process: ContractingProcess;
  /** The release as read (a JSON copy): pass it to `writeOcdsRelease` to keep the fields the model does not have. */
  readonly source: JsonObject;
}

type Path = ReadonlyArray<string | number>;

/** Validates `value` with `schema`; a failure becomes INVALID_OCDS at `path` + the issue's path. */
function readWith<S extends z.ZodMiniType>(schema: S, value: unknown, path: Path): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = toGgzyIssues(result.error.issues)[0];
  return invalidOcds([...path, ...(issue?.path ?? [])], issue?.message ?? "invalid value", firstIssueZh(schema, value) ?? "值无效");
}

function objectAt(parent: JsonObject, key: string, path: Path): JsonObject | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) return invalidOcds([...path, key], "expected an object", "应为对象");
  return value;
}

function arrayAt(parent: JsonObject, key: string, path: Path): unknown[] {
  const value = parent[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return invalidOcds([...path, key], "expected an array", "应为数组");
  return value;
}

function stringAt(parent: JsonObject, key: string, path: Path): string | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return invalidOcds([...path, key], "expected a string", "应为字符串");
  return value === "" ? undefined : value;
}

/**
 * The yuan amount of an OCDS `Value`, when its currency is CNY or absent. A value in another currency is not
 * mapped (the source keeps it).
 */
function yuanAt(parent: JsonObject, key: string, path: Path): number | undefined {
  const value = objectAt(parent, key, path);
  if (value === undefined) return undefined;
  const currency = value.currency;
  if (currency !== undefined && currency !== null && currency !== "CNY") return undefined;
  const amount = value.amount;
  if (amount === undefined || amount === null) return undefined;
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0) {
    return invalidOcds([...path, key, "amount"], "expected a non-negative number", "应为非负数");
  }
  return amount;
}

function civilDateAt(parent: JsonObject, key: string, path: Path): string | undefined {
  const value = stringAt(parent, key, path);
  if (value === undefined) return undefined;
  const date = shanghaiDateOf(value);
  if (date === undefined) return invalidOcds([...path, key], "expected an ISO-8601 date-time", "应为 ISO-8601 日期时间");
  return date;
}

function dateTimeAt(parent: JsonObject, key: string, path: Path): string | undefined {
  const value = stringAt(parent, key, path);
  return value === undefined ? undefined : readWith(IsoDateTimeSchema, value, [...path, key]);
}

/** The single related lot, when there is exactly one. */
function singleLot(item: JsonObject, path: Path): string | undefined {
  const lots = arrayAt(item, "relatedLots", path);
  return lots.length === 1 ? ocdsId(lots[0]) : undefined;
}

/** Ids of an array of organisation references (`tenderers`, `suppliers`), in order, without repeats. */
function referenceIds(item: JsonObject, key: string, path: Path): string[] {
  const ids: string[] = [];
  arrayAt(item, key, path).forEach((ref, i) => {
    if (!isJsonObject(ref)) invalidOcds([...path, key, i], "expected an organisation reference", "应为组织引用");
    const id = ocdsId(ref.id);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  });
  return ids;
}

/**
 * The items of a tender or an award: `undefined` when the source has no `items`; items without an id are left in
 * the source only.
 */
function readItems(parent: JsonObject, path: Path): Item[] | undefined {
  if (parent.items === undefined || parent.items === null) return undefined;
  const items: Item[] = [];
  arrayAt(parent, "items", path).forEach((raw, i) => {
    const itemPath = [...path, "items", i];
    if (!isJsonObject(raw)) return invalidOcds(itemPath, "expected an object", "应为对象");
    const id = ocdsId(raw.id);
    if (id === undefined) return;
    const description = stringAt(raw, "description", itemPath);
    const c = raw.classification;
    const classification = isMappableClassification(c)
      ? { scheme: c.scheme, id: c.id, ...(typeof c.description === "string" && c.description !== "" && { description: c.description }) }
      : undefined;
    const quantity = raw.quantity;
    if (quantity !== undefined && quantity !== null && (typeof quantity !== "number" || !Number.isFinite(quantity) || quantity < 0)) {
      invalidOcds([...itemPath, "quantity"], "expected a non-negative number", "应为非负数");
    }
    const lotId = ocdsId(raw.relatedLot);
    items.push({
      id,
      ...(description !== undefined && { description }),
      ...(classification !== undefined && { classification }),
      ...(typeof quantity === "number" && { quantity }),
      ...(lotId !== undefined && { lotId }),
    });
  });
  noDuplicates(items.map((item) => item.id), [...path, "items"]);
  return items;
}

function requiredId(item: JsonObject, path: Path): string {
  const id = ocdsId(item.id);
  return id ?? invalidOcds([...path, "id"], "missing or empty id", "缺少 id");
}

function noDuplicates(ids: ReadonlyArray<string>, path: Path): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) invalidOcds([...path, i, "id"], `duplicate id '${id}'`, `id“${id}”重复`);
    seen.add(id);
  });
}

function methodFromOcds(code: string | undefined, details: string | undefined, path: Path): ProcurementMethod {
  const method = inferProcurementMethod(code, details);
  return method ?? invalidOcds([...path, "procurementMethod"], `unknown procurement method '${code}'`, `未知的采购方式“${code}”`);
}

function bidStatusFromOcds(status: string | undefined, path: Path): BidStatus {
  switch (status) {
    case "valid":
    case "disqualified":
    case "withdrawn":
    case "pending":
      return status;
    case undefined:
    case "invited":
      return "pending";
    default:
      return invalidOcds([...path, "status"], `unknown bid status '${status}'`, `未知的投标状态“${status}”`);
  }
}

/**
 * Reads an OCDS compiled release (OCDS 1.1, bids extension, this library's `ggzy` extension) into a contracting
 * process: the project (from `ocid`, `buyer`, `tender`), its bids (`bids.details[]` that name a tenderer), awards
 * (those with a supplier), contracts (those with an `awardID`) and the parties by model kind. Amounts are mapped
 * only in CNY (or without a currency). Award `date` → `noticeOn` and contract `dateSigned` → `signedOn` are
 * Asia/Shanghai civil dates. Fallbacks: `category` from `tender.mainProcurementCategory` (works → construction,
 * goods/services → governmentProcurement); the method from `procurementMethodDetails` (Chinese names) then
 * `procurementMethod`; `electronic` from `options.electronic`, else true when every `tender.submissionMethod` is
 * `electronicSubmission`; `region` from `options.region`; the supervising department, when the release has no
 * `tender.ggzy` block at all, from its one `reviewBody` party. Returns the source too, for a lossless write-back.
 * Throws `GgzyError("INVALID_OCDS")` with the path of the offending field.
 *
 * @example
 * ```ts
 * const { process, source } = readOcdsRelease(release, { region: "371500" });
 * process.bids[0]?.priceYuan; // 11980000
 * // The release again, unknown fields kept, plus what the model learnt: credit codes read from party identifiers,
 * // and tender.numberOfTenderers counted from the bids when the release had none.
 * const back = writeOcdsRelease(process, source);
 * ```
 */
export function readOcdsRelease(release: unknown, options: OcdsReadOptions = {}): OcdsMapping {
  // One guard before any work: an amount of 1e400 (read by JSON.parse as Infinity), a BigInt or a cycle is refused
  // with its path, and the `source` returned is plain JSON.
  assertJsonInput(release, "OCDS release");
  assertOptions(options, "OCDS read options");
  if (!isJsonObject(release)) return invalidOcds([], "a release must be a JSON object", "发布数据应为 JSON 对象");
  const source = JSON.parse(JSON.stringify(release)) as JsonObject;
  const ocid = ocdsId(source.ocid) ?? invalidOcds(["ocid"], "missing ocid", "缺少 ocid");
  const tender = objectAt(source, "tender", []) ?? {};
  const tenderPath = ["tender"];
  const ext = readWith(OcdsTenderExtensionSchema, tender[OCDS_EXTENSION_KEY] ?? {}, [...tenderPath, OCDS_EXTENSION_KEY]);

  const buyer = objectAt(source, "buyer", []);
  const tendererId = (buyer && ocdsId(buyer.id)) ?? invalidOcds(["buyer", "id"], "missing buyer id", "缺少采购人（buyer）id");
  const procuringEntity = objectAt(tender, "procuringEntity", tenderPath);
  const procuringId = procuringEntity ? ocdsId(procuringEntity.id) : undefined;
  const agencyId = procuringId !== undefined && procuringId !== tendererId ? procuringId : undefined;

  const region =
    ext.region ??
    (options.region !== undefined
      ? readWith(RegionCodeSchema, options.region, ["options", "region"])
      : invalidOcds([...tenderPath, OCDS_EXTENSION_KEY, "region"], "no division code: set tender.ggzy.region or options.region", "缺少行政区划代码：请设置 tender.ggzy.region 或 options.region"));
  const electronic = ext.electronic ?? options.electronic ?? electronicFromOcds(arrayAt(tender, "submissionMethod", tenderPath));
  const details = stringAt(tender, "procurementMethodDetails", tenderPath);
  const tenderPeriod = objectAt(tender, "tenderPeriod", tenderPath) ?? {};
  const periodPath = [...tenderPath, "tenderPeriod"];

  const lots: Lot[] = [];
  arrayAt(tender, "lots", tenderPath).forEach((item, i) => {
    const path = [...tenderPath, "lots", i];
    if (!isJsonObject(item)) return invalidOcds(path, "expected an object", "应为对象");
    const name = stringAt(item, "title", path);
    const budgetYuan = yuanAt(item, "value", path);
    lots.push({ id: requiredId(item, path), ...(name !== undefined && { name }), ...(budgetYuan !== undefined && { budgetYuan }) });
  });
  noDuplicates(lots.map((l) => l.id), [...tenderPath, "lots"]);

  const status = tender.status === undefined || tender.status === null ? undefined : readWith(TenderStatusSchema, tender.status, [...tenderPath, "status"]);
  const name = stringAt(tender, "title", tenderPath) ?? ocid;
  const budgetYuan = yuanAt(tender, "value", tenderPath);
  const bidPeriodStart = dateTimeAt(tenderPeriod, "startDate", periodPath);
  const bidDeadline = dateTimeAt(tenderPeriod, "endDate", periodPath);
  // A release written by this library always has a `tender.ggzy` block, and there an absent id means "none"; only
  // a foreign release falls back to its one `reviewBody` party (in China the supervisor also handles complaints).
  const items = readItems(tender, tenderPath);
  const supervisingDepartmentId =
    tender[OCDS_EXTENSION_KEY] !== undefined ? ext.supervisingDepartmentId : uniqueRoleHolder(arrayAt(source, "parties", []), "reviewBody");

  const project: Project = {
    id: ocid,
    name,
    category: ext.category ?? categoryFromOcds(stringAt(tender, "mainProcurementCategory", tenderPath)),
    ...(budgetYuan !== undefined && { budgetYuan }),
    procurementMethod: ext.procurementMethod ?? methodFromOcds(stringAt(tender, "procurementMethod", tenderPath), details, tenderPath),
    ...(details !== undefined && { procurementMethodDetails: details }),
    ...(ext.regime !== undefined && { regime: ext.regime }),
    ...(ext.technicallyComplex === true && { technicallyComplex: true }),
    ...(ext.atTenderThreshold === true && { atTenderThreshold: true }),
    ...(ext.noStatutorySupervisor === true && { noStatutorySupervisor: true }),
    ...(supervisingDepartmentId !== undefined && { supervisingDepartmentId }),
    tendererId,
    ...(agencyId !== undefined && { agencyId }),
    major: ext.major ?? false,
    publicImpact: ext.publicImpact ?? false,
    supportingWorks: ext.supportingWorks ?? false,
    electronic,
    lots,
    ...(items !== undefined && { items }),
    region,
    ...(status !== undefined && { status }),
    dates: {
      ...(ext.publishedOn !== undefined && { publishedOn: ext.publishedOn }),
      ...(bidPeriodStart !== undefined && { bidPeriodStart }),
      ...(bidDeadline !== undefined && { bidDeadline }),
      ...(ext.evaluationOn !== undefined && { evaluationOn: ext.evaluationOn }),
    },
  };

  const bids = readBids(source, ocid);
  const awards = readAwards(source, ocid);
  const contracts = readContracts(source, ocid);
  const parties = readParties(source, { tendererId, buyer, agencyId, procuringEntity, supervisingDepartmentId, bids, awards });

  const result = ContractingProcessSchema.safeParse({ project, bids, awards, contracts, parties });
  if (!result.success) {
    const issues = toGgzyIssues(result.error.issues);
    throw new GgzyError("INVALID_OCDS", {
      zh: `OCDS 发布数据映射后不符合数据模型：${firstIssueZh(ContractingProcessSchema, { project, bids, awards, contracts, parties }) ?? issues[0]?.message ?? ""}`,
      en: `OCDS release maps to an invalid model value: ${issues[0]?.message ?? ""}`,
      issues,
    });
  }
  return { process: result.data, source };
}

function uniqueRoleHolder(parties: unknown[], role: string): string | undefined {
  const holders = parties.filter((p): p is JsonObject => isJsonObject(p) && Array.isArray(p.roles) && p.roles.includes(role));
  const ids = [...new Set(holders.map((p) => ocdsId(p.id)).filter((id): id is string => id !== undefined))];
  return ids.length === 1 ? ids[0] : undefined;
}

function readBids(source: JsonObject, projectId: string): Bid[] {
  const container = objectAt(source, "bids", []);
  if (!container) return [];
  const bids: Bid[] = [];
  arrayAt(container, "details", ["bids"]).forEach((item, i) => {
    const path = ["bids", "details", i];
    if (!isJsonObject(item)) return invalidOcds(path, "expected an object", "应为对象");
    const [bidderId, ...consortiumMemberIds] = referenceIds(item, "tenderers", path);
    if (bidderId === undefined) return; // a bid naming no tenderer is not modelled; the source keeps it
    const ext = readWith(OcdsBidExtensionSchema, item[OCDS_EXTENSION_KEY] ?? {}, [...path, OCDS_EXTENSION_KEY]);
    const lotId = singleLot(item, path);
    const priceYuan = yuanAt(item, "value", path);
    const receivedAt = dateTimeAt(item, "date", path);
    bids.push({
      id: requiredId(item, path),
      projectId,
      ...(lotId !== undefined && { lotId }),
      bidderId,
      consortiumMemberIds,
      ...(priceYuan !== undefined && { priceYuan }),
      status: bidStatusFromOcds(stringAt(item, "status", path), path),
      ...(receivedAt !== undefined && { receivedAt }),
      ...(ext.fingerprint !== undefined && { fingerprint: ext.fingerprint }),
      ...(ext.agent !== undefined && { agent: ext.agent }),
      ...(ext.projectManager !== undefined && { projectManager: ext.projectManager }),
      ...(ext.bondAccount !== undefined && { bondAccount: ext.bondAccount }),
    });
  });
  noDuplicates(bids.map((b) => b.id), ["bids", "details"]);
  return bids;
}

function readAwards(source: JsonObject, projectId: string): Award[] {
  const awards: Award[] = [];
  arrayAt(source, "awards", []).forEach((item, i) => {
    const path = ["awards", i];
    if (!isJsonObject(item)) return invalidOcds(path, "expected an object", "应为对象");
    const [bidderId, ...otherSupplierIds] = referenceIds(item, "suppliers", path);
    if (bidderId === undefined) return; // e.g. an unsuccessful award with no supplier: kept in the source only
    const lotId = singleLot(item, path);
    const noticeOn = civilDateAt(item, "date", path);
    const valueYuan = yuanAt(item, "value", path);
    const items = readItems(item, path);
    const status = item.status === undefined || item.status === null ? "pending" : readWith(AwardStatusSchema, item.status, [...path, "status"]);
    awards.push({
      id: requiredId(item, path),
      projectId,
      ...(lotId !== undefined && { lotId }),
      bidderId,
      otherSupplierIds,
      ...(noticeOn !== undefined && { noticeOn }),
      status,
      ...(valueYuan !== undefined && { valueYuan }),
      ...(items !== undefined && { items }),
    });
  });
  noDuplicates(awards.map((a) => a.id), ["awards"]);
  return awards;
}

function readContracts(source: JsonObject, projectId: string): Contract[] {
  const contracts: Contract[] = [];
  arrayAt(source, "contracts", []).forEach((item, i) => {
    const path = ["contracts", i];
    if (!isJsonObject(item)) return invalidOcds(path, "expected an object", "应为对象");
    const awardId = ocdsId(item.awardID);
    if (awardId === undefined) return; // a contract not linked to an award is not modelled
    const signedOn = civilDateAt(item, "dateSigned", path);
    const amountYuan = yuanAt(item, "value", path);
    const status = item.status === undefined || item.status === null ? undefined : readWith(ContractStatusSchema, item.status, [...path, "status"]);
    contracts.push({
      id: requiredId(item, path),
      projectId,
      awardId,
      ...(signedOn !== undefined && { signedOn }),
      ...(amountYuan !== undefined && { amountYuan }),
      ...(status !== undefined && { status }),
    });
  });
  noDuplicates(contracts.map((c) => c.id), ["contracts"]);
  return contracts;
}

interface PartyContext {
  readonly tendererId: string;
  readonly buyer: JsonObject | undefined;
  readonly agencyId: string | undefined;
  readonly procuringEntity: JsonObject | undefined;
  readonly supervisingDepartmentId: string | undefined;
  readonly bids: ReadonlyArray<Bid>;
  readonly awards: ReadonlyArray<Award>;
}

const CREDIT_CODE_SCHEMES = /^CN-(USCC|SAMR|SAIC)$/;

function readParties(source: JsonObject, ctx: PartyContext): ContractingProcess["parties"] {
  const tenderers: Tenderer[] = [];
  const bidders: Bidder[] = [];
  const agencies: Agency[] = [];
  const supervisingDepartments: SupervisingDepartment[] = [];
  const ids: string[] = [];
  arrayAt(source, "parties", []).forEach((item, i) => {
    const path = ["parties", i];
    if (!isJsonObject(item)) return invalidOcds(path, "expected an object", "应为对象");
    const id = ocdsId(item.id);
    if (id === undefined) return; // a party without an id cannot be referenced: kept in the source only
    ids.push(id);
    const roles = arrayAt(item, "roles", path).filter((r): r is string => typeof r === "string");
    const ext = readWith(OcdsPartyExtensionSchema, item[OCDS_EXTENSION_KEY] ?? {}, [...path, OCDS_EXTENSION_KEY]);
    const name = stringAt(item, "name", path) ?? id;
    const identifier = objectAt(item, "identifier", path);
    const scheme = identifier ? identifier.scheme : undefined;
    const creditCode =
      typeof scheme === "string" && CREDIT_CODE_SCHEMES.test(scheme) && CreditCodeSchema.safeParse(identifier?.id).success
        ? (identifier?.id as string)
        : undefined;
    const withCode = <T extends { creditCode?: string | undefined }>(block: T): T =>
      block.creditCode === undefined && creditCode !== undefined ? { ...block, creditCode } : block;

    if (id === ctx.tendererId || ext.tenderer !== undefined) tenderers.push({ id, name, ...withCode(ext.tenderer ?? { soe: false, investmentCompany: false }) });
    if (roles.includes("tenderer") || roles.includes("supplier") || ext.bidder !== undefined) {
      bidders.push({ id, name, ...withCode(ext.bidder ?? { shareholders: [], bankAccounts: [], creditRecords: [], penalties: [], blacklist: [] }) });
    }
    if (id === ctx.agencyId || ext.agency !== undefined) {
      agencies.push({ id, name, ...(ext.agency ?? { disclosure: {}, staff: [], professionalFields: [], creditRecords: [], penalties: [], blacklist: [] }) });
    }
    if (id === ctx.supervisingDepartmentId || roles.includes("reviewBody") || ext.supervisingDepartment !== undefined) {
      supervisingDepartments.push({ id, name, ...(ext.supervisingDepartment ?? { sectors: [] }) });
    }
  });
  noDuplicates(ids, ["parties"]);
  // The buyer and the procuring entity are named in references even when `parties` lacks them.
  if (!tenderers.some((t) => t.id === ctx.tendererId)) {
    const name = ctx.buyer && typeof ctx.buyer.name === "string" && ctx.buyer.name !== "" ? ctx.buyer.name : ctx.tendererId;
    tenderers.push({ id: ctx.tendererId, name, soe: false, investmentCompany: false });
  }
  if (ctx.agencyId !== undefined && !agencies.some((a) => a.id === ctx.agencyId)) {
    const pe = ctx.procuringEntity;
    const name = pe && typeof pe.name === "string" && pe.name !== "" ? pe.name : ctx.agencyId;
    agencies.push({ id: ctx.agencyId, name, disclosure: {}, staff: [], professionalFields: [], creditRecords: [], penalties: [], blacklist: [] });
  }
  return { tenderers, bidders, agencies, supervisingDepartments };
}
