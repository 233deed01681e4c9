import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FACTS_CATALOGUE } from "ggzy-rules/authoring";
import { RECORD_KINDS } from "ggzy-rules/rules";
import { kindOfSubject, nameHint, similarNames, subjectsOfKind, unknownName } from "../src/names";

const SUBJECTS = FACTS_CATALOGUE.map((s) => s.subject);

describe("similarNames: the known names a misspelt one stands for", () => {
  it("finds a name with a letter missing, doubled, swapped or in another case", () => {
    expect(similarNames("comittee", SUBJECTS)).toEqual(["committee"]);
    expect(similarNames("awward", RECORD_KINDS)).toEqual(["award"]);
    expect(similarNames("spotchek", RECORD_KINDS)).toEqual(["spotCheck"]);
    expect(similarNames("PROJECT", RECORD_KINDS)).toEqual(["project"]);
  });
  it("suggests nothing for a name far from every known one", () => {
    expect(similarNames("tender", RECORD_KINDS)).toEqual([]);
    expect(similarNames("nope", SUBJECTS)).toEqual([]);
    expect(similarNames("", SUBJECTS)).toEqual([]);
  });
  it("answers a known name, in any case, with itself alone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUBJECTS, ...RECORD_KINDS), fc.boolean(), (name, upper) => {
        const known = [...new Set([...SUBJECTS, ...RECORD_KINDS])];
        expect(similarNames(upper ? name.toUpperCase() : name, known)).toEqual([name]);
      }),
    );
  });
});

describe("record kinds and rule subjects: each answered with its counterpart", () => {
  it("a record kind that is no subject names the subjects its rules are filed under", () => {
    expect(subjectsOfKind("spotCheck")?.names).toEqual(["spotCheckQuarter"]);
    expect(subjectsOfKind("expert")?.names).toEqual(["expertAdmission"]);
    expect(subjectsOfKind("award")).toBeUndefined(); // a subject too
    expect(subjectsOfKind("tender")).toBeUndefined();
    for (const kind of RECORD_KINDS) {
      for (const s of subjectsOfKind(kind)?.names ?? []) expect(SUBJECTS).toContain(s);
    }
  });
  it("a subject that is no record kind names the kind whose records it is checked on", () => {
    expect(kindOfSubject("spotCheckQuarter", RECORD_KINDS)?.names).toEqual(["spotCheck"]);
    expect(kindOfSubject("committeeMember", RECORD_KINDS)?.names).toEqual(["committee"]);
    expect(kindOfSubject("cancellation", RECORD_KINDS)?.names).toEqual(["award"]);
    expect(kindOfSubject("award", RECORD_KINDS)).toBeUndefined();
    for (const s of SUBJECTS) if (!(RECORD_KINDS as readonly string[]).includes(s)) expect(kindOfSubject(s, RECORD_KINDS)).toBeDefined();
  });
});

describe("unknownName: the error for a name not known", () => {
  const what = { zh: "未知主题", en: "Unknown subject" };
  it("keeps the plain message when nothing can be suggested", () => {
    const e = unknownName({ what, given: "nope", known: ["a", "b"], details: { subject: "nope" } });
    expect(e.code).toBe("UNKNOWN_SUBJECT");
    expect(e.en).toBe("Unknown subject nope; one of: a, b");
    expect(e.zh).toBe("未知主题 nope，可选：a、b");
    expect(e.details).toEqual({ subject: "nope", known: ["a", "b"] });
  });
  it("says why a name stands for another and which one was meant, in both languages and in the details", () => {
    const e = unknownName({ what, given: "spotCheck", known: SUBJECTS, note: subjectsOfKind("spotCheck") });
    expect(e.en).toMatch(/^Unknown subject spotCheck; records of kind spotCheck are checked under subject spotCheckQuarter; did you mean spotCheckQuarter\? One of: expertAdmission, /);
    expect(e.zh).toMatch(/^未知主题 spotCheck，spotCheck 类记录按主题 spotCheckQuarter 检查，是否要找 spotCheckQuarter？可选：expertAdmission、/);
    expect(e.details["didYouMean"]).toEqual(["spotCheckQuarter"]);
  });
  it("nameHint is empty when there is nothing to say", () => {
    expect(nameHint("nope", RECORD_KINDS)).toEqual({ suggestions: [], zh: "", en: "" });
  });
});
