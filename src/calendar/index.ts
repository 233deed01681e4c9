/**
 * PRC working days (holidays and 调休 make-up workdays), Asia/Shanghai dates and period counting per 民法典 arts. 201–203.
 *
 * @packageDocumentation
 * @module ggzy-rules/calendar
 */
export { addCalendarDays, calendarDaysBetween, parseIsoDate } from "./date";
export type { CivilDate } from "./date";
export { toShanghaiDate } from "./shanghai";
export { YearArrangementSchema } from "./arrangement";
export type { NoticeCitation, YearArrangement } from "./arrangement";
export { PRC_CALENDAR, createCalendar } from "./calendar";
export type { Calendar, CreateCalendarOptions, DayOverride, DayReason } from "./calendar";
export { addWorkingDays, describeDay, isRestDay, isWorkingDay, provisionalYearsBetween, workingDaysBetween } from "./working-days";
export type { DayDescription } from "./working-days";
export { periodEnd } from "./period";
export type { PeriodEnd, PeriodLength } from "./period";
export { PRC_ARRANGEMENTS } from "./data/prc";
export { provisionalArrangement } from "./provisional";
export { holidayLawFor, statutoryHolidays } from "./statutory";
export type { Festival, HolidayLaw, StatutoryHoliday, StatutoryYear } from "./statutory";
