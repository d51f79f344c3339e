/**
 * Relations stated by the shape of a noun phrase rather than by a verb: "Kerenskis regering"
 * (LED), "mensjeviken Skobeleff" (MEMBER_OF), "Kerenski, Savinkoff och andra socialrevolutionärer"
 * (MEMBER_OF), "vårt partis centralkommitté" (MEMBER_OF), "soldatsektionen inom Petrograds sovjet" (MEMBER_OF),
 * "the Central Committee of the Bolsheviks" (MEMBER_OF), "ledaren för X, Martoff" (LED), "förhandlingarna mellan X och Y" (NEGOTIATED_WITH).
 * Each shape looks at two neighbouring mentions and the words between them.
 */
import type { EntityType, Mention, RelationType } from '../../domain/types';
import type { Candidate } from './candidate';
import { widenLeft } from './arguments';

interface NounPhraseShape {
  rule: string;
  type: RelationType;
  /** The words between the two mentions, whole. */
  gap: RegExp;
  first: readonly EntityType[];
  second: readonly EntityType[];
  /** Which of the two mentions is the subject. */
  subject: 'first' | 'second';
  confidence: number;
  /** Extra condition on the first mention's own words, such as a genitive ending. */
  firstText?: RegExp;
  /** Words that must end the text before the first mention, such as "ledaren för". */
  preceding?: RegExp;
  /** Whether the first mention's coordinated neighbours on the left share the relation. */
  widenFirst?: boolean;
}

const BODIES: readonly EntityType[] = ['Organization', 'Party', 'Regiment'];
const ACTORS: readonly EntityType[] = ['Person', 'Organization', 'Party', 'Regiment'];

/** "mellan X och Y" after a noun of talks or of strife: the two sides of one relation. */
const BETWEEN_GAP = /^\s*(?:och|samt|and)\s+(?:(?:den|det|de|the)\s+)?$/iu;
const BETWEEN = '[,”"]?\\s+(?:mellan|between)\\s+(?:(?:den|det|de|the)\\s+)?$';
/** A noun of talks or strife that is denied ("no quarrel between", "utan strid mellan") names no relation. */
const NOT_DENIED = '(?<!(?:^|[^\\p{L}])(?:no|without|never\\s+any|ingen|inget|inga|utan)\\s+(?:\\p{L}+\\s+)?\\p{L}*)';
const TALKS_BEFORE = new RegExp(`${NOT_DENIED}(?:förhandling|underhandling|fredsförhandling|fredsunderhandling|kompromiss|överenskommelse|avtal|fördrag|fredsfördrag|vapenstillestånd|samtal|konversation|negotiation|talks|treaty|agreement|armistice|compromise|peace)\\p{L}*${BETWEEN}`, 'iu');
const STRIFE_BEFORE = new RegExp(`${NOT_DENIED}(?:kamp|strid|krig|konflikt|brytning|fiendskap|struggle|war|conflict|fight|hostilit|contention|rivalry|quarrel|dispute|feud|enmity)\\p{L}*${BETWEEN}`, 'iu');

/** A body's organ named before "of" and the body: "the Central Committee of the Bolsheviks", "the Supreme Council of the IRB". */
const ORGAN = /(?:council|committee|executive|bureau|presidium|secretariat|directory|section|branch|wing)$/iu;

/** "den av Kerenski (till Petrograd) inkallade bataljonen": "av" before the agent, a participle before the body. */
const BY_BEFORE = /(?:^|[^\p{L}])(?:av|by)\s+$/iu;
function PARTICIPLE_GAP(participles: string): RegExp {
  return new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${participles})\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'iu');
}

