import { RECORD_KINDS } from "ggzy-rules/rules";
import type { RecordKind } from "ggzy-rules/rules";

/**
 * The subject a record kind's report names where it is not the kind's own name: a report says
 * `"subject": "spotCheckQuarter"` for a `spotCheck` record and `"expertAdmission"` for an `expert` record (the rule
 * subject its rules are written for). The batch's `?subject=` takes them for their kinds, so a name read in a result
 * can be sent back; the URL `/v1/check/{kind}` stays one route per validator, and answers such a name with a 404 that
 * names the kind meant (names.ts). The subjects of single findings (`committeeMember`, `cancellation`, …) are not
 * taken: they are parts of a committee or an award record, not records one can send.
 */
export const SUBJECT_ALIASES = { expertAdmission: "expert", spotCheckQuarter: "spotCheck" } as const satisfies Record<string, RecordKind>;

/** Every name a record kind is taken by: the kinds, then the report subjects that differ from them. */
export const SUBJECT_NAMES = [...RECORD_KINDS, ...(Object.keys(SUBJECT_ALIASES) as Array<keyof typeof SUBJECT_ALIASES>)] as const;

/** The record kind a name stands for (a kind, or the subject its reports name), or `undefined`. */
export function recordKindOf(name: string): RecordKind | undefined {
  if ((RECORD_KINDS as readonly string[]).includes(name)) return name as RecordKind;
  return Object.hasOwn(SUBJECT_ALIASES, name) ? SUBJECT_ALIASES[name as keyof typeof SUBJECT_ALIASES] : undefined;
}

/** The accepted names as a list for a message: `expert (expertAdmission), …, spotCheck (spotCheckQuarter), …`. */
export function subjectNamesText(separator = ", "): string {
  const aliasOf = new Map<string, string>(Object.entries(SUBJECT_ALIASES).map(([alias, kind]) => [kind, alias]));
  return RECORD_KINDS.map((k) => (aliasOf.has(k) ? `${k} (${aliasOf.get(k)})` : k)).join(separator);
}
