/**
 * Each extracted relation stated in the annotated lines, judged true or false against the
 * annotation by the scorer's rules: what the confidence calibration counts, rule by rule.
 */
import type { Gold } from './gold';
import { matchEntities } from './match-entities';
import { holds, tripleKey, type ScoredExtraction, type ScoredRelation } from './score';

export interface JudgedRelation {
  relation: ScoredRelation;
  true: boolean;
}

/**
 * @example
 * judgeRelations(extract(text, { language: 'en' }), gold).filter((j) => j.true).length
 */
export function judgeRelations(extraction: ScoredExtraction, gold: Gold): JudgedRelation[] {
  const [first, last] = gold.lines ?? [1, Infinity];
  const inRange = (line: number): boolean => Number.isInteger(line) && line >= first && line <= last;
  const entities = extraction.entities.filter((e) => !gold.lines || (e.mentions ?? []).some((m) => inRange(m.line)));
  const toGold = matchEntities(entities, gold.entities);
  const goldTriples = new Set(gold.relations.map((r) => tripleKey(r.subject, r.predicate, r.object)));
  return extraction.relations
    .filter((r) => !gold.lines || inRange(r.line))
    .map((relation) => {
      const subject = toGold.get(relation.source);
      const object = toGold.get(relation.target);
      return { relation, true: subject !== undefined && object !== undefined && holds(goldTriples, subject, relation.type, object) };
    });
}
