/**
 * The review queue: machine claims nobody has accepted or rejected yet, least certain first and,
 * among equally certain ones, those between the most mentioned entities first (a wrong claim there
 * misleads most).
 */
import type { ReviewItem } from '../../domain/curation';
import type { Graph } from '../driver/connection';
import { claimStateOf } from './claim-state';
import { CLAIM_TYPES } from './projections';

export const REVIEW_QUEUE = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE coalesce(r.status, 'machine') = 'machine'
WITH a, r, b, coalesce(a.mentionCount, 0) + coalesce(b.mentionCount, 0) AS centrality
ORDER BY r.confidence ASC, centrality DESC, r.id
LIMIT $limit
OPTIONAL MATCH (s:Sentence {id: r.sentenceId})
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props,
       a.name AS sourceName, b.name AS targetName, coalesce(s.text, r.evidence) AS sentence, centrality`;

/** @example await reviewQueue(graph, 20) // [{ claim: {...}, sourceName: 'Kerenski', ... }] */
export async function reviewQueue(graph: Graph, limit: number): Promise<ReviewItem[]> {
  const rows = await graph.read(REVIEW_QUEUE, { limit });
  return rows.map((row) => ({
    claim: claimStateOf(row.type as string, row.source as string, row.target as string, row.props as Record<string, unknown>),
    sourceName: row.sourceName as string,
    targetName: row.targetName as string,
    sentence: row.sentence as string,
    centrality: row.centrality as number,
  }));
}
