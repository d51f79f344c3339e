/**
 * API tokens for scripts: GET /api/tokens lists the signed-in user's tokens (never their secrets),
 * POST creates one and shows its secret once (send it as `Authorization: Bearer TOKEN`), DELETE
 * /api/tokens/:id revokes one (an admin may revoke anyone's). Only the secret's hash is stored.
 */
import { Router } from 'express';
import type { CreatedToken } from '../../domain/auth';
import type { Graph } from '../../graph/driver/connection';
import { deleteCredential, listTokens, storeCredential } from '../../graph/users/credentials';
import { requirePrincipal } from '../auth/principal';
import { hashSecret, newCredentialId, newSecret, TOKEN_PREFIX } from '../auth/secrets';
import { jsonObject, optionalText } from '../validation/json-body';
import { pathId } from '../validation/path-params';

/** @example app.use('/api', tokensRouter(graph)); */
export function tokensRouter(graph: Graph): Router {
  const router = Router();

  router.get('/tokens', async (_req, res) => {
    res.json(await listTokens(graph, requirePrincipal(res).username));
  });

  router.post('/tokens', async (req, res) => {
    const principal = requirePrincipal(res);
    const name = optionalText(jsonObject(req.body ?? {}, ['name'], '{"name": "..."}'), 'name', 100) ?? 'API token';
    const token = newSecret(TOKEN_PREFIX);
    const summary = await storeCredential(graph, { id: newCredentialId(), kind: 'token', username: principal.username, secretHash: hashSecret(token), name });
    const created: CreatedToken = { ...summary, token };
    res.status(201).json(created);
  });

  router.delete('/tokens/:id', async (req, res) => {
    const principal = requirePrincipal(res);
    await deleteCredential(graph, pathId(req.params, 'id'), { username: principal.username, anyUser: principal.role === 'admin' });
    res.status(204).end();
  });

  return router;
}
