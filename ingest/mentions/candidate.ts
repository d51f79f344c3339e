/**
 * What every mention rule proposes: a character span of the sentence with a type, a lemma key and
 * the rule's name. `weak` marks guesses (a lone capitalised word) that need corroboration.
 */
import type { EntityType, HistoricalDate, Language } from '../../domain/types';
import type { Token } from './tokens';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  key: string;
  rule: string;
  weak?: boolean;
  /** The span starts the sentence, where any word is capitalised. */
  sentenceInitial?: boolean;
}

/** What a rule may know about the whole document beyond its one sentence. */
export interface RuleContext {
  language: Language;
  /** Whether the document also writes this word in lowercase, i.e. it is a common word capitalised by position. */
  isCommonWord(word: string): boolean;
  /** The date of the sentence being read, when the dates stage found one: it picks the meaning of dated short forms. */
  date?: HistoricalDate;
  /** Whether the tagger read the word starting at this offset of the sentence as a function word ("Hvarpå", "Därpå"). */
  isFunctionWordAt?(offset: number): boolean;
}

/** A rule reads one sentence's tokens and proposes candidates. */
export type MentionRule = (text: string, tokens: readonly Token[], context: RuleContext) => Candidate[];

/** A candidate covering tokens[first..last] inclusive. */
export function spanCandidate(
  tokens: readonly Token[],
  first: number,
  last: number,
  fields: Omit<Candidate, 'start' | 'end'>,
): Candidate {
  return { start: tokens[first].start, end: tokens[last].end, ...fields };
}
