/**
 * A sentence as the relation cues read it: words with offsets into the sentence as written, and
 * each word's modern lower-case spelling ("öfvergingo" reads as "övergick"), lemma and part of
 * speech where the tagger gives them.
 */
import type { Language } from '../../domain/types';
import { modernWord } from '../orthography';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lower case, in modern spelling for Swedish. */
  norm: string;
  /** The tagger's lemma, lower case, when there is one. */
  lemma?: string;
  /** The tagger's universal part of speech, when there is one. */
  upos?: string;
  isPunctuation: boolean;
}

/** What a tagger gives for one token. */
export interface AnalysedToken {
  text: string;
  start: number;
  end: number;
  upos: string;
  lemma: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * The words of a sentence: the tagger's tokens when given (offsets into `text`), else split on letters alone.
 *
 * @example
 * sentenceWords('Hvilka gingo öfver?', 'sv').map((w) => w.norm) // ['vilka', 'gick', 'över', '?']
 */
export function sentenceWords(text: string, language: Language, tokens?: readonly AnalysedToken[]): Word[] {
  if (tokens) {
    return tokens.map((t) => ({
      text: t.text,
      start: t.start,
      end: t.end,
      norm: normalised(t.text, language),
      lemma: t.lemma.toLowerCase(),
      upos: t.upos,
      isPunctuation: t.upos === 'PUNCT' || !/[\p{L}\p{N}]/u.test(t.text),
    }));
  }
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    norm: normalised(m[0], language),
    isPunctuation: !/[\p{L}\p{N}]/u.test(m[0]),
  }));
}

function normalised(word: string, language: Language): string {
  const lower = word.toLowerCase();
  return language === 'sv' ? modernWord(lower) : lower;
}
