/**
 * Armed and governing bodies named by a people or an adjective rather than a proper name, as war
 * histories name most of their actors: "svenskarna", "ryssarna", "kejserliga armén", "västra
 * armén", "de danska trupperna", "en kejserlig armé", "the British government", "the German
 * military", "Dublin police", "French regular troops", "Government forces", "arméen i Finland". The noun decides the type: an army is a unit, a
 * government or a police force an organization.
 */
import type { EntityType } from '../../domain/types';
import { spanCandidate, type Candidate } from './candidate';
import { entityKey } from './entity-key';
import { isEnglishPeoplePlural, isSwedishPeoplePlural } from './peoples';
import { isStopword } from './stopwords';
import { capitalisedNameAt } from './titles';
import { isCapitalised, type Token } from './tokens';

/** Swedish definite nouns of armies and forces, after an adjective ("kejserliga armén", "västra armén", older "Vestra Arméen"). */
const SV_FORCE =
  /^(?:armén|arméen|arméerna|hären|härarna|härarne|trupperna|trupperne|styrkorna|flottan|expeditionen|expeditionerna|kåren|legionen|fördelningen)s?$/iu;
/** Swedish indefinite nouns of armies and forces, which name one only after a people's or a side's adjective ("en kejserlig armé", "danska trupper"). */
const SV_FORCE_INDEFINITE = /^(?:armé|här|trupper|troppar|styrkor|flotta|legion)$/iu;
/** Adjectives of a people or a side: "danska", "svensk", "kejserlig", "kungliga". */
const SV_SIDE_ADJECTIVE = /^(?:\p{L}{2,}ska?|kejserliga?|kungliga?|påvliga?)$/iu;
/** The indefinite singular of Swedish definite force nouns whose key would otherwise differ ("armén" → "armé"). */
const FORCE_BASE_FORM: Readonly<Record<string, string>> = { armén: 'armé', arméen: 'armé', hären: 'här', flottan: 'flotta', kåren: 'kår', härarna: 'härar', härarne: 'härar' };
/** A province's commons, risen as one body ("Uplandsallmogen", "Dalaallmogens"). */
const PROVINCE_COMMONS = /^\p{Lu}\p{Ll}{2,}allmogen(?:s)?$/u;
/** Adjectives that only describe or point ("hela armén", "samma trupper"), naming no one force. */
const SV_NOT_NAMING = /^(?:hela|själva|samma|egna|andra|övriga|dessa|denna|detta|alla|några|många|nya|gamla|stora|små|första|sista|enda|bästa|största)$/iu;

/** English nouns of bodies that take a nationality or a city as their name ("the British government", "Dublin police"). */
const EN_BODY_NOUN: Readonly<Record<string, EntityType>> = {
  government: 'Organization', authorities: 'Organization', police: 'Organization', cabinet: 'Organization',
  ministry: 'Organization', delegation: 'Organization', parliament: 'Organization', council: 'Organization',
  army: 'Regiment', armies: 'Regiment', troops: 'Regiment', forces: 'Regiment', military: 'Regiment', navy: 'Regiment',
  fleet: 'Regiment', garrison: 'Regiment', militia: 'Regiment', volunteers: 'Regiment', legion: 'Regiment', guard: 'Regiment',
};

/**
 * Proposes collective bodies.
 * @example findCollectives('Då ryckte svenskarna in.', tokenize('Då ryckte svenskarna in.'))
 *   // [{ start: 10, end: 20, type: 'Regiment', rule: 'people-plural', ... }]
 */
export function findCollectives(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const propose = (first: number, last: number, type: EntityType, rule: string): void => {
    const words = text.slice(tokens[first].start, tokens[last].end);
    found.push(spanCandidate(tokens, first, last, { type, key: entityKey(words.replace(/s$/u, ''), type), rule }));
  };
  /** An adjective and a force noun, keyed by their base forms so that "en kejserlig armé" and "kejserliga arméns" are one force. */
  const proposeForce = (i: number): void => {
    const noun = tokens[i].text.replace(/s$/u, '').toLowerCase();
    const words = `${tokens[i - 1].text.replace(/(?<=[^aeiouyåäö])[ae]$/iu, '')} ${FORCE_BASE_FORM[noun] ?? noun}`;
    found.push(spanCandidate(tokens, i - 1, i, { type: 'Regiment', key: entityKey(words, 'Regiment'), rule: 'force-adjective' }));
  };
  const spaceBefore = (i: number): boolean => i > 0 && /^\s+$/u.test(text.slice(tokens[i - 1].end, tokens[i].start));
  /** A people stands alone: no capitalised word after it makes it part of a longer name ("Russians Society"). */
  const standsAlone = (i: number): boolean => i + 1 >= tokens.length || !(spaceBefore(i + 1) && isCapitalised(tokens[i + 1].text));
  tokens.forEach((token, i) => {
    const word = token.text;
    if (PROVINCE_COMMONS.test(word)) {
      propose(i, i, 'Regiment', 'people-plural');
      return;
    }
    if ((isSwedishPeoplePlural(word) || isEnglishPeoplePlural(word.replace(/['’]s$/u, ''))) && standsAlone(i)) {
      propose(i, i, 'Regiment', 'people-plural');
      return;
    }
    const placeAfter = SV_FORCE.test(word) && tokens[i + 1]?.text === 'i' ? capitalisedNameAt(text, tokens, i + 2) : undefined;
    if (placeAfter) {
      propose(i, placeAfter[1], 'Regiment', 'force-in');
      return;
    }
    if (SV_FORCE.test(word) && spaceBefore(i)) {
      const adjective = tokens[i - 1].text;
      if (/\p{L}{2,}(?:ska|liga|tra|dra|rra)$/u.test(adjective) && !SV_NOT_NAMING.test(adjective) && !isStopword(adjective)) proposeForce(i);
      return;
    }
    if (SV_FORCE_INDEFINITE.test(word) && spaceBefore(i) && SV_SIDE_ADJECTIVE.test(tokens[i - 1].text) && !SV_NOT_NAMING.test(tokens[i - 1].text)) {
      proposeForce(i);
      return;
    }
    const bodyType = EN_BODY_NOUN[word];
    if (bodyType && spaceBefore(i)) {
      let first = i - 1;
      if (!isCapitalised(tokens[first].text) && first > 0 && spaceBefore(first) && /^\p{Ll}+$/u.test(tokens[first].text)) first--;
      const name = tokens[first].text;
      if (isCapitalised(name) && !isStopword(name) && /^\p{L}{3,}$/u.test(name)) propose(first, i, bodyType, 'body-of-people');
    }
  });
  return found;
}
