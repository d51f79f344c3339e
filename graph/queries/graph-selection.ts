/**
 * The graph as the page shows it at scale: not every entity, but the `limit` most important inside
 * the filters and time window (importance = claims passing the filter, then mentions, then id, so
 * the order is total and stable), the edges among them, and how many entities and claims pass the
 * filter in all, so the page can say "showing 300 of 12,431 entities · 1,204 of 9,877 claims".
 * An edge is one source, relation type and target with the count of its claims (PairEdge), at most
 * `edgeLimit` of them, those with the most claims first; the evidence stays in Neo4j until an edge is
 * opened (pair-claims.ts). Every statement aggregates in Cypher and returns one row.
 */
import type { ClaimSelection, GraphFilter, GraphSelection } from '../../domain/api';
import { claimInterval, type DatedClaim } from '../../domain/dates/claim-days';
import { InvalidInputError } from '../../domain/errors';
import { PAIR_EDGE_SEPARATOR } from '../../domain/pair-edge';
import type { Graph, GraphTransaction } from '../driver/connection';
import { CLAIM_PASSES_FILTER, claimFilterParams, type ClaimFilterParams } from './filter-params';
import { asPairEdge, comparePairEdges, PAIR_AGGREGATE, PAIR_MAP } from './pair-edges';
import { asGraphEdge, asGraphNode, CLAIM_TYPES, compareClaimsByDate, edgeProjection, nodeProjection } from './projections';

export const DEFAULT_SELECTION_LIMIT = 300;
export const MAX_SELECTION_LIMIT = 5_000;
/**
 * About 300 bytes an edge (its documents included): with 300 entities and the histogram's days, the
 * default view of a 100-document corpus stays under 500 KB (docs/benchmarks.md).
 */
export const DEFAULT_EDGE_LIMIT = 1_000;
export const MAX_EDGE_LIMIT = 20_000;

/** Each claim counts once for each end, so the ends sum to twice the claims (a self-claim included). */
export const RANK_ENTITIES = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE ${CLAIM_PASSES_FILTER}
UNWIND [a, b] AS e
WITH e, count(*) AS claims
ORDER BY claims DESC, coalesce(e.mentionCount, 0) DESC, e.id
WITH collect(e.id) AS ranked, sum(claims) AS ends
RETURN size(ranked) AS entities, ends / 2 AS claims, ranked[0..toInteger($limit)] AS ids`;

export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(${nodeProjection('e')}) AS nodes`;

const AMONG = `
MATCH (a:Entity)-[r:${CLAIM_TYPES}]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND ${CLAIM_PASSES_FILTER}`;

/** The edges among the chosen, heaviest first; `pairs` counts them all, `edges` holds the first `edgeLimit`. */
export const PAIRS_AMONG = `${AMONG}
WITH ${PAIR_AGGREGATE}
ORDER BY claims DESC, source + '${PAIR_EDGE_SEPARATOR}' + type + '${PAIR_EDGE_SEPARATOR}' + target
WITH collect(${PAIR_MAP}) AS pairs
RETURN size(pairs) AS pairs, pairs[0..toInteger($edgeLimit)] AS edges`;

/** How many dated claims behind the sent edges carry each date (`$keys` null: every edge was sent). */
export const CLAIM_DATES_AMONG = `${AMONG}
  AND r.date IS NOT NULL
  AND ($keys IS NULL OR a.id + '${PAIR_EDGE_SEPARATOR}' + type(r) + '${PAIR_EDGE_SEPARATOR}' + b.id IN $keys)
WITH r.date AS date, r.dateGregorian AS dateGregorian, r.calendar AS calendar, count(*) AS claims
RETURN collect([date, dateGregorian, calendar, claims]) AS dates`;

export const CLAIMS_AMONG = `${AMONG}
RETURN collect(${edgeProjection('r')}) AS edges`;

export interface SelectionLimits {
  /** How many entities (default 300). */
  limit?: number;
  /** How many edges (default 1,000). */
  edgeLimit?: number;
}

