/**
 * "Expand" on a node of the page: the entity's neighbours with the most claims with it (inside the
 * filter and window), at most `limit` of them, the edges between it and them (one per pair and relation
 * type, PairEdges as in the default view), and how many neighbours and claims it has in all. A hub with
 * thousands of neighbours thus adds a readable handful, and the page can say how many more there are.
 * One statement: the entity's claims are read once, aggregated per edge and grouped by neighbour.
 */
import type { GraphExpansion, GraphFilter } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asPairEdge, comparePairEdges, PAIR_AGGREGATE, PAIR_MAP } from './pair-edges';
import { asGraphNode, CLAIM_TYPES, nodeProjection } from './projections';

export const DEFAULT_EXPANSION_LIMIT = 50;
export const MAX_EXPANSION_LIMIT = 1_000;

/** A claim of the entity with itself is matched once from each end of the undirected pattern: DISTINCT keeps one. */
export const EXPAND_ENTITY = `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:${CLAIM_TYPES}]-(n:Entity)
  WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b, n
  WHERE ${CLAIM_PASSES_FILTER}
  WITH n, ${PAIR_AGGREGATE}
  WITH n, collect(${PAIR_MAP}) AS pairs, sum(claims) AS claims
  ORDER BY claims DESC, coalesce(n.mentionCount, 0) DESC, n.id
  RETURN collect({node: ${nodeProjection('n')}, pairs: pairs, claims: claims}) AS ranked
}
WITH c, ranked, ranked[0..toInteger($limit)] AS shown
RETURN ${nodeProjection('c')} AS centre, size(ranked) AS entities,
       reduce(total = 0, x IN ranked | total + x.claims) AS claims,
       [x IN shown | x.node] AS nodes, reduce(edges = [], x IN shown | edges + x.pairs) AS edges`;

/**
 * @example await expandEntity(graph, 'kerenski', { from: '1917' }, 50)
 * // { centre: 'kerenski', nodes: [kerenski, ...50], edges: [...PairEdges], totals: { entities: 212, claims: 640 } }
 */
export async function expandEntity(graph: Graph, id: string, filter: GraphFilter = {}, limit = DEFAULT_EXPANSION_LIMIT): Promise<GraphExpansion> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPANSION_LIMIT) {
    throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_EXPANSION_LIMIT}, got ${limit}`, { limit });
  }
  const [row] = await graph.read(EXPAND_ENTITY, { ...claimFilterParams(filter), id, limit });
  if (row === undefined) throw new NotFoundError(`No entity "${id}"`, { id });
  const centre = asGraphNode(row.centre);
  const neighbours = (row.nodes as unknown[]).map(asGraphNode).filter((node) => node.id !== centre.id);
  return {
    centre: centre.id,
    nodes: [centre, ...neighbours.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))],
    edges: (row.edges as unknown[]).map(asPairEdge).sort(comparePairEdges),
    totals: { entities: row.entities as number, claims: row.claims as number },
  };
}
