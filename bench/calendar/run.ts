// Calendar benchmark: prints `BENCH calendar <figure> <value>` lines, each a ratio against a baseline measured in
// the same run (so the figures do not depend on the machine's speed). Run: npx tsx bench/calendar/working-days.ts
import { addCalendarDays, addWorkingDays, createCalendar, isWorkingDay, workingDaysBetween } from "../../src/calendar/index";
import { fromEpochDay, parseIsoDate, toEpochDay } from "../../src/calendar/date";

function time(fn: () => void, minMs = 300): number {
  fn(); // warm-up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return elapsed / runs;
}

// Deterministic inputs: a fixed stride through 2018–2025.
const first = toEpochDay("2018-01-01");
const span = toEpochDay("2025-06-30") - first;
const dates = Array.from({ length: 2000 }, (_, i) => fromEpochDay(first + ((i * 7919) % span)));
const counts = dates.map((_, i) => 1 + ((i * 37) % 240));

// Baseline: the obvious implementation, one day at a time.
function naiveAddWorkingDays(d: string, n: number): string {
  let day = d;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
function naiveWorkingDaysBetween(a: string, b: string): number {
  let c = 0;
  for (let d = addCalendarDays(a, 1); d <= b; d = addCalendarDays(d, 1)) if (isWorkingDay(d)) c++;
  return c;
}

let sink = 0;
const tParse = time(() => {
  for (const d of dates) sink += parseIsoDate(d).day;
});
const tIsWorking = time(() => {
  for (const d of dates) sink += isWorkingDay(d) ? 1 : 0;
});
const tNaiveAdd = time(() => {
  for (let i = 0; i < dates.length; i++) sink += naiveAddWorkingDays(dates[i] ?? "", counts[i] ?? 1).length;
});
const tAdd = time(() => {
  for (let i = 0; i < dates.length; i++) sink += addWorkingDays(dates[i] ?? "", counts[i] ?? 1).length;
});
const ends = dates.map((d, i) => addWorkingDays(d, counts[i] ?? 1));
const tNaiveBetween = time(() => {
  for (let i = 0; i < dates.length; i++) sink += naiveWorkingDaysBetween(dates[i] ?? "", ends[i] ?? "");
});
const tBetween = time(() => {
  for (let i = 0; i < dates.length; i++) sink += workingDaysBetween(dates[i] ?? "", ends[i] ?? "");
});

// The provisional calendar (2004–2100, `createCalendar({ provisional: true })`): look-ups in provisional years, and
// the one-off cost of building it, against rebuilding the published calendar with one override.
const ahead = createCalendar({ provisional: true });
const later = dates.map((d) => `${Number(d.slice(0, 4)) + 10}${d.slice(4)}`).filter((d) => !d.endsWith("02-29"));
const tIsWorkingProvisional = time(() => {
  for (const d of later) sink += isWorkingDay(d, ahead) ? 1 : 0;
});
const tParseLater = time(() => {
  for (const d of later) sink += parseIsoDate(d).day;
});
const tBuildPublished = time(() => {
  sink += createCalendar({ overrides: { "2024-03-15": "rest" } }).arrangements.length;
});
const tBuildProvisional = time(() => {
  sink += createCalendar({ provisional: true }).arrangements.length;
});

const fmt = (x: number): string => x.toFixed(2);
console.log(`BENCH calendar isWorkingDay_cost_vs_parseIsoDate ${fmt(tIsWorking / tParse)}`);
console.log(`BENCH calendar addWorkingDays_speedup_vs_day_by_day ${fmt(tNaiveAdd / tAdd)}`);
console.log(`BENCH calendar workingDaysBetween_speedup_vs_day_by_day ${fmt(tNaiveBetween / tBetween)}`);
console.log(`BENCH calendar addWorkingDays_cost_vs_parseIsoDate ${fmt(tAdd / tParse)}`);
console.log(`BENCH calendar isWorkingDay_provisional_cost_vs_parseIsoDate ${fmt(tIsWorkingProvisional / tParseLater)}`);
console.log(`BENCH calendar build_provisional_2004_2100_vs_build_published_2004_2026 ${fmt(tBuildProvisional / tBuildPublished)}`);
if (sink === -1) console.log("unreachable"); // keeps the work observable
