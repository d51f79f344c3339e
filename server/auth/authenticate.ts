/**
 * Finds who sent a request: an `Authorization: Bearer TOKEN` header, else the session cookie.
 * A Bearer header that matches no live token is refused outright (a script should learn its token
 * is wrong); a stale cookie just makes the request anonymous, as if signed out.
 */
import type { Request } from 'express';
import { UnauthenticatedError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { findCredentialHolder } from '../../graph/users/credentials';
import type { Principal } from './principal';
import { hashSecret } from './secrets';
import { readSessionCookie } from './session-cookie';

/** Longer than any secret we issue; anything longer is not worth a database lookup. */
const MAX_SECRET_LENGTH = 200;

/**
 * @throws UnauthenticatedError for a malformed, unknown or revoked Bearer token.
 * @example await authenticate(graph, req) // { username: 'anna', role: 'editor', via: 'token', ... } or undefined
 */
export async function authenticate(graph: Graph, req: Request): Promise<Principal | undefined> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const holder = match && match[1].length <= MAX_SECRET_LENGTH ? await findCredentialHolder(graph, hashSecret(match[1])) : undefined;
    if (!holder || holder.kind !== 'token') throw new UnauthenticatedError('The Authorization header holds no valid API token (expected "Bearer TOKEN")');
    return { username: holder.username, role: holder.role, via: 'token', credentialId: holder.credentialId };
  }
  const cookie = readSessionCookie(req);
  if (cookie === undefined || cookie.length > MAX_SECRET_LENGTH) return undefined;
  const holder = await findCredentialHolder(graph, hashSecret(cookie));
  if (!holder || holder.kind !== 'session') return undefined;
  return { username: holder.username, role: holder.role, via: 'session', credentialId: holder.credentialId };
}
