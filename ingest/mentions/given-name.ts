/**
 * A given name written before a surname a rule already found ("Vladimir Lenin", "Thomas 0. Luby"):
 * a capitalised word right before it, mid-sentence, that is no title or function word.
 */
import { isNotAnEntity } from './head-nouns';
import { isStopword } from './stopwords';
import { isTitleWord } from './titles';
import { opensClause, type Token } from './tokens';

/** Whether the token before tokens[first] is a given name that belongs to the name starting there. */
export function givenNameBefore(text: string, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return (
    before !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    text.slice(before.end, tokens[first].start) === ' ' &&
    !opensClause(text, before.start) &&
    !isStopword(before.text) &&
    !isTitleWord(before.text) &&
    !isNotAnEntity(before.text)
  );
}
