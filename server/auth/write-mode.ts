/**
 * Whether writes are open right now. AUTH=off and AUTH=required are fixed; the default is off only
 * while the server listens on loopback and no user exists. Users are counted on each write that
 * asks (one indexed count), so a user added by `npm run user` in another process takes effect at
 * once without a restart.
 */
import type { Graph } from '../../graph/driver/connection';
import { countUsers } from '../../graph/users/users';
import type { AuthOptions } from './auth-options';

export type WriteMode = 'off' | 'required';

/** @example await writeMode(graph, DEFAULT_AUTH) // 'off' on a fresh local database */
export async function writeMode(graph: Graph, options: AuthOptions): Promise<WriteMode> {
  if (options.setting !== 'auto') return options.setting;
  if (!options.listensOnLoopback) return 'required';
  return (await countUsers(graph)) === 0 ? 'off' : 'required';
}

/** True when writes need a user but none exists: the server can only be read until one is added. */
export async function isReadOnly(graph: Graph, options: AuthOptions): Promise<boolean> {
  return (await writeMode(graph, options)) === 'required' && (await countUsers(graph)) === 0;
}

export const ADD_FIRST_USER_HINT = 'Add one with: npm run user -- add NAME --role admin (docker compose exec app npm run user -- add NAME --role admin)';

/**
 * One line for the start-up log saying who may write.
 * @example await describeWriteAccess(graph, { ...DEFAULT_AUTH, listensOnLoopback: false })
 * // 'Read-only: no user exists yet. Add one with: npm run user -- add NAME --role admin ...'
 */
export async function describeWriteAccess(graph: Graph, options: AuthOptions): Promise<string> {
  if (await isReadOnly(graph, options)) return `Read-only: sign-in is required for writes and no user exists yet. ${ADD_FIRST_USER_HINT}`;
  if ((await writeMode(graph, options)) === 'off') {
    return options.setting === 'off' ? 'AUTH=off: anyone who reaches this port may write.' : 'Writes are open: local server, no user yet (AUTH defaults to off).';
  }
  return `Sign-in required for writes${options.readAuth ? ' and reads' : ''}.`;
}
