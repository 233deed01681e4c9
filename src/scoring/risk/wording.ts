import type { BilingualMessage } from "../../model/error";

/*
 * How a hit's message words what it found, for a supervisor reading it: people by their reference without the
 * matching key's prefix, amounts with digit grouping and the currency, shares as percentages to two significant
 * digits. The exact values (keys, amounts, ratios) stay in the hit's evidence.
 */

/**
 * A person or party as the risk signals match them (`id:…`, `doc:…`, `name:…`, `party:…`, see process-view), as
 * a reader names them: the id or the name itself, an identity document as such.
 *
 * @example
 * ```ts
 * personLabel("id:S1448-lr"); // { zh: "S1448-lr", en: "S1448-lr" }
 * personLabel("doc:37150219800101001X"); // { zh: "证件号码 37150219800101001X", en: "ID document 37150219800101001X" }
 * ```
 */
export function personLabel(key: string): BilingualMessage {
  const m = /^(id|name|doc|party):(.*)$/s.exec(key);
  if (m === null) return { zh: key, en: key };
  const value = m[2] as string;
  if (m[1] === "doc") return { zh: `证件号码 ${value}`, en: `ID document ${value}` };
  return { zh: value, en: value };
}

/** Digits grouped by thousands, at most two decimals (trailing zeros dropped): 1234567.891 → "1,234,567.89". */
function grouped(n: number): string {
  const [whole = "0", fraction] = String(Math.round(Math.abs(n) * 100) / 100).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${withCommas}${fraction !== undefined ? `.${fraction}` : ""}`;
}

/**
 * An amount with its currency: yuan in Chinese, the ISO code in English; no unit when the currency is unknown.
 *
 * @example
 * ```ts
 * amountText(2784119, "CNY"); // { zh: "2,784,119 元", en: "CNY 2,784,119" }
 * ```
 */
export function amountText(amount: number, currency: string | undefined): BilingualMessage {
  const n = grouped(amount);
  if (currency === undefined) return { zh: n, en: n };
  if (currency === "CNY") return { zh: `${n} 元`, en: `CNY ${n}` };
  return { zh: `${n} ${currency}`, en: `${currency} ${n}` };
}

/**
 * A share (0.02 = 2 %) as a percentage to two significant digits.
 *
 * @example
 * ```ts
 * percentText(0.0008393376094623368); // "0.084%"
 * percentText(0.02); // "2.0%"
 * ```
 */
export function percentText(share: number): string {
  const p = Math.abs(share * 100);
  if (p === 0 || !Number.isFinite(p)) return `${share * 100}%`;
  // Round first, then count the decimals of the rounded value: 0.00995 rounds to 0.010, 9.96 to 10.
  const rounded = Number(p.toPrecision(2));
  const decimals = Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(rounded))));
  return `${share < 0 ? "-" : ""}${rounded.toFixed(decimals)}%`;
}
