/**
 * Which words of a sentence name an entity, so review mode can highlight both ends of a claim. The
 * queue gives each entity's name, not where the sentence names it, and a sentence may inflect or
 * spell it otherwise ("Kerenskis", "Kerensky"): a word counts when its spelling key starts like
 * the key of one of the name's words (the first five letters of it, or all of a shorter one).
 */
import { transliterationKey } from '../../../domain/names/name-key';

export interface SentencePart {
  text: string;
  /** Which entity this part names: 0 the claim's source, 1 its target; absent for plain text. */
  entity?: 0 | 1;
}

const PREFIX = 5;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function stems(name: string): string[] {
  return (name.match(WORD) ?? [])
    .map((word) => transliterationKey(word))
    .filter((key) => key.length >= 3)
    .map((key) => key.slice(0, PREFIX));
}

/**
 * @example markNames('Kerenskis regering förhandlade med Lenin.', ['Kerenski', 'Lenin'])
 * // [{ text: 'Kerenskis', entity: 0 }, { text: ' regering förhandlade med ' }, { text: 'Lenin', entity: 1 }, { text: '.' }]
 */
export function markNames(sentence: string, names: [string, string]): SentencePart[] {
  const stemsOf = names.map(stems);
  const parts: SentencePart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(WORD)) {
    const key = transliterationKey(match[0]);
    const entity = stemsOf.findIndex((list) => list.some((stem) => key.startsWith(stem)));
    if (entity < 0) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: sentence.slice(last, start) });
    parts.push({ text: match[0], entity: entity as 0 | 1 });
    last = start + match[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}
