/**
 * The pre-draw announcement `ggzy-draw-announcement/1` (抽取预告) and the full check of a draw record against its
 * announcement, its request and the re-run — what `ggzy verify --announcement` and the service's
 * `POST /v1/draws/verify` do, for a platform to do with the published API.
 *
 * @packageDocumentation
 * @module ggzy-rules/announcement
 */
// Its own subpath: a page that only draws and verifies (rules + sampling) does not carry it.
export {
  ANNOUNCEMENT_FORMAT,
  announceDraw,
  announcedSeed,
  differenceFromAnnouncement,
  differenceFromRequest,
  isDrawRequest,
  matchesValueFormat,
  plannedDraw,
} from "./announcement";
export type { AnnouncedSeed, DrawAnnouncement, HeaderDifference, PlannedDraw } from "./announcement";
export { verifyDrawAgainst } from "./verdict";
export type { DrawVerdict, DrawVerdictOptions } from "./verdict";
