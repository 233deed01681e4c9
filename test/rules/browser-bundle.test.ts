import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the tools (no types); it returns { text, bytes, inputs }.
import { browserBundle } from "../../tools/browser-bundle.mjs";
import { directiveClauses, nationalClauses } from "../../src/authoring/docs/clauses";
import { liaochengRuleDocs, nationalRuleDocs } from "../../src/authoring/docs/rules";
import { builtInParamDocs } from "../../src/authoring/docs/params";
import { builtInPacks } from "../../src/rules/index";

/*
 * The browser bundle of ggzy-rules/rules + /sampling (as tools/bundle-size.mjs measures it) carries what findings
 * need — messages, bases, conditions — and none of the documentation: rule titles, notes, clause titles and the
 * parameters' descriptions live in ggzy-rules/authoring (withBuiltinDocs). esbuild writes non-ASCII text as \uXXXX; the test reads it back first.
 */
describe("the browser bundle of ggzy-rules/rules + /sampling", async () => {
  const { text } = (await browserBundle()) as { text: string };
  const decoded = text.replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  const docs = { ...nationalRuleDocs, ...liaochengRuleDocs };

  /** A string literal of the bundle, whole (a short title may also be a part of some message). */
  const literal = (t: string): boolean => decoded.includes(`"${t}"`) || decoded.includes(`'${t}'`) || decoded.includes(`\`${t}\``);

  it("has the rules' messages (what findings say), each a literal of its own", () => {
    for (const pack of builtInPacks) for (const r of pack.rules) expect([literal(r.message.zh), literal(r.message.en)], r.id).toEqual([true, true]);
  });

  it("has no rule title, no note and no clause title", () => {
    const found = [
      ...Object.entries(docs).flatMap(([id, d]) => [d.title.zh, d.title.en, d.notes].filter(literal).map((t) => `${id}: ${t}`)),
      ...Object.entries({ ...nationalClauses, ...directiveClauses }).flatMap(([id, c]) => [c.title.zh, c.title.en].filter(literal).map((t) => `${id}: ${t}`)),
    ];
    expect(found).toEqual([]);
  });

  it("has no parameter description", () => {
    const found = Object.values(builtInParamDocs).flatMap((docs) => Object.entries(docs).flatMap(([name, d]) => [d.zh, d.en].filter(literal).map((t) => `${name}: ${t}`)));
    expect(found).toEqual([]);
  });
});
