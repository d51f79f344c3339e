import { defaultMinMentions, initialFilter } from '../../client/src/filter-defaults';
import { ENTITY_TYPES, RELATION_TYPES } from '../../domain/types';

describe('defaultMinMentions', () => {
  test.each([
    ['few entities: show all', [1, 1, 2], 5, 1],
    ['exactly the target', [1, 1, 2, 5], 4, 1],
    ['cut at the target-th count', [9, 8, 5, 3, 1, 1], 3, 5],
    ['ties at the cut push it up', [9, 5, 5, 5, 1], 3, 6],
    ['empty', [], 3, 1],
  ])('%s', (_name, counts, target, expected) => {
    expect(defaultMinMentions(counts, target)).toBe(expected);
  });
});

describe('initialFilter', () => {
  test('all types, all time', () => {
    const filter = initialFilter(3);
    expect([...filter.entityTypes]).toEqual([...ENTITY_TYPES]);
    expect([...filter.relationTypes]).toEqual([...RELATION_TYPES]);
    expect(filter).toMatchObject({ window: null, minMentions: 3, includeUndated: true, showIsolated: false });
  });
});
