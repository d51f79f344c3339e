import { gregorianToJdn, julianToGregorian, jdnToGregorian, julianToJdn, writtenDate } from '../../../domain/dates/calendar';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
};

describe('julianToGregorian', () => {
  const cases: [string, string, string][] = [
    ['the October Revolution', '1917-10-25', '1917-11-07'],
    ['the last Julian day in Russia', '1918-01-31', '1918-02-13'],
    ['the 1905 Bloody Sunday', '1905-01-09', '1905-01-22'],
    ['the 19th century differs by 12 days', '1825-12-14', '1825-12-26'],
    ['Julian 1900 is a leap year, Gregorian 1900 is not', '1900-02-29', '1900-03-13'],
    ['the 1582 reform', '1582-10-05', '1582-10-15'],
  ];
  test.each(cases)('%s: %s OS = %s NS', (_label, julian, gregorian) => {
    expect(julianToGregorian(day(julian))).toEqual(day(gregorian));
  });
});

describe('day numbers', () => {
  test.each([['2000-02-29'], ['1918-02-14'], ['1600-03-01']])('Gregorian %s round-trips', (iso) => {
    expect(jdnToGregorian(gregorianToJdn(day(iso)))).toEqual(day(iso));
  });

  const switchCases: [string, number, string][] = [
    ['the day after Julian 31 January 1918 is written Gregorian 14 February', 1, '1918-02-14'],
    ['Julian 30 January 1918 + 1 is still Julian', 0, '1918-01-31'],
  ];
  test.each(switchCases)('%s', (_label, offset, expected) => {
    const base = julianToJdn(day(offset === 1 ? '1918-01-31' : '1918-01-30'));
    expect(writtenDate(base + 1, 'russian')).toEqual(day(expected));
  });
});
