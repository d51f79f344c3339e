/**
 * The graph in a time window: which entities stood in which relation, per claim, between two dates.
 * Nodes are the entities at either end of at least one claim that passes the filter (so a date
 * window shows who was active then); `includeIsolated` adds entities with no claim at all, which
 * only makes sense without a date window and is refused with one.
 */
import type { GraphFilter, GraphNode, GraphView } from '../../domain/api';
import { InvalidInputError } from '../../domain/errors';
import type { Graph } from '../connection';
import { CLAIM_PASSES_FILTER, claimFilterParams, entityPassesFilter } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const GRAPH_IN_WINDOW = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE ${CLAIM_PASSES_FILTER}
RETURN ${edgeProjection('r')} AS edge, ${nodeProjection('a')} AS source, ${nodeProjection('b')} AS target`;

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
  const rows = await graph.read(GRAPH_IN_WINDOW, { ...params });
  const nodes = new Map<string, GraphNode>();
  const edges = rows.map((row) => {
    for (const node of [asGraphNode(row.source), asGraphNode(row.target)]) nodes.set(node.id, node);
    return asGraphEdge(row.edge);
  });
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
