/**
 * English place names compromise knows: its lexicon of countries, cities and regions finds places
 * that are named once ("escaped to Switzerland", "In Milan the people rose"), which the capitalised
 * rule would leave as uncorroborated guesses. Swedish text is left alone: compromise's lexicon is English.
 */
import nlp from '../nlp';
import type { Candidate, RuleContext } from './candidate';
import { entityKey } from './entity-key';
import type { Token } from './tokens';

const KNOWN_PLACE_TAGS = ['Country', 'City', 'Region'] as const;

interface CompromiseTerm {
  tags: string[];
}
interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

const isKnownPlaceTerm = (term: CompromiseTerm): boolean => KNOWN_PLACE_TAGS.some((tag) => term.tags.includes(tag));

/**
 * Whether compromise's lexicon lists the word as a country, city or region.
 * @example isKnownPlaceName('Hungary') // true
 * @example isKnownPlaceName('Kossuth') // false
 */
export function isKnownPlaceName(word: string): boolean {
  const match = (nlp(word).json({ offset: true }) as CompromiseMatch[])[0];
  return match !== undefined && match.terms.length === 1 && isKnownPlaceTerm(match.terms[0]);
}

/**
 * Proposes the places compromise finds in an English sentence, when its lexicon knows every word.
 * @example findEnglishPlaces('Mazzini escaped to Switzerland.', tokenize('Mazzini escaped to Switzerland.'), { language: 'en', ... })
 *   // [{ start: 19, end: 30, type: 'Place', rule: 'english-place', ... }]
 */
export function findEnglishPlaces(text: string, _tokens: readonly Token[], context: RuleContext): Candidate[] {
  if (context.language !== 'en') return [];
  const places = nlp(text).places().json({ offset: true }) as CompromiseMatch[];
  return places
    .filter((place) => place.terms.every(isKnownPlaceTerm))
    .map((place) => {
      const start = place.offset.start;
      const name = text.slice(start, start + place.offset.length).replace(/[^\p{L}\p{N}]+$/u, '');
      return { start, end: start + name.length, type: 'Place' as const, key: entityKey(name, 'Place'), rule: 'english-place' };
    })
    .filter((candidate) => candidate.end > candidate.start);
}
