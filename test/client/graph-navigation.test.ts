import { isArrowKey, neighbourTowards, type ArrowKey } from '../../client/src/graph-navigation';

const from = { id: 'kerenski', x: 0, y: 0 };
const neighbours = [
  { id: 'east', x: 100, y: 10 },
  { id: 'far-east', x: 400, y: 0 },
  { id: 'north', x: 5, y: -80 },
  { id: 'south-west', x: -60, y: 70 },
];

describe('neighbourTowards', () => {
  test.each<[ArrowKey, string | null]>([
    ['ArrowRight', 'east'],
    ['ArrowUp', 'north'],
    ['ArrowDown', 'south-west'],
    ['ArrowLeft', 'south-west'],
  ])('%s leads to %s', (key, expected) => {
    expect(neighbourTowards(from, neighbours, key)).toBe(expected);
  });

  test('a near neighbour a little off the line beats a far one on it', () => {
    expect(neighbourTowards(from, neighbours.filter((n) => n.id !== 'east'), 'ArrowRight')).toBe('far-east');
  });

  test('nothing lies that way: no move', () => {
    expect(neighbourTowards(from, [{ id: 'east', x: 100, y: 0 }], 'ArrowLeft')).toBeNull();
    expect(neighbourTowards(from, [], 'ArrowUp')).toBeNull();
  });

  test('the entity itself and one at the same spot are not neighbours to move to', () => {
    expect(neighbourTowards(from, [from, { id: 'twin', x: 0, y: 0 }], 'ArrowRight')).toBeNull();
  });

  test('a neighbour more than 60° off the arrow is not that way', () => {
    expect(neighbourTowards(from, [{ id: 'steep', x: 10, y: -30 }], 'ArrowRight')).toBeNull();
    expect(neighbourTowards(from, [{ id: 'shallow', x: 30, y: -10 }], 'ArrowRight')).toBe('shallow');
  });
});

test('isArrowKey', () => {
  expect(['ArrowLeft', 'ArrowUp', 'Enter', 'a'].map(isArrowKey)).toEqual([true, true, false, false]);
});
