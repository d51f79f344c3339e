/**
 * The claims behind one drawn edge (a PairEdge), a page at a time, in date order (undated last, then
 * document and line, as compareClaimsByDate): what the page loads when the reader opens an edge. One
 * statement; the pair's claims are reached from the source's id index, never by scanning.
 */
import type { GraphFilter, PairClaims } from '../../domain/api';
import { InvalidInputError, NotFoundError } from '../../domain/errors';
import { RELATION_TYPES, type RelationType } from '../../domain/types';
import type { Graph } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams } from './filter-params';
import { asGraphEdge, CLAIM_TYPES, edgeProjection } from './projections';

export const DEFAULT_PAIR_CLAIMS_LIMIT = 50;
export const MAX_PAIR_CLAIMS_LIMIT = 500;
export const MAX_PAIR_CLAIMS_OFFSET = 1_000_000;

export const PAIR_CLAIMS = `
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
OPTIONAL MATCH (a)-[r:${CLAIM_TYPES}]->(b)
WHERE type(r) = $type AND ${CLAIM_PASSES_FILTER}
WITH a, b, r, coalesce(r.dateGregorian, r.date) AS day
ORDER BY day IS NULL, day, r.documentId, r.line, r.id
WITH a, b, collect(r) AS claims
RETURN size(claims) AS total, [r IN claims[toInteger($offset)..toInteger($offset + $limit)] | ${edgeProjection('r')}] AS page`;

export interface PairKey {
  source: string;
  target: string;
  type: RelationType;
}

export interface PageRequest {
  offset?: number;
  limit?: number;
}

function checkedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${name} must be an integer from ${min} to ${max}, got ${value}`, { [name]: value });
  }
  return value;
}

/**
 * @example await pairClaims(graph, { source: 'mrk', target: 'ministrarna', type: 'ARRESTED' }, {}, { offset: 0, limit: 50 })
 * // { source: 'mrk', target: 'ministrarna', type: 'ARRESTED', total: 3, offset: 0, limit: 50, claims: [...3] }
 * @throws NotFoundError when either entity does not exist; InvalidInputError for an unknown type or a bad page
 */
export async function pairClaims(graph: Graph, pair: PairKey, filter: GraphFilter = {}, page: PageRequest = {}): Promise<PairClaims> {
  if (!RELATION_TYPES.includes(pair.type)) {
    throw new InvalidInputError(`Unknown relation type "${pair.type}"; allowed: ${RELATION_TYPES.join(', ')}`, { type: pair.type });
  }
  const offset = checkedInt('offset', page.offset ?? 0, 0, MAX_PAIR_CLAIMS_OFFSET);
  const limit = checkedInt('limit', page.limit ?? DEFAULT_PAIR_CLAIMS_LIMIT, 1, MAX_PAIR_CLAIMS_LIMIT);
  const [row] = await graph.read(PAIR_CLAIMS, { ...claimFilterParams(filter), ...pair, offset, limit });
  if (row === undefined) {
    throw new NotFoundError(`No entity "${pair.source}" or no entity "${pair.target}"`, { source: pair.source, target: pair.target });
  }
  return { source: pair.source, target: pair.target, type: pair.type, total: row.total as number, offset, limit, claims: (row.page as unknown[]).map(asGraphEdge) };
}
