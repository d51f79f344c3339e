/**
 * Turns the candidates of one sentence into `Relation`s: entity ids, the sentence verbatim as
 * evidence, its line and date. Drops self-relations, kinds the relation cannot join, and
 * repeats of one (source, type, target) in one sentence, keeping the most confident reading.
 */
import type { DateBasis, HistoricalDate, Mention, Relation, Sentence } from '../../domain/types';
import type { Candidate } from './candidate';
import { fitsSignature } from './type-constraints';

/**
 * The relations one sentence's candidates state.
 *
 * @example
 * toRelations(sentence, [{ subject: kerenski, object: lenin, type: 'ARRESTED', confidence: 0.9, rule: 'sv.arrest.active' }], (m) => m.key)
 * // [{ source: 'kerenski', type: 'ARRESTED', target: 'lenin', line: sentence.line, evidence: sentence.text, ... }]
 */
export function toRelations(sentence: Sentence, candidates: readonly Candidate[], entityOf: (m: Mention) => string): Relation[] {
  const best = new Map<string, Relation>();
  for (const candidate of candidates) {
    if (!fitsSignature(candidate.type, candidate.subject.type, candidate.object.type)) continue;
    const source = entityOf(candidate.subject);
    const target = entityOf(candidate.object);
    if (source === target) continue;
    const key = `${source}|${candidate.type}|${target}`;
    const known = best.get(key);
    if (known && known.confidence >= candidate.confidence) continue;
    best.set(key, relationOf(sentence, source, target, candidate));
  }
  return [...best.values()];
}

/** A sentence date's origin, as a claim states it: an explicit date is the sentence's own, a relative one is read from nearby text. */
const DATE_BASIS: Record<HistoricalDate['source'], DateBasis> = { explicit: 'sentence', relative: 'nearby', section: 'section' };

function relationOf(sentence: Sentence, source: string, target: string, candidate: Candidate): Relation {
  const { date } = sentence;
  return {
    source,
    type: candidate.type,
    target,
    date: date?.value ?? null,
    dateGregorian: date?.gregorian ?? null,
    ...(date ? { calendar: date.calendar, dateBasis: DATE_BASIS[date.source], datePrecision: date.precision } : {}),
    line: sentence.line,
    sentence: sentence.index,
    evidence: sentence.text,
    confidence: candidate.confidence,
    rule: candidate.rule,
  };
}
