/**
 * Where a timeline handle goes on a key: an arrow moves it one day, Shift+arrow one month, PageUp and
 * PageDown one year, Home and End to the ends. Months and years are counted in the calendar the page
 * shows, so Shift+→ from 1 Oct 1917 OS lands on 1 Nov 1917 OS, and any day (1 Oct–30 Nov) can be set.
 */
import { calendarOf, dayNumber, isValidDay, writtenDate, type CalendarConvention, type CalendarDay } from '../../domain/dates/calendar';
import type { DayInterval } from '../../domain/dates/partial-iso';
import type { DateStyle } from '../../domain/dates/styles';

export type Handle = 'start' | 'end';

/** The parts of a keyboard event the timeline reads. */
export interface TimelineKey {
  key: string;
  shiftKey: boolean;
}

const CONVENTION: Record<DateStyle, CalendarConvention> = { old: 'russian', new: 'gregorian' };

/**
 * The day `months` calendar months after `day` as the style writes it; a day of month that the target
 * month lacks becomes its last day (31 Oct + 1 month = 30 Nov).
 * @example addMonths(julianToJdn({ year: 1917, month: 10, day: 1 }), 1, 'old') === julianToJdn({ year: 1917, month: 11, day: 1 })
 */
export function addMonths(day: number, months: number, style: DateStyle): number {
  const convention = CONVENTION[style];
  const written = writtenDate(day, convention);
  const index = written.year * 12 + (written.month - 1) + months;
  const target: CalendarDay = { year: Math.floor(index / 12), month: (index % 12) + 1, day: written.day };
  while (target.day > 28 && !isValidDay(target, calendarOf(target, convention))) target.day -= 1;
  return dayNumber(target, convention);
}

/** The day a key sends a handle from `day`, or null for a key the timeline does not use. */
function keyedDay(day: number, key: TimelineKey, style: DateStyle, bounds: DayInterval): number | null {
  const sign = key.key === 'ArrowRight' || key.key === 'ArrowUp' || key.key === 'PageUp' ? 1 : -1;
  switch (key.key) {
    case 'ArrowLeft':
    case 'ArrowDown':
    case 'ArrowRight':
    case 'ArrowUp':
      return key.shiftKey ? addMonths(day, sign, style) : day + sign;
    case 'PageUp':
    case 'PageDown':
      return addMonths(day, 12 * sign, style);
    case 'Home':
      return bounds.start;
    case 'End':
      return bounds.end;
    default:
      return null;
  }
}

/**
 * The window after a key on one handle, kept inside `bounds` and never inverted; null when the key is not
 * the timeline's.
 * @example keyedWindow({ start: 10, end: 40 }, 'end', { key: 'ArrowLeft', shiftKey: false }, 'old', { start: 0, end: 100 })
 *   // { start: 10, end: 39 }
 */
export function keyedWindow(window: DayInterval, handle: Handle, key: TimelineKey, style: DateStyle, bounds: DayInterval): DayInterval | null {
  const day = keyedDay(handle === 'start' ? window.start : window.end, key, style, bounds);
  if (day === null) return null;
  const clamped = Math.min(bounds.end, Math.max(bounds.start, day));
  return handle === 'start' ? { start: Math.min(clamped, window.end), end: window.end } : { start: window.start, end: Math.max(clamped, window.start) };
}
