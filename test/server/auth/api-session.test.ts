/**
 * Signing in and out, and API tokens, against the real Neo4j: the cookie's attributes, the same
 * 401 for a wrong name and a wrong password, the rate limit on failed attempts, tokens shown once,
 * working as Bearer and refused once revoked, and no password, hash or secret in any response.
 */
import request from 'supertest';
import { createApp } from '../../../server/app';
import { DEFAULT_SECURITY } from '../../../server/security';
import { seedFixtureDocuments, useSeededApi } from '../support/api-fixture';
import { addTestUsers, as, PASSWORD, signIn, SITE_HOST } from './auth-fixture';

const api = useSeededApi();
const required = () => createApp({ graph: api().graph, auth: { setting: 'required', readAuth: false, listensOnLoopback: true, sessionHours: 1 } });

beforeAll(async () => {
  await seedFixtureDocuments(api().graph);
  await addTestUsers(api().graph);
});

describe('POST /api/session', () => {
  test('signs in: 200 {username, role} and an HttpOnly SameSite=Strict cookie scoped to /api', async () => {
    const response = await request(required()).post('/api/session').send({ username: 'editor', password: PASSWORD }).expect(200);
    expect(response.body).toEqual({ username: 'editor', role: 'editor' });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'])[0];
    expect(cookie).toMatch(/^allegiance_session=[\w-]{43}; Max-Age=3600; Path=\/api; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
  });

  test('behind HTTPS (trusted proxy) the cookie is also Secure', async () => {
    const app = required();
    app.set('trust proxy', 'loopback');
    const response = await request(app).post('/api/session').set('X-Forwarded-Proto', 'https').send({ username: 'editor', password: PASSWORD }).expect(200);
    expect(([] as string[]).concat(response.headers['set-cookie'])[0]).toMatch(/; Secure/);
  });

  test('a wrong user and a wrong password get the same 401 and no cookie', async () => {
    const app = required();
    const wrongUser = await request(app).post('/api/session').send({ username: 'nobody', password: PASSWORD }).expect(401);
    const wrongPassword = await request(app).post('/api/session').send({ username: 'editor', password: 'not the password' }).expect(401);
    expect(wrongUser.body).toEqual(wrongPassword.body);
    expect(wrongUser.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong user name or password' });
    expect(wrongUser.headers['set-cookie']).toBeUndefined();
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  test.each([
    ['no body', undefined, /Send a JSON object/],
    ['no password', { username: 'editor' }, /"password" is required/],
    ['a number for a name', { username: 7, password: PASSWORD }, /"username" must be a non-empty string/],
    ['an unknown field', { username: 'editor', password: PASSWORD, remember: true }, /Unknown parameter "remember"/],
  ])('%s → 400', async (_label, body, message) => {
    const response = await request(required()).post('/api/session').send(body).expect(400);
    expect(response.body.error.message).toMatch(message);
  });

  test('failed attempts are rate-limited (429), successful ones are not counted', async () => {
    const app = createApp({ graph: api().graph, security: { ...DEFAULT_SECURITY, signInLimit: { max: 3, windowMs: 60_000 } } });
    for (let index = 0; index < 4; index += 1) await request(app).post('/api/session').send({ username: 'editor', password: PASSWORD }).expect(200);
    for (let index = 0; index < 3; index += 1) await request(app).post('/api/session').send({ username: 'editor', password: 'wrong guess 1' }).expect(401);
    const limited = await request(app).post('/api/session').send({ username: 'editor', password: PASSWORD }).expect(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('GET and DELETE /api/session', () => {
  test('GET says who is signed in; after DELETE the cookie no longer works', async () => {
    const app = required();
    const cookie = await signIn(app, 'admin');
    const who = await request(app).get('/api/session').set('Cookie', cookie).expect(200);
    expect(who.body).toEqual({ username: 'admin', role: 'admin' });
    const out = await as(request(app).delete('/api/session'), { admin: cookie }, 'admin').expect(204);
    expect(([] as string[]).concat(out.headers['set-cookie'])[0]).toMatch(/^allegiance_session=;/);
    const after = await request(app).get('/api/session').set('Cookie', cookie).expect(401);
    expect(after.body.error.details).toEqual({ auth: 'required' });
  });

  test('anonymous GET → 401 telling the page whether sign-in is needed for writes', async () => {
    const open = createApp({ graph: api().graph, auth: { setting: 'off', readAuth: false, listensOnLoopback: false, sessionHours: 1 } });
    expect((await request(open).get('/api/session').expect(401)).body.error.details).toEqual({ auth: 'off' });
    expect((await request(required()).get('/api/session').expect(401)).body.error.details).toEqual({ auth: 'required' });
  });

  test('GET /api/session/status answers 200 whether or not anyone is signed in', async () => {
    const app = required();
    expect((await request(app).get('/api/session/status').expect(200)).body).toEqual({ user: null, auth: 'required' });
    const cookie = await signIn(app, 'reader');
    expect((await request(app).get('/api/session/status').set('Cookie', cookie).expect(200)).body).toEqual({ user: { username: 'reader', role: 'reader' }, auth: 'required' });
    const open = createApp({ graph: api().graph, auth: { setting: 'off', readAuth: true, listensOnLoopback: true, sessionHours: 1 } });
    expect((await request(open).get('/api/session/status').expect(200)).body).toEqual({ user: null, auth: 'off' });
  });

  test('a made-up cookie is simply anonymous', async () => {
    await request(required()).get('/api/session').set('Cookie', 'allegiance_session=forged').expect(401);
  });
});

describe('API tokens', () => {
  test('created once, used as Bearer, listed without the secret, refused after revocation', async () => {
    const app = required();
    const cookie = await signIn(app, 'editor');
    const created = await as(request(app).post('/api/tokens'), { editor: cookie }, 'editor').send({ name: 'import script' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'import script', createdAt: expect.any(String), token: expect.stringMatching(/^alg_[\w-]{43}$/) });
    const bearer = `Bearer ${created.body.token}`;

    const upload = await request(app).post('/api/documents?title=Token&language=sv').set('Authorization', bearer).type('text/plain').send('Lenin ledde bolsjevikerna.\n').expect(201);
    expect(upload.body.documentId).toBe('token');
    const listed = await request(app).get('/api/tokens').set('Authorization', bearer).expect(200);
    expect(listed.body).toEqual([{ id: created.body.id, name: 'import script', createdAt: created.body.createdAt }]);

    await request(app).delete(`/api/tokens/${created.body.id}`).set('Authorization', bearer).expect(204);
    const refused = await request(app).delete('/api/documents/token').set('Authorization', bearer).expect(401);
    expect(refused.body.error.message).toMatch(/no valid API token/);
  });

  test.each([
    ['an unknown token', 'Bearer alg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['another scheme', 'Basic ZWRpdG9yOnB3'],
    ['a session secret used as a token', 'session'],
  ])('%s → 401, even on a read', async (_label, header) => {
    const app = required();
    const value = header === 'session' ? `Bearer ${(await signIn(app, 'editor')).split('=')[1]}` : header;
    await request(app).get('/api/graph').set('Authorization', value).expect(401);
  });

  test('revoking someone else\'s token → 404 for an editor, 204 for an admin', async () => {
    const app = required();
    const editor = await signIn(app, 'editor');
    const admin = await signIn(app, 'admin');
    const created = await as(request(app).post('/api/tokens'), { editor }, 'editor').send({}).expect(201);
    const reader = await signIn(app, 'reader');
    await as(request(app).delete(`/api/tokens/${created.body.id}`), { reader }, 'reader').expect(404);
    await as(request(app).delete(`/api/tokens/${created.body.id}`), { admin }, 'admin').expect(204);
  });
});

test('no response carries a password, a hash or a stored secret', async () => {
  const app = required();
  const admin = await signIn(app, 'admin');
  const responses = [
    await request(app).post('/api/session').set('Host', SITE_HOST).send({ username: 'admin', password: PASSWORD }),
    await as(request(app).get('/api/users'), { admin }, 'admin'),
    await as(request(app).post('/api/users'), { admin }, 'admin').send({ username: 'newcomer', role: 'editor', password: 'another long password' }),
    await as(request(app).get('/api/tokens'), { admin }, 'admin'),
    await request(app).get('/api/session').set('Cookie', admin),
  ];
  const stored = await api().graph.read('MATCH (u:User) RETURN u.passwordHash AS hash UNION MATCH (c:Credential) RETURN c.secretHash AS hash');
  for (const response of responses) {
    expect(response.status).toBeLessThan(300);
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/\$2[aby]\$|passwordHash|secretHash|a long test password|another long password/);
    for (const { hash } of stored) expect(text).not.toContain(hash);
  }
});
