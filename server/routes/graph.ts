/**
 * GET /api/graph: the `limit` (default 300) most important entities in a time window and the claims
 * among them, with the totals (a GraphSelection), filtered by entity and relation types, mention
 * count and document. Dates compare in the text's own calendar unless calendar=gregorian;
 * includeIsolated=true returns every entity, with or without claims, and every claim (no window only).
 */
import { Router } from 'express';
import type { GraphSelection, GraphView } from '../../domain/api';
import { graphSelection, MAX_SELECTION_LIMIT } from '../../graph/queries/graph-selection';
import type { Graph } from '../../graph/driver/connection';
import { graphInWindow } from '../../graph/queries/time-window';
import { GRAPH_FILTER_PARAMS, parseGraphFilter } from '../validation/graph-filter';
import { assertKnownParams, optionalChoice, optionalInt, type QueryInput } from '../validation/query-params';
import { readCacheFor } from './read-cache';

/**
 * @example app.use('/api', graphRouter(graph)); // GET /api/graph?from=1917-10-24&to=1917-10-26 → GraphView
 */
export function graphRouter(graph: Graph): Router {
  const router = Router();
  const cache = readCacheFor(graph);
  router.get('/graph', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, [...GRAPH_FILTER_PARAMS, 'includeIsolated', 'limit']);
    const filter = parseGraphFilter(query);
    const includeIsolated = optionalChoice(query, 'includeIsolated', ['true', 'false'] as const) === 'true';
    const limit = optionalInt(query, 'limit', { min: 1, max: MAX_SELECTION_LIMIT });
    if (includeIsolated) {
      await cache.sendJson(res, req.originalUrl, (): Promise<GraphView> => graphInWindow(graph, filter, { includeIsolated }));
      return;
    }
    await cache.sendJson(res, req.originalUrl, (): Promise<GraphSelection> => graphSelection(graph, filter, limit));
  });
  return router;
}
