import { gregorianToJdn, julianToJdn } from '../../domain/dates/calendar';
import { chooseBinSize, histogram } from '../../client/src/histogram';

describe('chooseBinSize', () => {
  test.each([
    [{ start: 0, end: 0 }, 'week'],
    [{ start: 0, end: 239 }, 'week'],
    [{ start: 0, end: 240 }, 'month'],
  ] as const)('%o → %s', (span, size) => {
    expect(chooseBinSize(span)).toBe(size);
  });
});

describe('histogram', () => {
  test('weekly bins count claims by their first day', () => {
    const bins = histogram(
      [{ startDay: 0, endDay: 0 }, { startDay: 6, endDay: 6 }, { startDay: 7, endDay: 7 }, { startDay: 15, endDay: 15 }, { startDay: null, endDay: null }],
      { start: 0, end: 15 },
      'week',
      'new',
    );
    expect(bins.map((bin) => [bin.start, bin.end, bin.count])).toEqual([
      [0, 6, 2],
      [7, 13, 1],
      [14, 15, 1],
    ]);
  });

  test('monthly bins follow the chosen calendar', () => {
    const span = { start: gregorianToJdn({ year: 1917, month: 10, day: 1 }), end: gregorianToJdn({ year: 1917, month: 11, day: 30 }) };
    const revolution = julianToJdn({ year: 1917, month: 10, day: 25 });
    const claims = [{ startDay: revolution, endDay: revolution }];
    const oldStyle = histogram(claims, span, 'month', 'old');
    const newStyle = histogram(claims, span, 'month', 'new');
    expect(newStyle.map((bin) => bin.label)).toEqual(['Oct 1917', 'Nov 1917']);
    expect(newStyle.find((bin) => bin.count === 1)?.label).toBe('Nov 1917');
    expect(oldStyle.find((bin) => bin.count === 1)?.label).toBe('Oct 1917');
    expect(oldStyle.reduce((sum, bin) => sum + bin.end - bin.start + 1, 0)).toBe(span.end - span.start + 1);
  });

  test('a day standing for several claims (GraphSelection.claimDays) counts them all', () => {
    const bins = histogram([{ startDay: 1, claims: 5 }, { startDay: 2 }, { startDay: 9, claims: 3 }], { start: 0, end: 13 }, 'week', 'new');
    expect(bins.map((bin) => bin.count)).toEqual([6, 3]);
  });
});
