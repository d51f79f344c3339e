/**
 * The middleware in front of every /api route: finds the signed-in user (authenticate.ts), looks up
 * the route's rule (access-rules.ts) and refuses with 401 (no or bad credentials) or 403 (role too
 * low, or a cookie write from another origin) before the route runs.
 */
import type { RequestHandler } from 'express';
import { roleAllows } from '../../domain/auth';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { accessRule, isUnsafeMethod } from './access-rules';
import type { AuthOptions } from './auth-options';
import { authenticate } from './authenticate';
import { setPrincipal } from './principal';
import { isSameOrigin } from './same-origin';
import { ADD_FIRST_USER_HINT, writeMode } from './write-mode';
import { countUsers } from '../../graph/users/users';

/** @example app.use('/api', accessGate(graph, DEFAULT_AUTH)); */
export function accessGate(graph: Graph, options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    const principal = await authenticate(graph, req);
    setPrincipal(res, principal);
    if (principal?.via === 'session' && isUnsafeMethod(req.method) && !isSameOrigin(req)) {
      throw new ForbiddenError('A signed-in write must come from this site (the Origin header names another one)');
    }
    const rule = accessRule(req.method, req.path, options.readAuth);
    if (rule.needs === 'anyone') return next();
    if (rule.waivedWhenOff && (await writeMode(graph, options)) === 'off') return next();
    if (!principal) throw new UnauthenticatedError(await signInMessage(graph));
    if (rule.needs !== 'signed-in' && !roleAllows(principal.role, rule.needs)) {
      throw new ForbiddenError(`This needs the ${rule.needs} role; "${principal.username}" is ${principal.role}`);
    }
    next();
  };
}

async function signInMessage(graph: Graph): Promise<string> {
  if ((await countUsers(graph)) > 0) return 'Sign in first (POST /api/session) or send an API token';
  return `This server is read-only: no user exists yet. ${ADD_FIRST_USER_HINT}`;
}
