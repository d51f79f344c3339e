/**
 * Swedish puts the verb second, so after an adverbial the subject follows the verb and splits it
 * from its particle: "Med överväldigande majoritet uttalade sig regementet för oss", "Därpå anslöt
 * sig vänstern till bolsjevikerna", "Inom exekutivkommittén protesterade vänstern mot regeringen".
 * The mention between the verb and its particle is the subject; the one after the particle the
 * object. A negator after the subject denies it ("stod regementet icke på deras sida").
 */
import type { Mention, RelationType } from '../../domain/types';
import { pairCandidates, type Candidate } from './candidate';
import { widenRight } from './arguments';
import { isNegated } from './negation';

interface InvertedVerb {
  rule: string;
  type: RelationType;
  /** The finite verb (with "sig" for reflexives), right before the subject. */
  verb: string;
  /** The particle or preposition between the subject and the object. */
  particle: string;
  /** Words that must follow the object ("sida" in "på bolsjevikernas sida"). */
  tail?: string;
  confidence: number;
}

const INVERTED_VERBS: readonly InvertedVerb[] = [
  { rule: 'sv.support.inverted-particle', type: 'SUPPORTED', verb: '(?:uttalade|uttalar|förklarade|förklarar|yttrade) sig', particle: 'för', confidence: 0.65 },
  { rule: 'sv.support.inverted-particle', type: 'SUPPORTED', verb: '(?:ställde|ställer) sig', particle: 'bakom', confidence: 0.65 },
  { rule: 'sv.support.inverted-particle', type: 'SUPPORTED', verb: '(?:samlade|samlar|slöt|sluter) sig', particle: '(?:upp )?kring', confidence: 0.6 },
  { rule: 'sv.support.inverted-particle', type: 'SUPPORTED', verb: '(?:röstade|röstar)', particle: 'för', confidence: 0.6 },
  { rule: 'sv.join.inverted-particle', type: 'JOINED', verb: '(?:anslöt|ansluter|slöt|sluter) sig', particle: 'till', confidence: 0.7 },
  { rule: 'sv.join.inverted-particle', type: 'JOINED', verb: '(?:övergick|gick|går)', particle: '(?:över )?till', confidence: 0.6 },
  { rule: 'sv.join.inverted-particle', type: 'JOINED', verb: '(?:ställde|ställer) sig', particle: 'på', tail: 'sida|sidan', confidence: 0.65 },
  { rule: 'sv.support.inverted-particle', type: 'SUPPORTED', verb: 'stod|står|kämpade|kämpar|stred|strider', particle: 'på', tail: 'sida|sidan', confidence: 0.6 },
  { rule: 'sv.oppose.inverted-particle', type: 'OPPOSED', verb: '(?:vände|vänder|reste|reser|rustade|rustar) sig', particle: '(?:e)?mot', confidence: 0.65 },
  { rule: 'sv.oppose.inverted-particle', type: 'OPPOSED', verb: '(?:protesterade|protesterar|agiterade|agiterar|uppträdde|uppträder|kämpade|kämpar|tågade|tågar|marscherade|ryckte fram|gjorde uppror)', particle: '(?:e)?mot', confidence: 0.6 },
  { rule: 'sv.lead.inverted-particle', type: 'LED', verb: '(?:ställde|ställer) sig|stod|står', particle: 'i spetsen för', confidence: 0.65 },
  { rule: 'sv.negotiate.inverted-particle', type: 'NEGOTIATED_WITH', verb: '(?:förhandlade|förhandlar|underhandlade|underhandlar)', particle: 'med', confidence: 0.65 },
];

interface CompiledVerb extends InvertedVerb {
  before: RegExp;
  between: RegExp;
  after?: RegExp;
}

const COMPILED: readonly CompiledVerb[] = INVERTED_VERBS.map((v) => ({
  ...v,
  before: new RegExp(`(?<![\\p{L}])(?:${v.verb.replace(/ /g, '\\s+')})\\s+(?:\\p{Ll}+\\s+)?$`, 'iu'),
  between: new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${v.particle.replace(/ /g, '\\s+')})\\s+(?:(?:den|det|de)\\s+)?(?:\\p{Ll}+\\s+)?$`, 'iu'),
  ...(v.tail ? { after: new RegExp(`^\\s*(?:${v.tail})(?![\\p{L}])`, 'iu') } : {}),
}));

/**
 * The candidates of inverted clauses in one sentence whose subject splits verb and particle.
 *
 * @example
 * invertedVerbCandidates('Med stor majoritet uttalade sig regementet för bolsjevikerna.', [regementet, bolsjevikerna])
 * // [{ subject: regementet, object: bolsjevikerna, type: 'SUPPORTED', rule: 'sv.support.inverted-particle', ... }]
 */
export function invertedVerbCandidates(text: string, ordered: readonly Mention[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i + 1 < ordered.length; i++) {
    const subjects = widenRight(text, ordered, i);
    const objectIndex = ordered.indexOf(subjects.mentions[subjects.mentions.length - 1]) + 1;
    if (objectIndex >= ordered.length) continue;
    const before = text.slice(i > 0 ? ordered[i - 1].end : 0, ordered[i].start);
    const between = text.slice(subjects.end, ordered[objectIndex].start);
    const verb = COMPILED.find((v) => v.before.test(before) && v.between.test(between));
    if (!verb || isNegated(text, subjects.end, ordered[objectIndex].start)) continue;
    const objects = widenRight(text, ordered, objectIndex);
    if (verb.after && !verb.after.test(text.slice(objects.end))) continue;
    candidates.push(...pairCandidates(subjects, objects, verb.type, verb.confidence, verb.rule));
  }
  return candidates;
}
