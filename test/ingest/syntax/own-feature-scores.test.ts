/** The tagger's kept own-feature scores: the same numbers as summing the features afresh, and keyed by all they depend on. */
import { ownFeaturesKey, pushOwnFeatures, viewSentence } from '../../../ingest/syntax/features';
import { OwnFeatureScores } from '../../../ingest/syntax/own-feature-scores';
import type { DenseWeights } from '../../../ingest/syntax/sparse-weights';

const frequent = new Set(['regementet', 'gick', 'över', 'till', 'bolsjevikerna']);
const ownFeatures = (forms: string[], i: number): string[] => {
  const out: string[] = [];
  pushOwnFeatures(viewSentence(forms, frequent, null), i, out);
  return out;
};

describe('own features', () => {
  test('a word has the same own features wherever its key is the same, whatever its neighbours', () => {
    const a = ['Sedan', 'gick', 'regementet', 'över', 'till', 'Kerenski', '.'];
    const b = ['I', 'juli', 'ville', 'ingen', 'följa', 'Kerenski', 'längre', '.'];
    expect(ownFeaturesKey(a[5], 5)).toBe(ownFeaturesKey(b[5], 5));
    expect(ownFeatures(a, 5)).toEqual(ownFeatures(b, 5));
  });

  test('the first word and a word further in differ in key and in features', () => {
    const forms = ['Kerenski', 'mötte', 'Kerenski', '.'];
    expect(ownFeaturesKey(forms[0], 0)).not.toBe(ownFeaturesKey(forms[2], 2));
    expect(ownFeatures(forms, 0)).not.toEqual(ownFeatures(forms, 2));
  });
});

describe('OwnFeatureScores', () => {
  const weights: DenseWeights = new Map([
    ['b', Float32Array.of(0.5, 0.25)],
    ['w kerenski', Float32Array.of(0.1, 2)],
    ['s3 nski', Float32Array.of(-0.3, 0.7)],
    ['sh X', Float32Array.of(0, 1.5)],
  ]);

  test('a kept row holds the sum of the weights of the word’s own features, and is the same row the next time', () => {
    const scores = new OwnFeatureScores(weights, 2);
    const forms = ['Han', 'mötte', 'Kerenski', '.'];
    const view = viewSentence(forms, frequent, null);
    const expected = new Float32Array(2);
    for (const feature of ownFeatures(forms, 2)) weights.get(feature)?.forEach((w, c) => (expected[c] += w));
    const first = scores.of(view, 2, 'Kerenski');
    expect([...first]).toEqual([...expected]);
    const other = viewSentence(['Sedan', 'kom', 'Kerenski', 'hem', '.'], frequent, null);
    expect(scores.of(other, 2, 'Kerenski')).toBe(first);
  });
});