/** Between a genitive and its head noun: nothing, or one adjective ("bolsjevikernas militäriska organisation"). */
const GENITIVE_ADJECTIVE_GAP = /^(?:['’]s?)?\s+(?:(?!(?:och|samt|eller|med|till|mot|i|på|av|för|om|and|or|with|to|of)\s)\p{Ll}+\s+)?$/u;

const SHAPES: readonly NounPhraseShape[] = [
  { rule: 'np.between.talks', type: 'NEGOTIATED_WITH', gap: BETWEEN_GAP, first: ACTORS, second: ACTORS, subject: 'first', confidence: 0.6, preceding: TALKS_BEFORE },
  { rule: 'np.between.strife', type: 'OPPOSED', gap: BETWEEN_GAP, first: ACTORS, second: ACTORS, subject: 'first', confidence: 0.6, preceding: STRIFE_BEFORE },
  { rule: 'np.genitive.leader', type: 'LED', gap: /^(?:['’]s)?\s+$/u, first: ['Person'], second: ['Organization', 'Regiment'], subject: 'first', confidence: 0.6, firstText: /(?:s|['’]s?)$/u },
  { rule: 'np.party.body', type: 'MEMBER_OF', gap: GENITIVE_ADJECTIVE_GAP, first: ['Party'], second: ['Organization', 'Regiment'], subject: 'second', confidence: 0.6, firstText: /^(?!oss$|us$).*(?:s|['’]s?)$/iu },
  { rule: 'np.party.member', type: 'MEMBER_OF', gap: /^\s+$/u, first: ['Party'], second: ['Person'], subject: 'second', confidence: 0.7 },
  { rule: 'np.and.other.members', type: 'MEMBER_OF', gap: /^\s*(?:,\s*)?(?:och|samt|and)\s+(?:de\s+|the\s+)?(?:andra|övriga|other)\s+(?:[\p{L}-]+\s+){0,4}$/iu, first: ['Person'], second: ['Party'], subject: 'first', confidence: 0.7, widenFirst: true },
  { rule: 'np.organ.of', type: 'MEMBER_OF', gap: /^\s+of\s+(?:the\s+)?$/iu, first: ['Organization'], second: BODIES, subject: 'first', confidence: 0.6, firstText: ORGAN, widenFirst: true },
  { rule: 'np.within', type: 'MEMBER_OF', gap: /^\s+(?:inom|within)\s+(?:(?:den|det|de|the)\s+)?$/iu, first: ACTORS, second: ['Organization', 'Party'], subject: 'first', confidence: 0.55 },
  { rule: 'np.leader.apposition', type: 'LED', gap: /^\s*[”"]?(?:-\p{L}+)?\s*,\s*$/u, first: BODIES, second: ['Person'], subject: 'second', confidence: 0.65, preceding: /(?:ledaren|ledare|ordföranden|chefen|presidenten|befälhavaren|leader|chairman|head|commander|president)\s+(?:för|i|över|of)\s+(?:[\p{L}-]+\s+){0,3}[”"“]?$/iu },
  { rule: 'np.genitive.office', type: 'LED', gap: /^(?:['’]s?)?\s+(?:ledare|ledaren|ordförande|ordföranden|chef|chefen|befälhavare|befälhavaren|överbefälhavare|president|presidenten|leader|chairman|head|commander|president)\s*,?\s*(?:(?:general|överste|amiral|kamrat|minister|general|colonel|comrade)\s+)?$/iu, first: BODIES, second: ['Person'], subject: 'second', confidence: 0.65, firstText: /(?:s|['’]s?)$/u },
  { rule: 'np.participle.led', type: 'LED', gap: PARTICIPLE_GAP('ledda|ledd|anförda|anförd|inkallade|inkallad|uppbådade|sammankallade|organiserade|beväpnade|kommenderade|led|commanded|raised|organi[sz]ed|armed'), first: ACTORS, second: BODIES, subject: 'first', confidence: 0.55, preceding: BY_BEFORE },
  { rule: 'np.participle.supported', type: 'SUPPORTED', gap: PARTICIPLE_GAP('understödda|understödd|stödda|stödd|skyddade|skyddad|uppmuntrade|supported|backed|protected'), first: ACTORS, second: ACTORS, subject: 'first', confidence: 0.55, preceding: BY_BEFORE },
];

/**
 * The candidates stated by noun-phrase shapes in one sentence.
 *
 * @example
 * shapeCandidates('Kerenskis regering föll.', [Kerenskis(Person), regering(Organization)])
 * // [{ subject: Kerenskis, object: regering, type: 'LED', rule: 'np.genitive.leader', ... }]
 */
export function shapeCandidates(text: string, ordered: readonly Mention[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [i, j] of neighbourPairs(ordered)) {
    const [first, second] = [ordered[i], ordered[j]];
    const gap = text.slice(first.end, second.start);
    for (const shape of SHAPES) {
      if (!fits(shape, text, first, second, gap)) continue;
      const firsts = shape.widenFirst ? widenLeft(text, ordered, i).mentions : [first];
      for (const one of firsts) {
        const [subject, object] = shape.subject === 'first' ? [one, second] : [second, one];
        candidates.push({ subject, object, type: shape.type, confidence: shape.confidence, rule: shape.rule });
      }
    }
  }
  return candidates;
}

/** Each mention with the next one, and with the one after places that stand between them ("av X till Petrograd inkallade Y"). */
function neighbourPairs(ordered: readonly Mention[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    pairs.push([i, i + 1]);
    let j = i + 1;
    while (j + 1 < ordered.length && ordered[j].type === 'Place') pairs.push([i, ++j]);
  }
  return pairs;
}

function fits(shape: NounPhraseShape, text: string, first: Mention, second: Mention, gap: string): boolean {
  return (
    shape.gap.test(gap) &&
    shape.first.includes(first.type) &&
    shape.second.includes(second.type) &&
    (!shape.firstText || shape.firstText.test(first.text)) &&
    (!shape.preceding || shape.preceding.test(text.slice(0, first.start)))
  );
}
