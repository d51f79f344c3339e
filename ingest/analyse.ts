/**
 * The syntax stage: every sentence's words with part of speech and lemma, read in modern spelling
 * (pre-1906 Swedish is rewritten first, so the tagger trained on today's Swedish can read it).
 * Mentions use the tags to keep names nobody listed; relations use the lemmas and tags.
 */
import type { Language, Sentence } from '../domain/types';
import { modernSpelling } from './orthography';
import { analyseSentence, type TaggedToken } from './syntax';

export interface SentenceAnalysis {
  /** The sentence as analysed: in modern spelling for Swedish, else as written. */
  text: string;
  /** Tokens with offsets into `text`. */
  tokens: TaggedToken[];
  /** Offsets in the sentence as written where a word the tagger read as a proper noun starts. */
  properNounStarts: ReadonlySet<number>;
  /** Offsets in the sentence as written where a function word (adverb, pronoun, conjunction, …) starts. */
  functionWordStarts: ReadonlySet<number>;
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
  const startsOf = (keep: (t: TaggedToken) => boolean): Set<number> => new Set(tokens.filter(keep).map((t) => modern.originalOffset(t.start)));
  return {
    text: modern.text,
    tokens,
    properNounStarts: startsOf((t) => t.upos === 'PROPN'),
    functionWordStarts: startsOf((t) => FUNCTION_TAGS.has(t.upos)),
  };
}

/** The analysis of every sentence, by sentence position. */
export function analyseSentences(sentences: readonly Sentence[], language: Language): SentenceAnalysis[] {
  return sentences.map((sentence) => analyse(sentence.text, language));
}
