/**
 * Turns the candidates of one sentence into `Relation`s: entity ids, the sentence verbatim as
 * evidence, its line and date. Drops self-relations, kinds the relation cannot join, and
 * repeats of one (source, type, target) in one sentence, keeping the most confident reading.
 */
import type { DateBasis, HistoricalDate, Mention, Relation, Sentence } from '../../domain/types';
import type { Candidate } from './candidate';
import { calibratedConfidence, type CalibrationTable } from './calibration';
import { fitsSignature } from './type-constraints';

/**
 * The relations one sentence's candidates state.
 *
 * @example
 * toRelations(sentence, sentence.text, [{ subject: kerenski, object: lenin, type: 'ARRESTED', confidence: 0.9, rule: 'sv.arrest.active' }], (m) => m.key)
 * // [{ source: 'kerenski', type: 'ARRESTED', target: 'lenin', line: sentence.line, evidence: sentence.text, ... }]
 */
export function toRelations(
  sentence: Sentence,
  readText: string,
  candidates: readonly Candidate[],
  entityOf: (m: Mention) => string,
  calibration?: CalibrationTable,
): Relation[] {
  const best = new Map<string, Relation>();
  for (const candidate of candidates) {
    if (!fitsSignature(candidate.type, candidate.subject.type, candidate.object.type)) continue;
    const source = entityOf(candidate.subject);
    const target = entityOf(candidate.object);
    if (source === target) continue;
    const key = `${source}|${candidate.type}|${target}`;
    const relation = relationOf(sentence, readText, source, target, { ...candidate, confidence: calibratedConfidence(candidate.rule, candidate.confidence, calibration) }, entityOf);
    const known = best.get(key);
    if (known && known.confidence >= relation.confidence) continue;
    best.set(key, relation);
  }
  return [...best.values()];
}

/** A sentence date's origin, as a claim states it: an explicit date is the sentence's own, a relative one is read from nearby text. */
const DATE_BASIS: Record<HistoricalDate['source'], DateBasis> = { explicit: 'sentence', relative: 'nearby', section: 'section' };

/** Each word between subject and object costs this share of confidence: far arguments are more often misread. */
const DISTANCE_COST = 0.01;
/** The least share of confidence distance leaves. */
const DISTANCE_FLOOR = 0.7;

/** How much the words between a candidate's two mentions leave of its cue's confidence. */
function distanceFactor(text: string, candidate: Candidate): number {
  const [first, second] = candidate.subject.start < candidate.object.start ? [candidate.subject, candidate.object] : [candidate.object, candidate.subject];
  const between = text.slice(first.end, Math.max(first.end, second.start)).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(DISTANCE_FLOOR, 1 - DISTANCE_COST * between);
}

function relationOf(sentence: Sentence, readText: string, source: string, target: string, candidate: Candidate, entityOf: (m: Mention) => string): Relation {
  const { date } = sentence;
  const speaker = candidate.attributedTo ? entityOf(candidate.attributedTo) : undefined;
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
    confidence: Math.round(candidate.confidence * distanceFactor(readText, candidate) * 1000) / 1000,
    rule: candidate.rule,
    ...(speaker && speaker !== source && speaker !== target ? { attributedTo: speaker } : {}),
  };
}
