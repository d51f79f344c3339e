/**
 * The ego network of an entity: everything within 1–3 claims of it, with the claims among them.
 * Expanded breadth-first one hop per query rather than by a variable-length pattern, because a
 * variable-length match enumerates every path (parallel claims multiply them) while a hop only
 * touches each relationship once.
 */
import type { GraphFilter, GraphNode, GraphView } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const MAX_EGO_DEPTH = 3;

export const EGO_CENTRE = `
MATCH (e:Entity {id: $id})
RETURN ${nodeProjection('e')} AS node`;

/** One breadth-first hop: the neighbours of the frontier over claims passing the filter, either direction. */
export const EGO_HOP = `
UNWIND $frontier AS frontierId
MATCH (f:Entity {id: frontierId})-[r:${CLAIM_TYPES}]-(n:Entity)
WITH r, startNode(r) AS a, endNode(r) AS b, n
WHERE ${CLAIM_PASSES_FILTER}
RETURN DISTINCT n.id AS id`;

/** The claims among a set of entities that pass the filter. */
export const CLAIMS_AMONG = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND ${CLAIM_PASSES_FILTER}
RETURN ${edgeProjection('r')} AS edge`;

export const NODES_BY_ID = `
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN ${nodeProjection('e')} AS node`;

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
  return graph.readTransaction(async (tx) => {
    if ((await tx.run(EGO_CENTRE, { id })).length === 0) throw new NotFoundError(`No entity "${id}"`, { id });
    const reached = new Set<string>([id]);
    let frontier = [id];
    for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
      const rows = await tx.run(EGO_HOP, { ...params, frontier });
      frontier = rows.map((row) => row.id as string).filter((next) => !reached.has(next));
      for (const next of frontier) reached.add(next);
    }
    const ids = [...reached];
    const nodes: GraphNode[] = (await tx.run(NODES_BY_ID, { ids })).map((row) => asGraphNode(row.node));
    const edges = (await tx.run(CLAIMS_AMONG, { ...params, ids })).map((row) => asGraphEdge(row.edge));
    return { nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), edges: edges.sort(compareClaimsByDate) };
  });
}
