/**
 * Trains the part-of-speech tagger from treebank sentences: vocabulary and tag dictionary first,
 * then passes of the averaged perceptron over the sentences in a seeded random order, then
 * pruning of near-zero weights so the stored model stays small.
 *
 * The second pass learns from first-pass tags as they will be at run time, mistakes included: each
 * training sentence gets them from a first-pass model trained without it (5-fold jackknife).
 */
import type { TreebankSentence } from '../conllu';
import { padTags, viewSentence, wordFeatures } from '../features';
import { seededRandom, shuffleInPlace } from '../random';
import { compactWeights, type SparseWeights } from '../sparse-weights';
import { loadTagger, tagFirstPass, type TaggerData } from '../tagger';
import { UPOS_TAGS } from '../upos';
import { AveragedPerceptron } from './averaged-perceptron';

export interface TaggerTrainingOptions {
  iterations: number;
  seed: number;
  /** Averaged weights smaller than this (in absolute value) are dropped from the model. */
  prune: number;
  /** An external lexicon the features read (English: compromise's), or null. */
  lexicon: Record<string, string> | null;
}

/** A word enters the tag dictionary when seen this often ... */
const DICTIONARY_MIN_COUNT = 20;
/** ... with one tag this large a share of the time. */
const DICTIONARY_MIN_SHARE = 0.97;
/** Folds of the jackknife that gives the second pass its first-pass tags. */
const FOLDS = 5;

type Vocabulary = Pick<TaggerData, 'frequent' | 'tagDictionary'>;

/**
 * `firstPass` is `jackknifedFirstPass(sentences, options)`, computed by the caller because the parser
 * trains on the same tags.
 */
export function trainTagger(
  sentences: readonly TreebankSentence[],
  options: TaggerTrainingOptions,
  firstPass: ReadonlyMap<TreebankSentence, string[]>,
): TaggerData {
  const vocabulary = vocabularyOf(sentences);
  const weights = trainPass(sentences, vocabulary, options, null);
  const secondPass = trainPass(sentences, vocabulary, options, firstPass);
  return { weights, secondPass, ...vocabulary };
}

/** Each sentence's first-pass tags from a model trained on the other folds: tags as a tagger gets them wrong. */
export function jackknifedFirstPass(
  sentences: readonly TreebankSentence[],
  options: TaggerTrainingOptions,
): Map<TreebankSentence, string[]> {
  const tags = new Map<TreebankSentence, string[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = sentences.filter((_, i) => i % FOLDS !== fold);
    const vocabulary = vocabularyOf(rest);
    const weights = trainPass(rest, vocabulary, options, null);
    const tagger = loadTagger({ weights, secondPass: {}, ...vocabulary }, options.lexicon);
    sentences.forEach((sentence, i) => {
      if (i % FOLDS !== fold) return;
      tags.set(sentence, tagFirstPass(tagger, sentence.words.map((word) => word.form)));
    });
  }
  return tags;
}

function trainPass(
  sentences: readonly TreebankSentence[],
  vocabulary: Vocabulary,
  options: TaggerTrainingOptions,
  firstPass: ReadonlyMap<TreebankSentence, string[]> | null,
): SparseWeights {
  const frequent = new Set(vocabulary.frequent);
  const perceptron = new AveragedPerceptron(UPOS_TAGS.length);
  const random = seededRandom(options.seed);
  const order = [...sentences];
  const features: string[] = [];
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (const sentence of shuffleInPlace(order, random)) {
      const forms = sentence.words.map((word) => word.form);
      const view = viewSentence(forms, frequent, options.lexicon);
      if (firstPass) view.firstPass = padTags(firstPass.get(sentence)!);
      let prev = '<s1>';
      let prev2 = '<s2>';
      sentence.words.forEach((word, i) => {
        let guess = vocabulary.tagDictionary[forms[i].toLowerCase()];
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
  return compactWeights(perceptron.averaged(), options.prune);
}

function vocabularyOf(sentences: readonly TreebankSentence[]): Vocabulary {
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
