import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ContractingProcess, JsonObject } from "../../src/model/index";
import { DocumentFingerprintSchema, GgzyError, ocdsReleasesOf, parseOcdsJsonLines, OcdsBidExtensionSchema, OcdsTenderExtensionSchema, readOcdsRelease, writeOcdsRelease } from "../../src/model/index";
import { shanghaiDateOf } from "../../src/model/ocds";
import { parseRfc3339 } from "../../src/scoring/risk/rfc3339";
import type { PreciseInstant } from "../../src/scoring/risk/rfc3339";
import { arbitraryContractingProcess, arbitraryIsoDateTime } from "./arbitraries";
import { liaochengRelease } from "./ocdsRelease.fixture";

function ocdsError(fn: () => unknown): GgzyError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GgzyError) return e;
    throw e;
  }
  throw new Error("expected a GgzyError");
}

describe("reading a real-looking OCDS release", () => {
  const { process } = readOcdsRelease(liaochengRelease());
  const { project } = process;

  it("maps the project from ocid, buyer and tender", () => {
    expect(project).toEqual({
      id: "ocds-lc80ab-LCGGZY-2024-0137",
      name: "东昌路（柳园路—东关街）道路改造工程",
      category: "construction",
      budgetYuan: 12500000,
      procurementMethod: "open",
      procurementMethodDetails: "公开招标",
      supervisingDepartmentId: "D-ZJ",
      tendererId: "T-DCFZJ",
      agencyId: "A-LCZB",
      major: false,
      publicImpact: true,
      supportingWorks: false,
      electronic: true,
      lots: [{ id: "L1", name: "第一标段", budgetYuan: 12500000 }],
      items: [{ id: "1", description: "道路工程施工", classification: { scheme: "CPV", id: "45233140", description: "Roadworks" }, quantity: 1, lotId: "L1" }],
      region: "371502",
      status: "complete",
      dates: {
        publishedOn: "2024-03-01",
        bidPeriodStart: "2024-03-01T09:00:00+08:00",
        bidDeadline: "2024-03-22T09:30:00+08:00",
        evaluationOn: "2024-03-22",
      },
    });
  });

  it("maps the bids that name a tenderer, with the art. 40 extension", () => {
    expect(process.bids.map((b) => [b.id, b.bidderId, b.priceYuan, b.status, b.lotId])).toEqual([
      ["BID-1", "B-HD", 11980000, "valid", "L1"],
      ["BID-2", "B-LX", 12100000, "valid", "L1"],
      ["BID-3", "B-HJ", 10200000, "disqualified", "L1"],
    ]);
    const [first, second] = process.bids;
    expect(first?.receivedAt).toBe("2024-03-21T16:05:00+08:00");
    expect(first?.fingerprint?.machineId).toBe("00-1A-2B-3C-4D-5E");
    expect(first?.fingerprint?.fileHash).toBe(second?.fingerprint?.fileHash);
    expect(first?.agent).toEqual({ id: "PER-11", name: "赵敏" });
    expect(first?.projectManager?.name).toBe("陈杰");
    expect(second?.bondAccount).toEqual({ bank: "中国工商银行聊城分行", accountNumber: "1610000000000000001" });
    expect(process.bids.every((b) => b.projectId === project.id)).toBe(true);
  });

  it("maps awards with a supplier and contracts with an award, dates in Asia/Shanghai", () => {
    expect(process.awards).toEqual([
      {
        id: "AW-1",
        projectId: project.id,
        lotId: "L1",
        bidderId: "B-HD",
        otherSupplierIds: [],
        noticeOn: "2024-03-29",
        status: "active",
        valueYuan: 11980000,
        items: [{ id: "1", description: "道路工程施工", classification: { scheme: "CPV", id: "45233140" }, quantity: 1 }],
      },
    ]);
    // 2024-04-14T17:30Z is 01:30 on the 15th in Liaocheng.
    expect(process.contracts).toEqual([
      { id: "CT-1", projectId: project.id, awardId: "AW-1", signedOn: "2024-04-15", amountYuan: 11980000, status: "active" },
    ]);
  });

  it("sorts the parties into the model's kinds", () => {
    const { tenderers, bidders, agencies, supervisingDepartments } = process.parties;
    expect(tenderers).toEqual([
      { id: "T-DCFZJ", name: "聊城市东昌府区住房和城乡建设局", region: "371502", creditCode: "11371502004123456X", soe: false, investmentCompany: false },
    ]);
    expect(bidders.map((b) => b.id)).toEqual(["B-HD", "B-LX", "B-HJ"]);
    expect(bidders[0]?.creditCode).toBe("91371500MA3C12345X");
    expect(bidders[0]?.legalRepresentative).toEqual({ id: "PER-01", name: "王强" });
    expect(agencies.map((a) => [a.id, a.professionalFields])).toEqual([["A-LCZB", ["construction"]]]);
    expect(supervisingDepartments.map((d) => d.id)).toEqual(["D-ZJ"]);
  });

  it("falls back on OCDS codes and options when the extension is absent", () => {
    const release = liaochengRelease() as { tender: JsonObject; parties: JsonObject[] };
    delete release.tender.ggzy;
    release.tender.procurementMethod = "limited";
    release.tender.procurementMethodDetails = "竞争性磋商";
    release.tender.mainProcurementCategory = "services";
    release.tender.submissionMethod = ["electronicSubmission", "written"];
    const p = readOcdsRelease(release, { region: "371500" }).process.project;
    expect([p.procurementMethod, p.category, p.electronic, p.region, p.supervisingDepartmentId]).toEqual([
      "competitiveConsultation",
      "governmentProcurement",
      false,
      "371500",
      "D-ZJ",
    ]);
    expect(readOcdsRelease(release, { region: "371500", electronic: true }).process.project.electronic).toBe(true);
  });

  it("does not map amounts in another currency", () => {
    const release = liaochengRelease() as { tender: JsonObject };
    release.tender.value = { amount: 1_700_000, currency: "USD" };
    const { process: p, source } = readOcdsRelease(release);
    expect(p.project.budgetYuan).toBeUndefined();
    expect((writeOcdsRelease(p, source).tender as JsonObject).value).toEqual({ amount: 1_700_000, currency: "USD" });
  });
});

