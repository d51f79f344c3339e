/**
 * "Expand" on a node of the page: the entity's neighbours with the most claims with it (inside the
 * filter and window), at most `limit` of them, those claims, and how many neighbours and claims it
 * has in all. A hub with thousands of neighbours thus adds a readable handful, and the page can say
 * how many more there are. One statement: the entity's claims are read once and grouped by neighbour.
 */
import type { GraphExpansion, GraphFilter } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const DEFAULT_EXPANSION_LIMIT = 50;
export const MAX_EXPANSION_LIMIT = 1_000;

export const EXPAND_ENTITY = `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:${CLAIM_TYPES}]-(n:Entity)
  WITH r, startNode(r) AS a, endNode(r) AS b, n
  WHERE ${CLAIM_PASSES_FILTER}
  WITH n, collect(${edgeProjection('r')}) AS claims
  ORDER BY size(claims) DESC, coalesce(n.mentionCount, 0) DESC, n.id
  RETURN collect({node: ${nodeProjection('n')}, claims: claims}) AS ranked
}
WITH c, ranked, ranked[0..toInteger($limit)] AS shown
RETURN ${nodeProjection('c')} AS centre, size(ranked) AS entities,
       reduce(total = 0, x IN ranked | total + size(x.claims)) AS claims,
       [x IN shown | x.node] AS nodes, reduce(edges = [], x IN shown | edges + x.claims) AS edges`;

/**
 * @example await expandEntity(graph, 'kerenski', { from: '1917' }, 50)
 * // { centre: 'kerenski', nodes: [kerenski, ...50], edges: [...], totals: { entities: 212, claims: 640 } }
 */
export async function expandEntity(graph: Graph, id: string, filter: GraphFilter = {}, limit = DEFAULT_EXPANSION_LIMIT): Promise<GraphExpansion> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPANSION_LIMIT) {
    throw new InvalidInputError(`limit must be an integer from 1 to ${MAX_EXPANSION_LIMIT}, got ${limit}`, { limit });
  }
  const [row] = await graph.read(EXPAND_ENTITY, { ...claimFilterParams(filter), id, limit });
  if (row === undefined) throw new NotFoundError(`No entity "${id}"`, { id });
  const centre = asGraphNode(row.centre);
  const neighbours = (row.nodes as unknown[]).map(asGraphNode).filter((node) => node.id !== centre.id);
  // A claim of the entity with itself appears twice in the undirected match; each claim is sent once.
  const edges = [...new Map((row.edges as unknown[]).map(asGraphEdge).map((edge) => [edge.id, edge])).values()];
  return {
    centre: centre.id,
    nodes: [centre, ...neighbours.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))],
    edges: edges.sort(compareClaimsByDate),
    totals: { entities: row.entities as number, claims: row.claims as number },
  };
}
