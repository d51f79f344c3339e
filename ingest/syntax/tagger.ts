/**
 * The part-of-speech tagger at run time: greedy left-to-right decoding with averaged-perceptron
 * weights, each word seeing the two tags chosen before it; done twice, the second pass also
 * seeing the first pass's tags to its right.
 *
 * Frequent words that were (nearly) always one tag in training skip scoring altogether (the tag
 * dictionary), which is both faster and as accurate.
 */
import { padTags, pushContextFeatures, pushHistoryFeatures, viewSentence, type SentenceView } from './features';
import { OwnFeatureScores } from './own-feature-scores';
import { addRows, argmax, denseWeights, type DenseWeights, type SparseWeights } from './sparse-weights';
import { UPOS_TAGS, type Upos } from './upos';

/** The tagger as stored in the model file. */
export interface TaggerData {
  weights: SparseWeights;
  /** Weights of the second pass, which also has the right-context features. */
  secondPass: SparseWeights;
  /** Lower-cased word → tag index, for frequent, unambiguous words. */
  tagDictionary: Record<string, number>;
  /** Lower-cased words seen at least twice in training. */
  frequent: string[];
}

/** One pass's weights, and its store of summed own-feature scores. */
export interface TaggerPass {
  weights: DenseWeights;
  own: OwnFeatureScores;
}

export interface Tagger {
  /** The first pass, and the second, which also sees the first's tags to the right. */
  passes: [TaggerPass, TaggerPass];
  tagDictionary: Map<string, number>;
  frequent: Set<string>;
  lexicon: Record<string, string> | null;
}

/** Expands the stored sparse weights into one dense score row per feature, for fast tagging. */
export function loadTagger(data: TaggerData, lexicon: Record<string, string> | null): Tagger {
  const pass = (sparse: SparseWeights): TaggerPass => {
    const weights = denseWeights(sparse, UPOS_TAGS.length);
    return { weights, own: new OwnFeatureScores(weights, UPOS_TAGS.length) };
  };
  return {
    passes: [pass(data.weights), pass(data.secondPass)],
    tagDictionary: new Map(Object.entries(data.tagDictionary)),
    frequent: new Set(data.frequent),
    lexicon,
  };
}

/**
 * `looksInflected` tells whether a word ends like an inflected common word: a capitalised word
 * training never saw is read as a name inside the sentence always, at its start only when it does not.
 * @example
 * tagWords(tagger, ['Kerenski', 'arresterade', 'Korniloff', '.'], looksInflected) // ['PROPN', 'VERB', 'PROPN', 'PUNCT']
 */
export function tagWords(tagger: Tagger, forms: readonly string[], looksInflected: (form: string) => boolean): Upos[] {
  const view = viewSentence(forms, tagger.frequent, tagger.lexicon);
  const words = wordFeaturesOnce(tagger, view, forms);
  const first = decode(tagger.passes[0], view, words, forms, looksInflected);
  view.firstPass = padTags(first);
  return decode(tagger.passes[1], view, words, forms, looksInflected);
}

/** A word's fixed tag from the tag dictionary, or the context features both passes score it by (besides its own). */
type WordEvidence = Upos | string[];

function wordFeaturesOnce(tagger: Pick<Tagger, 'tagDictionary'>, view: SentenceView, forms: readonly string[]): WordEvidence[] {
  return forms.map((form, i) => {
    const known = tagger.tagDictionary.get(form.toLowerCase());
    if (known !== undefined) return UPOS_TAGS[known];
    const features: string[] = [];
    pushContextFeatures(view, i, features);
    return features;
  });
}

/** One greedy left-to-right pass. */
function decode(
  { weights, own }: TaggerPass,
  view: SentenceView,
  words: readonly WordEvidence[],
  forms: readonly string[],
  looksInflected: (form: string) => boolean,
): Upos[] {
  const tags: Upos[] = [];
  const history: string[] = [];
  const scores = new Float32Array(UPOS_TAGS.length);
  let prev = '<s1>';
  let prev2 = '<s2>';
  for (let i = 0; i < forms.length; i++) {
    const evidence = words[i];
    let tag: Upos;
    if (typeof evidence === 'string') tag = evidence;
    else {
      scores.set(own.of(view, i, forms[i]));
      history.length = 0;
      pushHistoryFeatures(view, i, prev, prev2, history);
      addRows(weights, evidence, scores);
      addRows(weights, history, scores);
      tag = UPOS_TAGS[argmax(scores)];
      if (isUnseenName(view, i, tag) && (i > 0 || !looksInflected(forms[i]))) tag = 'PROPN';
    }
    tags.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
}

/** The first pass alone, without the name rule at sentence start: what the jackknife in training needs. */
export function tagFirstPass(tagger: Tagger, forms: readonly string[]): Upos[] {
  const view = viewSentence(forms, tagger.frequent, tagger.lexicon);
  return decode(tagger.passes[0], view, wordFeaturesOnce(tagger, view, forms), forms, () => true);
}

/** Tags an unseen capitalised word is taken from: most often a name the treebank never had. */
const NAME_LOOKALIKES: ReadonlySet<Upos> = new Set(['NOUN', 'ADJ', 'X']);

/**
 * The extractor finds names nobody listed from PROPN, so a capitalised word that training never saw
 * twice is a proper noun when the weights chose a common-word tag: the treebanks (web text, textbooks)
 * have far fewer unseen names than historical prose ("Korniloff", "Preobrazjenskij").
 */
function isUnseenName(view: SentenceView, i: number, tag: Upos): boolean {
  return view.rare[i + 2] && view.shapes[i + 2] === 'X' && NAME_LOOKALIKES.has(tag);
}
