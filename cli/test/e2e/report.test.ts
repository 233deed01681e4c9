import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { writeCity } from "../../../examples/demo/write";
import { defaultRuleSet } from "ggzy-rules/rules";
import { findingKey, organisationRows } from "../../src/demo/exports";
import { englishCodewords } from "../../src/demo/labels";
import { chartJsSource } from "../../src/demo/paths";
import { renderHtmlReport } from "../../src/demo/report-html";
import { runDemo } from "../../src/demo/run";
import type { DemoResult } from "../../src/demo/run";

/*
 * The demo's report in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run) driven by
 * playwright-core opens report.html from disk. The charts must be drawn with no console error and nothing fetched;
 * printed to PDF (A4, print media) every row of every table must be there (pdftotext, from poppler-utils, reads the
 * PDF back); at 390 px the page must not be wider than the screen; the tables must filter, search, sort, page and
 * export CSV; the Chinese-only view must not leak English codewords into findings. A screenshot is saved beside the
 * report (GGZY_E2E_SCREENSHOT=<path> to keep one somewhere else).
 */

const CHROMIUM = "/usr/bin/chromium";
const PDFTOTEXT = "/usr/bin/pdftotext";
const haveChromium = existsSync(CHROMIUM);
const root = mkdtempSync(join(tmpdir(), "ggzy-e2e-"));
const outDir = join(root, "report");
const GENERATED_AT = "2026-12-06T16:30:00.000Z";
let result: DemoResult;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  writeCity(join(root, "city"), { projects: 200 });
  result = runDemo({ dataDir: join(root, "city"), outDir, generatedAt: GENERATED_AT });
  writeFileSync(join(outDir, "report.zh.html"), renderHtmlReport(result, chartJsSource(), { locale: "zh" }));
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (process.env.GGZY_E2E_KEEP === undefined) rmSync(root, { recursive: true, force: true });
});

/** Opens a report; collects console errors and every request that is not to a local file or an in-page blob. */
async function open(file: string, width: number): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
  });
  await page.goto(pathToFileURL(join(outDir, file)).href, { waitUntil: "load" });
  await page.waitForFunction(() => Array.isArray((globalThis as unknown as { __ggzyTables?: unknown[] }).__ggzyTables));
  return { page, errors, requests };
}

// The page's own types (the project's tsconfig has no DOM lib): just what is read here.
interface El {
  textContent: string | null;
  getBoundingClientRect(): { height: number; right: number };
  closest(sel: string): El | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement: { scrollWidth: number; clientWidth: number };
}

