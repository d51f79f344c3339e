/**
 * The narrator's own side. Memoirs say "vi", "oss" and "vårt parti" for the author's party, and
 * many relations are stated that way ("hotade oss med repressalier"). Those words become mentions
 * of a party only when the document itself says which party it speaks for ("Vi, bolsjeviker, ...",
 * "vårt parti, bolsjevikerna"); a text that never says so gets no narrator mentions at all.
 */
import type { Mention, Sentence } from '../../domain/types';

/** The rule name of a narrator mention, so later steps can tell it from a written name. */
export const NARRATOR_RULE = 'narrator';

/** "Vi, bolsjeviker," / "we Bolsheviks" / "vårt parti, bolsjevikerna": first person right before a party. */
const SELF_IDENTIFICATION = /(?<![\p{L}])(?:vi|we|vårt parti|our party)\s*,?\s*(?:(?:the|de)\s+)?$/iu;

/**
 * Words that stand for the narrator's party: "vårt parti(s)" is firm, "vi"/"oss" follow it once
 * declared, and so does "vår"/"our" before a noun of side or stance ("stod på vår sida", "ställt
 * sig på vår ståndpunkt", "came over to our side"); elsewhere "vår" is too often the author's
 * people or time ("vår revolution", "vår tid").
 */
const NARRATOR_WORDS = /(?<![\p{L}])(?:vårt partis?|vi|oss|vår(?=\s+(?:sida|sidan|ståndpunkt|linje|sak)(?![\p{L}]))|our party(?:['’]s)?|we|us|our(?=\s+(?:side|cause)(?![\p{L}])))(?![\p{L}])/giu;

/** Quotation marks: a "vi" inside a quotation is the speaker's, not the narrator's. */
const QUOTE_MARKS = /[”“"«»]/gu;

/**
 * The party mention the document identifies its narrator with, if it does so anywhere.
 *
 * @example
 * narratorParty([sentence('Vi, bolsjeviker, mottog varje avdelning.')], bySentence) // the "bolsjeviker" mention
 */
export function narratorParty(sentences: readonly Sentence[], bySentence: ReadonlyMap<number, readonly Mention[]>): Mention | undefined {
  for (const sentence of sentences) {
    const found = (bySentence.get(sentence.index) ?? []).find(
      (m) => m.type === 'Party' && SELF_IDENTIFICATION.test(sentence.text.slice(0, m.start)),
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * Mentions of the narrator's party in one sentence: each "vi", "oss" or "vårt parti" outside
 * quotations and outside written mentions, typed and keyed like the party itself.
 *
 * @example
 * narratorMentions(sentence('Generalstaben hotade oss.'), [generalstaben], bolsjeviker)
 * // [{ text: 'oss', type: 'Party', key: bolsjeviker.key, rule: 'narrator', ... }]
 */
export function narratorMentions(sentence: Sentence, written: readonly Mention[], party: Mention): Mention[] {
  return [...sentence.text.matchAll(NARRATOR_WORDS)]
    .filter((match) => !isQuoted(sentence.text, match.index))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }))
    .filter(({ start, end }) => written.every((m) => end <= m.start || start >= m.end))
    .map(({ start, end, text }) => ({
      sentence: sentence.index,
      line: sentence.line,
      text,
      start,
      end,
      type: party.type,
      key: party.key,
      rule: NARRATOR_RULE,
    }));
}

/** Whether the position stands after an odd number of quotation marks of its sentence. */
function isQuoted(text: string, position: number): boolean {
  return (text.slice(0, position).match(QUOTE_MARKS) ?? []).length % 2 === 1;
}
