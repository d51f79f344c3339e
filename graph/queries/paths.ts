/**
 * Shortest chains of claims between two entities (how is Kornilov connected to Lenin?), walking
 * claims in either direction and never through sentences or documents.
 */
import type { PathResult } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, claimNotRejected, edgeProjection, nodeProjection } from './projections';

export const MAX_PATH_LENGTH = 6;
export const DEFAULT_PATH_LIMIT = 10;

export const PATH_ENDS = `
MATCH (e:Entity)
WHERE e.id IN [$from, $to]
RETURN ${nodeProjection('e')} AS node`;

/** Cypher cannot take a path length as a parameter; `maxLength` is a checked integer from 1 to 6. */
export function shortestPathsCypher(maxLength: number): string {
  return `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${CLAIM_TYPES}*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE ${claimNotRejected('r')})
RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes, [r IN relationships(p) | ${edgeProjection('r')}] AS edges
LIMIT toInteger($limit)`;
}

/**
 * All shortest paths (up to `limit`) of at most `maxLength` claims; `paths` is empty when none exists.
 * @example await shortestPaths(graph, 'kornilov', 'lenin', 4)
 * // { paths: [{ nodes: [kornilov, kerenski, lenin], edges: [OPPOSED, OPPOSED] }] }
 */
export async function shortestPaths(
  graph: Graph,
  from: string,
  to: string,
  maxLength = MAX_PATH_LENGTH,
  limit = DEFAULT_PATH_LIMIT,
): Promise<PathResult> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new InvalidInputError(`maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}, got ${maxLength}`, { maxLength });
  }
  return graph.readTransaction(async (tx) => {
    const ends = (await tx.run(PATH_ENDS, { from, to })).map((row) => asGraphNode(row.node));
    for (const id of [from, to]) {
      if (!ends.some((node) => node.id === id)) throw new NotFoundError(`No entity "${id}"`, { id });
    }
    if (from === to) return { paths: [{ nodes: ends, edges: [] }] };
    const rows = await tx.run(shortestPathsCypher(maxLength), { from, to, limit });
    return {
      paths: rows.map((row) => ({
        nodes: (row.nodes as unknown[]).map(asGraphNode),
        edges: (row.edges as unknown[]).map(asGraphEdge),
      })),
    };
  });
}
