import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNOUNCEMENT_FORMAT, announceDraw, verifyDrawAgainst } from "ggzy-rules/announcement";
import type { DrawAnnouncement } from "ggzy-rules/announcement";
import { writeCity } from "../../../examples/demo/write";
import { verifyPublishedDraw } from "../../src/demo/draws";
import type { DrawFiles, DrawSummary } from "../../src/demo/draws";
import { renderHtmlReport } from "../../src/demo/report-html";
import { renderMarkdownReport } from "../../src/demo/report-md";
import { runDemo } from "../../src/demo/run";
import type { DemoResult } from "../../src/demo/run";

/*
 * The demo publishes each draw as a trading centre should: the announcement (ggzy-draw-announcement/1) made before
 * the draw, then the record, request, seed material (and salt), and checks each draw against its announcement the
 * way `ggzy verify --announcement` does. Without the announcement, the drawId, the seed's source and its text could
 * have been chosen after the randomness was known, and "verified" would claim more than was checked.
 */

const root = mkdtempSync(join(tmpdir(), "ggzy-demo-ann-"));
const cityDir = join(root, "city");
const outDir = join(root, "report");
const drawsDir = join(outDir, "draws");
let result: DemoResult;

beforeAll(() => {
  // Seed "c": a small city whose coming week has a major project, so all three kinds of draw are made.
  writeCity(cityDir, { projects: 200, seed: "c" });
  result = runDemo({ dataDir: cityDir, outDir });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const drawn = (): DrawSummary[] => result.draws.filter((d) => d.status === "drawn");
const filesOf = (d: DrawSummary): DrawFiles => {
  if (d.files === undefined) throw new Error(`${d.drawId} has no files`);
  return d.files;
};
const readJson = (dir: string, f: string): unknown => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown;

/** A copy of the published draws whose announcement of `drawId` is edited by `edit`. */
function tamperedCopy(drawId: string, edit: (a: Record<string, unknown>) => Record<string, unknown>): { dir: string; files: DrawFiles } {
  const d = result.draws.find((x) => x.drawId === drawId);
  if (d === undefined) throw new Error(`no draw ${drawId}`);
  const files = filesOf(d);
  const dir = mkdtempSync(join(root, "tampered-"));
  cpSync(drawsDir, dir, { recursive: true });
  const announcement = readJson(dir, files.announcement) as Record<string, unknown>;
  writeFileSync(join(dir, files.announcement), `${JSON.stringify(edit(announcement), null, 2)}\n`);
  return { dir, files };
}

describe("ggzy demo: every draw is announced before it is made and checked against its announcement", () => {
  it("has drawn a committee, social supervisors and the quarter's spot checks (what the cases below check)", () => {
    const kinds = new Set(drawn().map((d) => d.kind));
    expect([...kinds].sort()).toEqual(["committee", "spotChecks", "supervisors"]);
  });

  it("writes <drawId>.announcement.json beside the other files of each draw, and reports it in files", () => {
    const names = readdirSync(drawsDir);
    for (const d of drawn()) {
      const files = filesOf(d);
      expect(files.announcement, d.drawId).toBe(`${d.drawId}.announcement.json`);
      expect(names, d.drawId).toContain(files.announcement);
    }
    expect(names.filter((n) => n.endsWith(".announcement.json")).length).toBe(drawn().length);
  });

  it("makes each announcement with the library's announceDraw from the published request and the announced seed description", () => {
    for (const d of drawn()) {
      const files = filesOf(d);
      const written = readJson(drawsDir, files.announcement) as DrawAnnouncement;
      const record = readJson(drawsDir, files.record) as { inputHash: string; saltCommitment?: string; seedSource: { material: { source: string; value: string } } };
      expect(written.announcement).toBe(ANNOUNCEMENT_FORMAT);
      expect(written.drawId).toBe(d.drawId);
      expect(written.kind).toBe(d.kind);
      expect(written.createdAt).toBe(d.createdAt);
      expect(written.inputHash).toBe(record.inputHash);
      expect(written.saltCommitment).toBe(record.saltCommitment); // the committee's, published before it is drawn; none for the others
      // The seed material is announced as a 64-hex-digit beacon value from the demo's named source.
      expect(written.seedMaterial).toEqual({ kind: "beacon", source: record.seedSource.material.source, valueFormat: "?".repeat(64) });
      expect(written).toEqual(announceDraw(d.kind, readJson(drawsDir, files.inputs), written.seedMaterial));
    }
  });

  it("verifies each draw from its files against its announcement, as ggzy verify --announcement does", () => {
    for (const d of drawn()) {
      const files = filesOf(d);
      expect(d.verified, d.drawId).toBe(true);
      const salt = files.salt !== undefined ? readFileSync(join(drawsDir, files.salt), "utf8").trim() : undefined;
      const verdict = verifyDrawAgainst(readJson(drawsDir, files.record), readJson(drawsDir, files.inputs), readJson(drawsDir, files.seedMaterial), {
        salt,
        announcement: readJson(drawsDir, files.announcement),
      });
      expect(verdict, d.drawId).toEqual({ reproduced: true });
      expect(verifyPublishedDraw(drawsDir, files), d.drawId).toEqual({ verified: true });
    }
  });

  it("prints a verify command that includes --announcement with the draw's announcement file", () => {
    for (const d of drawn()) {
      const files = filesOf(d);
      expect(d.verifyCommand, d.drawId).toContain(`--announcement draws/${files.announcement}`);
      expect(d.verifyCommand, d.drawId).toContain(`--inputs draws/${files.inputs}`);
    }
  });

  it("a committee's request carries the salt commitment the announcement publishes", () => {
    const committee = drawn().find((d) => d.kind === "committee");
    if (committee === undefined) throw new Error("no committee drawn");
    const files = filesOf(committee);
    const request = readJson(drawsDir, files.inputs) as { saltCommitment?: string };
    const announcement = readJson(drawsDir, files.announcement) as DrawAnnouncement;
    expect(request.saltCommitment).toMatch(/^[0-9a-f]{64}$/);
    expect(announcement.saltCommitment).toBe(request.saltCommitment);
  });

  it("a draw checked against an announcement of another drawId is not verified, and names drawId", () => {
    const d = drawn().find((x) => x.kind === "spotChecks") as DrawSummary;
    const { dir, files } = tamperedCopy(d.drawId, (a) => ({ ...a, drawId: `${d.drawId}-B` }));
    expect(verifyPublishedDraw(dir, files)).toEqual({
      verified: false,
      firstDifference: { path: "drawId", expected: `${d.drawId}-B`, actual: d.drawId },
      against: "announcement",
    });
  });

  it("a draw whose seed came from another source than announced is not verified, and names the source", () => {
    const d = drawn().find((x) => x.kind === "committee") as DrawSummary;
    const { dir, files } = tamperedCopy(d.drawId, (a) => ({ ...a, seedMaterial: { ...(a["seedMaterial"] as object), source: "另一个信标 / another beacon" } }));
    const verdict = verifyPublishedDraw(dir, files);
    expect(verdict.verified).toBe(false);
    expect(verdict.against).toBe("announcement");
    expect((verdict.firstDifference as { path: string }).path).toBe("seedSource.material.source");
  });

  it("a seed value written otherwise than announced is not verified: the boundary is one character of the format", () => {
    const d = drawn().find((x) => x.kind === "supervisors") as DrawSummary;
    const value = (readJson(drawsDir, filesOf(d).record) as { seedSource: { material: { value: string } } }).seedSource.material.value;
    const letter = value.search(/[a-f]/);
    const digit = value.search(/[0-9]/);
    expect(letter).toBeGreaterThanOrEqual(0);
    expect(digit).toBeGreaterThanOrEqual(0);
    // "#" (one decimal digit) where the value has a digit: still the announced text.
    const atDigit = `${"?".repeat(digit)}#${"?".repeat(63 - digit)}`;
    const ok = tamperedCopy(d.drawId, (a) => ({ ...a, seedMaterial: { ...(a["seedMaterial"] as object), valueFormat: atDigit } }));
    expect(verifyPublishedDraw(ok.dir, ok.files)).toEqual({ verified: true });
    // "#" where the value has a letter: one character off the announced text.
    const atLetter = `${"?".repeat(letter)}#${"?".repeat(63 - letter)}`;
    const bad = tamperedCopy(d.drawId, (a) => ({ ...a, seedMaterial: { ...(a["seedMaterial"] as object), valueFormat: atLetter } }));
    expect(verifyPublishedDraw(bad.dir, bad.files)).toEqual({
      verified: false,
      firstDifference: { path: "seedSource.material.value", expected: atLetter, actual: value },
      against: "announcement",
    });
  });

  it("a file that is not an announcement makes the draw not verified, with the reason, instead of stopping the demo", () => {
    const d = drawn().find((x) => x.kind === "spotChecks") as DrawSummary;
    const { dir, files } = tamperedCopy(d.drawId, (a) => ({ ...a, announcement: "something-else/1" }));
    const verdict = verifyPublishedDraw(dir, files);
    expect(verdict).toMatchObject({ verified: false, against: "files", firstDifference: { path: "announcement" } });
  });

  it("the reports say each draw matched its announcement, and name the first difference of one that did not", () => {
    const md = readFileSync(join(outDir, "report.md"), "utf8");
    const html = readFileSync(join(outDir, "report.html"), "utf8");
    expect(md.match(/✔ reproduced, matches its announcement/g)?.length).toBe(drawn().length);
    expect(html.match(/与抽取预告相符 \/ matches its announcement/g)?.length).toBe(drawn().length);
    for (const d of drawn()) expect(md).toContain(`--announcement draws/${filesOf(d).announcement}`);

    const spot = drawn().find((x) => x.kind === "spotChecks") as DrawSummary;
    const failed: DrawSummary = { ...spot, verified: false, firstDifference: { path: "drawId", expected: "X", actual: spot.drawId }, against: "announcement" };
    const other = { ...result, draws: result.draws.map((x) => (x.drawId === spot.drawId ? failed : x)) };
    expect(renderMarkdownReport(other)).toContain("✘ NOT reproduced: drawId (against the announcement)");
    expect(renderHtmlReport(other, "")).toContain("drawId（与抽取预告不符） / drawId (against the announcement)");
  });

  it("writes the same draw files, announcements included, byte for byte on a second run", () => {
    const again = join(root, "again");
    runDemo({ dataDir: cityDir, outDir: again });
    const names = readdirSync(drawsDir).sort();
    expect(readdirSync(join(again, "draws")).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(again, "draws", n)), n).toEqual(readFileSync(join(drawsDir, n)));
  });
});
