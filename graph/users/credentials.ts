/**
 * Sessions and API tokens as (:User)-[:HOLDS]->(:Credential {id, kind, name, secretHash, createdAt,
 * expiresAt}). The secret itself is never stored, only its SHA-256 (server/auth/secrets.ts): both
 * kinds are long random strings, so a fast hash suffices and one indexed lookup finds the holder.
 */
import type { Role, TokenSummary } from '../../domain/auth';
import { NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';

export type CredentialKind = 'session' | 'token';

export interface NewCredential {
  id: string;
  kind: CredentialKind;
  username: string;
  secretHash: string;
  /** A token's label, e.g. "import script"; sessions have none. */
  name?: string;
  /** ISO instant; tokens last until revoked. */
  expiresAt?: string;
}

/** Who holds a presented secret. */
export interface CredentialHolder {
  credentialId: string;
  kind: CredentialKind;
  username: string;
  role: Role;
}

/**
 * @throws NotFoundError when the user does not exist (removed meanwhile).
 * @example await storeCredential(graph, { id, kind: 'token', username: 'anna', secretHash, name: 'import' });
 */
export async function storeCredential(graph: Graph, credential: NewCredential): Promise<TokenSummary> {
  const createdAt = new Date().toISOString();
  const rows = await graph.write(
    `MATCH (u:User {username: $username})
     CREATE (u)-[:HOLDS]->(c:Credential {id: $id, kind: $kind, name: $name, secretHash: $secretHash, createdAt: $createdAt, expiresAt: $expiresAt})
     RETURN c.id AS id`,
    { ...credential, name: credential.name ?? '', expiresAt: credential.expiresAt ?? null, createdAt },
  );
  if (rows.length === 0) throw new NotFoundError(`No user "${credential.username}"`, { username: credential.username });
  return { id: credential.id, name: credential.name ?? '', createdAt };
}

/**
 * The holder of an unexpired credential with this secret hash, or undefined.
 * @example await findCredentialHolder(graph, hashSecret(token)) // { username: 'anna', role: 'editor', kind: 'token', ... }
 */
export async function findCredentialHolder(graph: Graph, secretHash: string, now = new Date()): Promise<CredentialHolder | undefined> {
  const [row] = await graph.read(
    `MATCH (u:User)-[:HOLDS]->(c:Credential {secretHash: $secretHash})
     WHERE c.expiresAt IS NULL OR c.expiresAt > $now
     RETURN c.id AS credentialId, c.kind AS kind, u.username AS username, u.role AS role`,
    { secretHash, now: now.toISOString() },
  );
  return row as unknown as CredentialHolder | undefined;
}

/** A user's API tokens, newest first (sessions are not listed). */
export async function listTokens(graph: Graph, username: string): Promise<TokenSummary[]> {
  return (await graph.read(
    `MATCH (:User {username: $username})-[:HOLDS]->(c:Credential {kind: 'token'})
     RETURN c.id AS id, c.name AS name, c.createdAt AS createdAt ORDER BY c.createdAt DESC`,
    { username },
  )) as unknown as TokenSummary[];
}

/**
 * Deletes one of the user's credentials; an admin may pass `anyUser` to revoke anyone's.
 * @throws NotFoundError when the user holds no credential with this id.
 */
export async function deleteCredential(graph: Graph, id: string, holder: { username: string; anyUser?: boolean }): Promise<void> {
  const rows = await graph.write(
    `MATCH (u:User)-[:HOLDS]->(c:Credential {id: $id})
     WHERE $anyUser OR u.username = $username
     DETACH DELETE c
     RETURN 1 AS deleted`,
    { id, username: holder.username, anyUser: holder.anyUser ?? false },
  );
  if (rows.length === 0) throw new NotFoundError(`No token "${id}"`, { tokenId: id });
}

/** Drops sessions past their expiry; called now and then so expired rows do not pile up. */
export async function deleteExpiredSessions(graph: Graph, now = new Date()): Promise<void> {
  await graph.write(`MATCH (c:Credential {kind: 'session'}) WHERE c.expiresAt <= $now DETACH DELETE c`, { now: now.toISOString() });
}
