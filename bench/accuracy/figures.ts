/**
 * The figures reported for a passage or a set of passages, from their counts. A set is
 * micro-averaged: its counts are summed first, so a long passage weighs more than a short one.
 * Ratios are rounded to three decimals and are 0 when there is nothing to count, as in the
 * shared reference scorer.
 */
import type { PassageCounts } from './score';

export interface Figures {
  entityRecallSalient: number;
  entityPrecision: number;
  relationPrecision: number;
  relationRecallExplicit: number;
  relationRecallAll: number;
  relationF1: number;
  evidenceInText: number;
  dated: number;
}

type Tally = Omit<PassageCounts, 'missedExplicit' | 'falseTriples' | 'falseEntities'>;

const ratio = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);
const harmonic = (p: number, r: number): number => (p + r ? Math.round(((2 * p * r) / (p + r)) * 1000) / 1000 : 0);

export function figuresOf(c: Tally): Figures {
  const relationPrecision = ratio(c.triplesTrue, c.triples);
  const relationRecallExplicit = ratio(c.explicitFound, c.explicitTriples);
  return {
    entityRecallSalient: ratio(c.salientFound, c.salientGold),
    entityPrecision: ratio(c.entitiesMatched, c.entities),
    relationPrecision,
    relationRecallExplicit,
    relationRecallAll: ratio(c.goldTriplesFound, c.goldTriples),
    relationF1: harmonic(relationPrecision, relationRecallExplicit),
    evidenceInText: ratio(c.evidenceInText, c.relations),
    dated: ratio(c.dated, c.relations),
  };
}

/** The counts of several passages added up (the lists of triples are left out). */
export function sumCounts(passages: readonly Tally[]): Tally {
  const total: Tally = {
    salientGold: 0, salientFound: 0, entities: 0, entitiesMatched: 0, triples: 0, triplesTrue: 0, goldTriples: 0,
    goldTriplesFound: 0, explicitTriples: 0, explicitFound: 0, unitSideTaking: 0, unitSideTakingFound: 0, relations: 0, evidenceInText: 0, dated: 0,
  };
  for (const p of passages) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += p[key];
  return total;
}
