import { dateBasisWords, precisionOfIsoDate, withDateBasis } from '../../../domain/dates/provenance';

describe('date provenance', () => {
  test.each([
    ['1917-10-25', 'day'],
    ['1917-10', 'month'],
    ['1917', 'year'],
    [null, null],
    ['oktober', null],
  ])('precisionOfIsoDate(%j) = %j', (date, precision) => {
    expect(precisionOfIsoDate(date)).toBe(precision);
  });

  test.each([
    ['Oct 1917', 'section', 'Oct 1917, from the chapter'],
    ['25 Oct 1917 OS', 'sentence', '25 Oct 1917 OS, stated in the sentence'],
    ['25 Oct 1917 OS', 'nearby', '25 Oct 1917 OS, from nearby text'],
    ['25 Oct 1917 OS', null, '25 Oct 1917 OS'],
    ['undated', 'section', 'undated'],
  ] as const)('withDateBasis(%j, %j)', (label, basis, expected) => {
    expect(withDateBasis(label, basis)).toBe(expected);
  });

  test('an unknown basis has no words', () => {
    expect(dateBasisWords(undefined)).toBe('');
  });
});
