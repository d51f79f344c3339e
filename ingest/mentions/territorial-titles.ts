/**
 * A ruler named by title and territory: "hertigen af Lüneburg", "Kurfursten af Bäjern", "the Duke of
 * Wellington". The phrase names a person, not the territory: the place word inside it is no place
 * mention of its own. Kings and emperors are left out: "konungen af Sverige" is as often the crown as
 * the man, and the country after it is an actor of its own.
 */
import { spanCandidate, type Candidate } from './candidate';
import { wordKey } from './lemma-key';
import { capitalisedNameAt } from './titles';
import { type Token } from './tokens';

/** Titles held over a territory, in Swedish (with the definite and old forms) and English. */
const TERRITORIAL_TITLE =
  /^(?:(?:ärke|mark|land|pfalz)?(?:hertig|grefve|greve|biskop)(?:en|n)?|kurfurst(?:e|en|ar)?|furst(?:e|en)?|prins(?:en)?|(?:arch)?duke|elector|prince|earl|count|margrave|landgrave|marquis|marquess|viscount|(?:arch)?bishop)$/iu;
const OF = /^(?:af|av|of|von)$/u;

/**
 * Proposes "title of Territory" as a Person, keyed by the title's lemma and the territory.
 * @example findTerritorialTitles('Då kom hertigen af Lüneburg.', tokenize('Då kom hertigen af Lüneburg.'))
 *   // [{ start: 7, end: 27, type: 'Person', rule: 'territorial-title', ... }]
 */
export function findTerritorialTitles(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    const of = tokens[i + 1];
    if (!TERRITORIAL_TITLE.test(token.text) || !of || !OF.test(of.text) || !/^\s+$/u.test(text.slice(token.end, of.start))) return;
    if (!/^\s+$/u.test(text.slice(of.end, tokens[i + 2]?.start ?? of.end))) return;
    const territory = capitalisedNameAt(text, tokens, i + 2);
    if (!territory) return;
    const place = text.slice(tokens[territory[0]].start, tokens[territory[1]].end);
    const key = `${wordKey(token.text.toLowerCase())} av ${wordKey(place)}`;
    found.push(spanCandidate(tokens, i, territory[1], { type: 'Person', key, rule: 'territorial-title' }));
  });
  return found;
}
