/**
 * The headword of a biographical dictionary or encyclopaedia entry, surname first: "Dacke, Nils,
 * upprorsledare", "Forsell, Carl af.", "Kossuth, Lajos, Hungarian patriot". It opens the entry and
 * is followed by a full stop, or by a comma and a description (a lower-case word, or an adjective of
 * nationality) — which tells it from a list of surnames ("Kerenski, Lenin och Trotski").
 */
import type { Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isNotAnEntity } from './head-nouns';
import { isStopword } from './stopwords';
import { isTitleWord } from './titles';
import type { Token } from './tokens';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*`;
/** Surname, comma, given names, an optional nobility particle. */
const HEADWORD = new RegExp(String.raw`^(${NAME}), (${NAME}(?: ${NAME}){0,2})(?: (?:af|av|von|van|de))?`, 'u');
const CONJUNCTION = /^(?:och|and|samt|eller|or)$/u;

/** Whether what follows the name ends the heading: a full stop, the end, or a comma and a description. */
function endsHeading(after: string): boolean {
  if (/^\.|^,?\s*$/u.test(after)) return true;
  const next = /^,\s*(\p{L}+)/u.exec(after)?.[1];
  if (next === undefined || CONJUNCTION.test(next)) return false;
  return /^\p{Ll}/u.test(next) || isNotAnEntity(next) || isTitleWord(next);
}

/**
 * Proposes an inverted name that opens the sentence as a Person, keyed by its surname.
 * @example findHeadwords('Dacke, Nils, upprorsledare.', tokenize('Dacke, Nils, upprorsledare.'))
 *   // [{ start: 0, end: 11, type: 'Person', rule: 'headword', ... }]
 */
export function findHeadwords(text: string, tokens: readonly Token[]): Candidate[] {
  const match = HEADWORD.exec(text);
  if (!match || tokens.length === 0 || !endsHeading(text.slice(match[0].length))) return [];
  const [whole, surname, given] = match;
  if (isStopword(surname) || isStopword(given.split(' ')[0])) return [];
  return [{ start: 0, end: whole.length, type: 'Person', key: entityKey(`${given} ${surname}`, 'Person'), rule: 'headword' }];
}
