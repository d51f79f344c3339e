/**
 * The part-of-speech tagger at run time: greedy left-to-right decoding with the averaged
 * perceptron's weights, each word seeing the two tags chosen before it.
 *
 * Frequent words that were (nearly) always one tag in training skip scoring altogether (the tag
 * dictionary), which is both faster and as accurate.
 */
import { viewSentence, wordFeatures, type SentenceView } from './features';
import { UPOS_TAGS, type Upos } from './upos';

/** The tagger as stored in the model file. */
export interface TaggerData {
  /** Feature → [tag index, weight, tag index, weight, ...] for its non-zero weights. */
  weights: Record<string, number[]>;
  /** Lower-cased word → tag index, for frequent, unambiguous words. */
  tagDictionary: Record<string, number>;
  /** Lower-cased words seen at least twice in training. */
  frequent: string[];
}

export interface Tagger {
  weights: Map<string, Float32Array>;
  tagDictionary: Map<string, number>;
  frequent: Set<string>;
}

/** Expands the stored sparse weights into one dense score row per feature, for fast tagging. */
export function loadTagger(data: TaggerData): Tagger {
  const weights = new Map<string, Float32Array>();
  for (const [feature, pairs] of Object.entries(data.weights)) {
    const row = new Float32Array(UPOS_TAGS.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]] = pairs[k + 1];
    weights.set(feature, row);
  }
  return {
    weights,
    tagDictionary: new Map(Object.entries(data.tagDictionary)),
    frequent: new Set(data.frequent),
  };
}

/**
 * `looksInflected` tells whether a word ends like an inflected common word: a capitalised word
 * training never saw is read as a name inside the sentence always, at its start only when it does not.
 * @example
 * tagWords(tagger, ['Kerenski', 'arresterade', 'Korniloff', '.'], looksInflected) // ['PROPN', 'VERB', 'PROPN', 'PUNCT']
 */
export function tagWords(tagger: Tagger, forms: readonly string[], looksInflected: (form: string) => boolean): Upos[] {
  const view = viewSentence(forms, tagger.frequent);
  const tags: Upos[] = [];
  const features: string[] = [];
  const scores = new Float32Array(UPOS_TAGS.length);
  let prev = '<s1>';
  let prev2 = '<s2>';
  for (let i = 0; i < forms.length; i++) {
    const known = tagger.tagDictionary.get(forms[i].toLowerCase());
    let tag: Upos;
    if (known !== undefined) tag = UPOS_TAGS[known];
    else {
      scores.fill(0);
      for (const feature of wordFeatures(view, i, prev, prev2, features)) {
        const row = tagger.weights.get(feature);
        if (row) for (let c = 0; c < row.length; c++) scores[c] += row[c];
      }
      tag = UPOS_TAGS[argmax(scores)];
      if (isUnseenName(view, i, tag) && (i > 0 || !looksInflected(forms[i]))) tag = 'PROPN';
    }
    tags.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return tags;
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

/** Index of the highest score; the lowest index wins a tie, so tagging is deterministic. */
export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
