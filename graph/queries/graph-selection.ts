/**
 * The graph as the page shows it at scale: not every entity, but the `limit` most important inside
 * the filters and time window (importance = claims passing the filter, then mentions, then id, so
 * the order is total and stable), the claims among them, and how many entities and claims pass the
 * filter in all, so the page can say "showing 300 of 12,431 entities · 1,204 of 9,877 claims".
 * Two statements in one read transaction: the ranking reads every claim in the window once (one
 * aggregate row, no claim leaves Neo4j), then the claims among the chosen are expanded from them.
 */
import type { GraphFilter, GraphSelection } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const DEFAULT_SELECTION_LIMIT = 300;
export const MAX_SELECTION_LIMIT = 5_000;

/** Each claim counts once for each end, so the ends sum to twice the claims (a self-claim included). */
export const RANK_ENTITIES = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE ${CLAIM_PASSES_FILTER}
UNWIND [a, b] AS e
WITH e, count(*) AS claims
ORDER BY claims DESC, coalesce(e.mentionCount, 0) DESC, e.id
WITH collect(e.id) AS ranked, sum(claims) AS ends
RETURN size(ranked) AS entities, ends / 2 AS claims, ranked[0..toInteger($limit)] AS ids`;

export const CLAIMS_AMONG = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND ${CLAIM_PASSES_FILTER}
RETURN collect(${edgeProjection('r')}) AS edges`;

export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(${nodeProjection('e')}) AS nodes`;

/**
 * @example await graphSelection(graph, { from: '1917-10' }, 300)
 * // { nodes: [...300], edges: [...], totals: { entities: 12431, claims: 9877 }, limit: 300 }
 */
export async function graphSelection(graph: Graph, filter: GraphFilter = {}, limit = DEFAULT_SELECTION_LIMIT): Promise<GraphSelection> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SELECTION_LIMIT) {
    throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_SELECTION_LIMIT}, got ${limit}`, { limit });
  }
  const params = claimFilterParams(filter);
  return graph.readTransaction(async (tx) => {
    const [ranking] = await tx.run(RANK_ENTITIES, { ...params, limit });
    const ids = ranking.ids as string[];
    const [entities] = await tx.run(ENTITIES_BY_ID, { ids });
    const [claims] = await tx.run(CLAIMS_AMONG, { ...params, ids });
    return {
      // By id, as every GraphView; the page ranks them by their claims for labelling.
      nodes: (entities.nodes as unknown[]).map(asGraphNode).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
      edges: (claims.edges as unknown[]).map(asGraphEdge).sort(compareClaimsByDate),
      totals: { entities: ranking.entities as number, claims: ranking.claims as number },
      limit,
    };
  });
}
