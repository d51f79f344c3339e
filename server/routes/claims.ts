/**
 * Claims as historians curate them: GET /api/claims/:id (with its version as ETag), PATCH to
 * accept, reject or correct it (the version seen must still be current, else 409 with the current
 * state), POST /api/claims to add one read in a sentence. Every change is an audit event; the
 * answer names it so the page can offer undo.
 */
import { Router } from 'express';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { readClaim } from '../../graph/queries/claim-state';
import { addClaim, reviewClaim } from '../../graph/writes/curation/claim-actions';
import { actorOf } from '../auth/principal';
import { parseClaimReview, parseNewClaim } from '../validation/curation-body';
import { pathId } from '../validation/path-params';
import { readCacheFor } from './read-cache';

/** @example app.use('/api', claimsRouter(graph)); */
export function claimsRouter(graph: Graph): Router {
  const router = Router();

  router.get('/claims/:id', async (req, res) => {
    const id = pathId(req.params, 'id');
    const claim = await readClaim(graph, id);
    if (!claim) throw new NotFoundError(`No claim "${id}"`, { claimId: id });
    res.set('ETag', `"${claim.version}"`).json(claim);
  });

  router.patch('/claims/:id', async (req, res) => {
    const id = pathId(req.params, 'id');
    const review = parseClaimReview(req.body, req.get('If-Match'));
    const { result, event } = await reviewClaim(graph, id, review, actorOf(res));
    readCacheFor(graph).clear();
    res.set('ETag', `"${result.version}"`).json({ claim: result, eventId: event.id });
  });

  router.post('/claims', async (req, res) => {
    const { result, event } = await addClaim(graph, parseNewClaim(req.body), actorOf(res));
    readCacheFor(graph).clear();
    res.status(201).json({ id: result.id, claim: result, eventId: event.id });
  });

  return router;
}
