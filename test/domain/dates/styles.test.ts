import { gregorianToJdn, isoDate, jdnToGregorian, jdnToJulian, julianToJdn, NEW_STYLE_ADOPTED } from '../../../domain/dates/calendar';
import { claimInterval, textCalendarOf } from '../../../domain/dates/claim-days';
import { isoToInterval } from '../../../domain/dates/partial-iso';
import { describeClaimDate, formatDay } from '../../../domain/dates/styles';

describe('calendar', () => {
  test.each([
    ['October Revolution', { year: 1917, month: 10, day: 25 }, { year: 1917, month: 11, day: 7 }],
    ['February Revolution', { year: 1917, month: 2, day: 23 }, { year: 1917, month: 3, day: 8 }],
    ['last Old Style day', { year: 1918, month: 1, day: 31 }, { year: 1918, month: 2, day: 13 }],
    ['leap day 1916 (both leap)', { year: 1916, month: 2, day: 29 }, { year: 1916, month: 3, day: 13 }],
  ])('%s: Julian %o is Gregorian %o', (_name, julian, gregorian) => {
    expect(julianToJdn(julian)).toBe(gregorianToJdn(gregorian));
    expect(jdnToJulian(julianToJdn(julian))).toEqual(julian);
    expect(jdnToGregorian(gregorianToJdn(gregorian))).toEqual(gregorian);
  });

  test('the Julian Day Number of a known date', () => {
    expect(gregorianToJdn({ year: 2000, month: 1, day: 1 })).toBe(2451545);
  });

  test('New Style was adopted the day after 31 January 1918 Old Style', () => {
    expect(NEW_STYLE_ADOPTED).toBe(julianToJdn({ year: 1918, month: 1, day: 31 }) + 1);
  });

  test.each([
    ['1917-10-25', 'julian', 1, '1917-11-07'],
    ['1917-10', 'julian', 31, '1917-10-14'],
    ['1918-02', 'gregorian', 28, '1918-02-01'],
    ['1917', 'gregorian', 365, '1917-01-01'],
  ] as const)('isoToInterval(%s, %s) covers %i days from %s NS', (iso, calendar, days, firstGregorian) => {
    const interval = isoToInterval(iso, calendar);
    expect(interval).not.toBeNull();
    expect(interval!.end - interval!.start + 1).toBe(days);
    expect(isoDate(jdnToGregorian(interval!.start), 'day')).toBe(firstGregorian);
  });

  test.each(['1917-13', '1917-02-30', 'October', '17-10-25', ''])('isoToInterval rejects %p', (iso) => {
    expect(isoToInterval(iso, 'julian')).toBeNull();
  });

  test.each([
    ['1917-10-25', 'julian'],
    ['1918-01-31', 'julian'],
    ['1918-02-01', 'gregorian'],
    ['1918-03', 'gregorian'],
  ] as const)('the text writes %s in the %s calendar', (iso, calendar) => {
    expect(textCalendarOf(iso)).toBe(calendar);
  });

  test.each([
    ['exact day uses the Gregorian twin', { date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' as const }, 1],
    ['month precision spans the month', { date: '1917-10', dateGregorian: '1917-10', calendar: 'julian' as const }, 31],
    ['calendar inferred when missing', { date: '1917-10', dateGregorian: '1917-10', calendar: null }, 31],
  ])('claimInterval: %s', (_name, claim, days) => {
    const interval = claimInterval(claim);
    expect(interval!.end - interval!.start + 1).toBe(days);
  });

  test('claimInterval of an undated claim is null', () => {
    expect(claimInterval({ date: null, dateGregorian: null, calendar: null })).toBeNull();
  });

  test.each([
    [gregorianToJdn({ year: 1917, month: 11, day: 7 }), 'old', '25 Oct 1917 OS'],
    [gregorianToJdn({ year: 1917, month: 11, day: 7 }), 'new', '7 Nov 1917 NS'],
    [gregorianToJdn({ year: 1918, month: 3, day: 3 }), 'old', '3 Mar 1918'],
    [gregorianToJdn({ year: 1918, month: 3, day: 3 }), 'new', '3 Mar 1918'],
  ] as const)('formatDay(%i, %s) is %s', (day, style, label) => {
    expect(formatDay(day, style)).toBe(label);
  });

  test.each([
    [{ date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' as const }, '25 Oct 1917 OS = 7 Nov 1917 NS'],
    [{ date: '1918-03-03', dateGregorian: '1918-03-03', calendar: 'gregorian' as const }, '3 Mar 1918 (same in both calendars)'],
    [{ date: '1917-10', dateGregorian: '1917-10', calendar: 'julian' as const }, '1917-10 (Old Style, month only)'],
    [{ date: null, dateGregorian: null, calendar: null }, 'undated'],
  ])('describeClaimDate(%o) is %s', (claim, text) => {
    expect(describeClaimDate(claim)).toBe(text);
  });
});
