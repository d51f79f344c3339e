/**
 * Users as (:User {username, role, passwordHash, createdAt}) nodes. Only a password hash is ever
 * stored (made by server/auth/passwords.ts); it leaves this module only through findUserForSignIn,
 * which the sign-in check alone calls. Changing a password or removing a user also deletes the
 * user's sessions and tokens, so a reset locks out whoever held the old ones.
 */
import type { Role } from '../../domain/auth';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { Graph } from '../driver/connection';

export interface UserSummary {
  username: string;
  role: Role;
  createdAt: string;
}

/** What the password check needs; never sent anywhere. */
export interface StoredUser extends UserSummary {
  passwordHash: string;
}

const CREATE_USER = `
OPTIONAL MATCH (existing:User {username: $username})
WITH existing WHERE existing IS NULL
CREATE (u:User {username: $username, role: $role, passwordHash: $passwordHash, createdAt: $createdAt})
RETURN u.username AS username`;

const USER_FIELDS = 'u.username AS username, u.role AS role, u.createdAt AS createdAt';

/**
 * @throws ConflictError when the name is taken.
 * @example await createUser(graph, { username: 'anna', role: 'editor', passwordHash });
 */
export async function createUser(graph: Graph, user: { username: string; role: Role; passwordHash: string }): Promise<UserSummary> {
  const createdAt = new Date().toISOString();
  const rows = await graph.write(CREATE_USER, { ...user, createdAt });
  if (rows.length === 0) throw new ConflictError(`A user "${user.username}" exists already`, { username: user.username });
  return { username: user.username, role: user.role, createdAt };
}

/** @example await listUsers(graph) // [{ username: 'anna', role: 'editor', createdAt: '...' }] */
export async function listUsers(graph: Graph): Promise<UserSummary[]> {
  return (await graph.read(`MATCH (u:User) RETURN ${USER_FIELDS} ORDER BY u.username`)) as unknown as UserSummary[];
}

/** @example await countUsers(graph) // 0 on a fresh database */
export async function countUsers(graph: Graph): Promise<number> {
  const [row] = await graph.read('RETURN COUNT { (:User) } AS users');
  return row.users as number;
}

/** The user with its password hash, for the sign-in check only; undefined when no such user. */
export async function findUserForSignIn(graph: Graph, username: string): Promise<StoredUser | undefined> {
  const [row] = await graph.read(`MATCH (u:User {username: $username}) RETURN ${USER_FIELDS}, u.passwordHash AS passwordHash`, { username });
  return row as unknown as StoredUser | undefined;
}

/**
 * Replaces the password hash and deletes the user's sessions and tokens.
 * @throws NotFoundError for an unknown user.
 */
export async function setPasswordHash(graph: Graph, username: string, passwordHash: string): Promise<void> {
  const rows = await graph.write(
    `MATCH (u:User {username: $username})
     SET u.passwordHash = $passwordHash
     WITH u OPTIONAL MATCH (u)-[:HOLDS]->(c:Credential) DETACH DELETE c
     RETURN DISTINCT u.username AS username`,
    { username, passwordHash },
  );
  if (rows.length === 0) throw new NotFoundError(`No user "${username}"`, { username });
}

/**
 * Deletes the user with its sessions and tokens (audit events keep the name as plain text).
 * @throws NotFoundError for an unknown user.
 */
export async function removeUser(graph: Graph, username: string): Promise<void> {
  const rows = await graph.write(
    `MATCH (u:User {username: $username})
     OPTIONAL MATCH (u)-[:HOLDS]->(c:Credential) DETACH DELETE c
     WITH DISTINCT u DETACH DELETE u
     RETURN 1 AS removed`,
    { username },
  );
  if (rows.length === 0) throw new NotFoundError(`No user "${username}"`, { username });
}
