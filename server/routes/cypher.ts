/**
 * POST /api/cypher {query, params, maxRows?}: historians' own read-only Cypher. It runs through
 * graph/user-cypher/read-only.ts in a READ transaction (Neo4j itself refuses writes and schema changes →
 * 400 FORBIDDEN_QUERY) with a server-side timeout (→ 408) and a row limit (`truncated: true`).
 * GET /api/cypher/schema: the labels, relationship types and property names to write such queries with.
 */
import { Router } from 'express';
import type { CypherResult, GraphSchema } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { graphSchema } from '../../graph/queries/graph-schema';
import { runReadOnlyCypher } from '../../graph/user-cypher/read-only';
import { hideAccountRecords, refuseAccountQueries } from '../../graph/user-cypher/hidden-accounts';
import { parseCypherBody } from '../validation/cypher-body';
import { assertKnownParams, type QueryInput } from '../validation/query-params';

export interface CypherRouterOptions {
  /** Server-side timeout per query; default graph/user-cypher/read-only.ts DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
}

/**
 * @example app.use('/api', cypherRouter(graph)); // POST /api/cypher {"query":"MATCH (p:Person) RETURN p.name"} → CypherResult
 */
export function cypherRouter(graph: Graph, options: CypherRouterOptions = {}): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const request = parseCypherBody(req.body);
    refuseAccountQueries(request.query);
    const result: CypherResult = await runReadOnlyCypher(graph, request.query, {
      params: request.params,
      maxRows: request.maxRows,
      timeoutMs: options.timeoutMs,
    });
    res.json(await hideAccountRecords(graph, result));
  });
  router.get('/cypher/schema', async (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const schema: GraphSchema = await graphSchema(graph);
    res.json(schema);
  });
  return router;
}
