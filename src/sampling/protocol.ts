/**
 * The draw protocol's name and version. It goes into every record and into every key derivation, so a record made
 * under one version can never be mistaken for another: changing any step of the protocol means a new version
 * (DESIGN.md "Sampling: the draw protocol", point 6), and old versions keep verifying.
 */
export const DRAW_PROTOCOL = "ggzy-draw/1" as const;

/** The protocol identifier type (`"ggzy-draw/1"`). */
export type DrawProtocol = typeof DRAW_PROTOCOL;

/**
 * The kinds of draw the library makes. `committee` and `blindReview` are sealed (their result stays secret until
 * the salt is revealed); `spotChecks` and `supervisors` are public in full.
 */
export type DrawKind = "committee" | "spotChecks" | "supervisors" | "blindReview";

/** Every draw kind, in a fixed order (used by the CLI and by `verifyDraw`). */
export const DRAW_KINDS: readonly DrawKind[] = ["committee", "spotChecks", "supervisors", "blindReview"];

/** Draw kinds whose result is sealed until the secret salt is revealed (LC80-4.3 committee, LC80-6.1 blind review). */
export const SEALED_DRAW_KINDS: readonly DrawKind[] = ["committee", "blindReview"];
