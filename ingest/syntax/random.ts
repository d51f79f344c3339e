/**
 * Seeded randomness for training, so that `npm run train:syntax` shuffles the same way on every run and
 * rebuilds the same model. The generator itself is domain/seeded-random.ts (the page's layout uses it too).
 */
export { seededRandom } from '../../domain/seeded-random';

/** Fisher–Yates shuffle in place, driven by `random`. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
