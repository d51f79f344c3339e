/**
 * A seeded stand-in for Math.random while a layout runs: fcose starts from random positions, so without
 * it the same graph gave a different picture on every load, and screenshots and shared links could not
 * be reproduced. The generator is domain/seeded-random.ts.
 */
import { seededRandom } from '../../domain/seeded-random';

/** The seed every layout uses: one graph, one picture. */
export const LAYOUT_SEED = 1917;

/**
 * Runs `work` (synchronous) with Math.random seeded, then puts the real one back.
 * @example withSeededRandom(LAYOUT_SEED, () => layout.run())
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
