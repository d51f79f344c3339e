/**
 * The signed-in user of a request, as the access gate (server/auth/access-gate.ts) found it, kept
 * on res.locals so routes can name who made a change.
 */
import type { Response } from 'express';
import type { Role } from '../../domain/auth';
import { UnauthenticatedError } from '../../domain/errors';

export interface Principal {
  username: string;
  role: Role;
  /** A session cookie (subject to the CSRF Origin check) or an Authorization: Bearer token. */
  via: 'session' | 'token';
  credentialId: string;
}

const KEY = 'principal';

export function setPrincipal(res: Response, principal: Principal | undefined): void {
  res.locals[KEY] = principal;
}

/** The signed-in user, or undefined for an anonymous request (allowed when AUTH is off). */
export function principalOf(res: Response): Principal | undefined {
  return res.locals[KEY] as Principal | undefined;
}

/** @throws UnauthenticatedError for an anonymous request. */
export function requirePrincipal(res: Response): Principal {
  const principal = principalOf(res);
  if (!principal) throw new UnauthenticatedError('Sign in first (POST /api/session) or send an API token');
  return principal;
}

/** The name recorded on an audit event: the user, or "anonymous" when AUTH is off. */
export function actorOf(res: Response): string {
  return principalOf(res)?.username ?? 'anonymous';
}
