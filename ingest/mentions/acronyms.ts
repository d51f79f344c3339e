/**
 * Acronyms: a word of two to six capitals ("IRB", "ICA", "SDP", "IRB's") names a body, not a person.
 * Undefined, it is a guess the document must corroborate; where the text defines it ("the Irish
 * Citizen Army (ICA)") it becomes that body's short name (`abbreviations.ts`). Roman numerals and
 * words of a heading set in capitals ("COMMUNE DE PARIS") are no acronyms.
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import type { Token } from './tokens';

const ACRONYM = /^(\p{Lu}{2,6})(?:['’]s)?$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}(?:['’]s)?$/u;

/**
 * The acronym a word is, its possessive "'s" aside ("IRB's" → "IRB"), if it is one.
 * @example acronymOf("IRB's") // 'IRB'
 * @example acronymOf('XIV')   // undefined
 */
export function acronymOf(word: string): string | undefined {
  const match = ACRONYM.exec(word);
  return match && !ROMAN_NUMERAL.test(match[1]) ? match[1] : undefined;
}

/**
 * Proposes acronyms as weak Organization candidates.
 * @example findAcronyms('IRB members held rank.', tokenize('IRB members held rank.'))
 *   // [{ start: 0, end: 3, type: 'Organization', rule: 'acronym', weak: true, ... }]
 */
export function findAcronyms(text: string, tokens: readonly Token[]): Candidate[] {
  const inHeading = (i: number): boolean => [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && ALL_CAPITALS.test(t.text));
  return tokens.flatMap((token, i) => {
    const acronym = acronymOf(token.text);
    if (acronym === undefined || inHeading(i)) return [];
    return [spanCandidate(tokens, i, i, { type: 'Organization', key: entityKey(acronym, 'Organization'), rule: 'acronym', weak: true })];
  });
}
