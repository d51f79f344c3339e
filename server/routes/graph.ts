/**
 * GET /api/graph: the `limit` (default 300) most important entities in a time window and the edges
 * among them, one per pair and relation type with the count of its claims (a GraphSelection, at most
 * `edgeLimit` edges), filtered by entity and relation types, mention count and document. Dates
 * compare in the text's own calendar unless calendar=gregorian. edges=claims sends each claim among
 * the same entities instead (a ClaimSelection, for the claims table and downloads); includeIsolated=true
 * returns every entity, with or without claims, and every claim (no window only).
 * GET /api/graph/claims?source=&target=&type=&offset=&limit=: one page of the claims behind one edge.
 */
import { Router } from 'express';
import type { ClaimSelection, GraphSelection, GraphView, PairClaims } from '../../domain/api';
import { RELATION_TYPES, type RelationType } from '../../domain/types';
import { claimSelection, graphSelection, MAX_EDGE_LIMIT, MAX_SELECTION_LIMIT } from '../../graph/queries/graph-selection';
import type { Graph } from '../../graph/driver/connection';
import { MAX_PAIR_CLAIMS_LIMIT, MAX_PAIR_CLAIMS_OFFSET, pairClaims } from '../../graph/queries/pair-claims';
import { graphInWindow } from '../../graph/queries/time-window';
import { GRAPH_FILTER_PARAMS, parseGraphFilter } from '../validation/graph-filter';
import { assertKnownParams, optionalChoice, optionalInt, requiredString, type QueryInput } from '../validation/query-params';
import { readCacheFor } from './read-cache';

/**
 * @example app.use('/api', graphRouter(graph)); // GET /api/graph?from=1917-10-24&to=1917-10-26 → GraphSelection
 */
export function graphRouter(graph: Graph): Router {
  const router = Router();
  const cache = readCacheFor(graph);
  router.get('/graph', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, [...GRAPH_FILTER_PARAMS, 'includeIsolated', 'limit', 'edgeLimit', 'edges']);
    const filter = parseGraphFilter(query);
    const includeIsolated = optionalChoice(query, 'includeIsolated', ['true', 'false'] as const) === 'true';
    const edges = optionalChoice(query, 'edges', ['pairs', 'claims'] as const) ?? 'pairs';
    const limit = optionalInt(query, 'limit', { min: 1, max: MAX_SELECTION_LIMIT });
    const edgeLimit = optionalInt(query, 'edgeLimit', { min: 1, max: MAX_EDGE_LIMIT });
    if (includeIsolated) {
      await cache.sendJson(res, req.originalUrl, (): Promise<GraphView> => graphInWindow(graph, filter, { includeIsolated }));
    } else if (edges === 'claims') {
      await cache.sendJson(res, req.originalUrl, (): Promise<ClaimSelection> => claimSelection(graph, filter, limit));
    } else {
      await cache.sendJson(res, req.originalUrl, (): Promise<GraphSelection> => graphSelection(graph, filter, { limit, edgeLimit }));
    }
  });
  router.get('/graph/claims', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, [...GRAPH_FILTER_PARAMS, 'source', 'target', 'type', 'offset', 'limit']);
    // requiredString refuses a missing type, optionalChoice an unknown one.
    requiredString(query, 'type');
    const pair = {
      source: requiredString(query, 'source'),
      target: requiredString(query, 'target'),
      type: optionalChoice(query, 'type', RELATION_TYPES) as RelationType,
    };
    const page = {
      offset: optionalInt(query, 'offset', { min: 0, max: MAX_PAIR_CLAIMS_OFFSET }),
      limit: optionalInt(query, 'limit', { min: 1, max: MAX_PAIR_CLAIMS_LIMIT }),
    };
    const filter = parseGraphFilter(query);
    await cache.sendJson(res, req.originalUrl, (): Promise<PairClaims> => pairClaims(graph, pair, filter, page));
  });
  return router;
}
