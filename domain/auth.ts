/**
 * Who may do what: the roles a user can hold, ordered by what they allow, and the rule for valid
 * user names. Shared by the server (which enforces them) and the page (which hides buttons a
 * visitor cannot use), so both read the same list.
 */

/** reader: signs in to read when READ_AUTH=required; editor: curates and uploads; admin: also manages users. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, as GET /api/session reports it. */
export interface SessionInfo {
  username: string;
  role: Role;
}

/**
 * The answer of GET /api/session/status, which the page asks on every load: always 200, so a
 * visitor who is not signed in costs no failed request; `auth` says whether writes need sign-in.
 */
export interface SessionStatus {
  user: SessionInfo | null;
  auth: 'required' | 'off';
}

/** An API token as listed: never the secret itself, which is shown once, on creation. */
export interface TokenSummary {
  id: string;
  name: string;
  createdAt: string;
}

/** The answer to POST /api/tokens: the only time the secret is shown. */
export interface CreatedToken extends TokenSummary {
  token: string;
}

/**
 * @example roleAllows('admin', 'editor') // true
 * roleAllows('reader', 'editor') // false
 */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** @example isRole('editor') // true */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Letters, digits, dot, dash and underscore, 1 to 64 long, starting with a letter or digit. */
const USERNAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u;

/** @example isValidUsername('anna.k') // true; isValidUsername('a b') // false */
export function isValidUsername(value: unknown): value is string {
  return typeof value === 'string' && USERNAME.test(value);
}
