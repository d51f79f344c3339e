/**
 * Scores one extraction against one annotation, as counts (so a set of passages can be summed and
 * micro-averaged) and the triples behind them (so a reader can see what was missed and what is false).
 *
 * Only the annotated lines count: extracted entities named there, relations stated there. Relations
 * are compared as unique (subject, type, object) triples over annotated ids; OPPOSED and
 * NEGOTIATED_WITH match in either direction. These are the rules of `../shared/eval/score.mjs`.
 */
import type { Relation } from '../../domain/types';
import type { Gold } from './gold';
import { matchEntities, type ScoredEntity } from './match-entities';
import { joinLines, nameKey } from './text-keys';

export type ScoredRelation = Pick<Relation, 'source' | 'type' | 'target' | 'line' | 'evidence' | 'date'> & { confidence?: number; rule?: string };

export interface ScoredExtraction {
  entities: ScoredEntity[];
  relations: ScoredRelation[];
}

/** A triple with where it was stated, for the lists of missed and false ones. */
export interface TripleNote {
  subject: string;
  predicate: string;
  object: string;
  line: number;
  evidence: string;
  confidence?: number;
}

export interface PassageCounts {
  salientGold: number;
  salientFound: number;
  entities: number;
  entitiesMatched: number;
  triples: number;
  triplesTrue: number;
  goldTriples: number;
  goldTriplesFound: number;
  explicitTriples: number;
  explicitFound: number;
  /** Annotated side-taking triples (OPPOSED, JOINED, SUPPORTED) with a military unit (Regiment) on either end, and of them found. */
  unitSideTaking: number;
  unitSideTakingFound: number;
  relations: number;
  evidenceInText: number;
  dated: number;
  missedExplicit: TripleNote[];
  falseTriples: TripleNote[];
  /** Extracted entities named in the annotated lines that match no annotated one, as "name/Type (lines)". */
  falseEntities: string[];
}

const SYMMETRIC = new Set(['OPPOSED', 'NEGOTIATED_WITH']);
/** The claims that say which side someone took: what tracing a regiment's changing loyalty needs. */
const SIDE_TAKING = new Set(['OPPOSED', 'JOINED', 'SUPPORTED']);
export const tripleKey = (subject: string, predicate: string, object: string): string => `${subject}|${predicate}|${object}`;

/** Whether a triple is in the set, also reversed when its type is symmetric. */
export function holds(set: ReadonlySet<string>, subject: string, predicate: string, object: string): boolean {
  return set.has(tripleKey(subject, predicate, object)) || (SYMMETRIC.has(predicate) && set.has(tripleKey(object, predicate, subject)));
}

export interface ScoreOptions {
  /** Only relations with at least this confidence count (relations without one always do). */
  minConfidence?: number;
}

/**
 * @example
 * const counts = scorePassage(extract(text, { language: 'en' }), gold, text);
 * counts.triplesTrue / counts.triples // relation precision
 */
export function scorePassage(extraction: ScoredExtraction, gold: Gold, text: string, options: ScoreOptions = {}): PassageCounts {
  const [first, last] = gold.lines ?? [1, Infinity];
  const inRange = (line: number): boolean => Number.isInteger(line) && line >= first && line <= last;
  const entities = extraction.entities.filter((e) => !gold.lines || (e.mentions ?? []).some((m) => inRange(m.line)));
  const relations = extraction.relations.filter(
    (r) => (!gold.lines || inRange(r.line)) && (options.minConfidence === undefined || (r.confidence ?? 1) >= options.minConfidence),
  );

  const toGold = matchEntities(entities, gold.entities);
  const found = new Set(toGold.values());
  const salient = gold.entities.filter((g) => (g.mention_lines ?? []).length >= 2);

  const goldName = new Map(gold.entities.map((g) => [g.id, g.canonical]));
  const extractedName = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const goldTriples = new Set(gold.relations.map((r) => tripleKey(r.subject, r.predicate, r.object)));
  const explicit = gold.relations.filter((r) => r.certainty === 'explicit');
  const explicitTriples = new Set(explicit.map((r) => tripleKey(r.subject, r.predicate, r.object)));

  const triples = new Map<string, TripleNote>();
  for (const r of relations) {
    const subject = toGold.get(r.source) ?? `P:${r.source}`;
    const object = toGold.get(r.target) ?? `P:${r.target}`;
    const key = tripleKey(subject, r.type, object);
    if (!triples.has(key)) triples.set(key, { subject, predicate: r.type, object, line: r.line, evidence: r.evidence, confidence: r.confidence });
  }
  const extractedTriples = new Set(triples.keys());
  const isTrue = (t: TripleNote): boolean => holds(goldTriples, t.subject, t.predicate, t.object);
  const isFound = (key: string): boolean => holds(extractedTriples, ...(key.split('|') as [string, string, string]));

  const named = (id: string): string => goldName.get(id) ?? extractedName.get(id.slice(2)) ?? id;
  const missedExplicit = new Map<string, TripleNote>();
  for (const r of explicit) {
    const key = tripleKey(r.subject, r.predicate, r.object);
    if (!isFound(key) && !missedExplicit.has(key)) {
      missedExplicit.set(key, { subject: named(r.subject), predicate: r.predicate, object: named(r.object), line: r.line, evidence: r.evidence });
    }
  }
  const falseTriples = [...triples.values()].filter((t) => !isTrue(t)).map((t) => ({ ...t, subject: named(t.subject), object: named(t.object) }));

  const isUnit = new Set(gold.entities.filter((g) => g.type === 'Regiment').map((g) => g.id));
  const unitSideTaking = [...goldTriples].filter((key) => {
    const [subject, predicate, object] = key.split('|');
    return SIDE_TAKING.has(predicate) && (isUnit.has(subject) || isUnit.has(object));
  });
  const textKey = nameKey(joinLines(text));
  return {
    salientGold: salient.length,
    salientFound: salient.filter((g) => found.has(g.id)).length,
    entities: entities.length,
    entitiesMatched: entities.filter((e) => toGold.has(e.id)).length,
    triples: triples.size,
    triplesTrue: [...triples.values()].filter(isTrue).length,
    goldTriples: goldTriples.size,
    goldTriplesFound: [...goldTriples].filter(isFound).length,
    explicitTriples: explicitTriples.size,
    explicitFound: [...explicitTriples].filter(isFound).length,
    unitSideTaking: unitSideTaking.length,
    unitSideTakingFound: unitSideTaking.filter(isFound).length,
    relations: relations.length,
    evidenceInText: relations.filter((r) => r.evidence && textKey.includes(nameKey(r.evidence))).length,
    dated: relations.filter((r) => r.date).length,
    missedExplicit: [...missedExplicit.values()],
    falseTriples,
    falseEntities: entities.filter((e) => !toGold.has(e.id)).map((e) => `${e.name}/${e.type} (${[...new Set((e.mentions ?? []).map((m) => m.line))].join(',')})`),
  };
}
