import { InvalidInputError } from '../../../domain/errors';
import { dateWindowParams, PERIOD_END } from '../../../graph/queries/date-window';

/** The same overlap test CLAIM_IN_WINDOW makes in Cypher, for checking the bounds. */
function inWindow(date: string | null, from?: string, to?: string): boolean {
  const { from: lower, toUpper } = dateWindowParams({ from, to });
  if (lower === null && toUpper === null) return true;
  if (date === null) return false;
  return (lower === null || date + PERIOD_END >= lower) && (toUpper === null || date <= toUpper);
}

describe('date windows overlap claim periods', () => {
  test.each<[string | null, string | undefined, string | undefined, boolean]>([
    ['1917-10-25', '1917-10-24', '1917-10-26', true],
    ['1917-10-25', '1917-10-25', '1917-10-25', true],
    ['1917-10-27', '1917-10-24', '1917-10-26', false],
    ['1917-10', '1917-10-15', '1917-10-20', true],
    ['1917-10-31', undefined, '1917-10', true],
    ['1917-11-01', undefined, '1917-10', false],
    ['1917-09', '1917-10', undefined, false],
    ['1917', '1917-06', '1917-07', true],
    [null, '1917-01', undefined, false],
    [null, undefined, undefined, true],
  ])('%s in [%s, %s] → %s', (date, from, to, expected) => {
    expect(inWindow(date, from, to)).toBe(expected);
  });
});

describe('dateWindowParams', () => {
  test.each([
    [{ calendar: 'gregorian' as const }, { dateField: 'dateGregorian', from: null, toUpper: null }],
    [{ from: '1917-10', to: '1917-11' }, { dateField: 'date', from: '1917-10', toUpper: '1917-11~' }],
  ])('%j', (filter, expected) => {
    expect(dateWindowParams(filter)).toEqual(expected);
  });

  test.each([{ from: '25 oktober' }, { to: '1917-13' }, { from: '1917-11', to: '1917-10' }])('refuses %j', (filter) => {
    expect(() => dateWindowParams(filter)).toThrow(InvalidInputError);
  });
});
