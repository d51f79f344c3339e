/**
 * From a date as written (with its year now known) to a HistoricalDate: the value in the
 * text's own calendar and the same day in the Gregorian calendar beside it.
 */
import type { Calendar, HistoricalDate } from '../../domain/types';
import {
  calendarOf,
  calendarOnDay,
  dayNumber,
  isoDate,
  isValidDay,
  jdnToGregorian,
  julianToGregorian,
  writtenDate,
  type CalendarConvention,
  type CalendarDay,
} from '../../domain/dates/calendar';
import type { WrittenDate } from './explicit';

/** A written date whose year is known. */
export type DatedWriting = WrittenDate & { year: number };

/** A HistoricalDate together with its day number, so dates can be ordered and shifted. */
export interface PlacedDate {
  date: HistoricalDate;
  /** Julian Day Number of the (first) day; for month precision, the first of the month. */
  jdn: number;
}

function writtenCalendar(written: DatedWriting, day: CalendarDay, convention: CalendarConvention): Calendar {
  if (written.marked === 'old' || written.newStyle) return 'julian';
  if (written.marked === 'new') return 'gregorian';
  return calendarOf(day, convention);
}

/**
 * The HistoricalDate of a written date, or null when the day does not exist (31 June).
 *
 * @example
 * historicalDate({ text: 'den 25 oktober', start: 0, day: 25, month: 10, year: 1917, precision: 'day' }, 'russian')
 * // { date: { value: '1917-10-25', gregorian: '1917-11-07', calendar: 'julian', precision: 'day', source: 'explicit', text: 'den 25 oktober' }, jdn: 2421540 }
 */
export function historicalDate(written: DatedWriting, convention: CalendarConvention): PlacedDate | null {
  const day: CalendarDay = { year: written.year, month: written.month, day: written.day ?? 1 };
  const calendar = writtenCalendar(written, day, convention);
  if (!isValidDay(day, calendar)) return null;
  const jdn = calendar === 'julian' ? dayNumber(day, 'russian') : dayNumber(day, 'gregorian');
  const value = isoDate(day, written.precision);
  const gregorian =
    written.precision === 'day' && calendar === 'julian' ? isoDate(julianToGregorian(day), 'day') : value;
  return {
    date: { value, gregorian, calendar, precision: written.precision, source: 'explicit', text: written.text },
    jdn,
  };
}

/**
 * The date `days` after a placed day-precision date, written in the calendar in force on that day.
 *
 * @example
 * shiftDate(julian_1918_01_31, 1, 'nästa dag').date // { value: '1918-02-14', gregorian: '1918-02-14', calendar: 'gregorian', ... }
 */
export function shiftDate(anchor: PlacedDate, days: number, text: string): PlacedDate {
  const jdn = anchor.jdn + days;
  const convention: CalendarConvention = anchor.date.calendar === 'julian' ? 'russian' : 'gregorian';
  const calendar = calendarOnDay(jdn, convention);
  return {
    date: {
      value: isoDate(writtenDate(jdn, convention), 'day'),
      gregorian: isoDate(jdnToGregorian(jdn), 'day'),
      calendar,
      precision: 'day',
      source: 'relative',
      text,
    },
    jdn,
  };
}
