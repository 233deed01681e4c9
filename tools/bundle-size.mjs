// Size of ggzy-rules/rules + ggzy-rules/sampling in a browser bundle (esbuild, platform browser, minified, ESM),
// checked against a budget (issue 14: ≤ 350 KiB). Bundles the library's sources, which dist/ is compiled from.
// Prints the size and the largest inputs; exits 1 over budget.
// Usage: node tools/bundle-size.mjs [--budget-kib 350] [--top 12]
import { browserBundle } from "./browser-bundle.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const budgetKiB = arg("--budget-kib", 350);
const top = arg("--top", 12);

const bundle = await browserBundle();
const bytes = bundle.bytes;
const kib = bytes / 1024;
const inputs = Object.entries(bundle.inputs)
  .map(([file, n]) => [file.replace(/^node_modules\//, "npm:"), n])
  .sort((a, b) => b[1] - a[1]);
const byPackage = new Map();
for (const [file, n] of inputs) {
  const key = file.startsWith("npm:") ? file.split("/").slice(0, file.startsWith("npm:@") ? 2 : 1).join("/") : file.split("/").slice(0, 3).join("/");
  byPackage.set(key, (byPackage.get(key) ?? 0) + n);
}
console.log(`browser bundle of ggzy-rules/rules + ggzy-rules/sampling: ${kib.toFixed(1)} KiB minified (budget ${budgetKiB} KiB)`);
for (const [k, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(n / 1024).toFixed(1).padStart(7)} KiB  ${k}`);
if (kib > budgetKiB) {
  console.error(`over budget by ${(kib - budgetKiB).toFixed(1)} KiB`);
  process.exit(1);
}
