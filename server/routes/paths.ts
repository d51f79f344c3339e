/** GET /api/paths?from=&to=&maxLength=: the shortest chains of claims linking two entities. */
import { Router } from 'express';
import type { PathResult } from '../../domain/api';
import type { Graph } from '../../graph/driver/connection';
import { MAX_PATH_LENGTH, shortestPaths } from '../../graph/queries/paths';
import { assertKnownParams, optionalInt, requiredString, type QueryInput } from '../validation/query-params';

/** Shortest paths over the whole graph grow fast with length; four claims links most pairs in the corpus. */
export const DEFAULT_MAX_PATH_LENGTH = 4;

/**
 * @example app.use('/api', pathsRouter(graph)); // GET /api/paths?from=kornilov&to=lenin → { paths: [...] }
 */
export function pathsRouter(graph: Graph): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const query = req.query as QueryInput;
    assertKnownParams(query, ['from', 'to', 'maxLength']);
    const from = requiredString(query, 'from');
    const to = requiredString(query, 'to');
    const maxLength = optionalInt(query, 'maxLength', { min: 1, max: MAX_PATH_LENGTH }) ?? DEFAULT_MAX_PATH_LENGTH;
    const result: PathResult = await shortestPaths(graph, from, to, maxLength);
    res.json(result);
  });
  return router;
}
