/**
 * Old Style and New Style on the page: every claim sits on one absolute axis (the Julian Day Number),
 * so switching the display between Old Style (as the text writes dates) and New Style only changes
 * labels and histogram bins, never which claims a window holds.
 */
import { jdnToGregorian, NEW_STYLE_ADOPTED, writtenDate, type CalendarDay } from './calendar';
import { claimInterval, type DatedClaim } from './claim-days';

/** How dates are shown: as the text writes them (Julian before the 1918 switch) or Gregorian throughout. */
export type DateStyle = 'old' | 'new';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date shown for a day: as the text writes it (Julian before the switch) or Gregorian. */
export function dayToStyle(jdn: number, style: DateStyle): CalendarDay {
  return style === 'old' ? writtenDate(jdn, 'russian') : jdnToGregorian(jdn);
}

/**
 * A short human label for a day in the chosen style, marked OS/NS where the two differ.
 * @example formatDay(gregorianToJdn({ year: 1917, month: 11, day: 7 }), 'old') === '25 Oct 1917 OS'
 */
export function formatDay(jdn: number, style: DateStyle): string {
  const date = dayToStyle(jdn, style);
  const text = `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  if (jdn >= NEW_STYLE_ADOPTED) return text;
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
