/**
 * Calendar arithmetic through the Julian Day Number: one integer per day, whatever the calendar.
 *
 * Russia kept the Julian calendar (Old Style) until 31 January 1918, which was followed by
 * 14 February (New Style). Converting through the day number gives the right difference for
 * any century (12 days in the 1800s, 13 in 1900–2099) instead of a hard-coded offset.
 */
import type { Calendar } from '../types';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Which calendar a document's dates are written in. */
export type CalendarConvention =
  /** Julian before 1 February 1918 (as written), Gregorian from then on: Russian usage. */
  | 'russian'
  /** Gregorian throughout. */
  | 'gregorian';

/** The first day Russia wrote in the Gregorian calendar, as Russians wrote the day before: Julian 1918-01-31 + 1. */
const RUSSIAN_SWITCH: CalendarDay = { year: 1918, month: 2, day: 1 };

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/** Julian Day Number of a Gregorian date (valid for all proleptic dates in our range). */
export function gregorianToJdn({ year, month, day }: CalendarDay): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) - 32045;
}

/** Julian Day Number of a Julian-calendar date. */
export function julianToJdn({ year, month, day }: CalendarDay): number {
  const a = floorDiv(14 - month, 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floorDiv(153 * m + 2, 5) + 365 * y + floorDiv(y, 4) - 32083;
}

/** The Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): CalendarDay {
  const a = jdn + 32044;
  const b = floorDiv(4 * a + 3, 146097);
  const c = a - floorDiv(146097 * b, 4);
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return { day: e - floorDiv(153 * m + 2, 5) + 1, month: m + 3 - 12 * floorDiv(m, 10), year: 100 * b + d - 4800 + floorDiv(m, 10) };
}

/** The Julian-calendar date of a Julian Day Number. */
export function jdnToJulian(jdn: number): CalendarDay {
  const c = jdn + 32082;
  const d = floorDiv(4 * c + 3, 1461);
  const e = c - floorDiv(1461 * d, 4);
  const m = floorDiv(5 * e + 2, 153);
  return { day: e - floorDiv(153 * m + 2, 5) + 1, month: m + 3 - 12 * floorDiv(m, 10), year: d - 4800 + floorDiv(m, 10) };
}

/**
 * The Gregorian date of a Julian (Old Style) date.
 *
 * @example
 * julianToGregorian({ year: 1917, month: 10, day: 25 }) // { year: 1917, month: 11, day: 7 }
 */
export function julianToGregorian(date: CalendarDay): CalendarDay {
  return jdnToGregorian(julianToJdn(date));
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Which calendar a date written under `convention` is in (Julian only for Russian dates before the switch). */
export function calendarOf(date: CalendarDay, convention: CalendarConvention): Calendar {
  return convention === 'russian' && compareDays(date, RUSSIAN_SWITCH) < 0 ? 'julian' : 'gregorian';
}

/** The Julian Day Number of a date written under `convention`. */
export function dayNumber(date: CalendarDay, convention: CalendarConvention): number {
  return calendarOf(date, convention) === 'julian' ? julianToJdn(date) : gregorianToJdn(date);
}

/** The first New Style day in Soviet Russia: 14 February 1918 (Gregorian) followed 31 January 1918 (Julian). */
export const NEW_STYLE_ADOPTED = julianToJdn(RUSSIAN_SWITCH);

/** The calendar in force on a day under `convention`: Julian for Russian days before the switch. */
export function calendarOnDay(jdn: number, convention: CalendarConvention): Calendar {
  return convention === 'russian' && jdn < NEW_STYLE_ADOPTED ? 'julian' : 'gregorian';
}

/**
 * The date a day number is written as under `convention`: Julian up to Russia's switch, Gregorian after.
 *
 * @example
 * writtenDate(julianToJdn({ year: 1918, month: 1, day: 31 }) + 1, 'russian') // { year: 1918, month: 2, day: 14 }
 */
export function writtenDate(jdn: number, convention: CalendarConvention): CalendarDay {
  return calendarOnDay(jdn, convention) === 'julian' ? jdnToJulian(jdn) : jdnToGregorian(jdn);
}

/** Whether day/month/year name a real date in the given calendar. */
export function isValidDay(date: CalendarDay, calendar: Calendar): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return false;
  const roundTrip = calendar === 'julian' ? jdnToJulian(julianToJdn(date)) : jdnToGregorian(gregorianToJdn(date));
  return compareDays(roundTrip, date) === 0;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO text of a date at day or month precision. */
export function isoDate(date: CalendarDay, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return pad(date.year, 4);
  if (precision === 'month') return `${pad(date.year, 4)}-${pad(date.month)}`;
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}
