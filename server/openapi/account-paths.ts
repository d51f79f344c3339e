/** The OpenAPI paths of signing in, API tokens and user admin (server/routes/session.ts, tokens.ts, users.ts). */
import { ROLES } from '../../domain/auth';
import { error, FAILURES, json, jsonBody, object, pathParam, ref, type Schema, WRITE_REFUSALS } from './helpers';

const SESSION = ref('SessionInfo');

export const ACCOUNT_PATHS: Record<string, Schema> = {
  '/api/session': {
    get: { summary: 'Who is signed in.', responses: { '200': json(SESSION, 'The signed-in user.'), '401': error('Nobody is signed in; details.auth says whether writes need sign-in ("required" or "off").') } },
    post: {
      summary: 'Sign in: sets an HttpOnly, SameSite=Strict session cookie (Secure over HTTPS). Failed attempts are rate-limited.',
      requestBody: jsonBody(object({ username: { type: 'string' }, password: { type: 'string' } }, ['username', 'password'])),
      responses: { '200': json(SESSION, 'Signed in.'), '400': FAILURES['400'], '401': error('Wrong user name or password (the same answer for both).'), '429': error('Too many failed attempts from this address.') },
    },
    delete: { summary: 'Sign out: the session is revoked and the cookie cleared.', responses: { '204': { description: 'Signed out.' } } },
  },
  '/api/session/status': {
    get: {
      summary: 'Who is signed in (null when nobody) and whether writes need sign-in: always 200, for the page.',
      responses: { '200': json(object({ user: { oneOf: [SESSION, { type: 'null' }] }, auth: { enum: ['required', 'off'] } }, ['user', 'auth']), 'The session status.') },
    },
  },
  '/api/tokens': {
    get: { summary: "The signed-in user's API tokens, without their secrets.", responses: { '200': json({ type: 'array', items: ref('TokenSummary') }, 'Tokens.'), '401': WRITE_REFUSALS['401'] } },
    post: {
      summary: 'Create an API token; its secret is shown once. Send it as "Authorization: Bearer TOKEN".',
      requestBody: jsonBody(object({ name: { type: 'string', maxLength: 100 } })),
      responses: { '201': json(ref('CreatedToken'), 'The token, with its secret.'), '400': FAILURES['400'], ...WRITE_REFUSALS },
    },
  },
  '/api/tokens/{id}': {
    delete: { summary: "Revoke a token (an admin may revoke anyone's).", parameters: [pathParam('id', 'Token id.')], responses: { '204': { description: 'Revoked.' }, '404': error('No such token of yours.'), ...WRITE_REFUSALS } },
  },
  '/api/users': {
    get: { summary: 'Every user with its role (admins only).', responses: { '200': json({ type: 'array', items: SESSION }, 'Users.'), ...WRITE_REFUSALS } },
    post: {
      summary: 'Add a user (admins only); only a bcrypt hash of the password is stored.',
      requestBody: jsonBody(object({ username: { type: 'string' }, role: { enum: [...ROLES] }, password: { type: 'string', minLength: 10 } }, ['username', 'role', 'password'])),
      responses: { '201': json(SESSION, 'Added.'), '400': error('A bad name, role or password.'), '409': error('The name is taken.'), ...WRITE_REFUSALS },
    },
  },
  '/api/users/{username}': {
    delete: {
      summary: 'Remove a user with their sessions and tokens (admins only; not yourself).',
      parameters: [pathParam('username', 'User name.')],
      responses: { '204': { description: 'Removed.' }, '400': error('Removing yourself.'), '404': error('No such user.'), ...WRITE_REFUSALS },
    },
  },
};

export const ACCOUNT_SCHEMAS: Record<string, Schema> = {
  SessionInfo: object({ username: { type: 'string' }, role: { enum: [...ROLES] } }, ['username', 'role']),
  TokenSummary: object({ id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'string' } }),
  CreatedToken: { allOf: [ref('TokenSummary'), object({ token: { type: 'string', description: 'The secret, shown only here.' } })] },
};