describe("malformed releases give INVALID_OCDS at the bad field", () => {
  const cases: Array<[string, (r: Record<string, any>) => void, Array<string | number>]> = [
    ["missing ocid", (r) => delete r.ocid, ["ocid"]],
    ["missing buyer", (r) => delete r.buyer, ["buyer", "id"]],
    ["text amount", (r) => (r.bids.details[1].value.amount = "12,100,000"), ["bids", "details", 1, "value", "amount"]],
    ["negative amount", (r) => (r.tender.value.amount = -5), ["tender", "value", "amount"]],
    ["bad bid date", (r) => (r.bids.details[0].date = "2024-02-30T09:00:00+08:00"), ["bids", "details", 0, "date"]],
    ["bad award status", (r) => (r.awards[0].status = "won"), ["awards", 0, "status"]],
    ["bad extension field", (r) => (r.bids.details[0].ggzy.agent = { name: 42 }), ["bids", "details", 0, "ggzy", "agent", "name"]],
    ["duplicate bid id", (r) => (r.bids.details[1].id = "BID-1"), ["bids", "details", 1, "id"]],
    ["unknown method", (r) => ((r.tender.procurementMethod = "auction"), delete r.tender.procurementMethodDetails), ["tender", "procurementMethod"]],
    ["parties not an array", (r) => (r.parties = {}), ["parties"]],
  ];
  for (const [what, corrupt, path] of cases) {
    it(what, () => {
      const release = liaochengRelease() as Record<string, any>;
      corrupt(release);
      const e = ocdsError(() => readOcdsRelease(release));
      expect(e.code).toBe("INVALID_OCDS");
      expect(e.issues[0]?.path).toEqual(path);
    });
  }
  it("asks for a region when neither the release nor the options give one", () => {
    const release = liaochengRelease() as { tender: JsonObject };
    delete release.tender.ggzy;
    expect(ocdsError(() => readOcdsRelease(release)).issues[0]?.path).toEqual(["tender", "ggzy", "region"]);
  });
  it("refuses a non-object", () => expect(ocdsError(() => readOcdsRelease([])).code).toBe("INVALID_OCDS"));
});

