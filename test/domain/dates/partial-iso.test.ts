/** Partial ISO dates: one parser, the days a date covers, and window order. */
import { claimPeriod } from '../../../domain/dates/claim-days';
import { gregorianPeriod, isPartialIso, parsePartialIso, startsAfter } from '../../../domain/dates/partial-iso';

describe('isPartialIso', () => {
  test.each([
    ['1917-10-25', true],
    ['1917-10', true],
    ['1917', true],
    ['1916-02-29', true],
    ['1900-02-29', true], // a Julian leap day
    ['1917-02-29', false],
    ['1917-02-30', false],
    ['1917-13', false],
    ['1917-00-10', false],
    ['1917-1', false],
    ['25/10/1917', false],
    ['1917-10-25T00:00', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isPartialIso(text)).toBe(expected);
  });

  test.each([
    ['1917', { year: 1917, precision: 'year' }],
    ['1917-10', { year: 1917, month: 10, precision: 'month' }],
    ['1917-10-25', { year: 1917, month: 10, day: 25, precision: 'day' }],
  ])('parsePartialIso(%s)', (text, expected) => {
    expect(parsePartialIso(text)).toEqual(expected);
  });
});

describe('gregorianPeriod', () => {
  test.each([
    ['1917-11-07', { start: '1917-11-07', end: '1917-11-07' }],
    ['1917-10', { start: '1917-10-01', end: '1917-10-31' }],
    ['1918-02', { start: '1918-02-01', end: '1918-02-28' }],
    ['1916-02', { start: '1916-02-01', end: '1916-02-29' }],
    ['1917', { start: '1917-01-01', end: '1917-12-31' }],
    [null, null],
  ])('%s → %j', (date, expected) => {
    expect(gregorianPeriod(date)).toEqual(expected);
  });
});

describe('claimPeriod', () => {
  test.each([
    ['an exact day: its Gregorian twin', { date: '1917-10-25', dateGregorian: '1917-11-07', calendar: 'julian' as const }, { start: '1917-11-07', end: '1917-11-07' }],
    ['an Old Style month, in New Style days', { date: '1917-10', dateGregorian: '1917-10', calendar: 'julian' as const }, { start: '1917-10-14', end: '1917-11-13' }],
    ['a New Style month', { date: '1918-03', dateGregorian: '1918-03', calendar: 'gregorian' as const }, { start: '1918-03-01', end: '1918-03-31' }],
    ['undated', { date: null, dateGregorian: null, calendar: null }, null],
  ])('%s', (_name, claim, expected) => {
    expect(claimPeriod(claim)).toEqual(expected);
  });
});

describe('startsAfter', () => {
  test.each([
    ['1917-11', '1917-10-31', true],
    ['1917-10-05', '1917-10', false],
    ['1917-10', '1917-10-05', false],
    ['1918', '1917-12-31', true],
    ['1917-12-31', '1918', false],
  ])('%s after %s → %s', (from, to, expected) => {
    expect(startsAfter(from, to)).toBe(expected);
  });
});
