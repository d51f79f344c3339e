/**
 * Who may call what, in one table rather than spread over the routers, so that a new write route
 * is guarded by default (any method other than GET/HEAD/OPTIONS needs an editor unless listed
 * here) and the whole policy can be read, and tested, at once. Paths are relative to /api.
 */
import type { Role } from '../../domain/auth';

/**
 * anyone: no sign-in; signed-in: any role; a Role: at least that role.
 * `waivedWhenOff`: AUTH off (or the local default with no user) lets anonymous requests through.
 */
export interface AccessRule {
  needs: 'anyone' | 'signed-in' | Role;
  waivedWhenOff: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads that stay open even with READ_AUTH=required: the page must be able to sign in and check health. */
const ALWAYS_OPEN_READS = [/^\/health$/, /^\/session(\/status)?$/, /^\/openapi\.json$/, /^\/docs$/];

const RULES: { path: RegExp; methods?: string[]; rule: AccessRule }[] = [
  // Signing in and out.
  { path: /^\/session$/, rule: { needs: 'anyone', waivedWhenOff: true } },
  // A token belongs to someone: there is no anonymous token, whatever AUTH says.
  { path: /^\/tokens(\/[^/]+)?$/, rule: { needs: 'signed-in', waivedWhenOff: false } },
  // User admin is never open: with AUTH off, an anonymous admin could make itself one.
  { path: /^\/users(\/[^/]+)?$/, rule: { needs: 'admin', waivedWhenOff: false } },
];

/**
 * @example accessRule('DELETE', '/documents/x', false) // { needs: 'editor', waivedWhenOff: true }
 * accessRule('GET', '/graph', true) // { needs: 'signed-in', waivedWhenOff: false }
 */
export function accessRule(method: string, path: string, readAuth: boolean): AccessRule {
  const listed = RULES.find((entry) => entry.path.test(path) && (!entry.methods || entry.methods.includes(method)));
  if (listed) return listed.rule;
  if (isRead(method, path)) {
    if (!readAuth || ALWAYS_OPEN_READS.some((open) => open.test(path))) return { needs: 'anyone', waivedWhenOff: true };
    return { needs: 'signed-in', waivedWhenOff: false };
  }
  return { needs: 'editor', waivedWhenOff: true };
}

/** POST /cypher only reads (a READ transaction; writes are refused before and by Neo4j). */
function isRead(method: string, path: string): boolean {
  return SAFE_METHODS.has(method) || (method === 'POST' && path === '/cypher');
}

export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method);
}
