/**
 * Unit patterns for named military units and armed bodies: "Uppsala-regementet", "kosackregementet",
 * "Volhyniska regementet", "regementet Preobrazjenski", "Semenoffs regemente", "12:e armékåren",
 * "röda gardet", "Helsingfors röda garde", "borgerliga skyddskåren", "Östgöta grenadierer", "minkompaniet", "the
 * Preobrazhensky Regiment", "the Savage Division". A bare "regementet" names nothing.
 */
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isStopword } from './stopwords';
import { capitalisedNameAt } from './titles';
import { isCapitalised, opensClause, type Token } from './tokens';

/** Definite (and genitive) forms of Swedish unit nouns. */
const SV_UNIT = '(?:regementet|regemente|bataljonen|divisionen|kåren|armékåren|flottan|gardet|eskadern|skvadronen|brigaden|garnisonen|fördelningen|kompaniet)s?';
const SV_UNIT_WORD = new RegExp(`^${SV_UNIT}$`, 'iu');
/** "Uppsala-regementet", "kulsprutebataljonen", "Östersjöflottan": a prefix naming the unit. */
const SV_UNIT_COMPOUND = new RegExp(`^(\\p{L}{3,}?)-?${SV_UNIT}$`, 'iu');
const ORDINAL = /^\d+:(?:e|a)$/u;
const EN_UNIT = /^(?:Regiment|Division|Corps|Fleet|Guards?|Battalion|Brigade|Army|Garrison|Squadron|Legion|Militia|Hussars|Dragoons|Grenadiers|Rifles)s?$/u;
/** Indefinite unit nouns, which name a unit after a genitive name ("Petrograds garnison", "Semenoffs regemente"). */
const SV_UNIT_AFTER_GENITIVE = /^(?:regemente|garnison|division|bataljon|flotta|kår|brigad|skvadron|livgarde|garde)$/iu;
/** Plural troop kinds that a province or a colonel names, with no ending ("Östgöta grenadierer", "Smålands husarer"). */
const SV_TROOPS_AFTER_NAME = /^(?:grenadierer|dragoner|husarer|kyrassiärer|jägare|karabinjärer|musketerare|ryttare|skyttar)$/iu;
/** Prefixes that make a compound generic rather than a name ("frikåren", "avantgardet"). */
const GENERIC_PREFIXES = new Set(['fri', 'avant', 'anfalls', 'regements', 'hela', 'ett', 'denna']);

/** Adjectives that only describe ("tyska regementet") and so do not name a unit. */
const DESCRIPTIVE = /^(?:tyska|ryska|gamla|nya|hela|första|andra|samma|egna|övriga|enstaka|revolutionära|olika|vanliga|ursprungliga|egentliga|fientliga|samtliga|dåvarande)$/iu;
/** An adjective that may name a unit: of a people or place ("Volhyniska"), a class or side ("borgerliga"), a colour ("röda gardet"). */
const NAMING_ADJECTIVE = /^(?:\p{L}{3,}(?:ska|liga)|röda|vita|svarta|gröna)$/iu;
const namesUnit = (adjective: string): boolean => NAMING_ADJECTIVE.test(adjective) && !DESCRIPTIVE.test(adjective);

/** The first token of a genitive name ending at tokens[last] ("Tsarskoje Selos" in "Tsarskoje Selos garnison"). */
function genitiveNameStart(text: string, tokens: readonly Token[], last: number): number {
  let first = last;
  while (first > 0 && first > last - 2 && isCapitalised(tokens[first - 1].text) && !isStopword(tokens[first - 1].text)
    && /^\s+$/u.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
  return first;
}

/** A capitalised name in the genitive ("Semenoffs", "Helsingfors"), no function word. */
const isGenitiveName = (word: string): boolean => isCapitalised(word) && /[^s]s$/u.test(word) && !isStopword(word);

function key(text: string): string {
  return entityKey(text, 'Regiment');
}

/**
 * Proposes Regiment candidates from Swedish and English unit patterns.
 * @example findUnits('Uppsala-regementet gick över.', tokenize('Uppsala-regementet gick över.'))
 *   // [{ start: 0, end: 18, type: 'Regiment', rule: 'unit-compound', ... }]
 */
export function findUnits(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const propose = (first: number, last: number, rule: string): void => {
    const words = text.slice(tokens[first].start, tokens[last].end);
    found.push(spanCandidate(tokens, first, last, { type: 'Regiment', key: key(words), rule }));
  };
  /** "garnisonen i Tsarskoje Selo", keyed as "Tsarskoje Selos garnison". */
  const proposeGarrisonIn = (i: number): void => {
    const place = capitalisedNameAt(text, tokens, i + 2);
    if (!place) return;
    const placeName = text.slice(tokens[place[0]].start, tokens[place[1]].end);
    found.push(spanCandidate(tokens, i, place[1], { type: 'Regiment', key: key(`${placeName}s garnison`), rule: 'unit-in' }));
  };
  tokens.forEach((token, i) => {
    const word = token.text;
    const adjacent = (j: number): boolean => j >= 0 && j < tokens.length && /^\s+$/u.test(text.slice(tokens[Math.min(i, j)].end, tokens[Math.max(i, j)].start));
    const previous = adjacent(i - 1) ? tokens[i - 1].text : '';
    const next = adjacent(i + 1) ? tokens[i + 1].text : '';
    if (SV_UNIT_WORD.test(word)) {
      if (ORDINAL.test(previous)) propose(i - 1, i, 'unit-ordinal');
      else if (namesUnit(previous)) propose(i - 1, i, 'unit-adjective');
      else if (isCapitalised(previous) && /s$/u.test(previous) && !isStopword(previous)) propose(i - 1, i, 'unit-genitive');
      else if (isCapitalised(next) && !isStopword(next) && !/regement/iu.test(next)) propose(i, i + 1, 'unit-named');
      else if (next === 'i' && /^garnisonen$/iu.test(word)) proposeGarrisonIn(i);
      return;
    }
    if (SV_UNIT_AFTER_GENITIVE.test(word) && isGenitiveName(previous)) {
      propose(genitiveNameStart(text, tokens, i - 1), i, 'unit-genitive');
      return;
    }
    /** "Helsingfors röda garde", "Åbo röda garde": a place, in the genitive or bare, a naming adjective, the unit. */
    const place = i > 1 && /^\s+$/u.test(text.slice(tokens[i - 2].end, tokens[i - 1].start)) ? tokens[i - 2].text : '';
    if (SV_UNIT_AFTER_GENITIVE.test(word) && namesUnit(previous) && isCapitalised(place) && !isStopword(place)) {
      propose(genitiveNameStart(text, tokens, i - 2), i, 'unit-genitive');
      return;
    }
    if (SV_TROOPS_AFTER_NAME.test(word) && isCapitalised(previous) && !isStopword(previous) && !opensClause(text, tokens[i - 1].start)) {
      propose(i - 1, i, 'unit-troops');
      return;
    }
    const compound = SV_UNIT_COMPOUND.exec(word);
    if (compound && !GENERIC_PREFIXES.has(compound[1].toLowerCase()) && !/garnison/iu.test(word)) {
      const qualified = namesUnit(previous);
      propose(qualified ? i - 1 : i, i, 'unit-compound');
      return;
    }
    if (EN_UNIT.test(word) && i > 0 && isCapitalised(previous) && !isStopword(previous)) {
      let first = i - 1;
      while (first > 0 && isCapitalised(tokens[first - 1].text) && !isStopword(tokens[first - 1].text)) first--;
      propose(first, i, 'unit-english');
    }
  });
  return found;
}
