import { GgzyError } from "ggzy-rules/model";
import type { BilingualMessage, GgzyErrorCode } from "ggzy-rules/model";
import { FACTS_CATALOGUE, similarNames } from "ggzy-rules/authoring";

/*
 * The answer to a name the CLI or the service does not know (a subject, a record kind, a score or draw kind): the
 * names it knows and, where it can tell, the one that was meant. Record kinds and rule subjects are two lists of
 * names that mostly agree (`award`, `committee`) but not always: records of kind `spotCheck` are checked under the
 * subject `spotCheckQuarter`, `expert` under `expertAdmission`. A name from the other list is answered with its
 * counterpart; any other name with the known names closest to it in spelling.
 */

/** Why an unknown name stands for other, known names: a record kind for its subjects, a subject for its kind. */
export interface NameNote extends BilingualMessage {
  readonly names: readonly string[];
}

/** What {@link unknownName} says. */
export interface UnknownName {
  /** The start of the message, before the name: `{ zh: "未知主题", en: "Unknown subject" }`. */
  readonly what: BilingualMessage;
  readonly given: string;
  readonly known: readonly string[];
  /** When the name is known as something else (see {@link subjectsOfKind}, {@link kindOfSubject}). */
  readonly note?: NameNote | undefined;
  readonly code?: GgzyErrorCode;
  readonly details?: Readonly<Record<string, unknown>>;
}

// The known names closest in spelling to a given one: the library's, which loading a pack uses for fact paths too.
export { similarNames };

/** The subjects the rules of a record kind are filed under, when the kind is not itself one: `spotCheck` → `spotCheckQuarter`. */
export function subjectsOfKind(kind: string): NameNote | undefined {
  if (FACTS_CATALOGUE.some((s) => s.subject === kind)) return undefined;
  const names = FACTS_CATALOGUE.filter((s) => s.validator === kind).map((s) => s.subject);
  if (names.length === 0) return undefined;
  return {
    names,
    zh: `${kind} 类记录按主题 ${names.join("、")} 检查`,
    en: `records of kind ${kind} are checked under subject ${names.join(", ")}`,
  };
}

/** The record kind whose validator checks a subject, when the subject is not itself a kind: `spotCheckQuarter` → `spotCheck`. */
export function kindOfSubject(subject: string, kinds: readonly string[]): NameNote | undefined {
  const kind = FACTS_CATALOGUE.find((s) => s.subject === subject)?.validator;
  if (kind === undefined || kind === subject || !kinds.includes(kind)) return undefined;
  return {
    names: [kind],
    zh: `主题 ${subject} 由 ${kind} 类记录检查`,
    en: `subject ${subject} is checked on records of kind ${kind}`,
  };
}

/** What to say of an unknown name besides the known names: why it stands for another, and "did you mean …?". */
export interface NameHint extends BilingualMessage {
  /** The names meant, most likely first; `[]` when nothing can be said. */
  readonly suggestions: string[];
}

/**
 * The hint for a name that is not known: its counterpart when `note` says it is known as something else, otherwise
 * the known names closest in spelling. The text is empty when there is nothing to suggest, else
 * `subject spotCheckQuarter is checked on records of kind spotCheck; did you mean spotCheck?`.
 */
export function nameHint(given: string, known: readonly string[], note?: NameNote): NameHint {
  const suggestions = note !== undefined ? [...note.names] : similarNames(given, known);
  if (suggestions.length === 0) return { suggestions, zh: "", en: "" };
  return {
    suggestions,
    zh: `${note !== undefined ? `${note.zh}，` : ""}是否要找 ${suggestions.join(" 或 ")}？`,
    en: `${note !== undefined ? `${note.en}; ` : ""}did you mean ${suggestions.join(" or ")}?`,
  };
}

/**
 * The error for a name that is not known: the name, why it stands for another (when it does), "did you mean …?",
 * and every known name. `details.didYouMean` lists the suggestions (machine-readable: the service's problem carries
 * it). Without a suggestion the message is `Unknown subject X; one of: …`, as before.
 */
export function unknownName(u: UnknownName): GgzyError {
  const hint = nameHint(u.given, u.known, u.note);
  const some = hint.suggestions.length > 0;
  return new GgzyError(u.code ?? "UNKNOWN_SUBJECT", {
    zh: `${u.what.zh} ${u.given}，${hint.zh}可选：${u.known.join("、")}`,
    en: `${u.what.en} ${u.given}; ${some ? `${hint.en} One of: ` : "one of: "}${u.known.join(", ")}`,
    details: { ...u.details, known: [...u.known], ...(some ? { didYouMean: hint.suggestions } : {}) },
  });
}
