/**
 * The ego network of an entity: everything within 1–3 claims of it, with the claims among them.
 * Expanded breadth-first one hop at a time rather than by a variable-length pattern, because a
 * variable-length match enumerates every path (parallel claims multiply them) while a hop only
 * touches each relationship once; the hops are chained inside one statement.
 */
import type { GraphFilter, GraphView } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const MAX_EGO_DEPTH = 3;

/**
 * One breadth-first hop: the entities not reached yet that a claim passing the filter links to the
 * frontier, in either direction. Always one row (an aggregate), so an empty hop ends nothing early.
 */
const EGO_HOP = `
CALL (reached, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r:${CLAIM_TYPES}]-(n:Entity)
  WITH r, startNode(r) AS a, endNode(r) AS b, n, reached
  WHERE NOT n IN reached AND ${CLAIM_PASSES_FILTER}
  RETURN collect(DISTINCT n) AS next
}
WITH reached + next AS reached, next AS frontier`;

/**
 * The whole ego network in one statement, one text per depth (so Neo4j plans each once): the
 * centre, `depth` hops, then the reached entities and the claims among them that pass the filter.
 * A statement per hop cost a round trip each, and the per-statement cost was most of the time.
 * @example await graph.read(egoNetworkQuery(2), { ...claimFilterParams({}), id: 'lenin' }) // [{ nodes, edges }]
 */
export function egoNetworkQuery(depth: number): string {
  return `
MATCH (centre:Entity {id: $id})
WITH [centre] AS reached, [centre] AS frontier
${Array.from({ length: depth }, () => EGO_HOP).join('\n')}
CALL (reached) {
  UNWIND reached AS a
  MATCH (a)-[r:${CLAIM_TYPES}]->(b:Entity)
  WHERE b IN reached AND ${CLAIM_PASSES_FILTER}
  RETURN collect(${edgeProjection('r')}) AS edges
}
RETURN [n IN reached | ${nodeProjection('n')}] AS nodes, edges`;
}

const EGO_NETWORK_QUERIES: readonly string[] = Array.from({ length: MAX_EGO_DEPTH + 1 }, (_, depth) => egoNetworkQuery(depth));

/**
 * Entities within `depth` claims of `id` (the centre included) and the claims among them.
 * The filter's window and types restrict which claims may be walked and shown.
 * @example await egoNetwork(graph, 'lenin', 2, { relationTypes: ['OPPOSED'] })
 */
export async function egoNetwork(graph: Graph, id: string, depth = 1, filter: GraphFilter = {}): Promise<GraphView> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EGO_DEPTH) {
    throw new InvalidInputError(`depth must be an integer from 1 to ${MAX_EGO_DEPTH}, got ${depth}`, { depth });
  }
  const params = claimFilterParams(filter);
  const [row] = await graph.read(EGO_NETWORK_QUERIES[depth], { ...params, id });
  if (row === undefined) throw new NotFoundError(`No entity "${id}"`, { id });
  const nodes = (row.nodes as unknown[]).map(asGraphNode);
  const edges = (row.edges as unknown[]).map(asGraphEdge);
  return { nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), edges: edges.sort(compareClaimsByDate) };
}