describe("OCDS round trip", () => {
  it("gives back the release, adding only what the model learnt (credit codes from identifiers, the number of tenderers)", () => {
    const release = liaochengRelease();
    const { process, source } = readOcdsRelease(release);
    const expected = liaochengRelease() as { parties: Array<{ ggzy?: Record<string, Record<string, unknown>> }>; tender: Record<string, unknown> };
    (expected.parties[0]!.ggzy!.tenderer as Record<string, unknown>).creditCode = "11371502004123456X";
    (expected.parties[3]!.ggzy!.bidder as Record<string, unknown>).creditCode = "91371500MA3C12345X";
    // B-HD and B-LX (valid) and B-HJ (disqualified) placed bids; BID-4 was withdrawn and names no tenderer.
    expected.tender.numberOfTenderers = 3;
    expect(writeOcdsRelease(process, source)).toEqual(expected);
    // The input was not mutated.
    expect(release).toEqual(liaochengRelease());
  });

  it("keeps unknown fields anywhere in the release (property)", () => {
    const places = ["", "tender", "tender.items.0", "tender.items.0.classification", "awards.0.items.0", "buyer", "parties.0", "parties.6", "bids", "bids.details.0", "bids.details.3", "awards.0", "awards.1", "contracts.0", "tender.lots.0", "bids.details.0.tenderers.0"];
    const jsonValue = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.constantFrom(...places), fc.stringMatching(/^x_[a-z]{1,8}$/), jsonValue), { maxLength: 6, selector: ([p, k]) => `${p}/${k}` }), (extras) => {
        const release = liaochengRelease();
        for (const [place, key, value] of extras) {
          const target = place === "" ? release : place.split(".").reduce<any>((o, k) => o[k], release);
          target[key] = value;
        }
        const expected = JSON.parse(JSON.stringify(release));
        const { process, source } = readOcdsRelease(release);
        const written = writeOcdsRelease(process, source) as any;
        for (const [place, key] of extras) {
          const at = (root: any) => (place === "" ? root : place.split(".").reduce<any>((o, k) => o[k], root));
          expect(at(written)[key]).toEqual(at(expected)[key]);
        }
        expect(readOcdsRelease(written).process).toEqual(process);
      }),
      { seed: 80, numRuns: 60 },
    );
  });

  it("writes model edits and removals, keeping the rest", () => {
    const { process, source } = readOcdsRelease(liaochengRelease());
    const edited: ContractingProcess = {
      ...process,
      project: { ...process.project, major: true, budgetYuan: 13_000_000 },
      bids: process.bids.filter((b) => b.id !== "BID-3").map((b) => (b.id === "BID-1" ? { ...b, priceYuan: 11_900_000 } : b)),
      parties: { ...process.parties, bidders: process.parties.bidders.filter((b) => b.id !== "B-HJ") },
    };
    const out = writeOcdsRelease(edited, source) as any;
    expect(out.tender.ggzy.major).toBe(true);
    expect(out.tender.value).toEqual({ amount: 13_000_000, currency: "CNY" });
    expect(out.bids.details.map((d: any) => d.id)).toEqual(["BID-1", "BID-2", "BID-4"]);
    expect(out.bids.details[0].value.amount).toBe(11_900_000);
    expect(out.bids.details[0].documents).toEqual([{ id: "BD1", documentType: "submissionDocuments" }]);
    expect(out.parties.map((p: any) => p.id)).toEqual(["T-DCFZJ", "A-LCZB", "D-ZJ", "B-HD", "B-LX", "X-FIN"]);
    expect(readOcdsRelease(out).process).toEqual(edited);
  });

  it("model → OCDS → model is the identity, date-times in their RFC 3339 form (property)", () => {
    fc.assert(
      fc.property(arbitraryContractingProcess.map(normalise).map(rfc3339DateTimes), (process) => {
        const written = writeOcdsRelease(process);
        expect(readOcdsRelease(JSON.parse(JSON.stringify(written))).process).toEqual(process);
      }),
      { seed: 2018, numRuns: 100 },
    );
  });

  it("writes a release without a source, never inventing a date", () => {
    const process = readOcdsRelease(liaochengRelease()).process;
    const fresh = writeOcdsRelease(process);
    expect(fresh).toMatchObject({ ocid: process.project.id, id: process.project.id, tag: ["compiled"], initiationType: "tender" });
    expect(fresh).not.toHaveProperty("date");
    expect(writeOcdsRelease(process, undefined, { releaseDate: "2024-04-16T10:00:00+08:00", releaseId: "r1" })).toMatchObject({ id: "r1", date: "2024-04-16T10:00:00+08:00" });
  });

  it("reads its own output back to the same instants when the model's date-times have no offset or seconds (property)", () => {
    fc.assert(
      fc.property(arbitraryContractingProcess.map(normalise), (process) => {
        const back = readOcdsRelease(JSON.parse(JSON.stringify(writeOcdsRelease(process)))).process;
        const pairs: Array<[string | undefined, string | undefined]> = [
          [process.project.dates.bidPeriodStart, back.project.dates.bidPeriodStart],
          [process.project.dates.bidDeadline, back.project.dates.bidDeadline],
          ...process.bids.map((b, i): [string | undefined, string | undefined] => [b.receivedAt, back.bids[i]?.receivedAt]),
        ];
        for (const [before, after] of pairs) {
          if (before === undefined) {
            expect(after).toBeUndefined();
            continue;
          }
          // Written in the strict form Cardinal parses, and the same instant as the model's (no offset = +08:00).
          const parsed = parseRfc3339(after as string);
          expect(parsed, after).toBeDefined();
          expect((parsed as PreciseInstant).seconds * 1000 + Math.floor((parsed as PreciseInstant).nanos / 1e6)).toBe(instantOf(before));
        }
      }),
      { seed: 3339, numRuns: 100 },
    );
  });

  it("writes date-times with their offset: none means Asia/Shanghai (+08:00)", () => {
    const { process } = readOcdsRelease(liaochengRelease());
    const local: ContractingProcess = {
      ...process,
      project: { ...process.project, dates: { ...process.project.dates, bidPeriodStart: "2024-03-01T09:00", bidDeadline: "2024-03-22T09:30:15.5" } },
      bids: process.bids.map((b, i) => ({ ...b, receivedAt: ["2024-03-21T16:05", "2024-03-21T09:40:00Z", "2024-03-22T09:10:00-05:00"][i] as string })),
    };
    const out = writeOcdsRelease(local, undefined, { releaseDate: "2024-04-16T10:00" }) as any;
    expect(out.date).toBe("2024-04-16T10:00:00+08:00");
    expect(out.tender.tenderPeriod).toEqual({ startDate: "2024-03-01T09:00:00+08:00", endDate: "2024-03-22T09:30:15.5+08:00" });
    expect(out.bids.details.map((d: any) => d.date)).toEqual(["2024-03-21T16:05:00+08:00", "2024-03-21T09:40:00Z", "2024-03-22T09:10:00-05:00"]);
    // A source's offset date-time comes back as it was (the reader keeps it), even written with the source.
    const { process: read, source } = readOcdsRelease(liaochengRelease());
    expect((writeOcdsRelease(read, source) as any).tender.tenderPeriod).toEqual((liaochengRelease() as any).tender.tenderPeriod);
  });

  it("counts tender.numberOfTenderers from the bids: distinct parties, consortium members too, not invited or withdrawn", () => {
    const { process } = readOcdsRelease(liaochengRelease());
    const bid = process.bids[0]!;
    const counted = (bids: ContractingProcess["bids"]) => (writeOcdsRelease({ ...process, bids }) as any).tender.numberOfTenderers;
    expect(counted(process.bids)).toBe(3);
    // A consortium's members each placed the bid; the same firm bidding on two lots is one party.
    expect(counted([{ ...bid, consortiumMemberIds: ["B-X", "B-Y"] }, { ...bid, id: "BID-9", lotId: "L2" }])).toBe(3);
    expect(counted([bid, { ...bid, id: "BID-8", bidderId: "B-P", status: "pending" }, { ...bid, id: "BID-9", bidderId: "B-W", status: "withdrawn" }])).toBe(2);
    // Every bid withdrawn: none was opened.
    expect(counted([{ ...bid, status: "withdrawn" }])).toBe(0);
    // No bids: nothing to count from, so no number (0 would say that nobody bid).
    expect(writeOcdsRelease({ ...process, bids: [] }).tender).not.toHaveProperty("numberOfTenderers");
    // A source's own number (say, bids not all disclosed) is the publisher's and stays.
    const release = liaochengRelease() as any;
    release.tender.numberOfTenderers = 7;
    const read = readOcdsRelease(release);
    expect((writeOcdsRelease(read.process, read.source) as any).tender.numberOfTenderers).toBe(7);
    // An OCDS `invited` bid (read as pending) is written back as invited and not counted.
    const invited = liaochengRelease() as any;
    invited.bids.details[1].status = "invited";
    const r = readOcdsRelease(invited);
    expect((writeOcdsRelease(r.process, r.source) as any).tender.numberOfTenderers).toBe(2);
  });

  it("writes a pending bid's status, unless the source's bid had none (or was invited)", () => {
    const { process, source } = readOcdsRelease(liaochengRelease());
    const pending = { ...process, bids: process.bids.map((b) => ({ ...b, status: "pending" as const })) };
    expect((writeOcdsRelease(pending) as any).bids.details.map((d: any) => d.status)).toEqual(["pending", "pending", "pending"]);
    const noStatus = structuredClone(source) as any;
    delete noStatus.bids.details[0].status;
    noStatus.bids.details[1].status = "invited";
    const written = writeOcdsRelease(pending, noStatus) as any;
    expect(written.bids.details.map((d: any) => d.status)).toEqual([undefined, "invited", "pending", "withdrawn"]);
  });

  it("refuses an invalid process with INVALID_INPUT", () => {
    const process = readOcdsRelease(liaochengRelease()).process;
    const bad = { ...process, project: { ...process.project, budgetYuan: -1 } };
    const e = ocdsError(() => writeOcdsRelease(bad));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues[0]?.path).toEqual(["project", "budgetYuan"]);
  });
});

