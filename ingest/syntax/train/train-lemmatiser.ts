/**
 * Learns the lemmatiser from treebank words: the ending rules per part of speech (from each
 * distinct word, so frequent words do not drown the patterns of rare ones), then the exceptions,
 * the treebank words whose lemma those rules get wrong.
 */
import type { TreebankSentence, TreebankWord } from '../conllu';
import { lemmaKeyForm, lemmatise, loadLemmatiser, type LemmatiserData } from '../lemmatiser';
import { MAX_SUFFIX, ruleBetween, suffixKey } from '../lemma-rule';
import type { Upos } from '../upos';

/** A suffix needs this many distinct words behind it to get a rule of its own. */
const MIN_WORDS_PER_SUFFIX = 2;

type Counts = Map<string, Map<string, number>>;

/**
 * Talbanken gives a Swedish participle its own lemma ("frusterade" → "frusterad"), while an unseen
 * past-tense verb should lead to its infinitive ("arresterade" → "arrestera"). Swedish participles
 * therefore do not teach the ending rules; those in the treebank still keep their lemma as exceptions.
 */
function teachesRules(word: TreebankWord, language: 'sv' | 'en'): boolean {
  return !(language === 'sv' && word.feats.includes('VerbForm=Part'));
}

export function trainLemmatiser(sentences: readonly TreebankSentence[], language: 'sv' | 'en'): LemmatiserData {
  const lemmaCounts: Counts = new Map();
  const ruleTeachers: Counts = new Map();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (word.lemma === '_' || ['PUNCT', 'NUM', 'SYM', 'X'].includes(word.upos)) continue;
      const key = `${word.upos} ${lemmaKeyForm(word.form, word.upos)}`;
      count(lemmaCounts, key, lemmaKeyForm(word.lemma, word.upos));
      if (teachesRules(word, language)) count(ruleTeachers, key, lemmaKeyForm(word.lemma, word.upos));
    }
  }
  const rules = learnRules(ruleTeachers);
  const lemmatiser = loadLemmatiser({ exceptions: {}, rules }, language);
  const exceptions: Record<string, string> = {};
  for (const [key, lemmas] of [...lemmaCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const space = key.indexOf(' ');
    const lemma = mostFrequent(lemmas);
    if (lemmatise(lemmatiser, key.slice(space + 1), key.slice(0, space) as Upos) !== lemma) exceptions[key] = lemma;
  }
  return { exceptions, rules };
}

function learnRules(lemmaCounts: Counts): Record<string, string> {
  const ruleCounts: Counts = new Map();
  for (const [key, lemmas] of lemmaCounts) {
    const space = key.indexOf(' ');
    const upos = key.slice(0, space);
    const form = key.slice(space + 1);
    const rule = ruleBetween(form, mostFrequent(lemmas));
    const lower = form.toLowerCase();
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length - 1); length++) {
      count(ruleCounts, suffixKey(upos, lower, length), rule);
    }
  }
  const best = new Map<string, string>();
  for (const [key, rules] of ruleCounts) best.set(key, mostFrequent(rules));
  const kept: Record<string, string> = {};
  for (const key of [...best.keys()].sort()) {
    const space = key.indexOf(' ');
    const suffix = key.slice(space + 1);
    const words = [...ruleCounts.get(key)!.values()].reduce((sum, n) => sum + n, 0);
    if (suffix === '') kept[key] = best.get(key)!;
    else if (words >= MIN_WORDS_PER_SUFFIX && best.get(key) !== nearestShorterRule(best, key, space)) {
      kept[key] = best.get(key)!;
    }
  }
  return kept;
}

/** The best rule of the longest shorter suffix that has enough words (what lookup would fall back to). */
function nearestShorterRule(best: Map<string, string>, key: string, space: number): string | undefined {
  const upos = key.slice(0, space);
  const suffix = key.slice(space + 1);
  return best.get(`${upos} ${suffix.slice(1)}`);
}

function count(counts: Counts, key: string, value: string): void {
  let values = counts.get(key);
  if (!values) counts.set(key, (values = new Map()));
  values.set(value, (values.get(value) ?? 0) + 1);
}

/** The value counted most often; ties go to the alphabetically first, so training is deterministic. */
function mostFrequent(values: Map<string, number>): string {
  let top = '';
  let topCount = -1;
  for (const [value, n] of values) {
    if (n > topCount || (n === topCount && value < top)) {
      top = value;
      topCount = n;
    }
  }
  return top;
}
