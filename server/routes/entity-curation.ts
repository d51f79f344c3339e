/**
 * Curating entities: PATCH /api/entities/:id renames or retypes one, POST /api/entities/:id/merge
 * moves everything of it into another ({into, force?, reason?}; 400 into itself or across types
 * without force), POST /api/entities/:id/split undoes the latest merge it took part in.
 */
import { Router } from 'express';
import type { Graph } from '../../graph/driver/connection';
import { mergeEntities, updateEntity } from '../../graph/writes/curation/entity-actions';
import { splitMerged } from '../../graph/writes/curation/undo';
import { actorOf } from '../auth/principal';
import { parseEntityChange, parseMergeRequest, parseReason } from '../validation/curation-body';
import { pathId } from '../validation/path-params';
import { readCacheFor } from './read-cache';

/** @example app.use('/api', entityCurationRouter(graph)); */
export function entityCurationRouter(graph: Graph): Router {
  const router = Router();

  router.patch('/entities/:id', async (req, res) => {
    const { result, event } = await updateEntity(graph, pathId(req.params, 'id'), parseEntityChange(req.body), actorOf(res));
    readCacheFor(graph).clear();
    res.json({ entity: result, eventId: event.id });
  });

  router.post('/entities/:id/merge', async (req, res) => {
    const { result, event } = await mergeEntities(graph, pathId(req.params, 'id'), parseMergeRequest(req.body), actorOf(res));
    readCacheFor(graph).clear();
    res.json({ entity: result, eventId: event.id });
  });

  router.post('/entities/:id/split', async (req, res) => {
    const event = await splitMerged(graph, pathId(req.params, 'id'), actorOf(res), parseReason(req.body));
    readCacheFor(graph).clear();
    res.json({ eventId: event.id, undid: event.undoes });
  });

  return router;
}
