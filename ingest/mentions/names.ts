/**
 * Names no gazetteer knows: runs of capitalised words that are not function words. Two or more
 * capitalised words are a first+last name pair; a lone capitalised word is a weak guess that must be
 * corroborated elsewhere in the document. The type is read from the word's shape and the preposition
 * before it.
 */
import type { EntityType } from '../../domain/types';
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { capitalisedNameAt } from './titles';
import type { Token } from './tokens';

/** Prepositions after which a name is usually a place ("i Uppsala", "från Kronstadt", "to Kiev"). */
const PLACE_PREPOSITIONS = new Set(['i', 'från', 'till', 'vid', 'mot', 'genom', 'över', 'kring', 'in', 'from', 'to', 'at', 'near', 'towards']);
const PERSON_SHAPE = /(?:off|eff|iff|ski|skij|sky|skaja|ova|enko|vitj|itch|idse|adse|ev|ov|in|mann|son|sen|ler|er)s?$/u;
const PLACE_SHAPE = /(?:grad|burg|borg|stad|sk|land|ien|ia|ina|holm|köping|by|selo|ovo|eri)s?$/u;

function guessType(words: string, before: string | undefined): EntityType {
  if (before && PLACE_PREPOSITIONS.has(before.toLowerCase())) return 'Place';
  if (PLACE_SHAPE.test(words) && !PERSON_SHAPE.test(words)) return 'Place';
  return 'Person';
}

/**
 * Proposes unknown capitalised names.
 * @example findCapitalisedNames('Sedan talade Garibaldi.', tokenize('Sedan talade Garibaldi.'))
 *   // [{ start: 13, end: 22, type: 'Person', rule: 'capitalised', weak: true }]
 */
export function findCapitalisedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = /^\p{Lu}+$/u.test(tokens[i].text) ? undefined : capitalisedNameAt(text, tokens, i);
    if (!span) {
      i++;
      continue;
    }
    const [first, last] = span;
    const words = text.slice(tokens[first].start, tokens[last].end);
    const pair = last > first;
    const afterPreposition = PLACE_PREPOSITIONS.has(tokens[first - 1]?.text.toLowerCase() ?? '');
    const type = pair ? 'Person' : guessType(words, tokens[first - 1]?.text);
    found.push(
      spanCandidate(tokens, first, last, {
        type,
        key: entityKey(words, type),
        rule: pair ? 'name-pair' : afterPreposition ? 'place-preposition' : 'capitalised',
        weak: !pair,
        sentenceInitial: first === 0 || /[.!?:]\s*$/u.test(text.slice(0, tokens[first].start)),
      }),
    );
    i = last + 1;
  }
  return found;
}
