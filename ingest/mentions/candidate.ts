/**
 * What every mention rule proposes: a character span of the sentence with a type, a lemma key and
 * the rule's name. `weak` marks guesses (a lone capitalised word) that need corroboration.
 */
import type { EntityType } from '../../domain/types';
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

/** A rule reads one sentence's tokens and proposes candidates. */
export type MentionRule = (text: string, tokens: readonly Token[]) => Candidate[];

/** A candidate covering tokens[first..last] inclusive. */
export function spanCandidate(
  tokens: readonly Token[],
  first: number,
  last: number,
  fields: Omit<Candidate, 'start' | 'end'>,
): Candidate {
  return { start: tokens[first].start, end: tokens[last].end, ...fields };
}
