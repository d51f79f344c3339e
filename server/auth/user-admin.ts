/**
 * Adding users and changing passwords, shared by `npm run user` and the admin routes: checks the
 * name, role and password, then stores only the bcrypt hash.
 */
import { isRole, isValidUsername, ROLES, type Role } from '../../domain/auth';
import { InvalidInputError } from '../../domain/errors';
import type { Graph } from '../../graph/driver/connection';
import { createUser, setPasswordHash, type UserSummary } from '../../graph/users/users';
import { hashPassword } from './passwords';

/** @throws InvalidInputError for a bad name or role; ConflictError when the name is taken. */
export async function addUser(graph: Graph, username: string, role: string, password: string): Promise<UserSummary> {
  assertUsername(username);
  if (!isRole(role)) throw new InvalidInputError(`The role must be one of ${ROLES.join(', ')}, got "${role}"`, { role });
  return createUser(graph, { username, role: role as Role, passwordHash: await hashPassword(password) });
}

/** Sets a new password and signs the user out everywhere (sessions and tokens deleted). */
export async function resetPassword(graph: Graph, username: string, password: string): Promise<void> {
  assertUsername(username);
  await setPasswordHash(graph, username, await hashPassword(password));
}

export function assertUsername(username: string): void {
  if (!isValidUsername(username as unknown)) {
    throw new InvalidInputError('A user name has 1 to 64 letters, digits, dots, dashes or underscores and starts with a letter or digit', {
      username: String(username).slice(0, 64),
    });
  }
}
