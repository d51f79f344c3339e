/**
 * Sides of a conflict named by a common word rather than a name: an adjective standing for its
 * people ("de upproriska", "de kejserliga", "de röda"), and a force whose adjective names it ("the
 * national guard", "the imperial army", "the insurgent force", lowercase as older encyclopaedias
 * write them). Classes of people ("the people", "bönderna", "soldaterna") are no side, and neither is
 * a plural of rebellion alone ("the insurgents", "revoltörerna"): as often a speaker's label for a
 * class as a side, which annotators leave out.
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isStopword } from './stopwords';
import type { Token } from './tokens';

/** Swedish adjectives that, after "de" and before no noun, stand for a side ("de upproriska på Sveaborg"). */
const SV_SIDE_ADJECTIVE = /^(?:upproriska|upproriske|missnöjda|missnöjde|sammansvurna|kejserliga|kejserlige|revolutionära|kontrarevolutionära|röda|vita|ligistiska)$/iu;
/** Adjectives that name a force in English even when written small ("the national guard"). */
const EN_NAMING_ADJECTIVE = /^(?:national|imperial|royal|red|white|republican|federal|confederate|papal|revolutionary|insurgent|rebel)$/iu;
const EN_FORCE_NOUN = /^(?:army|armies|guard|guards|militia|navy|fleet|force|forces|troops)$/iu;

/**
 * Proposes sides named by a common word, as Regiments.
 * @example findNominalGroups('De upproriska på Sveaborg gav upp.', tokenize('De upproriska på Sveaborg gav upp.'))
 *   // [{ start: 0, end: 13, type: 'Regiment', rule: 'side-adjective', ... }]
 */
export function findNominalGroups(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const propose = (first: number, last: number, rule: string): void => {
    const words = text.slice(tokens[first].start, tokens[last].end);
    found.push(spanCandidate(tokens, first, last, { type: 'Regiment', key: entityKey(words, 'Regiment'), rule }));
  };
  const joined = (i: number): boolean => i > 0 && i < tokens.length && /^ +$/u.test(text.slice(tokens[i - 1].end, tokens[i].start));
  /** No noun follows: the clause ends, or a function word comes next ("de upproriska på", but not "de upproriska arbetarna"). */
  const standsAlone = (i: number): boolean => !joined(i + 1) || isStopword(tokens[i + 1].text);
  const previous = (i: number): string => (joined(i) ? tokens[i - 1].text : '');
  tokens.forEach((token, i) => {
    const word = token.text;
    if (SV_SIDE_ADJECTIVE.test(word) && /^de$/iu.test(previous(i)) && standsAlone(i)) propose(i - 1, i, 'side-adjective');
    else if (EN_FORCE_NOUN.test(word) && EN_NAMING_ADJECTIVE.test(previous(i)) && /^\p{Ll}/u.test(word)) propose(i - 1, i, 'force-adjective');
  });
  return found;
}
