/**
 * Capitalised runs that the name rule would propose but that name no actor, told by their shape and
 * the words around them: an office alone ("Chief Secretary", "three Presidents"), an event or a text
 * ("World War", "Castle Document"), a month written short beside its day, an abbreviation inside a
 * sentence ("Gen.", "Vol."), a role noun right before a title ("Befälhafvaren General v. Döbeln") or
 * ending in one ("Kosackgeneralens"), and an abstract noun ("the Dictatorship", "Bolsjevismen").
 */
import { dateVocabulary } from '../dates/months';
import { isEventName, isOfficeName } from './head-nouns';
import { isTitleCompound, isTitleWord } from './titles';
import type { Token } from './tokens';

/** A month written short before or after its day ("Sept. 15", "Oct 3", "9 Feb."): a date, whatever the capital says. */
const isShortMonth = (words: string, before: string, after: string): boolean =>
  dateVocabulary('en').monthNumber(words) !== undefined && (/^\.?\s*\d/u.test(after) || /\d\s+$/u.test(before));

/**
 * A word cut short by a full stop that does not end the sentence ("Gen. Felix Diaz", "Vol. Patrick
 * Whelan", "Lieut. Smith"): the segmenter read an abbreviation there, and an abbreviated title or
 * word is no name. Initials are single letters, which no name rule takes alone.
 */
const isAbbreviation = (after: string): boolean => /^\.\s*[\p{L}\p{N}]/u.test(after);

/** A word right before a title is a role in apposition to it ("Befälhafvaren General v. Döbeln", "Commandant General Brown"). */
const isRoleBeforeTitle = (after: string): boolean => {
  const next = /^ (\p{L}+)/u.exec(after);
  return next !== null && /^\p{Lu}/u.test(next[1]) && isTitleWord(next[1]);
};

/** Endings of abstract nouns, which no name has ("Dictatorship", "Nationalism", "Frihet"); not "-ness", which ends places ("Inverness"). */
const ABSTRACT_ENDING = /\p{L}{3}(?:ship|ism|isms|hood|ismen|ismens|heten|het|skap|skapet)$/u;

/**
 * Whether the capitalised run tokens[first..last] names no actor.
 * @example namesNoActor('He freed Gen. Ortiz.', tokenize('He freed Gen. Ortiz.'), 2, 2) // true
 */
export function namesNoActor(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const words = text.slice(tokens[first].start, tokens[last].end);
  const before = text.slice(0, tokens[first].start);
  const after = text.slice(tokens[last].end);
  if (isOfficeName(words, isTitleWord) || (last > first && isEventName(words))) return true;
  return first === last && (isShortMonth(words, before, after) || isAbbreviation(after) || isRoleBeforeTitle(after) || ABSTRACT_ENDING.test(words) || isTitleCompound(words));
}
