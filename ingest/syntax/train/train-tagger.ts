/**
 * Trains the part-of-speech tagger from treebank sentences: vocabulary and tag dictionary first,
 * then passes of the averaged perceptron over the sentences in a seeded random order, then
 * pruning of near-zero weights so the stored model stays small.
 */
import type { TreebankSentence } from '../conllu';
import { viewSentence, wordFeatures } from '../features';
import { seededRandom, shuffleInPlace } from '../random';
import type { TaggerData } from '../tagger';
import { UPOS_TAGS } from '../upos';
import { AveragedPerceptron } from './averaged-perceptron';

export interface TaggerTrainingOptions {
  iterations: number;
  seed: number;
  /** Averaged weights smaller than this (in absolute value) are dropped from the model. */
  prune: number;
}

/** A word enters the tag dictionary when seen this often ... */
const DICTIONARY_MIN_COUNT = 20;
/** ... with one tag this large a share of the time. */
const DICTIONARY_MIN_SHARE = 0.97;

export function trainTagger(sentences: readonly TreebankSentence[], options: TaggerTrainingOptions): TaggerData {
  const { frequent, tagDictionary } = vocabulary(sentences);
  const frequentSet = new Set(frequent);
  const perceptron = new AveragedPerceptron(UPOS_TAGS.length);
  const random = seededRandom(options.seed);
  const order = [...sentences];
  const features: string[] = [];
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (const sentence of shuffleInPlace(order, random)) {
      const forms = sentence.words.map((word) => word.form);
      const view = viewSentence(forms, frequentSet);
      let prev = '<s1>';
      let prev2 = '<s2>';
      sentence.words.forEach((word, i) => {
        let guess = tagDictionary[forms[i].toLowerCase()];
        if (guess === undefined) {
          wordFeatures(view, i, prev, prev2, features);
          guess = perceptron.predict(features);
          perceptron.update(UPOS_TAGS.indexOf(word.upos), guess, features);
        }
        prev2 = prev;
        prev = UPOS_TAGS[guess];
      });
    }
  }
  return { weights: compactWeights(perceptron.averaged(), options.prune), tagDictionary, frequent };
}

function vocabulary(sentences: readonly TreebankSentence[]): Pick<TaggerData, 'frequent' | 'tagDictionary'> {
  const counts = new Map<string, number[]>();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      const lower = word.form.toLowerCase();
      let perTag = counts.get(lower);
      if (!perTag) counts.set(lower, (perTag = new Array<number>(UPOS_TAGS.length).fill(0)));
      perTag[UPOS_TAGS.indexOf(word.upos)]++;
    }
  }
  const frequent: string[] = [];
  const tagDictionary: Record<string, number> = {};
  for (const [lower, perTag] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = perTag.reduce((sum, n) => sum + n, 0);
    if (total >= 2) frequent.push(lower);
    const top = Math.max(...perTag);
    if (total >= DICTIONARY_MIN_COUNT && top / total >= DICTIONARY_MIN_SHARE) tagDictionary[lower] = perTag.indexOf(top);
  }
  return { frequent, tagDictionary };
}

/** Sparse [class, weight] pairs, rounded to three decimals, without the weights below `prune`. */
function compactWeights(weights: Map<string, Float64Array>, prune: number): Record<string, number[]> {
  const compact: Record<string, number[]> = {};
  for (const [feature, row] of weights) {
    const pairs: number[] = [];
    row.forEach((weight, cls) => {
      if (Math.abs(weight) >= prune) pairs.push(cls, Math.round(weight * 1000) / 1000);
    });
    if (pairs.length > 0) compact[feature] = pairs;
  }
  return compact;
}
