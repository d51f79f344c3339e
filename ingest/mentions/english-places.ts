/**
 * English place names compromise knows: its lexicon of countries, cities and regions finds places
 * that are named once ("escaped to Switzerland", "In Milan the people rose"), which the capitalised
 * rule would leave as uncorroborated guesses. The lexicon is read directly, word by word, rather than
 * by tagging each sentence, which would cost seconds on a long text. Swedish text is left alone:
 * compromise's lexicon is English.
 */
import { spanCandidate, type Candidate, type RuleContext } from './candidate';
import { entityKey } from './entity-key';
import { lexiconTags } from './english-lexicon';
import { isCapitalised, type Token } from './tokens';

const KNOWN_PLACE_TAGS: ReadonlySet<string> = new Set(['Country', 'City', 'Region']);

/**
 * Whether compromise's lexicon lists the name (one or two words) as a country, city or region.
 * @example isKnownPlaceName('Hungary') // true
 * @example isKnownPlaceName('Kossuth') // false
 */
export function isKnownPlaceName(name: string): boolean {
  return lexiconTags(name).some((tag) => KNOWN_PLACE_TAGS.has(tag));
}

/**
 * Proposes the capitalised one- or two-word names of an English sentence that compromise's lexicon knows as places.
 * @example findEnglishPlaces('Mazzini escaped to Switzerland.', tokenize('Mazzini escaped to Switzerland.'), { language: 'en', ... })
 *   // [{ start: 19, end: 30, type: 'Place', rule: 'english-place', ... }]
 */
export function findEnglishPlaces(text: string, tokens: readonly Token[], context: RuleContext): Candidate[] {
  if (context.language !== 'en') return [];
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    const next = tokens[i + 1];
    const pairName = next && isCapitalised(next.text) && /^ $/u.test(text.slice(tokens[i].end, next.start)) ? `${tokens[i].text} ${next.text}` : '';
    const last = pairName && isKnownPlaceName(pairName) ? i + 1 : isKnownPlaceName(tokens[i].text) ? i : -1;
    if (last < 0) continue;
    const name = text.slice(tokens[i].start, tokens[last].end);
    found.push(spanCandidate(tokens, i, last, { type: 'Place', key: entityKey(name, 'Place'), rule: 'english-place' }));
    i = last;
  }
  return found;
}