function checkedLimit(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidInputError(`${name} must be an integer from 1 to ${max}, got ${value}`, { [name]: value });
  }
  return value;
}

/** The claims per start day, merged over dates that fall on the same day, in day order. */
function claimDays(rows: unknown[][]): GraphSelection['claimDays'] {
  const byDay = new Map<number, number>();
  for (const [date, dateGregorian, calendar, claims] of rows) {
    const interval = claimInterval({ date, dateGregorian, calendar: calendar ?? null } as DatedClaim);
    if (interval) byDay.set(interval.start, (byDay.get(interval.start) ?? 0) + (claims as number));
  }
  return [...byDay].sort(([a], [b]) => a - b);
}

/** The ranking and the chosen entities, shared by both shapes of the selection. */
async function chooseEntities(tx: GraphTransaction, params: ClaimFilterParams, limit: number) {
  const [ranking] = await tx.run(RANK_ENTITIES, { ...params, limit });
  const ids = ranking.ids as string[];
  const [entities] = await tx.run(ENTITIES_BY_ID, { ids });
  return {
    ids,
    // By id, as every GraphView; the page ranks them by their claims for labelling.
    nodes: (entities.nodes as unknown[]).map(asGraphNode).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    totals: { entities: ranking.entities as number, claims: ranking.claims as number },
  };
}

/**
 * @example await graphSelection(graph, { from: '1917-10' }, { limit: 300 })
 * // { nodes: [...300], edges: [...1,000 PairEdges], totals: { entities: 12431, claims: 9877 }, shown: {...}, pairs: 4210, ... }
 */
export async function graphSelection(graph: Graph, filter: GraphFilter = {}, limits: SelectionLimits = {}): Promise<GraphSelection> {
  const limit = checkedLimit('limit', limits.limit ?? DEFAULT_SELECTION_LIMIT, MAX_SELECTION_LIMIT);
  const edgeLimit = checkedLimit('edgeLimit', limits.edgeLimit ?? DEFAULT_EDGE_LIMIT, MAX_EDGE_LIMIT);
  const params = claimFilterParams(filter);
  return graph.readTransaction(async (tx) => {
    const { ids, nodes, totals } = await chooseEntities(tx, params, limit);
    const [among] = await tx.run(PAIRS_AMONG, { ...params, ids, edgeLimit });
    const edges = (among.edges as unknown[]).map(asPairEdge).sort(comparePairEdges);
    const pairs = among.pairs as number;
    const keys = pairs > edges.length ? edges.map((edge) => edge.id) : null;
    const [dates] = await tx.run(CLAIM_DATES_AMONG, { ...params, ids, keys });
    return {
      nodes,
      edges,
      totals,
      shown: { entities: nodes.length, edges: edges.length, claims: edges.reduce((sum, edge) => sum + edge.claims, 0) },
      pairs,
      limit,
      edgeLimit,
      claimDays: claimDays(dates.dates as unknown[][]),
    };
  });
}

/**
 * The same entities with every claim among them, evidence and all: what the claims table and the
 * page's downloads load on demand. Not capped by edges, so at scale it is the heavy read.
 * @example await claimSelection(graph, {}, 300) // { nodes, edges: GraphEdge[], totals, limit }
 */
export async function claimSelection(graph: Graph, filter: GraphFilter = {}, limit = DEFAULT_SELECTION_LIMIT): Promise<ClaimSelection> {
  checkedLimit('limit', limit, MAX_SELECTION_LIMIT);
  const params = claimFilterParams(filter);
  return graph.readTransaction(async (tx) => {
    const { ids, nodes, totals } = await chooseEntities(tx, params, limit);
    const [claims] = await tx.run(CLAIMS_AMONG, { ...params, ids });
    return { nodes, edges: (claims.edges as unknown[]).map(asGraphEdge).sort(compareClaimsByDate), totals, limit };
  });
}
