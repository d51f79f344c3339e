/** Upload jobs: GET /api/jobs/:id reports where an upload started with `Prefer: respond-async` stands. */
import { Router } from 'express';
import type { JobStatus } from '../../domain/jobs';
import type { JobStore } from '../jobs/job-store';
import { pathId } from '../validation/path-params';
import { assertKnownParams, type QueryInput } from '../validation/query-params';

/**
 * @example app.use('/api', jobsRouter(jobs)); // GET /api/jobs/3f2a… → { state: 'extracting', percent: 42, ... }
 */
export function jobsRouter(jobs: JobStore): Router {
  const router = Router();
  router.get('/jobs/:id', (req, res) => {
    assertKnownParams(req.query as QueryInput, []);
    const job: JobStatus = jobs.get(pathId(req.params, 'id'));
    res.set('Cache-Control', 'no-store').json(job);
  });
  return router;
}
