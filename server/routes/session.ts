/**
 * Signing in and out: POST /api/session with {username, password} sets the session cookie (a wrong
 * name and a wrong password get the same 401), GET says who is signed in (401 with the AUTH mode
 * when nobody is), GET /api/session/status answers the same for the page without a 401 (who, or
 * null, and whether writes need sign-in), DELETE signs out. Failed attempts
 * are rate-limited in server/security.ts.
 */
import { Router } from 'express';
import type { SessionInfo, SessionStatus } from '../../domain/auth';
import { UnauthenticatedError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { deleteCredential, deleteExpiredSessions, storeCredential } from '../../graph/users/credentials';
import { findUserForSignIn } from '../../graph/users/users';
import type { AuthOptions } from '../auth/auth-options';
import { verifyPassword } from '../auth/passwords';
import { principalOf } from '../auth/principal';
import { hashSecret, newCredentialId, newSecret } from '../auth/secrets';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { writeMode } from '../auth/write-mode';
import { jsonObject, requiredText } from '../validation/json-body';

const HOUR_MS = 3_600_000;

/** @example app.use('/api', sessionRouter(graph, DEFAULT_AUTH)); */
export function sessionRouter(graph: Graph, options: AuthOptions): Router {
  const router = Router();

  router.post('/session', async (req, res) => {
    const body = jsonObject(req.body, ['username', 'password'], '{"username": "...", "password": "..."}');
    const username = requiredText(body, 'username', 64);
    const password = requiredText(body, 'password', 200);
    const user = await findUserForSignIn(graph, username);
    if (!(await verifyPassword(password, user?.passwordHash)) || !user) {
      throw new UnauthenticatedError('Wrong user name or password');
    }
    await deleteExpiredSessions(graph);
    const secret = newSecret();
    const maxAgeMs = options.sessionHours * HOUR_MS;
    await storeCredential(graph, {
      id: newCredentialId(),
      kind: 'session',
      username: user.username,
      secretHash: hashSecret(secret),
      expiresAt: new Date(Date.now() + maxAgeMs).toISOString(),
    });
    setSessionCookie(req, res, secret, maxAgeMs);
    const info: SessionInfo = { username: user.username, role: user.role };
    res.json(info);
  });

  router.get('/session', async (_req, res) => {
    const principal = principalOf(res);
    if (!principal) {
      throw new UnauthenticatedError('Nobody is signed in', { auth: await writeMode(graph, options) });
    }
    const info: SessionInfo = { username: principal.username, role: principal.role };
    res.json(info);
  });

  router.get('/session/status', async (_req, res) => {
    const principal = principalOf(res);
    const status: SessionStatus = {
      user: principal ? { username: principal.username, role: principal.role } : null,
      auth: await writeMode(graph, options),
    };
    res.json(status);
  });

  router.delete('/session', async (req, res) => {
    const principal = principalOf(res);
    if (principal?.via === 'session') await deleteCredential(graph, principal.credentialId, principal);
    if (readSessionCookie(req) !== undefined) clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
