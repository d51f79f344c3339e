/** The access table: writes need an editor by default, tokens a signed-in user, users an admin; READ_AUTH closes reads. */
import { accessRule } from '../../../server/auth/access-rules';
import { isLoopbackHost } from '../../../server/auth/auth-options';

test.each([
  ['POST', '/documents', false, { needs: 'editor', waivedWhenOff: true }],
  ['DELETE', '/documents/x', false, { needs: 'editor', waivedWhenOff: true }],
  ['PATCH', '/claims/c1', false, { needs: 'editor', waivedWhenOff: true }],
  ['PUT', '/anything/new', false, { needs: 'editor', waivedWhenOff: true }],
  ['POST', '/tokens', false, { needs: 'signed-in', waivedWhenOff: false }],
  ['DELETE', '/tokens/abc', false, { needs: 'signed-in', waivedWhenOff: false }],
  ['GET', '/users', false, { needs: 'admin', waivedWhenOff: false }],
  ['POST', '/users', false, { needs: 'admin', waivedWhenOff: false }],
  ['POST', '/session', true, { needs: 'anyone', waivedWhenOff: true }],
  ['GET', '/graph', false, { needs: 'anyone', waivedWhenOff: true }],
  ['POST', '/cypher', false, { needs: 'anyone', waivedWhenOff: true }],
  ['GET', '/graph', true, { needs: 'signed-in', waivedWhenOff: false }],
  ['POST', '/cypher', true, { needs: 'signed-in', waivedWhenOff: false }],
  ['GET', '/health', true, { needs: 'anyone', waivedWhenOff: true }],
  ['GET', '/session', true, { needs: 'anyone', waivedWhenOff: true }],
] as const)('%s %s (READ_AUTH %s)', (method, path, readAuth, expected) => {
  expect(accessRule(method, path, readAuth)).toEqual(expected);
});

test.each([
  ['127.0.0.1', true],
  ['127.0.1.1', true],
  ['localhost', true],
  ['::1', true],
  ['[::1]', true],
  ['0.0.0.0', false],
  ['::', false],
  ['192.168.1.5', false],
  ['archive.example.org', false],
])('isLoopbackHost(%s) → %s', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});
