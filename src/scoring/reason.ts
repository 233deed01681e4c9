/**
 * Why a subject ranks where it does, or why it was excluded: a stable `code` to switch on and a bilingual text
 * (Chinese first).
 */
export interface Reason {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}
