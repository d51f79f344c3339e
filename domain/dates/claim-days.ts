/**
 * Where a claim sits on the one day axis (the Julian Day Number), whatever calendar its text uses:
 * the page's timeline, its lanes and every export's time spans place claims with these functions.
 */
import type { Calendar } from '../types';
import { calendarOf } from './calendar';
import { intervalPeriod, isoToInterval, parsePartialIso, type DayInterval, type DayPeriod } from './partial-iso';

/** The date fields every claim carries, in the API's shape. */
export interface DatedClaim {
  date: string | null;
  dateGregorian: string | null;
  calendar: Calendar | null;
}

/**
 * The calendar the text uses for a date written without one: Julian before Russia's switch (1 February 1918).
 * @example textCalendarOf('1918-01-31') // 'julian'
 */
export function textCalendarOf(iso: string): Calendar {
  const date = parsePartialIso(iso);
  if (date === null) return 'gregorian';
  return calendarOf({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 }, 'russian');
}

/**
 * The days a claim covers: the Gregorian day when known exactly, otherwise the span of its month or
 * year in the text's calendar; null when undated or malformed.
 * @example claimInterval({ date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' }) // one day
 */
export function claimInterval(claim: DatedClaim): DayInterval | null {
  if (claim.dateGregorian && parsePartialIso(claim.dateGregorian)?.precision === 'day') {
    return isoToInterval(claim.dateGregorian, 'gregorian');
  }
  if (!claim.date) return null;
  return isoToInterval(claim.date, claim.calendar ?? textCalendarOf(claim.date));
}

/**
 * The Gregorian days a claim covers as ISO text, so one export has one consistent time axis.
 * @example claimPeriod({ date: '1917-10', dateGregorian: '1917-10', calendar: 'julian' }) // { start: '1917-10-14', end: '1917-11-13' }
 */
export function claimPeriod(claim: DatedClaim): DayPeriod | null {
  return intervalPeriod(claimInterval(claim));
}
