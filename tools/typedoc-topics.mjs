// A TypeDoc plugin: files the exports of each module under a topic taken from the source file they are declared
// in (src/rules/engine/* → "Rule engine", src/scoring/risk/* → "Risk indicators", …), so the API reference is
// grouped by module and, within a module, by topic without a @category tag on every export. An explicit
// @category in a comment wins.
import { Comment, CommentTag, ReferenceReflection, Converter, ReflectionKind } from "typedoc";

const TOPICS = [
  [/^model\/(error|guard)\.ts$/, "Errors and input limits"],
  [/^model\/canonical\.ts$/, "Canonical JSON and hashing"],
  [/^model\/ocds/, "OCDS"],
  [/^model\/(parse|registry)\.ts$/, "Parsing and JSON Schema"],
  [/^model\/(project|bid|award|process)\.ts$/, "Projects, bids, awards and contracts"],
  [/^model\/(expert|evaluation)\.ts$/, "Experts and evaluations"],
  [/^model\/(agency|agencySelection|credit)\.ts$/, "Agencies and credit records"],
  [/^model\/(performance|spotCheck|complaint)\.ts$/, "Cancellations, abandonments, spot checks and complaints"],
  [/^model\/parties\.ts$/, "Parties"],
  [/^model\//, "Common types"],
  [/^calendar\/(working-days|period|date|shanghai)\.ts$/, "Counting days and periods"],
  [/^calendar\//, "Calendars and holiday tables"],
  [/^rules\/engine\//, "Rule engine"],
  [/^rules\/catalogue\//, "Rule catalogue"],
  [/^rules\/packs\//, "Rule packs"],
  [/^rules\/validators\//, "Validators"],
  [/^rules\/authoring\//, "Rule authoring"],
  [/^authoring\/(signing|load-pack)\.ts$/, "Signed packs and loading"],
  [/^authoring\//, "Rule authoring"],
  [/^rules\//, "Facts and parameters"],
  [/^sampling\/committee/, "Committee draws"],
  [/^sampling\/spot-check/, "Spot-check draws"],
  [/^sampling\/supervisors/, "Social-supervisor draws"],
  [/^sampling\/blind-review/, "Blind review"],
  [/^sampling\//, "Draw records and verification"],
  [/^announcement\//, "Draw announcements"],
  [/^scoring\/scorecard\//, "Scorecards"],
  [/^scoring\/agency\//, "Agency credit"],
  [/^scoring\/ranking\//, "Agency ranking"],
  [/^scoring\/expert\//, "Expert ratings"],
  [/^scoring\/bidder\//, "Bidder credit"],
  [/^scoring\/risk\//, "Risk indicators"],
  [/^scoring\//, "Scoring"],
];

/** The topic of a file under src/, or undefined outside it. */
export function topicOf(fileName) {
  const rel = /(?:^|\/)src\/(.*)$/.exec(fileName.replace(/\\/g, "/"))?.[1];
  if (rel === undefined) return undefined;
  return TOPICS.find(([re]) => re.test(rel))?.[1];
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
        for (const child of module.children ?? []) {
          // A re-export (the package root re-exports what its subpaths declare) is filed under its target's topic.
          const target = child instanceof ReferenceReflection ? child.getTargetReflectionDeep() : child;
          if (child instanceof ReferenceReflection) child.comment ??= new Comment();
          const file = target.sources?.[0]?.fullFileName ?? target.sources?.[0]?.fileName;
          const topic = file === undefined ? undefined : topicOf(file);
          if (topic === undefined) continue;
          const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)].filter((c) => c !== undefined);
          if (comments.some((c) => c.blockTags.some((t) => t.tag === "@category"))) continue;
          // Only a documented export gets its topic: an empty comment made here would hide a missing description
          // from validation.notDocumented (such an export lands under "Other" and the check names it).
          comments[0]?.blockTags.push(new CommentTag("@category", [{ kind: "text", text: topic }]));
        }
      }
    },
    100,
  );
}
