import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ROOT, ggzy, tempDir } from "../built/ggzy";

/*
 * verify.html in headless Chromium (Debian's `chromium`, driven by playwright-core), as an auditor uses it: the page
 * written by the built CLI (`ggzy draw verifier --out <dir>`), opened from disk, every published test vector
 * (test/vectors/draws.json) pasted in and checked by clicking the button, and a tampered record refused. No
 * request may leave the page and no console error (a Content-Security-Policy violation included) may appear.
 */

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);

interface Vector {
  name: string;
  inputs: unknown;
  seedMaterial: unknown;
  salt?: string;
  record: Record<string, unknown>;
  announcement?: unknown;
}
const vectors = (JSON.parse(readFileSync(join(ROOT, "test/vectors/draws.json"), "utf8")) as { cases: Vector[] }).cases;

describe.skipIf(!haveChromium)(`verify.html in headless Chromium (skipped: ${CHROMIUM} is not installed)`, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = tempDir("ggzy-verifier-");
    const written = ggzy(["draw", "verifier", "--out", dir]);
    expect(written.code, written.err).toBe(0);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, "verify.html")).href, { waitUntil: "load" });
    await page.waitForFunction(() => (globalThis as unknown as { ggzyVerifier?: { ready: boolean } }).ggzyVerifier?.ready === true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function verify(record: unknown, v: Vector): Promise<{ state: string | null; text: string }> {
    await page.fill("#record", JSON.stringify(record, null, 2));
    await page.fill("#inputs", JSON.stringify(v.inputs));
    await page.fill("#seed", JSON.stringify(v.seedMaterial));
    await page.fill("#salt", v.salt ?? "");
    await page.fill("#announcement", v.announcement === undefined ? "" : JSON.stringify(v.announcement));
    await page.click("#check");
    return { state: await page.getAttribute("#verdict", "data-state"), text: (await page.textContent("#verdict")) ?? "" };
  }

  it.each(vectors.map((v) => [v.name, v] as const))("reproduces the vector %s", async (_name, v) => {
    const r = await verify(v.record, v);
    expect(r.text).toContain("已复现");
    expect(r.text).toContain("Reproduced");
    expect(r.state).toBe("reproduced");
  });

  it("refuses a tampered record and names the first difference, in Chinese and English", async () => {
    const v = vectors.find((x) => x.record["sealed"] === false && x.record["kind"] === "supervisors") ?? vectors[0]!;
    const tampered = { ...v.record, exclusions: { ...(v.record["exclusions"] as object), conflict: 99 } };
    const r = await verify(tampered, v);
    expect(r.state).toBe("different");
    expect(r.text).toContain("未能复现：第一处不同在 exclusions");
    expect(r.text).toContain("NOT reproduced: the first difference is at exclusions");
    const wrongSalt = vectors.find((x) => x.salt !== undefined)!;
    const bad = await verify(wrongSalt.record, { ...wrongSalt, salt: "cd".repeat(32) });
    expect(bad.state).toBe("different");
    expect(bad.text).toContain("saltCommitment");
  });

  it("given the request itself, refuses a record of another drawId or salt commitment than the request's", async () => {
    const v = vectors.find((x) => x.salt !== undefined && x.record["kind"] === "committee")!;
    const r = v.record;
    const request = { drawId: r["drawId"], createdAt: r["createdAt"], params: r["params"], inputs: v.inputs, saltCommitment: r["saltCommitment"] };
    expect((await verify(r, { ...v, inputs: request })).state).toBe("reproduced");
    const otherId = await verify(r, { ...v, inputs: { ...request, drawId: `${String(r["drawId"])}-1` } });
    expect(otherId.state).toBe("different");
    expect(otherId.text).toContain("NOT reproduced: the first difference is at drawId");
    const otherSalt = await verify(r, { ...v, inputs: { ...request, saltCommitment: "0".repeat(64) } });
    expect(otherSalt.text).toContain("NOT reproduced: the first difference is at saltCommitment");
  });

  it("given the announcement, refuses a record whose seed text or source is not the announced one", async () => {
    const v = vectors.find((x) => x.salt !== undefined && x.record["kind"] === "committee")!;
    const r = v.record;
    const seed = v.seedMaterial as { source: string };
    const announcement = {
      announcement: "ggzy-draw-announcement/1", protocol: r["protocol"], kind: r["kind"], drawId: r["drawId"], createdAt: r["createdAt"],
      inputHash: r["inputHash"], saltCommitment: r["saltCommitment"], seedMaterial: { kind: "lottery", source: seed.source, valueFormat: "####### ## ## ## ## ## ## + ##" },
    };
    expect((await verify(r, { ...v, announcement })).state).toBe("reproduced");
    const otherSource = await verify(r, { ...v, announcement: { ...announcement, seedMaterial: { ...announcement.seedMaterial, source: "another issue" } } });
    expect(otherSource.text).toContain("NOT reproduced: the first difference is at seedSource.material.source");
    const otherFormat = await verify(r, { ...v, announcement: { ...announcement, seedMaterial: { ...announcement.seedMaterial, valueFormat: "####### # ## ## ## ## ## + #" } } });
    expect(otherFormat.text).toContain("NOT reproduced: the first difference is at seedSource.material.value");
  });

    it("says why it cannot check input that is not a record", async () => {
    const r = await verify({ hello: "world" }, vectors[0]!);
    expect(r.state).toBe("error");
    expect(r.text).toContain("无法复核");
    expect(r.text).toContain("Cannot check");
  });

  it("fetched nothing and logged no error (its CSP allows only its own script and style)", () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
