import * as z from "../model/zod";
import type { IsoDate } from "./date";

/** A State Council (or other) notice that fixed or changed a year's holiday arrangement. */
export interface NoticeCitation {
  /**
   * Document number, e.g. 国办发明电〔2023〕7号. Left out where it could not be verified (`note` says so): a
   * missing number is better than an invented one.
   */
  readonly number?: string;
  /** Full title, e.g. 国务院办公厅关于2024年部分节假日安排的通知. */
  readonly title: string;
  /** Date of issue, when known. */
  readonly issued?: IsoDate;
  /** What an amending notice changed, or what is uncertain about the citation. */
  readonly note?: string;
}

/**
 * One year's official arrangement: the days off (放假) and the make-up workdays (调休上班) that the notice fixes.
 * A date may belong to the previous year when the notice bridges New Year (e.g. 2018-12-29 上班 in the 2019 notice).
 */
export interface YearArrangement {
  readonly year: number;
  readonly notice: NoticeCitation;
  /** Later notices that changed this year's arrangement; the lists below already include their changes. */
  readonly amendments?: readonly NoticeCitation[];
  /** Days off named by the notice (weekend days inside a 放假 range included). */
  readonly holidays: readonly IsoDate[];
  /** Weekend days the notice turns into working days (调休上班). */
  readonly makeUpWorkdays: readonly IsoDate[];
  /**
   * True for a year the State Council has not yet published: the statutory holidays of 全国年节及纪念日放假办法
   * alone, no make-up workdays (see `provisionalArrangement`). Every date counted through such a year is provisional.
   */
  readonly provisional?: true;
}

const NoticeCitationSchema = z.strictObject({
    number: z.optional(z.string().check(z.minLength(1))),
    title: z.string().check(z.minLength(1)),
    issued: z.optional(z.string()),
    note: z.optional(z.string()),
  });

/** Schema of a {@link YearArrangement} as users supply it to `createCalendar({ years })`. */
export const YearArrangementSchema = z.strictObject({
    year: z.number().check(z.int(), z.gte(1), z.lte(9999)),
    notice: NoticeCitationSchema,
    amendments: z.optional(z.array(NoticeCitationSchema)),
    holidays: z.array(z.string()),
    makeUpWorkdays: z.array(z.string()),
    provisional: z.optional(z.literal(true)),
  });
