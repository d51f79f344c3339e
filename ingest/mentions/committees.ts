/**
 * Committee, council and congress patterns: "X-kommittén", "militärkommittén", "centrala
 * exekutivkommittén", "sovjetregeringen", "Moskwas sovjet", "sovjet i Moskwa", "demokratiska
 * konferensen", "tyska regeringen", "Soviet of Kiev", "the X Committee". A bare "kommittén" or
 * "regeringen" names nothing on its own, nor does a compound naming a class of bodies ("soldatkommittén").
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { properNameLemma } from '../../domain/names/swedish-morphology';
import { institutionType } from './head-nouns';
import { isStopword } from './stopwords';
import { isCapitalised, type Token } from './tokens';

const SV_BODY = '(?:kommittén|kommittéerna|konferensen|kongressen|sovjeten|rådet|församlingen|delegationen|sektionen|duman)s?';
const SV_BODY_WORD = new RegExp(`^${SV_BODY}$`, 'iu');
const SV_BODY_COMPOUND = new RegExp(`^(\\p{L}{3,}?)-?(?:${SV_BODY}|regeringen|ministeriet|staben)s?$`, 'iu');
/** Bodies a nationality names ("tyska regeringen", "ungerska regeringen", "tyska delegationen"). */
const SV_NATIONAL_BODY = /^(?:regeringen|delegationen)s?$/iu;
const NATIONALITY =
  /^(?:tyska|ryska|franska|engelska|brittiska|österrikiska|ungerska|österrikisk-ungerska|turkiska|bulgariska|italienska|amerikanska|finska|finländska|svenska|ukrainska|polska|japanska|rumänska|serbiska)$/iu;
/**
 * Prefixes naming a class of people or places, so that the compound is any one body of that class
 * ("soldatkommittén" of some regiment, "jordkommittéerna" of the villages), unless a name or
 * adjective singles one out ("nordiska provinskongressen").
 */
const CLASS_PREFIXES = /^(?:soldat|bonde|bond|jord|agrar|fabriks?|arbetar|by|lokal|distrikts|regements|kompani|bataljons|front|gatu|hus|landsorts|provins|gods|fack|partiets?|parti|rayon|halv|ny|regerings)$/iu;
/** Adjectives that describe rather than single out one body of a class ("den ena revolutionära agrarkommittén efter den andra"). */
const CLASS_DESCRIPTIVE = /^(?:revolutionära|lokala|olika|övriga|enskilda|särskilda|talrika)$/iu;
const SOVIET = /^sovjet(?:en)?s?$/iu;
const EN_BODY = /^(?:Committee|Congress|Conference|Council|Assembly|Soviet|Government|Duma|Rada|Executive)$/u;
/** Compound prefixes too generic to name a body ("stadsrådet" is a councillor, "statsrådet" a minister). */
const GENERIC_PREFIXES = new Set(['stads', 'stats', 'folk', 'ett', 'denna', 'hela', 'sam', 'för', 'rå', 'rådplägnings', 'sken', 'mot', 'under']);
const DESCRIPTIVE = /^(?:nya|gamla|hela|samma|första|denna|vår|andra|egna|stora|tyska|ryska)$/iu;

const joinedBySpace = (text: string, tokens: readonly Token[], i: number): boolean => /^\s+$/u.test(text.slice(tokens[i - 1].end, tokens[i].start));

/**
 * The last token of a capitalised "of" phrase that completes a body's name ("Committee of the
 * Russian Social Democratic Labour Party", "Soviet of Workers and Soldiers Deputies"), or undefined.
 * Its words are the name's, not an entity of their own; the body keeps the key of its short name.
 * One word that names a group acting on its own ("Petrograd Committee of the Bolsheviks") stays
 * that group's mention, unless it is itself a body noun ("Executive Committee of the Soviets").
 */
