import { hash } from "node:crypto";
import { configure } from "safe-stable-stringify";
import { GgzyError, canonicalJson } from "ggzy-rules/model";
import { validateRecord } from "ggzy-rules/rules";
import type { Report, RuleSet } from "ggzy-rules/rules";
import { draw } from "ggzy-rules/sampling";
import type { DrawKind, DrawOutcome } from "ggzy-rules/sampling";
import {
  expertRatingReport,
  parseExpertRatingPolicy,
  parseScorecard,
  rankAgencies,
  scoreAgencies,
  scoreBidders,
} from "ggzy-rules/scoring";
import type { AgencyRanking } from "ggzy-rules/scoring";

/*
 * The operations the service performs and `ggzy decisions replay` performs again: one function each, so a replayed
 * decision runs exactly the code that took it.
 */

/** Options of a check (query parameters of the endpoint). */
export interface CheckOptions {
  asOf?: string;
  /** Count working days in years with no published holiday notice on statutory holidays (the library's option). */
  provisionalCalendar?: boolean;
  explain?: "findings" | "all" | "none";
  locale?: "zh" | "en" | "both";
}

/**
 * Validates one record of `subject` under `ruleSet`; without a subject the record's kind is detected from its keys,
 * so it must be a JSON object (refused as `INVALID_INPUT`, as the service's schema for `POST /v1/check` says).
 */
export function runCheck(subject: string | undefined, input: unknown, options: CheckOptions, ruleSet: RuleSet): Report {
  if (subject === undefined && (input === null || typeof input !== "object" || Array.isArray(input))) {
    throw new GgzyError("INVALID_INPUT", {
      zh: "请求数据无效：记录必须是 JSON 对象（由其顶层字段识别类型）",
      en: "Invalid request: a record must be a JSON object (its kind is detected from its top-level keys)",
      issues: [{ path: [], message: "expected an object", code: "invalid_type" }],
    });
  }
  return validateRecord(input, subject, {
    ruleSet,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.provisionalCalendar === true ? { provisionalCalendar: true } : {}),
    ...(options.explain !== undefined ? { explain: options.explain } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  });
}

/** A check's verdict in its decision record: `ok`, `warnings` (findings that do not fail the record) or `findings`. */
export function checkVerdict(report: Report): string {
  return report.ok ? (report.findings.length > 0 ? "warnings" : "ok") : "findings";
}

/** A ranking's verdict in its decision record: `ranked`, or `noneEligible` when no agency could be ranked. */
export function rankVerdict(ranking: AgencyRanking): string {
  return ranking.ranked.length > 0 ? "ranked" : "noneEligible";
}

/** A verification's verdict in its decision record. */
export function verifyVerdict(verification: { readonly reproduced: boolean }): string {
  return verification.reproduced ? "reproduced" : "notReproduced";
}

/** The draw kinds by their name in URLs and commands. */
export const DRAW_KIND_OF: Readonly<Record<string, DrawKind>> = {
  committee: "committee",
  "spot-checks": "spotChecks",
  supervisors: "supervisors",
  "blind-review": "blindReview",
};

/** Runs a draw, named as in URLs (`spot-checks`). */
export function runDraw(name: string, request: unknown): DrawOutcome<unknown> {
  const kind = Object.hasOwn(DRAW_KIND_OF, name) ? DRAW_KIND_OF[name] : undefined;
  if (kind === undefined) throw new Error(`unknown draw kind ${name}`);
  return draw(kind, request);
}

interface ScoreBody {
  asOf?: string;
  scorecard?: unknown;
  policy?: unknown;
  laterRecords?: "error" | "ignore";
  detail?: "records" | "items";
  agencies?: unknown;
  [key: string]: unknown;
}

