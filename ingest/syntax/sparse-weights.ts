/**
 * How the perceptron models (tagger, parser) store their weights and score with them. On disk a
 * feature keeps only its weights that matter, as rounded [class, weight] pairs;
 * loaded, each feature becomes one dense score row, so scoring is a few additions per feature.
 */

/** Feature → [class index, weight, class index, weight, ...] for its non-zero weights. */
export type SparseWeights = Record<string, number[]>;

/** Feature → one weight per class. */
export type DenseWeights = Map<string, Float32Array>;

/**
 * Sparse pairs of the averaged weights, without those smaller than `prune` in absolute value,
 * rounded to `decimals` (three by default; the parser's large weights need only one).
 */
export function compactWeights(weights: Map<string, Float64Array>, prune: number, decimals = 3): SparseWeights {
  const compact: SparseWeights = {};
  const scale = 10 ** decimals;
  for (const [feature, row] of weights) {
    const pairs: number[] = [];
    row.forEach((weight, cls) => {
      if (Math.abs(weight) >= prune) pairs.push(cls, Math.round(weight * scale) / scale);
    });
    if (pairs.length > 0) compact[feature] = pairs;
  }
  return compact;
}

/** Expands stored sparse weights into one dense row of `classes` scores per feature. */
export function denseWeights(sparse: SparseWeights, classes: number): DenseWeights {
  const weights: DenseWeights = new Map();
  for (const [feature, pairs] of Object.entries(sparse)) {
    const row = new Float32Array(classes);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]] = pairs[k + 1];
    weights.set(feature, row);
  }
  return weights;
}

/** Adds the rows of `features` to `scores`; features the model never kept add nothing. */
export function addRows(weights: DenseWeights, features: readonly string[], scores: Float32Array): void {
  for (const feature of features) {
    const row = weights.get(feature);
    if (row) for (let c = 0; c < row.length; c++) scores[c] += row[c];
  }
}

/** Index of the highest score; the lowest index wins a tie, so decoding is deterministic. */
export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
