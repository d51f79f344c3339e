/**
 * The syntax stage: every sentence's words with part of speech and lemma, read in modern spelling
 * (pre-1906 Swedish is rewritten first, so the tagger trained on today's Swedish can read it).
 * Mentions use the tags to keep names nobody listed; relations use the lemmas and tags.
 */
import type { Language, Sentence } from '../domain/types';
import { modernSpelling } from './orthography';
import { analyseSentence, parseDependencies, syntaxModel, type DependencyArc, type TaggedToken } from './syntax';
import { UPOS_TAGS } from './syntax/upos';

export interface SentenceAnalysis {
  /** The sentence as analysed: in modern spelling for Swedish, else as written. */
  text: string;
  /** Tokens with offsets into `text`. */
  tokens: TaggedToken[];
  /**
   * Offsets in the sentence as written where a word the tagger read as a proper noun starts; at
   * the start of a sentence, where any word is capitalised, only a name followed by its verb.
   */
  properNounStarts: ReadonlySet<number>;
  /** Offsets in the sentence as written where a function word (adverb, pronoun, conjunction, …) starts. */
  functionWordStarts: ReadonlySet<number>;
  /** Offsets where a capitalised word starts that the treebank knows as a common word ("Training", "Details"). */
  commonWordStarts: ReadonlySet<number>;
  /**
   * The dependency tree, one arc per token of `tokens` (head -1 for the root). Parsed on the first
   * call and kept: only the sentences that relation reading looks into pay for parsing.
   */
  arcs(): readonly DependencyArc[];
}

/** Tags of words that are never part of a name. */
const FUNCTION_TAGS = new Set(['ADV', 'ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'PART', 'AUX', 'INTJ']);

/**
 * Analyses one sentence.
 *
 * @example
 * analyse('Mannerheim ledde hvita gardet.', 'sv').tokens.map((t) => t.upos) // ['PROPN', 'VERB', 'ADJ', 'NOUN', 'PUNCT']
 */
export function analyse(text: string, language: Language): SentenceAnalysis {
  const modern = language === 'sv' ? modernSpelling(text) : { text, originalOffset: (i: number) => i };
  const tokens = analyseSentence(modern.text, language);
  const startsOf = (keep: (t: TaggedToken, i: number) => boolean): Set<number> =>
    new Set(tokens.filter(keep).map((t) => modern.originalOffset(t.start)));
  let arcs: readonly DependencyArc[] | undefined;
  return {
    text: modern.text,
    tokens,
    properNounStarts: startsOf((t, i) => t.upos === 'PROPN' && (!opensSentence(modern.text, tokens, i) || isNameBeforeVerb(tokens, i))),
    functionWordStarts: startsOf((t) => FUNCTION_TAGS.has(t.upos)),
    commonWordStarts: startsOf((t) => /^\p{Lu}/u.test(t.text) && isCommonWord(t.text, language)),
    arcs: () => (arcs ??= parseDependencies(tokens, language)),
  };
}

/**
 * Whether the token at `i` opens the sentence (after any opening quotes or brackets), or follows a
 * full stop, footnote marks or a dash ("rising.[34] Unbeknownst", "sovjets. Nåväl", "mig... Era"),
 * where the segmenter kept two sentences in one.
 */
function opensSentence(text: string, tokens: readonly TaggedToken[], i: number): boolean {
  const before = text.slice(0, tokens[i].start);
  return tokens.slice(0, i).every((t) => t.upos === 'PUNCT') || /^[\s\p{P}]*$/u.test(before) || /[.!?…](?:\[[\p{L}\p{N}]{1,4}\])*[\s”"»–—-]*$/u.test(before);
}

/** A proper noun (or a run of them) right before a verb: "Mannerheim ledde", "Lord Wimborne agreed". */
function isNameBeforeVerb(tokens: readonly TaggedToken[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && tokens[j].upos === 'PROPN') j++;
  return tokens[j]?.upos === 'VERB' || tokens[j]?.upos === 'AUX';
}

/** compromise's tags of common words: a word listed with one is no name, capitalised or not. */
const COMMON_LEXICON_TAGS = new Set([
  'Singular', 'Plural', 'Uncountable', 'Noun', 'Adjective', 'Comparable', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund',
  'Participle', 'Verb', 'Adverb',
]);

/** Whether the English lexicon lists a word, or the singular of a plural, as a common word ("Riot", "Details"). */
function isListedCommonWord(lower: string, lexicon: Record<string, string>): boolean {
  return [lower, lower.replace(/s$/u, '')].some((form) => COMMON_LEXICON_TAGS.has(lexicon[form]));
}

/**
 * Whether the treebank saw a word often, always as one common-word tag, or (English) the tagger's
 * lexicon lists it as a common word: capitalised, it is still no name.
 */
function isCommonWord(word: string, language: Language): boolean {
  const { tagDictionary, lexicon } = syntaxModel(language).tagger;
  const lower = word.toLowerCase();
  const tag = tagDictionary.get(lower);
  if (tag !== undefined) return UPOS_TAGS[tag] !== 'PROPN';
  return lexicon !== null && isListedCommonWord(lower, lexicon);
}

/** The analysis of a sentence by its position, computed the first time a stage asks for it. */
export type SentenceAnalyses = (index: number) => SentenceAnalysis;

/**
 * Analyses on demand: tagging is the dearest step of the pipeline, and most sentences need none
 * (no unknown capitalised word, fewer than two mentions).
 */
export function analysesOf(sentences: readonly Sentence[], language: Language): SentenceAnalyses {
  const done = new Map<number, SentenceAnalysis>();
  return (index) => {
    let analysis = done.get(index);
    if (!analysis) {
      analysis = analyse(sentences[index].text, language);
      done.set(index, analysis);
    }
    return analysis;
  };
}

/** What the mentions and relations stages take besides the sentences: the analyses, and a progress listener. */
export interface StageOptions {
  analyses?: SentenceAnalyses;
  /** Hears how many sentences have been read, for progress. */
  onSentence?: (done: number) => void;
}
