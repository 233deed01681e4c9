import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { announceDraw, announcedSeed, differenceFromAnnouncement, isDrawRequest, matchesValueFormat, verifyDrawAgainst } from "../../src/announcement/index";
import { draw } from "../../src/sampling/index";

/*
 * ggzy-rules/announcement: the pre-draw announcement and the verdict `ggzy verify` gives, for a platform to use with
 * the published API. A public draw (supervisors) keeps the cases free of salts.
 */

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/draws/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
const SOURCE = "中国福利彩票双色球 第2024050期 开奖号码";
const FORMAT = "####### ## ## ## ## ## ## + ##";
const SEED = { kind: "lottery", value: "2024050 03 11 19 24 28 33 + 07", source: SOURCE };
const request = example("supervisors-request.json");
const announced = announceDraw("supervisors", request, { kind: "lottery", source: SOURCE, valueFormat: FORMAT });
const recordOf = (req: Record<string, unknown>, seed: unknown = SEED): unknown => draw("supervisors", { ...req, seedMaterial: seed }).record;

describe("matchesValueFormat", () => {
  it("# is one decimal digit, ? one lower-case hex digit, anything else itself, and the lengths must agree", () => {
    expect(matchesValueFormat("2024050 03 11 19 24 28 33 + 07", FORMAT)).toBe(true);
    expect(matchesValueFormat("2024050 3 11 19 24 28 33 + 7", FORMAT)).toBe(false);
    expect(matchesValueFormat("0a9f", "????")).toBe(true);
    expect(matchesValueFormat("0A9F", "????")).toBe(false);
    expect(matchesValueFormat("12", "###")).toBe(false);
  });
});

describe("announcedSeed and differenceFromAnnouncement refuse what is not an announcement (GgzyError INVALID_INPUT)", () => {
  it("a value format with no placeholder, a missing source, an unknown kind", () => {
    expect(() => announcedSeed({ kind: "lottery", source: SOURCE, valueFormat: "2024050" })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => announcedSeed({ kind: "lottery", source: " ", valueFormat: FORMAT })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => announcedSeed({ kind: "coin", source: SOURCE, valueFormat: FORMAT })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
    expect(() => differenceFromAnnouncement(recordOf(request), { ...announced, announcement: "other/1" })).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });
});

describe("verifyDrawAgainst", () => {
  it("reproduces the announced draw checked against its request and its announcement", () => {
    expect(isDrawRequest(request)).toBe(true);
    expect(verifyDrawAgainst(recordOf(request), request, SEED, { announcement: announced })).toEqual({ reproduced: true });
  });

  it("a draw under another drawId reproduces from bare inputs, and is refused at drawId by the request and the announcement", () => {
    const record = recordOf({ ...request, drawId: `${String(request["drawId"])}-1` });
    expect(verifyDrawAgainst(record, request["inputs"], SEED)).toEqual({ reproduced: true });
    expect(verifyDrawAgainst(record, request, SEED)).toMatchObject({ reproduced: false, firstDifference: { path: "drawId" }, against: "request" });
    expect(verifyDrawAgainst(record, request["inputs"], SEED, { announcement: announced })).toMatchObject({ reproduced: false, firstDifference: { path: "drawId" }, against: "announcement" });
  });

  it("the same numbers written another way are refused at the value; edited params after the re-run; other seed material by the re-run", () => {
    const written = { ...SEED, value: "2024050 3 11 19 24 28 33 + 7" };
    expect(verifyDrawAgainst(recordOf(request, written), request, written, { announcement: announced })).toMatchObject({ firstDifference: { path: "seedSource.material.value" }, against: "announcement" });
    const params = { ...(request["params"] as Record<string, unknown>), count: 1 };
    expect(verifyDrawAgainst(recordOf({ ...request, params }), request, SEED)).toMatchObject({ firstDifference: { path: "params" }, against: "request" });
    expect(verifyDrawAgainst(recordOf(request), request, { ...SEED, value: "2024051 01 02 03 04 05 06 + 01" })).toMatchObject({ reproduced: false, against: "re-run" });
  });
});
