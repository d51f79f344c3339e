/**
 * Day arithmetic for the timeline. Every claim is placed on one absolute axis (the Julian Day
 * Number), so switching the display between Old Style (as the text writes dates) and New Style
 * only changes labels and histogram bins, never which claims a window holds.
 * Russia used the Julian calendar until 31 January 1918 (Old Style), then 14 February 1918 (New Style).
 */
import type { Calendar } from '../../domain/types';

/** How dates are shown: as the text writes them (Julian before the 1918 switch) or Gregorian throughout. */
export type DateStyle = 'old' | 'new';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** An inclusive range of Julian Day Numbers. */
export interface DayInterval {
  start: number;
  end: number;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function marchBased(date: CalendarDate): { y: number; m: number } {
  const a = Math.floor((14 - date.month) / 12);
  return { y: date.year + 4800 - a, m: date.month + 12 * a - 3 };
}

/** @example gregorianToDay({ year: 1917, month: 11, day: 7 }) === 2421540 */
export function gregorianToDay(date: CalendarDate): number {
  const { y, m } = marchBased(date);
  return (
    date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045
  );
}

/** @example julianToDay({ year: 1917, month: 10, day: 25 }) === gregorianToDay({ year: 1917, month: 11, day: 7 }) */
export function julianToDay(date: CalendarDate): number {
  const { y, m } = marchBased(date);
  return date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

function fromMarchBased(c: number, centuries: number): CalendarDate {
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * centuries + d - 4800 + Math.floor(m / 10),
  };
}

export function dayToGregorian(day: number): CalendarDate {
  const a = day + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  return fromMarchBased(a - Math.floor((146097 * b) / 4), b);
}

export function dayToJulian(day: number): CalendarDate {
  return fromMarchBased(day + 32082, 0);
}

/** The first New Style day in Soviet Russia: 14 February 1918 (Gregorian) followed 31 January 1918 (Julian). */
export const NEW_STYLE_ADOPTED = gregorianToDay({ year: 1918, month: 2, day: 14 });

/** The date as the text writes it on `day`: Julian before the switch, Gregorian from it. */
export function dayToStyle(day: number, style: DateStyle): CalendarDate {
  return style === 'old' && day < NEW_STYLE_ADOPTED ? dayToJulian(day) : dayToGregorian(day);
}

function toDay(date: CalendarDate, calendar: Calendar): number {
  return calendar === 'julian' ? julianToDay(date) : gregorianToDay(date);
}

function daysInMonth(year: number, month: number, calendar: Calendar): number {
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return toDay(next, calendar) - toDay({ year, month, day: 1 }, calendar);
}

/**
 * The days an ISO date of day, month or year precision covers in the given calendar, or null if malformed.
 * @example isoToInterval('1917-10', 'julian') // all of October 1917 Old Style
 */
export function isoToInterval(iso: string, calendar: Calendar): DayInterval | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) {
    return { start: toDay({ year, month: 1, day: 1 }, calendar), end: toDay({ year, month: 12, day: 31 }, calendar) };
  }
  const length = daysInMonth(year, month, calendar);
  if (day === undefined) {
    const start = toDay({ year, month, day: 1 }, calendar);
    return { start, end: start + length - 1 };
  }
  if (day < 1 || day > length) return null;
  const single = toDay({ year, month, day }, calendar);
  return { start: single, end: single };
}

/** The calendar the text uses for an ISO date written without one: Julian before 1 February 1918. */
export function textCalendarOf(iso: string): Calendar {
  return iso < '1918-02-01' ? 'julian' : 'gregorian';
}

export interface DatedClaim {
  date: string | null;
  dateGregorian: string | null;
  calendar: Calendar | null;
}

/**
 * Where a claim sits on the day axis: the Gregorian day when known exactly, otherwise the span of its
 * text-calendar month or year; null when undated.
 * @example claimInterval({ date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' })
 */
export function claimInterval(claim: DatedClaim): DayInterval | null {
  if (claim.dateGregorian && /^\d{4}-\d{2}-\d{2}$/.test(claim.dateGregorian)) {
    return isoToInterval(claim.dateGregorian, 'gregorian');
  }
  if (!claim.date) return null;
  return isoToInterval(claim.date, claim.calendar ?? textCalendarOf(claim.date));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** @example formatIso(dayToGregorian(2421540)) === '1917-11-07' */
export function formatIso(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * A short human label for a day in the chosen style, marked OS/NS where the two differ.
 * @example formatDay(gregorianToDay({ year: 1917, month: 11, day: 7 }), 'old') === '25 Oct 1917 OS'
 */
export function formatDay(day: number, style: DateStyle): string {
  const date = dayToStyle(day, style);
  const text = `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  if (day >= NEW_STYLE_ADOPTED) return text;
  return `${text} ${style === 'old' ? 'OS' : 'NS'}`;
}

/** A month label ("Oct 1917") for histogram ticks. */
export function formatMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * A claim's date written in both calendars, for the evidence panel.
 * @example describeClaimDate({ date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' })
 *   // '25 Oct 1917 OS = 7 Nov 1917 NS'
 */
export function describeClaimDate(claim: DatedClaim): string {
  const interval = claimInterval(claim);
  if (!interval || !claim.date) return 'undated';
  if (interval.start !== interval.end) {
    return `${claim.date} (${claim.calendar === 'gregorian' ? 'New Style' : 'Old Style'}, ${claim.date.length === 7 ? 'month' : 'year'} only)`;
  }
  const oldStyle = formatDay(interval.start, 'old');
  const newStyle = formatDay(interval.start, 'new');
  return oldStyle === newStyle ? `${newStyle} (same in both calendars)` : `${oldStyle} = ${newStyle}`;
}