describe.skipIf(!haveChromium)(`report.html in headless Chromium (skipped: ${CHROMIUM} is not installed)`, () => {
  it("renders every chart, logs no console error, fetches nothing, and takes a screenshot", async () => {
    const { page, errors, requests } = await open("report.html", 1400);
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
    expect(charts.map((c) => c.id).sort()).toEqual(["chart-clauses", "chart-grades", "chart-selfcheck", "chart-signals", "chart-trend"]);
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(0);
      expect(c.inked, `${c.id} has drawn pixels`).toBeGreaterThan(500);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // self-contained: nothing fetched from the network

    const shot = process.env.GGZY_E2E_SCREENSHOT ?? join(outDir, "report.png");
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  }, 120_000);

  it.skipIf(!existsSync(PDFTOTEXT))("prints to A4 PDF with every row of every table", async () => {
    const { page } = await open("report.html", 1400);
    await page.emulateMedia({ media: "print" });
    const pdf = join(outDir, "report.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    await page.close();
    const text = execFileSync(PDFTOTEXT, ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
    const missing = (keys: readonly string[]): string[] => keys.filter((k) => !text.includes(k));
    const findings = result.validation.findings.map((_, i) => findingKey(i));
    expect(findings.length).toBeGreaterThan(30); // more than a screen's page of them
    expect(missing(findings)).toEqual([]);
    expect(missing(result.draws.map((d) => d.drawId))).toEqual([]);
    expect(missing(result.risk.ranked.map((p) => p.ocid))).toEqual([]);
    expect(missing(organisationRows(result).map((o) => o.id))).toEqual([]);
    expect(missing(result.scores.agencies.map((a) => a.id))).toEqual([]);
    expect(missing([...result.selfCheck.rules, ...result.selfCheck.risk].map((c) => c.id))).toEqual([]);
  }, 180_000);

  it("fits a 390 px screen: nothing wider than the screen, severity badges on one line", async () => {
    const { page, errors } = await open("report.html", 390);
    const m = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: Doc }).document;
      const badges = Array.from(d.querySelectorAll(".sev")).map((e) => e.getBoundingClientRect().height);
      // Wide tables scroll sideways inside their own box (.tw); nothing else may pass the screen's edge.
      const outside = Array.from(d.querySelectorAll("body *")).filter((e) => e.getBoundingClientRect().right > d.documentElement.clientWidth + 1 && e.closest(".tw") === null).length;
      return { scrollWidth: d.documentElement.scrollWidth, badges: Math.max(...badges), outside };
    });
    expect(m.scrollWidth).toBeLessThanOrEqual(390);
    expect(m.outside).toBe(0);
    expect(m.badges).toBeLessThan(24); // one line of 12 px text
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("filters, searches, sorts and pages the findings without a row limit, and exports what passes the filters as CSV with a BOM", async () => {
    const { page } = await open("report.html", 1400);
    const n = result.validation.findings.length;
    const visible = (): Promise<number> => page.locator("#t-findings tbody tr:visible").count();
    const info = page.locator('.tools[data-for="t-findings"] [data-role="info"]');
    expect(await visible()).toBe(25); // first page
    expect(await info.textContent()).toContain(`${n} / ${n}`);
    await page.locator('.tools[data-for="t-findings"] [data-role="page-size"]').selectOption("0");
    expect(await visible()).toBe(n); // every row, no limit

    const errors = result.validation.findings.filter((f) => f.severity === "error").length;
    await page.locator('.tools[data-for="t-findings"] select[data-filter="1"]').selectOption("违规");
    expect(await visible()).toBe(errors);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('.tools[data-for="t-findings"] [data-role="csv"]').click()]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trimEnd().split("\r\n").length).toBe(errors + 1);
    expect(download.suggestedFilename()).toBe("findings.csv");

    await page.locator('.tools[data-for="t-findings"] select[data-filter="1"]').selectOption("");
    const record = result.validation.findings[0]?.recordId ?? "";
    await page.locator('.tools[data-for="t-findings"] input[type=search]').fill(record);
    const withRecord = result.validation.findings.filter((f) => f.recordId === record || f.projectId === record).length;
    expect(await visible()).toBeGreaterThanOrEqual(withRecord);
    expect(await visible()).toBeLessThan(n);
    await page.locator('.tools[data-for="t-findings"] input[type=search]').fill("");

    // Sort the risk ranking by score, ascending then descending.
    await page.locator('.tools[data-for="t-risk"] [data-role="page-size"]').selectOption("0");
    const scores = async (): Promise<number[]> => (await page.locator("#t-risk tbody tr td:nth-child(3)").allTextContents()).map(Number);
    await page.locator("#t-risk thead th:nth-child(3)").click();
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.locator("#t-risk thead th:nth-child(3)").click();
    const desc = await scores();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc.length).toBe(result.risk.ranked.length);
    await page.close();
  }, 120_000);

  it("prints the tool version, the rule set's content hash, the data set and the time of generation", async () => {
    const { page } = await open("report.html", 1400);
    const footer = (await page.locator("footer").textContent()) ?? "";
    expect(footer).toContain(result.toolVersion);
    expect(footer).toContain(defaultRuleSet().contentHash);
    expect(footer).toContain("2026-12-07 00:30:00"); // GENERATED_AT in Beijing time
    expect(footer).toContain(result.city.manifest.name?.zh ?? "");
    await page.close();
  }, 60_000);

  it("shows no English codeword in the Chinese text of any finding or risk hit (bilingual and Chinese-only views)", async () => {
    for (const file of ["report.html", "report.zh.html"]) {
      const { page, errors } = await open(file, 1400);
      const texts = await page.evaluate((zhOnly) => {
        const d = (globalThis as unknown as { document: Doc }).document;
        const sel = zhOnly ? "#s-findings td, #s-risk td, #s-organisations td, #s-breakdowns td" : "#s-findings .zh, #s-risk .zh";
        return Array.from(d.querySelectorAll(sel)).map((e) => e.textContent ?? "");
      }, file === "report.zh.html");
      expect(texts.length).toBeGreaterThan(result.validation.findings.length);
      const leaks = [...new Set(texts.flatMap((t) => englishCodewords(t)))];
      expect(leaks, file).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
