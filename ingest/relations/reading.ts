/**
 * The sentence as the relation rules read it: Swedish in today's spelling, so that one cue
 * table, clause rule and relative pronoun ("vilken", not "hvilken") serves texts from before
 * 1906 as well. Mentions move to the same words in the rewritten text; evidence is still taken
 * from the sentence as written.
 */
import type { Language, Mention } from '../../domain/types';
import { modernSpelling } from '../orthography';

export interface SentenceReading {
  text: string;
  ordered: Mention[];
}

/**
 * The reading of one sentence and its mentions, in reading order.
 *
 * @example
 * readingOf('Sigismund, hvilken angreps af Karl.', [sigismund, karl], 'sv').text // 'Sigismund, vilken angreps av Karl.'
 */
export function readingOf(text: string, ordered: readonly Mention[], language: Language): SentenceReading {
  if (language !== 'sv') return { text, ordered: [...ordered] };
  const modern = modernSpelling(text);
  if (modern.text === text) return { text, ordered: [...ordered] };
  return {
    text: modern.text,
    ordered: ordered.map((m) => {
      const start = modern.modernOffset(m.start);
      const end = modern.modernOffset(m.end);
      return { ...m, start, end, text: modern.text.slice(start, end) };
    }),
  };
}
