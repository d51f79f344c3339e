/**
 * Partial ISO dates, as claims carry them and as the API takes window bounds: a year ("1917"), a
 * month ("1917-10") or a day ("1917-10-25"). One parser for every layer, so that a date one layer
 * accepts the others accept too. A day must exist in the Julian calendar, the more lenient of the two
 * (1900-02-29 is a Julian leap day), because dates in the text's own calendar are Julian before 1918.
 */
import type { Calendar, HistoricalDate } from '../types';
import { gregorianToJdn, isoDate, isValidDay, jdnToGregorian, julianToJdn, type CalendarDay } from './calendar';

export interface PartialDate {
  year: number;
  /** 1-12; absent at year precision. */
  month?: number;
  /** 1-31; absent at year or month precision. */
  day?: number;
  precision: HistoricalDate['precision'];
}

/** An inclusive range of Julian Day Numbers: the days a date covers. */
export interface DayInterval {
  start: number;
  end: number;
}

const PARTIAL_ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The same shape as a JSON-Schema pattern, for the OpenAPI document (a pattern cannot check month lengths). */
export const PARTIAL_ISO_PATTERN = PARTIAL_ISO.source;

/**
 * @example parsePartialIso('1917-10') // { year: 1917, month: 10, precision: 'month' }
 * parsePartialIso('1917-02-30') // null
 */
export function parsePartialIso(text: string): PartialDate | null {
  if (!PARTIAL_ISO.test(text)) return null;
  const [year, month, day] = text.split('-').map(Number);
  if (month === undefined) return { year, precision: 'year' };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, precision: 'month' };
  return isValidDay({ year, month, day }, 'julian') ? { year, month, day, precision: 'day' } : null;
}

/**
 * True for "1917", "1917-10" and "1917-10-25"; false for "1917-13", "1917-02-30" or "25/10/1917".
 * @example isPartialIso('1917') // true
 */
export function isPartialIso(text: string): boolean {
  return parsePartialIso(text) !== null;
}

function toJdn(date: CalendarDay, calendar: Calendar): number {
  return calendar === 'julian' ? julianToJdn(date) : gregorianToJdn(date);
}

/**
 * The days a partial ISO date covers in the given calendar, or null when it is malformed or the day
 * does not exist in that calendar.
 * @example isoToInterval('1917-10', 'julian') // all of October 1917 Old Style (Gregorian 14 Oct - 13 Nov)
 */
export function isoToInterval(iso: string, calendar: Calendar): DayInterval | null {
  const date = parsePartialIso(iso);
  if (date === null) return null;
  const { year, month, day } = date;
  if (month === undefined) {
    return { start: toJdn({ year, month: 1, day: 1 }, calendar), end: toJdn({ year: year + 1, month: 1, day: 1 }, calendar) - 1 };
  }
  if (day === undefined) {
    const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    return { start: toJdn({ year, month, day: 1 }, calendar), end: toJdn(next, calendar) - 1 };
  }
  if (!isValidDay({ year, month, day }, calendar)) return null;
  const single = toJdn({ year, month, day }, calendar);
  return { start: single, end: single };
}

/** A run of Gregorian days as ISO text, both ends inclusive. */
export interface DayPeriod {
  /** YYYY-MM-DD. */
  start: string;
  /** YYYY-MM-DD. */
  end: string;
}

/**
 * The Gregorian days of an interval as ISO text, for formats whose time axis is written dates (GEXF).
 * @example intervalPeriod(isoToInterval('1918-02', 'gregorian')) // { start: '1918-02-01', end: '1918-02-28' }
 */
export function intervalPeriod(interval: DayInterval | null): DayPeriod | null {
  if (interval === null) return null;
  return { start: isoDate(jdnToGregorian(interval.start), 'day'), end: isoDate(jdnToGregorian(interval.end), 'day') };
}

/**
 * The days a Gregorian partial date covers: a day is itself, a month runs from its 1st to its last
 * day, a year from 1 January to 31 December; null for null or a malformed date.
 * @example gregorianPeriod('1916-02') // { start: '1916-02-01', end: '1916-02-29' }
 */
export function gregorianPeriod(iso: string | null): DayPeriod | null {
  return iso === null ? null : intervalPeriod(isoToInterval(iso, 'gregorian'));
}

/**
 * Whether the period of `from` starts after the period of `to` ends: a window that holds no day.
 * Partial ISO dates of any precision compare as text on their common prefix.
 * @example startsAfter('1917-11', '1917-10-31') // true
 * startsAfter('1917-10-05', '1917-10') // false: the 5th lies in October
 */
export function startsAfter(from: string, to: string): boolean {
  return from.slice(0, to.length) > to;
}
