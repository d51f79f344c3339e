/**
 * Party patterns: Swedish names political groups by their members' plural ("bolsjevikerna",
 * "anarkisterna", "vänstersocialrevolutionärerna") and by "X-partiet"; English by "the X Party" and by
 * members' plurals ("Right Socialist Revolutionaries").
 * Only political roots count, so "fabrikerna" and "telefonisterna" stay common nouns.
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isStopword } from './stopwords';
import { isCapitalised, type Token } from './tokens';

/** Roots of political group names, to which inflection (-er, -erna, -ernas, -en) attaches. */
const POLITICAL_ROOTS =
  'bolsjevik|mensjevik|narodnik|trudovik|anarkist|internationalist|maximalist|oktobrist|monarkist|kommunist|' +
  'spartakist|syndikalist|defensist|zimmerwaldist|folksocialist|socialdemokrat|socialrevolutionär|kadett|' +
  'bolshevik|menshevik|anarchist|octobrist|communist|monarchist|social democrat|socialist revolutionar';
const GROUP_WORD = new RegExp(`^(?:vänster-?|höger-?|left-?|right-?)?(?:${POLITICAL_ROOTS})(?:erna|ernas|er|en|s|ies|y)?$`, 'iu');
const PARTY_COMPOUND = /^(\p{Lu}[\p{L}]+)-?parti(?:et|ets)$/u;
const EN_PARTY = /^Party$/u;
/** English plurals that end a party's name ("Right Socialist Revolutionaries", "Social Democrats", "the Jacobins"). */
const EN_MEMBERS_PLURAL =
  /^(?:Revolutionaries|Democrats|Socialists|Republicans|Radicals|Liberals|Conservatives|Communists|Nationalists|Monarchists|Populists|Federalists|Jacobins|Girondins|Chartists|Whigs|Tories)$/u;

/**
 * Proposes Party candidates.
 * @example findParties('Anarkisterna lämnade salen.', tokenize('Anarkisterna lämnade salen.'))
 *   // [{ start: 0, end: 12, type: 'Party', rule: 'party-group', ... }]
 */
export function findParties(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    const word = token.text;
    if (GROUP_WORD.test(word) || PARTY_COMPOUND.test(word)) {
      found.push(spanCandidate(tokens, i, i, { type: 'Party', key: entityKey(word, 'Party'), rule: 'party-group' }));
      return;
    }
    if (EN_MEMBERS_PLURAL.test(word)) {
      let first = i;
      while (first > 0 && isCapitalised(tokens[first - 1].text) && !isStopword(tokens[first - 1].text)) first--;
      const words = text.slice(tokens[first].start, token.end);
      found.push(spanCandidate(tokens, first, i, { type: 'Party', key: entityKey(words, 'Party'), rule: 'party-english' }));
      return;
    }
    if (EN_PARTY.test(word) && i > 0) {
      let first = i;
      while (first > 0 && isCapitalised(tokens[first - 1].text) && !isStopword(tokens[first - 1].text)) first--;
      if (first === i) return;
      const words = text.slice(tokens[first].start, token.end);
      found.push(spanCandidate(tokens, first, i, { type: 'Party', key: entityKey(words, 'Party'), rule: 'party-english' }));
    }
  });
  return found;
}
