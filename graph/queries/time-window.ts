/**
 * The graph in a time window: which entities stood in which relation, per claim, between two dates.
 * Nodes are the entities at either end of at least one claim that passes the filter (so a date
 * window shows who was active then); `includeIsolated` adds entities with no claim at all, which
 * only makes sense without a date window and is refused with one.
 */
import type { GraphFilter, GraphNode, GraphView } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams, entityPassesFilter } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

/**
 * One row: the claims and, once each, the entities at their ends. Returning the two end entities
 * beside every claim sent each entity once per claim it takes part in, and decoding those copies
 * was a third of the query's cost on both sides of the wire (docs/benchmarks.md).
 */
export const GRAPH_IN_WINDOW = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE ${CLAIM_PASSES_FILTER}
WITH collect(${edgeProjection('r')}) AS edges, collect(DISTINCT a) + collect(DISTINCT b) AS ends
UNWIND (CASE WHEN ends = [] THEN [null] ELSE ends END) AS endpoint
WITH edges, collect(DISTINCT endpoint) AS nodes
RETURN edges, [n IN nodes | ${nodeProjection('n')}] AS nodes`;

export const ENTITIES_PASSING_FILTER = `
MATCH (e:Entity)
WHERE ${entityPassesFilter('e')}
  AND ($documentId IS NULL OR EXISTS { (:Document {id: $documentId})-[:MENTIONS_ENTITY]->(e) })
RETURN ${nodeProjection('e')} AS node`;

export interface GraphWindowOptions {
  /** Also return entities without any claim (only without a date window). Default false. */
  includeIsolated?: boolean;
}

/**
 * @example await graphInWindow(graph, { from: '1917-10-24', to: '1917-10-26', relationTypes: ['ARRESTED'] })
 * // { nodes: [{ id: 'kerenski', ... }, ...], edges: [{ type: 'ARRESTED', date: '1917-10-25', ... }] }
 */
export async function graphInWindow(graph: Graph, filter: GraphFilter = {}, options: GraphWindowOptions = {}): Promise<GraphView> {
  const params = claimFilterParams(filter);
  if (options.includeIsolated && (params.from !== null || params.toUpper !== null)) {
    throw new InvalidInputError('includeIsolated cannot be combined with a date window');
  }
  const [claims] = await graph.read(GRAPH_IN_WINDOW, { ...params });
  const nodes = new Map<string, GraphNode>();
  for (const node of (claims.nodes as unknown[]).map(asGraphNode)) nodes.set(node.id, node);
  const edges = (claims.edges as unknown[]).map(asGraphEdge);
  if (options.includeIsolated) {
    for (const row of await graph.read(ENTITIES_PASSING_FILTER, { ...params })) {
      const node = asGraphNode(row.node);
      nodes.set(node.id, node);
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges: edges.sort(compareClaimsByDate),
  };
}
