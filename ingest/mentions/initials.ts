/**
 * People named with initials: "K. O. Cronstedt", "V. M. Klingspor", "Thomas C. Luby". The initials
 * belong to the name — they are what tells two Cronstedts of one text apart — so the mention spans
 * them. Scanned books print the initial O as a zero ("0. U. O'Connell", "Thomas 0. Luby"), which
 * counts as an initial only inside such a name.
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { givenNameBefore } from './given-name';
import { capitalisedNameAt } from './titles';
import { type Token } from './tokens';

/** One capital, or the zero that OCR reads for an O. */
const INITIAL = /^(?:\p{Lu}|0)$/u;

/** Whether tokens[i] is an initial: a capital followed by a full stop and a space. */
function isInitialAt(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && next !== undefined && INITIAL.test(token.text) && /^\.\s+$/u.test(text.slice(token.end, next.start));
}

/**
 * Proposes "initials Surname", with a given name before the initials when there is one, as a Person.
 * @example findInitialledNames('Sedan kom K. O. Cronstedt.', tokenize('Sedan kom K. O. Cronstedt.'))
 *   // [{ start: 10, end: 25, type: 'Person', rule: 'initials', ... }]
 */
export function findInitialledNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isInitialAt(text, tokens, i) || isInitialAt(text, tokens, i - 1)) {
      i++;
      continue;
    }
    let last = i;
    while (isInitialAt(text, tokens, last + 1)) last++;
    const surname = capitalisedNameAt(text, tokens, last + 1);
    // a lone zero is a figure, not an initial, unless a given name or a second initial vouches for it
    const first = givenNameBefore(text, tokens, i) ? i - 1 : i;
    if (!surname || (tokens[i].text === '0' && first === i && last === i)) {
      i = last + 1;
      continue;
    }
    const words = text.slice(tokens[first].start, tokens[surname[1]].end);
    found.push(spanCandidate(tokens, first, surname[1], { type: 'Person', key: entityKey(words, 'Person'), rule: 'initials' }));
    i = surname[1] + 1;
  }
  return found;
}