describe("the ggzy extension's documented field names", () => {
  const doc = readFileSync(new URL("../../docs/ocds-extension.md", import.meta.url), "utf8");
  it("are the schema's names (the risk indicators read them from raw OCDS)", () => {
    expect(Object.keys(OcdsBidExtensionSchema.shape)).toEqual(["fingerprint", "agent", "projectManager", "bondAccount"]);
    expect(Object.keys(DocumentFingerprintSchema.shape)).toEqual(["fileHash", "author", "machineId"]);
    for (const field of ["fingerprint.fileHash", "fingerprint.author", "fingerprint.machineId", "agent.id", "projectManager.id", "bondAccount.bank", "bondAccount.accountNumber"]) {
      expect(doc).toContain(`\`${field}\``);
    }
    for (const field of Object.keys(OcdsTenderExtensionSchema.shape)) expect(doc).toContain(`\`${field}\``);
  });
});

describe("shanghaiDateOf", () => {
  it("gives the civil date in Asia/Shanghai whatever the offset", () => {
    expect(shanghaiDateOf("2024-04-14T17:30:00Z")).toBe("2024-04-15");
    expect(shanghaiDateOf("2024-04-14T15:59:59Z")).toBe("2024-04-14");
    expect(shanghaiDateOf("2024-04-14T23:30")).toBe("2024-04-14");
    expect(shanghaiDateOf("2024-12-31T20:00:00-05:00")).toBe("2025-01-01");
    expect(shanghaiDateOf("2024-02-29")).toBe("2024-02-29");
    expect(shanghaiDateOf("2023-02-29T10:00:00Z")).toBeUndefined();
    expect(shanghaiDateOf("yesterday")).toBeUndefined();
    expect(shanghaiDateOf("0050-01-01T00:00:00+08:00")).toBe("0050-01-01");
  });
  it("agrees with the platform's ISO parser on offset date-times (property)", () => {
    fc.assert(
      fc.property(arbitraryIsoDateTime, (value) => {
        const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
        const withOffset = hasOffset ? value : `${value.length === 16 ? `${value}:00` : value}+08:00`;
        const expected = new Date(new Date(withOffset).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(shanghaiDateOf(value)).toBe(expected);
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

/** Epoch milliseconds of a model date-time: no offset means +08:00 (the platform's parser, for a second opinion). */
function instantOf(value: string): number {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  return new Date(hasOffset ? value : `${value.length === 16 ? `${value}:00` : value}+08:00`).getTime();
}

/** The model's date-times in the form the writer gives them: seconds and offset written (+08:00 when none). */
function rfc3339DateTimes(p: ContractingProcess): ContractingProcess {
  const form = <T extends string | undefined>(v: T): T =>
    (v === undefined ? v : v.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/, (_, m: string, s?: string, o?: string) => `${m}${s ?? ":00"}${o ?? "+08:00"}`)) as T;
  const dates = { ...p.project.dates };
  if (dates.bidPeriodStart !== undefined) dates.bidPeriodStart = form(dates.bidPeriodStart);
  if (dates.bidDeadline !== undefined) dates.bidDeadline = form(dates.bidDeadline);
  return { ...p, project: { ...p.project, dates }, bids: p.bids.map((b) => (b.receivedAt === undefined ? b : { ...b, receivedAt: form(b.receivedAt) })) };
}

/**
 * What one OCDS release can say about a process: ids unique per kind, every item belongs to the project, the
 * buyer and the agency exist as parties (the reader creates them from references otherwise), consortium members
 * distinct from the lead.
 */
function normalise(p: ContractingProcess): ContractingProcess {
  const uniqueBy = <T extends { id: string }>(items: ReadonlyArray<T>): T[] => [...new Map(items.map((i) => [i.id, i])).values()];
  const project = { ...p.project, lots: uniqueBy(p.project.lots) };
  const tenderers = uniqueBy(p.parties.tenderers.filter((t) => t.id !== project.tendererId));
  const agencies = uniqueBy(p.parties.agencies.filter((a) => a.id !== project.agencyId));
  return {
    project,
    bids: uniqueBy(p.bids).map((b) => ({ ...b, projectId: project.id, consortiumMemberIds: [...new Set(b.consortiumMemberIds)].filter((id) => id !== b.bidderId) })),
    awards: uniqueBy(p.awards).map((a) => ({ ...a, projectId: project.id, otherSupplierIds: [...new Set(a.otherSupplierIds)].filter((id) => id !== a.bidderId) })),
    contracts: uniqueBy(p.contracts).map((c) => ({ ...c, projectId: project.id })),
    parties: {
      tenderers: [{ id: project.tendererId, name: `${project.tendererId} 采购人`, soe: true, investmentCompany: false }, ...tenderers],
      bidders: uniqueBy(p.parties.bidders),
      agencies: project.agencyId === undefined ? agencies : [{ ...(p.parties.agencies[0] ?? { disclosure: {}, staff: [], professionalFields: [], creditRecords: [], penalties: [], blacklist: [] }), id: project.agencyId, name: "代理" }, ...agencies],
      supervisingDepartments: uniqueBy(p.parties.supervisingDepartments),
    },
  };
}

describe("OCDS containers", () => {
  const a = { ocid: "a" };
  const b = { ocid: "b" };
  it("finds the releases of packages, arrays and single releases", () => {
    expect(ocdsReleasesOf({ uri: "u", releases: [a, b] })).toEqual([a, b]);
    expect(ocdsReleasesOf({ records: [{ ocid: "a", compiledRelease: a }] })).toEqual([a]);
    expect(ocdsReleasesOf([a, b])).toEqual([a, b]);
    expect(ocdsReleasesOf(a)).toEqual([a]);
  });
  it("names the bad entry", () => {
    expect(ocdsError(() => ocdsReleasesOf({ releases: [a, 3] })).issues[0]?.path).toEqual(["releases", 1]);
    expect(ocdsError(() => ocdsReleasesOf({ records: [{ ocid: "a" }] })).issues[0]?.path).toEqual(["records", 0, "compiledRelease"]);
    expect(ocdsError(() => ocdsReleasesOf({ hello: 1 })).code).toBe("INVALID_OCDS");
  });
  it("reads JSON Lines, naming the bad line", () => {
    expect(parseOcdsJsonLines('{"ocid":"a"}\r\n\n{"ocid":"b"}\n')).toEqual([a, b]);
    expect(ocdsError(() => parseOcdsJsonLines('{"ocid":"a"}\n{oops\n')).issues[0]?.path).toEqual(["line", 2]);
    expect(ocdsError(() => parseOcdsJsonLines("[1]")).issues[0]?.path).toEqual(["line", 1]);
  });
});
