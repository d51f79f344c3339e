import { seededRandom } from '../../domain/seeded-random';
import { withSeededRandom } from '../../client/src/seeded-random';

test('a seed gives one sequence, in [0, 1), and another seed another', () => {
  const a = Array.from({ length: 5 }, seededRandom(7));
  expect(Array.from({ length: 5 }, seededRandom(7))).toEqual(a);
  expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(a);
  expect(a.every((value) => value >= 0 && value < 1)).toBe(true);
});

test('withSeededRandom restores Math.random even when the work throws', () => {
  const random = Math.random;
  expect(withSeededRandom(3, () => Math.random())).toBe(seededRandom(3)());
  expect(() => withSeededRandom(3, () => { throw new Error('boom'); })).toThrow('boom');
  expect(Math.random).toBe(random);
});
