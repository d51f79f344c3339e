/**
 * GET /api/graph: the claims in a time window (and their entities) as a GraphView, filtered by
 * entity and relation types, mention count and document. Dates compare in the text's own calendar
 * unless calendar=gregorian; includeIsolated=true adds entities without claims (no window only).
 */
import { Router } from 'express';
import type { GraphView } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { graphInWindow } from '../../graph/queries/time-window';
import { GRAPH_FILTER_PARAMS, parseGraphFilter } from '../validation/graph-filter';
import { assertKnownParams, optionalChoice, type QueryInput } from '../validation/query-params';
import { readCacheFor } from './read-cache';

/**
 * @example app.use('/api', graphRouter(graph)); // GET /api/graph?from=1917-10-24&to=1917-10-26 → GraphView
 */
export function graphRouter(graph: Graph): Router {
  const router = Router();
  const cache = readCacheFor(graph);
  router.get('/graph', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, [...GRAPH_FILTER_PARAMS, 'includeIsolated']);
    const filter = parseGraphFilter(query);
    const includeIsolated = optionalChoice(query, 'includeIsolated', ['true', 'false'] as const) === 'true';
    await cache.sendJson(res, req.originalUrl, (): Promise<GraphView> => graphInWindow(graph, filter, { includeIsolated }));
  });
  return router;
}
