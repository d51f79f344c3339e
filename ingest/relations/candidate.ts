/**
 * A relation found in one sentence but not yet tied to entities: the two mentions, the type and
 * the rule that read it. Rules produce candidates; `toRelations` turns them into `Relation`s.
 */
import type { Mention, RelationType } from '../../domain/types';

export interface Candidate {
  subject: Mention;
  object: Mention;
  type: RelationType;
  confidence: number;
  rule: string;
  /** The speaker, when the candidate is read inside someone's reported words. */
  attributedTo?: Mention;
}

/** A mention, or several joined by "och", "," or "and": "Tseretelli, Tjernoff och Dan". */
export interface Argument {
  mentions: Mention[];
  start: number;
  end: number;
}

/**
 * Every (subject, object) pair of two coordinated arguments, as candidates of one rule.
 *
 * @example
 * pairCandidates(arg('X och Y'), arg('Z'), 'OPPOSED', 0.8, 'sv.oppose.verb') // X→Z and Y→Z
 */
export function pairCandidates(
  subjects: Argument,
  objects: Argument,
  type: RelationType,
  confidence: number,
  rule: string,
): Candidate[] {
  return subjects.mentions.flatMap((subject) =>
    objects.mentions.map((object) => ({ subject, object, type, confidence, rule })),
  );
}