function ofComplementEnd(text: string, tokens: readonly Token[], body: number): number | undefined {
  let i = body + 1;
  if (tokens[i]?.text !== 'of' || !joinedBySpace(text, tokens, i)) return undefined;
  i++;
  if (tokens[i]?.text === 'the' && joinedBySpace(text, tokens, i)) i++;
  const start = i;
  let last: number | undefined;
  for (; i < tokens.length && joinedBySpace(text, tokens, i); i++) {
    const word = tokens[i].text;
    if (isCapitalised(word) && !isStopword(word)) last = i;
    else if (!(word === 'and' && last !== undefined && isCapitalised(tokens[i + 1]?.text ?? ''))) break;
  }
  const oneWord = last !== undefined && !/\s/u.test(text.slice(tokens[start].start, tokens[last].end));
  return oneWord && institutionType(tokens[start].text) === undefined ? undefined : last;
}

/**
 * Proposes Organization candidates.
 * @example findCommittees('Uppsalas sovjet sammanträdde.', tokenize('Uppsalas sovjet sammanträdde.'))
 *   // [{ start: 0, end: 15, type: 'Organization', rule: 'body-genitive', ... }]
 */
export function findCommittees(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const propose = (first: number, last: number, rule: string, keyName?: string): void => {
    const words = keyName ?? text.slice(tokens[first].start, tokens[last].end);
    found.push(spanCandidate(tokens, first, last, { type: 'Organization', key: entityKey(words, 'Organization'), rule }));
  };
  tokens.forEach((token, i) => {
    const word = token.text;
    const previous = tokens[i - 1]?.text ?? '';
    const nameBefore = i > 0 && isCapitalised(previous) && !isStopword(previous);
    if (SOVIET.test(word)) {
      if (nameBefore && /s$/u.test(previous)) propose(i - 1, i, 'body-genitive');
      else if (tokens[i + 1]?.text === 'i' && isCapitalised(tokens[i + 2]?.text ?? '')) {
        propose(i, i + 2, 'body-in', `${properNameLemma(tokens[i + 2].text)}s sovjet`);
      }
      return;
    }
    if (SV_BODY_WORD.test(word)) {
      if (nameBefore && i > 1) propose(i - 1, i, 'body-named');
      else if (/\p{L}{3,}(?:iska|ära|ala|ande)$/u.test(previous) && !DESCRIPTIVE.test(previous)) propose(i - 1, i, 'body-adjective');
      return;
    }
    if (SV_NATIONAL_BODY.test(word) && NATIONALITY.test(previous)) {
      propose(i - 1, i, 'body-national');
      return;
    }
    const compound = SV_BODY_COMPOUND.exec(word);
    if (compound && !GENERIC_PREFIXES.has(compound[1].toLowerCase())) {
      const classBody = CLASS_PREFIXES.test(compound[1]);
      const qualified = /\p{L}{3,}(?:iska|ska|ala|ära)$/u.test(previous) && !DESCRIPTIVE.test(previous) && !(classBody && CLASS_DESCRIPTIVE.test(previous));
      const compoundKey = entityKey(word, 'Organization');
      if (qualified) found.push(spanCandidate(tokens, i - 1, i, { type: 'Organization', key: compoundKey, rule: 'body-compound' }));
      else if (isCapitalised(word) || !classBody) propose(i, i, 'body-compound');
      return;
    }
    if (EN_BODY.test(word) && nameBefore) {
      let first = i - 1;
      while (first > 0 && isCapitalised(tokens[first - 1].text) && !isStopword(tokens[first - 1].text)) first--;
      const last = ofComplementEnd(text, tokens, i);
      propose(first, last ?? i, 'body-english', last === undefined ? undefined : text.slice(tokens[first].start, tokens[i].end));
    } else if (EN_BODY.test(word) && tokens[i + 1]?.text === 'of' && isCapitalised(tokens[i + 2]?.text ?? '')) {
      propose(i, i + 2, 'body-english-of');
    }
  });
  return found;
}