/** Runs a scorer (`agencies`, `experts`, `bidders`) on its body, as of `asOf`. */
export function runScore(kind: string, body: unknown, asOf: string): unknown[] {
  const b = body as ScoreBody;
  const later = b.laterRecords !== undefined ? { laterRecords: b.laterRecords } : {};
  switch (kind) {
    case "agencies": {
      const scorecard = b.scorecard !== undefined ? { scorecard: parseScorecard(b.scorecard) } : {};
      return scoreAgencies(b.agencies as never, { asOf, ...scorecard, ...later, ...(b.detail !== undefined ? { detail: b.detail } : {}) });
    }
    case "experts": {
      const policy = b.policy !== undefined ? { policy: parseExpertRatingPolicy(b.policy) } : {};
      const { asOf: _a, policy: _p, laterRecords: _l, ...data } = b;
      return expertRatingReport(data as never, { asOf, ...policy, ...later });
    }
    case "bidders": {
      const scorecard = b.scorecard !== undefined ? { scorecard: parseScorecard(b.scorecard) } : {};
      const { asOf: _a, scorecard: _s, laterRecords: _l, ...data } = b;
      return scoreBidders(data as never, { asOf, ...scorecard, ...later });
    }
    default:
      throw new Error(`unknown score kind ${kind}`);
  }
}

/** Runs the agencies' merit ranking for a project. */
export function runRank(body: unknown, asOf: string): AgencyRanking {
  const b = body as ScoreBody & { project?: unknown };
  return rankAgencies(b.project as never, b.agencies as never, {
    asOf,
    ...(b.scorecard !== undefined ? { scorecard: parseScorecard(b.scorecard) } : {}),
    ...(b.laterRecords !== undefined ? { laterRecords: b.laterRecords } : {}),
  });
}

/**
 * Sorted-key JSON text, throwing on anything that is not JSON (NaN, functions, bigints, cycles). For a JSON value
 * this is its RFC 8785 canonical form: keys sorted by UTF-16 code units, numbers and strings written as
 * JSON.stringify writes them — the text `canonicalize` (the library's) makes, in half the time (a fast-check
 * property in the service's tests holds them equal).
 */
const sortedJson = configure({ deterministic: true, strict: true });

/**
 * RFC 8785 canonical JSON of a value that is JSON already: a body parsed from JSON text, or a result the library
 * made. The text is the library's `canonicalJson`, made without its input guard: the guard walks the whole value
 * again to name a cycle or a NaN, which such a value cannot hold. Anything else goes through the guard.
 */
export function canonicalText(value: unknown): string {
  try {
    const text = sortedJson(value);
    if (text !== undefined) return text;
  } catch {
    // not JSON: the guard below names why
  }
  return canonicalJson(value);
}

/**
 * SHA-256 (Node's native one) of a text's UTF-8 bytes, as 64 lowercase hex digits. The one-shot `crypto.hash` makes
 * no Hash object per call (a decision hashes two short texts).
 */
export function sha256Text(text: string): string {
  return hash("sha256", text, "hex");
}

/**
 * SHA-256 of the RFC 8785 canonical JSON of a value: the library's `hashCanonical`, with Node's native SHA-256
 * (twice as fast as the portable one the library must use; the bytes hashed are the same).
 */
export function hashCanonicalNode(value: unknown): string {
  return sha256Text(canonicalText(value));
}

/** The hash a decision record keeps of a deterministic result. */
export function outputHash(value: unknown): string {
  return hashCanonicalNode(value);
}

/**
 * What a check's decision record commits to: the verdict, which rules were evaluated, and each finding's rule,
 * version, severity and evidence. Messages follow from the rules (fixed by the rule set's hash) and explanations
 * from the evidence, so they are left out of the hash to keep it cheap.
 */
export function reportDigest(report: Report): string {
  return hashCanonicalNode({
    ok: report.ok,
    subject: report.subject,
    evaluated: report.evaluated,
    findings: report.findings.map((f) => ({ ruleId: f.ruleId, ruleVersion: f.ruleVersion, severity: f.severity, evidence: f.evidence })),
  });
}
