/**
 * The HTTP surface: security headers on every response, CORS off unless configured, rate limits
 * on upload and query (429), no path traversal out of client/, no stack trace in any error body,
 * and the bind address defaulting to loopback.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { DEFAULT_SECURITY } from '../../server/security';
import { useSeededApi } from '../server/support/api-fixture';

jest.setTimeout(60_000);

const api = useSeededApi();

let clientDir: string;
beforeAll(async () => {
  clientDir = await mkdtemp(path.join(tmpdir(), 'allegiance-client-'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>page</title>');
});
afterAll(() => rm(clientDir, { recursive: true, force: true }));

const pageApp = () => createApp({ graph: api().graph, clientDir });

const SECURITY_HEADERS: [header: string, value: RegExp][] = [
  ['content-security-policy', /default-src 'self'/],
  ['x-content-type-options', /^nosniff$/],
  ['x-frame-options', /^SAMEORIGIN$/],
  ['strict-transport-security', /max-age=\d+/],
  ['referrer-policy', /no-referrer/],
  ['cross-origin-opener-policy', /same-origin/],
];

describe.each([['/api/health'], ['/'], ['/api/no-such-route']])('security headers on %s', (url) => {
  test.each(SECURITY_HEADERS)('%s', async (header, value) => {
    const response = await request(pageApp()).get(url);
    expect(response.headers[header]).toMatch(value);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('CORS', () => {
  test('is off by default: no Access-Control-* header, even on a preflight', async () => {
    const get = await request(api().app).get('/api/health').set('Origin', 'https://evil.example');
    const preflight = await request(api().app)
      .options('/api/cypher')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    for (const response of [get, preflight]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  test('allows exactly the configured origins', async () => {
    const app = createApp({ graph: api().graph, security: { ...DEFAULT_SECURITY, corsOrigins: ['https://archive.example'] } });
    const allowed = await request(app).get('/api/health').set('Origin', 'https://archive.example');
    const other = await request(app).get('/api/health').set('Origin', 'https://evil.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://archive.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  const tight = { ...DEFAULT_SECURITY, uploadLimit: { max: 2, windowMs: 60_000 }, queryLimit: { max: 3, windowMs: 60_000 } };
  const cases: [label: string, send: (app: ReturnType<typeof createApp>) => request.Test, allowed: number][] = [
    ['upload', (app) => request(app).post('/api/documents?title=x').set('Content-Type', 'text/plain').send(''), 2],
    ['query', (app) => request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' }), 3],
  ];
  test.each(cases)('%s: 429 with a clear message past the limit', async (_label, send, allowed) => {
    const app = createApp({ graph: api().graph, security: tight });
    for (let index = 0; index < allowed; index += 1) expect((await send(app)).status).not.toBe(429);
    const limited = await send(app);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/Too many/) });
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });

  test('reads of the graph are not limited', async () => {
    const app = createApp({ graph: api().graph, security: tight });
    for (let index = 0; index < 10; index += 1) expect((await request(app).get('/api/health')).status).toBe(200);
  });
});

const TRAVERSALS = [
  '/../package.json',
  '/..%2fpackage.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%5c..%5cpackage.json',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/....//....//etc/passwd',
  '/index.html%00.txt',
];

test.each(TRAVERSALS)('static files cannot be read outside client/: GET %s', async (url) => {
  const response = await request(pageApp()).get(url);
  expect([400, 403, 404]).toContain(response.status);
  expect(response.text).not.toMatch(/"name": "allegiance"|root:x:0:0/);
});

const BAD_REQUESTS: [label: string, send: () => request.Test][] = [
  ['malformed JSON', () => request(api().app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": ')],
  ['a Cypher syntax error', () => request(api().app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' })],
  ['an unknown route', () => request(api().app).get('/api/../../etc/passwd')],
  ['a bad date', () => request(api().app).get('/api/graph?from=17-99-99')],
  ['a JSON body that is too large', () => request(api().app).post('/api/cypher').send({ query: 'RETURN 1', params: { x: 'x'.repeat(2 * 1024 * 1024) } })],
];

test.each(BAD_REQUESTS)('no stack trace in the response to %s', async (_label, send) => {
  const response = await send();
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+|Error: /);
  if (response.type === 'application/json') expect(response.body.error.message).toEqual(expect.any(String));
});

test('the server binds to 127.0.0.1 unless HOST says otherwise', () => {
  expect(loadServerConfig({}).host).toBe('127.0.0.1');
  expect(loadServerConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
});
