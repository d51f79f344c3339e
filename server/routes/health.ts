/**
 * GET /api/health: is the server up, and can it reach Neo4j? For humans, Docker's healthcheck and
 * monitoring; it answers 503 with neo4j "down" rather than failing when the database is unreachable.
 */
import { Router } from 'express';
import type { HealthStatus } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';

/**
 * @example
 *   app.use('/api', healthRouter(graph)); // GET /api/health → {"ok":true,"neo4j":"up","version":"5.26.30"}
 */
export function healthRouter(graph: Pick<Graph, 'version'>): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    let status: HealthStatus;
    try {
      status = { ok: true, neo4j: 'up', version: await graph.version() };
    } catch {
      status = { ok: false, neo4j: 'down' };
    }
    res.status(status.ok ? 200 : 503).json(status);
  });
  return router;
}
