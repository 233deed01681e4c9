import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCity } from "../../../examples/demo/write";
import { runDemo } from "../../src/demo/run";

/*
 * The demo's report in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run) driven by
 * playwright-core opens report.html from disk, and the charts must be drawn with no console error. A screenshot is
 * saved beside the report (GGZY_E2E_SCREENSHOT=<path> to keep one somewhere else).
 */

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const root = mkdtempSync(join(tmpdir(), "ggzy-e2e-"));
const outDir = join(root, "report");

beforeAll(() => {
  if (!haveChromium) return;
  writeCity(join(root, "city"), { projects: 200 });
  runDemo({ dataDir: join(root, "city"), outDir });
});
afterAll(() => {
  if (process.env.GGZY_E2E_KEEP === undefined) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!haveChromium)(`report.html in headless Chromium (skipped: ${CHROMIUM} is not installed)`, () => {
  it("renders every chart, logs no console error, and takes a screenshot", async () => {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(pathToFileURL(join(outDir, "report.html")).href, { waitUntil: "load" });
      await page.waitForFunction(() => Array.isArray((globalThis as unknown as { __ggzyCharts?: unknown[] }).__ggzyCharts));

      // The page's own types (the project's tsconfig has no DOM lib): just what is read here.
      interface Canvas {
        id: string;
        width: number;
        height: number;
        getContext(kind: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
      }
      const charts = await page.evaluate(() => {
        const list = (globalThis as unknown as { __ggzyCharts: Array<{ canvas: Canvas; config: { type: string } }> }).__ggzyCharts;
        return list.map((c) => {
          const canvas = c.canvas;
          const ctx = canvas.getContext("2d");
          let inked = 0;
          if (ctx && canvas.width > 0 && canvas.height > 0) {
            const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
          }
          return { id: canvas.id, type: c.config.type, width: canvas.width, height: canvas.height, inked };
        });
      });
      expect(charts.map((c) => c.id).sort()).toEqual(["chart-clauses", "chart-grades", "chart-selfcheck", "chart-signals"]);
      for (const c of charts) {
        expect(c.width, c.id).toBeGreaterThan(0);
        expect(c.inked, `${c.id} has drawn pixels`).toBeGreaterThan(500);
      }
      expect(errors).toEqual([]);
      expect(requests).toEqual([]); // self-contained: nothing fetched from the network

      const shot = process.env.GGZY_E2E_SCREENSHOT ?? join(outDir, "report.png");
      await page.screenshot({ path: shot, fullPage: false });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  });
});
