import { writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { ggzy, tempDir } from "./ggzy";

/* Usage errors, messages and terminal width, as a user sees them from the built CLI. */

const CJK = /\p{Script=Han}/u;

describe("usage errors: one bilingual line and a hint, exit 2", () => {
  const cases: Array<[string[], string]> = [
    [["check", "examples/records/award.json", "--format", "nope"], "ggzy check"],
    [["check"], "ggzy check"],
    [["check", "x.json", "--nope"], "ggzy check"],
    [["risk", "x.jsonl", "--top", "abc"], "ggzy risk"],
    [["risk", "x.jsonl", "--top", "0"], "ggzy risk"],
    [["score", "agencies", "x.json", "--as-of", "tomorrow"], "ggzy score agencies"],
    [["draw", "supervisors", "examples/draws/supervisors-request.json"], "ggzy draw supervisors"],
    [["nope"], "ggzy"],
    [["verify", "a.json", "b.json", "--inputs", "x", "--seed-material", "y"], "ggzy verify"],
  ];
  it.each(cases)("ggzy %j", (args, path) => {
    const r = ggzy(args);
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${path}: .+ / .+`));
    expect(lines[0]).toMatch(CJK);
    expect(lines[0]).toMatch(/[a-z]{3,}/);
    expect(lines[1]).toBe(`提示 / hint: ${path} --help`);
    expect(r.err).not.toContain("Usage:");
    expect(r.out).toBe("");
  });
});

describe("ggzy check --subject: a report's subject name is taken for its kind; another rule subject or a misspelt kind is answered with the kind meant", () => {
  it("takes spotCheckQuarter for spotCheck (the name a report gives); names award for cancellation and spotCheck for spotchek; lists the kinds otherwise", () => {
    expect(ggzy(["check", "examples/records/spot-check.json", "--subject", "spotCheckQuarter", "--as-of", "2024-07-31"]).code).toBe(1);
    const subject = ggzy(["check", "examples/records/spot-check.json", "--subject", "cancellation"]);
    expect(subject.code).toBe(2);
    expect(subject.err).toContain(
      "option --subject <kind>: 'cancellation' is invalid: subject cancellation is checked on records of kind award; did you mean award? Allowed: expert, agencySelection,",
    );
    expect(subject.err).toContain("主题 cancellation 由 award 类记录检查，是否要找 award？可选值：expert,");
    expect(ggzy(["check", "examples/records/spot-check.json", "--subject", "spotchek"]).err).toContain("'spotchek' is invalid: did you mean spotCheck? Allowed:");
    expect(ggzy(["check", "examples/records/spot-check.json", "--subject", "nope"]).err).toContain("'nope' is invalid: allowed: expert, agencySelection,");
    expect(ggzy(["check", "examples/records/spot-check.json", "--subject", "spotCheck", "--as-of", "2024-07-31"]).code).toBe(1);
  });
});

describe("no internal type names in messages", () => {
  it("names a bad record in words, not by its TypeScript type", () => {
    const dir = tempDir();
    const records = [{ award: { id: "A" } }, { selection: {}, agencies: [] }, { committee: [], experts: [], project: {} }, { evaluation: {}, project: {} }, { quarter: "x", totalProjects: 1 }, { project: {} }];
    writeFileSync(join(dir, "bad.jsonl"), records.map((r) => JSON.stringify(r)).join("\n"));
    const r = ggzy(["check", join(dir, "bad.jsonl"), "--as-of", "2024-12-31"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(records.length);
    // The temporary directory's random name (e.g. "ggzy-test-LkwGui") is not a message; take it out first.
    const messages = r.err.split(join(dir, "bad.jsonl")).join("FILE");
    expect(messages).not.toMatch(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/); // AwardCheck, ValidateOptions, ProjectRecord…
  });
});

describe("terminal width: help laid out in 80 columns, Chinese counted as two", () => {
  const commands = ["", "check", "risk", "draw", "draw committee", "draw reveal", "draw salt", "verify", "score agencies", "rank"];
  it.each(commands)("ggzy %s --help fits 80 columns", (path) => {
    const r = ggzy([...path.split(" ").filter(Boolean), "--help"]);
    expect(r.code).toBe(0);
    const wide = r.out.split("\n").filter((l) => stringWidth(l) > 80);
    expect(wide).toEqual([]);
  });
});

describe("risk, score, rank: nothing to work on is an error", () => {
  const dir = tempDir();
  it("risk: an empty input and an input that is not OCDS exit 2 with the reason", () => {
    writeFileSync(join(dir, "empty.jsonl"), "");
    writeFileSync(join(dir, "other.jsonl"), '{"hello": "world"}\n{"award": {"id": "A"}}\n');
    const empty = ggzy(["risk", join(dir, "empty.jsonl"), "--quiet"]);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain("empty input");
    const other = ggzy(["risk", join(dir, "other.jsonl"), "--quiet"]);
    expect(other.code).toBe(2);
    expect(other.err).toContain("no line has an ocid: is this OCDS?");
  });
  it("score and rank: an empty list exits 2", () => {
    writeFileSync(join(dir, "none.json"), "[]");
    writeFileSync(join(dir, "none-experts.json"), '{"experts": [], "evaluations": []}');
    expect(ggzy(["score", "agencies", join(dir, "none.json")]).code).toBe(2);
    expect(ggzy(["score", "experts", join(dir, "none-experts.json")]).err).toContain("no experts");
    const rank = ggzy(["rank", "examples/scoring/project.json", join(dir, "none.json"), "--as-of", "2024-06-01"]);
    expect(rank.code).toBe(2);
    expect(rank.err).toContain("Nothing to score");
  });
});
