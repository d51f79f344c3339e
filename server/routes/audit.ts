/**
 * The audit trail and the review queue: GET /api/audit?entity=&claim=&user=&limit= lists events
 * newest first; POST /api/audit/:eventId/undo reverses one (409 naming the later events that depend
 * on it); GET /api/review?limit= lists machine claims not yet reviewed, least certain and most
 * central first.
 */
import { Router } from 'express';
import type { Graph } from '../../graph/driver/connection';
import { listAuditEvents } from '../../graph/queries/audit';
import { reviewQueue } from '../../graph/queries/review';
import { undoEvent } from '../../graph/writes/curation/undo';
import { actorOf } from '../auth/principal';
import { parseReason } from '../validation/curation-body';
import { pathId } from '../validation/path-params';
import { assertKnownParams, optionalInt, optionalString, type QueryInput } from '../validation/query-params';
import { readCacheFor } from './read-cache';

const LIMIT = { min: 1, max: 500 };

/** @example app.use('/api', auditRouter(graph)); */
export function auditRouter(graph: Graph): Router {
  const router = Router();

  router.get('/audit', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['entity', 'claim', 'user', 'limit']);
    res.json(
      await listAuditEvents(graph, {
        entity: optionalString(query, 'entity'),
        claim: optionalString(query, 'claim'),
        user: optionalString(query, 'user'),
        limit: optionalInt(query, 'limit', LIMIT) ?? 50,
      }),
    );
  });

  router.post('/audit/:eventId/undo', async (req, res) => {
    const event = await undoEvent(graph, pathId(req.params, 'eventId'), actorOf(res), parseReason(req.body));
    readCacheFor(graph).clear();
    res.json(event);
  });

  router.get('/review', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['limit']);
    res.json(await reviewQueue(graph, optionalInt(query, 'limit', LIMIT) ?? 20));
  });

  return router;
}
