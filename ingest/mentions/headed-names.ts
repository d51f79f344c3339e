/**
 * Names typed by the common noun next to them: a ship's name after "kryssaren"/"the cruiser" is an
 * armed body (its crew acts: "Auroras matroser"), a name after "villa", "cirkus" or "byn" or before
 * "fästning", "palats", "station", "älf", "socken" is a place ("Villa Khessinskaja", "Peter Pauls fästning", "Hotel de
 * Ville", "Nikolai Station"). The head word, not the name's shape, decides the type.
 */
import type { EntityType } from '../../domain/types';
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { capitalisedNameAt } from './titles';
import { isStopword } from './stopwords';
import { isCapitalised, opensClause, type Token } from './tokens';

/** Nouns naming a ship, whose name follows (often in quotes). */
const VESSEL_HEADS = new Set([
  'kryssaren', 'kryssare', 'pansarkryssaren', 'slagskeppet', 'linjeskeppet', 'skeppet', 'fartyget', 'ångaren', 'jagaren', 'kanonbåten',
  'cruiser', 'battleship', 'warship', 'ship', 'steamer', 'frigate', 'destroyer', 'gunboat', 'yacht',
]);
/** Nouns naming a building or settlement, whose name follows. Capitalised heads are part of the name ("Villa Khessinskaja"). */
const PLACE_HEADS_BEFORE = new Set([
  'villa', 'cirkus', 'hotell', 'hotellet', 'teatern', 'byn', 'staden', 'fästningen', 'ön', 'floden', 'kasernen',
  'hotel', 'circus', 'theatre', 'theater', 'fort', 'lake', 'mount', 'village', 'town', 'city', 'river', 'island', 'cape',
]);
/**
 * Nouns naming a building, site or feature of the land, after a name in the genitive or a capitalised
 * name ("Peter Pauls fästning", "Tauride Palace", "Kemi älf", "Sandsjö socken", "Ålands haf", "the Neva river").
 */
const PLACE_HEADS_AFTER =
  /^(?:fästning(?:en)?|palats(?:et)?|slott(?:et)?|station(?:en)?|torg(?:et)?|bro(?:n)?|kloster|klostret|katedral(?:en)?|fängelse(?:t)?|älf(?:ven)?|älv(?:en)?|pass(?:et)?|socken|socknen|haf(?:vet)?|hav(?:et)?|pr[eä]stgård(?:en)?|gård(?:en)?|sjö(?:n)?|fjärd(?:en)?|sund(?:et)?|udde(?:n)?|bukt(?:en)?|härad(?:et)?|län(?:et)?|slätt(?:en)?|river|pass|valley|bay|strait|Palace|Fortress|Castle|Cathedral|Church|Square|Bridge|Station|Prison|Street|Avenue|Prospect|Gate|Island|Abbey|Republic|Empire|Kingdom)s?$/u;

/** Buildings named by "of" and their owner or place ("the Palace of Kshesinskaya", "the Tower of London"). */
const BUILDING_OF = /^(?:Palace|Castle|Fortress|Tower|Cathedral|Abbey|Prison)$/u;

/** A capitalised, non-function word directly (space only) before the next token. */
function isNameWord(text: string, tokens: readonly Token[], index: number): boolean {
  const word = tokens[index].text;
  const spaceOnly = /^\s+$/u.test(text.slice(tokens[index].end, tokens[index + 1].start));
  return spaceOnly && isCapitalised(word) && !isStopword(word) && /^\p{L}{2}/u.test(word);
}

/** Quote marks that may stand between a head noun and the name ("kryssaren ”Aurora”"). */
const BETWEEN_HEAD_AND_NAME = /^[\s”“"'«»]+$/u;

/**
 * Proposes ships as Regiment and buildings or settlements as Place, from their head nouns.
 * @example findHeadedNames('Kryssaren ”Aurora” låg på Neva.', tokenize('Kryssaren ”Aurora” låg på Neva.'))
 *   // [{ start: 11, end: 17, type: 'Regiment', rule: 'vessel', ... }]
 */
export function findHeadedNames(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const propose = (first: number, last: number, type: EntityType, rule: string): void => {
    const words = text.slice(tokens[first].start, tokens[last].end);
    found.push(spanCandidate(tokens, first, last, { type, key: entityKey(words, type), rule }));
  };
  tokens.forEach((token, i) => {
    const head = token.text.toLowerCase();
    const next = tokens[i + 1];
    const nameFollows = next !== undefined && BETWEEN_HEAD_AND_NAME.test(text.slice(token.end, next.start));
    if (nameFollows && VESSEL_HEADS.has(head)) {
      const name = capitalisedNameAt(text, tokens, i + 1);
      if (name) propose(name[0], name[1], 'Regiment', 'vessel');
      return;
    }
    // a capitalised head after a name word is inside a longer name ("the Orange River Free State"), not its start
    const insideName = isCapitalised(token.text) && i > 0 && isNameWord(text, tokens, i - 1);
    if (nameFollows && PLACE_HEADS_BEFORE.has(head) && !insideName) {
      const headInName = isCapitalised(token.text) && !opensClause(text, token.start);
      const name = headInName ? capitalisedNameAt(text, tokens, i) : capitalisedNameAt(text, tokens, i + 1);
      if (name && (!headInName || name[1] > i)) {
        propose(name[0], name[1], 'Place', 'place-head');
        return;
      }
    }
    if (BUILDING_OF.test(token.text) && isCapitalised(token.text) && tokens[i + 2] && /^of$/u.test(tokens[i + 1].text)) {
      const name = capitalisedNameAt(text, tokens, i + 2);
      if (name) {
        propose(i, name[1], 'Place', 'place-head');
        return;
      }
    }
    if (PLACE_HEADS_AFTER.test(token.text) && i > 0) {
      let first = i;
      while (first > 0 && first > i - 3 && isNameWord(text, tokens, first - 1)) first--;
      if (first < i) propose(first, i, 'Place', 'place-head');
    }
  });
  return found;
}
